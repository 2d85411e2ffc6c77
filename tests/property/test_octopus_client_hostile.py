"""The real Octopus Cards client over real HTTP against hostile answers: only
CounterErrors, an order answered with garbage is an unknown outcome (never DELIVERED),
and the day report renders for whatever was accepted."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InvalidResponseError
from app.core.money import Money, sane
from app.core.orders import OrderResult
from app.core.plans import Plan

from .hostile import (
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
from .http_server import (
    EACH,
    JAPAN,
    LOGIN,
    OCTO,
    Answer,
    answer,
    as_json,
    body_of,
    check_order_outcome,
    octopus,
    octopus_error_body,
    outcome_of,
)

# --- Octopus Cards ----------------------------------------------------------------------------


@EACH
@given(reply=answer(st.one_of(OCTOPUS_ANSWER, octopus_error_body())))
def test_octopus_place_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("OctopusProvider.place_order over HTTP")
    url, script = server
    script.set({("POST", "/auth/login"): LOGIN, ("POST", f"{OCTO}/orders"): reply})
    outcome = outcome_of(lambda: octopus(client, url).place_order(OCTOPUS_PLAN, "ref-1"))
    raw = body_of(reply)
    check_order_outcome(outcome, OCTOPUS_PLAN, report, raw)


@EACH
@given(reply=answer(st.one_of(OCTOPUS_ANSWER, octopus_error_body())))
def test_octopus_fetch_order(
    server: Any, client: httpx.Client, report: ReportCheck, reply: Answer
) -> None:
    count("OctopusProvider.fetch_order over HTTP")
    url, script = server
    script.set({("POST", "/auth/login"): LOGIN, ("GET", f"{OCTO}/orders/9302481"): reply})
    outcome = outcome_of(lambda: octopus(client, url).fetch_order("9302481"))
    if isinstance(outcome, OrderResult):
        raw = body_of(reply)
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
    outcome = outcome_of(lambda: octopus(client, url).find_order("ref-1"))
    if isinstance(outcome, OrderResult):
        raw = body_of(detail)
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
    outcome = outcome_of(lambda: octopus(client, url).balance())
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
    outcome = outcome_of(lambda: octopus(client, url).list_plans(JAPAN))
    if isinstance(outcome, list):
        for plan in outcome:
            assert isinstance(plan, Plan) and sane(plan.price.amount)


def test_a_list_that_never_ends_is_unreadable(server: Any, client: httpx.Client) -> None:
    url, script = server
    endless = Answer(200, as_json([{"id": 712, "country_code": "JPN"}]), {"X-Has-More": "true"})
    script.set({("POST", "/auth/login"): LOGIN, ("GET", f"{OCTO}/products"): endless})
    assert JAPAN is not None
    with pytest.raises(InvalidResponseError, match="pages"):
        octopus(client, url).list_plans(JAPAN)
