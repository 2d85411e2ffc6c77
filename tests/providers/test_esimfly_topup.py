"""eSIMfly top-ups through the real client, against the sandbox; and hostile answers to
both top-up calls, which only ever raise CounterErrors."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from http.server import ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import countries
from app.core.errors import (
    AuthenticationError,
    CounterError,
    DuplicateSubmissionError,
    InsufficientBalanceError,
    InvalidResponseError,
    OrderNotFoundError,
    OutcomeUnknownError,
    ProviderUnavailableError,
)
from app.core.money import Money, sane
from app.core.orders import OrderResult, OrderStatus, new_reference
from app.core.plans import Plan, TopupKey
from app.core.secret import Secret
from app.core.topup import (
    EsimNotToppableError,
    TopupNotSupportedError,
    TopupPackage,
    TopupPackageGoneError,
    UnknownEsimError,
)
from app.providers.esimfly import EsimflyProvider
from app.providers.http import NotSentError, RetryPolicy
from app.sandbox import DEFAULTS, Fault, Sandbox, SandboxConfig
from tests.property.hostile import GOOD_ICCIDS, field, junk, obj
from tests.property.http_server import Script, answer, handler

ORDER = "/api/v1/business/topup/order"
PACKAGES = "/api/v1/business/topup/packages"
ICCID = GOOD_ICCIDS[0]


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(clock_scale=0.001))


@pytest.fixture
def fly(sandbox: Sandbox) -> Iterator[EsimflyProvider]:
    with httpx.Client(transport=sandbox.transport()) as client:
        yield EsimflyProvider(
            client,
            "http://sandbox.test",
            Secret(DEFAULTS.esimfly_access_code),
            Secret(DEFAULTS.esimfly_secret_key),
            retry=RetryPolicy(attempts=1),
            clock=sandbox.clock.time,  # signs with the sandbox's time, which tests move on
        )


def sold(fly: EsimflyProvider, *, unlimited: bool = False) -> tuple[Plan, str]:
    turkey = countries.country("TR")
    assert turkey is not None
    plans = [p for p in fly.list_plans(turkey) if p.unlimited == unlimited]
    plan = min(plans, key=lambda p: (p.price.amount, p.id))
    result = fly.place_order(plan, new_reference())
    (esim,) = result.esims
    assert esim.iccid is not None
    return plan, esim.iccid


def esim_row(fly: EsimflyProvider, iccid: str) -> dict[str, Any]:
    body = fly._get("/esims", {"search": iccid})
    (row,) = body["data"]["esims"]
    return dict(row)


def test_an_installed_esim_is_topped_up_and_grows(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    plan, iccid = sold(fly)
    sandbox.mark_installed(iccid)
    offers = fly.topup_packages(iccid)
    assert offers and all(isinstance(o.cost.amount, Decimal) for o in offers)
    assert all(o.package_code.startswith("TOPUP_") and not o.unlimited for o in offers)
    chosen = offers[1]
    before, row = fly.balance(), esim_row(fly, iccid)
    topup = chosen.plan(iccid, plan.destination)
    assert isinstance(topup.key, TopupKey) and topup.key.iccid == iccid
    result = fly.place_order(topup, new_reference(), 2)
    assert result.status is OrderStatus.DELIVERED and result.esims == ()
    assert result.order_id.startswith("topup_")
    twice = chosen.cost + chosen.cost
    assert result.charged == twice
    assert fly.balance() == before - twice == result.balance_after
    after = esim_row(fly, iccid)
    assert chosen.data_gb is not None
    assert after["data"]["total_mb"] == row["data"]["total_mb"] + int(chosen.data_gb) * 2 * 1024
    assert after["validity"]["days"] == row["validity"]["days"] + chosen.validity_days * 2
    grown = datetime.fromisoformat(after["validity"]["expires_at"].replace("Z", "+00:00"))
    was = datetime.fromisoformat(row["validity"]["expires_at"].replace("Z", "+00:00"))
    assert grown - was == timedelta(days=chosen.validity_days * 2)
    # The orders list shows the top-up beside the eSIM orders.
    listed = fly._get("/orders", {"search": chosen.package_code})["data"]["orders"]
    assert [o["order_reference"] for o in listed] == [result.order_id]


def test_refusals_in_plain_words(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    _, iccid = sold(fly)
    with pytest.raises(EsimNotToppableError) as new:
        fly.topup_packages(iccid)
    assert new.value.status == "NEW" and "not installed yet" in new.value.message
    with pytest.raises(UnknownEsimError):  # a 403 that is not about the credentials
        fly.topup_packages(ICCID)
    _, unlimited = sold(fly, unlimited=True)
    sandbox.mark_installed(unlimited)
    with pytest.raises(TopupNotSupportedError):
        fly.topup_packages(unlimited)
    sandbox.mark_installed(iccid)
    offer = fly.topup_packages(iccid)[0]
    with pytest.raises(TopupNotSupportedError):
        fly.place_order(offer.plan(unlimited), new_reference())
    with pytest.raises(OrderNotFoundError):  # ESIM_NOT_FOUND, as for a cancel
        fly.place_order(offer.plan(ICCID), new_reference())
    gone = TopupPackage("TOPUP_NOPE", "Nope", Decimal(1), 7, offer.cost)
    with pytest.raises(TopupPackageGoneError):
        fly.place_order(gone.plan(iccid), new_reference())
    sandbox.set_balance("esimfly", "1.00")
    with pytest.raises(InsufficientBalanceError) as low:
        fly.place_order(offer.plan(iccid), new_reference())
    assert low.value.missing == offer.cost - Money(Decimal("1.00"), "USD")


def test_an_expired_esim_takes_no_topup(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    plan, iccid = sold(fly)
    sandbox.mark_installed(iccid)
    sandbox.clock.advance(timedelta(days=plan.validity_days + 1).total_seconds())
    with pytest.raises(EsimNotToppableError) as expired:
        fly.topup_packages(iccid)
    assert expired.value.status == "EXPIRED" and "expired" in expired.value.message


def test_a_reused_request_id_never_tops_up_twice(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    _, iccid = sold(fly)
    sandbox.mark_installed(iccid)
    topup = fly.topup_packages(iccid)[0].plan(iccid)
    reference = new_reference()
    fly.place_order(topup, reference)
    before = fly.balance()
    with pytest.raises(DuplicateSubmissionError):
        fly.place_order(topup, reference)
    assert fly.balance() == before


def test_a_lost_answer_is_found_by_probe_and_orders_list(
    fly: EsimflyProvider, sandbox: Sandbox
) -> None:
    _, iccid = sold(fly)
    sandbox.mark_installed(iccid)
    topup = fly.topup_packages(iccid)[0].plan(iccid)
    before, reference = fly.balance(), new_reference()
    placed_at = datetime.now(UTC)
    sandbox.inject(Fault("reset", "esimfly", "POST", ORDER, "after"))
    with pytest.raises(OutcomeUnknownError):
        fly.place_order(topup, reference)
    probe = fly.probe(reference)
    assert probe.duplicate  # it arrived
    found = fly.match_order(
        topup, placed_at=placed_at, until=probe.server_at + fly.stamp_margin, exclude=()
    )
    assert isinstance(found, OrderResult) and found.status is OrderStatus.DELIVERED
    assert found.charged == topup.price and found.order_id.startswith("topup_")
    assert fly.balance() == before - topup.price  # taken exactly once
    # A request that never arrived: the probe spends the id, nothing is listed.
    lost = new_reference()
    sandbox.inject(Fault("reset", "esimfly", "POST", ORDER, "before"))
    with pytest.raises(OutcomeUnknownError):
        fly.place_order(topup, lost)
    assert not fly.probe(lost).duplicate
    assert fly.balance() == before - topup.price


# --- hostile answers --------------------------------------------------------------------

EACH = settings(max_examples=60, deadline=None)
PACKAGE = obj(
    {
        "package_code": field(st.sampled_from(["TOPUP_PXOO225PI", "turkey-7days-1gb-topup"])),
        "name": field(st.sampled_from(["Iraq 3GB 30Days", "Turkey 1GB 7Days"])),
        "data_amount_gb": field(st.sampled_from([3, 1, Decimal("0.5")])),
        "validity_days": field(st.sampled_from([30, 7])),
        "cost": field(st.sampled_from([Decimal("10.56"), 13939, "2.45"])),
        "currency": field(st.sampled_from(["USD", "IQD"])),
        "features": field(obj({"is_rechargeable": st.booleans()})),
        "is_unlimited": field(st.booleans()),
    }
)
PACKAGES_DATA = obj(
    {
        "packages": field(st.lists(PACKAGE, max_size=3)),
        "pagination": field(obj({"page": junk(), "total_pages": field(st.just(1))})),
    }
)
ORDER_BODY = obj(
    {
        "success": field(st.just(True)),
        "orderReference": field(st.just("topup_1755559183090_vyf9w")),
        "iccid": field(st.sampled_from([ICCID, GOOD_ICCIDS[1]])),
        "status": field(st.sampled_from(["completed", "pending"])),
        "amount": field(st.sampled_from([Decimal("2.45"), 4856])),
        "currency": field(st.sampled_from(["USD", "IQD"])),
        "newBalance": field(st.sampled_from([Decimal("550.68"), -1])),
    }
)
ERRORS = obj(
    {
        "success": st.just(False),
        "code": field(
            st.sampled_from(
                [
                    "ESIM_ACCESS_DENIED",
                    "ESIM_NOT_TOPPABLE",
                    "TOPUP_NOT_SUPPORTED",
                    "INVALID_TOPUP_PACKAGE",
                    "INSUFFICIENT_BALANCE",
                    "MISSING_ICCID",
                ]
            )
        ),
        "error": junk(),
        "message": junk(),
    }
)
TOPUP = TopupPackage("TOPUP_X", "Turkey 1GB 7Days", Decimal(1), 7, Money(Decimal("2.45"), "USD"))


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
    reply=answer(
        st.one_of(PACKAGES_DATA.map(lambda d: {"success": True, "data": d}), ERRORS, junk())
    )
)
def test_hostile_package_answers(hostile: tuple[str, Script], reply: Any) -> None:
    url, script = hostile
    script.set({("GET", PACKAGES): reply})
    with httpx.Client() as client:
        outcome = _outcome(lambda: _client_for(url, client).topup_packages(ICCID))
    if isinstance(outcome, list):
        for offer in outcome:
            assert isinstance(offer, TopupPackage)
            assert sane(offer.cost.amount) and offer.cost.currency in ("USD", "IQD")
            assert offer.data_gb is None or sane(offer.data_gb)
            assert 1 <= offer.validity_days <= 3650 and offer.package_code.isascii()
        return
    assert isinstance(outcome, CounterError), repr(outcome)
    # An eSIM of another account is not a credentials problem.
    assert (
        not isinstance(outcome, AuthenticationError)
        or reply.status == 401
        or (b"ESIM_ACCESS_DENIED" not in reply.body)
    ), repr(outcome)


@EACH
@given(reply=answer(st.one_of(ORDER_BODY, ERRORS, junk())))
def test_hostile_order_answers(hostile: tuple[str, Script], reply: Any) -> None:
    url, script = hostile
    script.set({("POST", ORDER): reply})
    with httpx.Client() as client:
        call = _client_for(url, client).place_order
        outcome = _outcome(lambda: call(TOPUP.plan(ICCID), new_reference()))
    if isinstance(outcome, OrderResult):
        # Only a completed top-up of the eSIM asked for counts as delivered.
        assert outcome.status is OrderStatus.DELIVERED and outcome.esims == ()
        assert b"completed" in reply.body and outcome.order_id.startswith("topup_")
        assert outcome.charged is None or sane(outcome.charged.amount)
        return
    assert isinstance(outcome, CounterError), repr(outcome)
    # A top-up that may have been taken is never a plain "unreadable" failure.
    unreadable = isinstance(outcome, InvalidResponseError | ProviderUnavailableError)
    assert not unreadable or isinstance(outcome, NotSentError), repr(outcome)
