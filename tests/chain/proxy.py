"""A TCP proxy for cutting the link to PostgreSQL in tests: every counter connects to the
proxy's port, the proxy forwards to the real server, and ``cut()`` drops every open
connection at once and turns new ones away (accepted, then closed at once, the way a
dead router or a pulled cable looks to libpq) until ``restore()``.

Plain threads and blocking sockets: one accept loop, one pump thread per direction of
each connection. Nothing here is clever; it only has to be dependable under a load test.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from types import TracebackType


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server((host, 0))
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._cut = False
        self._closed = False
        self.accepted = 0  # connections forwarded (a test can see the counters came back)
        self.refused = 0  # connections turned away while cut
        self._thread = threading.Thread(target=self._accept_loop, name="tcp-proxy", daemon=True)
        self._thread.start()

    # -- control -------------------------------------------------------------------------

    @property
    def is_cut(self) -> bool:
        return self._cut

    def cut(self) -> None:
        """Drop every forwarded connection now and refuse new ones until restore()."""
        with self._lock:
            self._cut = True
            doomed = list(self._open)
            self._open.clear()
        for sock in doomed:
            _kill(sock)

    def restore(self) -> None:
        with self._lock:
            self._cut = False

    def close(self) -> None:
        self._closed = True
        self.cut()
        _kill(self._listener)
        self._thread.join(timeout=5)

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the work ------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # the listener was closed
            if self._cut:
                self.refused += 1
                _kill(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _kill(client)
                continue
            with self._lock:
                if self._cut:  # cut while we were connecting
                    self.refused += 1
                    _kill(client)
                    _kill(upstream)
                    continue
                self._open.update((client, upstream))
                self.accepted += 1
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, sink), name="tcp-proxy-pump", daemon=True
                ).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                self._open.discard(source)
                self._open.discard(sink)
            _kill(source)
            _kill(sink)


def _kill(sock: socket.socket) -> None:
    """Close at once with a reset, so the far end sees the link die, not a polite EOF."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
