"""Opening the settings: behind the manager PIN when the shop set one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app import settings_schema as schema
from app.pin import PinGuard
from app.secrets import SecretStore
from app.ui.messages import describe
from app.ui.runner import Runner
from app.ui.settings_dialog import SettingsDialog
from app.ui.settings_store import read


class SettingsFlow(QObject):
    changed = Signal()
    save_failed = Signal(str)  # a save that failed after its dialog was closed

    def __init__(
        self, settings: QSettings, runner: Runner, store: SecretStore, window: QWidget
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._runner = runner
        self._store = store
        self._window = window
        # One guard for the whole session: closing the prompt does not reset the count.
        self.guard = PinGuard()
        self.dialog: SettingsDialog | None = None
        # True while the window's clerk gate has approved Settings (an owner signed in,
        # or an override): the manager PIN is not asked a second time.
        self.waived: Callable[[], bool] = lambda: False

    def open(self) -> None:
        stored = read(self._settings, schema.PIN_HASH)
        if not stored or self.waived():
            self._show()
            return
        locked = self.guard.locked()
        if locked is not None:
            QMessageBox.warning(self._window, self.tr("Manager PIN"), describe(locked))
            return
        pin, ok = QInputDialog.getText(
            self._window,
            self.tr("Manager PIN"),
            self.tr("Manager PIN:"),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.check_pin(pin, stored)

    def check_pin(self, pin: str, stored: str) -> None:
        self._runner.run(lambda: self.guard.check(pin, stored), self._checked, self._refused)

    def _checked(self, right: bool) -> None:
        if right:
            self._show()
        else:
            locked = self.guard.locked()
            QMessageBox.warning(
                self._window,
                self.tr("Manager PIN"),
                describe(locked) if locked is not None else self.tr("That PIN is not right."),
            )

    def _refused(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, self.tr("Manager PIN"), describe(error))

    def _show(self) -> None:
        # The flow keeps the save: Save then Esc still stores the settings and applies them.
        dialog = SettingsDialog(
            self._settings,
            self._runner,
            self._store,
            self._window,
            keeper=self,
            on_saved=self.changed.emit,
            on_save_failed=self.save_failed.emit,
        )
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: SettingsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
