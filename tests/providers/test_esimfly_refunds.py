"""eSIMfly's live status and cancel through the real client, against the sandbox; and
hostile answers to both, which only ever raise CounterErrors."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import countries
from app.core.errors import (
    CounterError,
    EsimInstalledError,
    InvalidResponseError,
    OrderNotFoundError,
    OutcomeUnknownError,
    ProviderUnavailableError,
    RefundNotSupportedError,
)
from app.core.iccid import check
from app.core.money import Money, sane
from app.core.orders import new_reference
from app.core.plans import Plan
from app.core.refunds import CancelResult, EsimLiveStatus, ProviderRefundMethod
from app.core.secret import Secret
from app.providers.esimfly import EsimflyProvider
from app.providers.http import NotSentError, RetryPolicy
from app.providers.octopus import OctopusProvider
from app.sandbox import DEFAULTS, Fault, Sandbox, SandboxConfig
from tests.property.hostile import GOOD_ICCIDS, field, junk, obj
from tests.property.http_server import Script, answer, handler

CANCEL = "/api/v1/business/esims/cancel"
ICCID = GOOD_ICCIDS[0]


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(clock_scale=0.001))


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sandbox.transport()) as client:
        yield client


@pytest.fixture
def fly(client: httpx.Client) -> EsimflyProvider:
    return EsimflyProvider(
        client,
        "http://sandbox.test",
        Secret(DEFAULTS.esimfly_access_code),
        Secret(DEFAULTS.esimfly_secret_key),
        retry=RetryPolicy(attempts=1),
    )


def sold(fly: EsimflyProvider, quantity: int = 1) -> tuple[Plan, list[str]]:
    turkey = countries.country("TR")
    assert turkey is not None
    plan = min(fly.list_plans(turkey), key=lambda p: (p.price.amount, p.id))
    result = fly.place_order(plan, new_reference(), quantity)
    return plan, [e.iccid for e in result.esims if e.iccid]


def test_a_new_esim_is_cancelled_and_refunded_to_the_balance(
    fly: EsimflyProvider, sandbox: Sandbox
) -> None:
    before = fly.balance()
    plan, (iccid,) = sold(fly)
    live = fly.esim_status(iccid)
    assert live.status == "NEW" and not live.installed and not live.cancelled
    result = fly.cancel_esim(iccid)
    assert result.method is ProviderRefundMethod.BALANCE and not result.already_cancelled
    cancelled = result.for_iccid(iccid)
    assert cancelled is not None and cancelled.refunded == plan.price
    assert fly.balance() == before
    assert fly.esim_status(iccid).cancelled
    # Idempotent: a second cancel is a success that refunds nothing more.
    again = fly.cancel_esim(iccid)
    assert again.already_cancelled and again.cancelled == ()
    assert fly.balance() == before


def test_an_installed_esim_is_refused_with_its_own_error(
    fly: EsimflyProvider, sandbox: Sandbox
) -> None:
    _, (iccid,) = sold(fly)
    sandbox.mark_installed(iccid)
    live = fly.esim_status(iccid)
    assert live.installed and live.activated_at is not None and live.device_model
    with pytest.raises(EsimInstalledError) as refused:
        fly.cancel_esim(iccid)
    assert refused.value.iccid == iccid
    assert "installed on the traveller's phone" in refused.value.message


def test_unknown_esim_and_a_refund_request(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    with pytest.raises(OrderNotFoundError):
        fly.cancel_esim(ICCID)
    with pytest.raises(OrderNotFoundError):
        fly.esim_status(ICCID)
    sandbox.set_refund_method("refund_request")
    _, iccids = sold(fly, quantity=2)
    result = fly.cancel_esim(iccids[0])
    assert result.method is ProviderRefundMethod.REFUND_REQUEST
    assert [c.iccid for c in result.cancelled] == iccids  # the whole order, together
    assert result.refunded is not None and result.refunded.amount == 0


def test_an_answer_lost_after_the_cancel_is_an_unknown_outcome(
    fly: EsimflyProvider, sandbox: Sandbox
) -> None:
    before = fly.balance()
    _, (iccid,) = sold(fly)
    sandbox.inject(Fault("reset", "esimfly", "POST", CANCEL, "after"))
    with pytest.raises(OutcomeUnknownError):
        fly.cancel_esim(iccid)
    assert fly.esim_status(iccid).cancelled  # it took effect: check, never resend blindly
    assert fly.balance() == before


def test_octopus_says_it_cannot_cancel() -> None:
    with httpx.Client() as client:
        octopus = OctopusProvider(client, "http://127.0.0.1:9", Secret("k"), Secret("s"))
        assert octopus.supports_cancel is False
        with pytest.raises(RefundNotSupportedError):
            octopus.cancel_esim(ICCID)
        with pytest.raises(RefundNotSupportedError):
            octopus.esim_status(ICCID)


# --- hostile answers --------------------------------------------------------------------

EACH = settings(max_examples=60, deadline=None)
STATUS_DATA = obj(
    {
        "iccid": field(st.sampled_from([ICCID, GOOD_ICCIDS[1]])),
        "status": field(st.sampled_from(["NEW", "ACTIVE", "CANCELLED", "EXPIRED"])),
        "activation_date": field(st.sampled_from([None, "2026-06-26T14:34:40.000Z"])),
        "expiry_date": field(st.just("2026-07-26T14:34:40.000Z")),
        "device": field(obj({"model": junk()})),
        "last_network": field(obj({"operator": junk()})),
    }
)
RESULT_ROW = obj(
    {
        "iccid": field(st.sampled_from(GOOD_ICCIDS)),
        "success": field(st.booleans()),
        "refundAmount": field(st.sampled_from([Decimal("2.72"), 0, "2.72"])),
    }
)
CANCEL_DATA = obj(
    {
        "refunded_amount": field(st.sampled_from([Decimal("2.72"), 0])),
        "currency": field(st.sampled_from(["USD", "IQD"])),
        "refund_method": field(st.sampled_from(["balance", "refund_request", "separate"])),
        "cancel_results": field(st.lists(RESULT_ROW, max_size=3)),
    }
)
ERRORS = obj(
    {
        "success": st.just(False),
        "code": field(
            st.sampled_from(
                [
                    "ALREADY_CANCELLED",
                    "NOT_ELIGIBLE",
                    "ESIM_NOT_FOUND",
                    "FORBIDDEN",
                    "PROVIDER_ERROR",
                ]
            )
        ),
        "message": junk(),
    }
)


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[str, Script]]:
    script = Script()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler(script))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    httpd.shutdown()
    httpd.server_close()


def _client_for(url: str, client: httpx.Client) -> EsimflyProvider:
    return EsimflyProvider(client, url, Secret("AC"), Secret("SK"), retry=RetryPolicy(attempts=1))


def _outcome(call: Any) -> Any:
    try:
        return call()
    except CounterError as exc:
        return exc


@EACH
@given(
    reply=answer(st.one_of(STATUS_DATA.map(lambda d: {"success": True, "data": d}), ERRORS, junk()))
)
def test_hostile_status_answers(hostile: tuple[str, Script], reply: Any) -> None:
    url, script = hostile
    script.set({("POST", "/api/v1/business/esims/status"): reply})
    with httpx.Client() as client:
        outcome = _outcome(lambda: _client_for(url, client).esim_status(ICCID))
    if isinstance(outcome, EsimLiveStatus):
        assert outcome.iccid == ICCID and outcome.status.isascii()
        assert outcome.device_model is None or len(outcome.device_model) <= 80
        if outcome.activated_at is not None:
            assert outcome.activated_at.tzinfo is not None
    else:
        assert isinstance(outcome, CounterError), repr(outcome)


@EACH
@given(
    reply=answer(st.one_of(CANCEL_DATA.map(lambda d: {"success": True, "data": d}), ERRORS, junk()))
)
def test_hostile_cancel_answers(hostile: tuple[str, Script], reply: Any) -> None:
    url, script = hostile
    script.set({("POST", CANCEL): reply})
    with httpx.Client() as client:
        outcome = _outcome(lambda: _client_for(url, client).cancel_esim(ICCID))
    if isinstance(outcome, CancelResult):
        for cancelled in outcome.cancelled:
            assert check(cancelled.iccid)
            assert cancelled.refunded is None or _sane(cancelled.refunded)
        return
    assert isinstance(outcome, CounterError), repr(outcome)
    # A cancel that may have been taken is never a plain "unreadable" failure.
    unreadable = isinstance(outcome, InvalidResponseError | ProviderUnavailableError)
    assert not unreadable or isinstance(outcome, NotSentError), repr(outcome)


def _sane(money: Money) -> bool:
    return sane(money.amount) and money.currency in ("USD", "IQD")
