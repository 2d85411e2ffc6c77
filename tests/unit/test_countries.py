"""Destinations: ISO countries, provider spellings, regions, search and flags."""

from __future__ import annotations

import unicodedata

import pytest

from app.core.countries import (
    GLOBAL,
    Destination,
    DestinationKind,
    all_countries,
    country,
    country_by_name,
    display_name,
    from_code,
    matches,
    region,
)

# --- codes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alpha2", "alpha3", "name"),
    [
        ("TR", "TUR", "Türkiye"),  # ISO short name since 2022
        ("JP", "JPN", "Japan"),
        ("US", "USA", "United States"),
        ("DE", "DEU", "Germany"),
        ("IQ", "IRQ", "Iraq"),
        ("GB", "GBR", "United Kingdom"),
    ],
)
def test_alpha2_alpha3_round_trip(alpha2: str, alpha3: str, name: str) -> None:
    by2, by3 = country(alpha2), country(alpha3)
    assert by2 is not None
    assert by2 == by3
    assert by2.kind is DestinationKind.COUNTRY
    assert (by2.code, by2.alpha3, by2.name) == (alpha2, alpha3, name)
    # and back again through the codes and the English name
    assert country(by2.alpha3) == by2
    assert country_by_name(by2.name) == by2


@pytest.mark.parametrize(
    ("code", "alpha2"), [("tr", "TR"), (" tur ", "TR"), ("Jpn", "JP"), ("uS\n", "US")]
)
def test_codes_are_case_and_space_insensitive(code: str, alpha2: str) -> None:
    found = country(code)
    assert found is not None
    assert found.code == alpha2


@pytest.mark.parametrize("code", ["XK", "XKX", "xk", "xkx"])
def test_kosovo_is_known_although_iso_has_no_code_for_it(code: str) -> None:
    assert country(code) == Destination(DestinationKind.COUNTRY, "XK", "Kosovo", "XKX")


@pytest.mark.parametrize("code", ["ZZ", "ZZZ", "EU", "AA", "", "X", "TURK", "GLO", "12"])
def test_unknown_codes_give_none(code: str) -> None:
    assert country(code) is None


