"""A real HTTP server for the sandbox (tests, the training room), stdlib only.

It carries out the network faults for real: ``reset`` closes the socket with
SO_LINGER 0 so the peer gets an RST; ``truncated`` announces the full Content-Length,
sends half of the body and closes; ``delay`` waits in the handler thread (woken early
when the server closes). wsgiref's per-request stderr lines go to ``logging`` at
DEBUG, and a client that hung up mid-answer is not an error worth a traceback.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import struct
import sys
import threading
from collections.abc import Iterable
from socketserver import TCPServer, ThreadingMixIn
from types import TracebackType
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer

from app.sandbox.wsgi import WIRE_KEY

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

logger = logging.getLogger(__name__)
_CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class _SocketWire:
    def __init__(self, connection: socket.socket, stop: threading.Event) -> None:
        self.connection = connection
        self.stop = stop
        self.network_fault: str | None = None

    def wait(self, seconds: float) -> None:
        self.stop.wait(seconds)

    def client_gone(self) -> bool:
        if self.stop.is_set():
            return True
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            # The request was read in full, so a readable socket means EOF or an RST.
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True


class _FaultAwareHandler(ServerHandler):
    # Set by wsgiref's run() and by our request handler; typeshed leaves them out.
    result: Iterable[bytes]
    request_handler: WSGIRequestHandler

    def __init__(self, *args: Any, wire: _SocketWire, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wire = wire

    def finish_response(self) -> None:
        if self.wire.network_fault is None:
            super().finish_response()
            return
        try:
            if self.wire.network_fault == "truncated":
                body = b"".join(self.result)
                self.send_headers()  # Content-Length already announces the full body
                self._write(body[: len(body) // 2])
                self._flush()
            else:
                self.request_handler.rfile.close()  # drop the makefile() reference first
                linger = struct.pack("ii", 1, 0)
                self.wire.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                self.wire.connection.close()
        finally:
            self.close()

    def log_exception(self, exc_info: Any) -> None:
        logger.error("sandbox server error", exc_info=exc_info)


class _RequestHandler(WSGIRequestHandler):
    # An idle or stalled client must not be able to pin ServerHandle.close() forever.
    timeout = 30

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def handle(self) -> None:
        # As WSGIRequestHandler.handle, plus the wire the app uses for network faults.
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = self.request_version = self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        server: _ThreadingServer = self.server  # type: ignore[assignment]
        wire = _SocketWire(self.connection, server.stop_event)
        environ = self.get_environ()
        environ[WIRE_KEY] = wire
        handler = _FaultAwareHandler(
            self.rfile, self.wfile, self.get_stderr(), environ, multithread=True, wire=wire
        )
        handler.request_handler = self
        handler.run(server.get_app())  # type: ignore[arg-type]


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    block_on_close = True  # close() waits for handler threads (they wake on stop_event)

    def __init__(self, address: tuple[str, int], ipv6: bool) -> None:
        self.address_family = socket.AF_INET6 if ipv6 else socket.AF_INET
        self.stop_event = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would reverse-resolve the host name; nothing needs it.
        TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)
        self.setup_environ()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def abort_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, _CLIENT_GONE) or (isinstance(exc, OSError) and exc.errno == 9):
            logger.debug("client %s went away: %r", client_address, exc)
        else:
            logger.error("error serving %s", client_address, exc_info=True)


class ServerHandle:
    """A running sandbox server; close() stops it and joins its threads."""

    def __init__(self, server: _ThreadingServer, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        self._closed = False
        host, port = server.server_address[:2]
        self.host: str = str(host)
        self.port: int = int(port)
        shown = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"http://{shown}:{self.port}"

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._server.stop_event.set()
        self._server.shutdown()  # stops serve_forever and waits for it
        self._server.abort_connections()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ServerHandle({self.url!r})"


def serve(sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0) -> ServerHandle:
    """Start serving ``sandbox`` in a background thread; it accepts connections on return."""
    server = _ThreadingServer((host, port), ipv6=":" in host)
    server.set_app(sandbox.wsgi_app)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name=f"sandbox-server-{server.server_address[1]}",
        daemon=True,
    )
    thread.start()
    return ServerHandle(server, thread)
