"""Receipt and slip words in a chosen language, not only the UI's: the install slip speaks
the traveller's language, which may not be the one the counter runs in.

Each language's catalogue (``resources/translations/esim_counter_<lang>.qm``) is loaded
once into a QTranslator of its own, never installed into the application; a word with no
translation yet is printed as its English source.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from PySide6.QtCore import QTranslator

from app.ui import i18n
from app.ui.locale_text import LRI, PDI, isolate_runs, latin_digits


@cache
def _translator(language: str) -> QTranslator | None:
    code = i18n.resolve(language)
    if code == "en":
        return None
    translator = QTranslator()
    if not translator.load(f"esim_counter_{code}", str(i18n.OWN_TRANSLATIONS)):
        return None
    return translator


def in_language(language: str, context: str, text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in ``context``) in ``language``."""
    translator = _translator(language)
    if translator is None:
        return text
    return translator.translate(context, text) or text


def right_to_left(language: str) -> bool:
    return i18n.resolve(language) in i18n.RIGHT_TO_LEFT


def shown(text: str, language: str) -> str:
    """Text as printed: Latin digits always; in a right-to-left language every Latin run
    (amounts, codes, "SM-DP+") isolated so its punctuation stays with it."""
    text = latin_digits(text)
    if not right_to_left(language):
        return text
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        # Wholly left-to-right (a word not translated yet, an address in Latin letters):
        # one run, so "Receipt no." keeps its full stop at its end.
        return f"{LRI}{text}{PDI}"
    return isolate_runs(text)
