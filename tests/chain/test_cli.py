"""``esim-counter chain init|status|push`` against a real PostgreSQL: the password from
the environment, never from argv."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.chain.cli import main
from app.chain.config import PASSWORD_ENV
from app.chain.migrations import MAJOR, MIGRATIONS
from app.journal import Journal
from tests.chain.fixtures import ChainDb
from tests.chain.shift_script import run_shift

ROOT = Path(__file__).resolve().parents[2]


def _options(db: ChainDb) -> list[str]:
    c = db.config
    return [
        f"--host={c.host}",
        f"--port={c.port}",
        f"--dbname={c.dbname}",
        f"--user={c.user}",
        "--sslmode=disable",
        "--shop=Airport",
        "--counter=desk-9",
    ]


def test_init_status_push(
    empty_chain_db: ChainDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, empty_chain_db.password.reveal())
    options = _options(empty_chain_db)
    assert main(["init", *options], {}) == 0
    assert f"CHAIN schema={MAJOR}.{len(MIGRATIONS)} was=0.0" in capsys.readouterr().out
    assert main(["init", *options], {}) == 0
    assert f"was={MAJOR}.{len(MIGRATIONS)}" in capsys.readouterr().out
    journal = tmp_path / "journal.sqlite3"
    with Journal(journal) as opened:
        run_shift(opened, sales=2)
    assert main(["push", *options, f"--journal={journal}"], {}) == 0
    out = capsys.readouterr().out
    assert out.startswith("PUSHED entries=") and out.strip().endswith("waiting=0")
    # Pointed at a new chain database, --all pushes the whole history there.
    with empty_chain_db.admin() as admin:
        admin.execute("TRUNCATE c_sales, c_esims, c_payments")
    assert main(["push", "--all", *options, f"--journal={journal}"], {}) == 0
    capsys.readouterr()
    with empty_chain_db.connect() as conn:
        assert conn.execute("SELECT count(*) FROM c_sales").fetchone() == (2,)
    assert main(["status", *options, f"--journal={journal}"], {}) == 0
    out = capsys.readouterr().out
    assert "counter=desk-9 waiting=0" in out and "COUNTER desk-9 shop=Airport" in out


def test_a_wrong_password_is_one_sentence(
    chain_db: ChainDb, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "wrong-password-0815")
    assert main(["init", *_options(chain_db)], {}) == 1
    err = capsys.readouterr().err
    assert "password" in err and "wrong-password-0815" not in err
    assert "Traceback" not in err


def test_missing_settings_say_what_to_fill_in(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status"], {}) == 1
    assert "Settings › Chain lacks the host, dbname, user, shop, counter" in capsys.readouterr().err


def test_the_entry_point_reads_the_counters_settings_without_a_window(
    empty_chain_db: ChainDb, tmp_path: Path
) -> None:
    """`esim-counter chain init` with no options: the connection from Settings › Chain (the
    QSettings file the window writes), the password from the environment."""
    c = empty_chain_db.config
    folder = tmp_path / "config" / "eSIM Counter"
    folder.mkdir(parents=True)
    (folder / "eSIM Counter.conf").write_text(
        "[chain]\nenabled=true\n"
        f"host={c.host}\nport={c.port}\ndbname={c.dbname}\nuser={c.user}\n"
        "sslmode=disable\nshop=Airport\ncounter=desk-9\n"
    )
    env = {
        **os.environ,
        PASSWORD_ENV: empty_chain_db.password.reveal(),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    code = "import sys; from app.main import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "chain", "init"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"CHAIN schema={MAJOR}.{len(MIGRATIONS)} was=0.0")
