"""The checks behind ``--smoke-test``: the painted QR against the expected matrix, a real
decoder, the keyring backend, the translations bundled with this build and a receipt
printed to PDF and encoded for a thermal printer."""

from __future__ import annotations

import importlib
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from app.ui import i18n

KEYRING_BACKENDS = {
    # platform: (keyring entry point, the module its backend cannot work without)
    "win32": ("Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("macOS", "keyring.backends.macOS.api"),
    "linux": ("SecretService", "secretstorage"),
}


class SmokeFailure(Exception):
    """A check failed; the message says which, in words."""


def painted_modules(image: QImage, count: int, module: int) -> list[list[bool]]:
    """The module matrix painted centred in ``image`` (device pixels), dark = True.

    Mirrors ``QrWidget.paintEvent``: ``count`` modules of ``module`` pixels, the symbol
    centred and its origin snapped to a whole pixel. Each module is read at its centre.
    """
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    side = module * count
    left = round((gray.width() - side) / 2)
    top = round((gray.height() - side) / 2)
    if left < 0 or top < 0:
        raise SmokeFailure("the QR code does not fit in its widget")
    half = module // 2
    return [
        [
            gray.pixelColor(left + col * module + half, top + row * module + half).value() < 128
            for col in range(count)
        ]
        for row in range(count)
    ]


def check_qr_pixels(widget: QWidget, expected: list[list[bool]], module: int) -> None:
    """The QR painted on ``widget`` is ``expected``, module for module, in sharp pixels."""
    if module < 2:
        raise SmokeFailure(f"QR modules are {module} px: too small for a phone camera")
    image = widget.grab().toImage()
    painted = painted_modules(image, len(expected), module)
    wrong = sum(
        a != b
        for row_a, row_b in zip(painted, expected, strict=True)
        for a, b in zip(row_a, row_b, strict=True)
    )
    if wrong:
        raise SmokeFailure(
            f"the painted QR differs from the QR of the LPA string in {wrong} modules"
        )


def zxing_decode(widget: QWidget) -> list[str] | None:
    """Every QR code zxing-cpp reads in a screenshot of ``widget``; None without zxing."""
    try:
        import zxingcpp
    except ImportError:
        return None
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    only_qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found = zxingcpp.read_barcodes(image, formats=only_qr)
    return [barcode.text for barcode in found]


def check_keyring(platform: str = sys.platform) -> str:
    """The keyring backend this OS needs is registered and its dependency loads."""
    key = "linux" if platform.startswith("linux") else platform
    if key not in KEYRING_BACKENDS:
        return "no keyring backend expected"
    name, needs = KEYRING_BACKENDS[key]
    points = {ep.name for ep in metadata.entry_points(group="keyring.backends")}
    if name not in points:
        raise SmokeFailure(f"keyring backend {name} is not registered (entry points: {points})")
    try:
        importlib.import_module(needs)
    except ImportError as exc:
        raise SmokeFailure(f"keyring backend {name} cannot load {needs}: {exc}") from exc
    return f"keyring backend {name}"


def check_translations() -> str:
    """Qt's own catalogue (standard buttons, dialogs) loads for every language shipped,
    and so does each catalogue of the counter's own strings that the source tree has."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    languages = [code for code in i18n.SHIPPED if code != "en"]
    missing = [code for code in languages if not QTranslator().load(f"qtbase_{code}", folder)]
    if missing:
        raise SmokeFailure(f"Qt's translations for {', '.join(missing)} are not in {folder}")
    own_folder = i18n.OWN_TRANSLATIONS
    own = sorted(p.stem.rsplit("_", 1)[-1] for p in own_folder.glob("*.qm"))
    broken = [
        code for code in own if not QTranslator().load(f"esim_counter_{code}", str(own_folder))
    ]
    if not own or broken:
        raise SmokeFailure(f"the counter's own translations do not load from {own_folder}")
    return f"Qt translations {' '.join(languages)}; counter translations {' '.join(own)}"


def check_receipts(folder: Path, iccid: str, lpa: str) -> str:
    """A receipt of the sale printed to PDF, and the same receipt and its install slip
    encoded for a thermal printer by python-escpos: proves Qt's PDF writer, Pillow and
    python-escpos (with its printer profiles) are in the bundle and work."""
    from dataclasses import replace

    from escpos.printer import Dummy

    from app.core.activation import ActivationCode
    from app.ui.receipts import pdf, sample, thermal
    from app.ui.receipts.render import ROLL_DOTS, receipt_image, slip_image

    data = replace(sample.receipt(number=1), iccids=(iccid,))
    code = ActivationCode.parse(lpa)
    slip = replace(
        sample.slip(), lpa=lpa, smdp_address=code.smdp_address, activation_code=code.matching_id
    )
    written = pdf.write(folder / "receipts", pdf.receipt_file_name(data), pdf.receipt_pdf(data))
    content = written.read_bytes()
    if not (content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")):
        raise SmokeFailure(f"the receipt PDF {written} is not a whole PDF file")
    checks = [f"receipt PDF {len(content)} bytes"]
    printer = Dummy()
    dots = ROLL_DOTS[80]
    thermal.fit_profile(printer, dots)
    slip_picture = slip_image(slip, dots)[0]
    for picture in (receipt_image(data, dots)[0], slip_picture):
        printer.image(thermal.to_bitmap(picture), impl="bitImageRaster")
        printer.cut()
    if printer.output.count(b"\x1dv0") < 2:
        raise SmokeFailure("python-escpos did not encode the receipt as a raster image")
    checks.append(f"thermal raster {len(printer.output)} bytes")
    try:
        import zxingcpp
    except ImportError:
        return "; ".join(checks)
    only_qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    gray = slip_picture.convertToFormat(QImage.Format.Format_Grayscale8)
    found = [b.text for b in zxingcpp.read_barcodes(gray, formats=only_qr)]
    if found != [lpa]:
        raise SmokeFailure(f"zxing-cpp read {found} on the install slip, not {lpa!r}")
    checks.append("install slip QR read")
    return "; ".join(checks)
