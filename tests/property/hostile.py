"""Hostile provider answers (hypothesis strategies) and the properties every parse keeps.

The shapes come from issue 11: wrong types, missing and null fields, huge strings,
control, bidi and full-width characters, markup, deep nesting, absurd numbers, negative
amounts and bad currencies, mixed with valid values so the valid paths run too.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from app.core import countries, iccid
from app.core.activation import ActivationCode
from app.core.money import Money, sane
from app.core.orders import Order, OrderResult, OrderStatus
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId
from app.journal import Journal
from app.report import day_report

# One deterministic profile, loaded before any test module builds its own settings (they
# inherit from the profile current at that moment).
settings.register_profile(
    "hostile",
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("hostile")

EXAMPLES: Counter[str] = Counter()


def count(test: str) -> None:
    """Called once per example by every property test; the total is printed at the end."""
    EXAMPLES[test] += 1


# --- values -------------------------------------------------------------------------------

GOOD_ICCIDS = ["8932042000010078801", "89103000000378701230", "898821100000053008"]
GOOD_CODES = [
    "LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S",
    "LPA:1$smdp.io$K2-1X2ABC-1ABCDEF",
    "1$rsp.truphone.com$QRF-BETTERROAMING-PMRDGIR2EARDEIT5",
    "LPA:1$smdp.example.com$MATCH$$0",
    "lpa:1$rsp.example.com:8443$2d7f456148c640359b6a83e0e5ae34d3$1.3.6.1$1",
]
HOSTILE_TEXT = [
    "",
    " ",
    "PENDING",
    "PENDING_B12345678901234_1756393024924",
    "javascript:alert(1)",
    "LPA:1$host$<script>x</script>",
    "LPA:1$smdp.example.com$<script>x</script>",
    "LPA:1$smdp.example.com$MATCH\nX",
    "LPA:1$smdp.example.com\n$MATCH",
    "LPA:1$localhost$MATCH",
    "LPA:1$127.0.0.1$MATCH",
    "LPA:1$smdp.example.com$MATCH$$2",
    "LPA:1$smdp.example.com$MATCH\u202e",
    "\uff18\uff19\uff13\uff12\uff10\uff14\uff12\uff10\uff10\uff10\uff10\uff11\uff10\uff10\uff17\uff18\uff18\uff10\uff11",
    "\u202e8932042000010078801",
    "89320420000100\x0078801",
    "8932042000010078801\n",
    "<b>8932042000010078801</b>",
    "8932 0420 0001 0078 801",
    "8932-0420-0001-0078-801",
    "\u0668\u0669\u0663\u0662\u0660\u0664\u0662\u0660\u0660\u0660\u0660\u0661\u0660\u0660\u0667\u0668\u0668\u0660\u0661",
    "9" * 23,
    "order\nid",
    "order id",
    "order_1692123456_ab7cd",
    "4,50",
    "abc",
    "1E+999999999",
    "-5",
    "US",
    "5",
    "\u20ac\u20ac\u20ac",
    "usd",
    "XXX",
    "completed",
    "DELIVERED",
    "2026-05-15T14:30:00Z",
    "2026-13-45T99:99:99Z",
    "\x00",
    "\ufeff",
]
HUGE_TEXT = ["8" * 200_000, "x" * 100_000, "LPA:1$smdp.example.com$" + "A" * 50_000]
ABSURD_NUMBERS = [
    Decimal("1E+999999999"),
    Decimal("-1E+999999999"),
    Decimal("1E-999999999"),
    Decimal("0." + "1" * 5000),
    Decimal("-5"),
    Decimal("-0.01"),
    Decimal("0"),
    Decimal("4.50"),
    Decimal("4.275"),
    Decimal("969"),
    Decimal("1E+12"),
    Decimal("0E+1000"),
    10**30,
    -(10**30),
    2**63,
    0,
    1,
    -1,
    9302481,
]


def text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(HOSTILE_TEXT),
        st.sampled_from(GOOD_CODES + GOOD_ICCIDS),
        st.text(max_size=30),
        st.text(alphabet=st.characters(codec="ascii"), max_size=30),
        st.sampled_from(HUGE_TEXT),
    )


def number() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(ABSURD_NUMBERS),
        st.integers(),
        st.decimals(allow_nan=False, allow_infinity=False),
    )


def nested(depth: int = 60) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


def junk() -> st.SearchStrategy[Any]:
    """Any JSON value a hostile provider might put anywhere."""
    scalar = st.one_of(st.none(), st.booleans(), number(), text())
    return st.one_of(
        scalar,
        st.lists(scalar, max_size=3),
        st.dictionaries(st.text(max_size=8), scalar, max_size=3),
        st.just(nested()),
        st.just({"a": nested()}),
    )


def field(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field's value: mostly plausible, often hostile."""
    return st.one_of(good, junk())


