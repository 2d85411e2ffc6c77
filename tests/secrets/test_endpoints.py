"""Credentials go only to https:// (or this computer), over a client that always verifies."""

from __future__ import annotations

import ssl

import httpx
import pytest
import truststore

from app.endpoints import EndpointError, check_base_url, is_loopback, make_client, user_agent
from app.providers.http import Timeouts


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("https://esimfly.net", "https://esimfly.net"),
        ("https://esimfly.net/", "https://esimfly.net"),
        ("  HTTPS://API.OctopusCards.io///  ", "https://api.octopuscards.io"),
        (
            "https://sandbox-api.octopuscards.io:8443/v2/",
            "https://sandbox-api.octopuscards.io:8443/v2",
        ),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://127.8.9.10/", "http://127.8.9.10"),
        ("http://localhost", "http://localhost"),
        ("http://LOCALHOST:5000/", "http://localhost:5000"),
        ("http://[::1]:9", "http://[::1]:9"),
        ("https://[2001:db8::1]/", "https://[2001:db8::1]"),
    ],
)
def test_accepted(url: str, normalised: str) -> None:
    assert check_base_url(url) == normalised


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://example.com", "The address must start with https://"),
        ("http://192.168.1.10:8000", "The address must start with https://"),
        ("http://localhost.example.com", "The address must start with https://"),
        ("http://[::2]", "The address must start with https://"),
        ("ftp://esimfly.net", "The address must start with https://"),
        ("esimfly.net", "The address must start with https://"),
        ("localhost:8000", "The address must start with https://"),
        ("//esimfly.net", "The address must start with https://"),
        ("https:esimfly.net", "The address must start with https://"),
        ("", "Enter the provider's address; it must start with https://"),
        ("   ", "Enter the provider's address; it must start with https://"),
        ("https://", "The address must start with https://"),
        ("https://:443", "The address has no server name"),
        ("https://user:pw@esimfly.net", "must not contain a user name or password"),
        ("https://esimfly.net/?x=1", "must not contain '?' or '#'"),
        ("https://esimfly.net#top", "must not contain '?' or '#'"),
        ("https://esim fly.net", "must not contain spaces"),
        ("https://esimfly.net:99999", "not a valid web address"),
    ],
)
def test_rejected(url: str, message: str) -> None:
    with pytest.raises(EndpointError) as caught:
        check_base_url(url)
    assert message in caught.value.message


def test_loopback() -> None:
    assert is_loopback("localhost") and is_loopback("127.0.0.1") and is_loopback("::1")
    assert not is_loopback("10.0.0.1") and not is_loopback("esimfly.net")


def _contexts(client: httpx.Client) -> list[ssl.SSLContext]:
    transports = [client._transport, *client._mounts.values()]
    return [t._pool._ssl_context for t in transports if isinstance(t, httpx.HTTPTransport)]


def test_client_verifies_with_the_os_trust_store(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy from the environment gets its own transport: it must verify the same way.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    with make_client() as client:
        contexts = _contexts(client)
        assert len(contexts) == 2
        for context in contexts:
            assert isinstance(context, truststore.SSLContext)
            assert context.verify_mode is ssl.CERT_REQUIRED
            assert context.check_hostname
            assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
        assert client.trust_env
        assert not client.follow_redirects
        assert any(str(url.pattern).startswith("https") for url in client._mounts)


def test_client_headers_and_timeouts() -> None:
    with make_client(Timeouts(connect=3, read=7)) as client:
        assert client.headers["User-Agent"] == user_agent()
        assert client.timeout == httpx.Timeout(7, connect=3)
    with make_client() as client:
        assert client.timeout == Timeouts().normal()


def test_user_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    assert user_agent() == f"eSIM-Counter/{metadata.version('esim-counter')}"

    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    assert user_agent() == "eSIM-Counter/dev"
