"""The one way work leaves the GUI thread.

``Runner.run(fn, on_done, on_error)`` runs ``fn`` on a worker thread (app/ui/workers.py); its
result or exception waits for the GUI thread, which a queued signal carrying only the task id
wakes, so the callbacks always run there and every Python object of the task (the work, its
result, its owner) is released there. Workers never touch widgets.

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
from PySide6.QtCore import QObject, Signal, Slot

from app.ui.workers import WorkerPool

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
    # The work itself, held here so that its closure is released in the GUI thread.
    call: Callable[[], Any] | None = None


class Runner(QObject):
    # Only the task id crosses threads; the outcome waits in ``_outcomes`` (see workers.py).
    _finished = Signal(int)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = WorkerPool(max_threads)
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[bool, object]] = {}
        self._ids = itertools.count(1)
        self._watched: set[int] = set()
        self._entries: dict[int, _Entry] = {}
        self._keys: dict[str, int] = {}
        self._closed = False
        self._finished.connect(self._on_finished)

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
        call = partial(fn, token) if with_token else fn
        entry = _Entry(on_done, on_error, token, owner, self._watch(owner), key, call)
        if key is not None:
            older = self._keys.get(key)
            if older is not None and older in self._entries:
                self._entries[older].token.cancel()
            self._keys[key] = task_id
        self._entries[task_id] = entry
        # The job holds only the id and the token: the entry (the work, the owner) stays with
        # the GUI thread, which alone drops it.
        self._pool.start(partial(self._work, task_id, token), priority)
        return token

    def _work(self, task_id: int, token: CancelToken) -> None:
        """In a worker thread: run the task, park its outcome, tell the GUI thread."""
        entry = self._entries.get(task_id)  # a plain read: only the GUI thread writes
        call = entry.call if entry is not None else None
        del entry
        try:
            # Cancelled while queued (owner closed, superseded): the work is not done at all.
            token.check()
            if call is None:
                raise Cancelled
            outcome: tuple[bool, object] = (True, call())
        except BaseException as exc:  # every failure must reach the GUI, whatever it is
            outcome = (False, exc)
        del call
        with self._lock:
            self._outcomes[task_id] = outcome
        del outcome
        try:
            self._finished.emit(task_id)
        except RuntimeError:  # the Runner itself is gone (shut down and destroyed)
            log.debug("background task %d finished after its runner went", task_id)

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

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        with self._lock:
            succeeded, value = self._outcomes.pop(task_id, (False, Cancelled()))
        if succeeded:
            self._on_done(task_id, value)
        else:
            self._on_failed(task_id, value)

    def _on_done(self, task_id: int, result: object) -> None:
        entry = self._finish(task_id)
        if entry is not None and entry.on_done is not None and self._wanted(entry):
            entry.on_done(result)

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
        finished = self._pool.wait_for_done(timeout_ms / 1000)
        if not finished:
            log.warning("background work still running at shutdown")
        return finished
