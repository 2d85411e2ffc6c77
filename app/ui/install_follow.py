"""Follows the install state of the eSIMs on an open customer display (issue 17).

A QTimer on the GUI thread submits one Runner task per check, at the provider's cadence
(:func:`app.core.install.poll_interval`: every 30 s for ten minutes after delivery, then
every five minutes). The task asks the provider and journals any install
(:func:`app.installs.check_installs`); the answer comes back here. An eSIM reported
installed shows "Installed ✓" on the display and tells the clerk; once every eSIM shown
is installed, the display closes after a short pause. A provider that does not answer
changes nothing but a quiet "checking…" line. The work is owned by the display: when it
closes the timer stops and late answers are dropped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.install import poll_interval
from app.ui.runner import BACKGROUND, Runner

if TYPE_CHECKING:
    from app.counter import Counter
    from app.installs import Checked
    from app.ui.customer_display import CustomerDisplay

log = logging.getLogger(__name__)

#: How long "Installed ✓" stays before the display closes by itself (ms).
CLOSE_PAUSE_MS = 4000


class InstallFollower(QObject):
    #: An eSIM was reported installed: (ICCID, the journalled time).
    installed = Signal(str, object)
    #: Every eSIM on the display is installed.
    all_installed = Signal()

    def __init__(
        self,
        runner: Runner,
        counter: Callable[[], Counter | None],
        display: CustomerDisplay,
        *,
        scale: float = 1.0,
        close_pause_ms: int = CLOSE_PAUSE_MS,
    ) -> None:
        super().__init__(display)
        self._runner = runner
        self._counter = counter
        self._display = display
        # Tests shrink the provider's cadence (30 s → 30 ms at 0.001); never 0.
        self._scale = max(scale, 0.0001)
        self._close_pause_ms = close_pause_ms
        self._started = time.monotonic()
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        display.closed.connect(self.stop)

    def start(self, *, at_once: bool = False) -> None:
        """Follow from now: the first check after one interval, or ``at_once``."""
        if self._display.all_installed or not self._display.esim_iccids():
            return
        if at_once:
            self._check()
        else:
            self._schedule()

    def stop(self) -> None:
        self._timer.stop()
        self._runner.cancel_owner(self._display)

    @property
    def following(self) -> bool:
        return self._timer.isActive() or self._busy

    def _schedule(self) -> None:
        seconds = poll_interval(time.monotonic() - self._started)
        if seconds is None:
            return  # past the provider's cadence: only on demand from now on
        self._timer.start(max(1, int(seconds * self._scale * 1000)))

    def _check(self) -> None:
        counter = self._counter()
        display = self._display
        waiting = [i for i in display.esim_iccids() if not display.is_installed(i)]
        if counter is None or not waiting:
            return
        order = display.order
        from app.installs import check_installs  # with its first use, not at start-up

        self._busy = True
        self._runner.run(
            lambda: check_installs(counter, order, waiting),
            self._checked,
            self._failed,
            owner=display,
            key=f"install:{order.reference}",
            priority=BACKGROUND,
        )

    def _checked(self, results: list[Checked]) -> None:
        self._busy = False
        display = self._display
        for result in results:
            if result.installed_at is not None and not display.is_installed(result.iccid):
                display.set_installed(result.iccid, result.installed_at)
                self.installed.emit(result.iccid, result.installed_at)
        display.set_checking(any(r.error is not None for r in results))
        if display.all_installed:
            display.set_checking(False)
            self.all_installed.emit()
            display.close_after(self._close_pause_ms)
        else:
            self._schedule()

    def _failed(self, error: BaseException) -> None:
        # Not a CounterError (a bug): logged, and the display carries on quietly.
        self._busy = False
        log.warning("install check failed", exc_info=error)
        self._display.set_checking(True)
        self._schedule()
