from __future__ import annotations

import random
from collections import Counter

import pycountry

from app.sandbox import geography, make_catalogue
from app.sandbox.catalogue import CATALOGUE_PATH, Catalogue
from app.sandbox.identifiers import iccid, lpa_string, luhn_check_digit, luhn_valid


def test_committed_catalogue_is_what_the_generator_writes() -> None:
    text = make_catalogue.render(make_catalogue.build())
    assert CATALOGUE_PATH.read_text(encoding="utf-8") == text, (
        "run: python -m app.sandbox.make_catalogue"
    )
    assert len(text.encode()) < make_catalogue.MAX_BYTES


def test_destinations_and_regions() -> None:
    catalogue = Catalogue.load()
    assert 190 <= len(catalogue.destinations) <= 215
    members = [a2 for region in catalogue.regions.values() for a2 in region["members"]]
    assert len(members) == len(set(members)) == len(catalogue.destinations)
    codes = {r["octopus_code"] for r in catalogue.regions.values()}
    assert codes == set(geography.OCTOPUS_REGION_CODES.values())
    iso = {c.alpha_3 for c in pycountry.countries} | {
        c.alpha_3 for c in pycountry.historic_countries
    }
    assert codes.isdisjoint(iso) and "GLO" not in iso


def test_plans() -> None:
    catalogue = Catalogue.load()
    kinds = Counter(p.type for p in catalogue.esimfly_packages)
    assert kinds["local"] > 1200 and kinds["regional"] == 40 and kinds["global"] == 5
    assert {p.code for p in catalogue.esimfly_packages if p.slow} == {
        "RB85_4D",
        "RB30_7D",
        "RB50_15D",
    }
    assert [p.name for p in catalogue.octopus_products if p.slow] == ["Japan eSIM (KDDI)"]
    for product in catalogue.octopus_products:
        amounts = [v.amount for v in product.variants]
        assert len(amounts) == len(set(amounts)), product.name
    japan = catalogue.products_by_id[712].variants[0]
    esimfly_japan = next(
        p
        for p in catalogue.esimfly_packages
        if p.region == "Japan" and (p.data_amount_gb, p.validity_days) == (1, 7) and not p.slow
    )
    assert esimfly_japan.cost_usd != japan.amount  # the two providers price differently


def test_generated_identifiers() -> None:
    rng = random.Random(1)
    for _ in range(200):
        number = iccid(rng)
        assert len(number) == 19 and number.startswith("89") and luhn_valid(number)
        assert lpa_string(rng).startswith("LPA:1$")
    assert luhn_check_digit("7992739871") == "3"  # the textbook example
    assert not luhn_valid("8910300000123456780")
