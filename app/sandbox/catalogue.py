"""The plan catalogue both simulated providers sell, loaded from the generated JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import simplejson

from app.sandbox.money import in_wallet_currency

RESOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sandbox"
CATALOGUE_PATH = RESOURCE_DIR / "catalogue.json"
DETAIL_KEYS = (
    "features",
    "has_voice",
    "has_sms",
    "activation_policy",
    "phone_number",
    "network_carrier",
    "has_5g",
    "has_hotspot",
    "can_extend",
    "is_recurring",
)
_TYPE_RANK = {"local": 0, "regional": 1, "global": 2}


@dataclass(frozen=True, eq=False)
class EsimflyPackage:
    code: str
    name: str
    region: str
    type: str
    data_amount_gb: int
    validity_days: int
    cost_usd: Decimal
    is_unlimited: bool
    slow: bool
    locations: list[dict[str, Any]]
    # features, has_voice/has_sms, activation_policy and the carrier fields, as served.
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def flag_url(self) -> str:
        if self.type == "local":
            return str(self.locations[0]["locationLogo"])
        return f"/images/regions/{self.region.lower().replace(' ', '-')}.png"

    @property
    def countries(self) -> list[str]:
        return [str(loc["locationName"]) for loc in self.locations]

    def cost(self, currency: str) -> Decimal:
        return in_wallet_currency(self.cost_usd, currency)

    def api(self, currency: str) -> dict[str, Any]:
        return {
            "package_code": self.code,
            "name": self.name,
            "region": self.region,
            "type": self.type,
            "data_amount_gb": self.data_amount_gb,
            "validity_days": self.validity_days,
            "cost": self.cost(currency),
            "currency": currency,
            "features": {
                "voice_minutes": 0,
                "sms_count": 0,
                # Sandbox choice: unlimited plans take no top-up (see esimfly_topup.py).
                "is_rechargeable": not self.is_unlimited,
            },
            "is_unlimited": self.is_unlimited,
            "has_voice": False,
            "has_sms": False,
            **self.details,
            "locationNetworkList": self.locations,
        }

    def sort_key(self) -> tuple[int, str, bool, int, int]:
        # Docs: local first (by GB, then unlimited by days), then regional, then global.
        region = "" if self.type == "global" else self.region
        return (
            _TYPE_RANK[self.type],
            region,
            self.is_unlimited,
            self.data_amount_gb,
            self.validity_days,
        )


@dataclass(frozen=True, eq=False)
class OctopusVariant:
    id: int
    product_id: int
    name: str
    description: str
    currency_code: str
    amount: Decimal
    data_amount_gb: Decimal
    validity_days: int
    client_discount: Decimal

    def api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "esim_product_id": self.product_id,
            "name": self.name,
            "description": self.description,
            "currency_code": self.currency_code,
            "amount": self.amount,
            "data_amount_gb": self.data_amount_gb,
            "validity_days": self.validity_days,
            "client_discount": self.client_discount,
        }


@dataclass(frozen=True, eq=False)
class OctopusProduct:
    id: int
    name: str
    country_code: str
    currency_code: str
    image_url: str
    slow: bool
    variants: tuple[OctopusVariant, ...]

    def api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "country_code": self.country_code,
            "currency_code": self.currency_code,
            "image_url": self.image_url,
        }

    def variant_for(self, amount: Decimal) -> OctopusVariant | None:
        # Decimal equality ignores trailing zeros, so 4.5 and 4.50 pick the same plan.
        matches = [v for v in self.variants if v.amount == amount]
        return matches[0] if len(matches) == 1 else None


class Catalogue:
    def __init__(self, doc: dict[str, Any]) -> None:
        packages = [_package(raw) for raw in doc["esimfly_packages"]]
        self.esimfly_packages: list[EsimflyPackage] = sorted(packages, key=EsimflyPackage.sort_key)
        self.packages_by_code = {p.code: p for p in self.esimfly_packages}
        products = [_product(raw) for raw in doc["octopus_products"]]
        self.octopus_products: list[OctopusProduct] = sorted(products, key=lambda p: p.id)
        self.products_by_id = {p.id: p for p in self.octopus_products}
        self.variants_by_id = {v.id: v for p in self.octopus_products for v in p.variants}
        self.regions: dict[str, dict[str, Any]] = doc["regions"]
        self.destinations: list[dict[str, str]] = doc["destinations"]

    @classmethod
    def load(cls, path: Path = CATALOGUE_PATH) -> Catalogue:
        return _load_cached(path)


@cache
def _load_cached(path: Path) -> Catalogue:
    # Immutable after load, so every sandbox in a test session can share one copy.
    with path.open(encoding="utf-8") as handle:
        return Catalogue(simplejson.load(handle, use_decimal=True))


def _package(raw: dict[str, Any]) -> EsimflyPackage:
    return EsimflyPackage(
        code=raw["package_code"],
        name=raw["name"],
        region=raw["region"],
        type=raw["type"],
        data_amount_gb=int(raw["data_amount_gb"]),
        validity_days=int(raw["validity_days"]),
        cost_usd=Decimal(raw["cost"]),
        is_unlimited=bool(raw["is_unlimited"]),
        slow=bool(raw.get("slow", False)),
        locations=raw["locationNetworkList"],
        details={key: raw[key] for key in DETAIL_KEYS if key in raw},
    )


def _product(raw: dict[str, Any]) -> OctopusProduct:
    variants = tuple(
        OctopusVariant(
            id=int(v["id"]),
            product_id=int(raw["id"]),
            name=v["name"],
            description=v.get("description", ""),
            currency_code=raw["currency_code"],
            amount=Decimal(v["amount"]),
            data_amount_gb=Decimal(v["data_amount_gb"]),
            validity_days=int(v["validity_days"]),
            client_discount=Decimal(v["client_discount"]),
        )
        for v in raw["variants"]
    )
    return OctopusProduct(
        id=int(raw["id"]),
        name=raw["name"],
        country_code=raw["country_code"],
        currency_code=raw["currency_code"],
        image_url=raw.get("image_url", ""),
        slow=bool(raw.get("slow", False)),
        variants=variants,
    )
