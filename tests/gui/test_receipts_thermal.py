"""Receipts on an ESC/POS thermal printer: python-escpos sends real bytes over TCP to a
fake printer on 127.0.0.1; what it received is decoded back into pictures and checked
against the layout, on 58 and 80 mm rolls, in English and Arabic."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.errors import PrinterPaperOutError, PrinterSetupError, PrinterUnreachableError
from app.ui.messages import describe
from app.ui.receipts import sample
from app.ui.receipts.data import ReceiptData
from app.ui.receipts.layout import BIG, receipt_number
from app.ui.receipts.printing import print_receipt
from app.ui.receipts.render import ROLL_DOTS, THERMAL_DPI, receipt_image
from app.ui.receipts.thermal import to_bitmap
from app.ui.runner import Runner
from app.ui.settings_store import write
from tests.gui.escpos_fake import PAPER_OUT, RASTER, FakePrinter, decode_raster
from tests.gui.receipt_images import differing, found_at, text_alone


@pytest.fixture
def runner(qapp: object) -> Iterator[Runner]:
    runner = Runner()
    yield runner
    runner.shutdown()


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def thermal_settings(tmp_path: Path, address: str, paper: int) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    write(settings, schema.RECEIPT_TARGET, "thermal")
    write(settings, schema.THERMAL_CONNECTION, "network")
    write(settings, schema.THERMAL_ADDRESS, address)
    write(settings, schema.THERMAL_PAPER_MM, paper)
    return settings


class Outcome:
    def __init__(self) -> None:
        self.done = False
        self.error: BaseException | None = None

    def finished(self, _path: object) -> None:
        self.done = True

    def failed(self, error: BaseException) -> None:
        self.error = error

    @property
    def over(self) -> bool:
        return self.done or self.error is not None


def print_and_collect(
    qtbot: QtBot,
    runner: Runner,
    settings: QSettings,
    printer: FakePrinter,
    data: ReceiptData,
    **slip: object,
) -> list:
    outcome = Outcome()
    assert print_receipt(
        data, settings, runner, on_done=outcome.finished, on_error=outcome.failed, **slip
    ) == "thermal"  # fmt: skip
    qtbot.waitUntil(lambda: outcome.over, timeout=15000)
    assert outcome.error is None, describe(outcome.error)
    qtbot.waitUntil(lambda: printer.received() == 1, timeout=5000)
    return decode_raster(printer.jobs[0])


def check_layout(page, data: ReceiptData, dots: int) -> None:
    """The printed receipt is the layout, and its number and total are where the layout
    puts them (at the trailing edge: right, or left in Arabic)."""
    reference, painted = receipt_image(data, dots, THERMAL_DPI)
    assert page.width == dots
    assert differing(page, to_bitmap(reference)) <= 0.01
    number, total = painted.regions["number"], painted.regions["total"]
    assert number.bottom() < total.top()
    rtl = data.language == "ar"
    for region in (number, total):
        assert (region.left() < dots // 2) if rtl else (region.right() > dots // 2)
    language = data.language
    own = text_alone(receipt_number(data.number), BIG, THERMAL_DPI, bold=True, language=language)
    other = text_alone(receipt_number(data.number + 1), BIG, THERMAL_DPI, bold=True)
    assert found_at(page, number, own) < 0.005
    assert found_at(page, number, other) > 0.015  # one digit apart is told apart
    amount = data.gross.format(data.locale)
    assert found_at(page, total, text_alone(amount, BIG, THERMAL_DPI, bold=True)) < 0.005
    wrong = (data.gross + data.gross).format(data.locale)
    assert found_at(page, total, text_alone(wrong, BIG, THERMAL_DPI, bold=True)) > 0.015


@pytest.mark.parametrize("paper", [58, 80])
def test_a_receipt_reaches_a_network_printer_as_a_raster_image(
    qtbot: QtBot, runner: Runner, printer: FakePrinter, tmp_path: Path, paper: int
) -> None:
    settings = thermal_settings(tmp_path, printer.address, paper)
    data = sample.receipt(number=42)
    pages = print_and_collect(qtbot, runner, settings, printer, data)
    assert len(pages) == 1
    assert RASTER in printer.jobs[0]
    check_layout(pages[0], data, ROLL_DOTS[paper])
    # No QR on a customer receipt: nothing there installs the eSIM.
    assert zxingcpp.read_barcodes(pages[0].convert("L")) == []


@pytest.mark.parametrize("paper", [58, 80])
def test_an_arabic_receipt_prints_right_to_left(
    qtbot: QtBot, runner: Runner, printer: FakePrinter, tmp_path: Path, paper: int
) -> None:
    settings = thermal_settings(tmp_path, printer.address, paper)
    data = sample.receipt(number=7, language="ar")
    pages = print_and_collect(qtbot, runner, settings, printer, data)
    check_layout(pages[0], data, ROLL_DOTS[paper])


def test_the_install_slip_prints_after_the_receipt_and_scans_as_the_lpa_string(
    qtbot: QtBot, runner: Runner, printer: FakePrinter, tmp_path: Path
) -> None:
    settings = thermal_settings(tmp_path, printer.address, 58)
    data = sample.receipt()
    pages = print_and_collect(qtbot, runner, settings, printer, data, slip=sample.slip())
    assert len(pages) == 2  # cut between them: the slip can be handed over on its own
    found = zxingcpp.read_barcodes(pages[1].convert("L"))
    assert [b.text for b in found] == [sample.LPA]


def test_a_reprint_is_marked_copy_with_its_time(
    qtbot: QtBot, runner: Runner, printer: FakePrinter, tmp_path: Path
) -> None:
    settings = thermal_settings(tmp_path, printer.address, 80)
    data = sample.receipt().as_copy(datetime(2026, 12, 3, 10, 15))
    pages = print_and_collect(qtbot, runner, settings, printer, data)
    check_layout(pages[0], data, 576)
    _image, painted = receipt_image(data, 576)
    assert "COPY" in painted.texts
    assert "Reprinted 2026-12-03 10:15" in painted.texts
    band = painted.regions["copy"]
    assert band.top() < painted.regions["number"].top()  # the first thing on the paper
    first = receipt_image(sample.receipt(), 576)[1]
    assert "COPY" not in first.texts and "copy" not in first.regions


def test_a_printer_out_of_paper_is_told_to_the_clerk_and_gets_nothing(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    printer = FakePrinter(paper=PAPER_OUT)
    try:
        settings = thermal_settings(tmp_path, printer.address, 80)
        outcome = Outcome()
        print_receipt(sample.receipt(), settings, runner, on_error=outcome.failed)
        qtbot.waitUntil(lambda: outcome.over, timeout=15000)
        assert isinstance(outcome.error, PrinterPaperOutError)
        assert "out of paper" in describe(outcome.error)
        qtbot.waitUntil(lambda: printer.received() == 1, timeout=5000)
        assert RASTER not in printer.jobs[0]
    finally:
        printer.close()


def test_a_printer_that_is_off_is_named_in_the_message(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    address = f"127.0.0.1:{port}"  # nobody listens there any more: connection refused
    settings = thermal_settings(tmp_path, address, 80)
    outcome = Outcome()
    print_receipt(sample.receipt(), settings, runner, on_error=outcome.failed)
    qtbot.waitUntil(lambda: outcome.over, timeout=15000)
    assert isinstance(outcome.error, PrinterUnreachableError)
    sentence = describe(outcome.error)
    assert address in sentence and "History" in sentence


@pytest.mark.parametrize(
    ("connection", "address"),
    [("network", ""), ("network", "10.0.0.5:printer"), ("usb", "04b8"), ("usb", "zz:01")],
)
def test_a_printer_not_set_up_says_so(
    qtbot: QtBot, runner: Runner, tmp_path: Path, connection: str, address: str
) -> None:
    settings = thermal_settings(tmp_path, address, 80)
    write(settings, schema.THERMAL_CONNECTION, connection)
    outcome = Outcome()
    print_receipt(sample.receipt(), settings, runner, on_error=outcome.failed)
    qtbot.waitUntil(lambda: outcome.over, timeout=15000)
    assert isinstance(outcome.error, PrinterSetupError)
    assert "Settings → Receipts" in describe(outcome.error)
