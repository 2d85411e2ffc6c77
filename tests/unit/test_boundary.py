"""Issue 11's hostile answers, one by one, at the JSON boundary (points 2 and 3)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core import countries, iccid
from app.core.errors import InsufficientBalanceError, InvalidResponseError, RateLimitedError
from app.core.money import Money, MoneyError, parse_amount, parse_currency
from app.core.orders import Order, OrderStatus
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.journal import Journal
from app.providers import esimfly_json, http, octopus_json
from app.report import day_report

ESIMFLY_PLAN = Plan(
    provider=ProviderId.ESIMFLY,
    key=EsimflyKey("TR_1GB_7D"),
    destination=countries.GLOBAL,
    name="Turkey 1GB 7 Days",
    data_gb=Decimal(1),
    validity_days=7,
    price=Money(Decimal("2.72"), "USD"),
)
ICCID = "8932042000010078801"
LPA = "LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S"


def _fly(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "status": "completed",
        "orderReference": "order_1692123456_ab7cd",
        "currency": "USD",
        "final_price": Decimal("2.72"),
        "esims": [{"iccid": ICCID, "lpaString": LPA}],
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not ...}


def _octo(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": 9302481,
        "status": "DELIVERED",
        "activation_code": LPA,
        "iccid": ICCID,
        "amount": Decimal("4.50"),
        "currency": "USD",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not ...}


def test_the_documented_answers_still_deliver() -> None:
    assert esimfly_json.created_order(_fly(), ESIMFLY_PLAN).status is OrderStatus.DELIVERED
    assert octopus_json.order_from(_octo()).status is OrderStatus.DELIVERED


@pytest.mark.parametrize("esims", [..., [], None])
def test_esimfly_completed_without_esims_is_pending(esims: Any) -> None:
    result = esimfly_json.created_order(_fly(esims=esims), ESIMFLY_PLAN)
    assert result.status is OrderStatus.PENDING


@pytest.mark.parametrize("esims", [{"iccid": ICCID}, [1, 2], "esims", 5])
def test_esimfly_esims_of_the_wrong_shape_are_unreadable(esims: Any) -> None:
    with pytest.raises(InvalidResponseError):
        esimfly_json.created_order(_fly(esims=esims), ESIMFLY_PLAN)


@pytest.mark.parametrize(
    "code",
    [
        "javascript:alert(1)",
        "LPA:1$smdp.example.com$MATCH\nX",
        "LPA:1$host$<script>x</script>",
        "LPA:1$localhost$MATCH",
    ],
)
def test_esimfly_unreadable_codes_keep_the_order_pending(code: str) -> None:
    result = esimfly_json.created_order(
        _fly(esims=[{"iccid": ICCID, "lpaString": code}]), ESIMFLY_PLAN
    )
    assert result.status is OrderStatus.PENDING
    assert result.esims[0].activation is None
    # Markup, scripts and line breaks are not even kept as raw text.
    assert result.esims[0].raw_code is None or "<" not in result.esims[0].raw_code


@pytest.mark.parametrize("code", [5, {"lpa": LPA}, [LPA], True])
def test_esimfly_codes_of_the_wrong_type_are_unreadable(code: Any) -> None:
    with pytest.raises(InvalidResponseError):
        esimfly_json.created_order(_fly(esims=[{"iccid": ICCID, "lpaString": code}]), ESIMFLY_PLAN)


def test_esimfly_string_manual_installation_is_not_a_crash() -> None:
    esim = {"iccid": ICCID, "manual_installation": "LPA:1$x$y"}
    result = esimfly_json.created_order(_fly(esims=[esim]), ESIMFLY_PLAN)
    assert result.status is OrderStatus.PENDING


def test_esimfly_flag_zero_and_bare_codes_deliver() -> None:
    """Point 7: codes every phone installs no longer keep a paid order pending."""
    for code in ["LPA:1$smdp.example.com$MATCH$$0", "1$rsp.truphone.com$QRF-X"]:
        esims = [{"iccid": ICCID, "lpaString": code}]
        result = esimfly_json.created_order(_fly(esims=esims), ESIMFLY_PLAN)
        assert result.status is OrderStatus.DELIVERED
        assert result.esims[0].activation is not None
        assert result.esims[0].activation.text.startswith("LPA:1$")


BAD_ICCIDS = [
    "\uff18\uff19\uff13\uff12\uff10\uff14\uff12\uff10\uff10\uff10\uff10\uff11\uff10\uff10\uff17\uff18\uff18\uff10\uff11",
    "\u202e8932042000010078801",
    "89320420000100\x0078801",
    "8932042000010078801\n",
    "<b>8932042000010078801</b>",
    "8" * 200_000,
    8932042000010078801,
    [ICCID],
]


@pytest.mark.parametrize("value", BAD_ICCIDS, ids=lambda v: repr(v)[:30])
def test_bad_iccids_are_refused_by_both(value: Any) -> None:
    with pytest.raises(InvalidResponseError):
        esimfly_json.created_order(_fly(esims=[{"iccid": value, "lpaString": LPA}]), ESIMFLY_PLAN)
    with pytest.raises(InvalidResponseError):
        octopus_json.order_from(_octo(iccid=value))


def test_the_word_pending_is_no_delivered_iccid() -> None:
    esims = [{"iccid": "PENDING", "lpaString": LPA}]
    assert esimfly_json.created_order(_fly(esims=esims), ESIMFLY_PLAN).status is OrderStatus.PENDING
    with pytest.raises(InvalidResponseError):
        octopus_json.order_from(_octo(iccid="PENDING"))


def test_grouped_iccids_are_read_as_digits() -> None:
    result = octopus_json.order_from(_octo(iccid="8932 0420 0001 0078 801"))
    assert result.esims[0].iccid == ICCID


@pytest.mark.parametrize(
    "overrides",
    [
        {"iccid": ...},
        {"activation_code": ...},
        {"activation_code": "javascript:alert(1)"},
        {"activation_code": 5},
        {"activation_code": {"a": 1}},
        {"activation_code": "LPA:1$smdp.example.com$MATCH\nX"},
    ],
    ids=repr,
)
def test_octopus_delivered_without_an_installable_esim_is_unreadable(
    overrides: dict[str, Any],
) -> None:
    with pytest.raises(InvalidResponseError):
        octopus_json.order_from(_octo(**overrides))


def test_octopus_installed_esim_may_come_without_its_code() -> None:
    result = octopus_json.order_from(_octo(activation_code=..., is_installed=True))
    assert result.status is OrderStatus.DELIVERED and result.esims[0].activation is None


@pytest.mark.parametrize(
    "amount",
    [Decimal("-5"), Decimal("1E+999999999"), Decimal("0." + "1" * 5000), "abc", True, [1], {}],
    ids=lambda a: repr(a)[:20],
)
def test_absurd_amounts_are_refused(amount: Any) -> None:
    with pytest.raises(InvalidResponseError):
        octopus_json.order_from(_octo(amount=amount))
    with pytest.raises(InvalidResponseError):
        esimfly_json.created_order(_fly(final_price=amount), ESIMFLY_PLAN)


@pytest.mark.parametrize("currency", [5, "US", "\u20ac\u20ac\u20ac", "XYZ", "", "usdd"])
def test_bad_currencies_are_refused(currency: Any) -> None:
    with pytest.raises(InvalidResponseError):
        octopus_json.order_from(_octo(currency=currency))


def test_esimfly_final_price_with_a_comma_is_refused() -> None:
    with pytest.raises(InvalidResponseError):
        esimfly_json.created_order(_fly(final_price="4,50"), ESIMFLY_PLAN)


@pytest.mark.parametrize("order_id", ["order\nid", "x" * 100_000, "", True, -1, 2**70, None])
def test_bad_order_ids_are_refused(order_id: Any) -> None:
    with pytest.raises(InvalidResponseError):
        octopus_json.order_from(_octo(id=order_id))
    with pytest.raises(InvalidResponseError):
        esimfly_json.created_order(_fly(orderReference=order_id), ESIMFLY_PLAN)


def test_integer_ids_and_times_are_checked() -> None:
    with pytest.raises(InvalidResponseError):
        octopus_json.order_from(_octo(created_at="2026-13-45T99:99:99Z"))
    variant = {"amount": Decimal("4.50"), "validity_days": True}
    with pytest.raises(InvalidResponseError):
        octopus_json.plan_from(variant, 712, countries.GLOBAL, "USD")


def test_cancelled_answer_to_an_order_request_is_a_failure() -> None:
    assert octopus_json.created_order(_octo(status="CANCELLED")).status is OrderStatus.FAILED
    result = esimfly_json.created_order(_fly(status="cancelled"), ESIMFLY_PLAN)
    assert result.status is OrderStatus.FAILED


def test_failure_reasons_are_cleaned_for_the_clerk() -> None:
    result = octopus_json.order_from(
        _octo(
            status="FAILED",
            activation_code=...,
            iccid=...,
            failure_reason="a\u202eb\nc" + "x" * 5000,
        )
    )
    assert result.failure_reason is not None
    assert "\u202e" not in result.failure_reason and "\n" not in result.failure_reason
    assert len(result.failure_reason) <= 300


# --- money, errors and the HTTP plumbing ------------------------------------------------------


@pytest.mark.parametrize("value", ["4.50", Decimal("4.275"), 969, "0"])
def test_sane_amounts_pass(value: Any) -> None:
    assert parse_amount(value) == Decimal(str(value))


def test_currency_codes_are_read_case_insensitively() -> None:
    assert parse_currency("usd") == "USD"
    with pytest.raises(MoneyError):
        parse_currency("QQQ")


def test_money_refuses_what_arithmetic_cannot_hold() -> None:
    with pytest.raises(MoneyError):
        Money(Decimal("1E+999999999"), "USD")
    with pytest.raises(MoneyError):
        Money(Decimal("0." + "1" * 5000), "USD")


def test_insufficient_balance_message_never_fails() -> None:
    error = InsufficientBalanceError(missing=Money(Decimal("1E+23"), "USD"))
    assert error.message.startswith("Balance too low: USD")


@pytest.mark.parametrize("wait", [float("inf"), float("nan"), -1.0, 1e300])
def test_rate_limit_message_never_fails(wait: float) -> None:
    assert RateLimitedError(retry_after=wait).retry_after is None


@pytest.mark.parametrize("header", ["1e999", "nan", "inf", "x" * 100])
def test_absurd_retry_after_headers_are_ignored(header: str) -> None:
    assert http.retry_after(httpx.Response(429, headers={"Retry-After": header})) is None


def test_retry_after_is_capped() -> None:
    assert http.retry_after(httpx.Response(429, headers={"Retry-After": "99999999"})) == 3600.0


def test_garbage_for_a_taken_order_is_an_unknown_outcome() -> None:
    from app.core.errors import OutcomeUnknownError

    with pytest.raises(OutcomeUnknownError), http.order_outcome("eSIMfly"):
        raise KeyError("esims")
    with pytest.raises(OutcomeUnknownError), http.order_outcome("eSIMfly"):
        esimfly_json.created_order(_fly(orderReference="a\nb"), ESIMFLY_PLAN)


# --- the day report -------------------------------------------------------------------------


def test_day_report_renders_with_an_absurd_amount_in_the_journal(tmp_path: Path) -> None:
    plan = Plan(
        provider=ProviderId.ESIMFLY,
        key=EsimflyKey("TR_1GB_7D"),
        destination=ESIMFLY_PLAN.destination,
        name="Turkey",
        data_gb=Decimal(1),
        validity_days=7,
        price=Money(Decimal("2.72"), "USD"),
    )
    with Journal(tmp_path / "journal.sqlite3") as journal:
        sane_sale = Order(plan=plan)
        journal.record_submitting(sane_sale)
        sane_sale.advance(OrderStatus.PENDING)
        sane_sale.charged = Money(Decimal("2.72"), "USD")
        journal.record_outcome(sane_sale)
        absurd = Order(plan=plan)
        journal.record_submitting(absurd)
        absurd.advance(OrderStatus.PENDING)
        journal.record_outcome(absurd)
        # As an older release without the checks could have written it.
        with closing(sqlite3.connect(journal.path)) as conn, conn:
            conn.execute(
                "UPDATE sales SET charged_amount = ?, charged_currency = 'USD' WHERE reference = ?",
                ("1E+999999999", absurd.reference),
            )
        now = datetime.now(UTC)
        report = day_report(journal, now - timedelta(hours=1), now + timedelta(hours=1))
    (line,) = report.lines
    assert line.sales == 2 and line.charged == Decimal("5.44")  # the absurd one at list price
    assert line.total.format().startswith("USD")


def test_iccid_normalise_takes_any_type() -> None:
    assert iccid.normalise(8932042000010078801) == ""  # type: ignore[arg-type]
    assert iccid.is_placeholder(5)  # type: ignore[arg-type]
