"""One driver of the counter window, the way a clerk drives it: keys on the focused widget.

The GUI tests, ``--smoke-test``, ``docs/make_screenshots.py`` and the bench all sell through
this one class, so what they prove, show and measure is the path a clerk's keyboard takes.
Keys are real ``QKeyEvent`` presses and releases delivered to
``QApplication.focusWidget()`` through ``QApplication.sendEvent``: they pass event filters
and shortcut overrides (Ctrl+F, Ctrl+H, Esc) exactly as typed keys do. QtTest is not used
because the frozen build leaves it out, and the smoke test runs there.

How to wait is the caller's: ``qtbot.waitUntil`` in the tests, the smoke test's deadline,
or :func:`event_loop_wait` for scripts. It must never import pytest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from app.core.payment import Method
from app.core.plans import Plan, ProviderId

if TYPE_CHECKING:
    from app.ui.confirm_dialog import ConfirmSaleDialog
    from app.ui.customer_display import CustomerDisplay
    from app.ui.day_report import DayReportDialog
    from app.ui.handback_dialog import HandbackDialog
    from app.ui.history import HistoryDialog
    from app.ui.main_window import MainWindow
    from app.ui.settings_dialog import SettingsDialog

# wait(condition, what): return once condition() is true; raise when it does not become so.
Wait = Callable[[Callable[[], object], str], None]

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CONTROL = Qt.KeyboardModifier.ControlModifier
ACTIVATE_GRACE = 2.0  # seconds to wait for the window manager to activate our window


class DriverError(Exception):
    """The window is not where a clerk would expect it to be; the message says how."""


def event_loop_wait(seconds: float = 15.0, tick_ms: int = 10) -> Wait:
    """A wait that runs the event loop until the condition holds, for scripts without
    pytest-qt, looking every ``tick_ms`` (1 for the bench, whose figures it would blur);
    it raises DriverError after ``seconds``."""

    def wait(condition: Callable[[], object], what: str) -> None:
        end = time.monotonic() + seconds
        loop = QEventLoop()
        while not condition():
            if time.monotonic() > end:
                raise DriverError(f"timed out after {seconds:g} s waiting for {what}")
            QTimer.singleShot(tick_ms, loop.quit)
            loop.exec()

    return wait


def _key_of(char: str) -> Qt.Key:
    """The key that types ``char`` on a US keyboard, as far as widgets care: letters and
    digits have their own key codes; anything else travels as text only."""
    if char.isascii() and char.isalnum():
        return Qt.Key(ord(char.upper()))
    if char == " ":
        return Qt.Key.Key_Space
    return Qt.Key.Key_unknown


class CounterDriver:
    """Drives one ``MainWindow`` by keyboard, waiting with ``wait``."""

    def __init__(self, window: MainWindow, wait: Wait) -> None:
        self.window = window
        self.wait = wait

    # -- keys ------------------------------------------------------------------------------

    def focused(self) -> QWidget:
        """The widget the keyboard types into. When no window of ours is active (a desktop
        that refused to let a freshly started program take the focus, as Windows may), the
        widget that has the focus inside the top window: where the keys would go once the
        clerk clicks on it."""
        widget = QApplication.focusWidget()
        if widget is None:
            top = QApplication.activeModalWidget() or self.window
            widget = top.focusWidget()
        if widget is None:
            raise DriverError("nothing has the keyboard focus")
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        """Press and release ``key`` on whatever widget has the focus."""
        self._key(self.focused(), key, modifiers, "")

    def type(self, text: str) -> None:
        """Type ``text`` into the focused widget, key by key."""
        for char in text:
            self._key(self.focused(), _key_of(char), NO_MODIFIER, char)

    @staticmethod
    def _key(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str) -> None:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))

    def activate(self) -> None:
        """Bring the counter window to the front, as a click on it would."""
        self.window.raise_()
        self.window.activateWindow()
        # A desktop may refuse (focus-stealing prevention): then go on after a moment, and
        # focused() falls back to the window's own focus widget.
        give_up = time.monotonic() + ACTIVATE_GRACE
        self.wait(
            lambda: self.window.isActiveWindow() or time.monotonic() > give_up,
            "the counter window to become active",
        )

    # -- destination and plan --------------------------------------------------------------

    def wait_ready(self) -> None:
        self.wait(lambda: self.window.counter is not None, "the counter to open")

    def find(self, text: str) -> None:
        """Ctrl+F, type ``text``, Enter; wait until the destination's plans are listed."""
        self.activate()
        self.press(Qt.Key.Key_F, CONTROL)
        if self.focused() is not self.window.picker.search:
            raise DriverError("Ctrl+F did not put the keyboard in the destination search")
        self.type(text)
        self.press(Qt.Key.Key_Return)
        self.wait(lambda: self.window.plans.proxy.rowCount() > 0, "the plans to load")

    def plans(self) -> list[Plan]:
        """The plans in the table, in the order on screen."""
        proxy = self.window.plans.proxy
        found = (proxy.plan_at(proxy.index(row, 0)) for row in range(proxy.rowCount()))
        return [plan for plan in found if plan is not None]

    def plan_at(self, row: int) -> Plan:
        proxy = self.window.plans.proxy
        plan = proxy.plan_at(proxy.index(row, 0))
        if plan is None:
            raise DriverError(f"no plan in row {row}")
        return plan

    def row_of(self, provider: ProviderId) -> int:
        """The first row (as sorted on screen) of ``provider``'s plans."""
        return self.row_where(lambda plan: plan.provider is provider, f"{provider} plan")

    def row_where(self, wanted: Callable[[Plan], bool], what: str = "such plan") -> int:
        """The first row (as sorted on screen) whose plan is ``wanted``."""
        for row, plan in enumerate(self.plans()):
            if wanted(plan):
                return row
        raise DriverError(f"no {what} on screen")

    def pick(self, row: int) -> Plan:
        """From the top of the plans table, Down ``row`` times and Enter; the plan goes to
        the sell panel and the keyboard to Sell."""
        view = self.window.plans.view
        view.setFocus()  # where the focus is after find(); a clerk may have moved it
        view.setCurrentIndex(self.window.plans.proxy.index(0, 0))
        for _ in range(row):
            self.press(Qt.Key.Key_Down)
        self.press(Qt.Key.Key_Return)
        plan = self.plan_at(row)
        # Immediate in practice; the wait is what notices a slot that raised on the way.
        self.wait(lambda: self.window.sell_panel.plan == plan, "the plan in the sell panel")
        return plan

    def set_quantity(self, quantity: int) -> None:
        """Step the eSIMs box to ``quantity`` with the arrow keys, then back to Sell."""
        box = self.window.sell_panel.quantity
        if not box.minimum() <= quantity <= box.maximum():
            raise DriverError(f"{quantity} eSIMs cannot be sold at once here")
        box.setFocus()
        key = Qt.Key.Key_Up if quantity > box.value() else Qt.Key.Key_Down
        while box.value() != quantity:
            self.press(key)
        self.window.sell_panel.sell_button.setFocus()

    # -- the sale --------------------------------------------------------------------------

    def open_confirmation(self) -> ConfirmSaleDialog:
        """Enter on Sell; wait until the confirmation has the keyboard."""
        button = self.window.sell_panel.sell_button
        if self.focused() is not button:
            raise DriverError("the Sell button does not have the keyboard")
        if not button.isEnabled():
            raise DriverError(f"the Sell button is disabled: {button.toolTip()}")
        self.press(Qt.Key.Key_Return)
        flow = self.window.flow
        step = flow.phone_step
        self.wait(
            lambda: flow.confirm_dialog is not None or step.dialog is not None,
            "the sell confirmation",
        )
        if flow.confirm_dialog is None and (check := step.dialog) is not None:
            # The phone check (on in a shop's settings): checked, OK, as the clerk would.
            self.wait(lambda: self._has_keyboard(check), "the phone check to take the keyboard")
            self.press(Qt.Key.Key_Return)
            self.wait(lambda: flow.confirm_dialog is not None, "the sell confirmation")
        dialog = flow.confirm_dialog
        assert dialog is not None
        self.wait(
            lambda: dialog.isVisible() and self._has_keyboard(dialog),
            "the confirmation to take the keyboard",
        )
        return dialog

    def confirm(self) -> None:
        """Enter in the confirmation: its default button sells."""
        self.press(Qt.Key.Key_Return)

    def sell(self) -> None:
        self.open_confirmation()
        self.confirm()

    # -- taking payment (issue 14) -----------------------------------------------------------

    def press_sequence(self, sequence: QKeySequence) -> None:
        """Press the first key combination of ``sequence`` (a mnemonic, a shortcut)."""
        if sequence.isEmpty():
            raise DriverError("that control has no keyboard shortcut")
        combination = sequence[0]  # type: ignore[index]  # PySide6 has it; its stubs do not
        self.press(combination.key(), combination.keyboardModifiers())

    def choose_method(self, dialog: ConfirmSaleDialog, method: Method) -> None:
        """Alt + the method's underlined letter, in whatever language the dialog is."""
        button = dialog.methods.buttons[method]
        self.press_sequence(button.shortcut())
        self.wait(button.isChecked, f"{method} to be chosen")

    def _mnemonic(self, label: QLabel) -> None:
        self.press_sequence(QKeySequence.mnemonic(label.text()))

    def take_payment(
        self,
        method: Method = Method.CASH,
        tendered: str = "",
        *,
        split: tuple[str, Method] | None = None,
    ) -> ConfirmSaleDialog:
        """Open the confirmation and take payment by keyboard: the method by its Alt
        letter; for a split, Alt+S, the first method's amount, then the second method
        (Alt on its label, arrows); for cash, what was handed over (Alt on "Tendered").
        Sell is left to :meth:`confirm`."""
        dialog = self.open_confirmation()
        # Alt+letter reaches only the active window: make sure the dialog is (a desktop
        # may have left none active after another dialog closed).
        dialog.activateWindow()
        give_up = time.monotonic() + ACTIVATE_GRACE
        self.wait(
            lambda: dialog.isActiveWindow() or time.monotonic() > give_up,
            "the payment step to become active",
        )
        if method is not Method.CASH:
            self.choose_method(dialog, method)
        if split is not None:
            amount, second = split
            self.press_sequence(dialog.split.shortcut())
            self.wait(dialog.split_box.isVisible, "the split amounts")
            if self.focused() is not dialog.split_amount:
                raise DriverError("Alt+S did not put the keyboard in the split amount")
            self.type(amount)
            self._mnemonic(dialog.second_label)
            if self.focused() is not dialog.second:
                raise DriverError("the second method's list did not take the keyboard")
            for _ in range(dialog.second.count()):
                if dialog.second.currentData() == second:
                    break
                self.press(Qt.Key.Key_Down)
            if dialog.second.currentData() != second:
                raise DriverError(f"{second} is not offered as the second method")
        if tendered:
            self._mnemonic(dialog.cash.tendered_label)
            if self.focused() is not dialog.cash.tendered:
                raise DriverError("the tendered amount did not take the keyboard")
            self.type(tendered)
        return dialog

    def quick_key(self, dialog: ConfirmSaleDialog, index: int | None) -> None:
        """Ctrl+``index`` (1 = the first note key) or the exact-amount key (None); wait
        for the click a shortcut animates to land in the tendered amount."""
        cash = dialog.cash
        if index is None:
            self.press_sequence(cash.exact.shortcut())
            self.wait(lambda: cash.tendered.text() == "", "the exact amount")
            return
        button = cash.note_buttons[index - 1]
        self.press_sequence(button.shortcut())
        self.wait(lambda: cash.tendered.text() == button.text(), "the note's amount")

    def wait_handback(self) -> HandbackDialog:
        """Wait for the message to give the money back; it has the keyboard."""
        flow = self.window.flow
        self.wait(
            lambda: flow.handback_dialog is not None and flow.handback_dialog.isVisible(),
            "the hand-back message",
        )
        dialog = flow.handback_dialog
        assert dialog is not None
        self.wait(lambda: self._has_keyboard(dialog), "the hand-back message to take the keyboard")
        return dialog

    def hand_back(self, returned: bool = True) -> None:
        """Space on "I gave it back" (where the keyboard starts), or Esc for "Later"."""
        dialog = self.wait_handback()
        if returned:
            if self.focused() is not dialog.returned_button:
                raise DriverError('"I gave it back" does not have the keyboard')
            self.press(Qt.Key.Key_Space)
        else:
            self.press(Qt.Key.Key_Escape)
        self.wait(lambda: self.window.flow.handback_dialog is None, "the hand-back to close")

    def wait_outcome(self) -> str:
        """The kind of outcome the sell panel shows ("success", "pending", "error", …)."""
        outcome = self.window.sell_panel.outcome
        self.wait(outcome.isVisible, "the outcome of the sale")
        return str(outcome.property("kind"))

    def wait_display(self) -> CustomerDisplay:
        flow = self.window.flow
        self.wait(
            lambda: flow.display is not None and flow.display.isVisible(),
            "the customer display",
        )
        display = flow.display
        assert display is not None
        return display

    def close_display(self) -> None:
        """Esc, wherever the keyboard is (the display or the counter window)."""
        self.press(Qt.Key.Key_Escape)
        self.wait(lambda: self.window.flow.display is None, "the customer display to close")

    # -- the other windows -----------------------------------------------------------------

    def open_history(self) -> HistoryDialog:
        """Ctrl+H; wait until the history has loaded its first page."""
        self.activate()
        self.press(Qt.Key.Key_H, CONTROL)
        self.wait(lambda: self._shown(self.window.history), "the sales history")
        history = self.window.history
        assert history is not None
        self.wait(lambda: not history.model.loading, "the sales history to load")
        return history

    def open_day_report(self) -> DayReportDialog:
        """Ctrl+R; wait until the report is shown."""
        self.activate()
        self.press(Qt.Key.Key_R, CONTROL)
        self.wait(lambda: self._shown(self.window.day_report), "the day report")
        report = self.window.day_report
        assert report is not None
        return report

    def open_settings(self) -> SettingsDialog:
        """Ctrl+, (the window must have been given a secret store); wait for the dialog."""
        self.activate()
        self.press(Qt.Key.Key_Comma, CONTROL)
        self.wait(
            lambda: (
                self.window.settings_flow is not None
                and self._shown(self.window.settings_flow.dialog)
            ),
            "the settings",
        )
        flow = self.window.settings_flow
        assert flow is not None and flow.dialog is not None
        return flow.dialog

    @staticmethod
    def _has_keyboard(dialog: QWidget) -> bool:
        widget = QApplication.focusWidget() or dialog.focusWidget()
        return widget is not None and dialog.isAncestorOf(widget)

    @staticmethod
    def _shown(dialog: QDialog | None) -> bool:
        return dialog is not None and dialog.isVisible()
