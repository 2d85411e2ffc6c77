"""A sale written is on disk when the call returns, and survives the program being killed."""

from __future__ import annotations

import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.orders import OrderStatus
from app.journal import Journal

from .factories import ICCID, LPA, esimfly_plan, order, raw_db

REPO = Path(__file__).resolve().parents[2]


def test_submitting_is_committed_before_the_call_returns(
    journal: Journal, journal_path: Path
) -> None:
    sale = order()
    journal.record_submitting(sale)
    # A separate connection sees only committed data; nothing else is called in between.
    with raw_db(journal_path) as other:
        row = other.execute(
            "SELECT status, price_amount FROM sales WHERE reference = ?", (sale.reference,)
        ).fetchone()
    assert row == ("SUBMITTING", "2.72")


# The child is killed with SIGKILL (no atexit, no finally, no close) at three moments:
# after a SUBMITTING sale, after a delivered outcome, and inside an open transaction.
_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from app.core.orders import OrderStatus
    from app.journal import Journal
    from tests.journal.factories import delivered, order

    path, first, second = sys.argv[1:]
    journal = Journal(path)
    journal.record_submitting(order(reference=first))
    sale = order(reference=second)
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale))
    print("written", flush=True)
    with journal._db.write() as conn:
        conn.execute("UPDATE sales SET status = 'FAILED'")
        conn.execute("DELETE FROM esims")
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        os._exit(1)
    """
)


def test_sales_survive_the_program_being_killed(journal_path: Path) -> None:
    references = ["crash-first", "crash-second"]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(journal_path), *references],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip() == "written", done.stderr
    if hasattr(signal, "SIGKILL"):
        assert done.returncode == -signal.SIGKILL

    with Journal(journal_path) as journal:
        first = journal.get("crash-first")
        second = journal.get("crash-second")
        assert first is not None
        assert first.status is OrderStatus.SUBMITTING
        # The transaction open at the kill is gone; what was committed before is whole.
        assert second is not None
        assert second.status is OrderStatus.DELIVERED
        assert second.esims[0].iccid == ICCID
        assert second.esims[0].activation is not None
        assert second.esims[0].activation.text == LPA
        # And the journal takes new sales: no lock or damage was left behind.
        journal.record_submitting(order())
        assert journal.count() == 3
    with raw_db(journal_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_journal_is_readable_by_its_user_only(tmp_path: Path) -> None:
    path = tmp_path / "shop" / "journal.sqlite3"
    with Journal(path) as journal:
        journal.record_submitting(order(esimfly_plan()))
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
    assert modes["journal.sqlite3"] == 0o600
    assert modes.get("journal.sqlite3-wal", 0o600) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
