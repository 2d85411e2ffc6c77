"""Octopus Cards after the sale (issue 17): the install state from the order detail, and
the receipt e-mail (``PATCH /api/v1/esim/orders/:id/notification-email``).

The detail refreshes the install state from the operator on every call for a delivered
order (digest §7), so one call gives the freshest answer. Pure parsing here; the calls
are :class:`~app.providers.octopus.OctopusProvider` methods.
"""

from __future__ import annotations

import re
from typing import Any

from app.core.email import mask
from app.core.errors import CounterError
from app.core.install import InstallState, Phase, phase_of
from app.providers import fields, http

NAME = "Octopus Cards"
_INSTALLED_PHASES = (Phase.ACTIVE, Phase.EXPIRED, Phase.INSTALLED)


def install_from(data: Any, order_id: str) -> InstallState:
    """The order detail (bare or ``{"data": {...}}``) as the eSIM's install state."""
    order = data.get("data", data) if isinstance(data, dict) else None
    http.expect(isinstance(order, dict), NAME, "an order")
    assert isinstance(order, dict)
    if order.get("id") is not None and fields.order_id(order.get("id"), NAME) != order_id:
        raise fields.bad(NAME, "order id")
    word = fields.optional_code_text(order.get("activation_status"), NAME, "activation status", 32)
    flag = order.get("is_installed")
    if flag is not None and not isinstance(flag, bool):
        raise fields.bad(NAME, "install flag")
    phase = phase_of(word) if word else Phase.OTHER
    installed = flag is True or phase in _INSTALLED_PHASES
    if flag is True and phase in (Phase.NOT_INSTALLED, Phase.OTHER):
        phase = Phase.INSTALLED
    at = fields.time(order.get("installed_at"), NAME, "install time") if installed else None
    return InstallState(
        iccid=fields.iccid(order.get("iccid"), NAME, placeholder_ok=False),
        installed=installed,
        installed_at=at,
        phase=phase,
        word=(word or "").upper(),
    )


def email_body(address: str) -> dict[str, str]:
    # The digest's inferred body, as the voucher orders' ``email`` field.
    return {"email": address}


def without_address(exc: CounterError, address: str) -> CounterError:
    """``exc`` with the address masked wherever the provider's message echoed it: the
    message reaches the log, and the address must never be there in full."""
    if address:
        exc.message = re.sub(re.escape(address), mask(address), exc.message, flags=re.I)
        exc.args = (exc.message,)
    return exc
