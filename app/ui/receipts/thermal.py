"""ESC/POS thermal printers through python-escpos: the receipt as one raster image.

Printers' own fonts know a few code pages and no Arabic shaping; an image prints every
script exactly as Qt lays it out (docs/decisions.md). The image is the layout painted at
203 dpi across the roll's printable dots (384 on 58 mm, 576 on 80 mm), thresholded to
black and white and sent with ``GS v 0``, then the paper is cut.

:func:`send` blocks on the network, USB or serial port: the caller runs it in the Runner,
never on the GUI thread. Every failure becomes a :class:`~app.core.errors.PrinterError`.
"""

from __future__ import annotations

import copy
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PIL import Image
from PySide6.QtGui import QImage

from app.core.errors import (
    PrinterError,
    PrinterPaperOutError,
    PrinterSetupError,
    PrinterUnreachableError,
)
from app.logs import APP_NAME
from app.ui.receipts.render import ROLL_DOTS

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
STATUS_TIMEOUT_S = 1.0  # a printer that does not answer DLE EOT is printed to anyway
DEFAULT_PORT = 9100  # the raw printing port of every network receipt printer
_THRESHOLD = [0] * 128 + [255] * 128  # grey below the middle burns a dot


@dataclass(frozen=True, slots=True)
class ThermalPrinter:
    """Where the printer is: ``connection`` network / usb / serial and its ``address``
    (``host[:port]``, ``vendor:product`` in hex, or a port such as ``COM3``)."""

    connection: str
    address: str
    paper_mm: int = 80

    @property
    def dots(self) -> int:
        return ROLL_DOTS[self.paper_mm]

    def describe(self) -> str:
        return f"USB {self.address}" if self.connection == "usb" else self.address

    def open(self) -> Any:
        """A python-escpos printer for this address, not yet connected."""
        _pickle_dir()
        from escpos import printer  # loaded on first print: start-up stays fast

        address = self.address.strip()
        if not address:
            raise PrinterSetupError("no printer address is set", where=self.connection)
        if self.connection == "network":
            host, _, port = address.rpartition(":") if ":" in address else (address, "", "")
            try:
                number = int(port) if port else DEFAULT_PORT
            except ValueError:
                raise PrinterSetupError(f"not a port: {port!r}", where=address) from None
            device: Any = printer.Network(host or address, number, timeout=CONNECT_TIMEOUT_S)
        elif self.connection == "usb":
            vendor, _, product = address.partition(":")
            try:
                ids = int(vendor, 16), int(product, 16)
            except ValueError:
                raise PrinterSetupError(
                    "USB ids are vendor:product in hex", where=address
                ) from None
            if not printer.Usb.is_usable():
                raise PrinterSetupError("pyusb is missing", where=address)
            device = printer.Usb(*ids, timeout=CONNECT_TIMEOUT_S * 1000)
        elif self.connection == "serial":
            if not printer.Serial.is_usable():
                raise PrinterSetupError("pyserial is missing", where=address)
            device = printer.Serial(address, timeout=CONNECT_TIMEOUT_S)
        else:
            raise PrinterSetupError(f"unknown connection {self.connection!r}")
        fit_profile(device, self.dots)
        return device


def fit_profile(device: Any, dots: int) -> None:
    """Tell the printer's profile the roll's width: the default profile knows none (and
    says so on stdout at every image). A copy: profiles are shared between printers."""
    data = copy.deepcopy(device.profile.profile_data)
    data["media"]["width"]["pixels"] = dots
    data["media"]["dpi"] = 203
    device.profile.profile_data = data


def _pickle_dir() -> None:
    """python-escpos caches its printer profiles in a new temporary folder at every start
    unless told where; one folder in the counter's cache instead of litter in the temp."""
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
        folder = Path(platformdirs.user_cache_dir(APP_NAME, APP_NAME)) / "escpos"
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)


def to_bitmap(image: QImage) -> Image.Image:
    """A black-and-white PIL image of ``image``: thresholded, not dithered, so text and
    QR modules keep clean edges on thermal paper."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())[: stride * height]
    pil = Image.frombuffer("L", (width, height), raw, "raw", "L", stride, 1)
    return pil.point(_THRESHOLD).convert("1", dither=Image.Dither.NONE)


def send(target: ThermalPrinter, bitmaps: list[Image.Image]) -> None:
    """Print each bitmap (receipt, then install slip; see :func:`to_bitmap`) and cut
    after each. Blocking: run it in the Runner."""
    where = target.describe()
    device = target.open()
    try:
        _connect(device)
        _check_paper(device)
        for bitmap in bitmaps:
            if bitmap.width > target.dots:
                raise PrinterSetupError("image wider than the roll", where=where)
            device.image(bitmap, impl="bitImageRaster")
            device.cut()
    except PrinterError:
        raise
    except Exception as exc:  # escpos, socket, pyusb and pyserial raise their own kinds
        raise _printer_error(exc, where) from exc
    finally:
        try:
            device.close()
        except Exception:  # closing a dead connection must not hide why it died
            log.debug("closing the receipt printer failed", exc_info=True)


def _connect(device: Any) -> None:
    """Open the connection. A network socket is made here rather than by python-escpos,
    which leaves its socket unclosed when the connection is refused."""
    from escpos import printer

    if isinstance(device, printer.Network):
        device.device = socket.create_connection((device.host, device.port), timeout=device.timeout)
    else:
        device.open()


def _check_paper(device: Any) -> None:
    """Ask the printer for its paper sensor (DLE EOT 4); no answer means print anyway."""
    sock = device.device if isinstance(device.device, socket.socket) else None
    old = sock.gettimeout() if sock is not None else None
    try:
        if sock is not None:
            sock.settimeout(STATUS_TIMEOUT_S)
        status = device.paper_status()
    except (TimeoutError, OSError, NotImplementedError) as exc:
        log.info("the receipt printer did not report its paper: %s", exc)
        return
    except Exception as exc:  # USB and serial time out with their own errors
        log.info("the receipt printer did not report its paper: %s", exc)
        return
    finally:
        if sock is not None:
            sock.settimeout(old)
    if status == 0:
        raise PrinterPaperOutError()


def _printer_error(exc: BaseException, where: str) -> PrinterError:
    from escpos import exceptions as escpos_errors

    log.warning("receipt printer %s failed: %r", where, exc)
    if isinstance(exc, escpos_errors.DeviceNotFoundError | ConnectionError | TimeoutError):
        return PrinterUnreachableError(str(exc), where=where)
    if isinstance(exc, OSError):
        return PrinterUnreachableError(str(exc), where=where)
    return PrinterError(str(exc), where=where)
