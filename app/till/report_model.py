"""The X/Z report's shape: frozen values only, so the codec can write any report as JSON
and read back an equal one. Built by :func:`app.till.shift_report.build_report`.

Signs: money into the drawer or the shop is positive, money out negative (refunds,
pay-outs, cash handed back). Every amount is in the report's ``currency`` (the opening
float's, the shop's sale currency) except the provider lines, which are in each
provider's balance currency, and the ``apart`` entries, which are never summed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.money import Money
from app.core.payment import Method
from app.core.plans import ProviderId


class ReportKind(StrEnum):
    X = "X"  # at any time; changes nothing
    Z = "Z"  # the close; numbered and stored for ever


class Why(StrEnum):
    """Why a sale or refund is listed beside the totals rather than in them."""

    OUTCOME_UNKNOWN = "outcome_unknown"  # the provider may or may not have charged
    SUBMITTING = "submitting"  # sent (or about to be); no answer journalled
    PENDING = "pending"  # charged at the provider, eSIM not delivered yet
    CHARGE_NOT_KNOWN = "charge_not_known"  # delivered, the provider said no amount
    REFUND_PENDING = "refund_pending"  # the provider has not refunded its balance yet
    OTHER_CURRENCY = "other_currency"  # not in the report's (or balance's) currency
    OWED = "owed"  # failed, its money not handed back yet: still in the drawer
    NOT_DELIVERED = "not_delivered"  # paid, not (yet) a sale: its cash is in the drawer


@dataclass(frozen=True, slots=True)
class Entry:
    """One sale, refund or cash move named in a list; ``amount`` as it affects the shop."""

    reference: str
    why: Why
    clerk: str
    at: datetime
    amount: Money | None
    provider: ProviderId | None = None


@dataclass(frozen=True, slots=True)
class MethodLine:
    method: Method
    sales: Money  # delivered sales paid by this method
    refunds: Money  # refunds handed back by this method (negative or zero)

    @property
    def net(self) -> Money:
        return self.sales + self.refunds


@dataclass(frozen=True, slots=True)
class ClerkLine:
    clerk: str  # "" for the anonymous one-person counter
    sales: int
    gross: Money
    refund_count: int
    refunds: Money  # negative or zero


@dataclass(frozen=True, slots=True)
class RefundEntry:
    """A refund as a negative line."""

    reference: str
    sale_reference: str
    at: datetime
    clerk: str
    method: Method
    amount: Money  # negative
    provider: ProviderId
    state: str


@dataclass(frozen=True, slots=True)
class MoveEntry:
    at: datetime
    clerk: str
    kind: str  # "pay_in" | "pay_out"
    amount: Money  # signed: pay-outs negative
    reason: str


@dataclass(frozen=True, slots=True)
class Drawer:
    """Cash expected in the drawer, and what was counted."""

    opening_float: Money
    cash_sales: Money  # cash parts kept (not the notes handed over) of every paid sale
    cash_refunds: Money  # negative
    handbacks: Money  # cash handed back for failed sales, negative
    pay_ins: Money
    pay_outs: Money  # negative
    expected: Money
    counted: Money | None = None
    difference: Money | None = None  # counted - expected: negative when cash is missing


@dataclass(frozen=True, slots=True)
class ProviderLine:
    """One provider's balance movement over the shift beside what the journal charged."""

    provider: ProviderId
    currency: str
    opening: Money | None  # None: unavailable
    closing: Money | None
    movement: Money | None  # opening - closing: what left the balance
    charged: Money  # delivered sales' charges in this currency
    refunded: Money  # provider refunds back onto the balance (positive)
    difference: Money | None  # movement - (charged - refunded)
    explaining: tuple[Entry, ...]  # sales and refunds that can explain a difference

    @property
    def journal_net(self) -> Money:
        return self.charged - self.refunded


@dataclass(frozen=True, slots=True)
class ShiftReport:
    kind: ReportKind
    shift: int  # the shift's number
    training: bool
    opened_at: datetime
    opened_by: str
    made_at: datetime
    made_by: str
    currency: str
    sales: int  # delivered sales with a price
    gross: Money
    net: Money
    tax: Money
    refund_count: int
    refunds: Money  # negative
    without_price: int  # delivered sales journalled with no quote (headless, old)
    methods: tuple[MethodLine, ...]
    clerks: tuple[ClerkLine, ...]
    refund_lines: tuple[RefundEntry, ...]
    moves: tuple[MoveEntry, ...]
    drawer: Drawer
    owed: tuple[Entry, ...]  # failed sales whose money is still to be handed back
    not_delivered: tuple[Entry, ...]  # paid, pending or unknown: cash in, not a sale yet
    providers: tuple[ProviderLine, ...]
    apart: tuple[Entry, ...]  # other currencies: listed, never summed
    z_number: int | None = None
    corrects: int | None = None  # the Z number a correction puts right
    note: str = ""  # a correction's reason

    @property
    def takings(self) -> Money:
        """Gross sales less refunds."""
        return self.gross + self.refunds
