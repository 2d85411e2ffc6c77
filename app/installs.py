"""After the sale (issue 17), Qt-free and synchronous like app.counter: follow whether
the traveller's phone installed the eSIM, and send the eSIM to their e-mail (Octopus).

The UI calls these from its Runner. Install states come from each provider's
``install_state(order_id=, iccid=)``; an installed eSIM is journalled at once
(``Journal.record_installed``), so the time survives whatever happens to the window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.core.email import mask, normalise
from app.core.errors import CounterError
from app.core.install import InstallState
from app.core.orders import Order, OrderStatus
from app.core.plans import ProviderId

if TYPE_CHECKING:
    from app.counter import Counter

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Checked:
    """One eSIM's check: the provider's state, or the error that kept it from answering."""

    iccid: str
    state: InstallState | None = None
    #: As journalled (the first report's time), when the eSIM is installed.
    installed_at: datetime | None = None
    error: CounterError | None = None

    @property
    def installed(self) -> bool:
        return self.installed_at is not None


def _now() -> datetime:
    return datetime.now(UTC)


def check_installs(counter: Counter, order: Order, iccids: Sequence[str]) -> list[Checked]:
    """Ask the provider about each of ``iccids`` (eSIMs of ``order``) and journal those
    it reports installed. A provider that does not answer gives a Checked with ``error``
    for that eSIM; nothing is journalled for it."""
    provider: Any = counter.providers.get(order.plan.provider)
    ask = getattr(provider, "install_state", None)
    record = getattr(counter.journal, "record_installed", None)
    results: list[Checked] = []
    for iccid in iccids:
        try:
            if ask is None:
                raise CounterError("This provider does not report installs.")
            state: InstallState = ask(order_id=order.provider_order_id, iccid=iccid)
        except CounterError as exc:
            log.info("install check of %s: no answer (%s)", order.reference, exc.message)
            results.append(Checked(iccid, error=exc))
            continue
        if state.iccid is not None and state.iccid != iccid:
            # Octopus's detail names its one eSIM: another ICCID is not this one.
            results.append(Checked(iccid, state, error=CounterError("Another eSIM answered.")))
            continue
        at = None
        if state.installed:
            at = state.installed_at or _now()
            if record is not None:
                at = record(order.reference, iccid, at)
        results.append(Checked(iccid, state, at))
    return results


def can_email(order: Order) -> bool:
    """Only Octopus mails the eSIM to the traveller (``notification-email``), and only
    for an order it has taken."""
    return (
        order.plan.provider is ProviderId.OCTOPUS
        and order.provider_order_id is not None
        and order.status in (OrderStatus.DELIVERED, OrderStatus.PENDING)
    )


def send_by_email(counter: Counter, order: Order, text: str, *, clerk: str = "") -> str:
    """Send ``order``'s eSIM to the address ``text`` and journal it; return the address
    as sent. Raises :class:`~app.core.email.EmailAddressError` for an unusable address
    (before anything is sent) and CounterError when the provider refuses or is down."""
    if not can_email(order):
        raise ValueError("only a taken Octopus order can be sent by e-mail")
    address = normalise(text)
    provider: Any = counter.providers[order.plan.provider]
    provider.send_notification_email(order.provider_order_id, address)
    log.info("sale %s: the eSIM goes by e-mail to %s", order.reference, mask(address))
    record = getattr(counter.journal, "record_email", None)
    if record is not None:
        record(order.reference, address, _now(), clerk)
    return address
