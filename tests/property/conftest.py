"""Hypothesis set-up for the hostile-answer properties.

One deterministic profile (``derandomize=True``): CI runs the same examples every time,
no deadline (the machine is shared), and each test sets its own ``max_examples``; they add
up to several thousand. The number of examples actually run is printed at the end.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import httpx
import pytest

from .hostile import EXAMPLES, ReportCheck
from .http_server import Script, handler

NET: Counter[str] = Counter()


class _NetWatch(logging.Handler):
    """Counts what the last-resort net in app.providers.base had to catch, by type."""

    def emit(self, record: logging.LogRecord) -> None:
        real_client = record.getMessage().startswith(("EsimflyProvider", "OctopusProvider"))
        if real_client and record.exc_info and record.exc_info[1] is not None:
            NET[f"{record.getMessage()}: {type(record.exc_info[1]).__name__}"] += 1


@pytest.fixture(scope="session", autouse=True)
def _watch_the_net() -> Iterator[None]:
    watch = _NetWatch(logging.WARNING)
    logger = logging.getLogger("app.providers.base")
    logger.addHandler(watch)
    yield
    logger.removeHandler(watch)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not EXAMPLES:
        return
    terminalreporter.section("hostile provider answers")
    for name, runs in sorted(EXAMPLES.items()):
        terminalreporter.write_line(f"{runs:6d}  {name}")
    terminalreporter.write_line(f"{sum(EXAMPLES.values()):6d}  examples in all")
    for what, times in sorted(NET.items()):
        terminalreporter.write_line(f"{times:6d}  caught by the safety net: {what}")


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Script]]:
    script = Script()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler(script))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as http_client:
        yield http_client


@pytest.fixture(scope="module")
def report() -> Iterator[ReportCheck]:
    check = ReportCheck()
    yield check
    check.render()
    check.close()
