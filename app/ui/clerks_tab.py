"""Settings › Clerks (issue 15), for the owner behind the Settings PIN: the clerks (add,
rename, new PIN, role, deactivate and reactivate) and whether the counter asks them to
sign in, after how many idle minutes, and what then.

Clerk changes are journal rows and are made at once (on the Runner: a PIN is hashed);
the three settings are saved with the dialog (:meth:`ClerksTab.values`). Mistakes are
caught here first, in plain sentences, before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings_schema as schema
from app.core.errors import CounterError
from app.journal.clerks import check_name, name_key
from app.pin import PinError, normalise_pin
from app.till.clerks import ClerkBook
from app.till.model import Clerk
from app.till.roles import Role
from app.ui.clerk_session import describe, role_name
from app.ui.runner import Runner
from app.ui.settings_store import read


class ClerksTab(QWidget):
    def __init__(
        self, settings: QSettings, runner: Runner, book: ClerkBook | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clerksTab")
        self._runner = runner
        self._book = book
        self.clerks: list[Clerk] = []
        self._loaded = False  # the list read from the journal (values() checks against it)

        self.require = QCheckBox(self.tr("Each clerk signs in with their own PIN"), self)
        self.require.setChecked(read(settings, schema.REQUIRE_SIGN_IN))
        self.require.setAccessibleName(self.tr("Require sign-in"))
        self.idle = QSpinBox(self)
        self.idle.setRange(0, 24 * 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setValue(read(settings, schema.IDLE_MINUTES))
        self.idle.setAccessibleName(self.tr("Idle minutes"))
        self.idle.setAccessibleDescription(
            self.tr("After this many minutes without a key or click; 0 for never")
        )
        self.idle_action = QComboBox(self)
        self.idle_action.addItem(self.tr("Sign the clerk out"), "sign_out")
        self.idle_action.addItem(self.tr("Lock until the PIN is typed"), "lock")
        self.idle_action.setCurrentIndex(
            max(0, self.idle_action.findData(read(settings, schema.IDLE_ACTION)))
        )
        self.idle_action.setAccessibleName(self.tr("When idle"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Clerks"))
        self.list.currentRowChanged.connect(self._selected)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Clerk name"))
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_name(role), str(role))
        self.role.setAccessibleName(self.tr("Role"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Clerk PIN"))
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setAccessibleName(self.tr("Clerk PIN again"))
        self.add_button = self._button(self.tr("Add clerk"), self.add)
        self.rename_button = self._button(self.tr("Rename"), self.rename)
        self.pin_button = self._button(self.tr("Set new PIN"), self.set_pin)
        self.role_button = self._button(self.tr("Change role"), self.set_role)
        self.active_button = self._button(self.tr("Deactivate"), self.toggle_active)
        self.message = QLabel("", self)
        self.message.setObjectName("clerksMessage")
        self.message.setWordWrap(True)

        policy = QFormLayout()
        policy.addRow(self.require)
        policy.addRow(self.tr("Sign out after"), self.idle)
        policy.addRow(self.tr("When idle"), self.idle_action)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        buttons = QGridLayout()
        for index, button in enumerate(
            (self.add_button, self.rename_button, self.pin_button, self.role_button)
        ):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.addWidget(self.active_button, 2, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(policy)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._selected(-1)
        self.reload()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAutoDefault(False)  # Enter in a field must not save the whole dialog
        button.clicked.connect(slot)
        return button

    # -- the list -------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        book = self._book
        if book is None:
            self.message.setText(self.tr("Clerks can be changed once the counter is open."))
            self.add_button.setEnabled(False)
            return
        self._runner.run(
            lambda: book.all(), lambda clerks: self._show(clerks, select), self._failed, owner=self
        )

    def _show(self, clerks: list[Clerk], select: str) -> None:
        self.clerks, self._loaded = clerks, True
        self.list.clear()
        for clerk in clerks:
            text = f"{clerk.name} — {role_name(clerk.role)}"
            self.list.addItem(
                text if clerk.active else self.tr("%1 (deactivated)").replace("%1", text)
            )
        keys = [name_key(c.name) for c in clerks]
        if select and name_key(select) in keys:
            self.list.setCurrentRow(keys.index(name_key(select)))
        else:
            self._selected(self.list.currentRow())

    def selected(self) -> Clerk | None:
        row = self.list.currentRow()
        return self.clerks[row] if 0 <= row < len(self.clerks) else None

    def _selected(self, row: int) -> None:
        clerk = self.selected()
        for button in (self.rename_button, self.pin_button, self.role_button, self.active_button):
            button.setEnabled(clerk is not None)
        if clerk is None:
            return
        self.name.setText(clerk.name)
        self.role.setCurrentIndex(max(0, self.role.findData(str(clerk.role))))
        self.active_button.setText(self.tr("Deactivate") if clerk.active else self.tr("Reactivate"))
        self.active_button.setAccessibleName(self.active_button.text())

    # -- changes --------------------------------------------------------------------------

    def _typed_name(self) -> str:
        try:
            return check_name(self.name.text())
        except ValueError:
            raise CounterError(self.tr("A clerk's name is 1 to 40 letters on one line.")) from None

    def _typed_pin(self) -> str:
        if self.pin.text() != self.pin_again.text():
            raise CounterError(self.tr("The two PINs are not the same."))
        try:
            return normalise_pin(self.pin.text())
        except PinError as exc:
            raise CounterError(describe(exc)) from None

    def _taken(self, name: str, but: Clerk | None = None) -> None:
        for clerk in self.clerks:
            if name_key(clerk.name) == name_key(name) and clerk is not but:
                raise CounterError(
                    self.tr("There is already a clerk called %1.").replace("%1", clerk.name)
                )

    def _do(self, check: Callable[[ClerkBook], Callable[[], Any]], done: str) -> None:
        """Check what was typed here, then change the journal off the GUI thread."""
        book = self._book
        if book is None:
            return
        try:
            change = check(book)
        except CounterError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Saving…"))

        def changed(clerk: Clerk) -> None:
            self.pin.clear()
            self.pin_again.clear()
            self.message.setText(done.replace("%1", clerk.name))
            self.reload(clerk.name)

        self._runner.run(change, changed, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    def add(self) -> None:
        def check(book: ClerkBook) -> Callable[[], Any]:
            name = self._typed_name()
            self._taken(name)
            pin, role = self._typed_pin(), Role(self.role.currentData())
            return lambda: book.add(name, pin, role)

        self._do(check, self.tr("%1 can now sign in."))

    def _clerk(self) -> Clerk:
        clerk = self.selected()
        if clerk is None:
            raise CounterError(self.tr("Pick a clerk in the list first."))
        return clerk

    def rename(self) -> None:
        def check(book: ClerkBook) -> Callable[[], Any]:
            clerk, name = self._clerk(), self._typed_name()
            self._taken(name, but=clerk)
            return lambda: book.rename(clerk.name, name)

        self._do(check, self.tr("Renamed to %1."))

    def set_pin(self) -> None:
        def check(book: ClerkBook) -> Callable[[], Any]:
            clerk, pin = self._clerk(), self._typed_pin()
            return lambda: book.set_pin(clerk.name, pin)

        self._do(check, self.tr("%1 has a new PIN."))

    def set_role(self) -> None:
        def check(book: ClerkBook) -> Callable[[], Any]:
            clerk, role = self._clerk(), Role(self.role.currentData())
            if role is not Role.OWNER:
                self._keeps_an_owner(clerk)
            return lambda: book.set_role(clerk.name, role)

        self._do(check, self.tr("%1 has a new role."))

    def toggle_active(self) -> None:
        def check(book: ClerkBook) -> Callable[[], Any]:
            clerk = self._clerk()
            if clerk.active:
                self._keeps_an_owner(clerk)
                return lambda: book.deactivate(clerk.name)
            return lambda: book.reactivate(clerk.name)

        self._do(check, self.tr("%1 is changed."))

    def _keeps_an_owner(self, leaving: Clerk) -> None:
        """With sign-in on, only a clerk can open Settings: one active owner must remain."""
        owners = [c for c in self.clerks if c.active and c.role is Role.OWNER and c is not leaving]
        if self.require.isChecked() and not owners:
            raise CounterError(self.tr("Keep at least one active owner while clerks must sign in."))

    # -- saved with the dialog ------------------------------------------------------------

    def values(self) -> dict[str, object]:
        require = self.require.isChecked()
        owners = [c for c in self.clerks if c.active and c.role is Role.OWNER]
        if require and self._loaded and not owners:
            raise CounterError(
                self.tr("Add an owner clerk before asking clerks to sign in: Settings needs one.")
            )
        return {
            schema.REQUIRE_SIGN_IN.key: schema.REQUIRE_SIGN_IN.dump(require),
            schema.IDLE_MINUTES.key: schema.IDLE_MINUTES.dump(self.idle.value()),
            schema.IDLE_ACTION.key: schema.IDLE_ACTION.dump(str(self.idle_action.currentData())),
        }
