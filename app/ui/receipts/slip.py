"""The install slip: for a traveller who installs the eSIM later, the QR and the two codes
for typing by hand, three lines of instructions in the traveller's language, and a plain
warning that whoever holds the slip can install the eSIM.

The QR is the app's own matrix (``qr_widget.qr_matrix``: error correction M, quiet zone
4) painted module by module in whole device pixels, never a scaled bitmap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPainter

from app.core.plan_details import Activation, PlanDetails, networks_text
from app.ui.qr_widget import qr_matrix
from app.ui.receipts.canvas import Canvas, Edge, Painted
from app.ui.receipts.data import InstallSlipData
from app.ui.receipts.words import in_language

CONTEXT = "InstallSlip"
QR_SIDE_MM = 45  # a phone camera reads it from 20-30 cm; fits a 58 mm roll with air

WORDS = {
    "title": QT_TRANSLATE_NOOP("InstallSlip", "Install your eSIM"),
    "private": QT_TRANSLATE_NOOP("InstallSlip", "Keep this private — it installs your eSIM"),
    "private_why": QT_TRANSLATE_NOOP(
        "InstallSlip", "Anyone with this slip can install it, once. Do not share or post it."
    ),
    "step1": QT_TRANSLATE_NOOP(
        "InstallSlip",
        "1. Connect to Wi-Fi, then open Settings → Mobile data (Cellular) → Add eSIM.",
    ),
    "step2": QT_TRANSLATE_NOOP(
        "InstallSlip",
        "2. Choose “Use QR code” and scan this code, or type the two codes below.",
    ),
    "step3": QT_TRANSLATE_NOOP(
        "InstallSlip",
        "3. On arrival, switch this eSIM on for mobile data and turn data roaming on.",
    ),
    "smdp": QT_TRANSLATE_NOOP("InstallSlip", "SM-DP+ address"),
    "code": QT_TRANSLATE_NOOP("InstallSlip", "Activation code"),
    # About the plan (issue 17): only what the provider said.
    "about": QT_TRANSLATE_NOOP("InstallSlip", "Your plan"),
    "networks": QT_TRANSLATE_NOOP("InstallSlip", "Networks: %1"),
    "countries": QT_TRANSLATE_NOOP("InstallSlip", "Countries covered: %1"),
    "first_use": QT_TRANSLATE_NOOP(
        "InstallSlip", "Its days start when the eSIM first connects at your destination."
    ),
    "immediate": QT_TRANSLATE_NOOP(
        "InstallSlip", "Its days start as soon as the eSIM is installed."
    ),
    "5g": QT_TRANSLATE_NOOP("InstallSlip", "5G where the network offers it."),
    "top_up": QT_TRANSLATE_NOOP("InstallSlip", "More data: it can be topped up at this counter."),
    "data_only": QT_TRANSLATE_NOOP(
        "InstallSlip", "Data only: no calls or SMS. Call and text with internet apps."
    ),
    "voice": QT_TRANSLATE_NOOP("InstallSlip", "Calls and SMS are included."),
    "number": QT_TRANSLATE_NOOP("InstallSlip", "It comes with a phone number of its own."),
}
MAX_COUNTRIES_LISTED = 3  # a regional plan's 40 countries would fill the roll


def paint_slip(painter: QPainter, data: InstallSlipData, width: int, dpi: int) -> Painted:
    """Paint the slip in a column ``width`` device pixels wide at ``dpi``."""
    canvas = Canvas(painter, width, dpi, data.language)

    def word(key: str) -> str:
        return in_language(data.language, CONTEXT, str(WORDS[key]))

    canvas.banner([(word("private"), 10, True), (word("private_why"), 7.5, False)], "private")
    canvas.gap(2)
    canvas.text(word("title"), 14, Edge.CENTRE, bold=True)
    canvas.text(f"{data.destination} — {data.plan}", 9, Edge.CENTRE)
    canvas.gap(2)
    canvas.qr(qr_matrix(data.lpa), QR_SIDE_MM)
    canvas.gap(1)
    for step in ("step1", "step2", "step3"):
        canvas.text(word(step), 8.5)
        canvas.gap(0.5)
    canvas.rule()
    canvas.text(word("smdp"), 7.5)
    canvas.text(data.smdp_address, 10, mono=True, anywhere=True, role="smdp")
    canvas.gap(1)
    canvas.text(word("code"), 7.5)
    canvas.text(data.activation_code, 10, mono=True, anywhere=True, role="code")
    if data.details is not None and (facts := plan_facts(data.details, word)):
        canvas.rule()
        canvas.text(word("about"), 8.5, bold=True)
        for fact in facts:
            canvas.text(fact, 7.5)
    return canvas.finish()


def plan_facts(details: PlanDetails, word: Callable[[str], str]) -> list[str]:
    """The plan's details for the traveller, in their language (``word``)."""
    facts: list[str] = []
    countries = details.countries
    if 0 < len(countries) <= MAX_COUNTRIES_LISTED:
        for country in countries:
            networks = networks_text(details.operators_in(country))
            line = word("networks").replace("%1", networks)
            facts.append(line if len(countries) == 1 else f"{country} — {line}")
    elif countries:
        facts.append(word("countries").replace("%1", str(len(countries))))
    if details.activation is Activation.FIRST_USE:
        facts.append(word("first_use"))
    elif details.activation is Activation.IMMEDIATE:
        facts.append(word("immediate"))
    if details.five_g:
        facts.append(word("5g"))
    if details.rechargeable:
        facts.append(word("top_up"))
    if details.voice is False:
        facts.append(word("data_only"))
    elif details.voice:
        facts.append(word("voice"))
    if details.phone_number:
        facts.append(word("number"))
    return facts
