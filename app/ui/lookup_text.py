"""The lookup window's words (issue 17): each state in plain words, data figures, dates,
and a sentence for what went wrong. Translated in the "LookupWindow" context."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QObject

from app.core.errors import CounterError, ProviderUnavailableError
from app.core.lookup import GB, MB, EsimLookup, EsimState, LookupOutcome
from app.core.plans import ProviderId
from app.ui import locale_text
from app.ui.messages import describe
from app.ui.plans_model import PROVIDER_NAMES

DASH = "—"  # a field the provider does not give
CLOCK_GRACE_S = 300
STATE_COLOURS = {
    EsimState.ACTIVE: "#1b7f3b",
    EsimState.NOT_INSTALLED: "#9a6700",
    EsimState.EXPIRED: "#b42318",
    EsimState.USED_UP: "#b42318",
    EsimState.CANCELLED: "#b42318",
}


def state_words(state: EsimState) -> str:
    return {
        EsimState.NOT_INSTALLED: QCoreApplication.translate("LookupWindow", "Not installed yet"),
        EsimState.ACTIVE: QCoreApplication.translate("LookupWindow", "Active"),
        EsimState.EXPIRED: QCoreApplication.translate("LookupWindow", "Expired"),
        EsimState.USED_UP: QCoreApplication.translate("LookupWindow", "Data used up"),
        EsimState.CANCELLED: QCoreApplication.translate("LookupWindow", "Cancelled"),
        EsimState.UNKNOWN: QCoreApplication.translate("LookupWindow", "Unknown"),
    }[state]


def state_advice(state: EsimState) -> str:
    """What the clerk tells the traveller next."""
    return {
        EsimState.NOT_INSTALLED: QCoreApplication.translate(
            "LookupWindow", "The phone has not installed this eSIM yet."
        ),
        EsimState.ACTIVE: QCoreApplication.translate(
            "LookupWindow", "The eSIM is installed and working."
        ),
        EsimState.EXPIRED: QCoreApplication.translate(
            "LookupWindow", "The plan's days have run out."
        ),
        EsimState.USED_UP: QCoreApplication.translate(
            "LookupWindow", "All the plan's data has been used."
        ),
        EsimState.CANCELLED: QCoreApplication.translate(
            "LookupWindow", "This eSIM was cancelled; it no longer works."
        ),
        EsimState.UNKNOWN: QCoreApplication.translate(
            "LookupWindow", "The provider's status is not one the counter knows."
        ),
    }[state]


def provider_words(provider: ProviderId) -> str:
    return PROVIDER_NAMES.get(provider, provider.value)


def data_size(count: int, locale: str) -> str:
    """Bytes as the providers count them (1 GB = 1024 MB): whole MB below a gigabyte,
    else GB to two places (cut, never rounded up: "left" must not promise more)."""
    from babel.numbers import format_decimal  # babel loads when first used

    if count < GB:
        value = (Decimal(count) / MB).quantize(Decimal(1), rounding=ROUND_DOWN)
        text = format_decimal(value, format="#,##0", locale=locale)
        return QCoreApplication.translate("LookupWindow", "%1 MB").replace(
            "%1", locale_text.latin_digits(text)
        )
    value = (Decimal(count) / GB).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    text = format_decimal(value, format="#,##0.##", locale=locale)
    return QCoreApplication.translate("LookupWindow", "%1 GB").replace(
        "%1", locale_text.latin_digits(text)
    )


def percent(used: int, total: int) -> int:
    return int((Decimal(used) * 100 / total).to_integral_value(rounding=ROUND_HALF_UP))


class Words(QObject):
    """Plural forms need ``self.tr`` (lupdate files %n as numerus only from there)."""

    def days_left(self, days: int) -> str:
        return self.tr("%n day(s) left", "", days)

    def less_than_a_day(self) -> str:
        return self.tr("less than a day left")

    def used_of(self, used: str, share: int) -> str:
        return self.tr("%1 (%2 %)").replace("%1", used).replace("%2", str(share))


def when(moment: datetime | None) -> str:
    return DASH if moment is None else locale_text.date_time(moment.astimezone())


def expiry(found: EsimLookup, now: datetime | None = None) -> str:
    if found.expires_at is None:
        return DASH
    text = when(found.expires_at)
    now = now or datetime.now(UTC)
    left = int((found.expires_at - now).total_seconds())
    if left > 0 and found.state is not EsimState.EXPIRED:
        # Whole days only ("7 days left" never promises part of an eighth), with five
        # minutes' grace for the two clocks: a 7-day plan just installed reads 7, not 6.
        days = (left + CLOCK_GRACE_S) // 86400
        text += " · " + (Words().days_left(days) if days else Words().less_than_a_day())
    return text


def data_used(found: EsimLookup, locale: str) -> str:
    if found.used_bytes is None:
        return DASH
    used = data_size(found.used_bytes, locale)
    if found.total_bytes:
        return Words().used_of(used, percent(found.used_bytes, found.total_bytes))
    return used


def data_left(found: EsimLookup, locale: str) -> str:
    if found.unlimited:
        return QCoreApplication.translate("LookupWindow", "Unlimited")
    left = found.data_left
    if left is None:
        return DASH
    if found.total_bytes:
        return (
            QCoreApplication.translate("LookupWindow", "%1 of %2")
            .replace("%1", data_size(left, locale))
            .replace("%2", data_size(found.total_bytes, locale))
        )
    return data_size(left, locale)


def sale(found: EsimLookup) -> str:
    if found.sale_reference is None:
        return QCoreApplication.translate("LookupWindow", "Not sold by this counter")
    return found.sale_reference


def network(found: EsimLookup) -> str:
    if found.network and found.connection_type:
        return f"{found.network} · {found.connection_type}"
    return found.network or found.connection_type or DASH


def problem(outcome: LookupOutcome) -> str:
    """Why nothing is shown: a provider that did not answer, or nobody knows the ICCID."""
    for provider, error in outcome.failed:
        name = provider_words(provider)
        if isinstance(error, ProviderUnavailableError):
            return QCoreApplication.translate(
                "LookupWindow", "%1 did not answer; try Refresh."
            ).replace("%1", name)
        if isinstance(error, CounterError):
            return describe(error)
    names = ", ".join(provider_words(p) for p in outcome.asked)
    if not names:
        return QCoreApplication.translate(
            "LookupWindow", "No provider account is set up to look eSIMs up."
        )
    return QCoreApplication.translate(
        "LookupWindow", "No eSIM with this ICCID at %1. Check the digits."
    ).replace("%1", names)


def found_note(outcome: LookupOutcome) -> str:
    found = outcome.found
    assert found is not None
    notes = []
    if found.sale_reference is None:
        notes.append(
            QCoreApplication.translate(
                "LookupWindow", "Not sold by this counter; found at %1."
            ).replace("%1", provider_words(found.provider))
        )
    if found.incomplete:
        notes.append(
            QCoreApplication.translate(
                "LookupWindow", "Some details could not be read; try Refresh."
            )
        )
    return " ".join(notes)
