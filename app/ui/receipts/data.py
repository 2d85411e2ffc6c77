"""What a receipt and an install slip say, as plain data: no Qt, no journal.

The layout (``layout.py``, ``slip.py``) paints these; the sale flow builds them from the
journal (``builder.py``). A :class:`ReceiptData` has no field for an activation code on
purpose: the code installs the eSIM, and a customer receipt is often left on the counter,
photographed for expenses or thrown away. Only the install slip carries it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from app.core.money import Money
from app.core.payment import Payment
from app.core.plan_details import PlanDetails
from app.core.quote import Quote


@dataclass(frozen=True, slots=True)
class ShopDetails:
    """The receipt's header, from the settings."""

    name: str = ""
    address: str = ""
    tax_number: str = ""
    counter_name: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    destination: str
    plan: str
    quantity: int
    unit_price: Money
    total: Money


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """One customer receipt. ``number`` runs without gaps per counter (the journal's
    ``receipt_number``); ``copy_printed_at`` marks a reprint as COPY with its time."""

    shop: ShopDetails
    issued_at: datetime
    clerk: str
    number: int
    lines: tuple[ReceiptLine, ...]
    net: Money
    tax: Money
    gross: Money
    tax_rate: Decimal
    payment: Payment | None = None
    iccids: tuple[str, ...] = ()
    copy_printed_at: datetime | None = None
    language: str = "en"
    locale: str = "en_US"
    training: bool = False
    # A top-up (issue 17): the ICCID of the eSIM it added to; "" for a sale of new eSIMs.
    topup_of: str = ""

    def __post_init__(self) -> None:
        if self.number < 1:
            raise ValueError(f"a receipt number starts at 1, not {self.number}")
        if not self.lines:
            raise ValueError("a receipt has at least one line")
        if self.net + self.tax != self.gross:
            raise ValueError("net and tax must add up to gross")

    @classmethod
    def of_sale(
        cls,
        *,
        shop: ShopDetails,
        issued_at: datetime,
        clerk: str,
        number: int,
        destination: str,
        plan: str,
        quote: Quote,
        payment: Payment | None,
        iccids: tuple[str, ...] = (),
        language: str = "en",
        locale: str = "en_US",
        training: bool = False,
        topup_of: str = "",
    ) -> ReceiptData:
        """One sale of one plan, priced by ``quote`` (retail, in the sale currency)."""
        line = ReceiptLine(destination, plan, quote.quantity, quote.unit_gross, quote.gross)
        return cls(
            shop=shop,
            issued_at=issued_at,
            clerk=clerk,
            number=number,
            lines=(line,),
            net=quote.net,
            tax=quote.tax,
            gross=quote.gross,
            tax_rate=quote.tax_rate,
            payment=payment,
            iccids=iccids,
            language=language,
            locale=locale,
            training=training,
            topup_of=topup_of,
        )

    def as_copy(self, printed_at: datetime) -> ReceiptData:
        """The same receipt reprinted (from History), marked COPY with ``printed_at``."""
        return replace(self, copy_printed_at=printed_at)


@dataclass(frozen=True, slots=True)
class InstallSlipData:
    """What a traveller who installs later needs: the QR (the LPA string) and the two
    codes for typing by hand, with instructions in ``language`` (the traveller's)."""

    lpa: str
    smdp_address: str
    activation_code: str
    plan: str
    destination: str
    language: str = "en"
    # What the plan offers (networks, when its days start...), when the catalogue said;
    # a slip reprinted from the journal has none.
    details: PlanDetails | None = None
