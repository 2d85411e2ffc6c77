"""The install slip: for a traveller who installs the eSIM later, the QR and the two codes
for typing by hand, three lines of instructions in the traveller's language, and a plain
warning that whoever holds the slip can install the eSIM.

The QR is the app's own matrix (``qr_widget.qr_matrix``: error correction M, quiet zone
4) painted module by module in whole device pixels, never a scaled bitmap.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPainter

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
}


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
    return canvas.finish()
