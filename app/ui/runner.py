"""The one way work leaves the GUI thread.

``Runner.run(fn, on_done, on_error)`` runs ``fn`` on a thread pool; its result or exception
comes back through queued signals to the Runner, which lives in the GUI thread, so the
callbacks always run there. Workers never touch widgets.

Work is owned by its widget (Electrum's ``WaitingDialog``): with ``owner=`` a result whose
owner was destroyed is dropped, and destroying or closing the owner (``cancel_owner``)
cancels its work that has not started. With ``key=`` a newer request supersedes an older
one of the same key (only the newest answer is shown). ``priority=`` orders work still
queued: a sale goes before background reads. ``shutdown()`` drops queued tasks, flags
running ones as cancelled and waits for them, so quitting never leaves a thread running.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

# Queued work starts in this order (higher first); running work is never pre-empted.
SALE = 10  # a sale the clerk is waiting for, with a traveller at the counter
DEFAULT = 0  # what the clerk just asked for: plans of a destination, a check
BACKGROUND = -10  # reads nobody waits on: balances, history pages, reports, the keyring

_OWNER_PROPERTY = "_runnerOwnerId"  # kept on the C++ object, which outlives its wrapper
_owner_ids = itertools.count(1)  # one sequence for every Runner: an id names one owner


class Cancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


@dataclass
class CancelToken:
    """Set when the task's result is no longer wanted. A task given one with
    ``with_token=True`` may check it between steps (or wait on it) and stop early."""

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


@dataclass
class _Entry:
    on_done: Done | None
    on_error: Failed | None
    token: CancelToken
    owner: QObject | None = None
    owner_id: int | None = None
    key: str | None = None


class _Task(QRunnable):
    def __init__(
        self, runner: Runner, task_id: int, fn: Callable[[], Any], token: CancelToken
    ) -> None:
        super().__init__()
        self._runner = runner
        self._id = task_id
        self._fn = fn
        self._token = token
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            # Cancelled while queued (owner closed, superseded): the work is not done at all.
            self._token.check()
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
        self._watched: set[int] = set()
        self._entries: dict[int, _Entry] = {}
        self._keys: dict[str, int] = {}
        self._closed = False
        self._done.connect(self._on_done)
        self._failed.connect(self._on_failed)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        owner: QObject | None = None,
        key: str | None = None,
        priority: int = DEFAULT,
        with_token: bool = False,
    ) -> CancelToken:
        """Run ``fn()`` (or ``fn(token)`` with ``with_token``) off the GUI thread."""
        token = CancelToken()
        if self._closed or (owner is not None and not shiboken6.isValid(owner)):
            token.cancel()
            return token
        task_id = next(self._ids)
        entry = _Entry(on_done, on_error, token, owner, self._watch(owner), key)
        if key is not None:
            older = self._keys.get(key)
            if older is not None and older in self._entries:
                self._entries[older].token.cancel()
            self._keys[key] = task_id
        self._entries[task_id] = entry
        call = partial(fn, token) if with_token else fn
        self._pool.start(_Task(self, task_id, call, token), priority)
        return token

    def cancel_owner(self, owner: QObject) -> None:
        """Drop the callbacks of ``owner``'s work and cancel what has not started (a
        dialog calls this when it closes; its destruction does it too)."""
        if shiboken6.isValid(owner):
            owner_id = owner.property(_OWNER_PROPERTY)
            if isinstance(owner_id, int):
                self._cancel_owner_id(owner_id)

    def pending(self, owner: QObject | None = None) -> int:
        """How many tasks (of ``owner``) have not reported back yet and still count."""
        return sum(
            1
            for entry in self._entries.values()
            if not entry.token.cancelled and (owner is None or entry.owner is owner)
        )

    def outstanding(self) -> int:
        """Tasks that have not reported back yet, wanted or not (tests wait on this)."""
        return len(self._entries)

    def _watch(self, owner: QObject | None) -> int | None:
        if owner is None:
            return None
        owner_id = owner.property(_OWNER_PROPERTY)
        if not isinstance(owner_id, int):
            owner_id = next(_owner_ids)
            owner.setProperty(_OWNER_PROPERTY, owner_id)
        if owner_id not in self._watched:
            self._watched.add(owner_id)
            # A partial, not a lambda over the owner: the signal fires mid-destruction.
            owner.destroyed.connect(partial(self._cancel_owner_id, owner_id))
        return owner_id

    def _cancel_owner_id(self, owner_id: int, *_: object) -> None:
        if _:  # from ``destroyed``: this owner is gone for good
            self._watched.discard(owner_id)
        for entry in self._entries.values():
            if entry.owner_id == owner_id:
                entry.token.cancel()
                entry.owner = None  # let the wrapper go; the callback is never called

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        entry = self._finish(task_id)
        if entry is not None and entry.on_done is not None and self._wanted(entry):
            entry.on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, error: object) -> None:
        entry = self._finish(task_id)
        if entry is None or isinstance(error, Cancelled) or not self._wanted(entry):
            return
        if entry.on_error is None:
            log.error("background task failed", exc_info=error)  # type: ignore[arg-type]
            return
        entry.on_error(error)  # type: ignore[arg-type]

    @staticmethod
    def _wanted(entry: _Entry) -> bool:
        if entry.token.cancelled:
            return False
        return entry.owner_id is None or (
            entry.owner is not None and shiboken6.isValid(entry.owner)
        )

    def _finish(self, task_id: int) -> _Entry | None:
        entry = self._entries.pop(task_id, None)
        if entry is not None and entry.key is not None and self._keys.get(entry.key) == task_id:
            del self._keys[entry.key]
        return entry

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel what has not started, flag what has, wait for it. True if all ended."""
        self._closed = True
        self._pool.clear()
        for entry in self._entries.values():
            entry.token.cancel()
        finished = self._pool.waitForDone(timeout_ms)
        if not finished:
            log.warning("background work still running at shutdown")
        return finished
