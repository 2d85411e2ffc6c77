"""Destinations: ISO 3166 countries (via pycountry) plus regional and global bundles.

eSIMfly names destinations with alpha-2 codes and free-text region names ("Turkey",
"Europe"); Octopus uses alpha-3 codes, ``GLO`` for global, and undocumented codes for
regions. Everything here turns those into one :class:`Destination` so both catalogues can
be shown side by side.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache


class DestinationKind(StrEnum):
    COUNTRY = "country"
    REGION = "region"
    GLOBAL = "global"


@dataclass(frozen=True, slots=True)
class Destination:
    """Where a plan works. ``code`` is alpha-2 for a country, a slug for a region."""

    kind: DestinationKind
    code: str
    name: str  # English; use :func:`display_name` for the UI language
    alpha3: str | None = None

    @property
    def flag(self) -> str:
        """The flag emoji of a country (regional-indicator pair); a globe otherwise."""
        if self.kind is not DestinationKind.COUNTRY:
            return "\U0001f310"
        return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in self.code)


GLOBAL = Destination(DestinationKind.GLOBAL, "global", "Global")

# Codes pycountry does not carry but providers sell (user-assigned by common agreement).
_EXTRA = {"XK": ("XKX", "Kosovo")}

# Everyday English names providers use that are not ISO short names.
_ALIASES = {
    "turkey": "TR",
    "russia": "RU",
    "macau": "MO",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "cape verde": "CV",
    "palestine": "PS",
    "vatican": "VA",
    "vatican city": "VA",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "micronesia": "FM",
    "brunei": "BN",
    "dr congo": "CD",
    "democratic republic of the congo": "CD",
    "congo-kinshasa": "CD",
    "republic of the congo": "CG",
    "swaziland": "SZ",
    "burma": "MM",
    "usa": "US",
    "united states of america": "US",
    "america": "US",
    "uae": "AE",
    "emirates": "AE",
    "ksa": "SA",
    "korea": "KR",
    "czech republic": "CZ",
    "st. lucia": "LC",
    "st lucia": "LC",
    "st. kitts and nevis": "KN",
    "st. vincent and the grenadines": "VC",
    "the netherlands": "NL",
    "holland": "NL",
    "east timor": "TL",
    "timor leste": "TL",
    "the bahamas": "BS",
    "the gambia": "GM",
    "curacao": "CW",
    "reunion": "RE",
    "sao tome and principe": "ST",
    "kosovo": "XK",
}

# Regions by their everyday name; aliases map to one key so both providers' bundles meet.
_REGIONS = {
    "europe": "Europe",
    "asia": "Asia",
    "middle-east": "Middle East",
    "africa": "Africa",
    "latin-america": "Latin America",
    "north-america": "North America",
    "caribbean": "Caribbean",
    "oceania": "Oceania",
}
_REGION_ALIASES = {
    "eu": "europe",
    "european union": "europe",
    "south america": "latin-america",
    "americas": "latin-america",
    "asia pacific": "asia",
    "apac": "asia",
    "middle east and north africa": "middle-east",
    "mena": "middle-east",
    "australia and new zealand": "oceania",
    "pacific": "oceania",
}
_FOLDED_ALIASES: dict[str, str] = {}  # filled below, once _fold exists
_GLOBAL_NAMES = {"global", "world", "worldwide", "global roaming", "discover global"}
_GLOBAL_CODES = {"GLO", "GLOBAL", "WW"}


def _fold(text: str) -> str:
    """Lower-case, accents stripped, punctuation collapsed: for matching names."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


_FOLDED_ALIASES.update({_fold(alias): code for alias, code in _ALIASES.items()})


def _english_name(country: object) -> str:
    # pycountry's records are untyped: read both names as attributes that may be absent.
    return str(getattr(country, "common_name", None) or getattr(country, "name", ""))


