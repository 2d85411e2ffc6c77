"""A plan's details in the clerk's words: the short lines under the plan on the sell panel,
and the full list of networks per country for its tooltip.

Only what the provider said is written: an unknown 5G or top-up is left out, never
shown as "no". Operator and country names from the catalogue are proper names and stay
as sent; every Latin run is kept whole in a right-to-left UI (``bidi``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.core.plan_details import Activation, PlanDetails, networks_text
from app.ui.locale_text import bidi

UNLIMITED_COUNT = 100_000  # what esimfly_json keeps for "unlimited" minutes or texts


class PlanCounts(QObject):
    """Plural forms: lupdate files ``%n`` messages as numerus only from ``self.tr``."""

    def minutes(self, n: int) -> str:
        return self.tr("%n call minute(s)", "", n)

    def texts(self, n: int) -> str:
        return self.tr("%n SMS", "", n)

    def countries(self, n: int) -> str:
        return self.tr("Networks in %n countries (hover to see them)", "", n)


def features_line(details: PlanDetails) -> str:
    """ "5G · top-up possible · hotspot allowed": the facts a filter also picks by."""
    parts: list[str] = []
    five_g = details.five_g
    if five_g is True:
        parts.append(QCoreApplication.translate("PlanDetails", "5G"))
    elif five_g is False:
        parts.append(QCoreApplication.translate("PlanDetails", "4G, no 5G"))
    if details.rechargeable is True:
        parts.append(QCoreApplication.translate("PlanDetails", "top-up possible"))
    elif details.rechargeable is False:
        parts.append(QCoreApplication.translate("PlanDetails", "no top-up"))
    if details.hotspot is True:
        parts.append(QCoreApplication.translate("PlanDetails", "hotspot allowed"))
    return bidi(" · ".join(parts))


def calls_line(details: PlanDetails) -> str:
    voice = details.voice
    if voice is False:
        return QCoreApplication.translate("PlanDetails", "Data only, no calls or SMS")
    if voice is True:
        return bidi(calls_text(details))
    return ""


def calls_text(details: PlanDetails) -> str:
    parts: list[str] = []
    minutes = details.voice_minutes or 0
    texts = details.sms_count or 0
    if minutes >= UNLIMITED_COUNT:
        parts.append(QCoreApplication.translate("PlanDetails", "unlimited calls"))
    elif minutes:
        parts.append(PlanCounts().minutes(minutes))
    if texts >= UNLIMITED_COUNT:
        parts.append(QCoreApplication.translate("PlanDetails", "unlimited SMS"))
    elif texts:
        parts.append(PlanCounts().texts(texts))
    if details.phone_number:
        parts.append(QCoreApplication.translate("PlanDetails", "own phone number"))
    # The list separator is the language's own (Arabic "، ", not a Latin comma).
    separator = QCoreApplication.translate("PlanDetails", ", ", "list separator")
    text = separator.join(parts) or QCoreApplication.translate(
        "PlanDetails", "calls or SMS included"
    )
    return text[:1].upper() + text[1:]


def activation_line(details: PlanDetails) -> str:
    if details.activation is Activation.FIRST_USE:
        return QCoreApplication.translate(
            "PlanDetails", "Validity starts at the first connection at the destination."
        )
    if details.activation is Activation.IMMEDIATE:
        return QCoreApplication.translate(
            "PlanDetails", "Validity starts at installation: install it just before the trip."
        )
    return ""


def networks_line(details: PlanDetails) -> str:
    """One country: its operators; several: how many countries (the tooltip lists them)."""
    countries = details.countries
    if not countries:
        return ""
    if len(countries) == 1:
        return bidi(
            QCoreApplication.translate("PlanDetails", "Networks: %1").replace(
                "%1", networks_text(details.networks)
            )
        )
    count = len(countries)
    return bidi(PlanCounts().countries(count))


def networks_tip(details: PlanDetails) -> str:
    """Every country with its operators, one per line."""
    return "\n".join(
        f"{country}: {networks_text(details.operators_in(country))}"
        for country in details.countries
    )


def lines(details: PlanDetails) -> list[str]:
    return [
        text
        for text in (
            features_line(details),
            calls_line(details),
            networks_line(details),
            activation_line(details),
        )
        if text
    ]
