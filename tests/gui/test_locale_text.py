"""One digit style per language and Latin runs kept whole in right-to-left text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from app.ui.locale_text import (
    LRI,
    PDI,
    bidi,
    duration,
    isolate,
    isolate_runs,
    latin_digits,
    number,
)
from app.ui.locale_text import date as format_date
from app.ui.locale_text import date_time as format_date_time
from app.ui.locale_text import time as format_time

ARABIC_DIGITS = {chr(c) for c in (*range(0x0660, 0x066A), *range(0x06F0, 0x06FA))}


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "ar")
    yield
    i18n.uninstall(qapp, installed)


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        ("عنوان SM-DP+", f"عنوان {LRI}SM-DP+{PDI}"),
        ("آيفون (iOS 17.4+): رابط التثبيت", f"آيفون {LRI}(iOS 17.4+){PDI}: رابط التثبيت"),
        ("تُغلق بعد 4:59", f"تُغلق بعد {LRI}4:59{PDI}"),
        ("3 × USD 4.50 = USD 13.50", f"{LRI}3 × USD 4.50 = USD 13.50{PDI}"),
        ("(هاتف iPhone)", f"(هاتف {LRI}iPhone{PDI})"),
        ("اليابان", "اليابان"),
        (f"عنوان {LRI}SM-DP+{PDI}", f"عنوان {LRI}SM-DP+{PDI}"),  # never twice
    ],
)
def test_latin_runs_are_isolated_with_their_punctuation(text: str, isolated: str) -> None:
    assert isolate_runs(text) == isolated


def test_isolates_only_in_a_right_to_left_ui(qapp: QApplication) -> None:
    assert bidi("SM-DP+ address") == "SM-DP+ address"
    assert isolate("8988 0100") == "8988 0100"
    installed = i18n.install(qapp, "ar")
    try:
        assert bidi("عنوان SM-DP+") == f"عنوان {LRI}SM-DP+{PDI}"
        assert isolate("8988 0100") == f"{LRI}8988 0100{PDI}"
    finally:
        i18n.uninstall(qapp, installed)


@pytest.mark.usefixtures("arabic")
def test_arabic_numbers_dates_and_times_use_latin_digits() -> None:
    written = [
        number(1234),
        format_date(date(2026, 12, 1)),
        format_time(datetime(2026, 12, 1, 15, 5)),
        duration(299),
    ]
    assert not ARABIC_DIGITS & set("".join(written)), written
    assert "1" in written[1] and "12" in written[1] and "2026" in written[1]
    assert "3:05" in written[2]
    assert written[3] == "4:59"


def test_durations_and_digits() -> None:
    assert duration(0) == "0:00"
    assert duration(65) == "1:05"
    assert duration(3723) == "1:02:03"
    assert latin_digits("١‏/١٢‏/٢٠٢٦ ٣:٠٥") == "1‏/12‏/2026 3:05"


@pytest.mark.usefixtures("arabic")
def test_the_arabic_ui_formats_with_latin_digits_and_arabic_names() -> None:
    # Spin boxes and date edits write through the default locale, not locale_text.
    locale = QLocale()
    assert locale.language() == QLocale.Language.Arabic
    assert locale.zeroDigit() == "0"
    assert locale.monthName(12) == "ديسمبر"


@pytest.mark.usefixtures("arabic")
def test_an_arabic_date_with_a_time_has_no_marks_that_scramble_it() -> None:
    """With Arabic's right-to-left marks after the day and month, Qt shows
    "8/12/2026 3:00 م" as "2026/12/ 3:00 م8" beside Arabic text."""
    text = format_date_time(datetime(2026, 12, 1, 13, 3))
    assert text.startswith(LRI) and text.endswith(PDI)  # one run: "م" stays by its time
    assert not {"\u200e", "\u200f", "\u061c"} & set(text)
    assert text.index("2026") < text.index("1:03")
    assert not ARABIC_DIGITS & set(text)
