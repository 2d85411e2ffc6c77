"""The phone check as a step of the sale: between the price and the payment, asked when
the owner's setting says so. The phone list is read once, in the Runner (the owner's copy
beside the journal, else the shipped one); the dialog is in ``phone_check.py``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from app.ui.runner import Runner

if TYPE_CHECKING:
    from app.core.phones import PhoneCheck, PhoneList
    from app.counter import Counter
    from app.ui.phone_check import PhoneCheckDialog

log = logging.getLogger(__name__)
Then = Callable[["PhoneCheck | None"], None]


class PhoneCheckStep(QObject):
    notice = Signal(str)

    def __init__(
        self, runner: Runner, window: QWidget, counter: Callable[[], Counter | None]
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._window = window
        self._counter = counter
        self.settings: QSettings | None = None  # the window's; None: never asked
        self.phone_list: PhoneList | None = None  # read at the first check; reset on update
        self.dialog: PhoneCheckDialog | None = None

    def wanted(self) -> bool:
        from app import settings_schema as schema
        from app.ui.settings_store import read

        return self.settings is not None and read(self.settings, schema.ASK_PHONE_CHECK)

    def folder(self) -> Path | None:
        """Where the owner's phone list lives: beside the journal (the app data folder)."""
        path = getattr(getattr(self._counter(), "journal", None), "path", None)
        return path.parent if isinstance(path, Path) else None

    def ask(self, then: Then, cancelled: Callable[[], None]) -> None:
        """Ask (if on), then ``then(answer)``; None: not asked. "Not compatible", or Esc,
        calls ``cancelled`` instead: nothing is journalled, nothing taken."""
        if not self.wanted():
            then(None)
            return
        if self.phone_list is not None:
            self._open(self.phone_list, then, cancelled)
            return
        from app.core import phones

        folder = self.folder()
        self._runner.run(
            lambda: phones.load(folder),
            lambda found: self._loaded(found, then, cancelled),
            lambda error: self._failed(error, cancelled),
        )

    def _loaded(self, found: PhoneList, then: Then, cancelled: Callable[[], None]) -> None:
        self.phone_list = found
        self._open(found, then, cancelled)

    def _failed(self, error: BaseException, cancelled: Callable[[], None]) -> None:
        # Only the shipped list can fail here (a damaged owner's copy falls back to it):
        # a broken installation. The clerk can still sell with the check switched off.
        log.error("the phone list cannot be read", exc_info=error)
        self.notice.emit(
            self.tr(
                "The list of eSIM phones is missing. Ask the traveller whether the phone "
                "takes an eSIM; the owner can switch the phone check off in Settings."
            )
        )
        cancelled()

    def _open(self, found: PhoneList, then: Then, cancelled: Callable[[], None]) -> None:
        from app.ui.phone_check import PhoneCheckDialog, Verdict

        dialog = PhoneCheckDialog(found, self._window)
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if dialog.verdict in (Verdict.OK, Verdict.SKIPPED):
                then(dialog.check())
                return
            if dialog.verdict is Verdict.INCOMPATIBLE:
                self.notice.emit(
                    self.tr(
                        "Sale stopped: the traveller's phone cannot use an eSIM. Nothing "
                        "was charged or recorded."
                    )
                )
            cancelled()

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
