from __future__ import annotations

from decimal import Decimal

import httpx

from app.sandbox import IQD_PER_USD, Sandbox, SandboxConfig
from tests.sandbox.helpers import Esimfly, decode


def packages(api: Esimfly, **params: object) -> dict:  # type: ignore[type-arg]
    response = api.get("/esims/packages", params=params)
    assert response.status_code == 200, response.text
    return decode(response)["data"]


def test_search_is_case_insensitive_and_sorted(esimfly: Esimfly) -> None:
    data = packages(esimfly, search="tUrKeY")
    found = data["packages"]
    assert found and all(p["region"] == "Turkey" and p["type"] == "local" for p in found)
    limited = [p for p in found if not p["is_unlimited"]]
    unlimited = [p for p in found if p["is_unlimited"]]
    assert found == limited + unlimited
    assert [p["data_amount_gb"] for p in limited] == sorted(p["data_amount_gb"] for p in limited)
    assert [p["validity_days"] for p in unlimited] == sorted(p["validity_days"] for p in unlimited)
    first = found[0]
    assert first["package_code"] == "TR1GB7D"
    assert first["name"] == "Turkey 1GB 7Days"
    assert first["cost"] == Decimal("2.72")
    assert first["currency"] == "USD"
    assert first["locationNetworkList"][0]["locationLogo"] == "/images/flags/tr.png"
    assert 1 <= len(first["locationNetworkList"][0]["operatorList"]) <= 3


def test_cost_keeps_its_decimals_on_the_wire(esimfly: Esimfly) -> None:
    response = esimfly.get("/esims/packages", params={"search": "United States", "limit": 1})
    assert '"cost": 1.44' in response.text


def test_type_filter(esimfly: Esimfly) -> None:
    regional = packages(esimfly, type="regional", limit=100)["packages"]
    assert regional and {p["type"] for p in regional} == {"regional"}
    europe = packages(esimfly, type="regional", search="europe")["packages"]
    assert europe and all(p["region"] == "Europe" for p in europe)
    assert len(europe[0]["locationNetworkList"]) > 30
    world = packages(esimfly, type="global")["packages"]
    assert world and all(p["region"] == "Global" for p in world)
    assert esimfly.get("/esims/packages", params={"type": "galactic"}).status_code == 400


def test_local_first_then_regional_then_global(sandbox: Sandbox, esimfly: Esimfly) -> None:
    total = packages(esimfly, limit=1)["pagination"]["total"]
    last = packages(esimfly, limit=100, page=(total + 99) // 100)["packages"]
    assert last[-1]["type"] == "global"
    assert packages(esimfly, limit=1)["packages"][0]["type"] == "local"


def test_pagination(esimfly: Esimfly) -> None:
    first = packages(esimfly, limit=10)
    second = packages(esimfly, limit=10, page=2)
    total = first["pagination"]["total"]
    assert total > 1000
    assert first["pagination"] == {
        "page": 1,
        "limit": 10,
        "total": total,
        "totalPages": (total + 9) // 10,
        "total_pages": (total + 9) // 10,
    }
    assert len(second["packages"]) == 10
    assert {p["package_code"] for p in first["packages"]}.isdisjoint(
        p["package_code"] for p in second["packages"]
    )
    assert packages(esimfly)["pagination"]["limit"] == 50
    assert packages(esimfly, limit=500)["pagination"]["limit"] == 100
    assert packages(esimfly, page=10_000)["packages"] == []
    for bad in ({"limit": 0}, {"page": "x"}):
        response = esimfly.get("/esims/packages", params=bad)
        assert response.status_code == 400
        assert response.json()["code"] == "INVALID_PARAMETER"


def test_iqd_wallet_uses_whole_dinars() -> None:
    sandbox = Sandbox(SandboxConfig(esimfly_currency="IQD"))
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        api = Esimfly(client)
        balance = decode(api.get("/balance"))["data"]
        assert balance == {"balance": Decimal(1_310_000), "currency": "IQD"}
        turkey = packages(api, search="Turkey", limit=1)["packages"][0]
        assert turkey["currency"] == "IQD"
        assert Decimal("2.72") * IQD_PER_USD == Decimal("3563.2")
        assert turkey["cost"] == 3563  # whole dinars
        assert '"cost": 3563,' in api.get("/esims/packages", params={"search": "Turkey"}).text
