"""``esim-counter chain init|status|push``: set up and check a chain from a terminal.

The connection comes from this counter's settings (Settings › Chain), each part
overridable by an option (``--host``, ``--port``, ``--dbname``, ``--user``, ``--shop``,
``--counter``, ``--sslmode``, ``--sslrootcert``). The password is never an argument (argv
shows in ``ps`` and the shell history): it is read from the keyring entry
``chain.password``, or from the environment variable ``ESIM_CHAIN_PASSWORD`` when set (for
an administrator on a server with no keyring)::

    esim-counter chain init     # create or migrate the central schema; prints its version
    esim-counter chain status   # the central schema, this counter's waiting rows, counters
    esim-counter chain push     # push every waiting row now
    esim-counter chain push --all   # queue this counter's whole journal again, and push
                                    # (after pointing the counter at a new chain database)
    esim-counter chain publish-prices FILE | publish-clerks | publish-shop | pull
                                    # central data (app.chain.publish_cli)

Exit status 0 on success, 1 with one sentence on stderr otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from app.chain.config import PASSWORD_ENV, ChainConfig, read_password
from app.core.errors import CounterError


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="esim-counter chain",
        description="Set up and check this counter's chain (a shared PostgreSQL). The "
        f"password comes from the keyring (chain.password) or ${PASSWORD_ENV}.",
    )
    from app.chain.publish_cli import COMMANDS as CENTRAL_DATA

    parser.add_argument("command", choices=["init", "status", "push", *CENTRAL_DATA])
    parser.add_argument("file", nargs="?", help="publish-prices: the price-list JSON file")
    parser.add_argument("--for-shop", help="publish-shop: for this shop only")
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--dbname")
    parser.add_argument("--user")
    parser.add_argument("--shop")
    parser.add_argument("--counter")
    parser.add_argument(
        "--sslmode", choices=["verify-full", "verify-ca", "require", "prefer", "disable"]
    )
    parser.add_argument("--sslrootcert", help='"system" (default) or a CA file')
    parser.add_argument("--journal", type=Path, help="this counter's journal (push, status)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to connect")
    parser.add_argument(
        "--all", action="store_true", help="push: queue every journal row again first"
    )
    return parser.parse_args(argv)


def config_from(args: argparse.Namespace, values: Mapping[str, object]) -> ChainConfig:
    base = ChainConfig.from_values(values)
    given = {
        name: getattr(args, name)
        for name in ("host", "port", "dbname", "user", "shop", "counter", "sslmode", "sslrootcert")
        if getattr(args, name) is not None
    }
    return replace(base, **given)


class UsageError(Exception):
    """A command line that cannot run (settings missing): printed to the terminal, never
    shown in the window, so not a CounterError."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _check(config: ChainConfig, command: str) -> None:
    needed = ("host", "dbname", "user") if command == "init" else config.missing()
    missing = [name for name in needed if not getattr(config, name)]
    if missing:
        raise UsageError(
            f"Settings › Chain lacks the {', '.join(missing)}: fill them in, or give "
            + " ".join(f"--{name}" for name in missing)
            + "."
        )


def run(args: argparse.Namespace, values: Mapping[str, object]) -> int:
    from app.chain.connection import connect
    from app.chain.migrations import MAJOR, MIGRATIONS, migrate, read_version

    config = config_from(args, values)
    _check(config, args.command)
    password = read_password(environ=True)
    if args.command.startswith(("publish-", "pull")):  # K16: central data
        from app.chain import publish_cli

        return publish_cli.run(args, config, password, values)
    if args.command == "init":
        with connect(config, password, timeout_s=args.timeout, autocommit=True) as conn:
            before = migrate(conn)
            after = read_version(conn)
        print(f"CHAIN schema={after[0]}.{after[1]} was={before[0]}.{before[1]}")
        return 0
    journal = args.journal
    if journal is None:
        from app.journal.journal import default_path

        journal = default_path()
    from app.chain.push import Pusher

    pusher = Pusher(journal, config, password, timeout_s=args.timeout)
    try:
        if args.command == "push":
            if args.all:
                from app.chain.push import requeue_all

                requeue_all(pusher.local())
            pushed = pusher.push_all()
            print(f"PUSHED entries={pushed} waiting={pusher.waiting()}")
            return 0
        waiting = pusher.waiting()
        with connect(config, password, timeout_s=args.timeout) as conn:
            major, version = read_version(conn)
            counters = conn.execute(
                "SELECT counter, shop, last_push_at FROM counters ORDER BY shop, counter"
            ).fetchall()
        print(
            f"CHAIN schema={major}.{version} program={MAJOR}.{len(MIGRATIONS)} "
            f"counter={config.counter} waiting={waiting}"
        )
        for counter, shop, last in counters:
            when = "-" if last is None else str(last)
            print(f"COUNTER {counter} shop={shop} last_push={when}")
        return 0
    finally:
        pusher.close()


def main(argv: Sequence[str], values: Mapping[str, object]) -> int:
    """``values``: this counter's settings (app.main reads them through the one QSettings
    adapter, app/ui/settings_store.py: Qt stays in app/ui)."""
    args = parse_args(argv)
    try:
        return run(args, values)
    except (CounterError, UsageError) as exc:
        print(exc.message, file=sys.stderr)
        return 1
