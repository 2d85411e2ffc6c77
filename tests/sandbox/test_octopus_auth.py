from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest

from app.sandbox import Sandbox, SandboxConfig
from tests.sandbox.helpers import Octopus

WALLETS = "/api/v1/wallets"


def test_login_returns_a_token_pair(sandbox: Sandbox, client: httpx.Client) -> None:
    response = Octopus(client).login()
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True
    data = body["data"]
    assert data["client_id"] == 42
    for token in (data["access_token"], data["refresh_token"]):
        assert token.startswith("eyJ") and token.count(".") == 2
    issued = datetime.fromisoformat(data["access_expires_at"].replace("Z", "+00:00"))
    refresh = datetime.fromisoformat(data["refresh_expires_at"].replace("Z", "+00:00"))
    now = sandbox.clock.now()
    assert abs(issued - now - timedelta(hours=1)) < timedelta(seconds=2)
    assert abs(refresh - now - timedelta(days=7)) < timedelta(seconds=2)


@pytest.mark.parametrize(
    ("username", "password", "status", "code", "message"),
    [
        ("oc_sandbox_key", "wrong", 401, "UNAUTHORIZED", "Invalid credentials"),
        ("someone", "oc_sandbox_secret", 401, "UNAUTHORIZED", "Invalid credentials"),
        ("", "oc_sandbox_secret", 400, "VALIDATION_FAILURE", "Username and password are required"),
        ("oc_sandbox_key", "", 400, "VALIDATION_FAILURE", "Username and password are required"),
    ],
)
def test_login_failures(client, username, password, status, code, message):  # type: ignore[no-untyped-def]
    response = Octopus(client).login(username, password)
    assert response.status_code == status
    name = "UnauthorizedError" if status == 401 else "ValidationException"
    assert response.json() == {"error": {"name": name, "code": code, "message": message}}


def test_missing_and_bogus_tokens(client: httpx.Client) -> None:
    missing = client.get(WALLETS)
    assert missing.status_code == 401
    assert missing.json()["error"]["message"] == "Authorization header required"
    bogus = client.get(WALLETS, headers={"Authorization": "Bearer nope"})
    assert bogus.status_code == 401
    assert bogus.json()["error"] == {
        "name": "UnauthorizedError",
        "code": "UNAUTHORIZED",
        "message": "Invalid token",
    }


def test_access_token_expires_on_the_sandbox_clock(sandbox: Sandbox, octopus: Octopus) -> None:
    assert octopus.get(WALLETS).status_code == 200
    sandbox.clock.advance(3599)
    assert octopus.get(WALLETS).status_code == 200
    sandbox.clock.advance(1)
    assert octopus.get(WALLETS).json()["error"]["message"] == "Invalid token"


def test_expire_tokens_then_refresh(sandbox: Sandbox, client: httpx.Client) -> None:
    api = Octopus(client)
    refresh_token = api.login().json()["data"]["refresh_token"]
    sandbox.expire_tokens()
    assert api.get(WALLETS).status_code == 401
    response = client.post("/auth/refresh", json={"refresh_token": refresh_token})
    assert response.status_code == 200
    api.token = response.json()["data"]["access_token"]
    assert api.get(WALLETS).status_code == 200


def test_refresh_rotates_and_revokes_the_old_refresh_token(client: httpx.Client) -> None:
    first = Octopus(client).login().json()["data"]
    second = client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    rotated = second.json()["data"]
    assert rotated["refresh_token"] != first["refresh_token"]
    reused = client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401 and reused.json()["error"]["code"] == "UNAUTHORIZED"
    third = client.post("/auth/refresh", json={"refresh_token": rotated["refresh_token"]})
    assert third.status_code == 200
    empty = client.post("/auth/refresh", json={"refresh_token": ""})
    assert empty.status_code == 400
    assert empty.json()["error"]["message"] == "Refresh token is required"
    # An access token is not a refresh token.
    wrong_kind = client.post("/auth/refresh", json={"refresh_token": rotated["access_token"]})
    assert wrong_kind.status_code == 401


def test_refresh_token_expires_after_seven_days(sandbox: Sandbox, client: httpx.Client) -> None:
    refresh_token = Octopus(client).login().json()["data"]["refresh_token"]
    sandbox.clock.advance(7 * 24 * 3600)
    assert client.post("/auth/refresh", json={"refresh_token": refresh_token}).status_code == 401


def test_logout_revokes_everything(client: httpx.Client) -> None:
    api = Octopus(client)
    refresh_token = api.login().json()["data"]["refresh_token"]
    other = Octopus(client)
    other.login()
    response = client.post("/auth/logout", headers=api.auth)
    assert response.json() == {"success": True, "data": {"message": "Successfully logged out"}}
    assert api.get(WALLETS).status_code == 401
    assert other.get(WALLETS).status_code == 401
    assert client.post("/auth/refresh", json={"refresh_token": refresh_token}).status_code == 401


def test_request_id_is_echoed_or_generated(octopus: Octopus, client: httpx.Client) -> None:
    echoed = client.get(WALLETS, headers={**octopus.auth, "X-Request-Id": "2ABCdefGHIjkl"})
    assert echoed.headers["X-Request-Id"] == "2ABCdefGHIjkl"
    generated = client.get(WALLETS).headers["X-Request-Id"]
    assert len(generated) == 27 and generated.isalnum()


def test_login_rate_limit() -> None:
    limits = {"login": 2, "refresh": 30, "get": 600, "orders": 120, "charges": 300}
    sandbox = Sandbox(SandboxConfig(octopus_rate_limits=limits))
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        api = Octopus(client)
        assert [api.login().status_code for _ in range(2)] == [200, 200]
        refused = api.login()
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "TOO_MANY_REQUESTS"
        seconds = int(refused.headers["Retry-After"])
        assert 1 <= seconds <= 60
        assert refused.json()["error"]["message"] == (
            f"Rate limit exceeded. Retry after {seconds} seconds."
        )
        sandbox.clock.advance(60)
        assert api.login().status_code == 200
