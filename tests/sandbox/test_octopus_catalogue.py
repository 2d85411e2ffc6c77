from __future__ import annotations

from decimal import Decimal

import pycountry

from app.sandbox import Sandbox, geography
from tests.sandbox.helpers import Octopus, decode

PRODUCTS = "/api/v1/esim/products"


def test_products_paging_headers(octopus: Octopus) -> None:
    response = octopus.get(PRODUCTS, params={"page": 2, "per_page": 20})
    assert response.status_code == 200
    products = response.json()
    assert isinstance(products, list) and len(products) == 20
    headers = response.headers
    total = int(headers["X-Total-Count"])
    assert total > 200
    assert headers["X-Page"] == "2" and headers["X-Per-Page"] == "20"
    assert headers["X-Total-Pages"] == str((total + 19) // 20)
    assert headers["X-Page-Size"] == "20" and headers["X-Has-More"] == "true"
    ids = [p["id"] for p in products]
    assert ids == sorted(ids, reverse=True)  # Conventions default: id DESC
    last = octopus.get(PRODUCTS, params={"page": headers["X-Total-Pages"], "per_page": 20})
    assert last.headers["X-Has-More"] == "false"
    assert int(last.headers["X-Page-Size"]) == len(last.json()) <= 20


def test_limit_is_a_synonym_of_per_page(octopus: Octopus) -> None:
    assert octopus.get(PRODUCTS).headers["X-Per-Page"] == "50"
    assert len(octopus.get(PRODUCTS, params={"limit": 7}).json()) == 7
    assert octopus.get(PRODUCTS, params={"per_page": 0}).status_code == 400


def test_country_and_search_filters(octopus: Octopus) -> None:
    japan = octopus.get(PRODUCTS, params={"country_code": "jpn"}).json()
    assert {p["name"] for p in japan} == {"Japan eSIM", "Japan eSIM (KDDI)"}
    europe = octopus.get(PRODUCTS, params={"country_code": "XEU"}).json()
    assert [p["name"] for p in europe] == ["Europe eSIM"]
    world = octopus.get(PRODUCTS, params={"country_code": "GLO"}).json()
    assert [(p["id"], p["name"]) for p in world] == [(904, "Global Roaming")]
    found = octopus.get(PRODUCTS, params={"search": "turkey"}).json()
    assert [p["country_code"] for p in found] == ["TUR"]


def test_only_country_products_carry_iso_codes(sandbox: Sandbox) -> None:
    iso = {c.alpha_3 for c in pycountry.countries}
    multi_country = {f"{region} eSIM" for region in geography.REGIONS} | {"Global Roaming"}
    for product in sandbox.catalogue.octopus_products:
        assert (product.country_code in iso) is (product.name not in multi_country), product.name


def test_product_with_variants(octopus: Octopus) -> None:
    response = octopus.get(f"{PRODUCTS}/712")
    product = decode(response)
    assert product["name"] == "Japan eSIM" and product["country_code"] == "JPN"
    first = product["variants"][0]
    assert first == {
        "id": 5511,
        "esim_product_id": 712,
        "name": "Japan 1 GB / 7 days",
        "description": "Data-only eSIM for short trips",
        "currency_code": "USD",
        "amount": Decimal("4.50"),
        "data_amount_gb": Decimal("1.0"),
        "validity_days": 7,
        "client_discount": Decimal("5.0"),
    }
    assert '"amount": 4.50' in response.text
    assert decode(octopus.get(f"{PRODUCTS}/712/variants")) == product["variants"]
    assert decode(octopus.get("/api/v1/esim/variants/5511")) == first
    for missing in (f"{PRODUCTS}/1", f"{PRODUCTS}/1/variants", "/api/v1/esim/variants/1"):
        response = octopus.get(missing)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "NOT_FOUND"


def test_charges_quote(octopus: Octopus) -> None:
    response = octopus.post("/api/v1/esim/charges", {"product_id": 712, "amount": Decimal("4.5")})
    assert decode(response) == {
        "non_discounted_total": Decimal("4.50"),
        "discount_amount": Decimal("0.225"),
        "total_amount": Decimal("4.275"),
        "discount": Decimal("5.0"),
        "total_payable": Decimal("4.275"),
        "charges_details": {
            "source_currency": "USD",
            "destination_currency": "USD",
            "forex_rate": None,
            "conversion_fee": None,
        },
    }
    unknown = octopus.post("/api/v1/esim/charges", {"product_id": 712, "amount": Decimal("4.49")})
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "BAD_REQUEST"
    invalid = octopus.post("/api/v1/esim/charges", {"product_id": "712", "amount": 4})
    assert invalid.json()["error"]["code"] == "VALIDATION_FAILURE"


def test_wallets_and_currencies(octopus: Octopus) -> None:
    wallets = octopus.get("/api/v1/wallets")
    assert decode(wallets) == [
        {"id": 101, "currency_id": 1, "amount": Decimal("1000.00"), "type": "PREPAID"}
    ]
    assert wallets.headers["X-Total-Count"] == "1"
    currencies = octopus.get("/api/v1/currencies").json()
    assert {"id": 1, "name": "US Dollar", "currency": "USD", "precision": 2} in currencies


def test_unknown_route(octopus: Octopus) -> None:
    response = octopus.get("/api/v1/esim/nothing")
    assert response.status_code == 404 and response.json()["error"]["code"] == "NOT_FOUND"
