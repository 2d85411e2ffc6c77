"""Issue 17: the open customer display follows the install state and says "Installed ✓",
for both providers, the way a clerk sells: by keys, in training mode."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.install import FIRST_MINUTES_EVERY_S
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId
from app.counter import Counter
from app.journal import Journal
from app.training import training_setup
from app.ui.app import configure
from app.ui.main_window import MainWindow

from .clerk import find_by_keyboard, pick_plan_by_keyboard, row_of, sell_by_keyboard, wait_display
from .conftest import FAST_CONFIG, Shop

INSTALL_AFTER_S = 5.0  # sandbox seconds between delivery and the phone's download
SCALE = 0.01  # the provider's 30 s cadence becomes 300 ms
INTERVAL_MS = int(FIRST_MINUTES_EVERY_S * SCALE * 1000)
# One polling interval, plus what a worker thread and the in-process sandbox take.
WITHIN_MS = INTERVAL_MS + 3000


@contextmanager
def _shop(qtbot: QtBot, qapp: QApplication, tmp_path: Path, auto: float | None) -> Iterator[Shop]:
    """The training shop; its sandbox installs each eSIM ``auto`` seconds after delivery
    (None: only when the test says so)."""
    configure(qapp)
    setup = training_setup(replace(FAST_CONFIG, auto_install_seconds=auto))
    journal = Journal(tmp_path / "journal.sqlite3")
    counter = Counter(setup.providers, journal, training=True, clerk="test")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=10000)
    parts = window.flow.ensure_after_sale()
    parts.poll_scale = SCALE
    parts.close_pause_ms = 300
    yield Shop(window, setup.sandbox, journal, counter)
    window.close()
    if window.flow.display is not None:
        window.flow.display.close()
    journal.close()
    setup.close()


@pytest.fixture
def installing_shop(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Shop]:
    """Each eSIM installs itself five (sandbox) seconds after delivery."""
    with _shop(qtbot, qapp, tmp_path, INSTALL_AFTER_S) as shop:
        yield shop


@pytest.fixture
def manual_shop(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Shop]:
    """eSIMs install only when the test says so (``Sandbox.mark_installed``)."""
    with _shop(qtbot, qapp, tmp_path, None) as shop:
        yield shop


def _sell(qtbot: QtBot, shop: Shop, provider: ProviderId) -> Plan:
    window = shop.window
    find_by_keyboard(qtbot, window, "jap")
    plan = pick_plan_by_keyboard(qtbot, window, row_of(window, provider))
    key = plan.key
    code = key.product_id if isinstance(key, OctopusKey) else key.package_code
    assert isinstance(key, OctopusKey | EsimflyKey)
    shop.sandbox.force_outcome(provider.value, code, "deliver")  # no pending wait
    sell_by_keyboard(qtbot, window)
    return plan


@pytest.mark.parametrize("provider", [ProviderId.OCTOPUS, ProviderId.ESIMFLY])
def test_display_shows_installed_within_one_poll_and_journal_has_the_time(
    qtbot: QtBot, installing_shop: Shop, provider: ProviderId
) -> None:
    shop = installing_shop
    window = shop.window
    _sell(qtbot, shop, provider)
    display = wait_display(qtbot, window)
    (order,) = shop.journal.search()
    iccid = order.esims[0].iccid
    assert iccid and not display.installed_label.isVisible()
    follower = window.flow.ensure_after_sale().follower
    assert follower is not None and follower.following
    # Nothing yet: the phone has not downloaded the profile, the display waits.
    qtbot.waitUntil(
        lambda: shop.sandbox.orders(provider.value)[-1].get("status") is not None, timeout=2000
    )
    assert not display.installed_label.isVisible()

    # A few (scaled) seconds after delivery the traveller's phone installs it.
    shop.sandbox.clock.advance(INSTALL_AFTER_S)
    started = time.monotonic()
    qtbot.waitUntil(display.installed_label.isVisible, timeout=WITHIN_MS)
    assert (time.monotonic() - started) * 1000 <= WITHIN_MS
    assert display.installed_label.text().endswith("✓")
    assert "Installed ✓" in window.statusBar().currentMessage()
    assert "Closes in" in display.countdown.text()  # the pause counts down on screen

    installed = shop.journal.installed(order.reference)
    assert set(installed) == {iccid}
    # The provider's own moment (five sandbox seconds after delivery), not when the
    # counter noticed it.
    phone_time = shop.sandbox.state.installed[iccid]
    assert installed[iccid] == phone_time
    delivered = order.created_at
    assert timedelta(seconds=3) < phone_time - delivered < timedelta(seconds=8)

    # Then the display closes by itself after a short pause, and the polling stops.
    qtbot.waitUntil(lambda: window.flow.display is None, timeout=5000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(follower), timeout=5000)
    assert window.flow.ensure_after_sale().follower is None
    assert shop.window.runner.pending() == 0


def test_a_provider_that_does_not_answer_changes_nothing_but_a_quiet_line(
    qtbot: QtBot, installing_shop: Shop
) -> None:
    from app.sandbox.faults import Fault

    shop = installing_shop
    window = shop.window
    _sell(qtbot, shop, ProviderId.OCTOPUS)
    display = wait_display(qtbot, window)
    before = {
        "qr": display.qr.text(),
        "code": display.code.text(),
        "iccid": display.iccid.text(),
    }
    shop.sandbox.inject(
        Fault("http_503", provider="octopus", method="GET", path="/api/v1/esim/orders/", count=0)
    )
    shop.sandbox.clock.advance(INSTALL_AFTER_S)  # installed, but nobody can tell
    qtbot.waitUntil(display.checking_label.isVisible, timeout=WITHIN_MS * 3)
    assert display.checking_label.text() == "checking…"
    assert not display.installed_label.isVisible()
    assert before == {
        "qr": display.qr.text(),
        "code": display.code.text(),
        "iccid": display.iccid.text(),
    }
    assert window.flow.display is display
    (order,) = shop.journal.search()
    assert shop.journal.installed(order.reference) == {}

    shop.sandbox.clear_faults()  # the provider answers again: the next check tells
    qtbot.waitUntil(display.installed_label.isVisible, timeout=WITHIN_MS * 3)
    assert not display.checking_label.isVisible()


def test_each_esim_of_an_order_has_its_own_state(qtbot: QtBot, manual_shop: Shop) -> None:
    from .clerk import driver

    shop = manual_shop
    window = shop.window
    find_by_keyboard(qtbot, window, "jap")
    plan = pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.ESIMFLY))
    assert isinstance(plan.key, EsimflyKey)
    shop.sandbox.force_outcome("esimfly", plan.key.package_code, "deliver")
    driver(qtbot, window).set_quantity(3)
    sell_by_keyboard(qtbot, window)
    display = wait_display(qtbot, window)
    assert display.esim_count == 3
    (order,) = shop.journal.search()
    second = order.esims[1].iccid
    assert second is not None
    shop.sandbox.mark_installed(second)

    display.activateWindow()
    display.setFocus()
    qtbot.waitUntil(lambda: shop.journal.installed(order.reference) != {}, timeout=WITHIN_MS)
    assert set(shop.journal.installed(order.reference)) == {second}
    assert not display.installed_label.isVisible()  # the first eSIM is shown: not installed
    qtbot.keyClick(display, Qt.Key.Key_Right)
    qtbot.waitUntil(display.installed_label.isVisible, timeout=WITHIN_MS)
    qtbot.keyClick(display, Qt.Key.Key_Right)
    assert not display.installed_label.isVisible()
    # Two eSIMs are still waiting: the display stays open and goes on asking.
    assert window.flow.display is display
    follower = window.flow.ensure_after_sale().follower
    assert follower is not None and follower.following