@st.composite
def obj(draw: st.DrawFn, spec: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
    """A JSON object with each key of ``spec`` present or missing (null is a value)."""
    return {key: draw(value) for key, value in spec.items() if draw(st.booleans())}


ICCID = field(st.sampled_from(GOOD_ICCIDS))
CODE = field(st.sampled_from(GOOD_CODES))
AMOUNT = field(st.sampled_from([Decimal("4.50"), Decimal("2.72"), 969, "4.50"]))
CURRENCY = field(st.sampled_from(["USD", "IQD", "EUR"]))

ESIMFLY_ESIM = obj(
    {
        "iccid": ICCID,
        "lpaString": CODE,
        "manual_installation": field(obj({"lpa_format": CODE})),
        "directAppleInstallUrl": field(
            st.sampled_from(GOOD_CODES).map(
                lambda c: "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=" + c
            )
        ),
        "isPending": field(st.booleans()),
        "status": field(st.sampled_from(["PENDING", "ACTIVE"])),
    }
)
ESIMFLY_ESIMS = field(st.lists(ESIMFLY_ESIM, max_size=3))
ESIMFLY_STATUS = field(
    st.sampled_from(
        ["completed", "pending_details", "pending", "processing", "failed", "cancelled"]
    )
)
ESIMFLY_CREATED = obj(
    {
        "success": field(st.just(True)),
        "status": ESIMFLY_STATUS,
        "orderReference": field(st.just("order_1692123456_ab7cd")),
        "esims": ESIMFLY_ESIMS,
        "lpaString": CODE,
        "currency": CURRENCY,
        "final_price": AMOUNT,
        "amount": AMOUNT,
        "newBalance": AMOUNT,
    }
)
ESIMFLY_POLLED = obj(
    {
        "status": ESIMFLY_STATUS,
        "orderReference": field(st.just("order_1692123456_ab7cd")),
        "esims": ESIMFLY_ESIMS,
        "esim": field(ESIMFLY_ESIM),
        "finalPrice": AMOUNT,
        "currency": CURRENCY,
        "packageCode": field(st.just("TR_1GB_7D")),
        "orderDate": field(st.just("2026-05-15T14:30:00.000Z")),
    }
)
ESIMFLY_PACKAGE = obj(
    {
        "package_code": field(st.just("TR_1GB_7D")),
        "name": field(st.just("Turkey 1GB 7 Days")),
        "type": field(st.sampled_from(["local", "regional", "global"])),
        "region": field(st.sampled_from(["Turkey", "Europe"])),
        "data_amount_gb": field(st.sampled_from([1, Decimal("0.5")])),
        "is_unlimited": field(st.booleans()),
        "validity_days": field(st.sampled_from([7, 30])),
        "cost": AMOUNT,
        "currency": CURRENCY,
        "locationNetworkList": field(st.just([{"locationLogo": "https://x/img/flags/tr.png"}])),
    }
)

OCTOPUS_ORDER = obj(
    {
        "id": field(st.sampled_from([9302481, "9302481"])),
        "status": field(st.sampled_from(["DELIVERED", "PENDING", "FAILED", "CANCELLED"])),
        "activation_code": CODE,
        "iccid": ICCID,
        "amount": AMOUNT,
        "currency": CURRENCY,
        "client_reference": field(st.just("4f0c7b7e-2b1c-4a53-9c53-0c1f5c1b8d11")),
        "failure_code": field(st.just("INSUFFICIENT_BALANCE")),
        "failure_reason": field(st.just("Not enough balance")),
        "created_at": field(st.just("2026-05-15T14:30:00Z")),
        "is_installed": field(st.booleans()),
        "activation_status": field(st.sampled_from(["NOT_INSTALLED", "ACTIVE", "EXPIRED"])),
    }
)
OCTOPUS_ANSWER = st.one_of(OCTOPUS_ORDER, OCTOPUS_ORDER.map(lambda o: {"data": o}), junk())
OCTOPUS_VARIANT = obj(
    {
        "id": field(st.just(5511)),
        "name": field(st.just("Japan 1 GB / 7 days")),
        "description": field(st.just("Data-only eSIM")),
        "currency_code": CURRENCY,
        "amount": AMOUNT,
        "data_amount_gb": field(st.sampled_from([Decimal("1.0"), 0])),
        "validity_days": field(st.sampled_from([7, 30])),
        # The shop's cost is the amount less this percent (the price list prices over it).
        "client_discount": field(
            st.sampled_from([Decimal("5.0"), 0, Decimal("99.999999999999"), 100])
        ),
    }
)

# --- the properties -----------------------------------------------------------------------

ESIMFLY_PLAN = Plan(
    provider=ProviderId.ESIMFLY,
    key=EsimflyKey("TR_1GB_7D"),
    destination=countries.country("TR") or countries.GLOBAL,
    name="Turkey 1GB 7 Days",
    data_gb=Decimal(1),
    validity_days=7,
    price=Money(Decimal("2.72"), "USD"),
)
OCTOPUS_PLAN = Plan(
    provider=ProviderId.OCTOPUS,
    key=OctopusKey(712, Decimal("4.50"), 5511),
    destination=countries.country("JP") or countries.GLOBAL,
    name="Japan 1 GB / 7 days",
    data_gb=Decimal(1),
    validity_days=7,
    price=Money(Decimal("4.50"), "USD"),
)


def installed(raw: Any) -> bool:
    """Whether an Octopus answer says the eSIM is already on a phone (code omitted)."""
    order = raw.get("data", raw) if isinstance(raw, dict) else None
    return isinstance(order, dict) and (
        order.get("is_installed") is True or order.get("activation_status") in ("ACTIVE", "EXPIRED")
    )


def check_result(result: OrderResult, *, installed_ok: bool = False) -> None:
    """What an accepted answer must look like; DELIVERED only with installable eSIMs."""
    assert isinstance(result, OrderResult)
    assert 1 <= len(result.order_id) <= 128 and result.order_id.isascii()
    assert result.order_id.isprintable() and " " not in result.order_id
    if result.charged is not None:
        assert sane(result.charged.amount) and result.charged.amount >= 0
    for esim in result.esims:
        if esim.iccid is not None and not esim.iccid.upper().startswith("PENDING"):
            assert iccid.parse(esim.iccid) == esim.iccid
        if esim.raw_code is not None:
            assert esim.raw_code.isascii() and esim.raw_code.isprintable()
            assert not set("<> \"'`") & set(esim.raw_code)
    if result.status is OrderStatus.DELIVERED:
        assert result.esims
        for esim in result.esims:
            assert esim.iccid is not None and iccid.parse(esim.iccid) == esim.iccid
            if esim.activation is None:
                assert installed_ok, "delivered without an activation code"
            else:
                assert ActivationCode.parse(esim.activation.text) == esim.activation


class ReportCheck:
    """A journal holding every accepted answer, whose day report must always render."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="hostile-journal-")
        self.journal = Journal(Path(self._dir.name) / "journal.sqlite3")
        self.since = datetime.now(UTC) - timedelta(hours=1)

    def record(self, plan: Plan, result: OrderResult) -> None:
        order = Order(plan=plan)
        self.journal.record_submitting(order)
        if result.status is OrderStatus.CANCELLED:
            # Cancelled is the end of a pending sale, so the journal sees it pending first.
            order.advance(OrderStatus.PENDING)
            self.journal.record_outcome(order)
        order.apply(result)
        self.journal.record_outcome(order)

    def render(self) -> None:
        report = day_report(self.journal, self.since, datetime.now(UTC) + timedelta(hours=1))
        for line in report.lines:
            line.total.format()  # what the day-report window shows

    def close(self) -> None:
        self.journal.close()
        self._dir.cleanup()


def only_counter_errors(call: Callable[[], Any]) -> Any:
    """Run ``call``; a CounterError is an answer, anything else fails the property."""
    from app.core.errors import CounterError

    try:
        return call()
    except CounterError as exc:
        return exc
