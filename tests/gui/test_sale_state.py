"""The sale's state has one home: SaleFlow owns the busy state and the unfinished sales;
the sell panel and the pending list only show them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import countries
from app.core.plans import ProviderId
from app.counter import Counter
from app.journal import Journal
from app.sandbox import Fault
from app.training import training_setup
from app.ui.app import configure
from app.ui.main_window import MainWindow
from app.ui.pending_list import REF_ROLE
from app.ui.sale_state import SaleResult

from .clerk import find_by_keyboard, pick_plan_by_keyboard, row_of, sell_by_keyboard, wait_outcome
from .conftest import FAST_CONFIG, Shop


def test_the_flow_owns_the_busy_state_the_panel_shows_it(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    assert not hasattr(window.sell_panel, "busy")
    find_by_keyboard(qtbot, window, "germ")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.OCTOPUS))
    shop.sandbox.inject(Fault(kind="delay", provider="octopus", method="POST", seconds=1.0))
    sell_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: window.flow.busy)
    assert not window.sell_panel.sell_button.isEnabled()
    assert wait_outcome(qtbot, window) == SaleResult.SOLD
    assert not window.flow.busy
    assert window.sell_panel.outcome.property("kind") == SaleResult.SOLD.value


def test_an_unknown_sale_is_kept_by_the_flow_and_shown_in_the_list(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "germ")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.ESIMFLY))
    shop.sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST", when="after"))
    sell_by_keyboard(qtbot, window)
    assert wait_outcome(qtbot, window) == SaleResult.UNKNOWN
    (order,) = window.flow.pending.values()
    assert window.pending.list.count() == 1
    assert window.pending.list.item(0).data(REF_ROLE) == order.reference


@pytest.fixture
def three_left_unresolved(tmp_path: Path) -> Iterator[Counter]:
    setup = training_setup(FAST_CONFIG)
    journal = Journal(tmp_path / "journal.sqlite3")
    counter = Counter(setup.providers, journal, training=True, clerk="test")
    plan = counter.plans(countries.country("DE"))[0]
    for _ in range(3):
        counter.begin_sale(plan)  # journalled, never sent: a crash right after
    yield counter
    journal.close()
    setup.close()


def test_start_up_reconciliation_asks_for_the_balances_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, three_left_unresolved: Counter
) -> None:
    configure(qapp)
    counter = three_left_unresolved
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda *_: counter, settings, training=True, full_screen_display=False, display_timeout=0
    )
    # The counter opens in a worker: this spy is connected before any sale is resolved.
    refreshes: list[object] = []
    window.flow.sale_done.connect(refreshes.append)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=10000)
    qtbot.waitUntil(lambda: not counter.journal.unresolved(), timeout=10000)
    qtbot.waitUntil(lambda: window.runner.outstanding() == 0, timeout=10000)
    # Three sales resolved at start-up, one "sales done" (a balance refresh); it was three.
    assert len(refreshes) == 1
    window.close()
