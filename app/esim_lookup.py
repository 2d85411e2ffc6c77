"""Look up a sold eSIM (issue 17): which provider to ask, and asking it. Qt-free and
blocking: the window runs it on its Runner.

A sale from History names its provider and order. A typed or scanned ICCID is first
looked for in the journal (a sale of this counter, in the mode it runs in); an ICCID the
journal does not know may still have been sold by the shop's accounts elsewhere, so every
configured provider is asked in turn, and the answer says which one found it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Protocol, cast

from app.core.errors import CounterError, NoAccountError, OtherModeError
from app.core.iccid import IccidError, normalise
from app.core.iccid import parse as parse_iccid
from app.core.lookup import EsimLookup, LookupOutcome
from app.core.orders import Order
from app.core.plans import ProviderId

# eSIMfly first: it finds an eSIM by ICCID in one read; Octopus must page its orders.
ORDER = (ProviderId.ESIMFLY, ProviderId.OCTOPUS)


class LooksUpEsims(Protocol):
    def lookup_esim(self, iccid: str, order_id: str | None = None) -> EsimLookup | None: ...


class FindsSales(Protocol):
    def search(self, *, text: str = "", limit: int = 200) -> list[Order]: ...


def iccid_of(text: str) -> str | None:
    """The ICCID a clerk typed or scanned (spaces and dashes allowed), or None."""
    try:
        return parse_iccid(normalise(text))
    except IccidError:
        return None


def iccids(order: Order) -> list[str]:
    """The sale's eSIMs that have a real ICCID, in the sale's order."""
    return [e.iccid for e in order.esims if e.iccid and iccid_of(e.iccid)]


def first_iccid(order: Order) -> str | None:
    return next(iter(iccids(order)), None)


def sale_of(journal: FindsSales, iccid: str, training: bool) -> Order | None:
    """The journal's sale of this eSIM in the counter's mode, if any."""
    for order in journal.search(text=iccid, limit=20):
        if order.training == training and any(e.iccid == iccid for e in order.esims):
            return order
    return None


def look_up_sale(
    providers: Mapping[ProviderId, object], order: Order, training: bool, iccid: str | None = None
) -> LookupOutcome:
    """The eSIM ``iccid`` (else the sale's first) of a sale in the journal."""
    iccid = iccid or first_iccid(order)
    if iccid is None:
        raise ValueError("the sale has no eSIM to look up")
    provider_id = order.plan.provider
    if order.training != training:
        error: CounterError = OtherModeError(training_sale=order.training)
        return LookupOutcome(iccid, None, (provider_id,), ((provider_id, error),))
    provider = _looker(providers.get(provider_id))
    if provider is None:
        error = NoAccountError(provider=str(provider_id))
        return LookupOutcome(iccid, None, (provider_id,), ((provider_id, error),))
    try:
        found = provider.lookup_esim(iccid, order.provider_order_id)
    except CounterError as exc:
        return LookupOutcome(iccid, None, (provider_id,), ((provider_id, exc),))
    if found is not None:
        found = replace(found, sale_reference=order.reference)
    return LookupOutcome(iccid, found, (provider_id,))


def look_up_iccid(
    providers: Mapping[ProviderId, object], journal: FindsSales, iccid: str, training: bool
) -> LookupOutcome:
    """The eSIM with this ICCID: through its sale when the journal has one, else at
    every configured provider until one knows it."""
    sale = sale_of(journal, iccid, training)
    if sale is not None:
        return look_up_sale(providers, sale, training, iccid)
    asked: list[ProviderId] = []
    failed: list[tuple[ProviderId, Exception]] = []
    for provider_id in ORDER:
        provider = _looker(providers.get(provider_id))
        if provider is None:
            continue
        asked.append(provider_id)
        try:
            found = provider.lookup_esim(iccid)
        except CounterError as exc:
            failed.append((provider_id, exc))
            continue
        if found is not None:
            return LookupOutcome(iccid, found, tuple(asked), tuple(failed))
    return LookupOutcome(iccid, None, tuple(asked), tuple(failed))


def _looker(provider: object) -> LooksUpEsims | None:
    """The provider, if it can look eSIMs up (both real ones can; a test stand-in may not)."""
    return (
        cast(LooksUpEsims, provider) if callable(getattr(provider, "lookup_esim", None)) else None
    )
