"""Settings for the shop owner: provider accounts and their secrets, the shop, the
customer display, the manager PIN. Keyring and network calls run in workers; secrets
go to the keyring only, everything else to QSettings."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
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
from app.ui.messages import describe, describe_for_owner
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.runner import BACKGROUND, Runner
from app.ui.settings_tasks import (
    AccountCheck,
    SecretChanges,
    apply_secret_changes,
    check_accounts,
    secret_state,
    try_account,
    write_settings,
)
from app.ui.settings_values import settings_dict

LANGUAGES = [("", "System default"), ("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
             ("es", "Español"), ("tr", "Türkçe"), ("ar", "العربية")]  # fmt: skip


class SettingsDialog(QDialog):
    """Its reads and tests are owned by the dialog: closing it drops them. Saving is owned
    by ``keeper`` (the settings flow), so Save then Esc still stores and applies."""

    saved = Signal()

    def __init__(
        self,
        settings: QSettings,
        runner: Runner,
        store: SecretStore,
        parent: QWidget | None = None,
        *,
        keeper: QObject | None = None,
        on_saved: Callable[[], None] | None = None,
        on_save_failed: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._runner = runner
        self._store = store
        self._keeper = keeper if keeper is not None else parent
        self._on_saved = on_saved
        self._on_save_failed = on_save_failed
        self.confirm: QMessageBox | None = None
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
            box.touched = False  # filling in what is stored is no edit
            box.test_requested.connect(self.test_connection)
        accounts_tab = QWidget()
        accounts_layout = QVBoxLayout(accounts_tab)
        accounts_layout.addWidget(self.keyring_state)
        accounts_layout.addWidget(self.esimfly)
        accounts_layout.addWidget(self.octopus)
        accounts_layout.addWidget(
            QLabel(self.tr("With no account switched on, the counter runs in training mode."), self)
        )
        accounts_layout.addStretch(1)

        self.shop_name = QLineEdit(str(settings.value("shop/name", "")), self)
        self.clerk = QLineEdit(str(settings.value("shop/clerk", "")), self)
        self.threshold = QLineEdit(str(settings.value("balance/low_threshold", "50")), self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if not code else name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(settings.value("ui/language", ""))))
        )
        shop_tab = QWidget(self)
        shop_form = QFormLayout(shop_tab)
        shop_form.addRow(self.tr("Shop name"), self.shop_name)
        shop_form.addRow(self.tr("Clerk"), self.clerk)
        # An amount alone said nothing of its currency: it is each wallet's own.
        self.threshold.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 10)
        threshold_unit = QLabel(self.tr("in each account's wallet currency (USD 50, EUR 50…)"))
        threshold_unit.setWordWrap(True)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(threshold_unit, 1)
        shop_form.addRow(self.tr("Warn when a balance is below"), threshold_row)
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

        # Scrolls rather than squeezes: a refusal under Test connection takes lines.
        accounts_scroll = QScrollArea(self)
        accounts_scroll.setWidgetResizable(True)
        accounts_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        accounts_scroll.setWidget(accounts_tab)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(accounts_scroll, self.tr("Accounts"))
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
        store = self._store
        self._runner.run(
            lambda: secret_state(store),
            self._show_secret_state,
            self._keyring_failed,
            owner=self,
            key=f"keyring:{id(self)}",
            priority=BACKGROUND,
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
        store = self._store
        box.show_result(self.tr("Testing…"), True)
        box.verified = None
        self._runner.run(
            lambda: try_account(provider, url, currency, typed, store),
            lambda balance: box.show_result(
                self.tr("Connected. Balance: %1").replace("%1", balance.format()), True
            ),
            lambda error: box.show_result(describe_for_owner(error), False),
            owner=self,
            key=f"test:{provider.value}:{id(self)}",
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
        checks = [
            AccountCheck(
                box.provider,
                box.base_url.text(),
                box.currency_code(),
                {name: field.new_value() for name, field in box.fields.items()},
            )
            for box in self.boxes.values()
            if box.enabled.isChecked() and box.touched and box.verified is not True
        ]
        if not checks:
            self._store_all(accounts, changes, values)
            return
        # A changed account is tested before it is saved: wrong credentials saved in
        # silence left the counter stuck (issue 12, 3).
        self.message.setText(self.tr("Testing the connection before saving…"))
        store = self._store
        self._runner.run(
            lambda: check_accounts(checks, store),
            lambda failed: self._checked(failed, accounts, changes, values),
            self._save_failed,
            owner=self,
        )

    def _checked(
        self,
        failed: dict[ProviderId, CounterError],
        accounts: Accounts,
        changes: SecretChanges,
        values: dict[str, object],
    ) -> None:
        for provider, box in self.boxes.items():
            if provider in failed:
                box.show_result(describe_for_owner(failed[provider]), False)
        if not failed:
            self._store_all(accounts, changes, values)
            return
        reasons = "\n".join(
            f"{PROVIDER_NAMES.get(p, p.value)}: {describe_for_owner(e)}" for p, e in failed.items()
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save settings"),
            self.tr(
                "The connection test failed:\n%1\n\nSave anyway? The counter will show "
                "REAL — NOT CONNECTED until it connects."
            ).replace("%1", reasons),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save anyway"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Go back"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(box.deleteLater)
        self.confirm = box

        def answered(result: int) -> None:
            self.confirm = None
            if result == QMessageBox.StandardButton.Save:
                self._store_all(accounts, changes, values)
            else:
                self.buttons.setEnabled(True)
                self.message.setText(self.tr("Not saved. Correct the account, or switch it off."))

        box.finished.connect(answered)
        box.open()

    def _store_all(
        self, accounts: Accounts, changes: SecretChanges, values: dict[str, object]
    ) -> None:
        """Secrets to the keyring, then the settings, then the counter reopens. Owned by
        the keeper, not the dialog: Esc while saving must not lose a half-done save."""
        self.message.setText(self.tr("Saving…"))
        store, settings = self._store, self._settings
        on_saved, on_failed = self._on_saved, self._on_save_failed
        all_values = {**accounts_to_settings(accounts), **values}

        def stored(_none: object) -> None:
            write_settings(settings, all_values)
            if on_saved is not None:
                on_saved()
            if shiboken6.isValid(self):
                self.saved.emit()
                self.accept()

        def refused(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._save_failed(error)
            elif on_failed is not None:
                on_failed(describe(error))

        self._runner.run(
            lambda: apply_secret_changes(store, changes), stored, refused, owner=self._keeper
        )

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe(error))
        self.load_secret_state()

    def done(self, result: int) -> None:
        # Closing drops this dialog's reads and tests (a save in progress carries on).
        self._runner.cancel_owner(self)
        super().done(result)
