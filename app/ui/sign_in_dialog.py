"""The sign-in prompt: a clerk's name (picked from the list or typed) and their PIN.

The same dialog asks a supervisor or the owner to approve something above a clerk's role
(an override). It only collects the two: :class:`~app.ui.clerk_session.ClerkGate` checks
the PIN off the GUI thread and calls :meth:`SignInDialog.show_error` or closes it.
Keyboard only works: the name (type it, or its first letters pick it from the list), Tab,
the PIN, Enter; Esc cancels where cancelling is allowed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    submitted = Signal(str, str)  # name, PIN
    quit_requested = Signal()  # sign-in required and nobody signed in: the only way out

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        intro: str,
        names: Sequence[str],
        chosen: str = "",
        can_cancel: bool = True,
        action_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self._can_cancel = can_cancel
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.name = QComboBox(self)
        self.name.setEditable(True)  # a name typed in full works as well as one picked
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(list(names))
        self.name.setCurrentText(chosen)
        self.name.setAccessibleName(self.tr("Clerk name"))
        self.name.setAccessibleDescription(self.tr("Pick a name from the list or type it"))
        typed = self.name.lineEdit()
        if typed is not None:
            typed.setAccessibleName(self.tr("Clerk name"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.message = QLabel("", self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in problem"))
        self.buttons = QDialogButtonBox(self)
        self.ok: QPushButton = self.buttons.addButton(
            action_text or self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(action_text or self.tr("Sign in"))
        self.ok.setDefault(True)
        if can_cancel:
            self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.close_button.setAccessibleName(self.tr("Cancel"))
        else:
            self.close_button = self.buttons.addButton(
                self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
            )
            self.close_button.setAccessibleName(self.tr("Quit the counter"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self._close_pressed)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        (self.pin if chosen else self.name).setFocus()

    def _submit(self) -> None:
        name = self.name.currentText().strip()
        if not name:
            self.show_error(self.tr("Type or pick your name first."))
            self.name.setFocus()
            return
        if not self.pin.text():
            self.show_error(self.tr("Type your PIN, then press Enter."))
            self.pin.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(name, self.pin.text())

    def set_busy(self, busy: bool) -> None:
        """While the PIN is checked (it takes a moment): no second press."""
        self.ok.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking…"))

    def show_error(self, text: str) -> None:
        """Say what went wrong; the PIN is cleared for the next try, the name kept."""
        self.set_busy(False)
        self.message.setText(text)
        self.pin.clear()
        self.pin.setFocus()

    def _close_pressed(self) -> None:
        if self._can_cancel:
            self.reject()
        else:
            self.quit_requested.emit()

    def reject(self) -> None:
        # Sign-in required and nobody signed in: Esc must not reveal the counter.
        if self._can_cancel:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._can_cancel:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._can_cancel:
            super().closeEvent(event)
        else:
            event.ignore()

    def finish(self) -> None:
        """Signed in (or approved): close whatever ``can_cancel`` says."""
        self._can_cancel = True
        self.accept()