# --- provider spellings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "alpha2"),
    [
        ("Turkey", "TR"),
        ("turkey", "TR"),
        ("Türkiye", "TR"),
        ("South Korea", "KR"),
        ("Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("North Korea", "KP"),
        ("Ivory Coast", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Russia", "RU"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Great Britain", "GB"),
        ("Macau", "MO"),
        ("Macao", "MO"),
        ("USA", "US"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("Vietnam", "VN"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Holland", "NL"),
        ("Kosovo", "XK"),
        ("  Japan  ", "JP"),
        ("Iraq", "IQ"),
    ],
)
def test_provider_spellings_resolve(name: str, alpha2: str) -> None:
    found = country_by_name(name)
    assert found is not None, name
    assert found.code == alpha2


@pytest.mark.parametrize("name", ["Narnia", "", "Europe", "Global", "Atlantis eSIM"])
def test_unknown_names_give_none(name: str) -> None:
    assert country_by_name(name) is None


# --- regions and global ---------------------------------------------------------------------


@pytest.mark.parametrize("code", ["GLO", "glo", "GLOBAL", "WW", " glo "])
def test_from_code_global(code: str) -> None:
    assert from_code(code) is GLOBAL
    assert GLOBAL.kind is DestinationKind.GLOBAL


def test_from_code_country_by_alpha3_and_alpha2() -> None:
    assert from_code("TUR") == country("TR")
    assert from_code("JP") == country("JP")


def test_from_code_unknown_falls_back_to_the_region_name() -> None:
    assert from_code("EUR", "Europe eSIM") == region("Europe")
    assert from_code("QQQ") is None


@pytest.mark.parametrize(
    ("name", "code", "display"),
    [
        ("Europe", "europe", "Europe"),
        ("Europe eSIM", "europe", "Europe"),  # Octopus product naming
        ("Europe eSIMs", "europe", "Europe"),
        ("Europe esim", "europe", "Europe"),
        ("EU", "europe", "Europe"),
        ("South America", "latin-america", "Latin America"),
        ("Latin America", "latin-america", "Latin America"),
        ("Asia Pacific", "asia", "Asia"),
        ("Middle East", "middle-east", "Middle East"),
        ("MENA", "middle-east", "Middle East"),
        ("Caribbean eSIM", "caribbean", "Caribbean"),
    ],
)
def test_region(name: str, code: str, display: str) -> None:
    found = region(name)
    assert found.kind is DestinationKind.REGION
    assert found.code == code
    assert found.name == display
    assert found.alpha3 is None


@pytest.mark.parametrize(
    ("name", "code", "display"),
    [
        ("Balkans", "balkans", "Balkans"),
        ("Central Asia eSIM", "central-asia", "Central Asia"),
        ("SCANDINAVIA", "scandinavia", "Scandinavia"),
    ],
)
def test_unknown_region_becomes_its_own_region(name: str, code: str, display: str) -> None:
    found = region(name)
    assert found.kind is DestinationKind.REGION
    assert (found.code, found.name) == (code, display)


@pytest.mark.parametrize("name", ["Global", "World", "Worldwide", "Global Roaming", "World eSIM"])
def test_global_region_names(name: str) -> None:
    assert region(name) is GLOBAL


def test_both_providers_europe_bundles_meet() -> None:
    # eSIMfly says "Europe", Octopus sells "Europe eSIM": the same destination.
    assert region("Europe") == region("Europe eSIM") == region("EU")


# --- display names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alpha2", "language", "name"),
    [
        ("DE", "de", "Deutschland"),
        ("DE", "fr", "Allemagne"),
        ("TR", "de", "Türkei"),
        ("TR", "fr", "Turquie"),
        ("US", "de", "Vereinigte Staaten"),
        ("US", "fr", "États-Unis"),
        ("JP", "fr", "Japon"),
        ("GB", "de", "Vereinigtes Königreich"),
        ("KR", "de", "Südkorea"),
        ("DE", "de_DE", "Deutschland"),
        ("DE", "fr-FR", "Allemagne"),
        ("DE", "en", "Germany"),
        ("DE", "en_GB", "Germany"),
    ],
)
def test_display_name(alpha2: str, language: str, name: str) -> None:
    destination = country(alpha2)
    assert destination is not None
    assert display_name(destination, language) == name


def test_display_name_falls_back_to_english() -> None:
    kosovo = country("XK")
    assert kosovo is not None
    assert display_name(kosovo, "de") == "Kosovo"  # not in the ISO translations
    assert display_name(country("JP"), "xx") == "Japan"  # type: ignore[arg-type]
    assert display_name(region("Europe"), "de") == "Europe"
    assert display_name(GLOBAL, "fr") == "Global"


# --- search ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alpha2", "query"),
    [
        ("TR", "tr"),
        ("TR", "TUR"),
        ("TR", "tür"),
        ("TR", "Türkiye"),
        ("TR", "turkiye"),  # accents do not matter
        ("TR", "TURKIYE"),
        ("TR", "turkey"),  # alias
        ("TR", "Turk"),
        ("US", "us"),
        ("US", "usa"),
        ("US", "united"),
        ("US", "states"),  # start of a later word
        ("US", "united st"),
        ("US", "america"),  # from the alias "united states of america"
        ("GB", "uk"),
        ("GB", "king"),
        ("CI", "cote"),
        ("CI", "côte"),
        ("CI", "ivory"),
        ("KR", "korea"),
        ("KR", "south"),
        ("NE", "niger"),
        ("NG", "niger"),  # "niger" is a prefix of Nigeria: both are offered
        ("NG", "nigeria"),
        ("AX", "aland"),
        ("XK", "kosovo"),
        ("XK", "xkx"),
    ],
)
def test_matches(alpha2: str, query: str) -> None:
    destination = country(alpha2)
    assert destination is not None
    assert matches(destination, query), (alpha2, query)


@pytest.mark.parametrize(
    ("alpha2", "query"),
    [
        ("NE", "nigeria"),  # Niger is not Nigeria
        ("TR", "key"),  # only word starts count, not the middle of a word
        ("US", "nited"),
        ("US", "ates"),
        ("JP", "jpx"),
        ("DE", "deu tschland"),
    ],
)
def test_does_not_match(alpha2: str, query: str) -> None:
    destination = country(alpha2)
    assert destination is not None
    assert not matches(destination, query), (alpha2, query)


