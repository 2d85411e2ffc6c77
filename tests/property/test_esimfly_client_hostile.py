"""The real eSIMfly client over real HTTP against hostile answers: only CounterErrors,
an order answered with garbage is an unknown outcome (never DELIVERED), and the day
report renders for whatever was accepted."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import (
    InvalidResponseError,
    ProviderUnavailableError,
)
from app.core.money import Money, sane
from app.core.orders import OrderResult
from app.core.plans import Plan

from .hostile import (
    ESIMFLY_CREATED,
    ESIMFLY_PACKAGE,
    ESIMFLY_PLAN,
    ESIMFLY_POLLED,
    ReportCheck,
    check_result,
    count,
    junk,
    obj,
)
from .http_server import (
    DUPLICATE,
    EACH,
    FLY,
    TURKEY,
    Answer,
    answer,
    body_of,
    check_order_outcome,
    esimfly,
    esimfly_error_body,
    ok,
    outcome_of,
)

# --- eSIMfly ----------------------------------------------------------------------------------


@EACH
@given(reply=answer(st.one_of(ESIMFLY_CREATED, esimfly_error_body(), junk())))
def test_esimfly_place_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("EsimflyProvider.place_order over HTTP")
    url, script = server
    script.set({("POST", f"{FLY}/esims/order"): reply})
    outcome = outcome_of(lambda: esimfly(client, url).place_order(ESIMFLY_PLAN, "ref-1"))
    raw = body_of(reply)
    check_order_outcome(outcome, ESIMFLY_PLAN, report, raw)


@EACH
@given(reply=answer(st.one_of(ESIMFLY_POLLED.map(lambda o: {"order": o}), junk())))
def test_esimfly_fetch_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("EsimflyProvider.fetch_order over HTTP")
    url, script = server
    script.set({("GET", f"{FLY}/esims/order"): reply})
    outcome = outcome_of(lambda: esimfly(client, url).fetch_order("order_1692123456_ab7cd"))
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
    outcome = outcome_of(
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
    outcome = outcome_of(lambda: esimfly(client, url).balance())
    if isinstance(outcome, Money):
        assert sane(outcome.amount, negative_ok=True)
        outcome.format()


@EACH
@given(
    reply=answer(
        st.one_of(
            st.lists(ESIMFLY_PACKAGE, max_size=3).map(lambda p: {"data": {"packages": p}}),
            st.lists(ESIMFLY_PACKAGE, max_size=2).map(
                lambda p: {"data": {"packages": p, "pagination": {"totalPages": 10**30}}}
            ),
            junk(),
        )
    )
)
def test_esimfly_list_plans(server: Any, client: httpx.Client, reply: Answer) -> None:
    count("EsimflyProvider.list_plans over HTTP")
    url, script = server
    script.set({("GET", f"{FLY}/esims/packages"): reply})
    assert TURKEY is not None
    outcome = outcome_of(lambda: esimfly(client, url).list_plans(TURKEY))
    if isinstance(outcome, list):
        for plan in outcome:
            assert isinstance(plan, Plan) and sane(plan.price.amount)


def test_the_server_answers_what_it_is_told(server: Any, client: httpx.Client) -> None:
    url, script = server
    script.set({("GET", f"{FLY}/balance"): ok({"data": {"balance": 12.5, "currency": "USD"}})})
    assert esimfly(client, url).balance() == Money.of("12.5", "USD")
    script.set({("GET", f"{FLY}/balance"): Answer(500, b"{}")})
    with pytest.raises(ProviderUnavailableError):
        esimfly(client, url).balance()


def test_a_list_that_never_ends_is_unreadable(server: Any, client: httpx.Client) -> None:
    url, script = server
    page = {"data": {"packages": [], "pagination": {"totalPages": 10**30}}}
    script.set({("GET", f"{FLY}/esims/packages"): ok(page)})
    assert TURKEY is not None
    with pytest.raises(InvalidResponseError, match="pages"):
        esimfly(client, url).list_plans(TURKEY)
