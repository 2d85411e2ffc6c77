"""The chain's sync indicator (issue 16) in a real window joined to the real PostgreSQL
fixture: in sync, offline while the server is stopped (the sale still goes through, the
rows wait), in sync again once it is back; a click pushes now. "Behind" and the texts
with their plural and time are checked on the indicator itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.chain.status import SyncState, SyncStatus
from app.core.secret import Secret
from app.journal import Journal
from app.secrets import SecretName, SecretStore
from app.startup import open_counter
from app.ui import chain_tasks
from app.ui.app import configure
from app.ui.main_window import MainWindow
from app.ui.runner import Runner
from app.ui.sync_indicator import SyncIndicator
from tests.chain.pg_server import PgServer
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from .clerk import find_by_keyboard, pick_plan_by_keyboard, sell_by_keyboard, wait_outcome

WAIT = 20000


@dataclass
class Joined:
    window: MainWindow
    journal: Journal
    server: PgServer


@pytest.fixture
def fast_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    # The push loop looks every 0.1 s and retries within half a second (not minutes).
    monkeypatch.setattr(
        chain_tasks, "SYNC_OPTIONS", {"interval_s": 0.1, "base_s": 0.1, "cap_s": 0.5}
    )


def make_joined(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: PgServer, counter: str = "desk-1"
) -> Joined:
    configure(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    db = server.db
    for key, value in db.for_counter(counter, shop="Airport").settings().items():
        settings.setValue(key, value)
    keyring = MemoryKeyring()
    store = SecretStore(keyring, allowed=TEST_ALLOWED)
    store.store(SecretName.CHAIN_PASSWORD, Secret(db.password.reveal()))
    journal = Journal(tmp_path / "journal.sqlite3")

    def factory(values: dict[str, object], _journal: object) -> object:
        return open_counter(values, journal=journal, store=store)

    window = MainWindow(
        factory,
        settings,
        training=True,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
        store=store,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    window.chain.indicator.timer.setInterval(100)
    return Joined(window, journal, server)


@pytest.fixture
def joined(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, private_pg: PgServer, fast_sync: None
) -> Iterator[Joined]:
    made = make_joined(qtbot, qapp, tmp_path, private_pg)
    yield made
    if made.window.flow.display is not None:
        made.window.flow.display.close()
    made.window.close()
    made.journal.close()


def _state(joined: Joined) -> SyncState | None:
    status = joined.window.chain.indicator.status
    return None if status is None else status.state


def _central_sales(joined: Joined) -> int:
    with joined.server.db.admin() as conn:
        return int(conn.execute("SELECT count(*) FROM c_sales").fetchone()[0])


def test_in_sync_offline_and_back(qtbot: QtBot, joined: Joined) -> None:
    indicator = joined.window.chain.indicator
    qtbot.waitUntil(lambda: _state(joined) is SyncState.IN_SYNC, timeout=WAIT)
    assert indicator.isVisible()
    assert indicator.text() == "Chain: in sync"
    assert indicator.accessibleName() == "Chain sync"

    joined.server.stop()
    window = joined.window
    find_by_keyboard(qtbot, window, "JP")
    pick_plan_by_keyboard(qtbot, window, 0)
    sell_by_keyboard(qtbot, window)
    wait_outcome(qtbot, window)  # the sale goes through with the chain's server down
    qtbot.waitUntil(
        lambda: _state(joined) is SyncState.OFFLINE and indicator.status.waiting > 0,
        timeout=WAIT,
    )
    waiting = indicator.status.waiting
    assert indicator.text().startswith("Offline — selling on; ")
    assert f"{waiting} row" in indicator.text()
    assert "cannot be reached" in indicator.toolTip() or "Last problem" in indicator.toolTip()

    joined.server.start()
    indicator.click()  # pushes now, whatever the backoff
    qtbot.waitUntil(lambda: _state(joined) is SyncState.IN_SYNC, timeout=WAIT)
    assert _central_sales(joined) == 1
    assert "Last push" in indicator.toolTip()


def test_the_indicator_is_hidden_in_no_chain(qtbot: QtBot, qapp: QApplication) -> None:
    runner = Runner()
    indicator = SyncIndicator(runner)
    qtbot.addWidget(indicator)
    indicator.show()
    indicator.follow(lambda: SyncStatus(SyncState.OFF))
    qtbot.waitUntil(lambda: indicator.status is not None)
    assert not indicator.isVisible()
    indicator.follow(None)
    assert not indicator.isVisible()
    runner.shutdown()


def test_behind_and_offline_say_how_many_rows_wait(qtbot: QtBot, qapp: QApplication) -> None:
    runner = Runner()
    indicator = SyncIndicator(runner)
    qtbot.addWidget(indicator)
    indicator.show()
    pushed = datetime.now(UTC) - timedelta(minutes=3)
    copied = datetime.now(UTC).replace(hour=9, minute=14)
    behind = SyncStatus(SyncState.BEHIND, waiting=12, last_push_at=pushed)
    with qtbot.waitSignal(indicator.shown_status, timeout=WAIT):
        indicator.follow(lambda: behind)
    assert indicator.isVisible()
    # ("row(s)" until the lead's English translation gives the plural its forms.)
    assert re.fullmatch(r"Chain: 12 row(s|\(s\)) waiting", indicator.text())
    assert indicator.accessibleDescription() == indicator.text()
    assert "Last push: " in indicator.toolTip()

    indicator.show_status(SyncStatus(SyncState.BEHIND))  # before the loop's first count
    assert indicator.text() == "Chain: checking…"
    one = SyncStatus(SyncState.BEHIND, waiting=1)
    indicator.show_status(one)
    assert re.fullmatch(r"Chain: 1 row(\(s\))? waiting", indicator.text())

    offline = SyncStatus(
        SyncState.OFFLINE,
        waiting=12,
        last_error="The chain's database cannot be reached.",
        central_copy_at=copied,
    )
    indicator.show_status(offline)
    local = copied.astimezone().strftime("%H:%M").lstrip("0")
    assert re.match(
        r"Offline — selling on; 12 row(s|\(s\)) waiting; prices from ", indicator.text()
    )
    assert indicator.text().endswith(local) or local in indicator.text()
    assert "Last problem: The chain's database cannot be reached." in indicator.toolTip()
    assert "Nothing pushed yet." in indicator.toolTip()

    clicked: list[bool] = []
    indicator.push_requested.connect(lambda: clicked.append(True))
    indicator.setFocus()
    qtbot.keyClick(indicator, Qt.Key.Key_Space)
    assert clicked == [True]
    indicator.follow(None)
    runner.shutdown()


def test_quitting_in_sync_signs_off_so_no_other_counter_waits(qtbot: QtBot, joined: Joined) -> None:
    """Another counter's lost eSIMfly sale waits for every live counter to catch up
    (docs/decisions.md, "Matches wait for the live counters"); a window that quits in
    sync says it has nothing in flight, so nobody waits for a counter that is off."""
    window = joined.window
    qtbot.waitUntil(lambda: _state(joined) is SyncState.IN_SYNC, timeout=WAIT)
    find_by_keyboard(qtbot, window, "JP")
    pick_plan_by_keyboard(qtbot, window, 0)
    sell_by_keyboard(qtbot, window)
    wait_outcome(qtbot, window)
    if window.flow.display is not None:
        window.flow.display.close()
    window.close()  # in sync or behind: it pushes what is left, then signs off
    assert _central_sales(joined) == 1
    with joined.server.db.admin() as conn:
        row = conn.execute(
            "SELECT caught_up_from::text FROM counters WHERE counter = 'desk-1'"
        ).fetchone()
    assert row is not None and row[0] == "infinity"
