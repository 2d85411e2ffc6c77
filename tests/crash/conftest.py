"""Crash tests: a real counter process (``python -m app.headless``) killed with SIGKILL.

The sandbox runs in the test process and is served over real HTTP on 127.0.0.1, so it
outlives every counter process the tests kill; the journal is a file under ``tmp_path``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from app.sandbox import Sandbox, SandboxConfig, serve

ROOT = Path(__file__).resolve().parents[2]
#: Longest any one counter process may take (start-up, catalogue, sale, reconcile).
PROCESS_TIMEOUT_S = 30.0

_SALE = re.compile(
    r"SALE (?P<status>[A-Z]+) reference=(?P<reference>\S+) provider=(?P<provider>\S+) "
    r"order=(?P<order>\S+) iccid=(?P<iccid>\S+) code=(?P<code>\S+)"
)


@dataclass(frozen=True)
class SaleLine:
    """One ``SALE ...`` line printed by the headless counter; ``-`` read as None."""

    status: str
    reference: str
    provider: str
    order: str | None
    iccid: str | None
    code: str | None


def sale_lines(stdout: str) -> list[SaleLine]:
    found = []
    for line in stdout.splitlines():
        match = _SALE.fullmatch(line)
        assert match, f"not a sale line: {line!r}"
        status, reference, provider, *rest = match.groups()
        order, iccid, code = (None if value == "-" else value for value in rest)
        found.append(SaleLine(status, reference, provider, order, iccid, code))
    return found


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` every few milliseconds until it holds; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.005)


@dataclass(frozen=True)
class Headless:
    """How to start ``python -m app.headless`` against this test's sandbox and journal."""

    url: str
    journal: Path

    def command(self, *args: str, provider: str | None = None) -> list[str]:
        base = [sys.executable, "-m", "app.headless", "--journal", str(self.journal)]
        base += ["--sandbox-url", self.url]
        if provider is not None:
            base += ["--provider", provider]
        return [*base, *args]

    def run(self, *args: str, provider: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args, provider=provider),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=PROCESS_TIMEOUT_S,
            check=False,
        )

    def popen(self, *args: str, provider: str | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*args, provider=provider),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(clock_scale=0.001, balance=Decimal("1000.00")))


@pytest.fixture
def server_url(sandbox: Sandbox) -> Iterator[str]:
    with serve(sandbox, host="127.0.0.1", port=0) as handle:
        yield handle.url


@pytest.fixture
def headless(server_url: str, tmp_path: Path) -> Headless:
    return Headless(server_url, tmp_path / "journal.sqlite3")
