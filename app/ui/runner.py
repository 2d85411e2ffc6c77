"""The one way work leaves the GUI thread.

``Runner.run(fn, on_done, on_error)`` runs ``fn`` on a thread pool; its result or exception
comes back through queued signals to the Runner, which lives in the GUI thread, so the
callbacks always run there. Workers never touch widgets. ``shutdown()`` drops queued
tasks, flags running ones as cancelled and waits for them, so quitting never leaves a
thread running.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


@dataclass
class CancelToken:
    _event: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if cancelled meanwhile (for pollers' backoff)."""
        return self._event.wait(seconds)


class _Task(QRunnable):
    def __init__(self, runner: Runner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._id = task_id
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure must reach the GUI, whatever it is
            self._runner._failed.emit(self._id, exc)
        else:
            self._runner._done.emit(self._id, result)


class Runner(QObject):
    _done = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, CancelToken]] = {}
        self._closed = False
        self._done.connect(self._on_done)
        self._failed.connect(self._on_failed)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        with_token: bool = False,
    ) -> CancelToken:
        """Run ``fn()`` (or ``fn(token)`` with ``with_token``) off the GUI thread."""
        token = CancelToken()
        if self._closed:
            token.cancel()
            return token
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error, token)
        call = (lambda: fn(token)) if with_token else fn
        self._pool.start(_Task(self, task_id, call))
        return token

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        on_done, _, token = self._finish(task_id)
        if on_done is not None and not token.cancelled:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, error: object) -> None:
        _, on_error, token = self._finish(task_id)
        if isinstance(error, Cancelled) or token.cancelled:
            return
        if on_error is None:
            log.error("background task failed", exc_info=error)  # type: ignore[arg-type]
            return
        on_error(error)  # type: ignore[arg-type]

    def _finish(self, task_id: int) -> tuple[Done | None, Failed | None, CancelToken]:
        return self._callbacks.pop(task_id, (None, None, CancelToken()))

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel what has not started, flag what has, wait for it. True if all ended."""
        self._closed = True
        self._pool.clear()
        for _, _, token in self._callbacks.values():
            token.cancel()
        finished = self._pool.waitForDone(timeout_ms)
        if not finished:
            log.warning("background work still running at shutdown")
        return finished
