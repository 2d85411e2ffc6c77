"""Both real clients over real HTTP against a local server that answers what hypothesis
generates: only CounterErrors escape, an order answered with garbage is an unknown
outcome (never DELIVERED), and the day report renders for whatever was accepted."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import simplejson
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import countries, jsonnum
from app.core.errors import (
    CounterError,
    InvalidResponseError,
    ProviderUnavailableError,
)
from app.core.money import Money, sane
from app.core.orders import OrderResult
from app.core.plans import Plan
from app.core.secret import Secret
from app.providers.esimfly import EsimflyProvider
from app.providers.http import NotSentError, RetryPolicy, Timeouts
from app.providers.octopus import OctopusProvider

from .hostile import (
    ESIMFLY_CREATED,
    ESIMFLY_PACKAGE,
    ESIMFLY_PLAN,
    ESIMFLY_POLLED,
    OCTOPUS_ANSWER,
    OCTOPUS_PLAN,
    OCTOPUS_VARIANT,
    ReportCheck,
    check_result,
    count,
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


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
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

        do_GET = do_POST = _answer

        def log_message(self, *args: Any) -> None:  # keep the test output clean
            pass

    return Handler


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Script]]:
    script = Script()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as http_client:
        yield http_client


@pytest.fixture(scope="module")
def report() -> Iterator[ReportCheck]:
    check = ReportCheck()
    yield check
    check.render()
    check.close()


def esimfly(client: httpx.Client, url: str) -> EsimflyProvider:
    return EsimflyProvider(client, url, Secret("AC"), Secret("SK"), timeouts=TIMEOUTS, retry=ONCE)


def octopus(client: httpx.Client, url: str) -> OctopusProvider:
    return OctopusProvider(client, url, Secret("K"), Secret("S"), timeouts=TIMEOUTS, retry=ONCE)


# --- hostile HTTP answers -------------------------------------------------------------------


def _json(value: Any) -> bytes:
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
        body=st.one_of(body.map(_json), body.map(_json), st.sampled_from(RAW_BODIES)),
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
LOGIN = Answer(200, _json({"access_token": "a", "refresh_token": "r"}))
DUPLICATE = Answer(400, _json({"success": False, "code": "DUPLICATE_REQUEST"}))


def _ok(value: Any) -> Answer:
    return Answer(200, _json(value))


def _check_order_outcome(outcome: Any, plan: Plan, report: ReportCheck, raw: Any) -> None:
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


def _raw(reply: Answer) -> Any:
    """The body as the client read it, for the installed-eSIM exception of Octopus."""
    try:
        return jsonnum.loads(reply.body) if len(reply.body) < 10_000 else None
    except ValueError:
        return None


def _call(call: Any) -> Any:
    try:
        return call()
    except CounterError as exc:
        return exc


# --- eSIMfly ----------------------------------------------------------------------------------


@EACH
@given(reply=answer(st.one_of(ESIMFLY_CREATED, esimfly_error_body(), junk())))
def test_esimfly_place_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("EsimflyProvider.place_order over HTTP")
    url, script = server
    script.set({("POST", f"{FLY}/esims/order"): reply})
    outcome = _call(lambda: esimfly(client, url).place_order(ESIMFLY_PLAN, "ref-1"))
    raw = _raw(reply)
    _check_order_outcome(outcome, ESIMFLY_PLAN, report, raw)


@EACH
@given(reply=answer(st.one_of(ESIMFLY_POLLED.map(lambda o: {"order": o}), junk())))
def test_esimfly_fetch_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("EsimflyProvider.fetch_order over HTTP")
    url, script = server
    script.set({("GET", f"{FLY}/esims/order"): reply})
    outcome = _call(lambda: esimfly(client, url).fetch_order("order_1692123456_ab7cd"))
    if isinstance(outcome, OrderResult):
        check_result(outcome)
        report.record(ESIMFLY_PLAN, outcome)
        report.render()


ORDER_ROWS = st.lists(
    obj(
        {
            "order_reference": st.one_of(st.just("order_1_x"), junk()),
            "package_code": st.just("TR_1GB_7D"),
        }
    ),
    max_size=3,
)


@EACH
@given(
    rows=answer(st.one_of(ORDER_ROWS.map(lambda r: {"data": {"orders": r}}), junk())),
    detail=answer(st.one_of(ESIMFLY_POLLED.map(lambda o: {"order": o}), junk())),
)
def test_esimfly_find_order(
    server: Any, client: httpx.Client, report: ReportCheck, rows: Answer, detail: Answer
) -> None:
    count("EsimflyProvider.find_order over HTTP")
    url, script = server
    script.set(
        {
            ("GET", f"{FLY}/balance"): DUPLICATE,  # "your order request did arrive"
            ("GET", f"{FLY}/orders"): rows,
            ("GET", f"{FLY}/esims/order"): detail,
        }
    )
    placed = datetime.now(UTC)
    outcome = _call(
        lambda: esimfly(client, url).find_order("ref-1", plan=ESIMFLY_PLAN, placed_at=placed)
    )
    if isinstance(outcome, OrderResult):
        check_result(outcome)
        report.record(ESIMFLY_PLAN, outcome)


@EACH
@given(
    reply=answer(
        st.one_of(obj({"balance": junk(), "currency": junk()}).map(lambda d: {"data": d}), junk())
    )
)
def test_esimfly_balance(server: Any, client: httpx.Client, reply: Answer) -> None:
    count("EsimflyProvider.balance over HTTP")
    url, script = server
    script.set({("GET", f"{FLY}/balance"): reply})
    outcome = _call(lambda: esimfly(client, url).balance())
    if isinstance(outcome, Money):
        assert sane(outcome.amount, negative_ok=True)
        outcome.format()


@EACH
@given(
    reply=answer(
        st.one_of(
            st.lists(ESIMFLY_PACKAGE, max_size=3).map(lambda p: {"data": {"packages": p}}), junk()
        )
    )
)
def test_esimfly_list_plans(server: Any, client: httpx.Client, reply: Answer) -> None:
    count("EsimflyProvider.list_plans over HTTP")
    url, script = server
    script.set({("GET", f"{FLY}/esims/packages"): reply})
    assert TURKEY is not None
    outcome = _call(lambda: esimfly(client, url).list_plans(TURKEY))
    if isinstance(outcome, list):
        for plan in outcome:
            assert isinstance(plan, Plan) and sane(plan.price.amount)


# --- Octopus Cards ----------------------------------------------------------------------------


@EACH
@given(reply=answer(st.one_of(OCTOPUS_ANSWER, octopus_error_body())))
def test_octopus_place_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("OctopusProvider.place_order over HTTP")
    url, script = server
    script.set({("POST", "/auth/login"): LOGIN, ("POST", f"{OCTO}/orders"): reply})
    outcome = _call(lambda: octopus(client, url).place_order(OCTOPUS_PLAN, "ref-1"))
    raw = _raw(reply)
    _check_order_outcome(outcome, OCTOPUS_PLAN, report, raw)


@EACH
@given(reply=answer(st.one_of(OCTOPUS_ANSWER, octopus_error_body())))
def test_octopus_fetch_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("OctopusProvider.fetch_order over HTTP")
    url, script = server
    script.set({("POST", "/auth/login"): LOGIN, ("GET", f"{OCTO}/orders/9302481"): reply})
    outcome = _call(lambda: octopus(client, url).fetch_order("9302481"))
    if isinstance(outcome, OrderResult):
        raw = _raw(reply)
        check_result(outcome, installed_ok=installed(raw))
        report.record(OCTOPUS_PLAN, outcome)


@EACH
@given(
    rows=answer(
        st.one_of(
            st.lists(
                obj(
                    {
                        "id": st.one_of(st.just(9302481), junk()),
                        "client_reference": st.just("ref-1"),
                    }
                ),
                max_size=2,
            ),
            junk(),
        )
    ),
    detail=answer(OCTOPUS_ANSWER),
)
def test_octopus_find_order(
    server: Any, client: httpx.Client, report: ReportCheck, rows: Answer, detail: Answer
) -> None:
    count("OctopusProvider.find_order over HTTP")
    url, script = server
    script.set(
        {
            ("POST", "/auth/login"): LOGIN,
            ("GET", f"{OCTO}/orders"): rows,
            ("GET", f"{OCTO}/orders/9302481"): detail,
        }
    )
    outcome = _call(lambda: octopus(client, url).find_order("ref-1"))
    if isinstance(outcome, OrderResult):
        raw = _raw(detail)
        check_result(outcome, installed_ok=installed(raw))
        report.record(OCTOPUS_PLAN, outcome)


WALLETS = st.lists(
    obj({"amount": junk(), "currency": st.one_of(st.just("USD"), junk()), "currency_id": junk()}),
    max_size=2,
)


@EACH
@given(wallets=answer(st.one_of(WALLETS, junk())), currencies=answer(junk()))
def test_octopus_balance(
    server: Any, client: httpx.Client, wallets: Answer, currencies: Answer
) -> None:
    count("OctopusProvider.balance over HTTP")
    url, script = server
    script.set(
        {
            ("POST", "/auth/login"): LOGIN,
            ("GET", "/api/v1/wallets"): wallets,
            ("GET", "/api/v1/currencies"): currencies,
        }
    )
    outcome = _call(lambda: octopus(client, url).balance())
    if isinstance(outcome, Money):
        assert sane(outcome.amount, negative_ok=True)
        outcome.format()


PRODUCTS = st.lists(
    obj({"id": st.one_of(st.just(712), junk()), "country_code": st.just("JPN"), "name": junk()}),
    max_size=2,
)


@EACH
@given(
    products=answer(st.one_of(PRODUCTS, junk())),
    product=answer(
        st.one_of(
            obj(
                {
                    "currency_code": st.one_of(st.just("USD"), junk()),
                    "variants": st.lists(OCTOPUS_VARIANT, max_size=3),
                }
            ),
            junk(),
        )
    ),
)
def test_octopus_list_plans(
    server: Any, client: httpx.Client, products: Answer, product: Answer
) -> None:
    count("OctopusProvider.list_plans over HTTP")
    url, script = server
    script.set(
        {
            ("POST", "/auth/login"): LOGIN,
            ("GET", f"{OCTO}/products"): products,
            ("GET", f"{OCTO}/products/712"): product,
        }
    )
    assert JAPAN is not None
    outcome = _call(lambda: octopus(client, url).list_plans(JAPAN))
    if isinstance(outcome, list):
        for plan in outcome:
            assert isinstance(plan, Plan) and sane(plan.price.amount)


def test_the_server_answers_what_it_is_told(server: Any, client: httpx.Client) -> None:
    url, script = server
    script.set({("GET", f"{FLY}/balance"): _ok({"data": {"balance": 12.5, "currency": "USD"}})})
    assert esimfly(client, url).balance() == Money.of("12.5", "USD")
    script.set({("GET", f"{FLY}/balance"): Answer(500, b"{}")})
    with pytest.raises(ProviderUnavailableError):
        esimfly(client, url).balance()
