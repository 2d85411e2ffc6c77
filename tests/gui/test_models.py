"""The plans table sorts by value and filters by data and validity; the destination
picker finds by name, alpha-2 and alpha-3 and keeps recent destinations on top."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import countries
from app.core.money import Money
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId
from app.ui import i18n
from app.ui.destinations import DEST_ROLE, DestinationPicker
from app.ui.plans_model import PlansModel, PlansProxy

JAPAN = countries.country("JP")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    # English plural forms ("1 day", "30 days") come from its -pluralonly catalogue,
    # installed as the app installs it.
    installed = i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp, installed)


def _plan(code: str, gb: str | None, days: int, price: str, provider: ProviderId) -> Plan:
    key = EsimflyKey(code) if provider is ProviderId.ESIMFLY else OctopusKey(1, Decimal(price))
    return Plan(
        provider,
        key,
        JAPAN,
        code,
        None if gb is None else Decimal(gb),
        days,  # type: ignore[arg-type]
        Money.of(price, "USD"),
    )


PLANS = [
    _plan("a", "5", 30, "9.00", ProviderId.OCTOPUS),
    _plan("b", "10", 7, "12.50", ProviderId.ESIMFLY),
    _plan("c", None, 7, "14.50", ProviderId.OCTOPUS),
    _plan("d", "1", 15, "2.04", ProviderId.ESIMFLY),
    _plan("e", "0.5", 1, "100.00", ProviderId.ESIMFLY),
]


def _column(proxy: PlansProxy, column: int) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _sorted_codes(proxy: PlansProxy, column: int, order: Qt.SortOrder) -> list[str]:
    proxy.sort(column, order)
    return [proxy.plan_at(proxy.index(r, 0)).key.id.split(":")[-1] for r in range(proxy.rowCount())]  # type: ignore[union-attr]


def test_plans_sort_by_value_not_text(qapp: QApplication) -> None:
    model = PlansModel()
    model.set_plans(PLANS)
    proxy = PlansProxy()
    proxy.setSourceModel(model)
    # As text, "10 GB" < "5 GB" and "USD 100.00" < "USD 12.50"; as values they are not.
    proxy.sort(PlansModel.DATA, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, PlansModel.DATA) == ["0.5 GB", "1 GB", "5 GB", "10 GB", "Unlimited"]
    proxy.sort(PlansModel.PRICE, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, PlansModel.PRICE) == [
        "USD\u00a02.04",
        "USD\u00a09.00",
        "USD\u00a012.50",
        "USD\u00a014.50",
        "USD\u00a0100.00",
    ]
    proxy.sort(PlansModel.VALIDITY, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, PlansModel.VALIDITY)[:2] == ["30 days", "15 days"]
    assert _column(proxy, PlansModel.VALIDITY)[-1] == "1 day"


def test_plans_filter_by_data_and_validity(qapp: QApplication) -> None:
    model = PlansModel()
    model.set_plans(PLANS)
    proxy = PlansProxy()
    proxy.setSourceModel(model)
    proxy.set_min_data(Decimal(5))
    assert sorted(_column(proxy, PlansModel.DATA)) == ["10 GB", "5 GB", "Unlimited"]
    proxy.set_min_days(15)
    assert _column(proxy, PlansModel.DATA) == ["5 GB"]
    proxy.set_min_days(0)
    proxy.set_min_data(None, unlimited_only=True)
    assert _column(proxy, PlansModel.DATA) == ["Unlimited"]


def test_picker_finds_by_name_and_codes_and_keeps_recents_on_top(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    picker = DestinationPicker(settings)
    qtbot.addWidget(picker)
    everything = [*countries.all_countries(), countries.region("Europe"), countries.GLOBAL]
    picker.set_destinations(everything)
    chosen: list[countries.Destination] = []
    picker.chosen.connect(chosen.append)

    def first_after(text: str) -> countries.Destination:
        picker.search.setText(text)
        return picker.proxy.index(0, 0).data(DEST_ROLE)

    assert first_after("JPN").code == "JP"
    assert first_after("de").code == "DE"
    assert first_after("turkey").code == "TR"
    assert first_after("europe").code == "europe"
    for text in ("jap", "germ"):
        picker.search.setText(text)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert [d.code for d in chosen] == ["JP", "DE"]
    picker.search.clear()
    top = [picker.proxy.index(r, 0).data(DEST_ROLE).code for r in range(2)]
    assert top == ["DE", "JP"]  # the most recent first
    # Arrow keys in the search box move the selection; Enter takes it.
    picker.search.setText("united")
    second = picker.proxy.index(1, 0).data(DEST_ROLE)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert chosen[-1] == second
