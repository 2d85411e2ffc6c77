"""TLS end to end: a server with a certificate from a test CA; the counter verifies it
(verify-full) against that CA file, and refuses it against the system trust store."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import pytest

from app.chain.connection import ChainUnavailable, connect
from tests.chain.fixtures import ChainDb
from tests.chain.pg_server import PgServer

SAN = "subjectAltName=DNS:localhost,IP:127.0.0.1"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _certificates(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test CA",
        "-keyout", "ca.key", "-out", "ca.pem", cwd=folder,
    )  # fmt: skip
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-addext", SAN,
        "-keyout", "server.key", "-out", "server.csr", cwd=folder,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-copy_extensions", "copy", "-out", "server.pem",
        cwd=folder,
    )  # fmt: skip


@pytest.fixture
def tls_pg(private_pg: PgServer) -> PgServer:
    folder = private_pg.root / "tls"
    _certificates(folder)
    os.chmod(folder / "server.key", 0o600)
    private_pg.chown()
    private_pg.stop()
    private_pg.options = (
        f"-c ssl=on -c ssl_cert_file={folder / 'server.pem'} "
        f"-c ssl_key_file={folder / 'server.key'}"
    )
    private_pg.start()
    return private_pg


def test_verify_full_against_the_ca_file_works_end_to_end(tls_pg: PgServer) -> None:
    db: ChainDb = tls_pg.db
    ca = str(tls_pg.root / "tls" / "ca.pem")
    for host in ("localhost", "127.0.0.1"):
        config = dataclasses.replace(db.config, host=host, sslmode="verify-full", sslrootcert=ca)
        with connect(config, db.password) as conn:
            row = conn.execute(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).fetchone()
        assert row is not None and row[0] is True and str(row[1]).startswith("TLS")


def test_the_default_refuses_a_certificate_the_system_does_not_trust(tls_pg: PgServer) -> None:
    db: ChainDb = tls_pg.db
    # The default config: verify-full against the system trust store.
    config = dataclasses.replace(db.config, sslmode="verify-full", sslrootcert="system")
    with pytest.raises(ChainUnavailable) as caught:
        connect(config, db.password)
    assert caught.value.reason == "tls"
    assert "certificate" in str(caught.value)
