"""Every control reachable (issue 13): every window and dialog walked for controls a screen
reader cannot name and, in touch mode, controls a finger could miss; the outcome of a sale
and a pending sale's delivery announced; the text size and touch mode set in the settings
and applied at once; at 200 % text every window fits a 1366×768 screen, nothing clipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QScroller, QWidget
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.plans import EsimflyKey, ProviderId
from app.ui import accessibility
from app.ui.app import configure
from app.ui.driver import event_loop_wait
from app.ui.settings_store import read

from .a11y import TOUCH_TARGET, assert_reachable, problems, too_small, unnamed
from .clerk import driver
from .conftest import FAST_CONFIG, Shop
from .windows import MODALS, WINDOWS, Visit, close_window, make_visit, open_window, sell_one

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def visit(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Visit]:
    """One counter window, one delivered sale; each test opens its window from there."""
    configure(qapp)
    made, close = make_visit(tmp_path_factory.mktemp("a11y"), event_loop_wait(15))
    sell_one(made)
    yield made
    close()
    configure(qapp)


@pytest.fixture
def normal_again(qapp: QApplication) -> Iterator[None]:
    yield
    accessibility.apply(qapp)  # 100 %, no touch mode, whatever the test left


# -- the walker itself ------------------------------------------------------------------


def test_the_walker_fails_on_a_bare_edit_and_an_icon_button(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    QLineEdit(top).move(0, 0)
    QPushButton(top).move(0, 40)  # no text, no name: what an icon-only button reads as
    named = QPushButton("Sell", top)
    named.move(0, 80)
    top.show()
    qtbot.waitExposed(top)
    assert len(unnamed(top)) == 2
    assert len(too_small(top)) == 3  # a default button is under 44 px high
    with pytest.raises(AssertionError, match="QLineEdit"):
        assert_reachable(top)


# -- every window ----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_control_has_a_name_and_in_touch_mode_44_px(
    qapp: QApplication, visit: Visit, name: str, normal_again: None
) -> None:
    widget = open_window(visit, name)
    try:
        assert_reachable(widget)
        # Switched on while the window is open, as saving the settings does.
        accessibility.apply(qapp, touch=True)
        assert_reachable(widget, touch=True)
    finally:
        close_window(visit, widget)


@pytest.mark.parametrize("name", list(MODALS))
def test_blocking_dialogs_too(
    qapp: QApplication, visit: Visit, name: str, normal_again: None
) -> None:
    assert MODALS  # the PIN prompt and the crash dialog run their own event loop
    assert visit_modal(visit, name, touch=False) == []
    accessibility.apply(qapp, touch=True)
    assert visit_modal(visit, name, touch=True) == []


def visit_modal(visit: Visit, name: str, *, touch: bool) -> list[str]:
    from .windows import walk_modal

    return walk_modal(visit, name, lambda dialog: problems(dialog, touch=touch))


def test_touch_mode_gives_rows_a_finger_can_hit_and_lists_that_scroll_by_dragging(
    qapp: QApplication, visit: Visit, normal_again: None
) -> None:
    plans = visit.window.plans.view
    assert plans.verticalHeader().defaultSectionSize() < TOUCH_TARGET
    accessibility.apply(qapp, touch=True)
    assert accessibility.is_touch(qapp)
    assert plans.rowHeight(0) >= TOUCH_TARGET
    assert visit.window.picker.list.sizeHintForRow(0) >= TOUCH_TARGET
    assert QScroller.grabbedGesture(plans.viewport()).value != 0  # a gesture id
    accessibility.apply(qapp)
    assert not accessibility.is_touch(qapp)
    assert plans.rowHeight(0) < TOUCH_TARGET


# -- announcements ---------------------------------------------------------------------


@pytest.fixture
def announced() -> Iterator[list[QAccessibleAnnouncementEvent]]:
    heard: list[QAccessibleAnnouncementEvent] = []
    stop = accessibility.listen(heard.append)
    yield heard
    stop()


def test_a_delivered_sale_is_announced(
    qtbot: QtBot, shop: Shop, announced: list[QAccessibleAnnouncementEvent]
) -> None:
    clerk = driver(qtbot, shop.window)
    clerk.find("JPN")
    clerk.pick(clerk.row_where(lambda plan: "KDDI" not in plan.name))
    clerk.sell()
    qtbot.waitUntil(lambda: any("Sold" in e.message() for e in announced))
    (event,) = [e for e in announced if "Sold" in e.message()]
    assert event.type() == QAccessible.Event.Announcement
    assert event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
    assert event.message() == shop.window.sell_panel.outcome.text()


def test_a_pending_sale_and_its_delivery_are_announced(
    qtbot: QtBot, shop: Shop, announced: list[QAccessibleAnnouncementEvent]
) -> None:
    clerk = driver(qtbot, shop.window)
    clerk.find("fra")
    row = clerk.row_of(ProviderId.ESIMFLY)
    key = clerk.plan_at(row).key
    assert isinstance(key, EsimflyKey)
    shop.sandbox.force_outcome("esimfly", key.package_code, "pending")
    clerk.pick(row)
    clerk.sell()
    assert clerk.wait_outcome() == "pending"
    assert any("still preparing" in e.message() for e in announced)
    shop.sandbox.clock.advance(FAST_CONFIG.pending_after_seconds + 1)
    qtbot.waitUntil(lambda: any(_ready(e) for e in announced), timeout=10000)
    ready = next(e for e in announced if _ready(e))
    assert ready.politeness() == QAccessible.AnnouncementPoliteness.Assertive


def _ready(event: QAccessibleAnnouncementEvent) -> bool:
    return event.message().startswith("An eSIM is ready")


def test_a_failed_sale_is_announced(
    qtbot: QtBot, shop: Shop, announced: list[QAccessibleAnnouncementEvent]
) -> None:
    from app.sandbox import Fault

    clerk = driver(qtbot, shop.window)
    clerk.find("JPN")
    clerk.pick(0)
    shop.sandbox.inject(Fault(kind="http_500", method="POST"))
    clerk.sell()
    clerk.wait_outcome()
    qtbot.waitUntil(lambda: bool(announced))
    assert announced[-1].message() == shop.window.sell_panel.outcome.text()


def test_an_announcement_with_no_screen_reader_is_harmless(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    assert not QAccessible.isActive()
    accessibility.announce(widget, "Sold.")  # no error, no warning
    accessibility.announce(widget, "")  # nothing to say: nothing posted


# -- text size and touch mode in the settings -------------------------------------------


def test_text_size_scales_the_font_and_the_style_sheet(
    qapp: QApplication, visit: Visit, normal_again: None
) -> None:
    normal = qapp.font().pointSizeF()
    price = visit.window.sell_panel.price.font().pointSizeF()
    accessibility.apply(qapp, 200)
    assert qapp.font().pointSizeF() == 2 * normal
    assert "#sellPrice { font-size: 48pt" in qapp.styleSheet()
    QApplication.processEvents()
    assert visit.window.sell_panel.price.font().pointSizeF() == 2 * price
    accessibility.apply(qapp, 500)  # out of range: the largest offered
    assert qapp.font().pointSizeF() == 2 * normal
    accessibility.apply(qapp)
    assert qapp.font().pointSizeF() == normal
    configure(qapp)  # configuring again starts from the unscaled font
    assert qapp.font().pointSizeF() == normal


def test_the_owner_sets_touch_mode_and_text_size_and_every_window_follows(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, normal_again: None
) -> None:
    made, close = make_visit(tmp_path, lambda c, _w: qtbot.waitUntil(c, timeout=10000))
    try:
        window = made.window
        made.driver.wait_ready()
        normal = qapp.font().pointSizeF()
        dialog = made.driver.open_settings()
        qtbot.waitUntil(dialog.isActiveWindow)
        tab = dialog.tabs.indexOf(dialog.touch_mode.parentWidget())
        dialog.tabs.setCurrentIndex(tab)
        dialog.touch_mode.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.text_size
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        assert dialog.text_size.value() == 150
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        qtbot.waitUntil(lambda: qapp.font().pointSizeF() == 1.5 * normal)
        assert accessibility.is_touch(qapp)
        assert read(window._settings, schema.TEXT_SIZE) == 150
        assert read(window._settings, schema.TOUCH_MODE) is True
        flow = window.settings_flow
        assert flow is not None
        qtbot.waitUntil(lambda: flow.dialog is None)
        assert_reachable(window, touch=True)
    finally:
        close()


def test_the_saved_text_size_and_touch_mode_apply_at_start_up(
    qapp: QApplication, tmp_path: Path, normal_again: None
) -> None:
    """What app.run() does before the first window, from the owner's saved settings."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    normal = qapp.font().pointSizeF()
    settings.setValue(schema.TEXT_SIZE.key, "125")
    settings.setValue(schema.TOUCH_MODE.key, "true")
    accessibility.apply_settings(settings)
    assert qapp.font().pointSizeF() == 1.25 * normal
    assert accessibility.is_touch(qapp)
    settings.setValue(schema.TEXT_SIZE.key, "900")  # typed into the file by hand
    accessibility.apply_settings(settings)
    assert qapp.font().pointSizeF() == normal  # unusable: the default, 100 %


# -- 200 % text on a 1366×768 screen, English and Arabic ----------------------------------


@pytest.mark.parametrize(
    ("language", "touch"), [("en", ""), ("ar", ""), ("ar", "touch")], ids=["en", "ar", "ar-touch"]
)
def test_at_200_percent_every_window_fits_1366x768_with_nothing_clipped(
    tmp_path: Path, language: str, touch: str
) -> None:
    """In a child process whose (offscreen) screen is 1366×768: a screen's size is fixed
    when Qt starts. Arabic in touch mode is the largest the counter gets."""
    config = tmp_path / "screen.json"
    screen = {"name": "S", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.a11y_screen", language, "200", str(tmp_path), touch],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["windows"] >= len(WINDOWS) + len(MODALS)
    assert found["problems"] == [], "\n".join(found["problems"])
