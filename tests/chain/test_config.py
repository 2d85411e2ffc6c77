"""ChainConfig: settings in and out, TLS by default, the password never a setting."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from app import settings_schema as schema
from app.chain.config import ChainConfig
from app.chain.connection import ChainUnavailable, connect
from app.core.secret import Secret
from tests.chain.fixtures import ChainDb

CONFIG = ChainConfig(
    host="db.example.com", dbname="chain", user="kiosk", shop="Main St", counter="desk-1"
)


def test_default_conninfo_verifies_the_server_against_the_system_trust_store() -> None:
    params = CONFIG.conninfo()
    assert params["sslmode"] == "verify-full"
    assert params["sslrootcert"] == "system"
    assert "password" not in params
    # libpq >= 16 knows sslrootcert=system; psycopg's bundled one must be that new.
    assert psycopg.pq.version() >= 160000
    info = psycopg.conninfo.conninfo_to_dict(make_conninfo("", **params))
    assert info["sslmode"] == "verify-full"


def test_settings_round_trip_without_the_password() -> None:
    stored = CONFIG.settings()
    assert ChainConfig.load(stored) == CONFIG
    assert not any("password" in key for key in stored)
    assert all(key.startswith("chain/") for key in stored)
    assert {setting.key for setting in schema.ALL} >= set(stored)


def test_not_joined_or_incomplete_loads_as_none() -> None:
    assert ChainConfig.load({}) is None
    assert ChainConfig.load(CONFIG.settings(enabled=False)) is None
    half = CONFIG.settings() | {"chain/host": ""}
    assert ChainConfig.load(half) is None


def test_connects_with_the_password(chain_db: ChainDb) -> None:
    with connect(chain_db.config, chain_db.password) as conn:
        row = conn.execute(
            "SELECT current_user, application_name FROM pg_stat_activity "
            "WHERE pid = pg_backend_pid()"
        ).fetchone()
    assert row == ("counter", "esim-counter/counter-1")


def test_a_wrong_password_is_a_clear_error_without_the_password(chain_db: ChainDb) -> None:
    wrong = Secret("not-the-password-4711")
    with pytest.raises(ChainUnavailable) as caught:
        connect(chain_db.config, wrong)
    assert caught.value.reason == "password"
    assert "not-the-password-4711" not in str(caught.value)
    assert chain_db.config.describe() in str(caught.value)


def test_an_unreachable_server_is_a_clear_error(chain_db: ChainDb) -> None:
    import dataclasses

    from tests.chain.pg_server import free_port

    gone = dataclasses.replace(chain_db.config, port=free_port())
    with pytest.raises(ChainUnavailable) as caught:
        connect(gone, chain_db.password, timeout_s=2)
    assert caught.value.reason == "unreachable"
    assert "keeps selling" in str(caught.value)
