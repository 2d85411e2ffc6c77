"""The settings dialog's simple tabs: the shop, the customer display, the manager PIN,
receipts, accessibility (touch mode, text size), and the made-elsewhere clerks and chain.
Their widgets are attributes of the dialog (it reads them when saving); their words keep
the dialog's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app import settings_schema as schema
from app.ui.settings_store import read

if TYPE_CHECKING:
    from app.secrets import SecretStore
    from app.ui.chain_tab import ChainTab
    from app.ui.clerks_tab import ClerksTab
    from app.ui.receipts.settings_tab import ReceiptsTab
    from app.ui.runner import Runner
    from app.ui.settings_dialog import SettingsDialog

LANGUAGES = [("", QT_TRANSLATE_NOOP("SettingsDialog", "System default")),
             ("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
             ("es", "Español"), ("tr", "Türkçe"), ("ar", "العربية")]  # fmt: skip


def shop_tab(dialog: SettingsDialog, settings: QSettings, runner: Runner | None = None) -> QWidget:
    dialog.shop_name = QLineEdit(read(settings, schema.SHOP_NAME), dialog)
    dialog.clerk = QLineEdit(read(settings, schema.CLERK), dialog)
    dialog.threshold = QLineEdit(str(read(settings, schema.LOW_BALANCE)), dialog)
    dialog.language = QComboBox(dialog)
    dialog.shop_name.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Shop name"))
    dialog.clerk.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Clerk"))
    dialog.threshold.setAccessibleName(
        QCoreApplication.translate("SettingsDialog", "Warn when a balance is below")
    )
    dialog.language.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Language"))
    for code, name in LANGUAGES:
        # Each language is named in itself; only "System default" is translated.
        text = str(name)  # marked with QT_TRANSLATE_NOOP above
        label = QCoreApplication.translate("SettingsDialog", text) if not code else text
        dialog.language.addItem(label, code)
    dialog.language.setCurrentIndex(
        max(0, dialog.language.findData(read(settings, schema.LANGUAGE)))
    )
    shop_tab = QWidget(dialog)
    shop_form = QFormLayout(shop_tab)
    shop_form.addRow(QCoreApplication.translate("SettingsDialog", "Shop name"), dialog.shop_name)
    shop_form.addRow(QCoreApplication.translate("SettingsDialog", "Clerk"), dialog.clerk)
    # An amount alone said nothing of its currency: it is each wallet's own.
    dialog.threshold.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("0") * 10)
    threshold_unit = QLabel(
        QCoreApplication.translate(
            "SettingsDialog", "in each account's wallet currency (USD 50, EUR 50…)"
        )
    )
    threshold_unit.setWordWrap(True)
    threshold_row = QHBoxLayout()
    threshold_row.addWidget(dialog.threshold)
    threshold_row.addWidget(threshold_unit, 1)
    shop_form.addRow(
        QCoreApplication.translate("SettingsDialog", "Warn when a balance is below"), threshold_row
    )
    shop_form.addRow(QCoreApplication.translate("SettingsDialog", "Language"), dialog.language)
    if runner is not None:
        phone_rows(dialog, settings, runner, shop_form)
    return shop_tab


def phone_rows(
    dialog: SettingsDialog, settings: QSettings, runner: Runner, form: QFormLayout
) -> None:
    """The phone check before paying (issue 17): its switch, and the owner's phone list."""
    from app.ui.phone_list_update import PhoneListRow

    dialog.ask_phone_check = QCheckBox(
        QCoreApplication.translate("SettingsDialog", "Ask the phone check before each sale"),
        dialog,
    )
    dialog.ask_phone_check.setAccessibleName(
        QCoreApplication.translate("SettingsDialog", "Ask the phone check before each sale")
    )
    dialog.ask_phone_check.setChecked(read(settings, schema.ASK_PHONE_CHECK))
    step = getattr(getattr(dialog.parent(), "flow", None), "phone_step", None)

    def installed(found: object) -> None:
        if step is not None:
            step.phone_list = found  # the next check uses the new list

    dialog.phone_list = PhoneListRow(
        runner, lambda: None if step is None else step.folder(), installed, dialog
    )
    form.addRow(dialog.ask_phone_check)
    form.addRow(dialog.phone_list)


