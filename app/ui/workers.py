"""Plain Python worker threads that take jobs by priority, for :class:`app.ui.runner.Runner`.

Not QThreadPool with a QRunnable subclass: the pool deletes such a runnable in the worker
thread, and with it the Python wrapper and whatever closure it held last, and a Python
object carried by a queued signal is released in whichever thread drops the event last. A
Qt wrapper freed that way, outside the GUI thread or in the middle of a garbage
collection, is how a PySide program segfaults at a random later moment (CI saw one). Here
a job is a plain callable; what it returns goes back by a task id in an ``int`` signal.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

Job = Callable[[], None]

# An idle worker ends after this long, as QThreadPool's do; the next job starts another.
IDLE_EXPIRY_S = 30.0


class WorkerPool:
    """Up to ``max_threads`` daemon threads; queued jobs start highest priority first, then
    in the order they came. Running jobs are never interrupted."""

    def __init__(self, max_threads: int, name: str = "counter-worker") -> None:
        self._max = max(1, max_threads)
        self._name = name
        self._cond = threading.Condition()
        self._queue: list[tuple[int, int, Job]] = []
        self._order = itertools.count()
        self._threads = 0
        self._idle = 0
        self._active = 0

    def start(self, job: Job, priority: int = 0) -> None:
        with self._cond:
            heapq.heappush(self._queue, (-priority, next(self._order), job))
            if self._idle == 0 and self._threads < self._max:
                self._threads += 1
                # Daemon: a worker blocked in a provider's read must not hold up the exit
                # (Runner.shutdown waits for running work before the window goes).
                threading.Thread(target=self._work, name=self._name, daemon=True).start()
            else:
                self._cond.notify()

    def clear(self) -> int:
        """Drop the jobs that have not started; return how many."""
        with self._cond:
            dropped = len(self._queue)
            self._queue.clear()
            self._cond.notify_all()
            return dropped

    def wait_for_done(self, timeout_s: float) -> bool:
        """Wait until nothing is queued or running; False if ``timeout_s`` passed first."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while self._queue or self._active:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    def _work(self) -> None:
        while True:
            with self._cond:
                self._idle += 1
                waited = time.monotonic()
                while not self._queue:
                    left = IDLE_EXPIRY_S - (time.monotonic() - waited)
                    if left <= 0:
                        self._idle -= 1
                        self._threads -= 1
                        return
                    self._cond.wait(left)
                self._idle -= 1
                self._active += 1
                job = heapq.heappop(self._queue)[2]
            try:
                job()
            except BaseException:  # a job reports its own errors; this one escaped them
                log.exception("background job failed outside its task")
            del job  # released here, before the pool says it is done
            with self._cond:
                self._active -= 1
                self._cond.notify_all()
