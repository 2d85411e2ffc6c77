from __future__ import annotations

from decimal import Decimal

import pytest

from app.sandbox import Sandbox
from tests.sandbox.helpers import Esimfly, decode


@pytest.fixture
def history(sandbox: Sandbox, esimfly: Esimfly) -> list[str]:
    """Four orders an hour apart: Turkey, Japan KDDI (pending), Turkey x2, failed Iraq."""
    references = []
    for code, quantity in (("TR1GB7D", 1), ("RB85_4D", 1), ("TR3GB15D", 2)):
        references.append(decode(esimfly.order(code, quantity=quantity))["orderReference"])
        sandbox.clock.advance(3600)
    iraq = sandbox.catalogue.packages_by_code
    iraq_code = next(c for c, p in iraq.items() if p.region == "Iraq")
    sandbox.force_outcome("esimfly", iraq_code, "fail")
    assert esimfly.order(iraq_code).status_code == 500
    return references


def orders(api: Esimfly, **params: object) -> dict:  # type: ignore[type-arg]
    response = api.get("/orders", params=params)
    assert response.status_code == 200, response.text
    return decode(response)["data"]


def test_orders_newest_first_with_summary(esimfly: Esimfly, history: list[str]) -> None:
    data = orders(esimfly)
    listed = data["orders"]
    assert [o["status"] for o in listed] == ["failed", "completed", "completed", "completed"]
    assert [o["order_reference"] for o in listed[1:]] == history[::-1]
    # The KDDI order finished provisioning while the clock moved on two hours.
    assert data["summary"]["total_orders"] == 3
    amounts = [o["amount"] for o in listed if o["status"] == "completed"]
    assert data["summary"]["total_revenue"] == sum(amounts, Decimal(0))
    assert data["pagination"] == {"page": 1, "limit": 20, "total": 4, "total_pages": 1}
    assert set(listed[0]) == {
        "id",
        "order_reference",
        "package_name",
        "package_code",
        "amount",
        "currency",
        "status",
        "flag_url",
        "created_at",
    }


def test_pending_orders_are_listed_as_pending(sandbox: Sandbox, esimfly: Esimfly) -> None:
    esimfly.order("RB85_4D")
    assert [o["status"] for o in orders(esimfly, status="pending")["orders"]] == ["pending"]
    assert orders(esimfly, status="completed")["orders"] == []


def test_order_filters(sandbox: Sandbox, esimfly: Esimfly, history: list[str]) -> None:
    assert [o["order_reference"] for o in orders(esimfly, search="turkey")["orders"]] == [
        history[2],
        history[0],
    ]
    assert len(orders(esimfly, search=history[1].upper())["orders"]) == 1
    assert len(orders(esimfly, status="failed")["orders"]) == 1
    created = {o["order_reference"]: o["created_at"] for o in orders(esimfly)["orders"]}
    window = orders(esimfly, from_date=created[history[1]], to_date=created[history[2]])
    assert [o["order_reference"] for o in window["orders"]] == [history[2], history[1]]
    by_amount = orders(esimfly, sort_by="amount", sort_order="asc")["orders"]
    assert [o["amount"] for o in by_amount] == sorted(o["amount"] for o in by_amount)
    paged = orders(esimfly, limit=3, page=2)
    assert len(paged["orders"]) == 1 and paged["pagination"]["total_pages"] == 2
    day = created[history[0]][:10]
    assert len(orders(esimfly, from_date=day, to_date=day)["orders"]) >= 1
    for bad in ({"status": "lost"}, {"sort_by": "colour"}, {"from_date": "yesterday"}):
        assert esimfly.get("/orders", params=bad).status_code == 400


def test_esims_list(sandbox: Sandbox, esimfly: Esimfly) -> None:
    body = decode(esimfly.order("TR1GB7D"))
    iccid = body["esims"][0]["iccid"]
    esimfly.order("RB85_4D")
    data = decode(esimfly.get("/esims"))["data"]
    assert data["pagination"]["total"] == 2
    pending, ready = data["esims"]
    assert pending["is_pending"] is True and pending["iccid"].startswith("PENDING_")
    assert ready["iccid"] == iccid and ready["status"] == "NEW"
    lpa = body["lpaString"]
    assert ready["manual_installation"] == {
        "smdp_address": lpa.split("$")[1],
        "activation_code": lpa.split("$")[2],
        "lpa_format": lpa,
    }
    assert ready["countries"] == ["Turkey"] and ready["data"]["total_mb"] == 1024
    found = decode(esimfly.get("/esims", params={"search": iccid}))["data"]["esims"]
    assert [e["iccid"] for e in found] == [iccid]
    sandbox.mark_installed(iccid)
    active = decode(esimfly.get("/esims", params={"status": "ACTIVE"}))["data"]["esims"]
    assert [e["iccid"] for e in active] == [iccid]
    assert active[0]["validity"]["activated_at"] is not None
    sandbox.clock.advance(8 * 24 * 3600)
    expired = decode(esimfly.get("/esims", params={"status": "expired"}))["data"]["esims"]
    assert [e["iccid"] for e in expired] == [iccid]