def display_tab(dialog: SettingsDialog, settings: QSettings) -> QWidget:
    dialog.display_screen = QComboBox(dialog)
    dialog.display_screen.addItem(
        QCoreApplication.translate("SettingsDialog", "Automatic (second screen if there is one)"),
        "",
    )
    for screen in QGuiApplication.screens():
        size = screen.geometry()
        label = f"{screen.name()} ({size.width()}×{size.height()})"
        dialog.display_screen.addItem(label, screen.name())
    dialog.display_screen.setCurrentIndex(
        max(0, dialog.display_screen.findData(read(settings, schema.DISPLAY_SCREEN)))
    )
    dialog.display_screen.setAccessibleName(
        QCoreApplication.translate("SettingsDialog", "Customer display on")
    )
    dialog.timeout = QSpinBox(dialog)
    dialog.timeout.setAccessibleName(
        QCoreApplication.translate("SettingsDialog", "Close the customer display after")
    )
    dialog.timeout.setRange(0, 60)
    dialog.timeout.setSuffix(QCoreApplication.translate("SettingsDialog", " min"))
    dialog.timeout.setSpecialValueText(QCoreApplication.translate("SettingsDialog", "Never"))
    dialog.timeout.setValue(read(settings, schema.DISPLAY_TIMEOUT_S) // 60)
    display_tab = QWidget(dialog)
    display_form = QFormLayout(display_tab)
    display_form.addRow(
        QCoreApplication.translate("SettingsDialog", "Customer display on"), dialog.display_screen
    )
    display_form.addRow(
        QCoreApplication.translate("SettingsDialog", "Close it after"), dialog.timeout
    )
    return display_tab


def pin_tab(dialog: SettingsDialog, settings: QSettings) -> QWidget:
    dialog.pin = QLineEdit(dialog)
    dialog.pin_again = QLineEdit(dialog)
    dialog.pin.setAccessibleName(QCoreApplication.translate("SettingsDialog", "New PIN"))
    dialog.pin_again.setAccessibleName(
        QCoreApplication.translate("SettingsDialog", "Repeat the new PIN")
    )
    for edit in (dialog.pin, dialog.pin_again):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    has_pin = bool(read(settings, schema.PIN_HASH))
    dialog.pin.setPlaceholderText(
        QCoreApplication.translate("SettingsDialog", "Type a new PIN to change it")
        if has_pin
        else QCoreApplication.translate("SettingsDialog", "4 to 12 digits")
    )
    dialog.require_pin = QCheckBox(
        QCoreApplication.translate(
            "SettingsDialog", "Ask for the manager PIN before settings open"
        ),
        dialog,
    )
    dialog.require_pin.setChecked(has_pin)
    pin_tab = QWidget(dialog)
    pin_form = QFormLayout(pin_tab)
    pin_form.addRow(QCoreApplication.translate("SettingsDialog", "New PIN"), dialog.pin)
    pin_form.addRow(QCoreApplication.translate("SettingsDialog", "Repeat it"), dialog.pin_again)
    pin_form.addRow(dialog.require_pin)
    return pin_tab


def receipts_tab(dialog: SettingsDialog, settings: QSettings, runner: Runner) -> ReceiptsTab:
    """Receipts (issue 14): a widget of its own, whose ``values()`` the dialog saves."""
    from app.ui.receipts.settings_tab import ReceiptsTab

    dialog.receipts = ReceiptsTab(settings, runner, dialog)
    return dialog.receipts


def access_tab(dialog: SettingsDialog, settings: QSettings) -> QWidget:
    """Touch mode and text size: applied to every window when the settings are saved."""
    dialog.touch_mode = QCheckBox(
        QCoreApplication.translate(
            "SettingsDialog", "Touch mode: larger buttons and rows, lists scroll by dragging"
        ),
        dialog,
    )
    dialog.touch_mode.setChecked(read(settings, schema.TOUCH_MODE))
    dialog.touch_mode.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Touch mode"))
    dialog.text_size = QSpinBox(dialog)
    dialog.text_size.setRange(100, 200)
    dialog.text_size.setSingleStep(25)
    dialog.text_size.setSuffix(" %")
    dialog.text_size.setValue(read(settings, schema.TEXT_SIZE))
    dialog.text_size.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Text size"))
    dialog.text_size.setAccessibleDescription(
        QCoreApplication.translate(
            "SettingsDialog", "The size of all text, from 100 to 200 percent"
        )
    )
    note = QLabel(
        QCoreApplication.translate(
            "SettingsDialog", "Both apply to every window as soon as the settings are saved."
        ),
        dialog,
    )
    note.setWordWrap(True)
    tab = QWidget(dialog)
    form = QFormLayout(tab)
    form.addRow(dialog.touch_mode)
    form.addRow(QCoreApplication.translate("SettingsDialog", "Text size"), dialog.text_size)
    form.addRow(note)
    return tab


def clerks_tab(dialog: SettingsDialog, settings: QSettings, runner: Runner) -> ClerksTab:
    """Clerks (issue 15): a widget of its own; the clerks of the window's journal (through
    its clerk gate), changed at once; its ``values()`` (sign-in, idle) saved with the rest."""
    from app.ui.clerks_tab import ClerksTab

    gate = getattr(dialog.parent(), "clerk_gate", None)
    dialog.clerks = ClerksTab(settings, runner, gate.book if gate is not None else None, dialog)
    return dialog.clerks


def chain_tab(
    dialog: SettingsDialog, settings: QSettings, runner: Runner, store: SecretStore
) -> ChainTab:
    """Chain (issue 16): a widget of its own; its ``values()`` and ``password_change()``
    are saved with the rest (the password to the keyring only)."""
    from app.ui.chain_tab import ChainTab

    dialog.chain = ChainTab(settings, runner, store, dialog)
    return dialog.chain
