"""Push the local journal's outbox to the chain's PostgreSQL.

One push (:meth:`Pusher.push_batch`):

1. reads outbox entries after the local cursor, in ``seq`` order, and the CURRENT local
   row of each (one SQLite read transaction: one consistent snapshot);
2. upserts those rows centrally (``INSERT ... ON CONFLICT (counter, key) DO UPDATE``), and
   deletes the central copy of a row that is gone locally, in one PostgreSQL transaction;
3. only after that COMMIT, advances the local cursor and drops the pushed entries.

A crash between 2 and 3 leaves the entries in place; the next push sends the same current
rows again, and upserting a row as it already is changes nothing. Rows go in ``seq``
order, batch by batch, so the central copy never runs ahead of an earlier write.

Columns: a row is sent with the columns both sides have. A counter whose journal lacks a
column the central schema added later (an older program) pushes the rest, and the new
column stays NULL; a local column the central schema lacks is not sent (and logged once)
until a central migration adds it -- add one with every new local column (a test checks).

:class:`app.chain.sync.ChainSync` runs pushes on its own daemon thread, retrying with
exponential backoff and jitter (capped at a minute) while PostgreSQL cannot be reached.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg

from app.chain.config import ChainConfig
from app.chain.connection import DEFAULT_TIMEOUT_S, connect, unavailable
from app.chain.migrations import (
    LOCAL_ONLY,
    MAJOR,
    MIGRATIONS,
    PUSHED_KEYS,
    ChainSchemaError,
    check_compatible,
    read_version,
)
from app.core.secret import Secret

log = logging.getLogger(__name__)

BATCH = 500
BUSY_TIMEOUT_S = 10.0

Key = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int
    table: str
    key: Key


@dataclass(slots=True)
class Batch:
    """What one push sends: the last seq it covers, rows by table, keys gone locally."""

    last_seq: int
    entries: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    gone: dict[str, list[Key]] = field(default_factory=dict)
    # Each row once, in the order of its first entry (all go in one transaction).
    order: list[tuple[str, Key]] = field(default_factory=list)


def open_local(path: Path | str) -> sqlite3.Connection:
    """A connection of the pusher's own to the journal file (WAL: it reads beside the
    counter's writes, and waits for the write lock when it advances the cursor)."""
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def cursor(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT pushed FROM outbox_cursor WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def waiting(conn: sqlite3.Connection) -> int:
    """Outbox entries not yet pushed."""
    row = conn.execute(
        "SELECT count(*) FROM outbox WHERE seq > (SELECT pushed FROM outbox_cursor WHERE id = 1)"
    ).fetchone()
    return int(row[0])


def journal_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def read_batch(conn: sqlite3.Connection, limit: int = BATCH) -> Batch | None:
    """The next entries and their current rows, or None when nothing waits."""
    conn.execute("BEGIN")
    try:
        start = cursor(conn)
        entries = [
            Entry(int(row[0]), str(row[1]), tuple(v for v in row[2:] if v is not None))
            for row in conn.execute(
                "SELECT seq, tbl, k1, k2, k3 FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?",
                (start, limit),
            )
        ]
        if not entries:
            return None
        batch = Batch(last_seq=entries[-1].seq, entries=len(entries))
        seen: set[tuple[str, Key]] = set()
        for entry in entries:
            if (entry.table, entry.key) in seen:
                continue  # the current row is sent once, whatever number of writes
            seen.add((entry.table, entry.key))
            batch.order.append((entry.table, entry.key))
            columns = PUSHED_KEYS.get(entry.table)
            if columns is None:
                log.warning("outbox: table %s has no central copy; not pushed", entry.table)
                continue
            where = " AND ".join(f"{column} = ?" for column in columns)
            found = conn.execute(f"SELECT * FROM {entry.table} WHERE {where}", entry.key).fetchone()
            if found is None:
                batch.gone.setdefault(entry.table, []).append(entry.key)
            else:
                batch.rows.setdefault(entry.table, []).append(dict(found))
        return batch
    finally:
        conn.execute("COMMIT")


def advance(conn: sqlite3.Connection, last_seq: int, at: datetime) -> None:
    """After the central COMMIT: move the cursor and drop what it passed."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "UPDATE outbox_cursor SET pushed = max(pushed, ?), pushed_at = ? WHERE id = 1",
            (last_seq, at.astimezone(UTC).isoformat(timespec="microseconds")),
        )
        conn.execute("DELETE FROM outbox WHERE seq <= ?", (last_seq,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def requeue_all(conn: sqlite3.Connection) -> int:
    """Enqueue every pushed row again (joining another chain database: pushed entries are
    dropped from the outbox, so its history must be queued anew). Returns the entries."""
    from app.journal.schema import OUTBOX_REQUEUE

    conn.execute("BEGIN IMMEDIATE")
    try:
        before = int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
        for statement in OUTBOX_REQUEUE:
            conn.execute(statement)
        after = int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return after - before


def _to_central(value: object, kind: str) -> object:
    """A local (SQLite) value as the central column's type; money stays exact."""
    if value is None:
        return None
    if kind == "numeric":
        return Decimal(str(value))
    if kind == "bigint" or kind == "integer":
        return int(str(value))
    if kind == "timestamp with time zone":
        moment = datetime.fromisoformat(str(value))
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if kind == "date":
        return date.fromisoformat(str(value))
    return str(value)


class Central:
    """The central side of a push, on one open connection."""

    def __init__(self, conn: psycopg.Connection[Any], config: ChainConfig) -> None:
        self.conn = conn
        self.config = config
        found = read_version(conn)
        check_compatible(found)
        if found[0] == MAJOR and found[1] < len(MIGRATIONS):
            raise ChainSchemaError(
                f"The chain's database has an older schema ({found[0]}.{found[1]}) than this "
                f"counter needs ({MAJOR}.{len(MIGRATIONS)}). Run `esim-counter chain init` "
                "with this version once; the counter keeps selling meanwhile.",
                found=found,
                known=(MAJOR, len(MIGRATIONS)),
            )
        self.version = found
        self.columns: dict[str, dict[str, str]] = {}
        for table, column, kind in conn.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name LIKE 'c\\_%%'"
        ):
            self.columns.setdefault(str(table)[2:], {})[str(column)] = str(kind)
        conn.commit()
        self._warned: set[tuple[str, str]] = set()

    def _shared(self, table: str, local: Iterable[str]) -> list[str]:
        central = self.columns.get(table, {})
        shared = []
        for column in local:
            if column in central and column not in {"shop", "counter", "pushed_at"}:
                shared.append(column)
            elif column in LOCAL_ONLY.get(table, ()):
                continue
            elif (table, column) not in self._warned:
                self._warned.add((table, column))
                log.warning("push: %s.%s has no central column; not pushed", table, column)
        return shared

    def write(self, batch: Batch, *, app_version: str, journal_version: int) -> None:
        """Upsert and delete in one transaction, and note the push in ``counters``."""
        shop, counter = self.config.shop, self.config.counter
        with self.conn.transaction():
            for table, rows in batch.rows.items():
                if table not in self.columns:
                    raise ChainSchemaError(
                        f"The chain's database has no table c_{table}. Run "
                        "`esim-counter chain init` with this version once."
                    )
                key = PUSHED_KEYS[table]
                by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for row in rows:
                    by_shape.setdefault(tuple(row), []).append(row)
                for shape, same in by_shape.items():
                    names = self._shared(table, shape)
                    kinds = self.columns[table]
                    update = ", ".join(
                        f"{n} = EXCLUDED.{n}" for n in ["shop", *names] if n not in key
                    )
                    sql = (
                        f"INSERT INTO c_{table} (shop, counter, {', '.join(names)}) "
                        f"VALUES (%s, %s, {', '.join(['%s'] * len(names))}) "
                        f"ON CONFLICT (counter, {', '.join(key)}) DO UPDATE SET {update}, "
                        "pushed_at = now()"
                    )
                    params = [
                        [shop, counter, *(_to_central(row[n], kinds[n]) for n in names)]
                        for row in same
                    ]
                    with self.conn.cursor() as cur:
                        cur.executemany(sql.encode(), params)
            for table, keys in batch.gone.items():
                columns = PUSHED_KEYS[table]
                kinds = self.columns.get(table, {})
                where = " AND ".join(f"{column} = %s" for column in columns)
                with self.conn.cursor() as cur:
                    cur.executemany(
                        f"DELETE FROM c_{table} WHERE counter = %s AND {where}".encode(),
                        [
                            [
                                counter,
                                *(
                                    _to_central(v, kinds.get(c, "text"))
                                    for v, c in zip(k, columns, strict=True)
                                ),
                            ]
                            for k in keys
                        ],
                    )
            self.conn.execute(
                "INSERT INTO counters (counter, shop, last_push_at, seen_at, app_version, "
                "journal_version) VALUES (%s, %s, now(), now(), %s, %s) ON CONFLICT (counter) DO "
                "UPDATE SET shop = EXCLUDED.shop, last_push_at = now(), seen_at = now(), "
                "app_version = EXCLUDED.app_version, journal_version = EXCLUDED.journal_version, "
                # Selling again after a sign-off: sales may be in flight once more.
                "caught_up_from = nullif(counters.caught_up_from, 'infinity')",
                (counter, shop, app_version, journal_version),
            )


