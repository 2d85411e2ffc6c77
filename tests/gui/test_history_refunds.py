"""History after refunds (issue 15): a refunded sale says so, and the export carries its
refund as a negative line after it."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.core.money import Money
from app.core.payment import Method
from app.core.plans import ProviderId
from app.core.refunds import RefundKind

from .clerk import driver, row_of, wait_outcome
from .conftest import Shop
from .test_history import _open, _plan


def test_a_refunded_sale_shows_refunded_and_exports_its_negative_line(
    qtbot: QtBot, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = shop.counter
    refunded = counter.sell(_plan(counter, ProviderId.OCTOPUS)).order
    kept = counter.sell(_plan(counter, ProviderId.ESIMFLY)).order
    counter.refunds.refund(refunded.reference, reason="wrong country", kind=RefundKind.SHOP_LOSS)
    dialog = _open(qtbot, shop, rows=3)  # two sales and the refund's negative line
    model = dialog.model
    statuses = {
        model.order(row).reference: model.cells(model.order(row))[model.STATUS]
        for row in range(model.rowCount())
        if model.refund(row) is None
    }
    assert statuses[refunded.reference].startswith("Refunded")
    assert statuses[kept.reference].startswith("Delivered")

    target = tmp_path / "sales.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.table.selectAll()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exported" in dialog.message.text())
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    (refund_row,) = [r for r in rows if r["failure_reason"].startswith("refund of")]
    assert refund_row["failure_reason"] == f"refund of {refunded.reference}"
    assert refund_row["status"] == "REFUNDED" and refund_row["clerk"] == "test"
    assert len(rows) == 3


def test_the_day_report_shows_refunds_off_the_drawer(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    drive = driver(qtbot, window)
    drive.find("germ")
    plan = drive.pick(row_of(window, ProviderId.ESIMFLY))
    drive.take_payment(Method.CASH, "20")
    drive.confirm()
    assert wait_outcome(qtbot, window) == "success"
    (paid,) = shop.journal.search()
    assert paid.quote is not None
    outcome = shop.counter.refunds.refund(paid.reference, reason="wrong country")
    assert outcome.error is None and plan.provider is ProviderId.ESIMFLY
    report = drive.open_day_report()
    qtbot.waitUntil(lambda: report.till_model.rowCount() == 1)
    cash = report.till_model.item(0, 6).text()
    assert cash == Money(Decimal(0), "USD").format()
    zero = Money(Decimal(0), "USD").format()
    assert report.drawer.text() == (
        f"Cash expected in the drawer: {zero} "
        f"(after 1 refund(s): {paid.quote.gross.format()} paid back)"
    )
