"""The one place the UI gets retail prices from: the stored price list, read and cached.

``current_price_list(settings)`` is what a sale's payment step calls before taking money
(``current_price_list(settings).quote(plan, quantity, today=today())``). A stored list
that cannot be used raises :class:`PriceListError`; the counter then refuses to sell
and says to call the owner (:func:`problem_text`), rather than guessing a price.
:class:`PricingSource` is the window's live view of it: the plans table and the sell
panel ask it for a :class:`Priced` and refresh on ``changed`` (emitted when the price-list
screen saves).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from app import settings_schema as schema
from app.core.plans import Plan
from app.core.pricing import PriceList, PricingError
from app.core.pricing_codec import PriceListError, dumps, loads
from app.core.quote import Quote
from app.ui.settings_store import write

log = logging.getLogger(__name__)
_cache: dict[str, PriceList | PriceListError] = {}


def today() -> date:
    """The counter's local day: a rate set "today" and its age are the shop's days."""
    return date.today()


def _load(raw: object) -> PriceList:
    text = "" if raw is None else raw if isinstance(raw, str) else repr(raw)
    found = _cache.get(text)
    if found is None:
        try:
            found = loads(text)
        except PriceListError as exc:
            log.error("the stored price list is not usable: %s", exc)
            found = exc
        _cache.clear()  # one list at a time: the cache is only for repeated reads
        _cache[text] = found
    if isinstance(found, PriceListError):
        raise found
    return found


def current_price_list(settings: QSettings) -> PriceList:
    """The owner's price list; raises :class:`PriceListError` when the stored one is bad.

    Read raw, not through ``read``: a bad value must stop the selling, not fall back to
    the default (which would sell at the provider's list price unnoticed)."""
    return _load(settings.value(schema.PRICE_LIST.key))


def save(settings: QSettings, price_list: PriceList) -> None:
    write(settings, schema.PRICE_LIST, dumps(price_list))
    settings.sync()


def problem_text(error: Exception) -> str:
    """A sentence for the clerk about a price that cannot be worked out."""
    if isinstance(error, PriceListError):
        return QCoreApplication.translate(
            "Pricing",
            "The price list is damaged, so the counter cannot work out prices. "
            "Ask the owner to open Counter → Price list and save it again.",
        )
    text = str(error)
    if text.startswith("no exchange rate"):
        return QCoreApplication.translate(
            "Pricing",
            "The price list has no exchange rate for this plan's currency. "
            "Ask the owner to set one in Counter → Price list.",
        )
    return QCoreApplication.translate(
        "Pricing",
        "This plan cannot be priced with the owner's price list. "
        "Ask the owner to check the price list.",
    )


def stale_text() -> str:
    return QCoreApplication.translate(
        "Pricing",
        "The exchange rate is out of date. Ask the owner to update it in Counter → Price list.",
    )


@dataclass(frozen=True, slots=True)
class Priced:
    """A plan's retail price as the clerk sees it, or why there is none."""

    quote: Quote | None
    problem: str = ""


class PricingSource(QObject):
    """The window's prices; ``changed`` tells the table and the panel to show them again."""

    changed = Signal()

    def __init__(
        self, settings: QSettings, parent: QObject | None = None, clock: Callable[[], date] = today
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock

    @property
    def settings(self) -> QSettings:
        return self._settings

    def today(self) -> date:
        return self._clock()

    def price_list(self) -> PriceList:
        """Raises :class:`PriceListError` (see :func:`current_price_list`)."""
        return current_price_list(self._settings)

    def price(self, plan: Plan, quantity: int = 1) -> Priced:
        try:
            return Priced(self.price_list().quote(plan, quantity, today=self.today()))
        except (PriceListError, PricingError) as exc:
            return Priced(None, problem_text(exc))

    def stale(self) -> bool:
        try:
            return self.price_list().stale_rate(self.today())
        except PriceListError:
            return False

    def save(self, price_list: PriceList) -> None:
        save(self._settings, price_list)
        self.changed.emit()
