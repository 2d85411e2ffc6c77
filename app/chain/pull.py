"""Central data every counter of a chain pulls: the owner's price list, the clerks and
their roles, the shop's details for receipts (issue 16).

The owner's counter publishes (:func:`publish_prices`, :func:`publish_clerks`,
:func:`publish_shop`; on the command line ``esim-counter chain publish-prices FILE``...)
into ``central_data`` (central migration ``_CENTRAL``): one row per kind, chain-wide
(``shop = ''``) or for one shop, with a version that goes up by one at each publish.

Every counter pulls (:meth:`CentralData.pull`) and keeps the last good copy in a JSON file
beside its journal, with when it was fetched; when PostgreSQL cannot be reached it sells
with that copy and says so ("using the copy from ..."). Nothing pulled is trusted: the price
list goes through :mod:`app.core.pricing_codec`, clerks through the journal's own checks;
a bad publication keeps the last good copy and says why.

Clerks travel with their PIN hashes (app.pin's salted scrypt), never PINs: a clerk signs in
on any counter of the chain, offline too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from app.core import pricing_codec
from app.core.errors import CounterError
from app.core.pricing import PriceList
from app.journal.clerks import check_name, name_key
from app.till.model import Clerk
from app.till.roles import Role

log = logging.getLogger(__name__)

Connect = Callable[[], "psycopg.Connection[Any]"]
KINDS = ("prices", "clerks", "shop")
SHOP_FIELDS = ("name", "address", "tax_number")
CACHE_FILE = "chain-central.json"


@dataclass(frozen=True, slots=True)
class CentralClerk:
    """A clerk as the chain publishes them: no PIN, only its hash."""

    name: str
    role: Role
    active: bool
    pin_hash: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Pulled:
    """What the counter uses now: the central data, and where it came from."""

    prices: PriceList | None = None
    clerks: tuple[CentralClerk, ...] | None = None
    shop: dict[str, str] | None = None
    versions: dict[str, int] = field(default_factory=dict)
    #: When the copy in use was fetched from PostgreSQL (None: never).
    fetched_at: datetime | None = None
    #: True when PostgreSQL could not be reached and the last copy is in use.
    from_copy: bool = False
    #: Why the database was not used, or why a publication was refused (plain words).
    problem: str | None = None

    def note(self) -> str | None:
        """For the status line: None when fresh from the database."""
        if not self.from_copy:
            return None
        if self.fetched_at is None:
            return "The chain's database cannot be reached and this counter has no copy yet."
        when = self.fetched_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"Using the copy from {when}: the chain's database cannot be reached."


# -- publishing (the owner's counter) ---------------------------------------------------


def publish(conn: psycopg.Connection[Any], kind: str, body: Any, *, by: str, shop: str = "") -> int:
    """Store one kind of central data; the new version (1, 2, ...)."""
    if kind not in KINDS:
        raise ValueError(f"unknown central data {kind!r}")
    row = conn.execute(
        "INSERT INTO central_data (kind, shop, version, body, published_by) "
        "VALUES (%s, %s, 1, %s, %s) ON CONFLICT (kind, shop) DO UPDATE SET "
        "version = central_data.version + 1, body = EXCLUDED.body, "
        "published_at = now(), published_by = EXCLUDED.published_by RETURNING version",
        (kind, shop, json.dumps(body, sort_keys=True), by),
    ).fetchone()
    conn.commit()
    assert row is not None
    return int(row[0])


def publish_prices(conn: psycopg.Connection[Any], prices: PriceList, *, by: str) -> int:
    return publish(conn, "prices", pricing_codec.to_dict(prices), by=by)


def publish_clerks(conn: psycopg.Connection[Any], clerks: Iterable[Clerk], *, by: str) -> int:
    """The owner's clerks (from their journal): names, roles, active, PIN hashes."""
    body = [
        {"name": c.name, "role": str(c.role), "active": c.active, "pin_hash": c.pin_hash}
        for c in clerks
    ]
    return publish(conn, "clerks", body, by=by)


def publish_shop(
    conn: psycopg.Connection[Any], details: dict[str, str], *, by: str, shop: str = ""
) -> int:
    """Receipt header lines (name, address, tax number), chain-wide or for one shop."""
    body = {key: str(details.get(key, "")) for key in SHOP_FIELDS}
    return publish(conn, "shop", body, by=by, shop=shop)


# -- reading what was published ---------------------------------------------------------


