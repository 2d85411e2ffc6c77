"""Destination names in the UI language, and type-to-search over them.

Countries come translated from pycountry (app.core.countries); the regions and Global,
which ISO does not name, come from the counter's own Qt catalogue through the table
below (lupdate finds the strings where QT_TRANSLATE_NOOP marks them).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core import countries
from app.core.countries import Destination, DestinationKind

if TYPE_CHECKING:
    # PySide's stub says object; at run time it returns the text it was given.
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# Every region key app.core.countries knows (its _REGIONS), English name as the source.
REGION_NAMES = {
    "europe": QT_TRANSLATE_NOOP("Destinations", "Europe"),
    "asia": QT_TRANSLATE_NOOP("Destinations", "Asia"),
    "middle-east": QT_TRANSLATE_NOOP("Destinations", "Middle East"),
    "africa": QT_TRANSLATE_NOOP("Destinations", "Africa"),
    "latin-america": QT_TRANSLATE_NOOP("Destinations", "Latin America"),
    "north-america": QT_TRANSLATE_NOOP("Destinations", "North America"),
    "caribbean": QT_TRANSLATE_NOOP("Destinations", "Caribbean"),
    "oceania": QT_TRANSLATE_NOOP("Destinations", "Oceania"),
}
GLOBAL_NAME = QT_TRANSLATE_NOOP("Destinations", "Global")


def destination_name(destination: Destination, language: str = "en") -> str:
    """The name the clerk and the traveller read: "Japan", "Europa", "عالمي"."""
    if destination.kind is DestinationKind.COUNTRY:
        return countries.display_name(destination, language)
    if destination.kind is DestinationKind.GLOBAL:
        return QCoreApplication.translate("Destinations", GLOBAL_NAME)
    if destination.code in REGION_NAMES:
        return QCoreApplication.translate("Destinations", REGION_NAMES[destination.code])
    # A bundle a provider named in its own words: its English name is all there is.
    return destination.name


def _fold(text: str) -> str:
    """Case and accents away, every script kept ("Europa", "Türkiye", "اليابان")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain).split())


def match_rank(destination: Destination, query: str, language: str = "en") -> int | None:
    """How well a typed query finds a destination (0 best), None when it does not.

    The core ranks codes, English names and pycountry's names, but folds to Latin letters
    only; the name the UI shows (a translated region, an Arabic country) is ranked here.
    """
    needle = _fold(query)
    if not needle:
        return 0
    ranks: list[int] = []
    if needle.isascii():
        # The core folds non-Latin letters away; an Arabic query would match everything.
        core = countries.match_rank(destination, query, language)
        if core is not None:
            ranks.append(core)
    name = _fold(destination_name(destination, language))
    if name == needle:
        ranks.append(0)
    elif name.startswith(needle):
        ranks.append(1)
    elif f" {needle}" in f" {name}":
        ranks.append(2)
    return min(ranks) if ranks else None
