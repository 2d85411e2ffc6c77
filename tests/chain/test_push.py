"""The outbox and the push: a counter offline for a whole shift catches up, in order; the
same row pushed twice (and a crash between the central COMMIT and the local cursor)
changes nothing; an older counter keeps pushing after a central migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from psycopg.rows import dict_row

from app.chain.connection import ChainUnavailable
from app.chain.migrations import MIGRATIONS, PUSHED_KEYS, migrate
from app.chain.push import Batch, Pusher
from app.chain.rows import local_row
from app.chain.status import SyncState
from app.chain.sync import ChainSync
from app.journal import Journal
from tests.chain.fixtures import ChainDb
from tests.chain.pg_server import PgServer
from tests.chain.shift_script import local_rows, run_shift


def central_rows(db: ChainDb, table: str, counter: str = "counter-1") -> list[dict[str, Any]]:
    key = ", ".join(PUSHED_KEYS[table])
    with db.connect() as conn, conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            f"SELECT * FROM c_{table} WHERE counter = %s ORDER BY {key}",
            (counter,),
        )
        return [local_row(row) for row in cur.fetchall()]


def assert_mirrored(db: ChainDb, path: Path, counter: str = "counter-1") -> None:
    for table in PUSHED_KEYS:
        local = local_rows(path, table)
        if table == "clerks":  # the PIN hash stays on the counter
            local = [{k: v for k, v in row.items() if k != "pin_hash"} for row in local]
        assert central_rows(db, table, counter) == local, table


def outbox(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT tbl, k1, k2, k3 FROM outbox ORDER BY seq").fetchall()
    finally:
        conn.close()


def test_every_written_row_has_its_outbox_entry_in_the_same_transaction(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        run_shift(journal, sales=3)
    entries = outbox(path)
    tables = {entry[0] for entry in entries}
    assert tables == set(PUSHED_KEYS)
    # One entry per write: a sale is written as SUBMITTING, then its outcome.
    for table in PUSHED_KEYS:
        keys = {tuple(v for v in e[1:] if v is not None) for e in entries if e[0] == table}
        rows = {tuple(row[c] for c in PUSHED_KEYS[table]) for row in local_rows(path, table)}
        assert keys == rows, table
    # A write that rolls back leaves no entry either.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE sales SET clerk = 'Mallory'")
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    assert outbox(path) == entries


def test_a_journal_written_before_the_outbox_enqueues_its_history(tmp_path: Path) -> None:
    from app.journal import schema

    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        references = run_shift(journal, sales=2)
    # Make it a journal of the version before the outbox existed, rows and all.
    conn = sqlite3.connect(path, isolation_level=None)
    before = schema.MIGRATIONS.index(schema._OUTBOX)
    conn.execute("DROP TABLE outbox")
    conn.execute("DROP TABLE outbox_cursor")
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'outbox_%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(f"PRAGMA user_version = {before}")
    conn.close()
    with Journal(path):
        pass
    sales = [e[1] for e in outbox(path) if e[0] == "sales"]
    assert sales == references


def test_a_counter_offline_for_a_whole_shift_catches_up_in_order(
    tmp_path: Path, private_pg: PgServer
) -> None:
    db: ChainDb = private_pg.db
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    arrived: list[tuple[str, tuple[Any, ...]]] = []

    def note(batch: Batch) -> None:
        arrived.extend(batch.order)

    pusher = Pusher(path, db.config, db.password, batch=7, timeout_s=1, app_version="test")
    pusher.after_central_commit = note
    sync = ChainSync(pusher, interval_s=0.05, base_s=0.05, cap_s=0.2)
    private_pg.stop()
    sync.start()
    try:
        references = run_shift(journal, sales=6)
        written = outbox(path)
        sync.push_now()
        wait_for(lambda: sync.status().waiting == len(written))
        status = sync.status()
        assert status.state is SyncState.OFFLINE and status.last_push_at is None
        assert status.last_error and "keeps selling" in status.last_error
        private_pg.start()
        wait_for(lambda: sync.status().state is SyncState.IN_SYNC, timeout=30)
        assert sync.status().last_push_at is not None and sync.status().last_error is None
    finally:
        sync.stop()
        journal.close()
    assert_mirrored(db, path)
    assert [row["reference"] for row in central_rows(db, "sales")] == sorted(references)
    # In order: rows reached the central database in the order they were first written
    # (each batch goes in one transaction, batches in seq order).
    first_seen: list[tuple[str, tuple[Any, ...]]] = []
    for table, *key in written:
        entry = (table, tuple(v for v in key if v is not None))
        if entry not in first_seen:
            first_seen.append(entry)
    assert [a for i, a in enumerate(arrived) if a not in arrived[:i]] == first_seen
    assert outbox(path) == []
    with db.connect() as conn:
        row = conn.execute(
            "SELECT shop, app_version, journal_version, last_push_at IS NOT NULL FROM counters "
            "WHERE counter = 'counter-1'"
        ).fetchone()
    from app.journal import schema

    assert row == ("shop-1", "test", len(schema.MIGRATIONS), True)


def test_the_same_rows_pushed_twice_change_nothing(tmp_path: Path, chain_db: ChainDb) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        run_shift(journal, sales=3)

    class Crash(Exception):
        pass

    def crash(batch: Batch) -> None:
        raise Crash  # the counter dies after the central COMMIT, before the local cursor

    crashing = Pusher(path, chain_db.config, chain_db.password, after_central_commit=crash)
    with pytest.raises(Crash):
        crashing.push_batch()
    crashing.close()
    waiting = len(outbox(path))
    assert waiting > 0  # the cursor did not move
    first = {table: central_rows(chain_db, table) for table in PUSHED_KEYS}
    assert_mirrored(chain_db, path)
    pusher = Pusher(path, chain_db.config, chain_db.password)
    assert pusher.push_all() == waiting
    assert {table: central_rows(chain_db, table) for table in PUSHED_KEYS} == first
    # Every row enqueued again and pushed a third time: still the same.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO outbox (tbl, k1, k2, k3) SELECT 'sales', reference, NULL, NULL FROM sales"
    )
    conn.close()
    assert pusher.push_all() > 0
    pusher.close()
    assert {table: central_rows(chain_db, table) for table in PUSHED_KEYS} == first
    with chain_db.connect() as conn:
        (count,) = conn.execute("SELECT count(*) FROM c_sales").fetchone()
    assert count == 4  # 3 sales and a top-up


def test_an_older_counter_keeps_pushing_after_a_central_migration(
    tmp_path: Path, chain_db: ChainDb
) -> None:
    # The chain moves on: a newer program adds a column and a table (additive, same major).
    newer = [
        *MIGRATIONS,
        (
            "ALTER TABLE c_sales ADD COLUMN loyalty_points bigint",
            "CREATE TABLE c_gift_cards (counter text NOT NULL, code text NOT NULL, "
            "PRIMARY KEY (counter, code))",
        ),
    ]
    with chain_db.connect(autocommit=True) as conn:
        migrate(conn, newer)
    # This counter runs the older program, and its journal lacks a column the central
    # sales table has (as if written before a local migration added it).
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        run_shift(journal, sales=2)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX sales_handback")
    conn.execute("ALTER TABLE sales DROP COLUMN handback_at")
    conn.close()
    pusher = Pusher(path, chain_db.config, chain_db.password)
    assert pusher.push_all() > 0
    pusher.close()
    with chain_db.connect() as conn:
        rows = conn.execute(
            "SELECT count(*), count(loyalty_points), count(handback_at) FROM c_sales"
        ).fetchone()
    assert rows == (3, 0, 0)  # 2 sales and a top-up
    assert_mirrored_sales = central_rows(chain_db, "sales")
    assert len(assert_mirrored_sales) == 3


def test_a_newer_major_is_refused_with_a_clear_message(tmp_path: Path, chain_db: ChainDb) -> None:
    with chain_db.connect(autocommit=True) as conn:
        conn.execute("UPDATE chain_schema SET major = major + 1")
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        run_shift(journal, sales=2)
    pusher = Pusher(path, chain_db.config, chain_db.password)
    from app.chain.migrations import ChainSchemaError

    with pytest.raises(ChainSchemaError, match="Install the newer version"):
        pusher.push_batch()
    pusher.close()
    assert len(outbox(path)) > 0


def test_an_unreachable_server_leaves_the_outbox_alone(tmp_path: Path, chain_db: ChainDb) -> None:
    import dataclasses

    from tests.chain.pg_server import free_port

    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        run_shift(journal, sales=2)
    before = outbox(path)
    gone = dataclasses.replace(chain_db.config, port=free_port())
    pusher = Pusher(path, gone, chain_db.password, timeout_s=1)
    with pytest.raises(ChainUnavailable):
        pusher.push_batch()
    pusher.close()
    assert outbox(path) == before


def test_every_local_column_of_a_pushed_table_has_a_central_column(
    tmp_path: Path, chain_db: ChainDb
) -> None:
    """A new local column needs an additive central migration, or it is never pushed."""
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    conn = sqlite3.connect(path)
    local = {
        table: {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for table in PUSHED_KEYS
    }
    conn.close()
    with chain_db.connect() as pg:
        central: dict[str, set[str]] = {}
        for table, column in pg.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_name LIKE 'c\\_%%'"
        ):
            central.setdefault(table[2:], set()).add(column)
    for table, columns in local.items():
        missing = columns - central[table] - {"pin_hash"}
        assert not missing, f"c_{table} lacks {sorted(missing)}: add a central migration"


def wait_for(condition: Any, timeout: float = 15.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    from app.chain.sync import backoff_s

    for failures in range(1, 12):
        ceiling = min(60.0, 1.0 * 2 ** (failures - 1))
        delays = {backoff_s(failures) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays), failures
        assert len(delays) > 1  # jittered: counters cut off together do not return together
    assert max(backoff_s(40) for _ in range(50)) <= 60.0