class CentralDataError(ValueError):
    """A publication that cannot be used: kept as ``Pulled.problem`` text, never raised
    to the window (so not a CounterError)."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _clerks(body: Any) -> tuple[CentralClerk, ...]:
    if not isinstance(body, list):
        raise CentralDataError("The chain's clerk list is not a list.")
    found = []
    for item in body:
        try:
            name = check_name(item["name"])
            role = Role(item["role"])
            pin_hash, active = item["pin_hash"], item["active"]
        except (KeyError, TypeError, ValueError) as exc:
            raise CentralDataError(f"The chain's clerk list has a bad entry: {exc}") from exc
        if not isinstance(pin_hash, str) or not isinstance(active, bool):
            raise CentralDataError(f"The chain's clerk list has a bad entry for {name}.")
        found.append(CentralClerk(name, role, active, pin_hash))
    if len({name_key(c.name) for c in found}) != len(found):
        raise CentralDataError("The chain's clerk list names one clerk twice.")
    return tuple(found)


def _shop(body: Any) -> dict[str, str]:
    if not isinstance(body, dict) or not all(isinstance(body.get(k, ""), str) for k in body):
        raise CentralDataError("The chain's shop details are not text.")
    return {key: str(body.get(key, "")) for key in SHOP_FIELDS}


def decode(kind: str, body: Any) -> Any:
    """The usable value of one published kind; CentralDataError if it is not usable."""
    if kind == "prices":
        try:
            return pricing_codec.from_dict(body)
        except pricing_codec.PriceListError as exc:
            raise CentralDataError(f"The chain's price list cannot be used: {exc}") from exc
    if kind == "clerks":
        return _clerks(body)
    return _shop(body)


class CentralData:
    """Pulls central data for one counter of one shop, keeping the last good copy."""

    def __init__(
        self,
        connect: Connect,
        cache: Path,
        *,
        shop: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._connect = connect
        self.cache = cache
        self.shop = shop
        self._clock = clock

    def pull(self) -> Pulled:
        """From PostgreSQL (and kept), else the last copy, marked ``from_copy``."""
        try:
            with self._connect() as conn:
                rows = conn.execute(
                    "SELECT kind, shop, version, body FROM central_data "
                    "WHERE shop IN ('', %s) ORDER BY kind, shop",
                    (self.shop,),
                ).fetchall()
        except (psycopg.Error, CounterError) as exc:
            log.info("chain database out of reach; central data from the copy: %s", exc)
            copy = self._read_copy()
            return _pulled(copy, from_copy=True, problem=getattr(exc, "message", str(exc)))
        copy = self._read_copy()
        kinds: dict[str, Any] = dict(copy["kinds"])
        fetched = {"fetched_at": self._clock().isoformat(), "kinds": kinds}
        problems = []
        # Rows ordered by shop: a shop's own row ('shop-1' > '') overrides the chain's.
        for kind, _shop_name, version, body_text in rows:
            try:
                decode(kind, json.loads(body_text))
            except (CentralDataError, ValueError) as exc:
                problems.append(getattr(exc, "message", str(exc)))
                continue  # the last good copy of this kind stays
            kinds[kind] = {"version": version, "body": json.loads(body_text)}
        self._write_copy(fetched)
        return _pulled(fetched, from_copy=False, problem=" ".join(problems) or None)

    def last_copy(self) -> Pulled:
        """The copy on disk, without asking the database (start-up, before the pull)."""
        return _pulled(self._read_copy(), from_copy=True)

    def _read_copy(self) -> dict[str, Any]:
        try:
            data = json.loads(self.cache.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("kinds"), dict):
                return data
        except (OSError, ValueError):
            pass
        return {"fetched_at": None, "kinds": {}}

    def _write_copy(self, data: dict[str, Any]) -> None:
        """Atomically (a crash leaves the old copy or the new, never half), private."""
        self.cache.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=self.cache.parent, prefix=".chain-central-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, sort_keys=True)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(name, 0o600)  # PIN hashes: as private as the journal
            os.replace(name, self.cache)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise


def _pulled(data: dict[str, Any], *, from_copy: bool, problem: str | None = None) -> Pulled:
    values: dict[str, Any] = {}
    versions: dict[str, int] = {}
    for kind, entry in data["kinds"].items():
        try:
            values[kind] = decode(kind, entry["body"])
            versions[kind] = int(entry["version"])
        except (CentralDataError, KeyError, TypeError, ValueError) as exc:
            log.warning("the copy of the chain's %s is unusable: %s", kind, exc)
    fetched = data.get("fetched_at")
    return Pulled(
        prices=values.get("prices"),
        clerks=values.get("clerks"),
        shop=values.get("shop"),
        versions=versions,
        fetched_at=datetime.fromisoformat(fetched) if isinstance(fetched, str) else None,
        from_copy=from_copy,
        problem=problem,
    )


def apply_clerks(journal: Any, clerks: Iterable[CentralClerk]) -> int:
    """Bring the counter's clerks in line with the chain's list (added, role, PIN and
    active as published); clerks known only locally are left as they are. ``journal``
    is the local :class:`app.journal.Journal`. How many clerks changed."""
    local = {name_key(c.name): c for c in journal.clerks()}
    changed = 0
    for clerk in clerks:
        mine = local.get(name_key(clerk.name))
        if mine is None:
            journal.add_clerk(clerk.name, clerk.role, clerk.pin_hash)
            if not clerk.active:
                journal.update_clerk(clerk.name, active=False)
            changed += 1
        elif (mine.role, mine.active, mine.pin_hash) != (clerk.role, clerk.active, clerk.pin_hash):
            journal.update_clerk(
                mine.name, role=clerk.role, pin_hash=clerk.pin_hash, active=clerk.active
            )
            changed += 1
    return changed
