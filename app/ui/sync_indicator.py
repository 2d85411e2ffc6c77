"""The chain's sync indicator in the status bar (issue 16): hidden when the counter is in
no chain; otherwise "in sync", "12 rows waiting", or "Offline — selling on; 12 rows
waiting; prices from 09:14". Clicking it pushes now.

The status is read by a QTimer that hands ``ChainSync.status()`` to the Runner: whatever
the status costs (a count of the outbox in SQLite), it never runs on the GUI thread. Only
the newest answer is shown (one key), and a poll is skipped while the last one is out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.runner import BACKGROUND, Runner

if TYPE_CHECKING:
    from app.chain.status import SyncStatus

POLL_MS = 2000  # a sale adds rows; two seconds is soon enough to see them go

STYLE = """
#syncIndicator { border: none; padding: 2px 10px; border-radius: 4px; }
#syncIndicator[chainState="in_sync"] { background: #e3f1e4; color: #1d5a24; }
#syncIndicator[chainState="behind"] { background: #fff1cc; color: #5c4300; }
#syncIndicator[chainState="offline"] { background: #fde2e1; color: #8a1c14; font-weight: bold; }
"""

# What the indicator reads: ChainSync, or a stand-in with the same two methods.
StatusSource = Callable[[], "SyncStatus"]


class SyncIndicator(QPushButton):
    """A flat button: its text is the state, its tooltip the last push and problem."""

    push_requested = Signal()
    shown_status = Signal(object)  # the SyncStatus now on screen (tests wait on it)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setAccessibleName(self.tr("Chain sync"))
        self.setVisible(False)
        self._runner = runner
        self._source: StatusSource | None = None
        self._asking = False
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.clicked.connect(self._clicked)
        # Its own colours (green, amber, red) beside the status bar's plain text.
        self.setStyleSheet(STYLE)

    def _clicked(self) -> None:
        if self.status is not None:
            self.setText(self.tr("Chain: pushing…"))  # until the next status says how it went
        self.push_requested.emit()

    def follow(self, source: StatusSource | None) -> None:
        """Show ``source``'s status from now on; None hides the indicator (no chain)."""
        self._source = source
        self._asking = False
        if source is None:
            self.timer.stop()
            self.status = None
            self.setVisible(False)
            return
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        source = self._source
        if source is None or self._asking:
            return
        self._asking = True
        self._runner.run(
            source,
            lambda status: self._arrived(source, status),
            lambda error: self._arrived(source, None, error),
            owner=self,
            key=f"chain-status:{id(self)}",
            priority=BACKGROUND,
        )

    def _arrived(
        self, source: StatusSource, status: SyncStatus | None, error: BaseException | None = None
    ) -> None:
        if source is not self._source:
            return  # the chain was left or joined again meanwhile
        self._asking = False
        if status is None:
            # The status itself failed (the journal closed under it): say so, keep polling.
            self.setText(self.tr("Chain: status unknown"))
            self.setToolTip(self.tr("The sync status could not be read."))
            self.setVisible(True)
            return
        self.show_status(status)

    def show_status(self, status: SyncStatus) -> None:
        from app.chain.status import SyncState

        self.status = status
        if status.state is SyncState.OFF:
            self.setVisible(False)
            self.shown_status.emit(status)
            return
        text = self.state_text(status)
        self.setText(text)
        self.setProperty("chainState", status.state.name.lower())
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleDescription(text)
        self.setToolTip(self.details(status))
        self.setVisible(True)
        self.shown_status.emit(status)

    def state_text(self, status: SyncStatus) -> str:
        from app.chain.status import SyncState

        waiting = status.waiting
        if status.state is SyncState.IN_SYNC:
            return self.tr("Chain: in sync")
        if status.state is SyncState.BEHIND:
            if not waiting:  # the push loop's first look has not counted yet
                return self.tr("Chain: checking…")
            return self.tr("Chain: %n row(s) waiting", "", waiting)
        # Offline: the counter sells on; the clerk sees how far behind and which prices.
        text = self.tr("Offline — selling on; %n row(s) waiting", "", waiting)
        if status.central_copy_at is not None:
            text += self.tr("; prices from %1").replace("%1", self._time(status.central_copy_at))
        return text

    def details(self, status: SyncStatus) -> str:
        lines = [
            self.tr("Last push: %1").replace("%1", self._time(status.last_push_at))
            if status.last_push_at is not None
            else self.tr("Nothing pushed yet.")
        ]
        if status.last_error:
            lines.append(self.tr("Last problem: %1").replace("%1", status.last_error))
        lines.append(self.tr("Click to push now."))
        return "\n".join(lines)

    def _time(self, moment: datetime) -> str:
        """The local time of day, with the date when it is not today."""
        local = moment.astimezone()
        today = datetime.now().astimezone().date()
        short = QLocale.FormatType.ShortFormat
        shown: str = QLocale().toString(QTime(local.hour, local.minute), short)
        if local.date() != today:
            day: str = QLocale().toString(QDate(local.year, local.month, local.day), short)
            shown = f"{day} {shown}"
        return shown
