"""Saving the settings: the question before saving an account that cannot connect, and
the save itself, owned by a keeper that outlives the dialog (Save then Esc still stores
the secrets, writes the settings and reopens the counter)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.core.errors import CounterError
from app.core.plans import ProviderId
from app.secrets import SecretStore
from app.ui.messages import describe, describe_for_owner
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.runner import Runner
from app.ui.settings_tasks import SecretChanges, apply_secret_changes, write_settings


def save_anyway_prompt(parent: QWidget, failed: Mapping[ProviderId, CounterError]) -> QMessageBox:
    """ "Save anyway?" for accounts whose test failed; Go back is the default (Enter)."""
    reasons = "\n".join(
        f"{PROVIDER_NAMES.get(p, p.value)}: {describe_for_owner(e)}" for p, e in failed.items()
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SettingsDialog", "Save settings"),
        QCoreApplication.translate(
            "SettingsDialog",
            "The connection test failed:\n%1\n\nSave anyway? The counter will show "
            "REAL — NOT CONNECTED until it connects.",
        ).replace("%1", reasons),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Save).setText(
        QCoreApplication.translate("SettingsDialog", "Save anyway")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("SettingsDialog", "Go back")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(box.deleteLater)
    return box


def save_in_background(
    runner: Runner,
    store: SecretStore,
    changes: SecretChanges,
    write: Callable[[], None],
    *,
    keeper: QObject | None,
    dialog: QDialog,
    on_saved: Callable[[], None] | None,
    on_failed: Callable[[BaseException], None],
    on_failed_after_close: Callable[[str], None] | None,
) -> None:
    """Secrets to the keyring, then ``write`` the settings, then ``on_saved``. Owned by
    ``keeper``, not the dialog: Esc while saving must not lose a half-done save."""

    def stored(_none: object) -> None:
        write()
        if on_saved is not None:
            on_saved()
        if shiboken6.isValid(dialog):
            dialog.accept()

    def refused(error: BaseException) -> None:
        if shiboken6.isValid(dialog):
            on_failed(error)
        elif on_failed_after_close is not None:
            on_failed_after_close(describe(error))

    runner.run(lambda: apply_secret_changes(store, changes), stored, refused, owner=keeper)


__all__ = ["save_anyway_prompt", "save_in_background", "write_settings"]
