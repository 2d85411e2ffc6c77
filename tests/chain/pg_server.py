"""A real PostgreSQL for the tests: its own cluster in a temporary directory.

Debian's binaries (``/usr/lib/postgresql/<major>/bin``) run as the ``postgres`` user when
the tests run as root (PostgreSQL refuses root). The server listens on 127.0.0.1 on a free
port, with its unix socket in its own directory, fsync off (a test cluster is thrown away).
Password authentication (scram) over TCP, as a counter meets it; ``trust`` on the socket
for the superuser the fixtures use to create databases.

:meth:`PgServer.stop` and :meth:`PgServer.start` cut and restore the link (the data stay).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

APT = "apt-get install postgresql"
SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL's bin directory, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """One throw-away cluster. ``password`` is the superuser's, for TCP logins."""

    def __init__(self, bindir: Path, root: Path | None = None) -> None:
        self.bindir = bindir
        self.root = Path(root or tempfile.mkdtemp(prefix="esim-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log = self.root / "server.log"
        self.port = free_port()
        self.host = "127.0.0.1"
        self.password = "pg-" + secrets.token_hex(12)
        self.user = SUPERUSER
        self._as_postgres = os.geteuid() == 0
        self.running = False
        self.db: Any = None  # the fixtures' database on a private server
        self.options = ""  # more server options (-c name=value ...), e.g. for TLS

    # -- running commands as the right user ------------------------------------------------
    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        env = {key: value for key, value in os.environ.items() if not key.startswith("PG")} | {
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
        }
        return subprocess.run(
            command, check=check, capture_output=True, text=True, env=env, timeout=120
        )

    def chown(self) -> None:
        if self._as_postgres:
            entry = pwd.getpwnam("postgres")
            for path in [self.root, *self.root.rglob("*")]:
                os.lchown(path, entry.pw_uid, entry.pw_gid)

    def init(self) -> PgServer:
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        self.chown()
        os.chmod(self.root, 0o700)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={pwfile}",
            "--no-sync",
        )
        pwfile.unlink()
        return self

    def clone(self) -> PgServer:
        """A second, stopped server with a copy of this one's data (faster than initdb).
        Copy only from a stopped server, or one with no writes under way."""
        other = PgServer(self.bindir)
        shutil.copytree(self.data, other.data, symlinks=True)
        for leftover in ("postmaster.pid", "postmaster.opts"):
            with contextlib.suppress(FileNotFoundError):
                (other.data / leftover).unlink()
        other.socket_dir.mkdir(parents=True, exist_ok=True)
        other.password = self.password
        other.chown()
        return other

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses={self.host} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=32MB"
        )
        if self.options:
            options += " " + self.options
        self._run(
            "pg_ctl",
            "start",
            "-w",
            "-t",
            "60",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
        )
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast`` ends sessions cleanly, ``immediate`` like a crash)."""
        self._run("pg_ctl", "stop", "-w", "-t", "60", "-m", mode, "-D", str(self.data))
        self.running = False

    def destroy(self) -> None:
        if self.running:
            with contextlib.suppress(subprocess.SubprocessError):
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- SQL as the superuser, over the unix socket ------------------------------------------
    def admin_conninfo(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={dbname}"

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""
