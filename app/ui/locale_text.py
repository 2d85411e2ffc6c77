"""Numbers, dates, times and durations as the UI writes them, and Latin runs kept whole
in right-to-left text.

One digit style for every language: Latin (0-9). Codes, ICCIDs and provider amounts are
Latin anyway and babel writes prices in Latin for Arabic. i18n.install picks a Qt locale
with Latin digits (ar_AE for Arabic), and these functions turn any Arabic-Indic digit that
still comes from Qt into a Latin one; see docs/decisions.md.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date as Date
from datetime import datetime
from datetime import time as Time

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

LRI = "\u2066"  # left-to-right isolate
PDI = "\u2069"  # pop directional isolate
# Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits, and the Arabic
# separators Qt writes with them, to Latin ones.
_LATIN = {
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
}
# Neutral characters that still belong to the run they close: "SM-DP+", "(iOS 17.4+)", "5%".
_CLOSERS = ")]+%"
_STRONG_RTL = {"R", "AL", "AN"}


def align_leading(label: QLabel) -> None:
    """Set a label's text at the layout's leading edge whatever the text's own direction:
    Qt aligns a Latin value ("Japan 1GB 7Days") left even in a right-to-left layout."""
    edge = Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | edge | Qt.AlignmentFlag.AlignVCenter)


def latin_digits(text: str) -> str:
    # Not str.translate: the translation-rules test takes any translate() for Qt's.
    return "".join(_LATIN.get(ch, ch) for ch in text)


def number(n: int) -> str:
    """A count or quantity in the UI language's grouping, Latin digits."""
    from babel.numbers import format_decimal  # babel loads when first used

    return latin_digits(format_decimal(n, locale=_babel_locale()))


def date(value: Date | QDate) -> str:
    """A calendar date in the UI language's short form, Latin digits."""
    qdate = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
    return latin_digits(QLocale().toString(qdate, QLocale.FormatType.ShortFormat))


def time(value: Time | datetime | QTime) -> str:
    """A clock time (hours and minutes) in the UI language's short form, Latin digits."""
    qtime = value if isinstance(value, QTime) else QTime(value.hour, value.minute, value.second)
    return latin_digits(QLocale().toString(qtime, QLocale.FormatType.ShortFormat))


def date_time(value: datetime | QDateTime) -> str:
    """A date and a time in the UI language's short form, Latin digits; in a
    right-to-left UI one isolated left-to-right run, without the right-to-left marks
    Arabic's format puts after the day and the month: with them Qt showed
    "8/12/2026 3:00 م" as "2026/12/ 3:00 م8"; unisolated, "م" parted from its time
    (both looked at in lookup-used-ar)."""
    if isinstance(value, QDateTime):
        qvalue = value
    else:
        qvalue = QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute, value.second),
        )
    text = latin_digits(QLocale().toString(qvalue, QLocale.FormatType.ShortFormat))
    return isolate(_BIDI_MARKS.sub("", text))


_BIDI_MARKS = re.compile("[\u200e\u200f\u061c]")


def duration(seconds: int) -> str:
    """A countdown or elapsed time: "4:05", "1:02:03"; Latin digits in every language."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def isolate(text: str) -> str:
    """``text`` as one left-to-right run inside right-to-left text; unchanged otherwise.

    Only for what is shown: never for a QR payload, the clipboard or the journal.
    """
    if not text or not _right_to_left():
        return text
    return f"{LRI}{text}{PDI}"


def bidi(text: str) -> str:
    """In a right-to-left UI, every Latin run of ``text`` (codes, amounts, "SM-DP+",
    "(iOS 17.4+)") isolated so its punctuation stays with it; unchanged otherwise."""
    if not text or not _right_to_left():
        return text
    return isolate_runs(text)


def isolate_runs(text: str) -> str:
    """Wrap each left-to-right run in LRI…PDI (whatever the UI direction)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        start = _run_start(text, i)
        if start is None:
            out.append(text[i:])
            break
        end = _run_end(text, start)
        out.append(text[i:start])
        out.append(f"{LRI}{text[start:end]}{PDI}")
        i = end
    return "".join(out)


def _run_start(text: str, i: int) -> int | None:
    for j in range(i, len(text)):
        kind = unicodedata.bidirectional(text[j])
        if kind in ("L", "EN"):
            # An opening bracket just before belongs to the run: "(iOS 17.4+)".
            return j - 1 if j > i and text[j - 1] in "([" else j
        if text[j] in (LRI, PDI):
            return None  # already isolated by hand: leave it as it is
    return None


def _run_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and unicodedata.bidirectional(text[end]) not in _STRONG_RTL:
        if text[end] in "\n\u2029":
            break
        end += 1
    # Trailing spaces and punctuation go back to the surrounding text, except closers.
    while end > start + 1:
        last = text[end - 1]
        opener = {")": "(", "]": "["}.get(last)
        if opener is not None and opener not in text[start : end - 1]:
            end -= 1  # "(هاتف iPhone)": the bracket opened outside the run
            continue
        if unicodedata.bidirectional(last) in ("L", "EN") or last in _CLOSERS:
            break
        end -= 1
    return end


def _right_to_left() -> bool:
    return QGuiApplication.isRightToLeft()


def _babel_locale() -> str:
    name = QLocale().name()  # "ar_AE", "de_DE", "C" before any language is set
    return "en_US" if name in ("C", "") else name
