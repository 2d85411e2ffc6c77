"""The headless ``till`` commands against the sandbox served on 127.0.0.1: open, pay-out,
sell, X, Z; each a separate run on the same journal file, as a script would."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from app import headless
from app.journal import Journal
from app.sandbox import Sandbox, SandboxConfig, serve


@pytest.fixture
def url() -> Iterator[str]:
    sandbox = Sandbox(SandboxConfig(clock_scale=0.001, balance=Decimal("1000.00"), seed=15))
    with serve(sandbox, host="127.0.0.1", port=0) as handle:
        yield handle.url


def _run(capsys: pytest.CaptureFixture[str], journal: Path, url: str, *words: str) -> str:
    base = ["--journal", str(journal), "--sandbox-url", url, "--clerk", "ana"]
    assert headless.main([*base, *words]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_a_shift_from_the_command_line(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal.sqlite3"
    assert _run(capsys, journal, url, "till", "open", "--float", "100.00").startswith(
        "SHIFT OPEN number=1 float=100.00 USD"
    )
    _run(capsys, journal, url, "till", "payout", "5.00", "--reason", "Printer paper")
    plans = _run(capsys, journal, url, "--provider", "esimfly", "list-plans", "--destination", "DE")
    plan_id = plans.splitlines()[0].split("\t")[1].removeprefix("id=")
    # headless's "shift" sells as a till does: at the list price, paid in cash.
    sold = _run(capsys, journal, url, "--provider", "esimfly", "shift", "--destination", "DE",
                "--plan-id", plan_id, "--count", "1")  # fmt: skip
    assert "SALE DELIVERED" in sold
    x = _run(capsys, journal, url, "till", "x")
    assert x.startswith("REPORT X shift=1 z=- sales=1")
    with Journal(journal) as opened:
        (sale,) = opened.search()
        assert sale.payment is not None and sale.payment.cash_part is not None
        expected = Decimal("95.00") + sale.payment.cash_part.amount
    z = _run(capsys, journal, url, "till", "close", "--counted", str(expected))
    assert f"expected={expected} counted={expected} difference=0" in z.splitlines()[0]
    assert z.startswith("REPORT Z shift=1 z=1 ")
    assert "PROVIDER esimfly" in z and "difference=0" in z.splitlines()[1]
