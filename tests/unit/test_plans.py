"""Plans from either provider: keys, stable ids, validation."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal
from typing import Any

import pytest

from app.core.countries import country
from app.core.money import Money
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId

TURKEY = country("TR")
JAPAN = country("JP")


def _plan(**overrides: Any) -> Plan:
    fields: dict[str, Any] = {
        "provider": ProviderId.ESIMFLY,
        "key": EsimflyKey("merhaba-7days-1gb"),
        "destination": TURKEY,
        "name": "Turkey 1GB 7Days",
        "data_gb": Decimal(1),
        "validity_days": 7,
        "price": Money.of("2.72", "USD"),
    }
    fields.update(overrides)
    return Plan(**fields)


def _octopus_plan(**overrides: Any) -> Plan:
    fields: dict[str, Any] = {
        "provider": ProviderId.OCTOPUS,
        "key": OctopusKey(712, Decimal("4.50"), variant_id=5511),
        "destination": JAPAN,
        "name": "Japan 1 GB / 7 days",
        "data_gb": Decimal(1),
        "validity_days": 7,
        "price": Money.of(Decimal("4.50"), "USD"),
    }
    fields.update(overrides)
    return Plan(**fields)


def test_provider_ids_are_the_journal_strings() -> None:
    assert ProviderId.ESIMFLY == "esimfly"
    assert ProviderId.OCTOPUS == "octopus"
    assert ProviderId("octopus") is ProviderId.OCTOPUS


# --- ids ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "plan_id"),
    [
        (EsimflyKey("TR1GB7D"), "esimfly:TR1GB7D"),
        (EsimflyKey("merhaba-15days-2gb"), "esimfly:merhaba-15days-2gb"),
        (OctopusKey(712, Decimal("4.50")), "octopus:712:4.50"),
        (OctopusKey(712, Decimal("4.50"), variant_id=5511), "octopus:712:4.50"),
        (OctopusKey(712, Decimal("4.275")), "octopus:712:4.275"),
        (OctopusKey(9, Decimal("10")), "octopus:9:10"),
    ],
)
def test_key_ids(key: EsimflyKey | OctopusKey, plan_id: str) -> None:
    assert key.id == plan_id


def test_octopus_id_keeps_the_amount_digits_as_the_provider_sent_them() -> None:
    # The amount is echoed to Octopus exactly, so 4.50 is written 4.50, not 4.5.
    assert OctopusKey(712, Decimal("4.50")).id.endswith(":4.50")
    assert OctopusKey(712, Decimal("4.5")).id.endswith(":4.5")


def test_plan_id_is_its_key_id_and_stable() -> None:
    first = _octopus_plan()
    again = _octopus_plan(name="renamed", price=Money.of("9.99", "USD"))
    assert first.id == "octopus:712:4.50"
    assert again.id == first.id  # the name or shown price do not change the identity
    assert _plan().id == "esimfly:merhaba-7days-1gb"


def test_different_products_or_amounts_have_different_ids() -> None:
    ids = {
        OctopusKey(712, Decimal("4.50")).id,
        OctopusKey(712, Decimal("9.00")).id,
        OctopusKey(713, Decimal("4.50")).id,
        EsimflyKey("712").id,
    }
    assert len(ids) == 4


# --- key type per provider ------------------------------------------------------------------


def test_esimfly_plan_needs_an_esimfly_key() -> None:
    with pytest.raises(TypeError, match="EsimflyKey"):
        _plan(key=OctopusKey(712, Decimal("4.50")))


def test_octopus_plan_needs_an_octopus_key() -> None:
    with pytest.raises(TypeError, match="OctopusKey"):
        _octopus_plan(key=EsimflyKey("TR1GB7D"))


def test_matching_keys_are_accepted() -> None:
    assert isinstance(_plan().key, EsimflyKey)
    assert isinstance(_octopus_plan().key, OctopusKey)


# --- data, validity -------------------------------------------------------------------------


def test_unlimited_when_data_is_none() -> None:
    assert _plan(data_gb=None).unlimited is True
    assert _plan(data_gb=Decimal(1)).unlimited is False
    assert _plan(data_gb=Decimal(0)).unlimited is False  # zero data is not unlimited


@pytest.mark.parametrize("data_gb", [Decimal("-1"), Decimal("-0.001")])
def test_negative_data_is_refused(data_gb: Decimal) -> None:
    with pytest.raises(ValueError, match="negative data"):
        _plan(data_gb=data_gb)


@pytest.mark.parametrize("days", [-1, -30])
def test_negative_validity_is_refused(days: int) -> None:
    with pytest.raises(ValueError, match="negative validity"):
        _plan(validity_days=days)


def test_zero_values_and_fractional_gigabytes_are_accepted() -> None:
    plan = _plan(data_gb=Decimal("0.5"), validity_days=0)
    assert plan.data_gb == Decimal("0.5")
    assert plan.validity_days == 0


def test_plan_defaults_and_immutability() -> None:
    plan = _plan()
    assert plan.description == ""
    assert plan.slow is False
    with pytest.raises(FrozenInstanceError):
        plan.name = "other"  # type: ignore[misc]


def test_plans_with_equal_fields_are_equal_and_hashable() -> None:
    assert _plan() == _plan()
    assert len({_plan(), _plan()}) == 1
