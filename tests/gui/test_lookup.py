"""Looking an eSIM up, as a clerk does it (issue 17): from History with Ctrl+I on the
selected sale, or by typing (a scanner types) the ICCID and Return; real widgets, real
key events on the focused widget, the training sandbox behind them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import countries
from app.core.orders import Order
from app.core.plans import Plan, ProviderId
from app.sandbox import Fault
from app.ui import locale_text
from app.ui.lookup_window import LookupWindow

from .conftest import Shop
from .test_history import _open

CONTROL = Qt.KeyboardModifier.ControlModifier
UNKNOWN_ICCID = "8932042000010078801"


def one_gb_plan(shop: Shop) -> Plan:
    germany = countries.country("DE")
    assert germany is not None
    plans = [
        p
        for p in shop.counter.plans(germany)
        if p.provider is ProviderId.ESIMFLY and p.data_gb == 1
    ]
    return min(plans, key=lambda p: (p.validity_days, p.price.amount))


def sold(shop: Shop, plan: Plan | None = None) -> tuple[Order, str]:
    outcome = shop.counter.sell(plan or one_gb_plan(shop))
    assert outcome.error is None, outcome.error
    iccid = outcome.order.esims[0].iccid
    assert iccid is not None
    return outcome.order, iccid


def focused() -> object:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def lookup_window(qtbot: QtBot, shop: Shop) -> LookupWindow:
    qtbot.waitUntil(
        lambda: shop.window.lookup_window is not None and shop.window.lookup_window.isVisible()
    )
    window = shop.window.lookup_window
    assert window is not None
    return window


def shows(qtbot: QtBot, window: LookupWindow, state: str) -> None:
    qtbot.waitUntil(lambda: window.state.text() == state, timeout=10000)


def type_iccid(qtbot: QtBot, window: LookupWindow, iccid: str) -> None:
    """Into the lookup window's field, then Return, as a barcode scanner does."""
    window.iccid.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.iccid)
    window.iccid.selectAll()
    qtbot.keyClicks(focused(), iccid)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_a_used_esim_from_history_shows_data_left_and_expiry(qtbot: QtBot, shop: Shop) -> None:
    plan = one_gb_plan(shop)
    order, iccid = sold(shop, plan)
    installed = shop.sandbox.install_esim(iccid)
    shop.sandbox.clock.advance(10 * 3600)  # ten sandbox hours at 50 MB an hour: 500 MB

    history = _open(qtbot, shop, rows=1)
    history.table.setFocus()
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table)
    qtbot.keyClick(focused(), Qt.Key.Key_I, CONTROL)
    window = lookup_window(qtbot, shop)
    shows(qtbot, window, "Active")
    fields = window.fields
    assert fields["left"].text() == "524 MB of 1 GB"
    assert fields["used"].text() == "500 MB (49 %)"
    expires = installed + timedelta(days=plan.validity_days)
    assert fields["expires"].text().startswith(locale_text.date_time(expires.astimezone()))
    assert fields["provider"].text() == "eSIMfly"
    assert fields["network"].text() == "Sandbox Mobile · 4G - LTE"
    assert fields["device"].text() == "SANDBOX1"
    assert fields["iccid"].text() == iccid
    assert fields["installed"].text() == "—"  # eSIMfly gives no install time: not invented
    assert fields["sale"].text() == order.reference
    assert window.message.text() == ""  # sold here, every read answered

    # Escape closes it; the clerk is back in History.
    window.activateWindow()
    window.iccid.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.iccid)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_typed_or_scanned_iccids_in_plain_words(qtbot: QtBot, shop: Shop) -> None:
    _, fresh = sold(shop)
    _, used_up = sold(shop)
    _, expired = sold(shop)
    shop.sandbox.use_up(used_up)
    shop.sandbox.expire_esim(expired)

    # A scanner types into whatever has the focus: here the destination search.
    shop.window.picker.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shop.window.picker.search)
    qtbot.keyClicks(focused(), fresh)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    window = lookup_window(qtbot, shop)
    shows(qtbot, window, "Not installed yet")
    assert shop.window.picker.search.text() == ""
    assert window.fields["left"].text() == "1 GB of 1 GB"
    assert window.fields["expires"].text() == "—" and window.fields["device"].text() == "—"

    type_iccid(qtbot, window, used_up)
    shows(qtbot, window, "Data used up")
    assert window.fields["left"].text() == "0 MB of 1 GB"
    type_iccid(qtbot, window, expired)
    shows(qtbot, window, "Expired")

    # The traveller installs the first one; Refresh (F5) asks again.
    type_iccid(qtbot, window, fresh)
    shows(qtbot, window, "Not installed yet")
    shop.sandbox.install_esim(fresh)
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    shows(qtbot, window, "Active")


