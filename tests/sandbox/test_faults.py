"""Every fault kind over real HTTP (and the in-process translations)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from decimal import Decimal

import httpx
import pytest

from app.sandbox import Fault, Sandbox, ServerHandle
from app.sandbox.server import _SocketWire
from tests.sandbox.helpers import Esimfly, Octopus, decode

ORDER_PATH = "/api/v1/business/esims/order"
CONNECTION_BROKEN = (httpx.ReadError, httpx.RemoteProtocolError)


@pytest.fixture
def api(http: httpx.Client) -> Esimfly:
    return Esimfly(http)


@pytest.fixture(autouse=True)
def no_server_errors(caplog: pytest.LogCaptureFixture):  # type: ignore[no-untyped-def]
    """A client giving up must never make the sandbox log an error or a traceback."""
    with caplog.at_level(logging.DEBUG, logger="app.sandbox"):
        yield
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_reset_before_takes_no_order(sandbox: Sandbox, api: Esimfly) -> None:
    sandbox.inject(Fault("reset", provider="esimfly", method="POST", path=ORDER_PATH))
    with pytest.raises(CONNECTION_BROKEN):
        api.order("TR1GB7D")
    assert sandbox.orders("esimfly") == []
    assert api.order("TR1GB7D").status_code == 200  # count=1: fired once


def test_reset_after_still_takes_the_order(sandbox: Sandbox, api: Esimfly) -> None:
    sandbox.inject(Fault("reset", provider="esimfly", path=ORDER_PATH, when="after"))
    with pytest.raises(CONNECTION_BROKEN):
        api.order("TR1GB7D")
    assert len(sandbox.orders("esimfly")) == 1
    assert sandbox.balance("esimfly") == Decimal("997.28")


@pytest.mark.parametrize("when", ["before", "after"])
def test_truncated_body(sandbox: Sandbox, api: Esimfly, when: str) -> None:
    sandbox.inject(Fault("truncated", provider="esimfly", when=when))  # type: ignore[arg-type]
    with pytest.raises(httpx.RemoteProtocolError):
        api.order("TR1GB7D")
    assert len(sandbox.orders("esimfly")) == (1 if when == "after" else 0)


def test_truncated_stream_still_sees_the_headers(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(Fault("truncated"))
    with http.stream("POST", "/auth/login", json={"username": "a", "password": "b"}) as response:
        assert int(response.headers["Content-Length"]) > 0
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()


def test_not_json(sandbox: Sandbox, api: Esimfly) -> None:
    sandbox.inject(Fault("not_json", provider="esimfly"))
    response = api.get("/balance")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    with pytest.raises(ValueError):
        response.json()


@pytest.mark.parametrize(
    ("kind", "status"), [("http_500", 500), ("http_502", 502), ("http_503", 503)]
)
def test_http_errors(sandbox: Sandbox, http: httpx.Client, kind: str, status: int) -> None:
    sandbox.inject(Fault(kind, when="after"))
    octopus = Octopus(http)
    response = octopus.login()
    assert response.status_code == status
    assert "Date" in response.headers
    if kind == "http_500":
        assert response.json()["error"]["code"] == "INTERNAL_SERVER_ERROR"
    else:
        assert response.headers["Content-Type"].startswith("text/html")
    if kind == "http_503":
        assert response.headers["Retry-After"] == "5"


def test_esimfly_500_after_has_charged(sandbox: Sandbox, api: Esimfly) -> None:
    sandbox.inject(Fault("http_500", provider="esimfly", method="POST", when="after"))
    response = api.order("TR1GB7D")
    assert response.status_code == 500 and response.json()["success"] is False
    assert len(sandbox.orders("esimfly")) == 1


def test_slow_provider_answers_late(sandbox: Sandbox, api: Esimfly) -> None:
    sandbox.inject(Fault("delay", provider="esimfly", seconds=0.15))
    started = time.monotonic()
    response = api.get("/balance")
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.15


def test_delay_before_beyond_the_timeout(sandbox: Sandbox, server: ServerHandle) -> None:
    sandbox.inject(Fault("delay", provider="esimfly", seconds=0.5))
    with (
        httpx.Client(base_url=server.url, timeout=0.1) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        Esimfly(client).order("TR1GB7D")
    server.close()  # joins the handler, which finds its client gone
    assert sandbox.orders("esimfly") == []


def test_delay_after_beyond_the_timeout_took_the_order(
    sandbox: Sandbox, server: ServerHandle
) -> None:
    sandbox.inject(
        Fault("delay", provider="octopus", path="/api/v1/esim/orders", when="after", seconds=1.0)
    )
    with httpx.Client(base_url=server.url, timeout=0.2) as client:
        octopus = Octopus(client)
        octopus.login()
        with pytest.raises(httpx.ReadTimeout):
            octopus.order(712, Decimal("4.50"), client_reference="TIMEOUT-1")
    assert [o["client_reference"] for o in sandbox.orders("octopus")] == ["TIMEOUT-1"]


def test_count_and_filters(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.inject(
        Fault("http_503", provider="octopus", method="POST", path="/auth/login", count=2)
    )
    octopus = Octopus(http)
    assert [octopus.login().status_code for _ in range(3)] == [503, 503, 200]
    assert Esimfly(http).get("/balance").status_code == 200  # other provider untouched
    sandbox.inject(Fault("http_502", provider="octopus", path="/api/v1/wallets", count=0))
    assert [octopus.get("/api/v1/wallets").status_code for _ in range(3)] == [502] * 3
    assert octopus.get("/api/v1/currencies").status_code == 200
    sandbox.clear_faults()
    assert octopus.get("/api/v1/wallets").status_code == 200


def test_fault_validation() -> None:
    with pytest.raises(ValueError):
        Fault("gremlins")
    with pytest.raises(ValueError):
        Fault("delay", when="during")  # type: ignore[arg-type]


def test_wire_notices_a_client_that_hung_up() -> None:
    server_side, client_side = socket.socketpair()
    with server_side, client_side:
        wire = _SocketWire(server_side, threading.Event())
        assert wire.client_gone() is False
        client_side.close()
        assert wire.client_gone() is True


class TestInProcess:
    def test_reset_is_a_read_error(self, sandbox: Sandbox, esimfly: Esimfly) -> None:
        sandbox.inject(Fault("reset", provider="esimfly", when="after"))
        with pytest.raises(httpx.ReadError):
            esimfly.order("TR1GB7D")
        assert len(sandbox.orders("esimfly")) == 1

    def test_truncated_is_a_protocol_error(self, sandbox: Sandbox, esimfly: Esimfly) -> None:
        sandbox.inject(Fault("truncated"))
        with pytest.raises(httpx.RemoteProtocolError):
            esimfly.get("/balance")

    def test_delay_beyond_the_timeout(self, sandbox: Sandbox) -> None:
        sandbox.inject(Fault("delay", when="after", seconds=10))
        transport = sandbox.transport()
        with httpx.Client(transport=transport, base_url="http://sandbox.test", timeout=0.05) as c:
            started = time.monotonic()
            with pytest.raises(httpx.ReadTimeout):
                Esimfly(c).order("TR1GB7D")
            assert time.monotonic() - started < 2
        assert len(sandbox.orders("esimfly")) == 1

    def test_other_faults(self, sandbox: Sandbox, esimfly: Esimfly) -> None:
        sandbox.inject(Fault("http_502", count=1))
        sandbox.inject(Fault("not_json", count=1))
        assert esimfly.get("/balance").status_code == 502
        assert esimfly.get("/balance").headers["Content-Type"].startswith("text/html")


def _chaos_run(seed: int) -> list[str]:
    sandbox = Sandbox()
    sandbox.chaos(0.5, seed)
    outcomes = []
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        api = Esimfly(client)
        for _ in range(12):
            try:
                outcomes.append(str(api.order("TR1GB7D").status_code))
            except httpx.HTTPError as exc:
                outcomes.append(type(exc).__name__)
            assert api.get("/balance").status_code == 200  # not a chaos target
    return outcomes


def test_chaos_is_reproducible() -> None:
    first, again, other = _chaos_run(7), _chaos_run(7), _chaos_run(8)
    assert first == again
    assert first != other
    assert {"200"} < set(first)


def test_control_api(sandbox: Sandbox, http: httpx.Client) -> None:
    assert http.get("/_sandbox/health").json() == {"ok": True}
    fault = {"kind": "http_500", "provider": "esimfly", "path": ORDER_PATH}
    assert http.post("/_sandbox/faults", json=fault).status_code == 200
    assert http.post("/_sandbox/faults", json={"kind": "gremlins"}).status_code == 400
    api = Esimfly(http)
    assert api.order("TR1GB7D").status_code == 500
    outcome = {"provider": "esimfly", "plan_key": "TR1GB7D", "outcome": "pending"}
    assert http.post("/_sandbox/outcome", json=outcome).status_code == 200
    body = decode(api.order("TR1GB7D"))
    assert body["status"] == "pending_details"
    http.post("/_sandbox/clock/advance", json={"seconds": 90})
    (listed,) = http.get("/_sandbox/orders", params={"provider": "esimfly"}).json()
    assert listed["status"] == "completed"
    http.post("/_sandbox/installed", json={"iccid": listed["iccids"][0]})
    http.post("/_sandbox/balance", json={"provider": "octopus", "amount": "12.50"})
    state = decode(http.get("/_sandbox/state"))
    assert state["balances"]["octopus"] == {"amount": Decimal("12.50"), "currency": "USD"}
    assert state["orders"] == {"esimfly": 1, "octopus": 0}
    http.post("/_sandbox/faults", json={"kind": "http_502", "count": 0})
    assert http.delete("/_sandbox/faults").status_code == 200
    assert http.post("/_sandbox/chaos", json={"rate": 1.0, "seed": 3}).status_code == 200
    http.delete("/_sandbox/faults")
    assert http.post("/_sandbox/tokens/expire").status_code == 200
    assert http.post("/_sandbox/reset").status_code == 200
    assert sandbox.orders("esimfly") == [] and sandbox.balance("octopus") == Decimal("1000.00")
    assert http.get("/_sandbox/nothing").status_code == 404
