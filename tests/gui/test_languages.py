"""Every language reads right: region names translated, %n plurals, Latin digits in the
Arabic counter, and Latin runs isolated on screen but never in the QR payload.

The languages are installed with app.ui.i18n.install, as the app installs them. Region
names and plural forms expect the translations proposed in translations-f.json.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core import countries
from app.core.activation import ActivationCode
from app.core.money import Money
from app.core.orders import Esim, Order, OrderStatus
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.counter import Counter
from app.journal import Journal
from app.sandbox import Sandbox
from app.training import training_setup
from app.ui import i18n, locale_text
from app.ui.app import configure
from app.ui.confirm_dialog import ConfirmSaleDialog
from app.ui.customer_display import CustomerDisplay
from app.ui.destinations import DEST_ROLE, DestinationPicker
from app.ui.locale_text import LRI, PDI
from app.ui.main_window import MainWindow
from app.ui.pending_list import PendingList
from app.ui.plans_model import PlansModel
from app.ui.plans_pane import PlansPane
from app.ui.sell_panel import SellPanel

from .clerk import WAIT, find_by_keyboard, pick_plan_by_keyboard, row_of, wait_display
from .conftest import FAST_CONFIG

ARABIC_DIGITS = {chr(c) for c in (*range(0x0660, 0x066A), *range(0x06F0, 0x06FA))}
LPA = "LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S"
EUROPE = countries.region("Europe")
JAPAN = countries.country("JP")
# The region, its picker entry, and Global's picker entry.
REGION_NAMES = {
    "de": ("Europa", "Europa (regional)", "Global (weltweit)"),
    "ar": ("أوروبا", "أوروبا (إقليمية)", "عالمي"),
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    installed = i18n.install(qapp, code)
    yield code
    i18n.uninstall(qapp, installed)


def _plan(destination: countries.Destination | None, days: int = 7) -> Plan:
    assert destination is not None
    return Plan(
        provider=ProviderId.ESIMFLY,
        key=EsimflyKey("EU1GB7D"),
        destination=destination,
        name="Europe 1GB 7Days",
        data_gb=Decimal(1),
        validity_days=days,  # type: ignore[arg-type]
        price=Money.of("4.50", "USD"),
    )


def _order(count: int, timeout_plan: Plan | None = None) -> Order:
    plan = timeout_plan or _plan(JAPAN)
    order = Order(plan=plan, quantity=count, created_at=datetime.now(UTC))
    order.status = OrderStatus.DELIVERED
    order.esims = tuple(
        Esim(iccid=f"898801000000000000{n}", activation=ActivationCode.parse(LPA))
        for n in range(count)
    )
    return order


@pytest.mark.parametrize("language", ["de", "ar"], indirect=True)
def test_regions_are_named_in_the_ui_language_and_found_by_it(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    europe, regional, world = REGION_NAMES[language]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    picker = DestinationPicker(settings, language)
    qtbot.addWidget(picker)
    assert JAPAN is not None
    picker.set_destinations([JAPAN, EUROPE, countries.GLOBAL])
    _show(qtbot, picker)
    shown = {picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())}
    assert regional in shown
    assert any(text.startswith(world) for text in shown), shown

    picker.focus_search()
    focused = QApplication.focusWidget()
    assert focused is picker.search
    _type_text(focused, europe[:4])  # what the clerk types, in the UI language
    first = picker.proxy.index(0, 0)
    assert first.data(DEST_ROLE) == EUROPE
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert chosen.args == [EUROPE]

    panel = SellPanel()
    qtbot.addWidget(panel)
    panel.set_plan(_plan(EUROPE), language)
    assert panel.destination.text() == europe


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_an_arabic_query_finds_the_arabic_name(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    picker = DestinationPicker(settings, language)
    qtbot.addWidget(picker)
    picker.set_destinations(countries.all_countries())
    _show(qtbot, picker)
    picker.focus_search()
    _type_text(QApplication.focusWidget(), "اليابا")
    # Only what matches remains (before, Arabic letters folded away and everything matched).
    assert 0 < picker.proxy.rowCount() < 5
    assert picker.proxy.index(0, 0).data(DEST_ROLE) == JAPAN


@pytest.mark.parametrize(
    ("language", "one", "many", "filter_text"),
    [("en", "1 day", "30 days", "7+ days"), ("de", "1 Tag", "30 Tage", "ab 7 Tagen")],
    indirect=["language"],
)
def test_validity_uses_the_languages_plural_forms(
    qtbot: QtBot, language: str, one: str, many: str, filter_text: str
) -> None:
    model = PlansModel()
    model.set_plans([_plan(JAPAN, 1), _plan(JAPAN, 30)])
    assert model.index(0, PlansModel.VALIDITY).data() == one
    assert model.index(1, PlansModel.VALIDITY).data() == many
    pane = PlansPane()
    qtbot.addWidget(pane)
    texts = [pane.days_filter.itemText(i) for i in range(pane.days_filter.count())]
    assert filter_text in texts


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_arabic_display_isolates_latin_runs_but_not_the_qr(qtbot: QtBot, language: str) -> None:
    order = _order(3)
    display = CustomerDisplay(order, timeout_seconds=300, language=language)
    qtbot.addWidget(display)
    display.resize(1366, 768)
    display.show()
    qtbot.waitExposed(display)
    texts = [label.text() for label in display.findChildren(QLabel) if label.isVisible()]
    assert any(f"{LRI}SM-DP+{PDI}" in text for text in texts), texts
    assert any(f"{LRI}(iOS 17.4+){PDI}" in text for text in texts), texts
    assert display.smdp.text() == f"{LRI}rsp-3104.idemia.io{PDI}"
    # What is encoded stays exactly the provider's code.
    assert display.qr.text() == LPA
    assert LRI not in display.apple_qr.text() and PDI not in display.apple_qr.text()
    assert "4:59" in display.countdown.text() or "5:00" in display.countdown.text()
    _assert_latin_digits(display)
    # Mirrored like the layout: "previous" on the right points right, and the left arrow
    # key goes toward "next", on the left.
    assert display.previous_button.text().startswith("▶")
    assert display.next_button.text().endswith("◀")
    assert display.previous_button.x() > display.next_button.x()
    display.activateWindow()
    qtbot.waitUntil(display.isActiveWindow)
    qtbot.keyClick(display, Qt.Key.Key_Left)
    assert display.current_esim() == order.esims[1]
    qtbot.keyClick(display, Qt.Key.Key_Right)
    assert display.current_esim() == order.esims[0]


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_confirmation_values_sit_next_to_their_labels(qtbot: QtBot, language: str) -> None:
    dialog = ConfirmSaleDialog(_plan(EUROPE), 3, locale=QLocale().name(), language=language)
    qtbot.addWidget(dialog)
    dialog.resize(900, 400)  # wider than needed: the values must still hug their labels
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    for row in range(form.rowCount()):
        title = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(value, QLabel)
        # Right to left: the value's field ends next to the title, and its text is drawn
        # at that end (a Latin value would otherwise go to the far left).
        assert value.geometry().right() < title.geometry().left()
        assert title.geometry().left() - value.geometry().right() < 40
        assert value.width() - _ink_right(value) < 12, value.text()
    assert f"{LRI}3 × USD" in dialog.price.text()
    _assert_latin_digits(dialog)


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_arabic_pending_list_writes_latin_times_and_whole_plan_names(
    qtbot: QtBot, language: str
) -> None:
    pending = PendingList(language)
    qtbot.addWidget(pending)
    order = _order(1, _plan(EUROPE))
    order.status = OrderStatus.PENDING
    order.created_at = datetime(2026, 12, 1, 15, 5, tzinfo=UTC)
    pending.upsert(order)
    pending.show()
    text = pending.list.item(0).text()
    assert "أوروبا" in text
    assert f"{LRI}Europe 1GB 7Days{PDI}" in text
    assert locale_text.time(order.created_at.astimezone()) in text
    _assert_latin_digits(pending)


@pytest.fixture
def arabic_shop(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[tuple[MainWindow, Sandbox]]:
    configure(qapp)
    installed = i18n.install(qapp, "ar")
    setup = training_setup(FAST_CONFIG)
    journal = Journal(tmp_path / "journal.sqlite3")
    counter = Counter(setup.providers, journal, training=True, clerk="test")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        locale=QLocale().name(),
        language="ar",
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=300,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    yield window, setup.sandbox
    window.close()
    if window.flow.display is not None:
        window.flow.display.close()
    journal.close()
    setup.close()
    i18n.uninstall(qapp, installed)


def test_the_arabic_counter_writes_latin_digits_throughout(
    qtbot: QtBot, arabic_shop: tuple[MainWindow, Sandbox]
) -> None:
    window, sandbox = arabic_shop
    find_by_keyboard(qtbot, window, "jp")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.ESIMFLY))
    sandbox.clear_faults()
    panel = window.sell_panel
    panel.quantity.setValue(3)  # the spin box writes its own digits
    # The Latin plan name and price sit at the panel's right edge, with the Arabic ones.
    for label in (panel.plan_name, panel.price):
        assert label.width() - _ink_right(label) < 16, label.text()
    _assert_latin_digits(window)
    button = window.sell_panel.sell_button
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None, timeout=WAIT)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _assert_latin_digits(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "Sell now" is the default button
    display = wait_display(qtbot, window)
    qtbot.waitUntil(lambda: bool(display.countdown.text()), timeout=WAIT)
    _assert_latin_digits(display)
    _assert_latin_digits(window)
    # The history: its dates, times, amounts and date filters.
    display.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.history is not None and window.history.isVisible())
    history = window.history
    assert history is not None
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=WAIT)
    _assert_latin_digits(history)


def _ink_right(widget: QWidget) -> int:
    """The x just past the rightmost drawn pixel that differs from the background."""
    image = widget.grab().toImage()
    top = [image.pixel(x, 0) for x in range(image.width())]
    background = max(set(top), key=top.count)
    for x in range(image.width() - 1, -1, -1):
        if any(image.pixel(x, y) != background for y in range(image.height())):
            return x + 1
    return 0


def _show(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _type_text(widget: QWidget | None, text: str) -> None:
    """Key events as an Arabic keyboard sends them (QTest.keyClicks takes Latin-1 only)."""
    assert widget is not None
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _assert_latin_digits(root: QWidget) -> None:
    """No Arabic-Indic digit in any visible label, button, combo, list or table cell."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QAbstractSpinBox):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        model = getattr(widget, "model", None)
        if callable(model) and not isinstance(widget, QComboBox):
            found = model()
            if found is not None and hasattr(found, "rowCount"):
                root_index = QModelIndex()
                for row in range(min(found.rowCount(root_index), 50)):
                    column = 0
                    while found.index(row, column).isValid():  # lists hide columnCount
                        texts.append(str(found.index(row, column).data() or ""))
                        column += 1
    wrong = [text for text in texts if ARABIC_DIGITS & set(text)]
    assert texts and wrong == [], wrong


def test_the_first_plan_is_highlighted_in_arabic_too(
    qtbot: QtBot, arabic_shop: tuple[MainWindow, Sandbox]
) -> None:
    """Qt's selectRow starts from the first visual column, which a right-to-left table
    does not have at 0: the first plan was current but shown unselected."""
    window, _ = arabic_shop
    find_by_keyboard(qtbot, window, "jp")
    view = window.plans.view
    qtbot.waitUntil(lambda: window.plans.proxy.rowCount() > 0, timeout=WAIT)
    selected = view.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [0]
    assert view.currentIndex().row() == 0
