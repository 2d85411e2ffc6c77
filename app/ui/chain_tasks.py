"""The chain's background work for the UI (issue 16): Qt-free functions the Runner runs.

``check_chain`` is Test connection: connect with the password typed (or the one in the
keyring), then read the central schema's version, so "reachable" also means "set up".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.secret import Secret

if TYPE_CHECKING:
    from app.chain.central import CentralJournal, ChainZ
    from app.chain.config import ChainConfig
    from app.journal import Journal
    from app.secrets import SecretStore

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


def sync_password(store: SecretStore) -> Secret | None:
    """As :func:`chain_password`, loading the push loop's modules (psycopg) on the way, so
    the GUI thread that then starts the loop does not import them."""
    import app.chain.sync  # noqa: F401 - imported here, off the GUI thread

    return chain_password(store)


def make_sync(config: ChainConfig, password: Secret | None, journal: Journal) -> Any:
    """The push loop for ``journal`` (``app.chain.sync.ChainSync``), not started yet: it
    reads the journal file through a connection of its own, on its own thread."""
    from app.chain.push import Pusher
    from app.chain.sync import ChainSync

    return ChainSync(Pusher(journal.path, config, password), **SYNC_OPTIONS)


# How often the push loop looks for new rows, and its backoff (tests shorten them).
SYNC_OPTIONS: dict[str, float] = {}


PULL_TIMEOUT_S = 5.0  # a pull waits in the background; an away server must not hold it


def central_data(config: ChainConfig, password: Secret | None, journal: Journal) -> Any:
    """The counter's pull of the chain's central data (``app.chain.pull.CentralData``),
    its copy beside the journal, with the last copy read from disk (start-up sells with
    it until the first pull answers): ``(central, last_copy)``."""
    from app.chain.connection import connect
    from app.chain.pull import CACHE_FILE, CentralData

    central = CentralData(
        lambda: connect(config, password, timeout_s=PULL_TIMEOUT_S, autocommit=True),
        Path(journal.path).parent / CACHE_FILE,
        shop=config.shop,
    )
    return central, central.last_copy()


def apply_clerks(journal: Journal, clerks: Any) -> int:
    """The chain's clerks into the counter's journal (PIN hashes and roles as published)."""
    from app.chain.pull import apply_clerks as apply

    return apply(journal, clerks)


@dataclass(frozen=True)
class Filters:
    """The chain reports' filters; empty means every one."""

    shop: str = ""
    counter: str = ""
    clerk: str = ""

    def text(self) -> str:
        return " · ".join(part for part in (self.shop, self.counter, self.clerk) if part)


class Scoped:
    """The chain's journal seen through the reports' filters: the local Journal's read
    methods (``search``, ``count``, ``refunds.lines``, ``refunds.refunded_counts``), so
    ``day_report``, the History model and ``write_csv`` read it as they read a counter's."""

    def __init__(self, central: CentralJournal, filters: Filters) -> None:
        self._central = central
        self._where: dict[str, Any] = {
            "shop": filters.shop or None,
            "counter": filters.counter or None,
            "clerk": filters.clerk or None,
        }
        self.refunds = self  # (refunds.lines and refunds.refunded_counts below)

    def search(self, **wanted: Any) -> list[Any]:
        return self._central.search(**wanted, **self._where)

    def count(self, **wanted: Any) -> int:
        return self._central.count(**wanted, **self._where)

    def lines(self, **wanted: Any) -> list[Any]:
        return self._central.refunds.lines(**wanted, **self._where)

    def refunded_counts(self, references: list[str]) -> dict[str, int]:
        return self._central.refunds.refunded_counts(references)


class ChainReader:
    """The chain reports' reads, on worker threads: one ``CentralJournal`` (one
    connection under its lock; a lost link is dropped and made again on the next read),
    made on first use once the password is read from the keyring, closed with the window."""

    def __init__(
        self, config: ChainConfig, password: Secret | None, store: SecretStore | None
    ) -> None:
        self._config = config
        self._password = password
        self._store = store
        self._lock = threading.Lock()
        self._central: CentralJournal | None = None
        self._closed = False

    def central(self) -> CentralJournal:
        from app.chain.central import CentralJournal
        from app.chain.connection import ChainUnavailable

        with self._lock:
            if self._closed:
                # A read still running when the window closed must not open a connection
                # nobody will close.
                raise ChainUnavailable("The chain reports were closed.")
            if self._central is None:
                if self._password is None and self._store is not None:
                    self._password = chain_password(self._store)
                self._central = CentralJournal(self._config, self._password)
            return self._central

    def close(self) -> None:
        with self._lock:
            self._closed = True
            central, self._central = self._central, None
        if central is not None:
            central.close()

    def journal(self, filters: Filters) -> Scoped:
        return Scoped(self.central(), filters)

    def names(self) -> tuple[list[str], list[str], list[str]]:
        """The shops, the counters and the clerks the chain has seen."""
        central = self.central()
        counters = central.counters()
        with central.read() as cur:
            cur.execute(
                "SELECT DISTINCT clerk AS name FROM c_sales WHERE clerk <> '' "
                "UNION SELECT name FROM c_clerks ORDER BY 1"
            )
            clerks = [str(row["name"]) for row in cur.fetchall()]
        shops = sorted({str(row["shop"]) for row in counters})
        return shops, [str(row["counter"]) for row in counters], clerks

    def z_reports(self, filters: Filters, *, training: bool = False) -> list[ChainZ]:
        """Every Z of the chain for ``filters`` (``clerk``: who closed it), newest first."""
        found = self.central().z_reports(
            training=training,
            shop=filters.shop or None,
            counter=filters.counter or None,
            clerk=filters.clerk or None,
        )
        return sorted(found, key=lambda z: z.record.closed_at, reverse=True)

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
