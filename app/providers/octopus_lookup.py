"""Look up one Octopus Cards eSIM (issue 17): the order detail, read into an EsimLookup.

``GET /api/v1/esim/orders/:id`` refreshes the install state from the operator on every
call (octopus-cards-esim-api.md §7): ``activation_status`` (NOT_INSTALLED, ACTIVE,
EXPIRED), ``is_installed``, ``installed_at``, ``activated_at``, the plan's data and days.
Octopus reports no data used, network or device: those stay None ("—" on screen).
The expiry is the documented rule, not a guess: an eSIM expires ``validity_days`` after
its first activation (§8, "Activation status").

An eSIM sold here is found by its order id (the journal has it). One sold elsewhere is
looked for by ICCID in the orders list, newest first, for at most ``MAX_PAGES`` pages:
Octopus has no search by ICCID.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from app.core import lookup
from app.core.errors import OrderNotFoundError
from app.core.lookup import EsimLookup, EsimState
from app.core.plans import ProviderId
from app.providers import fields, http

if TYPE_CHECKING:
    from app.providers.octopus import OctopusProvider

NAME = "Octopus Cards"
ORDERS = "/api/v1/esim/orders"
PER_PAGE = 100
MAX_PAGES = 10  # the newest thousand orders: an eSIM coming back is a recent one
_ORDER_STATES = {"CANCELLED": EsimState.CANCELLED, "FAILED": EsimState.CANCELLED}


def lookup_esim(
    provider: OctopusProvider, iccid: str, order_id: str | None = None
) -> EsimLookup | None:
    """The eSIM with this ICCID (in order ``order_id`` when known), or None."""
    if order_id is None:
        order_id = find_order_id(provider, iccid)
        if order_id is None:
            return None
    try:
        data, _ = provider._get(f"{ORDERS}/{order_id}")
    except OrderNotFoundError:
        return None
    return order_lookup(data, iccid)


def find_order_id(provider: OctopusProvider, iccid: str) -> str | None:
    for page in range(1, MAX_PAGES + 1):
        rows, headers = provider._get(ORDERS, {"page": page, "per_page": PER_PAGE})
        http.expect(isinstance(rows, list), NAME, "a list of orders")
        for row in fields.items(rows, NAME, "orders", limit=PER_PAGE * 2):
            if fields.iccid(row.get("iccid"), NAME, placeholder_ok=False) == iccid:
                return fields.order_id(row.get("id"), NAME)
        more = headers.get("X-Has-More")
        pages = headers.get("X-Total-Pages")
        if more is not None:
            done = more.strip().lower() != "true"
        else:
            done = not pages or not pages.isdigit() or page >= int(pages)
        if done or not rows:
            return None
    return None


def order_lookup(data: Any, iccid: str) -> EsimLookup | None:
    """An order detail (bare or in ``{"data": …}``) as the lookup of ``iccid``; None when
    the order holds another eSIM."""
    order = data.get("data", data) if isinstance(data, dict) else None
    if not isinstance(order, dict):
        raise fields.bad(NAME, "order")
    if fields.iccid(order.get("iccid"), NAME, placeholder_ok=False) != iccid:
        return None
    status = fields.optional_code_text(order.get("status"), NAME, "order status", 32)
    activation = fields.optional_code_text(
        order.get("activation_status"), NAME, "activation status", 32
    )
    installed = order.get("is_installed")
    if installed is not None and not isinstance(installed, bool):
        raise fields.bad(NAME, "install state")
    state = _ORDER_STATES.get((status or "").upper()) or lookup.state_of(activation)
    if state is EsimState.UNKNOWN and installed is not None:
        state = EsimState.ACTIVE if installed else EsimState.NOT_INSTALLED
    gb = order.get("data_amount_gb")
    total = None if gb is None else lookup.gb_to_bytes(fields.amount(gb, NAME, "data amount"))
    days = order.get("validity_days")
    validity = None if days is None else fields.integer(days, NAME, "validity", 1, 3650)
    activated = fields.time(order.get("activated_at"), NAME, "activation time")
    expires = None
    if activated is not None and validity is not None:
        expires = activated + timedelta(days=validity)
    return EsimLookup(
        provider=ProviderId.OCTOPUS,
        iccid=iccid,
        state=state,
        provider_status=activation or status,
        sale_reference=None,
        order_id=fields.order_id(order.get("id"), NAME),
        plan_name=fields.clean_text(order.get("product_name"), 120),
        # Octopus writes 0 GB for an unlimited plan.
        unlimited=total == 0,
        total_bytes=total or None,
        installed_at=fields.time(order.get("installed_at"), NAME, "install time"),
        activated_at=activated,
        expires_at=expires,
    )
