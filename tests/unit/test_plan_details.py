"""Plan details at the JSON boundary (issue 17): what both catalogues carry, validated
field by field; a malformed detail is dropped, never the plan."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from app.core import countries
from app.core.plan_details import Activation, Network, PlanDetails
from app.providers import esimfly_json, octopus_json
from app.sandbox.catalogue import Catalogue

# The package of api-packages.md's USD example, as eSIMfly documents it.
DOC_PACKAGE: dict[str, Any] = {
    "package_code": "PHAJHEAYP",
    "name": "United States 1GB 7Days",
    "region": "United States",
    "type": "local",
    "data_amount_gb": 1,
    "validity_days": 7,
    "cost": Decimal("1.44"),
    "currency": "USD",
    "features": {"voice_minutes": 0, "sms_count": 0, "is_rechargeable": True},
    "is_unlimited": False,
    "has_voice": False,
    "has_sms": False,
    "locationNetworkList": [
        {
            "locationName": "United States",
            "locationLogo": "/images/flags/us.png",
            "operatorList": [
                {"operatorName": "Verizon", "networkType": "5G"},
                {"operatorName": "T-Mobile", "networkType": "5G"},
            ],
        }
    ],
}
US = countries.country("US")


def _plan(package: dict[str, Any]) -> PlanDetails:
    assert US is not None
    return esimfly_json.plan_from(package, US).details


def test_the_documented_package_reads_whole() -> None:
    details = _plan(DOC_PACKAGE)
    assert details.networks == (
        Network("United States", "Verizon", "5G"),
        Network("United States", "T-Mobile", "5G"),
    )
    assert details.five_g is True
    assert details.rechargeable is True
    assert details.voice is False and details.voice_minutes == 0 and details.sms_count == 0
    assert details.activation is Activation.UNKNOWN  # not said for this carrier
    assert details.countries == ("United States",)


def test_the_carrier_fields_add_calls_number_and_activation() -> None:
    package = copy.deepcopy(DOC_PACKAGE)
    package.update(
        features={"voice_minutes": 0, "sms_count": 0, "is_rechargeable": False},
        has_voice=True,
        has_sms=True,
        phone_number={"country": "GB", "prefix": "+44"},
        network_carrier="O2",
        has_5g=False,
        has_hotspot=True,
        activation_policy="first_use",
        voice_details={"uk_calls_unlimited": True, "uk_texts_unlimited": True},
    )
    details = _plan(package)
    assert details.phone_number is True and details.voice is True
    assert details.voice_minutes == 100_000 and details.sms_count == 100_000  # unlimited
    assert details.has_5g is False and details.five_g is False  # the flag beats the networks
    assert details.hotspot is True
    assert details.rechargeable is False
    assert details.activation is Activation.FIRST_USE


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("features", "yes"),
        ("features", {"is_rechargeable": "true", "voice_minutes": -4, "sms_count": 1.5}),
        ("locationNetworkList", "Verizon"),
        ("locationNetworkList", [{"locationName": 7, "operatorList": [{"operatorName": "X"}]}]),
        ("activation_policy", "at_midnight"),
        ("activation_policy", 3),
        ("has_5g", "yes"),
        ("phone_number", "+44"),
    ],
)
def test_a_malformed_detail_reads_as_not_said_and_the_plan_stays(field: str, value: Any) -> None:
    package = copy.deepcopy(DOC_PACKAGE)
    package[field] = value
    assert US is not None
    plan = esimfly_json.plan_from(package, US)
    assert plan.price.amount == Decimal("1.44")
    details = plan.details
    if field == "features":
        assert details.rechargeable is None
    if field == "locationNetworkList":
        assert details.networks == ()
        assert details.five_g is None
    if field == "activation_policy":
        assert details.activation is Activation.UNKNOWN
    if field == "has_5g":
        assert details.five_g is True  # from the networks


def test_control_and_bidi_characters_never_reach_the_clerk() -> None:
    package = copy.deepcopy(DOC_PACKAGE)
    package["locationNetworkList"][0]["operatorList"] = [
        {"operatorName": "Veri\u202ezon\n", "networkType": "5G\u0000"}
    ]
    (network,) = _plan(package).networks
    assert network.operator == "Veri zon" and network.generation == "5G"


def test_details_are_not_part_of_the_plans_identity() -> None:
    assert US is not None
    plan = esimfly_json.plan_from(DOC_PACKAGE, US)
    bare = esimfly_json.plan_from({**DOC_PACKAGE, "locationNetworkList": []}, US)
    assert plan == bare and hash(plan) == hash(bare)


def test_octopus_says_little_and_the_counter_keeps_only_that() -> None:
    japan = countries.country("JP")
    assert japan is not None
    variant = {
        "id": 5511,
        "name": "Japan 1 GB / 7 days",
        "description": "Data-only eSIM for short trips",
        "currency_code": "USD",
        "amount": Decimal("4.50"),
        "data_amount_gb": Decimal("1.0"),
        "validity_days": 7,
        "client_discount": Decimal("5.0"),
    }
    details = octopus_json.plan_from(variant, 712, japan, "USD").details
    assert details.networks == () and details.five_g is None
    assert details.voice is False
    assert details.rechargeable is False  # no eSIM top-up in Octopus's API
    assert details.activation is Activation.FIRST_USE  # "validity once activated"
    plain = octopus_json.plan_from({**variant, "description": ""}, 712, japan, "USD").details
    assert plain.voice is None


def test_the_sandbox_catalogue_carries_realistic_varied_details() -> None:
    assert US is not None
    rows = Catalogue.load().esimfly_packages
    plans = [esimfly_json.plan_from(row.api("USD"), US) for row in rows]
    assert {p.details.rechargeable for p in plans} == {True, False}
    assert {p.details.activation for p in plans} == {Activation.FIRST_USE, Activation.IMMEDIATE}
    assert {p.details.five_g for p in plans} == {True, False}
    carriers = [p for p in plans if p.details.phone_number]
    assert {p.name for p in carriers} == {
        "United Kingdom 10GB 30Days",
        "United Kingdom 20GB 30Days",
        "France 20GB 30Days",
    }
    assert all(p.details.voice for p in carriers)
    # Unlimited plans cannot be topped up; every plan names its networks.
    assert all(p.details.rechargeable is False for p in plans if p.data_gb is None)
    assert all(p.details.networks for p in plans)
