"""The JSON modules against hostile answers: only CounterErrors, never garbage DELIVERED,
and the day report renders for whatever was accepted."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import countries
from app.core.errors import CounterError, InvalidResponseError
from app.core.orders import OrderResult
from app.core.plans import Plan
from app.providers import esimfly_json, http, octopus_json

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
    only_counter_errors,
)

MANY = settings(max_examples=500)


def _accepted(report: ReportCheck, plan: Plan, outcome: Any, *, installed_ok: bool = False) -> None:
    if isinstance(outcome, CounterError):
        return
    check_result(outcome, installed_ok=installed_ok)
    report.record(plan, outcome)
    report.render()


@MANY
@given(data=ESIMFLY_CREATED)
def test_esimfly_created_order(report: ReportCheck, data: dict[str, Any]) -> None:
    count("esimfly_json.created_order")
    outcome = only_counter_errors(lambda: esimfly_json.created_order(data, ESIMFLY_PLAN))
    _accepted(report, ESIMFLY_PLAN, outcome)


@MANY
@given(data=ESIMFLY_POLLED, currency=st.sampled_from([None, "USD", "IQD"]))
def test_esimfly_polled_order(
    report: ReportCheck, data: dict[str, Any], currency: str | None
) -> None:
    count("esimfly_json.polled_order")
    outcome = only_counter_errors(lambda: esimfly_json.polled_order(data, "order_1_x", currency))
    _accepted(report, ESIMFLY_PLAN, outcome)


@MANY
@given(data=OCTOPUS_ANSWER)
def test_octopus_order(report: ReportCheck, data: Any) -> None:
    count("octopus_json.order_from")
    outcome = only_counter_errors(lambda: octopus_json.order_from(data))
    _accepted(report, OCTOPUS_PLAN, outcome, installed_ok=installed(data))
    created = only_counter_errors(lambda: octopus_json.created_order(data))
    if isinstance(created, OrderResult):
        check_result(created, installed_ok=installed(data))


@settings(max_examples=300)
@given(package=ESIMFLY_PACKAGE)
def test_esimfly_package(package: dict[str, Any]) -> None:
    count("esimfly_json.plan_from")
    destination = only_counter_errors(lambda: esimfly_json.destination_of(package))
    if isinstance(destination, countries.Destination):
        plan = only_counter_errors(lambda: esimfly_json.plan_from(package, destination))
        if isinstance(plan, Plan):
            assert plan.price.amount >= 0
            plan.price.format()


@settings(max_examples=300)
@given(variant=OCTOPUS_VARIANT, currency=st.sampled_from(["USD", "IQD"]))
def test_octopus_variant(variant: dict[str, Any], currency: str) -> None:
    count("octopus_json.plan_from")
    destination = countries.country("JP")
    assert destination is not None
    plan = only_counter_errors(lambda: octopus_json.plan_from(variant, 712, destination, currency))
    if isinstance(plan, Plan):
        assert plan.price.amount >= 0
        plan.price.format()


@settings(max_examples=200)
@given(body=st.one_of(junk().map(lambda v: repr(v).encode()), st.binary(max_size=200)))
def test_any_body_is_json_or_an_invalid_response(body: bytes) -> None:
    count("http.parse_json")
    response = httpx.Response(200, content=body)
    only_counter_errors(lambda: http.parse_json(response, "test"))


def test_deep_nesting_is_an_invalid_response() -> None:
    response = httpx.Response(200, content=b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(InvalidResponseError):
        http.parse_json(response, "test")
