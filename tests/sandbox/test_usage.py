"""Issue 17: data use grows on the sandbox clock once an eSIM is installed, and tests
install, use up and expire eSIMs; every eSIMfly read and Octopus's activation status
agree on it. Driven over the documented HTTP shapes (tests/sandbox/helpers.py)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from app.sandbox import Sandbox
from app.sandbox.messages import parse_iso
from tests.sandbox.helpers import Esimfly, Octopus, decode

TURKEY_1GB = "TR1GB7D"  # 1 GB for 7 days


def sold(esimfly: Esimfly, code: str = TURKEY_1GB) -> tuple[str, str]:
    body = decode(esimfly.order(code))
    return body["esims"][0]["iccid"], body["orderReference"]


def usage(esimfly: Esimfly, **params: str) -> httpx.Response:
    return esimfly.get("/esims/usage/query", params=params)


def views(esimfly: Esimfly, iccid: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """What /esims/usage/query, GET /esims and POST /esims/status say about one eSIM."""
    query = usage(esimfly, iccid=iccid)
    assert query.status_code == 200, query.text
    listed = esimfly.get("/esims", params={"search": iccid})
    (row,) = decode(listed)["data"]["esims"]
    live = esimfly.post("/esims/status", {"iccid": iccid})
    assert live.status_code == 200, live.text
    return decode(query)["data"], row, decode(live)["data"]


def test_data_is_used_over_sandbox_time_once_installed(sandbox: Sandbox, esimfly: Esimfly) -> None:
    iccid, reference = sold(esimfly)
    query, row, live = views(esimfly, iccid)
    assert query["esim"] == {
        "iccid": iccid,
        "order_id": reference,
        "package_name": "Turkey 1GB 7Days",
        "status": "NEW",
    }
    assert query["data"]["used_mb"] == 0 and query["data"]["remaining_mb"] == 1024
    assert query["validity"]["activated_at"] is None and row["status"] == "NEW"
    sandbox.clock.advance(3 * 3600)  # not installed: nothing used
    assert views(esimfly, iccid)[0]["data"]["used_mb"] == 0

    installed = sandbox.install_esim(iccid)
    assert sandbox.install_esim(iccid) == installed  # idempotent
    sandbox.clock.advance(4 * 3600)
    query, row, live = views(esimfly, iccid)
    used = 4 * sandbox.state.usage.mb_per_hour
    assert query["data"] == {
        "total_mb": 1024,
        "used_mb": used,
        "remaining_mb": 1024 - used,
        "usage_percentage": used * 100 // 1024,
        "is_unlimited": False,
    }
    assert row["data"] == query["data"] and row["status"] == live["status"] == "ACTIVE"
    expires = installed + timedelta(days=7)
    assert parse_iso(query["validity"]["expires_at"]) == expires
    assert parse_iso(live["expiry_date"]) == expires
    assert live["data_usage"]["used_gb"] == Decimal(used) / 1024
    assert live["device"]["model"] and live["last_network"]["connection_type"]


def test_used_up_and_expired(sandbox: Sandbox, esimfly: Esimfly) -> None:
    first, _ = sold(esimfly)
    second, _ = sold(esimfly)
    sandbox.use_up(first)  # installs it first
    query, row, live = views(esimfly, first)
    assert query["data"]["remaining_mb"] == 0 and query["data"]["used_mb"] == 1024
    assert query["esim"]["status"] == row["status"] == live["status"] == "DEPLETED"
    sandbox.expire_esim(second)
    query, row, live = views(esimfly, second)
    assert query["esim"]["status"] == row["status"] == live["status"] == "EXPIRED"
    assert query["validity"]["is_expired"] is True and row["validity"]["is_expired"] is True
    listed = esimfly.get("/esims", params={"status": "DEPLETED"})
    assert [r["iccid"] for r in decode(listed)["data"]["esims"]] == [first]


def test_a_plan_runs_out_by_itself(sandbox: Sandbox, esimfly: Esimfly) -> None:
    iccid, _ = sold(esimfly)
    sandbox.install_esim(iccid)
    sandbox.clock.advance(30 * 3600)  # 30 h at 50 MB/h is more than 1 GB
    assert views(esimfly, iccid)[0]["esim"]["status"] == "DEPLETED"
    sandbox.clock.advance(7 * 86400)
    assert views(esimfly, iccid)[0]["esim"]["status"] == "EXPIRED"


def test_usage_query_errors(sandbox: Sandbox, esimfly: Esimfly) -> None:
    iccid, reference = sold(esimfly)
    for params in ({}, {"iccid": iccid, "order_id": reference}):
        answer = usage(esimfly, **params)
        assert answer.status_code == 400 and decode(answer)["error"] == "Bad Request"
    missing = usage(esimfly, iccid="8932042000010078801")
    assert missing.status_code == 404 and decode(missing) == {
        "error": "Not Found",
        "message": "eSIM not found or you do not have access to it",
    }
    by_order = usage(esimfly, order_id=reference)
    assert decode(by_order)["data"]["esim"]["iccid"] == iccid


def test_octopus_expires_early_on_command(sandbox: Sandbox, octopus: Octopus) -> None:
    product = next(p for p in sandbox.catalogue.octopus_products if not p.slow)
    variant = product.variants[0]
    order = decode(octopus.order(product.id, variant.amount))
    assert order["status"] == "DELIVERED"
    sandbox.install_esim(order["iccid"])
    detail = decode(octopus.get(f"/api/v1/esim/orders/{order['id']}"))
    assert detail["activation_status"] == "ACTIVE" and detail["is_installed"] is True
    sandbox.expire_esim(order["iccid"])
    detail = decode(octopus.get(f"/api/v1/esim/orders/{order['id']}"))
    assert detail["activation_status"] == "EXPIRED"


def test_the_controls_over_http(sandbox: Sandbox, esimfly: Esimfly, client: httpx.Client) -> None:
    iccid, _ = sold(esimfly)
    at = "2026-01-02T03:04:05Z"
    answer = client.post("/_sandbox/esims/install", json={"iccid": iccid, "at": at})
    assert answer.status_code == 200 and answer.json()["installed_at"] == at
    assert (
        client.post("/_sandbox/esims/install", json={"iccid": iccid}).json()["installed_at"] == at
    )
    assert client.post("/_sandbox/esims/use", json={"iccid": iccid, "mb": 100}).status_code == 200
    assert client.post("/_sandbox/esims/use", json={"iccid": iccid, "mb": 1.5}).status_code == 400
    assert client.post("/_sandbox/esims/usage-rate", json={"mb_per_hour": 0}).status_code == 200
    assert client.post("/_sandbox/esims/use-up", json={"iccid": iccid}).status_code == 200
    assert client.post("/_sandbox/esims/expire", json={"iccid": iccid}).status_code == 200
    unknown = client.post("/_sandbox/esims/use-up", json={"iccid": "8932042000010078801"})
    assert unknown.status_code == 400


@pytest.mark.parametrize("code", [TURKEY_1GB])
def test_use_data_adds_to_the_clock(sandbox: Sandbox, esimfly: Esimfly, code: str) -> None:
    iccid, _ = sold(esimfly, code)
    sandbox.set_usage_rate(0)
    sandbox.use_data(iccid, 300)
    assert views(esimfly, iccid)[0]["data"]["used_mb"] == 300
