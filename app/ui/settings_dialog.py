"""Settings for the shop owner: provider accounts and their secrets, the shop, the
customer display, the manager PIN. Keyring and network calls run in workers; secrets
go to the keyring only, everything else to QSettings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings_schema as schema
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
from app.secrets import SecretName, SecretStore
from app.ui import accessibility, settings_tabs
from app.ui.account_box import AccountBox
from app.ui.messages import describe, describe_for_owner
from app.ui.runner import BACKGROUND, Runner
from app.ui.screen_fit import fit_to_screen
from app.ui.secret_messages import keyring_status_text
from app.ui.settings_save import save_anyway_prompt, save_in_background
from app.ui.settings_store import read, snapshot
from app.ui.settings_tasks import (
    AccountCheck,
    SecretChanges,
    check_accounts,
    secret_state,
    try_account,
    write_settings,
)

if TYPE_CHECKING:
    from app.ui.chain_tab import ChainTab
    from app.ui.clerks_tab import ClerksTab
    from app.ui.phone_list_update import PhoneListRow
    from app.ui.receipts.settings_tab import ReceiptsTab


class SettingsDialog(QDialog):
    """Its reads and tests are owned by the dialog: closing it drops them. Saving is owned
    by ``keeper`` (the settings flow), so Save then Esc still stores and applies."""

    saved = Signal()

    # Built by app/ui/settings_tabs.py, read here when saving.
    shop_name: QLineEdit
    clerk: QLineEdit
    threshold: QLineEdit
    language: QComboBox
    display_screen: QComboBox
    timeout: QSpinBox
    pin: QLineEdit
    pin_again: QLineEdit
    require_pin: QCheckBox
    receipts: ReceiptsTab
    clerks: ClerksTab
    chain: ChainTab
    touch_mode: QCheckBox
    text_size: QSpinBox
    ask_phone_check: QCheckBox
    phone_list: PhoneListRow

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
        accounts = load_accounts(snapshot(settings))

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

        shop_tab = settings_tabs.shop_tab(self, settings, runner)
        display_tab = settings_tabs.display_tab(self, settings)
        pin_tab = settings_tabs.pin_tab(self, settings)
        receipts_tab = settings_tabs.receipts_tab(self, settings, runner)
        access_tab = settings_tabs.access_tab(self, settings)
        clerks_tab = settings_tabs.clerks_tab(self, settings, runner)
        chain_tab = settings_tabs.chain_tab(self, settings, runner, store)

        # Scrolls rather than squeezes: a refusal under Test connection takes lines.
        # (Up and down only, as wide as the accounts need: at 200 % text it scrolled sideways.)
        accounts_scroll = accessibility.ColumnScroll(accounts_tab, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(accounts_scroll, self.tr("Accounts"))
        self.tabs.addTab(shop_tab, self.tr("Shop"))
        self.tabs.addTab(display_tab, self.tr("Customer display"))
        self.tabs.addTab(pin_tab, self.tr("Manager PIN"))
        # The receipts' many rows scroll too: at 200 % text they outgrow a 768 px screen.
        self.tabs.addTab(accessibility.ColumnScroll(receipts_tab, self), self.tr("Receipts"))
        self.tabs.addTab(access_tab, self.tr("Accessibility"))
        self.tabs.addTab(accessibility.ColumnScroll(clerks_tab, self), self.tr("Clerks"))
        self.tabs.addTab(accessibility.ColumnScroll(chain_tab, self), self.tr("Chain"))
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
        # Both accounts in full where the screen allows; the accounts tab scrolls where not.
        fit_to_screen(self, QSize(760, 800))
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
        self.keyring_state.setText(keyring_status_text(status))
        self.keyring_state.setProperty("bad", not status.usable)
        self.keyring_state.style().unpolish(self.keyring_state)
        self.keyring_state.style().polish(self.keyring_state)
        for box in self.boxes.values():
            for name, field in box.fields.items():
                field.set_stored(stored.get(name, False))
            box.set_keyring_usable(status.usable)
        self.chain.set_password_stored(stored.get(SecretName.CHAIN_PASSWORD, False))
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
            threshold = schema.LOW_BALANCE.check(self.threshold.text().strip() or "0")
        except schema.SettingError:
            raise CounterError(self.tr("The balance warning must be an amount, like 50.")) from None
        try:
            typed: dict[schema.Setting[Any], object] = {
                schema.SHOP_NAME: schema.SHOP_NAME.check(self.shop_name.text()),
                schema.CLERK: schema.CLERK.check(self.clerk.text()),
                schema.LOW_BALANCE: threshold,
                schema.LANGUAGE: schema.LANGUAGE.check(str(self.language.currentData())),
                schema.DISPLAY_SCREEN: str(self.display_screen.currentData()),
                schema.DISPLAY_TIMEOUT_S: self.timeout.value() * 60,
                schema.TOUCH_MODE: self.touch_mode.isChecked(),
                schema.TEXT_SIZE: schema.TEXT_SIZE.check(self.text_size.value()),
                schema.ASK_PHONE_CHECK: self.ask_phone_check.isChecked(),
            }
        except schema.SettingError:
            raise CounterError(
                self.tr("The shop name and the clerk are one line of at most 200 characters.")
            ) from None
        values: dict[str, object] = {
            setting.key: setting.dump(value) for setting, value in typed.items()
        }
        values.update(self._pin_values())
        values.update(self.receipts.values())
        values.update(self.clerks.values())
        values.update(self.chain.values())
        password, forget = self.chain.password_change()
        if password is not None:
            changes.store[SecretName.CHAIN_PASSWORD] = password
        elif forget:
            changes.remove.append(SecretName.CHAIN_PASSWORD)
        return Accounts(esimfly=esimfly, octopus=octopus), changes, values

    def _pin_values(self) -> dict[str, object]:
        typed, again = self.pin.text(), self.pin_again.text()
        if typed or again:
            if typed != again:
                raise CounterError(self.tr("The two PINs are not the same."))
            return {schema.PIN_HASH.key: hash_pin(normalise_pin(typed))}
        if not self.require_pin.isChecked():
            return {schema.PIN_HASH.key: ""}
        if not read(self._settings, schema.PIN_HASH):
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
        for provider, account_box in self.boxes.items():
            if provider in failed:
                account_box.show_result(describe_for_owner(failed[provider]), False)
        if not failed:
            self._store_all(accounts, changes, values)
            return
        box = save_anyway_prompt(self, failed)
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
        self.message.setText(self.tr("Saving…"))
        settings, all_values = self._settings, {**accounts_to_settings(accounts), **values}

        def stored() -> None:
            write_settings(settings, all_values)
            # Every open window takes the new text size and touch mode at once.
            accessibility.apply_settings(settings)
            if shiboken6.isValid(self):
                self.saved.emit()

        save_in_background(
            self._runner,
            self._store,
            changes,
            stored,
            keeper=self._keeper,
            dialog=self,
            on_saved=self._on_saved,
            on_failed=self._save_failed,
            on_failed_after_close=self._on_save_failed,
        )

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe(error))
        self.load_secret_state()

    def done(self, result: int) -> None:
        # Closing drops this dialog's reads and tests (a save in progress carries on).
        self._runner.cancel_owner(self)
        super().done(result)
