"""A tiny HTTP server on 127.0.0.1 that answers what a property test tells it, and the
hostile HTTP answers (status, body, headers) those tests generate."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

import httpx
import simplejson
from hypothesis import settings
from hypothesis import strategies as st

from app.core import countries, jsonnum
from app.core.errors import (
    CounterError,
    InvalidResponseError,
    ProviderUnavailableError,
)
from app.core.orders import OrderResult
from app.core.plans import Plan
from app.core.secret import Secret
from app.providers.esimfly import EsimflyProvider
from app.providers.http import NotSentError, RetryPolicy, Timeouts
from app.providers.octopus import OctopusProvider

from .hostile import (
    ReportCheck,
    check_result,
    installed,
    junk,
    obj,
)

EACH = settings(max_examples=70)
TIMEOUTS = Timeouts(connect=2.0, read=5.0, order=5.0)
ONCE = RetryPolicy(attempts=1)
JAPAN = countries.country("JP")
TURKEY = countries.country("TR")


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)


class Script:
    """What the server answers, by method and path (query ignored); set per example."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Answer] = {}
        self.lock = threading.Lock()

    def set(self, routes: dict[tuple[str, str], Answer]) -> None:
        with self.lock:
            self.routes = routes

    def get(self, method: str, path: str) -> Answer:
        with self.lock:
            return self.routes.get((method, path), Answer(404, b'{"error": {"code": "NOT_FOUND"}}'))


def handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            answer = script.get(self.command, urlsplit(self.path).path)
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = do_PATCH = _answer

        def log_message(self, *args: Any) -> None:  # keep the test output clean
            pass

    return Handler


def esimfly(client: httpx.Client, url: str) -> EsimflyProvider:
    return EsimflyProvider(client, url, Secret("AC"), Secret("SK"), timeouts=TIMEOUTS, retry=ONCE)


def octopus(client: httpx.Client, url: str) -> OctopusProvider:
    return OctopusProvider(client, url, Secret("K"), Secret("S"), timeouts=TIMEOUTS, retry=ONCE)


# --- hostile HTTP answers -------------------------------------------------------------------


def as_json(value: Any) -> bytes:
    return simplejson.dumps(value, use_decimal=True).encode()


RAW_BODIES = [
    b"",
    b"not json",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"amount": NaN}',
    b'{"amount": Infinity}',
    b"\xff\xfe\x00",
    b'{"truncated": ',
]
HOSTILE_HEADERS = st.one_of(
    st.just({}),
    st.sampled_from(
        [
            {"Retry-After": "1e999"},
            {"Retry-After": "nan"},
            {"Retry-After": "-5"},
            {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
            {"Date": "garbage"},
            {"X-Has-More": "true", "X-Total-Pages": "99999999999999999999"},
            {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1e308"},
        ]
    ),
)


def answer(body: st.SearchStrategy[Any]) -> st.SearchStrategy[Answer]:
    """Mostly 200 with the generated body; sometimes an error status, raw bytes or headers."""
    return st.builds(
        Answer,
        status=st.sampled_from([200, 200, 200, 200, 201, 400, 404, 429, 500]),
        body=st.one_of(body.map(as_json), body.map(as_json), st.sampled_from(RAW_BODIES)),
        headers=HOSTILE_HEADERS,
    )


def esimfly_error_body() -> st.SearchStrategy[Any]:
    return obj(
        {
            "success": st.just(False),
            "code": st.one_of(
                st.sampled_from(["INSUFFICIENT_BALANCE", "DUPLICATE_REQUEST", "INVALID_PACKAGE"]),
                junk(),
            ),
            "message": junk(),
            "needToLoad": junk(),
            "requiredBalance": junk(),
            "currentBalance": junk(),
        }
    )


def octopus_error_body() -> st.SearchStrategy[Any]:
    error = obj({"code": junk(), "message": st.one_of(junk(), st.just("Insufficient balance"))})
    return st.one_of(error.map(lambda e: {"error": e}), junk())


FLY = "/api/v1/business"
OCTO = "/api/v1/esim"
LOGIN = Answer(200, as_json({"access_token": "a", "refresh_token": "r"}))
DUPLICATE = Answer(400, as_json({"success": False, "code": "DUPLICATE_REQUEST"}))


def ok(value: Any) -> Answer:
    return Answer(200, as_json(value))


def check_order_outcome(outcome: Any, plan: Plan, report: ReportCheck, raw: Any) -> None:
    """place_order: a valid result, or a CounterError that is never a bare 'unreadable'."""
    if isinstance(outcome, OrderResult):
        check_result(outcome, installed_ok=installed(raw))
        report.record(plan, outcome)
        report.render()
        return
    assert isinstance(outcome, CounterError), repr(outcome)
    # An order that may have been taken is an unknown outcome, never a plain failure.
    unreadable = isinstance(outcome, InvalidResponseError | ProviderUnavailableError)
    assert not unreadable or isinstance(outcome, NotSentError), repr(outcome)


def body_of(reply: Answer) -> Any:
    """The body as the client read it, for the installed-eSIM exception of Octopus."""
    try:
        return jsonnum.loads(reply.body) if len(reply.body) < 10_000 else None
    except ValueError:
        return None


def outcome_of(call: Any) -> Any:
    try:
        return call()
    except CounterError as exc:
        return exc
