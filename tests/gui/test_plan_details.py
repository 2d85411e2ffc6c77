"""Plan details for the clerk (issue 17): the 5G / top-up / calls filters on the plan list,
driven by their Alt keys; the details of the chosen plan on the sell panel; and on the
install slip of the sale just delivered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from app.core.orders import Order, OrderStatus
from app.core.plan_details import Activation
from app.core.plans import Plan, ProviderId
from app.ui.driver import CounterDriver
from app.ui.receipts.builder import slips_for_order
from app.ui.receipts.render import ROLL_DOTS, slip_image
from app.ui.receipts.slip import plan_facts

from .clerk import driver, wait_outcome
from .conftest import Shop

WAIT = 10000


def _listed(shop: Shop) -> list[Plan]:
    return CounterDriver(shop.window, lambda *_: None).plans()


def _alt(shop: Shop, qtbot: QtBot, box_text: str) -> None:
    """Alt + the checkbox's underlined key, typed on whatever has the keyboard."""
    drive = driver(qtbot, shop.window)
    drive.press_sequence(QKeySequence.mnemonic(box_text))


def test_five_g_and_top_up_filters_narrow_the_list_by_keyboard(qtbot: QtBot, shop: Shop) -> None:
    drive = driver(qtbot, shop.window)
    drive.find("japan")
    pane = shop.window.plans
    everything = _listed(shop)
    assert any(p.details.five_g is not True for p in everything)  # something to filter out
    _alt(shop, qtbot, pane.five_g_only.text())
    qtbot.waitUntil(pane.five_g_only.isChecked, timeout=WAIT)
    five_g = _listed(shop)
    assert five_g and len(five_g) < len(everything)
    assert all(p.details.five_g is True for p in five_g)
    assert {p.id for p in everything if p.details.five_g is True} == {p.id for p in five_g}
    # Octopus publishes no networks: an unknown 5G is not offered as 5G.
    assert all(p.provider is ProviderId.ESIMFLY for p in five_g)

    _alt(shop, qtbot, pane.top_up_only.text())
    qtbot.waitUntil(pane.top_up_only.isChecked, timeout=WAIT)
    both = _listed(shop)
    assert both and len(both) < len(five_g)
    assert all(p.details.five_g and p.details.rechargeable for p in both)
    assert pane.status.isHidden()

    # Pressed again, the box lets the plans back.
    _alt(shop, qtbot, pane.top_up_only.text())
    qtbot.waitUntil(lambda: not pane.top_up_only.isChecked(), timeout=WAIT)
    assert [p.id for p in _listed(shop)] == [p.id for p in five_g]


def test_the_filter_survives_another_destination_and_says_why_a_list_is_empty(
    qtbot: QtBot, shop: Shop
) -> None:
    drive = driver(qtbot, shop.window)
    drive.find("japan")
    pane = shop.window.plans
    _alt(shop, qtbot, pane.five_g_only.text())
    qtbot.waitUntil(pane.five_g_only.isChecked, timeout=WAIT)
    # Kenya's networks are 4G in the catalogue: no 5G plan there, and the pane says so.
    drive.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    drive.type("kenya")
    drive.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=WAIT)
    assert pane.five_g_only.isChecked()
    assert pane.proxy.rowCount() == 0
    assert pane.status.isVisible()
    assert pane.status.text().startswith("No 5G plans for Kenya.")
    # The United States have 5G plans: listed, and the message is gone.
    drive.find("usa")
    assert pane.five_g_only.isChecked()
    assert all(p.details.five_g for p in _listed(shop))
    assert not pane.status.isVisible()


def test_calls_or_sms_filter_finds_the_carrier_plans(qtbot: QtBot, shop: Shop) -> None:
    drive = driver(qtbot, shop.window)
    drive.find("uk")
    pane = shop.window.plans
    _alt(shop, qtbot, pane.voice_only.text())
    qtbot.waitUntil(pane.voice_only.isChecked, timeout=WAIT)
    calls = _listed(shop)
    assert calls and all(p.details.voice and p.details.phone_number for p in calls)


def test_the_chosen_plan_shows_its_details_on_the_sell_panel(qtbot: QtBot, shop: Shop) -> None:
    drive = driver(qtbot, shop.window)
    drive.find("uk")
    row = drive.row_where(lambda p: bool(p.details.phone_number), "plan with calls")
    plan = drive.pick(row)
    details = shop.window.sell_panel.details
    assert details.isVisible()
    text = details.text()
    assert "5G" in text and "top-up possible" in text
    # ("minute(s)" until the English catalogue gives the plural its form.)
    assert "300 call minute" in text and "300 SMS" in text and "own phone number" in text
    assert "Networks: EE" in text and "O2" in text and "Vodafone" in text
    assert "Validity starts at installation: install it just before the trip." in text
    assert plan.details.activation is Activation.IMMEDIATE
    assert "United Kingdom: EE" in details.toolTip()

    # An Octopus plan: no networks known, data only, its days from activation.
    drive.find("japan")
    drive.pick(drive.row_of(ProviderId.OCTOPUS))
    text = details.text()
    assert "no top-up" in text and "Data only, no calls or SMS" in text
    assert "Networks" not in text and "5G" not in text
    assert "Validity starts at the first connection at the destination." in text


def test_the_install_slip_carries_the_plan_details(qtbot: QtBot, shop: Shop) -> None:
    drive = driver(qtbot, shop.window)
    drive.find("japan")
    plan = drive.pick(drive.row_where(lambda p: p.provider is ProviderId.ESIMFLY and not p.slow))
    drive.sell()
    assert wait_outcome(qtbot, shop.window) == "success"
    order = shop.window.receipts.last_delivered
    assert isinstance(order, Order) and order.status is OrderStatus.DELIVERED
    (slip,) = slips_for_order(order, "en")
    assert slip.details == plan.details
    facts = plan_facts(plan.details, lambda key: _english(key))
    assert any(f.startswith("Networks: NTT Docomo") for f in facts)
    assert "Its days start when the eSIM first connects at your destination." in facts
    # Painted: the slip with details is taller than the same slip without them.
    with_details = slip_image(slip, ROLL_DOTS[80])[0]
    without = slip_image(replace(slip, details=None), ROLL_DOTS[80])[0]
    assert with_details.height() > without.height()


def _english(key: str) -> str:
    from app.ui.receipts.slip import WORDS

    return str(WORDS[key])
