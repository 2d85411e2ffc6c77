"""Receipts and install slips from the journal's sale.

Until the journal keeps the quote, the payment and the receipt number with each sale
(issue 14, "Records"), the caller passes them in; everything else comes from the
:class:`~app.core.orders.Order`. The activation code is read only into the slip.
"""

from __future__ import annotations

from datetime import datetime

from app.core.orders import Esim, Order
from app.core.payment import Payment
from app.core.plan_details import PlanDetails
from app.core.quote import Quote
from app.core.topup import target_iccid
from app.ui.names import destination_name
from app.ui.receipts.data import InstallSlipData, ReceiptData, ShopDetails


def receipt_for_order(
    order: Order,
    *,
    shop: ShopDetails,
    number: int,
    quote: Quote,
    payment: Payment | None,
    language: str = "en",
    locale: str = "en_US",
    copy_at: datetime | None = None,
) -> ReceiptData:
    """The customer receipt of ``order``: its ICCIDs, never its activation codes."""
    data = ReceiptData.of_sale(
        shop=shop,
        issued_at=order.created_at,
        clerk=order.clerk,
        number=number,
        destination=destination_name(order.plan.destination, language),
        plan=order.plan.name,
        quote=quote,
        payment=payment,
        iccids=tuple(esim.iccid for esim in order.esims if esim.iccid),
        language=language,
        locale=locale,
        training=order.training,
        topup_of=target_iccid(order.plan) or "",
    )
    return data.as_copy(copy_at) if copy_at is not None else data


def slips_for_order(order: Order, language: str = "en") -> list[InstallSlipData]:
    """One install slip per delivered eSIM that has an activation code, in the
    traveller's ``language``."""
    destination = destination_name(order.plan.destination, language)
    details = order.plan.details if order.plan.details.known else None
    return [
        slip
        for esim in order.esims
        if (slip := slip_for_esim(esim, order.plan.name, destination, language, details))
        is not None
    ]


def slip_for_esim(
    esim: Esim,
    plan: str,
    destination: str,
    language: str = "en",
    details: PlanDetails | None = None,
) -> InstallSlipData | None:
    code = esim.activation
    if code is None:
        return None
    return InstallSlipData(
        lpa=code.text,
        smdp_address=code.smdp_address,
        activation_code=code.matching_id,
        plan=plan,
        destination=destination,
        language=language,
        details=details,
    )