def _app_version() -> str:
    from app.version import version

    return version()


class Pusher:
    """Pushes one journal's outbox to one chain; not thread-safe (one per thread)."""

    def __init__(
        self,
        journal_path: Path | str,
        config: ChainConfig,
        password: Secret | None,
        *,
        batch: int = BATCH,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        app_version: str | None = None,
        after_central_commit: Callable[[Batch], None] | None = None,
    ) -> None:
        self.journal_path = journal_path
        self.config = config
        self._password = password
        self.batch = batch
        self.timeout_s = timeout_s
        self.app_version = app_version or _app_version()
        # Tests: a crash between the central COMMIT and the local cursor advance.
        self.after_central_commit = after_central_commit
        self._local: sqlite3.Connection | None = None
        self._central: Central | None = None

    def local(self) -> sqlite3.Connection:
        if self._local is None:
            self._local = open_local(self.journal_path)
        return self._local

    def waiting(self) -> int:
        return waiting(self.local())

    def _connect(self) -> Central:
        if self._central is None:
            conn = connect(self.config, self._password, timeout_s=self.timeout_s)
            try:
                self._central = Central(conn, self.config)
            except psycopg.Error as exc:
                conn.close()
                error = unavailable(exc, self.config, self._password)
            except BaseException:
                conn.close()
                raise
            else:
                return self._central
            raise error
        return self._central

    def _drop_central(self) -> None:
        if self._central is not None:
            with contextlib.suppress(psycopg.Error):
                self._central.conn.close()
            self._central = None

    def push_batch(self) -> int:
        """Push the next batch; return the entries it covered (0: nothing waited).
        Raises ChainError (ChainUnavailable, ChainSchemaError) and leaves the cursor."""
        local = self.local()
        batch = read_batch(local, self.batch)
        if batch is None:
            return 0
        central = self._connect()
        try:
            central.write(
                batch, app_version=self.app_version, journal_version=journal_version(local)
            )
        except psycopg.Error as exc:
            error = unavailable(exc, self.config, self._password)
            self._drop_central()
            raise error from None
        if self.after_central_commit is not None:
            self.after_central_commit(batch)
        advance(local, batch.last_seq, datetime.now(UTC))
        return batch.entries

    def push_all(self, *, stop: threading.Event | None = None) -> int:
        """Push until nothing waits, then say how far this counter has caught up
        (:meth:`heartbeat`); return the entries pushed."""
        total = 0
        while stop is None or not stop.is_set():
            pushed = self.push_batch()
            if pushed == 0:
                self.heartbeat()
                break
            total += pushed
        return total

    def heartbeat(self, *, sign_off: bool = False) -> bool:
        """Note in ``counters`` that this counter is alive and, when nothing waits, that
        every sale it journalled before this moment (the server's clock) is central: a
        lost eSIMfly sale on another counter is matched only once every live counter has
        caught up past its span (``ChainClaims``, docs/decisions.md "Matches wait for the
        live counters"). ``sign_off`` (the end of a shift, nothing waiting): no sale of
        this counter is in flight until it pushes again. True when caught up."""
        central = self._connect()
        counter, shop = self.config.counter, self.config.shop
        try:
            with central.conn.transaction():
                row = central.conn.execute("SELECT clock_timestamp()").fetchone()
                assert row is not None
                # Read AFTER the server's moment: a sale journalled before it is in this
                # read, so "nothing waits" means it is pushed.
                caught_up = waiting(self.local()) == 0
                since = None if not caught_up else "infinity" if sign_off else row[0]
                central.conn.execute(
                    "INSERT INTO counters (counter, shop, seen_at, caught_up_from) "
                    "VALUES (%s, %s, now(), %s) ON CONFLICT (counter) DO UPDATE SET "
                    "seen_at = EXCLUDED.seen_at, "
                    # Rows wait: what was caught up stays true, but a sign-off does not.
                    "caught_up_from = coalesce(EXCLUDED.caught_up_from, "
                    "nullif(counters.caught_up_from, 'infinity'))",
                    (counter, shop, since),
                )
        except psycopg.Error as exc:
            error = unavailable(exc, self.config, self._password)
            self._drop_central()
            raise error from None
        return caught_up

    def sign_off(self) -> bool:
        """At the end of a shift: push what waits and say nothing is in flight, so
        other counters' matches do not wait for a counter that is switched off."""
        self.push_all()
        return self.heartbeat(sign_off=True)

    def close(self) -> None:
        self._drop_central()
        if self._local is not None:
            self._local.close()
            self._local = None