def test_an_esim_no_provider_knows_and_a_provider_that_does_not_answer(
    qtbot: QtBot, shop: Shop
) -> None:
    qtbot.keyClick(shop.window, Qt.Key.Key_I, CONTROL)
    window = lookup_window(qtbot, shop)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.iccid)
    qtbot.keyClicks(focused(), "8932 0420")  # not an ICCID yet
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "not an ICCID" in window.message.text()
    type_iccid(qtbot, window, UNKNOWN_ICCID)
    qtbot.waitUntil(lambda: "No eSIM with this ICCID" in window.message.text(), timeout=10000)
    assert "eSIMfly, Octopus Cards" in window.message.text()
    assert window.state.text() == "—"

    _, iccid = sold(shop)
    shop.sandbox.inject(Fault("http_502", "esimfly", "GET", "/api/v1/business/esims", count=0))
    type_iccid(qtbot, window, iccid)
    qtbot.waitUntil(
        lambda: window.message.text() == "eSIMfly did not answer; try Refresh.", timeout=15000
    )
    shop.sandbox.clear_faults()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    shows(qtbot, window, "Not installed yet")


def test_an_octopus_esim_sold_here(qtbot: QtBot, shop: Shop) -> None:
    germany = countries.country("DE")
    assert germany is not None
    plan = min(
        (p for p in shop.counter.plans(germany) if p.provider is ProviderId.OCTOPUS),
        key=lambda p: p.price.amount,
    )
    _, iccid = sold(shop, plan)
    installed = shop.sandbox.install_esim(iccid)
    shop.window.open_lookup(iccid)
    window = lookup_window(qtbot, shop)
    shows(qtbot, window, "Active")
    assert window.fields["provider"].text() == "Octopus Cards"
    assert window.fields["used"].text() == "—"  # Octopus reports no data used
    assert window.fields["installed"].text() == locale_text.date_time(installed.astimezone())
    assert not window.topup_button.isVisible()


def test_days_left_are_whole_days(qapp: object) -> None:
    from datetime import UTC, datetime

    from app.core.lookup import EsimLookup, EsimState
    from app.ui import lookup_text

    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)

    def left(delta: timedelta) -> str:
        found = EsimLookup(
            ProviderId.ESIMFLY, UNKNOWN_ICCID, EsimState.ACTIVE, expires_at=now + delta
        )
        return lookup_text.expiry(found, now).rsplit(" · ", 1)[1]

    assert left(timedelta(days=7, seconds=-1)) == "7 day(s) left"  # just installed
    assert left(timedelta(days=6, hours=13)) == "6 day(s) left"
    assert left(timedelta(hours=5)) == "less than a day left"


def test_every_control_is_named_and_tab_walks_them_in_order(qtbot: QtBot, shop: Shop) -> None:
    from .a11y import unnamed

    qtbot.keyClick(shop.window, Qt.Key.Key_I, CONTROL)
    window = lookup_window(qtbot, shop)
    window.topup_button.setVisible(True)  # as for a rechargeable eSIMfly eSIM
    assert unnamed(window) == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.iccid)
    # Refresh waits for a first lookup (disabled, so Tab passes it by).
    walked = []
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == [window.look_button, window.topup_button, window.close_button]


def test_a_sale_of_several_esims_looks_up_the_one_the_clerk_chooses(
    qtbot: QtBot, shop: Shop
) -> None:
    """Three eSIMs sold together: the lookup lists them, and the second one chosen by
    keyboard is the one looked up (and the one a top-up would go to)."""
    outcome = shop.counter.sell(one_gb_plan(shop), 3)
    assert outcome.error is None, outcome.error
    iccids = [e.iccid for e in outcome.order.esims]
    shop.sandbox.install_esim(iccids[1])  # only the second is on a phone

    history = _open(qtbot, shop, rows=1)
    history.table.setFocus()
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table)
    qtbot.keyClick(focused(), Qt.Key.Key_I, CONTROL)
    window = lookup_window(qtbot, shop)
    shows(qtbot, window, "Not installed yet")
    assert window.fields["iccid"].text() == iccids[0]
    assert window.esims.isVisible() and window.esims.count() == 3
    assert window.esims.itemText(1) == f"eSIM 2 of 3: {iccids[1]}"

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "e&SIM"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.esims)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    shows(qtbot, window, "Active")
    assert window.fields["iccid"].text() == iccids[1]
    assert window.iccid.text() == iccids[1]
    assert window.lookup is not None and window.lookup.iccid == iccids[1]

    # A typed ICCID is one eSIM: no list.
    type_iccid(qtbot, window, iccids[2])
    qtbot.waitUntil(lambda: window.fields["iccid"].text() == iccids[2], timeout=10000)
    assert not window.esims.isVisible()


def test_topping_up_a_sale_of_several_esims_asks_which_in_the_lookup(
    qtbot: QtBot, shop: Shop
) -> None:
    shop.counter.sell(one_gb_plan(shop), 2)
    history = _open(qtbot, shop, rows=1)
    history.table.setFocus()
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.topup_button.isEnabled())
    qtbot.keyClick(history, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    window = lookup_window(qtbot, shop)
    assert window.esims.isVisible() and window.esims.count() == 2
    assert "several eSIMs" in history.message.text()
