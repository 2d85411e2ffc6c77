"""A fake ESC/POS network printer for the tests, and a decoder of what it received.

The printer is a real TCP server on 127.0.0.1 (an ephemeral port) that keeps every byte
of every connection and answers the paper sensor query (DLE EOT 4) like a printer with
paper, or without. The decoder reads ``GS v 0`` raster images back into pictures, one
per cut, so the tests see what would have come out on paper.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field

from PIL import Image

PAPER_STATUS = b"\x10\x04\x04"  # DLE EOT 4
PAPER_OK = b"\x12"
PAPER_OUT = b"\x72"  # the "no paper" bits python-escpos checks (mask 114)
RASTER = b"\x1dv0"  # GS v 0 m xL xH yL yH d1...dk
CUT = b"\x1dV"  # GS V m [n]


@dataclass
class FakePrinter:
    paper: bytes = PAPER_OK
    jobs: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        host, port = self._server.getsockname()[:2]
        return f"{host}:{port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                self._receive(conn)

    def _receive(self, conn: socket.socket) -> None:
        data = bytearray()
        answered = 0
        while True:
            try:
                chunk = conn.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
            # Answer each status query once, as a printer does.
            while (found := data.find(PAPER_STATUS, answered)) >= 0:
                conn.sendall(self.paper)
                answered = found + len(PAPER_STATUS)
        with self._lock:
            self.jobs.append(bytes(data))

    def received(self) -> int:
        with self._lock:
            return len(self.jobs)

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(timeout=5)


def decode_raster(stream: bytes) -> list[Image.Image]:
    """Every printed image in ``stream``: raster fragments stacked until each cut."""
    pages: list[Image.Image] = []
    current: list[Image.Image] = []
    i = 0
    while i < len(stream):
        if stream.startswith(RASTER, i):
            width_bytes = stream[i + 4] | stream[i + 5] << 8
            height = stream[i + 6] | stream[i + 7] << 8
            start = i + 8
            data = stream[start : start + width_bytes * height]
            assert len(data) == width_bytes * height, "a raster image was cut short"
            # Bit set = a dot burnt = black; PIL's "1" mode has 1 = white.
            inverted = bytes(b ^ 0xFF for b in data)
            current.append(Image.frombytes("1", (width_bytes * 8, height), inverted))
            i = start + len(data)
        elif stream.startswith(CUT, i):
            if current:
                pages.append(_stack(current))
                current = []
            i += len(CUT)
        else:
            i += 1
    if current:
        pages.append(_stack(current))
    return pages


def _stack(parts: list[Image.Image]) -> Image.Image:
    width = max(p.width for p in parts)
    out = Image.new("1", (width, sum(p.height for p in parts)), 1)
    top = 0
    for part in parts:
        out.paste(part, (0, top))
        top += part.height
    return out
