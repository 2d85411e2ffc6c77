"""The customer display: what a phone camera reads off it must be exactly the eSIM."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core import countries
from app.core.activation import ActivationCode, apple_install_url
from app.core.money import Money
from app.core.orders import Esim, Order, OrderStatus
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.ui.customer_display import CustomerDisplay

from .clerk import find_by_keyboard, pick_plan_by_keyboard, row_of, sell_by_keyboard, wait_display
from .conftest import Shop
from .qr_reader import decode_qr

LPA = "LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S"


def _order(*esims: Esim) -> Order:
    plan = Plan(
        provider=ProviderId.ESIMFLY,
        key=EsimflyKey("TR1GB7D"),
        destination=countries.country("TR"),  # type: ignore[arg-type]
        name="Turkey 1GB 7Days",
        data_gb=Decimal(1),
        validity_days=7,
        price=Money.of("2.72", "USD"),
    )
    order = Order(plan=plan, quantity=len(esims), created_at=datetime.now(UTC))
    order.status = OrderStatus.DELIVERED
    order.esims = esims
    return order


def _display(qtbot: QtBot, order: Order) -> CustomerDisplay:
    display = CustomerDisplay(order, timeout_seconds=0)
    qtbot.addWidget(display)
    display.resize(1280, 800)
    display.show()
    qtbot.waitExposed(display)
    return display


def test_sold_esim_decodes_to_its_lpa_and_iphone_link(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "jap")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.ESIMFLY))
    shop.sandbox.clear_faults()
    sell_by_keyboard(qtbot, window)
    display = wait_display(qtbot, window)
    display.resize(1280, 800)
    (order,) = shop.journal.search()
    esim = order.esims[0]
    assert esim.activation is not None
    lpa = esim.activation.text
    assert decode_qr(display) == [lpa, apple_install_url(lpa)]
    shown = {label.text() for label in display.findChildren(QLabel)}
    assert display.iccid.text().replace(" ", "") == esim.iccid
    assert esim.activation.smdp_address in shown
    assert esim.activation.matching_id in shown


def test_codes_are_plain_text_never_links(qtbot: QtBot) -> None:
    display = _display(qtbot, _order(Esim("8943108170002570328", ActivationCode.parse(LPA))))
    for label in display.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()
        assert "<a" not in label.text()


def test_several_esims_are_stepped_through(qtbot: QtBot) -> None:
    codes = [f"LPA:1$smdp.example.com$MATCH-{n}" for n in range(3)]
    esims = [Esim(f"894310817000257032{n}", ActivationCode.parse(c)) for n, c in enumerate(codes)]
    display = _display(qtbot, _order(*esims))
    assert display.esim_count == 3
    assert display.position_label.text() == "eSIM 1 of 3"
    seen = [decode_qr(display)[0]]
    for _ in range(2):
        qtbot.keyClick(display, Qt.Key.Key_Right)
        seen.append(decode_qr(display)[0])
    assert seen == codes
    assert not display.next_button.isEnabled()
    qtbot.mouseClick(display.previous_button, Qt.MouseButton.LeftButton)
    assert display.qr.text() == codes[1]


def test_confirmation_code_is_shown_when_required(qtbot: QtBot) -> None:
    code = ActivationCode.parse("LPA:1$smdp.example.com$MATCH$$1")
    display = _display(qtbot, _order(Esim("8943108170002570328", code, confirmation_code="4711")))
    assert display.confirmation.isVisible()
    assert display.confirmation.text() == "4711"
    assert decode_qr(display)[0] == "LPA:1$smdp.example.com$MATCH$$1"


def test_closes_by_itself_after_the_timeout(qtbot: QtBot) -> None:
    display = CustomerDisplay(
        _order(Esim("8943108170002570328", ActivationCode.parse(LPA))), timeout_seconds=2
    )
    qtbot.addWidget(display)
    display.show()
    with qtbot.waitSignal(display.closed, timeout=5000):
        pass
    assert not display.isVisible()


def test_modules_are_whole_pixels(qtbot: QtBot) -> None:
    display = _display(qtbot, _order(Esim("8943108170002570328", ActivationCode.parse(LPA))))
    module = display.qr.module_size()
    assert module >= 4
    image = display.qr.grab().toImage()
    # Along a row through the finder pattern, every colour run is a whole number of modules.
    qr = display.qr
    size = len(qr._matrix) * module
    left = round((qr.width() - size) / 2) + 4 * module  # skip the quiet zone
    top = round((qr.height() - size) / 2) + 4 * module
    y = top + module // 2  # the first row of the top-left finder pattern
    width = size - 8 * module
    colours = [image.pixelColor(x, y).lightness() < 128 for x in range(left, left + width)]
    runs, length = [], 1
    for previous, current in itertools.pairwise(colours):
        if current == previous:
            length += 1
        else:
            runs.append(length)
            length = 1
    runs.append(length)
    assert colours[0] and colours[-1]  # the finder patterns' dark edges
    assert all(run % module == 0 for run in runs), runs
    assert runs[0] == 7 * module  # a finder pattern is seven modules wide


def test_on_a_screen_of_its_own_it_leaves_the_keyboard_to_the_clerk(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order = _order(Esim("8943108170002570328", ActivationCode.parse(LPA)))
    display = CustomerDisplay(order, timeout_seconds=0)
    qtbot.addWidget(display)
    # Stand in for the clerk's own monitor: any screen other than the display's.
    display.show_on(None, full_screen=False, clerk_screen=object())  # type: ignore[arg-type]
    assert display.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.waitExposed(display)
    assert window.isActiveWindow()  # the clerk's typing still goes to the counter
    same = CustomerDisplay(order, timeout_seconds=0)
    qtbot.addWidget(same)
    same.show_on(None, full_screen=False, clerk_screen=same.screen())
    assert not same.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_escape_in_the_counter_window_closes_the_display(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    order = _order(Esim("8943108170002570328", ActivationCode.parse(LPA)))
    window.flow.show_display(order)
    assert window.flow.display is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.flow.display is None)


def test_codes_line_up_with_their_titles_right_to_left(qtbot: QtBot, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        display = _display(qtbot, _order(Esim("8943108170002570328", ActivationCode.parse(LPA))))
        for label in (display.iccid, display.smdp, display.code):
            assert label.alignment() & Qt.AlignmentFlag.AlignRight
            assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    display = _display(qtbot, _order(Esim("8943108170002570328", ActivationCode.parse(LPA))))
    assert display.iccid.alignment() & Qt.AlignmentFlag.AlignLeft
