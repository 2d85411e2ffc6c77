"""The window's Till menu, and the gate in front of refunds and the Z close: the window's
clerk gate (``ClerkGate.may``), made with the panes; the manager PIN before it exists.

Only Qt is imported here: the till's controller (journal, providers, receipts) is built
the first time it is used, so the window's start-up imports stay as light as before.
``window.till`` hands every other attribute on to the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app.till.roles import Action

if TYPE_CHECKING:
    from app.ui.till_menu import TillController
    from app.ui.till_tasks import Gate


def manager_gate(window: QWidget) -> Gate:
    """The window's clerk gate (``window.clerk_gate.may``) when it has one; otherwise
    refunds and closing a shift ask the manager PIN (which passes at once when no PIN is
    set, as before issue 15)."""

    def may(action: Action, then: Callable[[], None], reference: str | None = None) -> None:
        clerk_gate = getattr(window, "clerk_gate", None)  # made with the window's panes
        if clerk_gate is not None:
            clerk_gate.may(action, then, reference=reference)
            return
        manager = getattr(window, "manager", None)
        reasons = {
            Action.REFUND: QCoreApplication.translate("TillMenu", "A refund needs a manager."),
            Action.CLOSE_SHIFT: QCoreApplication.translate(
                "TillMenu", "Closing the shift (Z) needs a manager."
            ),
        }
        if manager is None or action not in reasons:
            then()
            return
        manager.ask(reasons[action], then)

    return may


def _add(menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
    """``menu.addAction(text, slot)`` without the overloads that make Qt's enums before the
    first paint (see app.ui.main_window.add_action)."""
    action = menu.addAction(text)
    action.triggered.connect(slot)
    return action


class TillMenu(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings, locale: str, language: str):
        super().__init__(window)
        self._window, self._settings = window, settings
        self._locale, self._language = locale, language
        self.gate: Gate = manager_gate(window)
        self._controller: TillController | None = None
        menu = QMenu(self.tr("&Till"), window)
        window.menuBar().addMenu(menu)
        self.menu = menu
        self.open_action = _add(menu, self.tr("&Open shift…"), lambda: self.controller.open_shift())
        self.pay_in_action = _add(menu, self.tr("Pay &in…"), lambda: self._move("pay_in"))
        self.pay_out_action = _add(menu, self.tr("Pay o&ut…"), lambda: self._move("pay_out"))
        menu.addSeparator()
        self.x_action = _add(menu, self.tr("&X report…"), lambda: self.controller.x_report())
        self.z_action = _add(
            menu, self.tr("&Close shift (Z)…"), lambda: self.controller.close_shift()
        )

    def add_keys(self) -> None:
        """Ctrl+Shift+X for the X report, given with the window's other keys after the first
        paint (QKeySequence's enums cost more than the frame: see MainWindow._add_keys)."""
        from PySide6.QtGui import QKeySequence

        self.x_action.setShortcut(QKeySequence("Ctrl+Shift+X"))

    def _move(self, kind: str) -> None:
        from app.till.model import MoveKind

        self.controller.move(MoveKind(kind))

    @property
    def controller(self) -> TillController:
        if self._controller is None:
            from app.ui.till_menu import TillController

            window = self._window
            self._controller = TillController(
                window,
                window.runner,  # type: ignore[attr-defined]
                self._settings,
                lambda: window.counter,  # type: ignore[attr-defined]
                lambda action, then, reference=None: self.gate(action, then, reference),
                locale=self._locale,
                language=self._language,
            )
            self._controller.notice.connect(window._notice)  # type: ignore[attr-defined]
        return self._controller

    def __getattr__(self, name: str) -> Any:
        # Only for names TillMenu lacks: dialog, report, refunds, notice, last_z, ...
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.controller, name)


def attach(window: QMainWindow, settings: QSettings, locale: str, language: str) -> TillMenu:
    """The Till menu on ``window`` (a MainWindow: runner, counter, manager, _notice)."""
    return TillMenu(window, settings, locale, language)