def test_matches_in_the_ui_language() -> None:
    germany = country("DE")
    assert germany is not None
    assert matches(germany, "deutsch", "de")
    assert not matches(germany, "deutsch", "en")
    assert matches(germany, "allem", "fr")


def test_empty_query_matches_everything() -> None:
    assert matches(country("JP"), "")  # type: ignore[arg-type]
    assert matches(country("JP"), "   ")  # type: ignore[arg-type]


def test_regions_match_by_name() -> None:
    assert matches(region("Latin America"), "america")
    assert matches(region("Latin America"), "lat")
    assert not matches(region("Latin America"), "europe")


# --- flags ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alpha2", "flag"),
    [
        # regional indicator symbols: U+1F1E6 is "A", so T = +19, R = +17, ...
        ("TR", "\U0001f1f9\U0001f1f7"),
        ("JP", "\U0001f1ef\U0001f1f5"),
        ("US", "\U0001f1fa\U0001f1f8"),
        ("XK", "\U0001f1fd\U0001f1f0"),
    ],
)
def test_flag_emoji(alpha2: str, flag: str) -> None:
    destination = country(alpha2)
    assert destination is not None
    assert destination.flag == flag
    names = [unicodedata.name(ch) for ch in destination.flag]
    assert names == [f"REGIONAL INDICATOR SYMBOL LETTER {letter}" for letter in alpha2]


def test_regions_and_global_show_a_globe() -> None:
    assert region("Europe").flag == "\N{GLOBE WITH MERIDIANS}"
    assert GLOBAL.flag == "\N{GLOBE WITH MERIDIANS}"


# --- the full list --------------------------------------------------------------------------


def _sort_key(name: str) -> str:
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )
    return plain.casefold()


def test_all_countries_is_complete_and_sorted() -> None:
    countries = all_countries()
    assert len(countries) >= 249  # ISO 3166-1 has 249 entries, plus Kosovo
    assert all(d.kind is DestinationKind.COUNTRY for d in countries)
    codes = [d.code for d in countries]
    assert len(set(codes)) == len(codes)
    assert {"TR", "JP", "US", "IQ", "XK"} <= set(codes)
    names = [d.name for d in countries]
    assert names == sorted(names, key=_sort_key)


def test_all_countries_sorts_accented_names_among_the_plain_ones() -> None:
    codes = [d.code for d in all_countries()]
    # Afghanistan < Åland Islands < Albania: the Å sorts as A, not after Z
    assert codes.index("AF") < codes.index("AX") < codes.index("AL")
    # Tunisia < Türkiye < Turkmenistan
    assert codes.index("TN") < codes.index("TR") < codes.index("TM")


@pytest.mark.parametrize(
    ("name", "code"), [("Turkiye", "TR"), ("Cote d’Ivoire", "CI"), ("Curacao", "CW")]
)
def test_provider_names_without_accents_or_with_curly_apostrophes(name: str, code: str) -> None:
    found = country_by_name(name)
    assert found is not None and found.code == code


def test_a_word_after_an_apostrophe_is_searchable() -> None:
    ivory = country("CI")
    assert ivory is not None and matches(ivory, "ivoire")


def test_match_rank_puts_whole_codes_and_names_first() -> None:
    from app.core.countries import match_rank

    germany, congo = country("DE"), country("CD")
    assert germany is not None and congo is not None
    assert match_rank(germany, "de") == 0
    assert match_rank(congo, "de") is not None and match_rank(congo, "de") > 0
    assert match_rank(germany, "germ") == 1
    assert match_rank(country("US"), "states") == 2  # type: ignore[arg-type]
    assert match_rank(germany, "xyz") is None


@pytest.mark.parametrize(
    ("query", "alpha2"),
    [("uk", "GB"), ("usa", "US"), ("uae", "AE"), ("UAE", "AE"), ("tur", "TR"), ("ae", "AE")],
)
@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_well_known_codes_and_aliases_are_whole_matches(
    query: str, alpha2: str, language: str
) -> None:
    from app.core.countries import all_countries, match_rank

    found = country(alpha2)
    assert found is not None
    assert match_rank(found, query, language) == 0
    # No other country matches the query as well: it leads the list while typing.
    rivals = [d.code for d in all_countries() if d != found and match_rank(d, query, language) == 0]
    assert rivals == []
