"""The chain's background work for the UI (issue 16): Qt-free functions the Runner runs.

``check_chain`` is Test connection: connect with the password typed (or the one in the
keyring), then read the central schema's version, so "reachable" also means "set up".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.money import Money
from app.core.secret import Secret

if TYPE_CHECKING:
    from app.chain.config import ChainConfig
    from app.journal import Journal
    from app.secrets import SecretStore

T = TypeVar("T")
TEST_TIMEOUT_S = 5.0  # the owner is waiting on the Settings dialog


def check_chain(
    config: ChainConfig, typed: Secret | None, store: SecretStore | None
) -> tuple[int, int]:
    """Connect and check the schema; return ``(major, version)``. Raises the chain's
    errors (``ChainUnavailable``, ``ChainSchemaError``) or the keyring's."""
    from app.chain.config import read_password
    from app.chain.connection import connect
    from app.chain.migrations import check_compatible, read_version

    password = typed if typed is not None else read_password(store) if store else None
    with connect(config, password, timeout_s=TEST_TIMEOUT_S, autocommit=True) as conn:
        found = read_version(conn)
    check_compatible(found)
    return found


def chain_password(store: SecretStore) -> Secret | None:
    """The stored password (for the sync and the chain reports), read off the GUI thread."""
    from app.chain.config import read_password

    return read_password(store)


def make_sync(config: ChainConfig, password: Secret | None, journal: Journal) -> Any:
    """The push loop for ``journal`` (``app.chain.push.ChainSync``), not started yet: it
    reads the journal file through a connection of its own, on its own thread."""
    from app.chain.push import ChainSync, Pusher

    return ChainSync(Pusher(journal.path, config, password), **SYNC_OPTIONS)


# How often the push loop looks for new rows, and its backoff (tests shorten them).
SYNC_OPTIONS: dict[str, float] = {}


@dataclass(frozen=True)
class Filters:
    """The chain reports' filters; empty means every one."""

    shop: str = ""
    counter: str = ""
    clerk: str = ""

    def text(self) -> str:
        return " · ".join(part for part in (self.shop, self.counter, self.clerk) if part)


@dataclass(frozen=True)
class ChainZ:
    """A Z report of one counter of the chain."""

    shop: str
    counter: str
    number: int
    closed_at: datetime
    closed_by: str
    expected: Money
    counted: Money
    difference: Money


class ChainReader:
    """The chain reports' reads: one connection, opened on first use on a worker thread
    and shared under a lock (the Runner may run two reads at once), closed with the
    window. A read that finds the server gone drops the connection, so the next one
    connects again once the server is back."""

    def __init__(
        self, config: ChainConfig, password: Secret | None, store: SecretStore | None
    ) -> None:
        self._config = config
        self._password = password
        self._store = store
        self._lock = threading.RLock()
        self._conn: Any = None

    def _connection(self) -> Any:
        from app.chain.connection import connect

        if self._conn is None or self._conn.closed:
            if self._password is None and self._store is not None:
                self._password = chain_password(self._store)
            self._conn = connect(self._config, self._password, autocommit=True)
        return self._conn

    def run(self, work: Callable[[Any], T]) -> T:
        """``work(connection)`` under the lock; a lost connection becomes ChainUnavailable."""
        import psycopg

        from app.chain.connection import unavailable

        with self._lock:
            conn = self._connection()
            try:
                return work(conn)
            except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
                self.close()
                error = unavailable(exc, self._config, self._password)
        raise error

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def journal(self, filters: Filters) -> Any:
        """The chain's sales as a journal (``search``, ``count``, ``refunds``) for
        ``filters``: what the local day report, History and CSV read."""
        from app.chain.central import CentralJournal

        return CentralJournal(
            lambda work: self.run(work),
            shop=filters.shop or None,
            counter=filters.counter or None,
            clerk=filters.clerk or None,
        )

    def names(self) -> tuple[list[str], list[str], list[str]]:
        """The shops, the counters and the clerks the chain has seen."""

        def read(conn: Any) -> tuple[list[str], list[str], list[str]]:
            rows = conn.execute("SELECT shop, counter FROM counters ORDER BY shop, counter")
            pairs = rows.fetchall()
            clerks = conn.execute(
                "SELECT DISTINCT clerk FROM c_sales WHERE clerk <> '' "
                "UNION SELECT name FROM c_clerks ORDER BY 1"
            ).fetchall()
            shops = sorted({shop for shop, _ in pairs})
            return shops, [counter for _, counter in pairs], [row[0] for row in clerks]

        return self.run(read)

    def z_reports(self, filters: Filters, *, training: bool = False) -> list[ChainZ]:
        """Every Z of the chain (newest first) for ``filters`` (the clerk who closed it)."""
        where, params = ["z.training = %s"], [int(training)]
        for column, value in (("shop", filters.shop), ("counter", filters.counter)):
            if value:
                where.append(f"z.{column} = %s")
                params.append(value)
        if filters.clerk:
            where.append("z.closed_by = %s")
            params.append(filters.clerk)
        sql = (
            "SELECT z.shop, z.counter, z.number, z.closed_at, z.closed_by, z.currency, "
            "z.expected, z.counted, z.difference FROM c_z_reports z WHERE "
            + " AND ".join(where)
            + " ORDER BY z.closed_at DESC, z.counter"
        )

        def read(conn: Any) -> list[ChainZ]:
            found = []
            for row in conn.execute(sql, params).fetchall():
                shop, counter, number, closed_at, closed_by, currency = row[:6]
                expected, counted, difference = (Money(Decimal(v), currency) for v in row[6:])
                found.append(
                    ChainZ(
                        shop,
                        counter,
                        int(number),
                        closed_at,
                        closed_by,
                        expected,
                        counted,
                        difference,
                    )
                )
            return found

        return self.run(read)

    def export_csv(self, path: Path, filters: Filters, since: datetime, until: datetime) -> int:
        """The day's sales for ``filters`` and their refunds to ``path`` (the local CSV's
        columns and code); the count of sales written."""
        from app.export import write_csv
        from app.report import PAGE

        central = self.journal(filters)
        orders: list[Any] = []
        while True:
            page = central.search(
                since=since, until=until, training=False, limit=PAGE, offset=len(orders)
            )
            orders += page
            if len(page) < PAGE:
                break
        refunds = getattr(central, "refunds", None)
        lines = [] if refunds is None else list(refunds.lines(since=since, until=until))
        lines = [line for line in lines if not line.training]
        return write_csv(path, orders, owner=True, refunds=lines) - len(lines)
