"""One provider account in the settings dialog: on/off, address, wallet currency, its
secrets (masked, never pre-filled: "stored ✓" with Replace and Remove), Test connection."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.plans import ProviderId
from app.core.secret import Secret
from app.secrets import SecretName

# Marked for translation here, translated where they are shown.
LABELS = {
    SecretName.ESIMFLY_ACCESS_CODE: QT_TRANSLATE_NOOP("AccountBox", "Access code"),
    SecretName.ESIMFLY_SECRET_KEY: QT_TRANSLATE_NOOP("AccountBox", "Secret key"),
    SecretName.OCTOPUS_API_KEY: QT_TRANSLATE_NOOP("AccountBox", "API key"),
    SecretName.OCTOPUS_API_SECRET: QT_TRANSLATE_NOOP("AccountBox", "API secret"),
}


class SecretField(QWidget):
    """A masked entry that only ever holds a NEW value; the stored one is never shown."""

    def __init__(self, name: SecretName, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._stored = False
        self.remove_requested = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"secret:{name.value}")
        label = str(LABELS[name])  # marked with QT_TRANSLATE_NOOP above
        self.edit.setAccessibleName(QCoreApplication.translate("AccountBox", label))
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        self.state = QLabel(self)
        self.state.setObjectName("secretState")
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(self._toggle_remove)
        self.edit.textChanged.connect(self._refresh)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.state)
        row.addWidget(self.remove)
        self._refresh()

    def set_stored(self, stored: bool) -> None:
        # What the owner already typed stays: the keyring may answer after they started.
        self._stored = stored
        self.remove_requested = False
        self._refresh()

    def new_value(self) -> Secret | None:
        text = self.edit.text().strip()
        return Secret(text) if text else None

    def _toggle_remove(self) -> None:
        self.remove_requested = not self.remove_requested
        self.edit.clear()
        self._refresh()

    def _refresh(self) -> None:
        typed = bool(self.edit.text())
        if self.remove_requested:
            self.state.setText(self.tr("will be removed"))
        elif typed:
            self.state.setText(self.tr("will be replaced") if self._stored else self.tr("new"))
        else:
            self.state.setText(self.tr("stored ✓") if self._stored else self.tr("not stored"))
        self.edit.setPlaceholderText(
            self.tr("Type a new value to replace it") if self._stored else self.tr("Required")
        )
        self.edit.setEnabled(not self.remove_requested)
        self.remove.setVisible(self._stored)
        self.remove.setText(self.tr("Keep") if self.remove_requested else self.tr("Remove"))


class AccountBox(QGroupBox):
    test_requested = Signal(object)  # ProviderId

    def __init__(
        self,
        provider: ProviderId,
        title: str,
        secrets: tuple[SecretName, ...],
        currencies: list[str],
        default_url: str,
        parent: QWidget | None = None,
    ):
        super().__init__(title, parent)
        self.provider = provider
        self.setObjectName(f"account:{provider.value}")
        self.enabled = QCheckBox(self.tr("Sell through this account"), self)
        self.base_url = QLineEdit(default_url, self)
        self.base_url.setObjectName("baseUrl")
        self.base_url.setAccessibleName(self.tr("%1 address").replace("%1", title))
        self.currency = QComboBox(self)
        self.currency.setAccessibleName(self.tr("%1 wallet currency").replace("%1", title))
        for code in currencies:
            self.currency.addItem(code or self.tr("As the account reports it"), code)
        self.fields = {name: SecretField(name, self) for name in secrets}
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setAccessibleName(self.tr("Test the %1 connection").replace("%1", title))
        self.result = QLabel("", self)
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self.provider))

        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Address"), self.base_url)
        form.addRow(self.tr("Wallet currency"), self.currency)
        for name, field in self.fields.items():
            label = str(LABELS[name])  # marked with QT_TRANSLATE_NOOP above
            form.addRow(QCoreApplication.translate("AccountBox", label), field)
        # The result below the button, in a box layout (which gives a wrapped label the
        # height its width needs): beside the button, in the form, it was clipped.
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.test_button)
        outer.addWidget(self.result)
        self._keyring_usable = False  # until the keyring has answered
        # What Save must check: None = not tested since the last edit, True = connected.
        self.verified: bool | None = None
        self.touched = False
        self.enabled.toggled.connect(self._update)
        self.enabled.toggled.connect(self._edited)
        self.base_url.textChanged.connect(self._edited)
        self.currency.currentIndexChanged.connect(self._edited)
        for field in self.fields.values():
            field.edit.textChanged.connect(self._edited)
            field.remove.clicked.connect(self._edited)
        self._update()

    def _edited(self, *_: object) -> None:
        self.touched = True
        self.verified = None

    def _update(self) -> None:
        on = self.enabled.isChecked()
        for widget in (self.base_url, self.currency, self.test_button):
            widget.setEnabled(on)
        for field in self.fields.values():
            field.setEnabled(on and self._keyring_usable)

    def currency_code(self) -> str:
        return str(self.currency.currentData() or "")

    def set_currency(self, code: str) -> None:
        self.currency.setCurrentIndex(max(0, self.currency.findData(code)))

    def set_keyring_usable(self, usable: bool) -> None:
        self._keyring_usable = usable
        self._update()

    def show_result(self, text: str, good: bool) -> None:
        self.verified = good
        self.result.setProperty("good", good)
        self.result.setText(text)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
