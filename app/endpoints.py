"""Where the counter may send credentials, and the one HTTP client that sends them.

A provider's base URL must be ``https://``. Plain ``http://`` is accepted only for this
computer itself (``localhost``, ``127.0.0.0/8``, ``::1``), where a local sandbox or test
server runs and nothing crosses a network.

:func:`make_client` always verifies TLS against the operating system's trust store (via
``truststore``), so a shop's own root certificate (a company proxy) is trusted exactly as
the browser trusts it, and a certificate error is never something to switch off.
Proxies from the environment (``HTTPS_PROXY``, ``NO_PROXY``, ...) are honoured.
"""

from __future__ import annotations

import ipaddress
import ssl
from enum import StrEnum
from importlib import metadata
from urllib.parse import urlsplit, urlunsplit

import httpx
import truststore

from app.core.errors import CounterError
from app.providers.http import Timeouts

DISTRIBUTION = "esim-counter"
LOOPBACK_NAMES = frozenset({"localhost"})


class EndpointProblem(StrEnum):
    """What is wrong with an address; the UI turns it into a translated sentence."""

    EMPTY = "empty"
    SPACES = "spaces"
    INVALID = "invalid"
    NOT_HTTPS = "not-https"
    NO_HOST = "no-host"
    CREDENTIALS = "credentials"
    QUERY = "query"
    PLAIN_HTTP = "plain-http"


class EndpointError(CounterError):
    """A provider address the counter will not send credentials to."""

    default_message = "The address must start with https://"

    def __init__(self, message: str, *, problem: EndpointProblem) -> None:
        self.problem = problem
        super().__init__(message)


def check_base_url(url: str) -> str:
    """The address, normalised (lower-case scheme and host, no trailing slash).

    Raises :class:`EndpointError` with a plain-words reason for anything else.
    """
    text = url.strip() if isinstance(url, str) else ""
    if not text:
        raise EndpointError(
            "Enter the provider's address; it must start with https://",
            problem=EndpointProblem.EMPTY,
        )
    if any(ch.isspace() or ord(ch) < 32 or ch == "\\" for ch in text):
        raise EndpointError(
            "The address must not contain spaces or backslashes.",
            problem=EndpointProblem.SPACES,
        )
    try:
        parts = urlsplit(text)
        port = parts.port  # raises for a port that is not a number in range
    except ValueError as exc:
        raise EndpointError(
            "The address is not a valid web address.", problem=EndpointProblem.INVALID
        ) from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("https", "http") or not parts.netloc:
        raise EndpointError(
            "The address must start with https://", problem=EndpointProblem.NOT_HTTPS
        )
    if not host:
        raise EndpointError(
            "The address has no server name after https://", problem=EndpointProblem.NO_HOST
        )
    if parts.username is not None or parts.password is not None:
        # A password in the URL would end up in logs and settings.
        raise EndpointError(
            "The address must not contain a user name or password.",
            problem=EndpointProblem.CREDENTIALS,
        )
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise EndpointError(
            "The address must not contain '?' or '#'.", problem=EndpointProblem.QUERY
        )
    if scheme == "http" and not is_loopback(host):
        raise EndpointError(
            "The address must start with https:// (http:// is only allowed for this "
            "computer itself, such as http://127.0.0.1:8000).",
            problem=EndpointProblem.PLAIN_HTTP,
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


def is_loopback(host: str) -> bool:
    """``localhost``, ``127.0.0.0/8`` or ``::1``; no name lookup is done."""
    if host.lower().rstrip(".") in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def user_agent() -> str:
    try:
        version = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"eSIM-Counter/{version}"


def tls_context() -> ssl.SSLContext:
    """Certificates and host names always checked, against the OS trust store."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # PROTOCOL_TLS_CLIENT already sets both; stated so no later edit can loosen them.
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    return context


def make_client(timeouts: Timeouts | None = None) -> httpx.Client:
    """The client every provider shares. Redirects are not followed: an API does not
    redirect, and following one could carry signed requests somewhere else."""
    limits = timeouts or Timeouts()
    return httpx.Client(
        verify=tls_context(),
        trust_env=True,
        timeout=limits.normal(),
        follow_redirects=False,
        headers={"User-Agent": user_agent()},
    )


__all__ = ["EndpointError", "check_base_url", "is_loopback", "make_client", "tls_context"]
