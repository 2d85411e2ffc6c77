"""The counter's push loop (issue 16): :class:`ChainSync` runs :class:`Pusher` on its own
daemon thread, every ``interval_s`` while in sync, at once after :meth:`ChainSync.push_now`,
and with exponential backoff and jitter (capped at a minute) while PostgreSQL cannot be
reached. The window's sync indicator and the headless counter read its status."""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from app.chain.connection import ChainError
from app.chain.push import Pusher
from app.chain.status import SyncState, SyncStatus

log = logging.getLogger(__name__)


def backoff_s(failures: int, *, base_s: float = 1.0, cap_s: float = 60.0) -> float:
    """Exponential backoff with full jitter: up to ``base * 2**(failures-1)``, capped."""
    ceiling = min(cap_s, base_s * (2 ** max(0, failures - 1)))
    return random.uniform(ceiling / 2, ceiling)


class ChainSync:
    """The counter's push loop on its own daemon thread (the UI reads :meth:`status`).

    ``interval_s``: how often it looks for new outbox entries when in sync (a write is
    also pushed at once after :meth:`push_now`).
    """

    def __init__(
        self,
        pusher: Pusher,
        *,
        interval_s: float = 2.0,
        base_s: float = 1.0,
        cap_s: float = 60.0,
    ) -> None:
        self.pusher = pusher
        self.interval_s = interval_s
        self.base_s = base_s
        self.cap_s = cap_s
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = SyncStatus(SyncState.BEHIND)
        self._failures = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="chain-push", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 10.0, *, sign_off: bool = False) -> None:
        """Stop the loop; ``sign_off`` (quitting while in sync): push what is left and
        sign off (:meth:`Pusher.sign_off`), best effort: unreachable, it is skipped."""
        self._stop.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout_s)
        try:
            if sign_off and (thread is None or not thread.is_alive()):
                self.pusher.sign_off()
        except (ChainError, sqlite3.Error) as exc:
            log.info("chain sign-off skipped: %s", exc)
        finally:
            self.pusher.close()

    def push_now(self) -> None:
        """Push without waiting for the next poll (or the end of a backoff)."""
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def note_central_copy(self, at: datetime) -> None:
        """The pull (K16) copied the central data at ``at``."""
        self._set(central_copy_at=at)

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)

    def _cycle(self) -> float:
        """One attempt; return how long to wait before the next."""
        try:
            pushed = self.pusher.push_all(stop=self._stop)
            left = self.pusher.waiting()
        except ChainError as exc:
            self._failures += 1
            try:
                left = self.pusher.waiting()
            except sqlite3.Error:
                left = self.status().waiting
            self._set(state=SyncState.OFFLINE, waiting=left, last_error=exc.message)
            delay = backoff_s(self._failures, base_s=self.base_s, cap_s=self.cap_s)
            log.info("chain push failed (%d in a row); next try in %.1f s", self._failures, delay)
            return delay
        except sqlite3.Error as exc:
            # The journal is busy or unreadable for a moment: try again soon.
            self._failures += 1
            self._set(last_error=f"The local journal could not be read: {exc}")
            return backoff_s(self._failures, base_s=self.base_s, cap_s=self.cap_s)
        except Exception:
            # A bug must not end the thread silently: the sale goes on, the push retries.
            log.exception("chain push failed unexpectedly")
            self._failures += 1
            self._set(
                state=SyncState.OFFLINE,
                last_error="The push to the chain failed unexpectedly; see the log.",
            )
            return backoff_s(self._failures, base_s=self.base_s, cap_s=self.cap_s)
        self._failures = 0
        changes: dict[str, Any] = {
            "state": SyncState.IN_SYNC if left == 0 else SyncState.BEHIND,
            "waiting": left,
            "last_error": None,
        }
        if pushed:
            changes["last_push_at"] = datetime.now(UTC)
        self._set(**changes)
        return 0.0 if left else self.interval_s

    def _run(self) -> None:
        while not self._stop.is_set():
            delay = self._cycle()
            if delay:
                self._wake.wait(delay)
                self._wake.clear()
