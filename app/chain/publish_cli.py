"""``esim-counter chain publish-prices FILE | publish-clerks | publish-shop | pull``: the
owner's counter publishes the chain's central data; any counter pulls it (issue 16).

- ``publish-prices FILE``: a price list as the price-list screen saves it (the JSON of
  :mod:`app.core.pricing_codec`), checked whole before it leaves.
- ``publish-clerks``: this counter's clerks (``--journal`` or the default journal) with
  their roles and PIN hashes; PINs themselves are never stored anywhere.
- ``publish-shop``: this counter's receipt lines (shop name, address, tax number from
  Settings), chain-wide, or for the shop named by ``--for-shop``.
- ``pull``: fetch all three, keep the copy beside the journal, bring the journal's clerks
  in line; out of reach, say which copy is in use.

Called from :mod:`app.chain.cli` with the connection and password it resolved.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.chain.cli import UsageError
from app.chain.config import ChainConfig
from app.core.secret import Secret

COMMANDS = ("publish-prices", "publish-clerks", "publish-shop", "pull")


class PublishError(UsageError):
    """Printed to the terminal, never shown in the window (so not a CounterError)."""


def _journal_path(args: argparse.Namespace) -> Path:
    if args.journal is not None:
        return Path(args.journal)
    from app.journal.journal import default_path

    return default_path()


def run(
    args: argparse.Namespace,
    config: ChainConfig,
    password: Secret | None,
    values: Mapping[str, object],
) -> int:
    from app.chain import pull
    from app.chain.connection import connect

    def opened() -> Any:
        return connect(config, password, timeout_s=args.timeout)

    by = config.counter or config.describe()
    if args.command == "publish-prices":
        from app.core import pricing_codec

        if args.file is None:
            raise PublishError("Name the price-list file: publish-prices FILE.")
        try:
            prices = pricing_codec.loads(Path(args.file).read_text(encoding="utf-8"))
        except OSError as exc:
            raise PublishError(f"The file {args.file} cannot be read: {exc.strerror}.") from exc
        except pricing_codec.PriceListError as exc:
            raise PublishError(f"The price list in {args.file} cannot be used: {exc}") from exc
        with opened() as conn:
            version = pull.publish_prices(conn, prices, by=by)
        print(f"PUBLISHED prices version={version}")
        return 0
    if args.command == "publish-clerks":
        from app.journal import Journal

        with Journal(_journal_path(args)) as journal:
            clerks = journal.clerks()
        with opened() as conn:
            version = pull.publish_clerks(conn, clerks, by=by)
        print(f"PUBLISHED clerks version={version} count={len(clerks)}")
        return 0
    if args.command == "publish-shop":
        from app import settings_schema as schema

        details = {
            "name": schema.SHOP_NAME.read(values),
            "address": schema.SHOP_ADDRESS.read(values),
            "tax_number": schema.SHOP_TAX_NUMBER.read(values),
        }
        with opened() as conn:
            version = pull.publish_shop(conn, details, by=by, shop=args.for_shop or "")
        print(f"PUBLISHED shop version={version} for={args.for_shop or '(every shop)'}")
        return 0
    # pull
    from app.journal import Journal

    path = _journal_path(args)
    central = pull.CentralData(opened, path.parent / pull.CACHE_FILE, shop=config.shop)
    pulled = central.pull()
    changed = 0
    if pulled.clerks is not None:
        with Journal(path) as journal:
            changed = pull.apply_clerks(journal, pulled.clerks)
    versions = " ".join(f"{kind}={pulled.versions.get(kind, '-')}" for kind in pull.KINDS)
    when = "-" if pulled.fetched_at is None else pulled.fetched_at.isoformat()
    print(f"PULLED {versions} clerks_changed={changed} fetched_at={when}")
    if pulled.note() is not None:
        print(pulled.note())
    if pulled.problem is not None and not pulled.from_copy:
        print(pulled.problem)
    return 0 if not pulled.from_copy else 1
