"""One connection to the chain's PostgreSQL, its failures as a :class:`ChainUnavailable`.

libpq's own message is kept as a fact for administrators (it names the host, the user and
what went wrong, never the password), scrubbed of the password all the same.
"""

from __future__ import annotations

import logging

import psycopg
from psycopg.conninfo import make_conninfo

from app.chain.config import ChainConfig
from app.core.errors import CounterError
from app.core.secret import Secret

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 5.0


class ChainError(CounterError):
    """Base of the chain's errors."""

    default_message = "The chain's database could not be used."


class ChainUnavailable(ChainError):
    """The chain's PostgreSQL could not be reached or refused this counter.

    ``reason`` is one of ``unreachable``, ``password``, ``tls``, ``database``, ``other``;
    ``where`` is ``user@host:port/dbname``; ``detail`` libpq's first line.
    """

    default_message = "The chain's database cannot be reached."

    def __init__(
        self,
        message: str | None = None,
        *,
        reason: str = "other",
        where: str = "",
        detail: str = "",
    ) -> None:
        self.reason = reason
        self.where = where
        self.detail = detail
        super().__init__(message)


_ADVICE = {
    "unreachable": "Check the network and that the server is running; the counter keeps "
    "selling and pushes when the link is back.",
    "password": "Check the user and the password kept in the keyring "
    '(keyring set "eSIM Counter" chain.password).',
    "tls": "The server's certificate was not accepted; check the host name and the "
    "certificate authority in Settings › Chain.",
    "database": "Check the database name, and that `esim-counter chain init` was run.",
    "other": "Check Settings › Chain.",
}


def _reason(detail: str) -> str:
    text = detail.lower()
    if "password" in text or "authentication" in text or "no pg_hba.conf entry" in text:
        return "password"
    if "ssl" in text or "certificate" in text or "tls" in text:
        return "tls"
    if "database" in text and "does not exist" in text:
        return "database"
    if (
        "connection refused" in text
        or "timeout" in text
        or "timed out" in text
        or "could not translate host name" in text
        or "no route to host" in text
        or "network is unreachable" in text
        or "server closed the connection" in text
        or "connection to server" in text
    ):
        return "unreachable"
    return "other"


def unavailable(
    exc: BaseException, config: ChainConfig, password: Secret | None = None
) -> ChainUnavailable:
    """A psycopg (or OS) error as a ChainUnavailable, with no trace of the password."""
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    secret = password.reveal() if password is not None else ""
    if secret:
        detail = detail.replace(secret, "***")
    reason = _reason(detail)
    where = config.describe()
    message = f"The chain's database ({where}) cannot be used: {detail}. {_ADVICE[reason]}"
    return ChainUnavailable(message, reason=reason, where=where, detail=detail)


def connect(
    config: ChainConfig,
    password: Secret | None,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    autocommit: bool = False,
) -> psycopg.Connection[tuple[object, ...]]:
    """A new connection. Raises :class:`ChainUnavailable` (raised outside the ``except``
    so no traceback carries libpq's text unscrubbed)."""
    conninfo = make_conninfo("", **config.conninfo())
    try:
        conn = psycopg.connect(
            conninfo,
            password=password.reveal() if password is not None else None,
            connect_timeout=max(1, round(timeout_s)),
            application_name=f"esim-counter/{config.counter}"[:63],
            autocommit=autocommit,
        )
    except (psycopg.Error, OSError) as exc:
        error = unavailable(exc, config, password)
    else:
        return conn
    log.warning("chain connection failed (%s): %s", error.reason, error.detail)
    raise error
