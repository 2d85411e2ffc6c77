"""Asking for the manager PIN before something only the owner may do.

The price list opens behind it, and a plan priced below the shop's cost sells only after
it (``needs_override(quote)``; the payment step calls :meth:`ManagerOverride.ask` before
taking money). The same :class:`~app.pin.PinGuard` as the Settings prompt is used when the
window has one, so wrong PINs count together and a lock-out covers both. With no PIN set
the shop has chosen not to guard anything: the action goes ahead at once, as Settings does.
The prompt is a non-blocking dialog and the slow hash runs on the Runner, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app import settings_schema as schema
from app.core.pricing import needs_override
from app.core.quote import Quote
from app.pin import PinGuard
from app.till.roles import Action
from app.ui.messages import describe
from app.ui.runner import Runner
from app.ui.settings_store import read

if TYPE_CHECKING:
    from app.ui.clerk_session import ClerkGate

__all__ = ["ManagerOverride", "needs_override"]


class ManagerOverride(QObject):
    def __init__(
        self,
        settings: QSettings,
        runner: Runner,
        window: QWidget,
        guard: PinGuard | None = None,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._runner = runner
        self._window = window
        self.guard = guard or PinGuard()
        self.prompt: QInputDialog | None = None  # the open prompt, for tests and the driver
        # The window's clerk gate (issue 15): who may, and the override journalled.
        self.gate: ClerkGate | None = None

    def parent_widget(self) -> QWidget:
        return self._window

    def ask(
        self,
        reason: str,
        granted: Callable[[], None],
        refused: Callable[[], None] | None = None,
        *,
        action: Action = Action.MARGINS,
    ) -> None:
        """Call ``granted`` once ``action`` is allowed: through the window's clerk gate
        (the role may, or an override journalled), else once the PIN is typed."""
        if self.gate is not None:
            self.gate.approve(action, reason, granted, refused)
        else:
            self.ask_pin(reason, granted, refused)

    def ask_pin(
        self,
        reason: str,
        granted: Callable[[], None],
        refused: Callable[[], None] | None = None,
    ) -> None:
        """Call ``granted`` once the right PIN is typed (at once when no PIN is set),
        ``refused`` when the prompt is cancelled, the PIN is wrong or guessing is locked."""
        stored = read(self._settings, schema.PIN_HASH)
        if not stored:
            granted()
            return
        locked = self.guard.locked()
        if locked is not None:
            self._warn(describe(locked), refused)
            return
        prompt = QInputDialog(self._window)
        prompt.setWindowTitle(self.tr("Manager PIN"))
        prompt.setLabelText(reason + "\n\n" + self.tr("Manager PIN:"))
        prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
        prompt.setAccessibleName(self.tr("Manager PIN"))
        prompt.setAccessibleDescription(reason)
        self.prompt = prompt
        prompt.textValueSelected.connect(lambda pin: self._check(pin, stored, granted, refused))
        prompt.rejected.connect(lambda: refused() if refused is not None else None)
        prompt.finished.connect(lambda _result: self._closed(prompt))
        prompt.open()
        for edit in prompt.findChildren(QLineEdit):
            edit.setAccessibleName(self.tr("Manager PIN"))

    def ask_for_sale(
        self, quote: Quote, granted: Callable[[], None], refused: Callable[[], None]
    ) -> None:
        """Before taking payment: the PIN only when the sale is below the shop's cost."""
        if not needs_override(quote):
            granted()
            return
        self.ask(
            self.tr("This plan is priced below the shop's cost. A manager must allow the sale."),
            granted,
            refused,
            action=Action.PRICES,
        )

    def _closed(self, prompt: QInputDialog) -> None:
        if self.prompt is prompt:
            self.prompt = None
        prompt.deleteLater()

    def _check(
        self,
        pin: str,
        stored: str,
        granted: Callable[[], None],
        refused: Callable[[], None] | None,
    ) -> None:
        def checked(right: bool) -> None:
            if right:
                granted()
                return
            locked = self.guard.locked()
            wrong = self.tr("That PIN is not right.")
            self._warn(describe(locked) if locked is not None else wrong, refused)

        self._runner.run(
            lambda: self.guard.check(pin, stored),
            checked,
            lambda error: self._warn(describe(error), refused),
        )

    def _warn(self, text: str, refused: Callable[[], None] | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Manager PIN"), text)
        box.setParent(self._window, box.windowFlags())
        box.setAccessibleName(self.tr("Manager PIN"))
        box.finished.connect(box.deleteLater)
        box.open()
        if refused is not None:
            refused()
