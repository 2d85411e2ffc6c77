"""Hand-kept geography for the catalogue generator: which destinations are sold, the
region each belongs to, display names and mobile operators.

Only ``make_catalogue`` uses this; the sandbox itself reads the generated JSON.
"""

from __future__ import annotations


# Uninhabited, research-only, sanctioned or tiny territories nobody sells eSIMs for
# at a counter (or that are covered by a neighbour's plan).
def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


SKIPPED_ALPHA2 = _codes(
    "AQ TF BV HM UM IO GS PN CC CX NF SJ EH TK NU WF BL MF PM SH FK YT BQ SX AX GG JE "
    "IM VA KP AS MP CK TV NR KI MH FM PW MS AI VG TC ER"
)

# Each sold destination sits in exactly one region: it sets the price tier and the
# membership of the regional bundles.
REGIONS: dict[str, str] = {
    "Europe": "AL AD AT BY BE BA BG HR CY CZ DK EE FO FI FR DE GI GR HU IS IE IT LV LI LT "
    "LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB TR",
    "Asia": "AF AM AZ GE BD BT BN KH CN HK IN ID JP KZ KG LA MO MY MV MN MM NP PK PH SG KR "
    "LK TW TJ TH TL TM UZ VN",
    "Middle East": "AE BH EG IR IQ IL JO KW LB OM PS QA SA SY YE",
    "Africa": "DZ AO BJ BW BF BI CV CM CF TD KM CD CG CI DJ GQ SZ ET GA GM GH GN GW KE LS "
    "LR LY MG MW ML MR MU MA MZ NA NE NG RE RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW",
    "North America": "US CA MX BM GL",
    "Latin America": "AR BO BR CL CO CR EC SV GF GT GY HN NI PA PY PE SR UY VE BZ",
    "Caribbean": "AG AW BS BB CU CW DM DO GD GP HT JM KY LC MQ PR KN VC TT VI",
    "Oceania": "AU FJ GU NC NZ PF PG WS SB TO VU",
}

REGION_OF: dict[str, str] = {
    alpha2: region for region, codes in REGIONS.items() for alpha2 in codes.split()
}

#: USD per GB before per-country jitter.
PRICE_TIER: dict[str, str] = {
    "Europe": "1.00",
    "North America": "1.20",
    "Asia": "1.30",
    "Middle East": "1.80",
    "Latin America": "2.20",
    "Oceania": "2.50",
    "Caribbean": "3.00",
    "Africa": "3.20",
}

# Shorter names where ISO's are formal ("Türkiye" stays Turkey at the counter).
NAME_OVERRIDES: dict[str, str] = {
    "TR": "Turkey",
    "BN": "Brunei",
    "CD": "DR Congo",
    "CV": "Cape Verde",
    "PS": "Palestine",
    "RU": "Russia",
    "VI": "US Virgin Islands",
    "MO": "Macau",
    "GB": "United Kingdom",
}

OPERATORS: dict[str, list[str]] = {
    "US": ["Verizon", "T-Mobile", "AT&T"],
    "CA": ["Rogers", "Bell", "Telus"],
    "MX": ["Telcel", "AT&T"],
    "GB": ["EE", "O2", "Vodafone"],
    "DE": ["Telekom", "Vodafone", "O2"],
    "FR": ["Orange", "SFR", "Bouygues Telecom"],
    "IT": ["TIM", "Vodafone", "WindTre"],
    "ES": ["Movistar", "Vodafone", "Orange"],
    "TR": ["Turkcell", "Vodafone", "Türk Telekom"],
    "JP": ["NTT Docomo", "SoftBank", "KDDI"],
    "KR": ["SK Telecom", "KT", "LG U+"],
    "CN": ["China Mobile", "China Unicom"],
    "HK": ["CSL", "3HK"],
    "IN": ["Airtel", "Jio", "Vi"],
    "TH": ["AIS", "dtac", "TrueMove H"],
    "VN": ["Viettel", "Vinaphone", "Mobifone"],
    "ID": ["Telkomsel", "XL Axiata", "Indosat"],
    "MY": ["Maxis", "CelcomDigi"],
    "SG": ["Singtel", "StarHub", "M1"],
    "PH": ["Smart", "Globe"],
    "AU": ["Telstra", "Optus", "Vodafone"],
    "NZ": ["One NZ", "Spark", "2degrees"],
    "AE": ["Etisalat", "du"],
    "SA": ["STC", "Mobily", "Zain"],
    "IQ": ["Asiacell", "Zain", "Korek"],
    "EG": ["Vodafone", "Orange", "Etisalat"],
    "IL": ["Partner", "Cellcom", "Pelephone"],
    "JO": ["Zain", "Orange", "Umniah"],
    "QA": ["Ooredoo", "Vodafone"],
    "KW": ["Zain", "Ooredoo", "stc"],
    "BR": ["Claro", "Vivo", "TIM"],
    "AR": ["Claro", "Personal", "Movistar"],
    "ZA": ["Vodacom", "MTN", "Cell C"],
    "NG": ["MTN", "Airtel", "Glo"],
    "KE": ["Safaricom", "Airtel"],
    "MA": ["Maroc Telecom", "Orange", "inwi"],
    "NL": ["KPN", "Vodafone", "Odido"],
    "CH": ["Swisscom", "Sunrise", "Salt"],
    "PT": ["MEO", "NOS", "Vodafone"],
    "GR": ["Cosmote", "Vodafone", "Nova"],
    "RU": ["MTS", "Beeline", "MegaFon"],
    "UA": ["Kyivstar", "Vodafone", "lifecell"],
    "PL": ["Plus", "Play", "Orange"],
}

# Group operators present across a region, for destinations without an entry above.
REGIONAL_OPERATORS: dict[str, list[str]] = {
    "Europe": ["Vodafone", "Orange", "Telekom", "Telia", "A1"],
    "Asia": ["Beeline", "Airtel", "Ucell", "Smart"],
    "Middle East": ["Zain", "Ooredoo", "Etisalat"],
    "Africa": ["MTN", "Airtel", "Orange", "Moov"],
    "North America": ["AT&T", "T-Mobile"],
    "Latin America": ["Claro", "Movistar", "Tigo", "Personal"],
    "Caribbean": ["Digicel", "Flow", "Claro"],
    "Oceania": ["Digicel", "Vodafone", "Telstra"],
}

#: Regions whose networks the catalogue advertises as 5G.
FIVE_G_REGIONS = frozenset({"Europe", "North America", "Asia", "Middle East", "Oceania"})

# Octopus regional products need a 3-letter ``country_code`` that can never be read
# as a country. ISO 3166-1 reserves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ for user
# assignment, so X-codes cannot collide with a real alpha-3 code now or later.
# (XKX is avoided: some registries use it for Kosovo.)
OCTOPUS_REGION_CODES: dict[str, str] = {
    "Europe": "XEU",
    "Asia": "XAS",
    "Middle East": "XME",
    "Africa": "XAF",
    "Latin America": "XLA",
    "North America": "XNA",
    "Caribbean": "XCB",
    "Oceania": "XOC",
}
OCTOPUS_GLOBAL_CODE = "GLO"
