"""Central migrations: versioned, under an advisory lock, additive within a major."""

from __future__ import annotations

import threading
from typing import Any

import psycopg
import pytest

from app.chain.connection import ChainUnavailable
from app.chain.migrations import (
    MAJOR,
    MIGRATIONS,
    ChainSchemaError,
    check_compatible,
    migrate,
    read_version,
)
from tests.chain.fixtures import ChainDb
from tests.chain.pg_server import PgServer


def test_init_creates_the_schema_and_a_second_run_changes_nothing(empty_chain_db: ChainDb) -> None:
    with empty_chain_db.connect(autocommit=True) as conn:
        assert read_version(conn) == (0, 0)
        assert migrate(conn) == (0, 0)
        assert read_version(conn) == (MAJOR, len(MIGRATIONS))
        assert migrate(conn) == (MAJOR, len(MIGRATIONS))
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        }
    assert {"counters", "c_sales", "c_esims", "c_payments", "c_refunds"} <= tables


def test_money_columns_are_numeric_never_float(chain_db: ChainDb) -> None:
    with chain_db.connect() as conn:
        kinds = {
            row[0]
            for row in conn.execute(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name LIKE 'c\\_%%'"
            )
        }
        money = conn.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_name = 'c_sales' AND column_name = 'retail_gross'"
        ).fetchone()
    assert not kinds & {"real", "double precision", "money"}
    assert money == ("numeric",)


def test_two_counters_initialising_at_once_migrate_once(empty_chain_db: ChainDb) -> None:
    results: list[Any] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def run() -> None:
        try:
            with empty_chain_db.connect(autocommit=True) as conn:
                barrier.wait()
                results.append(migrate(conn))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    # Exactly one found the database empty; the others waited and found it done.
    assert sorted(results) == [(0, 0)] + [(MAJOR, len(MIGRATIONS))] * 3


def test_a_failing_migration_leaves_the_database_as_it_was(chain_db: ChainDb) -> None:
    broken = [*MIGRATIONS, ("ALTER TABLE c_sales ADD COLUMN extra text", "SELECT nonsense()")]
    with chain_db.connect(autocommit=True) as conn:
        with pytest.raises(psycopg.Error):
            migrate(conn, broken)
        assert read_version(conn) == (MAJOR, len(MIGRATIONS))
        assert (
            conn.execute(
                "SELECT 1 FROM information_schema.columns "
                "WHERE table_name = 'c_sales' AND column_name = 'extra'"
            ).fetchone()
            is None
        )


def test_a_newer_major_is_refused_a_newer_minor_is_not() -> None:
    check_compatible((MAJOR, len(MIGRATIONS) + 5))
    with pytest.raises(ChainSchemaError, match="newer eSIM Counter"):
        check_compatible((MAJOR + 1, 1))
    with pytest.raises(ChainSchemaError, match="chain init"):
        check_compatible((0, 0))


def test_an_older_program_does_not_lower_a_newer_schema(chain_db: ChainDb) -> None:
    newer = [*MIGRATIONS, ("ALTER TABLE c_sales ADD COLUMN loyalty_points bigint",)]
    with chain_db.connect(autocommit=True) as conn:
        migrate(conn, newer)
        assert migrate(conn) == (MAJOR, len(newer))
        assert read_version(conn) == (MAJOR, len(newer))


def test_a_private_server_stops_and_starts(private_pg: PgServer) -> None:
    db: ChainDb = private_pg.db
    with db.connect() as conn:
        conn.execute("SELECT 1")
    private_pg.stop()
    with pytest.raises(ChainUnavailable) as caught:
        db.connect(timeout_s=2)
    assert caught.value.reason == "unreachable"
    private_pg.start()
    with db.connect() as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
