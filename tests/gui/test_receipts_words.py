"""The install slip speaks the traveller's language, whatever language the counter runs
in; right-to-left receipts keep Latin words and codes whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.ui.locale_text import LRI, PDI
from app.ui.receipts import sample
from app.ui.receipts.render import slip_image
from app.ui.receipts.slip import WORDS
from app.ui.receipts.words import in_language, shown


def test_words_come_in_the_language_asked_not_the_ui_language(qapp: QApplication) -> None:
    # The UI runs in English; a German and an Arabic catalogue answer on their own.
    assert QCoreApplication.translate("SettingsDialog", "Shop name") == "Shop name"
    assert in_language("de", "SettingsDialog", "Shop name") == "Name des Geschäfts"
    assert in_language("ar", "SettingsDialog", "Shop name") == "اسم المتجر"
    assert in_language("xx", "SettingsDialog", "Shop name") == "Shop name"
    # A word with no translation yet prints in English rather than not at all.
    assert in_language("de", "InstallSlip", "A sentence nobody translated") == (
        "A sentence nobody translated"
    )


def test_the_slip_carries_three_steps_the_codes_and_the_privacy_mark(qapp: QApplication) -> None:
    _image, painted = slip_image(sample.slip(), 576)
    texts = painted.texts
    assert str(WORDS["private"]) in texts
    assert [t for t in texts if t[:2] in ("1.", "2.", "3.")] == [
        str(WORDS["step1"]),
        str(WORDS["step2"]),
        str(WORDS["step3"]),
    ]
    assert sample.MATCHING_ID in texts and "smdp.example.com" in texts
    # The privacy mark comes first, above the QR.
    assert painted.regions["private"].bottom() < painted.regions["qr"].top()


def test_latin_text_in_arabic_stays_one_run(qapp: QApplication) -> None:
    assert shown("Receipt no.", "ar") == f"{LRI}Receipt no.{PDI}"
    assert shown("Receipt no.", "en") == "Receipt no."
    assert shown("شارع ١٢", "ar") == f"شارع {LRI}12{PDI}"  # Latin digits, isolated


def test_a_long_name_wraps_on_the_roll_instead_of_running_off_it(qapp: QApplication) -> None:
    from dataclasses import replace

    from app.ui.receipts.data import ShopDetails
    from app.ui.receipts.render import receipt_image

    long_name = "Departures hall, level 2, next to the pharmacy and gate B " * 3
    data = replace(sample.receipt(), shop=ShopDetails("Shop", counter_name=long_name.strip()))
    _image, painted = receipt_image(data, 384)
    assert long_name.strip() in painted.texts
    assert painted.regions["counter"].height() > 3 * painted.regions["clerk"].height()
    # Every painted item lies inside the roll.
    for rect in painted.regions.values():
        assert rect.left() >= 0 and rect.right() < 384


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_label_too_wide_beside_a_big_amount_goes_above_it(
    qapp: QApplication, language: str
) -> None:
    """One word cannot wrap: beside a large total it would be drawn over the amount."""
    from PySide6.QtGui import QImage, QPainter

    from app.ui.receipts.canvas import Canvas

    image = QImage(384, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        canvas = Canvas(painter, 384, 203, language)
        canvas.row("Summe", "EUR 23.00", 13, bold=True, role="total")
    finally:
        painter.end()
    label, value = canvas.painted.regions["total-label"], canvas.painted.regions["total"]
    assert not label.intersects(value), (label, value)
    assert value.top() >= label.bottom()
