"""pytest fixtures for a real PostgreSQL (registered for every test folder in
tests/conftest.py, so K16's and U16's tests use them too).

- ``pg_server`` (session): the running test cluster (:class:`tests.chain.pg_server.PgServer`).
- ``chain_db``: a fresh database with the central schema migrated, owned by the login role
  ``counter``; ``chain_db.config`` is a :class:`ChainConfig` for it (TLS off: 127.0.0.1)
  and ``chain_db.password`` that role's password (a ``Secret``).
- ``empty_chain_db``: the same, with no schema (for ``chain init`` and migration tests).
- ``make_chain_db(migrated=True)``: more databases in one test.
- ``private_pg``: a server of the test's own (a copy of the session's seed), for tests that
  ``stop()`` and ``start()`` it to cut the link; its ``chain_db``-like database is
  ``private_pg.db``.

No PostgreSQL installed: these fixtures skip, except with ``CI`` set, where they fail.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from app.chain.config import ChainConfig
from app.chain.connection import connect
from app.chain.migrations import migrate
from app.core.secret import Secret
from tests.chain.pg_server import APT, PgServer, find_bindir

ROLE = "counter"
TEMPLATE = "chain_template"
_names = itertools.count(1)


@dataclass
class ChainDb:
    server: PgServer
    dbname: str
    config: ChainConfig
    password: Secret

    def connect(self, **kwargs: Any) -> psycopg.Connection[Any]:
        return connect(self.config, self.password, **kwargs)

    def for_counter(self, counter: str, shop: str = "shop-1") -> ChainConfig:
        return dataclasses.replace(self.config, counter=counter, shop=shop)

    def admin(self) -> psycopg.Connection[Any]:
        """The superuser on this database (over the socket), autocommit."""
        return psycopg.connect(self.server.admin_conninfo(self.dbname), autocommit=True)


def _role_password(server: PgServer) -> Secret:
    return Secret("counter-" + server.password)


def _seed(server: PgServer) -> None:
    """The login role and a migrated template database."""
    password = _role_password(server)
    with psycopg.connect(server.admin_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{password.reveal()}'")
        conn.execute(f"CREATE DATABASE {TEMPLATE} OWNER {ROLE}")
    config = ChainConfig(
        host=server.host,
        port=server.port,
        dbname=TEMPLATE,
        user=ROLE,
        shop="shop-1",
        counter="counter-1",
        sslmode="disable",
    )
    with connect(config, password, autocommit=True) as conn:
        migrate(conn)


@pytest.fixture(scope="session")
def pg_seed() -> Iterator[PgServer]:
    """A stopped cluster with the role and template, to copy servers from."""
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL: {APT}")
        pytest.skip(f"PostgreSQL is not installed ({APT}); CI runs this test")
    seed = PgServer(bindir).init()
    seed.start()
    try:
        _seed(seed)
    finally:
        seed.stop()
    yield seed
    seed.destroy()


@pytest.fixture(scope="session")
def pg_server(pg_seed: PgServer) -> Iterator[PgServer]:
    server = pg_seed.clone()
    server.start()
    yield server
    server.destroy()


def _create(server: PgServer, migrated: bool) -> ChainDb:
    name = f"t{os.getpid()}_{next(_names)}"
    template = TEMPLATE if migrated else "template0"
    with psycopg.connect(server.admin_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template} OWNER {ROLE}")
    config = ChainConfig(
        host=server.host,
        port=server.port,
        dbname=name,
        user=ROLE,
        shop="shop-1",
        counter="counter-1",
        sslmode="disable",
    )
    return ChainDb(server, name, config, _role_password(server))


def _drop(db: ChainDb) -> None:
    if not db.server.running:
        return
    with psycopg.connect(db.server.admin_conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {db.dbname} WITH (FORCE)")


@pytest.fixture
def make_chain_db(pg_server: PgServer) -> Iterator[Callable[..., ChainDb]]:
    made: list[ChainDb] = []

    def make(migrated: bool = True) -> ChainDb:
        db = _create(pg_server, migrated)
        made.append(db)
        return db

    yield make
    for db in made:
        _drop(db)


@pytest.fixture
def chain_db(make_chain_db: Callable[..., ChainDb]) -> ChainDb:
    return make_chain_db(True)


@pytest.fixture
def empty_chain_db(make_chain_db: Callable[..., ChainDb]) -> ChainDb:
    return make_chain_db(False)


@pytest.fixture
def private_pg(pg_seed: PgServer) -> Iterator[PgServer]:
    """A running server of this test's own, with a migrated database at ``.db``."""
    server = pg_seed.clone()
    server.start()
    server.db = _create(server, True)
    yield server
    server.destroy()
