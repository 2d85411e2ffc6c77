"""The sales journal cannot be used at start-up: say where it is and what to do.

Unwritable (read-only folder, disk full, a folder that cannot be made): nothing may be
sold, since a sale must be on disk before it is sent; the owner fixes the folder and
tries again. Damaged (not a journal any more): it is left untouched, and the owner can
restore a backup or start a new journal; either way the damaged file is kept beside it
(``app.journal.set_aside``), never deleted.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import describe
from app.ui.runner import Runner

log = logging.getLogger(__name__)

DAMAGED = "damaged"
UNWRITABLE = "unwritable"


def journal_problem(error: BaseException) -> str | None:
    """DAMAGED, UNWRITABLE, or None when ``error`` is not about the journal."""
    import app.journal as journal

    if not isinstance(error, journal.JournalError):
        return None
    damaged = getattr(journal, "JournalDamagedError", None)
    if damaged is not None:
        return DAMAGED if isinstance(error, damaged) else UNWRITABLE
    # Until app.journal tells the two apart by type (JournalDamagedError), SQLite's words.
    return DAMAGED if "not a database" in str(error) else UNWRITABLE


def start_new_journal(path: Path) -> Path:
    """Set the damaged journal aside (with its -wal/-shm); the next open starts afresh."""
    from app.journal import set_aside

    kept: Path = set_aside(path)
    return kept


def restore_backup(path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the damaged journal, once it opens as a journal; the
    damaged file is kept beside it. Returns where the damaged file now is."""
    from app.journal import Journal

    staging = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, staging)
    try:
        Journal(staging).close()  # refuses a file that is not a sales journal
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    kept = start_new_journal(path)
    staging.replace(path)
    return kept


class JournalProblem(QDialog):
    recovered = Signal(str)  # what was done, for the status bar; the counter reopens

    def __init__(self, path: Path, problem: str, runner: Runner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("journalProblem")
        self.setWindowTitle(self.tr("Sales journal"))
        self.path = path
        self.problem = problem
        self._runner = runner
        if problem == DAMAGED:
            self.summary = self.tr(
                "The sales journal at %1 is damaged. It was left untouched. Nothing can be "
                "sold until it is replaced."
            ).replace("%1", str(path))
            advice = self.tr(
                "Restore a backup of the journal, or start a new journal. Either way the "
                "damaged file is kept in %1 under a new name, so nothing is lost for good."
            ).replace("%1", str(path.parent))
        else:
            self.summary = self.tr(
                "The sales journal at %1 cannot be written, so nothing can be sold."
            ).replace("%1", str(path))
            advice = self.tr(
                "Make sure the folder %1 exists, that this user may write to it and that the "
                "disk is not full (or start the counter with --journal and a writable file), "
                "then press Try again."
            ).replace("%1", str(path.parent))
        self.text = QLabel(f"{self.summary}\n\n{advice}", self)
        self.text.setObjectName("journalProblemText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel("", self)
        self.message.setObjectName("journalProblemMessage")
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore a backup…"), self)
        self.new_button = QPushButton(self.tr("Start a new journal"), self)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.restore_button.clicked.connect(self.choose_backup)
        self.new_button.clicked.connect(self.start_new)
        self.retry_button.clicked.connect(lambda: self._done(""))
        self.close_button.clicked.connect(self.reject)
        self.restore_button.setVisible(problem == DAMAGED)
        self.new_button.setVisible(problem == DAMAGED)
        self.retry_button.setVisible(problem != DAMAGED)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.new_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

    def choose_backup(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore the sales journal from"),
            str(self.path.parent),
            self.tr("Sales journals (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            backup = Path(name)
            self._work(lambda: restore_backup(self.path, backup), self.tr("Restoring…"))

    def start_new(self) -> None:
        path = self.path
        self._work(lambda: start_new_journal(path), self.tr("Starting a new journal…"))

    def _work(self, fn: object, doing: str) -> None:
        self.message.setText(doing)
        for button in (self.restore_button, self.new_button):
            button.setEnabled(False)
        self._runner.run(
            fn,  # type: ignore[arg-type]
            lambda kept: self._done(
                self.tr("The damaged journal is kept as %1.").replace("%1", str(kept))
            ),
            self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        log.error("journal recovery failed", exc_info=error)
        for button in (self.restore_button, self.new_button):
            button.setEnabled(True)
        self.message.setText(
            self.tr("That did not work: %1 Nothing was changed.").replace("%1", describe(error))
        )

    def _done(self, message: str) -> None:
        self.accept()
        self.recovered.emit(message)
