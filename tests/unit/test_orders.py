"""The sale's state machine, provider answers and how eSIMs are merged."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC
from decimal import Decimal

import pytest

from app.core.activation import ActivationCode
from app.core.countries import country
from app.core.money import Money
from app.core.orders import (
    Esim,
    IllegalTransitionError,
    Order,
    OrderResult,
    OrderStatus,
    can_transition,
    merge_esims,
    new_reference,
)
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId

S = OrderStatus

# The documented machine (module docstring and DESIGN.md "The sale"), written out here
# rather than imported so that a change to the code's table shows up as a failure.
DOCUMENTED = {
    S.SUBMITTING: {S.DELIVERED, S.PENDING, S.FAILED, S.UNKNOWN},
    S.PENDING: {S.DELIVERED, S.FAILED, S.CANCELLED},
    S.UNKNOWN: {S.DELIVERED, S.PENDING, S.FAILED, S.CANCELLED},
    S.DELIVERED: set(),
    S.FAILED: set(),
    S.CANCELLED: set(),
}
FINAL = {S.DELIVERED, S.FAILED, S.CANCELLED}
NON_FINAL = {S.SUBMITTING, S.PENDING, S.UNKNOWN}
ALL_PAIRS = list(itertools.product(OrderStatus, repeat=2))
ALLOWED = [
    (old, new)
    for old, new in ALL_PAIRS
    if new in DOCUMENTED[old] or (old == new and old in NON_FINAL)
]
REFUSED = [pair for pair in ALL_PAIRS if pair not in ALLOWED]

ESIMFLY_PLAN = Plan(
    provider=ProviderId.ESIMFLY,
    key=EsimflyKey("merhaba-7days-1gb"),
    destination=country("TR"),  # type: ignore[arg-type]
    name="Turkey 1GB 7Days",
    data_gb=Decimal(1),
    validity_days=7,
    price=Money.of("2.72", "USD"),
)
OCTOPUS_PLAN = Plan(
    provider=ProviderId.OCTOPUS,
    key=OctopusKey(712, Decimal("4.50"), variant_id=5511),
    destination=country("JP"),  # type: ignore[arg-type]
    name="Japan 1 GB / 7 days",
    data_gb=Decimal(1),
    validity_days=7,
    price=Money.of(Decimal("4.50"), "USD"),
)

CODE = ActivationCode.parse("LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S")
OTHER_CODE = ActivationCode.parse("LPA:1$rsp.example.com$ACTIVATION-TOKEN-XYZ")
ICCID = "8943108170002570328"
OTHER_ICCID = "8943108170003135816"
PLACEHOLDER = "PENDING_B25081719340002_1755459260253"


def _result(status: OrderStatus, *esims: Esim, **fields: object) -> OrderResult:
    provider = fields.pop("provider", ProviderId.OCTOPUS)
    order_id = fields.pop("order_id", "98765")
    return OrderResult(provider, order_id, status, tuple(esims), **fields)  # type: ignore[arg-type]


# --- the state machine ----------------------------------------------------------------------


def test_the_table_covers_every_pair() -> None:
    assert len(ALL_PAIRS) == len(OrderStatus) ** 2 == 36
    assert len(ALLOWED) == 4 + 3 + 4 + 3  # documented moves + the three "same again"
    assert len(ALLOWED) + len(REFUSED) == 36


@pytest.mark.parametrize(("old", "new"), ALLOWED, ids=[f"{a}->{b}" for a, b in ALLOWED])
def test_allowed_transition(old: OrderStatus, new: OrderStatus) -> None:
    assert can_transition(old, new)
    order = Order(ESIMFLY_PLAN, status=old)
    order.advance(new)
    assert order.status is new


@pytest.mark.parametrize(("old", "new"), REFUSED, ids=[f"{a}->{b}" for a, b in REFUSED])
def test_refused_transition(old: OrderStatus, new: OrderStatus) -> None:
    assert not can_transition(old, new)
    order = Order(ESIMFLY_PLAN, status=old)
    with pytest.raises(IllegalTransitionError) as info:
        order.advance(new)
    assert order.status is old  # unchanged
    assert info.value.current is old
    assert info.value.new is new
    assert str(old) in str(info.value)
    assert str(new) in str(info.value)


@pytest.mark.parametrize("status", sorted(NON_FINAL))
def test_same_non_final_state_again_is_accepted(status: OrderStatus) -> None:
    order = Order(ESIMFLY_PLAN, status=status)
    order.advance(status)
    assert order.status is status


@pytest.mark.parametrize("status", sorted(FINAL))
def test_same_final_state_again_is_refused(status: OrderStatus) -> None:
    order = Order(ESIMFLY_PLAN, status=status)
    with pytest.raises(IllegalTransitionError):
        order.advance(status)


@pytest.mark.parametrize("status", sorted(FINAL))
def test_nothing_leaves_a_final_state(status: OrderStatus) -> None:
    assert not any(can_transition(status, new) for new in OrderStatus)


def test_final_and_unresolved_flags() -> None:
    assert {s for s in OrderStatus if s.final} == FINAL
    # the statuses reconciled at start-up (DESIGN.md "The sale", step 5)
    assert {s for s in OrderStatus if s.unresolved} == NON_FINAL


def test_mark_unknown_after_submitting() -> None:
    order = Order(OCTOPUS_PLAN)
    assert order.status is S.SUBMITTING  # recorded before any request leaves
    order.mark_unknown()
    assert order.status is S.UNKNOWN


def test_mark_unknown_after_delivery_is_refused() -> None:
    order = Order(OCTOPUS_PLAN, status=S.DELIVERED)
    with pytest.raises(IllegalTransitionError):
        order.mark_unknown()


def test_illegal_transition_error_is_a_runtime_error() -> None:
    assert issubclass(IllegalTransitionError, RuntimeError)


# --- OrderResult ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [S.SUBMITTING, S.UNKNOWN])
def test_a_provider_cannot_report_submitting_or_unknown(status: OrderStatus) -> None:
    with pytest.raises(ValueError, match=str(status)):
        _result(status)


@pytest.mark.parametrize("status", [S.PENDING, S.DELIVERED, S.FAILED, S.CANCELLED])
def test_a_provider_can_report_the_other_states(status: OrderStatus) -> None:
    assert _result(status).status is status


# --- Order.apply ----------------------------------------------------------------------------


def test_apply_delivered_answer() -> None:
    order = Order(OCTOPUS_PLAN)
    order.apply(_result(S.DELIVERED, Esim(ICCID, CODE), charged=Money.of(Decimal("4.275"), "USD")))
    assert order.status is S.DELIVERED
    assert order.provider_order_id == "98765"
    assert order.esims == (Esim(ICCID, CODE),)
    assert order.esims[0].ready
    assert str(order.charged.amount) == "4.275"  # type: ignore[union-attr]


def test_apply_keeps_the_activation_code_when_a_later_answer_omits_it() -> None:
    # Octopus stops sending the code once the eSIM is installed.
    order = Order(OCTOPUS_PLAN)
    order.apply(_result(S.PENDING, Esim(ICCID, CODE, confirmation_code="1234")))
    order.apply(_result(S.DELIVERED, Esim(ICCID, None)))
    assert order.status is S.DELIVERED
    assert order.esims[0].iccid == ICCID
    assert order.esims[0].activation == CODE
    assert order.esims[0].confirmation_code == "1234"


def test_apply_keeps_a_real_iccid_when_a_later_answer_omits_it() -> None:
    order = Order(OCTOPUS_PLAN)
    order.apply(_result(S.PENDING, Esim(ICCID, None)))
    order.apply(_result(S.DELIVERED, Esim(None, CODE)))
    assert order.esims == (Esim(ICCID, CODE),)


def test_apply_replaces_esimfly_placeholder_iccids_with_real_ones() -> None:
    order = Order(ESIMFLY_PLAN, quantity=2)
    order.apply(
        _result(
            S.PENDING,
            Esim(PLACEHOLDER + "_1"),
            Esim(PLACEHOLDER + "_2"),
            provider=ProviderId.ESIMFLY,
            order_id="ORD-1",
        )
    )
    assert order.status is S.PENDING
    assert not any(esim.ready for esim in order.esims)

    # still pending on the next poll: accepted, nothing lost
    order.apply(
        _result(S.PENDING, Esim(PLACEHOLDER + "_1"), provider=ProviderId.ESIMFLY, order_id="")
    )
    assert order.provider_order_id == "ORD-1"  # an empty id does not erase the known one
    assert [e.iccid for e in order.esims] == [PLACEHOLDER + "_1", PLACEHOLDER + "_2"]

    order.apply(
        _result(
            S.DELIVERED,
            Esim(ICCID, CODE),
            Esim(OTHER_ICCID, OTHER_CODE),
            provider=ProviderId.ESIMFLY,
            order_id="ORD-1",
        )
    )
    assert order.status is S.DELIVERED
    assert order.esims == (Esim(ICCID, CODE), Esim(OTHER_ICCID, OTHER_CODE))
    assert all(esim.ready for esim in order.esims)


def test_apply_failed_answer_keeps_the_reason() -> None:
    order = Order(ESIMFLY_PLAN)
    order.apply(_result(S.FAILED, failure_reason="Insufficient balance"))
    assert order.status is S.FAILED
    assert order.failure_reason == "Insufficient balance"
    assert order.esims == ()


def test_refused_apply_changes_nothing() -> None:
    order = Order(OCTOPUS_PLAN)
    order.apply(_result(S.DELIVERED, Esim(ICCID, CODE), charged=Money.of("4.50", "USD")))
    with pytest.raises(IllegalTransitionError):
        order.apply(
            _result(
                S.CANCELLED,
                Esim(OTHER_ICCID, OTHER_CODE),
                order_id="other",
                charged=Money.of("0", "USD"),
                failure_reason="cancelled",
            )
        )
    assert order.status is S.DELIVERED
    assert order.esims == (Esim(ICCID, CODE),)
    assert order.provider_order_id == "98765"
    assert order.charged == Money.of("4.50", "USD")
    assert order.failure_reason is None


# --- merge_esims ----------------------------------------------------------------------------


def test_merge_keeps_codes_and_iccids_never_replaced_by_nothing() -> None:
    known = (Esim(ICCID, CODE, "1234"),)
    assert merge_esims(known, (Esim(None),)) == known
    assert merge_esims(known, (Esim(""),)) == known
    assert merge_esims(known, (Esim(PLACEHOLDER),)) == known  # a placeholder is not news


def test_merge_newer_facts_win() -> None:
    known = (Esim(ICCID, CODE),)
    assert merge_esims(known, (Esim(OTHER_ICCID, OTHER_CODE),)) == (Esim(OTHER_ICCID, OTHER_CODE),)


def test_merge_placeholder_replaced_by_real_iccid() -> None:
    known = (Esim(PLACEHOLDER),)
    assert merge_esims(known, (Esim(ICCID, CODE),)) == (Esim(ICCID, CODE),)


def test_merge_with_nothing_new_keeps_everything() -> None:
    known = (Esim(ICCID, CODE), Esim(OTHER_ICCID, OTHER_CODE))
    assert merge_esims(known, ()) == known


def test_merge_shorter_answer_keeps_the_rest() -> None:
    known = (Esim(ICCID, CODE), Esim(OTHER_ICCID, OTHER_CODE))
    merged = merge_esims(known, (Esim(ICCID),))
    assert merged == known


def test_merge_longer_answer_adds_new_esims() -> None:
    known = (Esim(ICCID, CODE),)
    merged = merge_esims(known, (Esim(None), Esim(OTHER_ICCID, OTHER_CODE)))
    assert merged == (Esim(ICCID, CODE), Esim(OTHER_ICCID, OTHER_CODE))


# --- Esim.ready -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("esim", "ready"),
    [
        (Esim(ICCID, CODE), True),
        (Esim(ICCID, None), False),
        (Esim(PLACEHOLDER, CODE), False),
        (Esim(None, CODE), False),
        (Esim("8932042000010078801", CODE), True),  # a bad check digit only warns
    ],
)
def test_esim_ready(esim: Esim, ready: bool) -> None:
    assert esim.ready is ready


# --- quantity -------------------------------------------------------------------------------


@pytest.mark.parametrize("quantity", [1, 2, 5, 10])
def test_esimfly_quantity_one_to_ten(quantity: int) -> None:
    assert Order(ESIMFLY_PLAN, quantity=quantity).quantity == quantity


@pytest.mark.parametrize("quantity", [0, -1, 11, 100])
def test_esimfly_quantity_outside_one_to_ten_is_refused(quantity: int) -> None:
    with pytest.raises(ValueError, match="1 to 10"):
        Order(ESIMFLY_PLAN, quantity=quantity)


def test_octopus_quantity_is_exactly_one() -> None:
    assert Order(OCTOPUS_PLAN).quantity == 1
    for quantity in (0, 2, 10):
        with pytest.raises(ValueError, match="1 to 1"):
            Order(OCTOPUS_PLAN, quantity=quantity)


# --- references and defaults ----------------------------------------------------------------


def test_new_reference_is_a_uuid4() -> None:
    reference = new_reference()
    parsed = uuid.UUID(reference)
    assert parsed.version == 4
    assert parsed.variant == uuid.RFC_4122
    assert str(parsed) == reference  # canonical lower-case, hyphenated form


def test_new_references_are_unique() -> None:
    references = {new_reference() for _ in range(1000)}
    assert len(references) == 1000


def test_order_defaults() -> None:
    first, second = Order(ESIMFLY_PLAN), Order(ESIMFLY_PLAN)
    assert first.status is S.SUBMITTING
    assert uuid.UUID(first.reference).version == 4
    assert first.reference != second.reference
    assert first.created_at.tzinfo is UTC
    assert first.esims == ()
    assert first.provider_order_id is None
    assert first.charged is None
    assert first.training is False


@pytest.mark.parametrize(
    "fields",
    [
        {"iccid": 8932042000010078801},
        {"iccid": ["8932042000010078801"]},
        {"iccid": None, "raw_code": 5},
        {"iccid": None, "confirmation_code": {"a": 1}},
        {"iccid": None, "activation": "LPA:1$smdp.example.com$X"},
    ],
    ids=repr,
)
def test_an_esim_of_the_wrong_types_cannot_exist(fields: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        Esim(**fields)  # type: ignore[arg-type]
