"""Generate ``resources/sandbox/catalogue.json`` deterministically.

Run ``python -m app.sandbox.make_catalogue`` after changing the tables in
``app.sandbox.geography``; the output only depends on the seed, those tables and
the pycountry release, so re-running it without changes yields the same bytes.

A few entries are pinned to the values in the provider docs so that screenshots and
walkthroughs line up: eSIMfly "United States 1GB 7Days" is PHAJHEAYP at 1.44 USD and
Turkey 1GB/7 days is TR1GB7D at 2.72 USD; Octopus "Japan eSIM" is product 712 whose
1 GB / 7 days variant 5511 costs 4.50 with a 5 % client discount; "Global Roaming"
is product 904. Slow plans (answered pending / PENDING) are the eSIMfly Japan KDDI
packages and the Octopus "Japan eSIM (KDDI)" product.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pycountry
import simplejson

from app.sandbox import geography as geo
from app.sandbox.catalogue import CATALOGUE_PATH as OUTPUT

SEED = 20240817
MAX_BYTES = 1_500_000

LOCAL_PLANS = [(1, 7), (3, 15), (5, 30), (10, 30), (20, 30)]
BUNDLE_PLANS = [(1, 7), (3, 15), (5, 30), (10, 30), (20, 30)]
OCTOPUS_PLANS = [(1, 7), (3, 15), (5, 30), (10, 30), (0, 7)]  # 0 GB = unlimited
GB_FACTOR = {1: "1.4", 3: "3.3", 5: "5.0", 10: "8.5", 20: "15.0"}
DAYS_FACTOR = {7: "1.00", 15: "1.05", 30: "1.10"}
UNLIMITED_FACTOR = {7: "9", 15: "15"}
KDDI_PACKAGES = [
    ("RB85_4D", "Japan 12 GB 4 Days", 12, 4, "5.85"),
    ("RB30_7D", "Japan KDDI 3GB 7Days", 3, 7, "3.90"),
    ("RB50_15D", "Japan KDDI 5GB 15Days", 5, 15, "6.40"),
]
CENT = Decimal("0.01")
HALF = Decimal("0.50")


def _money(value: Decimal, floor: str = "0.99") -> str:
    return str(max(value, Decimal(floor)).quantize(CENT, rounding=ROUND_HALF_UP))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def destinations() -> list[dict[str, str]]:
    result: list[dict[str, str]] = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if country.alpha_2 in geo.SKIPPED_ALPHA2:
            continue
        region = geo.REGION_OF.get(country.alpha_2)
        assert region, f"{country.alpha_2} is sold but has no region"
        name = str(
            geo.NAME_OVERRIDES.get(country.alpha_2) or getattr(country, "common_name", country.name)
        )
        result.append(
            {"alpha2": country.alpha_2, "alpha3": country.alpha_3, "name": name, "region": region}
        )
    sold = {d["alpha2"] for d in result}
    assert sold == set(geo.REGION_OF), sorted(sold ^ set(geo.REGION_OF))
    return result


def _operators(rng: random.Random, dest: dict[str, str]) -> list[dict[str, str]]:
    names = geo.OPERATORS.get(dest["alpha2"])
    if names is None:
        pool = geo.REGIONAL_OPERATORS[dest["region"]]
        names = [f"{dest['name']} Telecom", *rng.sample(pool, rng.randint(0, 2))]
    fast = dest["region"] in geo.FIVE_G_REGIONS
    return [
        {"operatorName": n, "networkType": rng.choice(["5G", "4G/5G"] if fast else ["4G", "LTE"])}
        for n in names
    ]


def _location(dest: dict[str, str], operators: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "locationName": dest["name"],
        "locationLogo": f"/images/flags/{dest['alpha2'].lower()}.png",
        "operatorList": operators,
    }


def _cost(base: Decimal, gb: int, days: int) -> Decimal:
    if gb == 0:
        return base * Decimal(UNLIMITED_FACTOR[days])
    return base * Decimal(GB_FACTOR[gb]) * Decimal(DAYS_FACTOR[days])


def _plan_name(prefix: str, gb: int, days: int) -> str:
    return f"{prefix} {'Unlimited' if gb == 0 else f'{gb}GB'} {days}Days"


def _package(
    code: str,
    name: str,
    region: str,
    kind: str,
    gb: int,
    days: int,
    cost: str,
    locations: list[dict[str, Any]],
    slow: bool = False,
) -> dict[str, Any]:
    package: dict[str, Any] = {
        "package_code": code,
        "name": name,
        "region": region,
        "type": kind,
        "data_amount_gb": gb,
        "validity_days": days,
        "cost": cost,
        "is_unlimited": gb == 0,
        "locationNetworkList": locations,
    }
    if slow:
        package["slow"] = True
    package.update(_details(code, kind, gb, locations))
    return package


# Carrier packages with calls, texts and a number of their own (api-packages.md, "O2,
# Vodafone, Bouygues Telecom Packages"): (alpha-2 flag, GB, days) -> carrier, prefix.
CARRIER_PACKAGES = {
    ("gb", 10, 30): ("O2", "+44"),
    ("gb", 20, 30): ("Vodafone", "+44"),
    ("fr", 20, 30): ("Bouygues Telecom", "+33"),
}


def _details(code: str, kind: str, gb: int, locations: list[dict[str, Any]]) -> dict[str, Any]:
    """The package's features and activation policy. A generator of its own, seeded by the
    code, so the main sequence (codes, prices, operators) is the same as before details
    were added."""
    rng = random.Random(f"details:{code}")
    flag = str(locations[0]["locationLogo"]).rsplit("/", 1)[-1].split(".")[0]
    carrier = CARRIER_PACKAGES.get((flag, gb, 30)) if kind == "local" else None
    rechargeable = gb != 0 and (kind != "local" or rng.random() < 0.8)
    details: dict[str, Any] = {
        "features": {"voice_minutes": 0, "sms_count": 0, "is_rechargeable": rechargeable},
        "has_voice": False,
        "has_sms": False,
        "activation_policy": "immediate" if rng.random() < 0.15 else "first_use",
    }
    if carrier is not None:
        name, prefix = carrier
        details.update(
            features={"voice_minutes": 300, "sms_count": 300, "is_rechargeable": True},
            has_voice=True,
            has_sms=True,
            phone_number={"country": flag.upper(), "prefix": prefix},
            network_carrier=name,
            has_5g=True,
            has_hotspot=True,
            can_extend=True,
            is_recurring=False,
            activation_policy="immediate",
        )
    return details


def esimfly_packages(
    rng: random.Random,
    dests: list[dict[str, str]],
    bases: dict[str, Decimal],
    operators: dict[str, list[dict[str, str]]],
) -> list[dict[str, Any]]:
    used: set[str] = set()

    def code(preferred: str | None = None) -> str:
        value = preferred or "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
        assert value not in used, value
        used.add(value)
        return value

    packages = []
    for dest in dests:
        a2, loc = dest["alpha2"], [_location(dest, operators[dest["alpha2"]])]
        plans = [*LOCAL_PLANS, (0, 7)] + ([(0, 15)] if rng.random() < 0.5 else [])
        for gb, days in plans:
            cost = _money(_cost(bases[a2], gb, days))
            pinned = None
            if a2 == "TR":
                pinned = f"TR{'UL' if gb == 0 else f'{gb}GB'}{days}D"
            elif (a2, gb, days) == ("US", 1, 7):
                pinned = "PHAJHEAYP"
            name = _plan_name(dest["name"], gb, days)
            packages.append(
                _package(code(pinned), name, dest["name"], "local", gb, days, cost, loc)
            )
        if a2 == "JP":
            kddi = [_location(dest, [{"operatorName": "KDDI", "networkType": "5G"}])]
            for pcode, name, gb, days, cost in KDDI_PACKAGES:
                packages.append(
                    _package(code(pcode), name, dest["name"], "local", gb, days, cost, kddi, True)
                )
    by_region: dict[str, list[dict[str, Any]]] = {}
    for dest in dests:
        first = operators[dest["alpha2"]][:1]
        by_region.setdefault(dest["region"], []).append(_location(dest, first))
    bundles = [(r, "regional", r, by_region[r], "1.35") for r in geo.REGIONS]
    everywhere = [loc for r in geo.REGIONS for loc in by_region[r]]
    bundles.append(("Global", "global", "Discover Global", everywhere, "2.40"))
    for region, kind, prefix, locs, per_gb in bundles:
        tier = Decimal(geo.PRICE_TIER.get(region, "1.00")) * Decimal(per_gb)
        for gb, days in BUNDLE_PLANS:
            slug = f"{_slug(prefix if kind == 'global' else region)}-{gb}gb-{days}days"
            cost = _money(_cost(tier, gb, days))
            name = _plan_name(prefix, gb, days)
            packages.append(_package(code(slug), name, region, kind, gb, days, cost, locs))
    return packages


def _octopus_variants(base: Decimal, label: str) -> list[dict[str, Any]]:
    variants, seen = [], set()
    for gb, days in OCTOPUS_PLANS:
        raw = _cost(base, gb, days) * Decimal("1.12")
        amount = max((raw / HALF).quantize(Decimal(1), rounding=ROUND_HALF_UP) * HALF, HALF * 3)
        while amount in seen:  # (product_id, amount) must select exactly one variant
            amount += HALF
        seen.add(amount)
        size = "Unlimited" if gb == 0 else f"{gb} GB"
        variants.append(
            {
                "name": f"{label} {size} / {days} days",
                "description": "Data-only eSIM for short trips" if days <= 7 else "Data-only eSIM",
                "amount": str(amount.quantize(CENT)),
                "data_amount_gb": f"{gb}.0",
                "validity_days": days,
            }
        )
    return variants


def octopus_products(
    rng: random.Random, dests: list[dict[str, str]], bases: dict[str, Decimal]
) -> list[dict[str, Any]]:
    products: list[dict[str, Any]] = []

    def add(name: str, code: str, label: str, base: Decimal, slow: bool = False) -> None:
        discount = "5.0" if rng.random() < 0.35 else "0.0"
        variants = _octopus_variants(base, label)
        for variant in variants:
            variant["client_discount"] = discount
        product: dict[str, object] = {
            "name": name,
            "country_code": code,
            "currency_code": "USD",
            "image_url": f"https://cdn.example.com/esim/{_slug(name)}.png",
            "variants": variants,
        }
        if slow:
            product["slow"] = True
        products.append(product)

    for dest in dests:
        add(f"{dest['name']} eSIM", dest["alpha3"], dest["name"], bases[dest["alpha2"]])
        if dest["alpha2"] == "JP":
            add("Japan eSIM (KDDI)", "JPN", "Japan KDDI", bases["JP"] * Decimal("1.2"), slow=True)
    for region, code in geo.OCTOPUS_REGION_CODES.items():
        add(f"{region} eSIM", code, region, Decimal(geo.PRICE_TIER[region]) * Decimal("1.5"))
    add("Global Roaming", geo.OCTOPUS_GLOBAL_CODE, "Global", Decimal("3.10"))
    _assign_octopus_ids(rng, products)
    return sorted(products, key=lambda p: p["id"])


def _pin(ids: list[int], index: int, wanted: int) -> None:
    if wanted in ids:
        other = ids.index(wanted)
        ids[other], ids[index] = ids[index], ids[other]
    else:
        ids[index] = wanted


def _assign_octopus_ids(rng: random.Random, products: list[dict[str, Any]]) -> None:
    product_ids = rng.sample(range(600, 1000), len(products))
    japan = next(i for i, p in enumerate(products) if p["name"] == "Japan eSIM")
    world = next(i for i, p in enumerate(products) if p["country_code"] == "GLO")
    _pin(product_ids, japan, 712)
    _pin(product_ids, world, 904)
    flat = [(i, v) for i, p in enumerate(products) for v in p["variants"]]
    variant_ids = rng.sample(range(5000, 9000), len(flat))
    first_japan = next(k for k, (i, _) in enumerate(flat) if i == japan)
    _pin(variant_ids, first_japan, 5511)
    for product, pid in zip(products, product_ids, strict=True):
        product["id"] = pid
    for (_, variant), vid in zip(flat, variant_ids, strict=True):
        variant["id"] = vid
    japan_1gb = products[japan]["variants"][0]
    japan_1gb.update(amount="4.50", client_discount="5.0")
    for variant in products[japan]["variants"]:
        variant["client_discount"] = "5.0"
    assert len({v["amount"] for v in products[japan]["variants"]}) == len(OCTOPUS_PLANS)
    assert len({p["id"] for p in products}) == len(products)
    assert len({v["id"] for _, v in flat}) == len(flat)


def build(seed: int = SEED) -> dict[str, Any]:
    rng = random.Random(seed)
    dests = destinations()
    bases = {
        d["alpha2"]: Decimal(geo.PRICE_TIER[d["region"]]) * Decimal(rng.randint(80, 125)) / 100
        for d in dests
    }
    # Pinned so the 1 GB / 7 days plans cost what the eSIMfly docs show.
    bases["TR"] = Decimal("2.72") / Decimal(GB_FACTOR[1])
    bases["US"] = Decimal("1.44") / Decimal(GB_FACTOR[1])
    operators = {d["alpha2"]: _operators(rng, d) for d in dests}
    iso_alpha3 = {c.alpha_3 for c in pycountry.countries}
    iso_alpha3 |= {c.alpha_3 for c in pycountry.historic_countries}
    for code in [*geo.OCTOPUS_REGION_CODES.values(), geo.OCTOPUS_GLOBAL_CODE]:
        assert len(code) == 3 and code.isalpha() and code.isupper(), code
        assert code not in iso_alpha3, f"{code} is an ISO alpha-3 code"
    regions = {
        region: {"octopus_code": geo.OCTOPUS_REGION_CODES[region], "members": codes.split()}
        for region, codes in geo.REGIONS.items()
    }
    return {
        "version": 1,
        "seed": seed,
        "generated_by": "python -m app.sandbox.make_catalogue",
        "destinations": dests,
        "regions": regions,
        "esimfly_packages": esimfly_packages(rng, dests, bases, operators),
        "octopus_products": octopus_products(rng, dests, bases),
    }


def render(doc: dict[str, Any]) -> str:
    """One list item per line: compact, yet reviewable as a diff."""

    def compact(value: Any) -> str:
        return simplejson.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts = []
    for key, value in doc.items():
        if isinstance(value, list):
            items = ",\n".join(compact(item) for item in value)
            parts.append(f"{compact(key)}:[\n{items}\n]")
        else:
            parts.append(f"{compact(key)}:{compact(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    text = render(build())
    size = len(text.encode("utf-8"))
    assert size < MAX_BYTES, f"catalogue is {size} bytes"
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
