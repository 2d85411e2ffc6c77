"""Settings for the shop owner: provider accounts and their secrets, the shop, the
customer display, the manager PIN. Keyring and network calls run in workers; secrets
go to the keyring only, everything else to QSettings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.accounts import (
    ESIMFLY_URL,
    OCTOPUS_URL,
    SECRETS,
    Accounts,
    EsimflyAccount,
    OctopusAccount,
    accounts_to_settings,
    load_accounts,
)
from app.core.errors import CounterError
from app.core.plans import ProviderId
from app.pin import hash_pin, normalise_pin
from app.secrets import SecretStore
from app.ui.account_box import AccountBox
from app.ui.messages import describe
from app.ui.runner import Runner
from app.ui.settings_tasks import SecretChanges, apply_secret_changes, secret_state, try_account
from app.ui.settings_values import settings_dict

LANGUAGES = [("", QT_TRANSLATE_NOOP("SettingsDialog", "System default")),
             ("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
             ("es", "Español"), ("tr", "Türkçe"), ("ar", "العربية")]  # fmt: skip


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(
        self, settings: QSettings, runner: Runner, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._runner = runner
        self._store = store
        accounts = load_accounts(settings_dict(settings))

        self.keyring_state = QLabel(self.tr("Checking the keyring…"), self)
        self.keyring_state.setObjectName("keyringState")
        self.keyring_state.setWordWrap(True)
        self.esimfly = AccountBox(
            ProviderId.ESIMFLY,
            "eSIMfly",
            SECRETS[ProviderId.ESIMFLY],
            ["", "USD", "IQD"],
            ESIMFLY_URL,
            self,
        )
        self.octopus = AccountBox(
            ProviderId.OCTOPUS,
            "Octopus Cards",
            SECRETS[ProviderId.OCTOPUS],
            ["USD", "EUR"],
            OCTOPUS_URL,
            self,
        )
        self.boxes = {ProviderId.ESIMFLY: self.esimfly, ProviderId.OCTOPUS: self.octopus}
        self._fill_accounts(accounts)
        for box in self.boxes.values():
            box.test_requested.connect(self.test_connection)
        accounts_tab = QWidget(self)
        accounts_layout = QVBoxLayout(accounts_tab)
        accounts_layout.addWidget(self.keyring_state)
        accounts_layout.addWidget(self.esimfly)
        accounts_layout.addWidget(self.octopus)
        accounts_layout.addWidget(
            QLabel(self.tr("With no account switched on, the counter runs in training mode."), self)
        )

        self.shop_name = QLineEdit(str(settings.value("shop/name", "")), self)
        self.clerk = QLineEdit(str(settings.value("shop/clerk", "")), self)
        self.threshold = QLineEdit(str(settings.value("balance/low_threshold", "50")), self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            # Each language is named in itself; only "System default" is translated.
            label = QCoreApplication.translate("SettingsDialog", name) if not code else name
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(settings.value("ui/language", ""))))
        )
        shop_tab = QWidget(self)
        shop_form = QFormLayout(shop_tab)
        shop_form.addRow(self.tr("Shop name"), self.shop_name)
        shop_form.addRow(self.tr("Clerk"), self.clerk)
        shop_form.addRow(self.tr("Warn when a balance is below"), self.threshold)
        shop_form.addRow(self.tr("Language"), self.language)

        self.screen = QComboBox(self)
        self.screen.addItem(self.tr("Automatic (second screen if there is one)"), "")
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        self.screen.setCurrentIndex(
            max(0, self.screen.findData(str(settings.value("display/screen", ""))))
        )
        self.timeout = QSpinBox(self)
        self.timeout.setRange(0, 60)
        self.timeout.setSuffix(self.tr(" min"))
        self.timeout.setSpecialValueText(self.tr("Never"))
        self.timeout.setValue(int(settings.value("display/timeout", 300)) // 60)
        display_tab = QWidget(self)
        display_form = QFormLayout(display_tab)
        display_form.addRow(self.tr("Customer display on"), self.screen)
        display_form.addRow(self.tr("Close it after"), self.timeout)

        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        has_pin = bool(settings.value("security/pin_hash", ""))
        self.pin.setPlaceholderText(
            self.tr("Type a new PIN to change it") if has_pin else self.tr("4 to 12 digits")
        )
        self.require_pin = QCheckBox(self.tr("Ask for the manager PIN before settings open"), self)
        self.require_pin.setChecked(has_pin)
        pin_tab = QWidget(self)
        pin_form = QFormLayout(pin_tab)
        pin_form.addRow(self.tr("New PIN"), self.pin)
        pin_form.addRow(self.tr("Repeat it"), self.pin_again)
        pin_form.addRow(self.require_pin)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(accounts_tab, self.tr("Accounts"))
        self.tabs.addTab(shop_tab, self.tr("Shop"))
        self.tabs.addTab(display_tab, self.tr("Customer display"))
        self.tabs.addTab(pin_tab, self.tr("Manager PIN"))
        self.message = QLabel("", self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.load_secret_state()

    def _fill_accounts(self, accounts: Accounts) -> None:
        for provider, account in (
            (ProviderId.ESIMFLY, accounts.esimfly),
            (ProviderId.OCTOPUS, accounts.octopus),
        ):
            box = self.boxes[provider]
            box.enabled.setChecked(account is not None)
            if account is not None:
                box.base_url.setText(account.base_url)
                box.set_currency(account.wallet_currency or "")

    # -- keyring ------------------------------------------------------------------------

    def load_secret_state(self) -> None:
        self._runner.run(
            lambda: secret_state(self._store), self._show_secret_state, self._keyring_failed
        )

    def _show_secret_state(self, state: tuple) -> None:
        status, stored = state
        self.keyring_state.setText(status.message)
        self.keyring_state.setProperty("bad", not status.usable)
        self.keyring_state.style().unpolish(self.keyring_state)
        self.keyring_state.style().polish(self.keyring_state)
        for box in self.boxes.values():
            for name, field in box.fields.items():
                field.set_stored(stored.get(name, False))
            box.set_keyring_usable(status.usable)
        self._keyring_usable = status.usable

    def _keyring_failed(self, error: BaseException) -> None:
        self.keyring_state.setText(describe(error))

    # -- test connection ------------------------------------------------------------------

    def test_connection(self, provider: ProviderId) -> None:
        box = self.boxes[provider]
        typed = {name: field.new_value() for name, field in box.fields.items()}
        url = box.base_url.text()
        currency = box.currency_code()
        box.show_result(self.tr("Testing…"), True)
        self._runner.run(
            lambda: try_account(provider, url, currency, typed, self._store),
            lambda balance: box.show_result(
                self.tr("Connected. Balance: %1").replace("%1", balance.format()), True
            ),
            lambda error: box.show_result(describe(error), False),
        )

    # -- saving ---------------------------------------------------------------------------

    def _collect(self) -> tuple[Accounts, SecretChanges, dict[str, object]]:
        esimfly = octopus = None
        if self.esimfly.enabled.isChecked():
            esimfly = EsimflyAccount(
                self.esimfly.base_url.text(), self.esimfly.currency_code() or None
            )
        if self.octopus.enabled.isChecked():
            octopus = OctopusAccount(self.octopus.base_url.text(), self.octopus.currency_code())
        changes = SecretChanges()
        for box in self.boxes.values():
            for name, field in box.fields.items():
                if field.remove_requested:
                    changes.remove.append(name)
                elif (value := field.new_value()) is not None:
                    changes.store[name] = value
        try:
            threshold = Decimal(self.threshold.text().strip() or "0")
        except InvalidOperation:
            raise CounterError(self.tr("The balance warning must be an amount, like 50.")) from None
        values: dict[str, object] = {
            "shop/name": self.shop_name.text().strip(),
            "shop/clerk": self.clerk.text().strip(),
            "balance/low_threshold": str(threshold),
            "ui/language": self.language.currentData(),
            "display/screen": self.screen.currentData(),
            "display/timeout": self.timeout.value() * 60,
        }
        values.update(self._pin_values())
        return Accounts(esimfly=esimfly, octopus=octopus), changes, values

    def _pin_values(self) -> dict[str, object]:
        typed, again = self.pin.text(), self.pin_again.text()
        if typed or again:
            if typed != again:
                raise CounterError(self.tr("The two PINs are not the same."))
            return {"security/pin_hash": hash_pin(normalise_pin(typed))}
        if not self.require_pin.isChecked():
            return {"security/pin_hash": ""}
        if not self._settings.value("security/pin_hash", ""):
            raise CounterError(self.tr("Type a PIN to switch the PIN on."))
        return {}

    def save(self) -> None:
        try:
            accounts, changes, values = self._collect()
        except CounterError as exc:
            self.message.setText(describe(exc))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        self._runner.run(
            lambda: apply_secret_changes(self._store, changes),
            lambda _done: self._saved(accounts, values),
            self._save_failed,
        )

    def _saved(self, accounts: Accounts, values: dict[str, object]) -> None:
        for key, value in {**accounts_to_settings(accounts), **values}.items():
            self._settings.setValue(key, value)
        self._settings.sync()
        self.saved.emit()
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe(error))
        self.load_secret_state()
