"""A sample sale's receipt and install slip: the "Print test receipt" button, the smoke
test of a frozen build, the screenshots and the tests print these. Invented numbers:
no real ICCID or activation code."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from app.core.money import Money
from app.core.payment import Method, Payment, Tender
from app.core.plan_details import Activation, Network, PlanDetails
from app.core.quote import Quote
from app.ui.receipts.data import InstallSlipData, ReceiptData, ShopDetails

LPA = "LPA:1$smdp.example.com$K2-7QXH4-1JZ9PQ"
MATCHING_ID = "K2-7QXH4-1JZ9PQ"
ICCID = "8988247000101234567"


def quote(currency: str = "EUR", gross: str = "23.00", tax: str = "3.67") -> Quote:
    g = Money.of(gross, currency)
    t = Money.of(tax, currency)
    return Quote(
        cost=Money.of("12.40", "USD"),
        quantity=1,
        unit_gross=g,
        gross=g,
        net=g - t,
        tax=t,
        tax_rate=Decimal("19"),
        cost_in_sale=Money.of("11.50", currency),
        rate=Decimal("0.93"),
    )


def shop(language: str = "en") -> ShopDetails:
    if language == "ar":
        return ShopDetails("متجر السفر", "شارع الرشيد ١٢، بغداد", "300-123-456", "الكاونتر 1")
    return ShopDetails("Globetrotter Phones", "12 Harbour Street, Dover", "GB 123 4567 89",
                       "Front desk")  # fmt: skip


def receipt(
    number: int = 42,
    language: str = "en",
    copy_at: datetime | None = None,
    header: ShopDetails | None = None,
) -> ReceiptData:
    """A split cash-and-card sale of one plan; ``header`` replaces the sample shop (a test
    receipt prints the owner's own header)."""
    arabic = language == "ar"
    destination = "اليابان" if arabic else "Japan"
    cash = Tender(Method.CASH, Money.of("13.00", "EUR"))
    card = Tender(Method.CARD, Money.of("10.00", "EUR"))
    payment = Payment((cash, card), cash_tendered=Money.of("20.00", "EUR"))
    data = ReceiptData.of_sale(
        shop=header if header is not None and header.name else shop(language),
        issued_at=datetime(2026, 12, 1, 14, 5),
        clerk="سارة" if arabic else "Sam",
        number=number,
        destination=destination,
        plan="Japan 5GB 30 Days",
        quote=quote(),
        payment=payment,
        iccids=(ICCID,),
        language=language,
        locale="ar_AE" if arabic else "en_GB",
    )
    return data.as_copy(copy_at) if copy_at is not None else data


def slip(language: str = "en") -> InstallSlipData:
    destination = "اليابان" if language == "ar" else "Japan"
    return InstallSlipData(
        lpa=LPA,
        smdp_address="smdp.example.com",
        activation_code=MATCHING_ID,
        plan="Japan 5GB 30 Days",
        destination=destination,
        language=language,
        details=DETAILS,
    )


# Like the sandbox catalogue's Japan packages (operator names are proper names).
DETAILS = PlanDetails(
    networks=(
        Network("Japan", "NTT Docomo", "5G"),
        Network("Japan", "SoftBank", "4G/5G"),
        Network("Japan", "KDDI", "5G"),
    ),
    rechargeable=True,
    voice_minutes=0,
    sms_count=0,
    activation=Activation.FIRST_USE,
)