@cache
def country(code: str) -> Destination | None:
    """A country by alpha-2 or alpha-3 code (any case), or None."""
    # pycountry is imported where used: importing it costs more than the counter window
    # takes to show, and the window needs no country before the catalogue is in.
    import pycountry

    value = code.strip().upper()
    for alpha2, (alpha3, name) in _EXTRA.items():
        if value in (alpha2, alpha3):
            return Destination(DestinationKind.COUNTRY, alpha2, name, alpha3)
    if len(value) == 2:
        found = pycountry.countries.get(alpha_2=value)
    elif len(value) == 3:
        found = pycountry.countries.get(alpha_3=value)
    else:
        found = None
    if found is None:
        return None
    return Destination(DestinationKind.COUNTRY, found.alpha_2, _english_name(found), found.alpha_3)


@cache
def country_by_name(name: str) -> Destination | None:
    """A country from an English name as providers write it ("Turkey", "South Korea",
    "Turkiye" without its accent)."""
    import pycountry

    folded = _fold(name)
    if folded in _FOLDED_ALIASES:
        return country(_FOLDED_ALIASES[folded])
    try:
        found = pycountry.countries.lookup(name.strip())
    except LookupError:
        code = _names_by_fold().get(folded)
        return country(code) if code else None
    return country(found.alpha_2)


@cache
def _names_by_fold() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for entry in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(entry, attr, None)
            if value:
                names.setdefault(_fold(value), entry.alpha_2)
    return names


def region(name: str) -> Destination:
    """A regional bundle by name; unknown names become a region of their own."""
    # Octopus names bundles like products ("Europe eSIM"); the suffix is not the region.
    folded = re.sub(r"\s+e ?sims?$", "", _fold(name))
    if folded in _GLOBAL_NAMES:
        return GLOBAL
    key = _REGION_ALIASES.get(folded, folded.replace(" ", "-"))
    return Destination(DestinationKind.REGION, key, _REGIONS.get(key, folded.title()))


def from_code(code: str, fallback_name: str = "") -> Destination | None:
    """Octopus style: an alpha-3 (or alpha-2) code, ``GLO``, or a region's own code."""
    value = code.strip().upper()
    if value in _GLOBAL_CODES:
        return GLOBAL
    found = country(value)
    if found is not None:
        return found
    return region(fallback_name) if fallback_name else None


def all_countries() -> list[Destination]:
    """Every ISO 3166 country plus the extra codes providers sell, sorted by English name."""
    import pycountry

    codes = [c.alpha_2 for c in pycountry.countries] + list(_EXTRA)
    found = [country(code) for code in codes]
    return sorted((d for d in found if d is not None), key=lambda d: _fold(d.name))


@cache
def _translations(language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [language], fallback=True)


def display_name(destination: Destination, language: str = "en") -> str:
    """The destination's name in the UI language (ISO names translated by pycountry)."""
    if destination.kind is not DestinationKind.COUNTRY or language.startswith("en"):
        return destination.name
    import pycountry

    found = pycountry.countries.get(alpha_2=destination.code)
    if found is None:
        return destination.name
    translate = _translations(language.replace("-", "_")).gettext
    common = getattr(found, "common_name", None)
    if common and translate(common) != common:
        return translate(common)
    return translate(found.name)


def search_terms(destination: Destination, language: str = "en") -> tuple[str, ...]:
    """Folded strings a clerk may type to find the destination: names and codes."""
    terms = {_fold(destination.name), _fold(display_name(destination, language))}
    if destination.kind is DestinationKind.COUNTRY:
        terms.add(destination.code.lower())
        if destination.alpha3:
            terms.add(destination.alpha3.lower())
        terms.update(alias for alias, code in _FOLDED_ALIASES.items() if code == destination.code)
    return tuple(sorted(terms))


def match_rank(destination: Destination, query: str, language: str = "en") -> int | None:
    """How well a typed query finds a destination, best first; None when it does not.

    0: the whole code or name ("de", "jpn", "japan"); 1: the start of a name ("jap");
    2: the start of a later word ("states" in United States).
    """
    needle = _fold(query)
    if not needle:
        return 0
    best: int | None = None
    for term in search_terms(destination, language):
        if term == needle:
            return 0
        if term.startswith(needle):
            best = 1
        elif best is None and f" {needle}" in f" {term}":
            best = 2
    return best


def matches(destination: Destination, query: str, language: str = "en") -> bool:
    """Type-to-search: an exact code, or the start of any word of a name."""
    return match_rank(destination, query, language) is not None
