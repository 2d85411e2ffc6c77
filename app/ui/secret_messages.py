"""Translated sentences for the keyring, the manager PIN and missing secrets.

``app.secrets``, ``app.pin`` and ``app.accounts`` raise errors that carry facts (what was
being done, which secret, the keyring's state, how long to wait); the sentences are built
here so they go through Qt's translation system. Each secret's name stands before a colon
rather than inside a sentence, so no language has to bend its grammar around it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

if TYPE_CHECKING:
    from app.accounts import MissingSecretError
    from app.pin import PinError, PinLockedError
    from app.secrets import KeyringStatus, SecretName, SecretStoreError

_ENTRY_LABELS = {
    "esimfly.access_code": QT_TRANSLATE_NOOP("SecretMessages", "eSIMfly access code"),
    "esimfly.secret_key": QT_TRANSLATE_NOOP("SecretMessages", "eSIMfly secret key"),
    "octopus.api_key": QT_TRANSLATE_NOOP("SecretMessages", "Octopus API key"),
    "octopus.api_secret": QT_TRANSLATE_NOOP("SecretMessages", "Octopus API secret"),
}

# Keyring backends by class path, named as their own systems name them.
_KEYRING_NAMES = {
    "keyring.backends.Windows.WinVaultKeyring": QT_TRANSLATE_NOOP(
        "SecretMessages", "Windows Credential Manager"
    ),
    "keyring.backends.macOS.Keyring": QT_TRANSLATE_NOOP("SecretMessages", "macOS Keychain"),
    "keyring.backends.SecretService.Keyring": QT_TRANSLATE_NOOP(
        "SecretMessages", "Secret Service (GNOME Keyring)"
    ),
    "keyring.backends.libsecret.Keyring": QT_TRANSLATE_NOOP(
        "SecretMessages", "Secret Service (libsecret)"
    ),
    "keyring.backends.kwallet.DBusKeyring": QT_TRANSLATE_NOOP("SecretMessages", "KWallet"),
    "keyring.backends.kwallet.DBusKeyringKWallet4": QT_TRANSLATE_NOOP("SecretMessages", "KWallet"),
}


def _translated(marked: object) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, translated now."""
    text = str(marked)
    return QCoreApplication.translate("SecretMessages", text)


def entry_label(entry: SecretName | str) -> str:
    key = str(getattr(entry, "value", entry))
    return _translated(_ENTRY_LABELS[key]) if key in _ENTRY_LABELS else key


def keyring_name(status: KeyringStatus) -> str:
    name = _KEYRING_NAMES.get(status.backend)
    # A keyring a test or an administrator allowed by name keeps that name.
    if name:
        return _translated(name)
    return status.where or QCoreApplication.translate("SecretMessages", "the system keyring")


def keyring_status_text(status: KeyringStatus) -> str:
    from app.secrets import KeyringState

    use_instead = QCoreApplication.translate(
        "SecretMessages",
        "Use Windows Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux.",
    )
    state = status.state
    if state is KeyringState.USABLE:
        return QCoreApplication.translate(
            "SecretMessages", "Provider secrets are kept in %1."
        ).replace("%1", keyring_name(status))
    if state is KeyringState.PLAINTEXT:
        return QCoreApplication.translate(
            "SecretMessages",
            "The only keyring on this computer keeps secrets in a file, which the counter "
            "does not use. No safe keyring is available, so no secrets are kept.",
        )
    if state is KeyringState.UNSUPPORTED:
        return (
            QCoreApplication.translate(
                "SecretMessages",
                "The keyring on this computer (%1) is not one the counter knows to be safe, "
                "so no secrets are kept.",
            ).replace("%1", status.backend)
            + " "
            + use_instead
        )
    if state is KeyringState.LOCKED:
        return QCoreApplication.translate(
            "SecretMessages",
            "The keyring (%1) is locked or refused access. Unlock it, or log out and in "
            "again, then try again.",
        ).replace("%1", keyring_name(status))
    return (
        QCoreApplication.translate(
            "SecretMessages",
            "No safe keyring is available on this computer, so the counter cannot keep "
            "provider secrets.",
        )
        + " "
        + use_instead
    )


def describe_secret_error(error: SecretStoreError) -> str:
    from app.secrets import (
        KeyringAccessError,
        KeyringLockedError,
        NoSafeKeyringError,
        SecretAction,
    )

    if error.empty:
        reason = QCoreApplication.translate(
            "SecretMessages", "The field is empty; nothing was stored."
        )
    elif isinstance(error, NoSafeKeyringError) and error.status is not None:
        reason = keyring_status_text(error.status)
    elif isinstance(error, KeyringLockedError):
        reason = QCoreApplication.translate(
            "SecretMessages",
            "The keyring is locked, or its unlock prompt was dismissed. Unlock it and try again.",
        )
    elif isinstance(error, KeyringAccessError):
        reason = QCoreApplication.translate(
            "SecretMessages",
            "The keyring failed or refused access. Unlock it, or log out and in again, "
            "then try again.",
        )
    else:
        reason = QCoreApplication.translate("SecretMessages", "The keyring could not be used.")
    if error.entry is None or error.action in (None, SecretAction.FIND):
        return reason
    what = {
        SecretAction.STORE: QCoreApplication.translate("SecretMessages", "%1: not stored."),
        SecretAction.READ: QCoreApplication.translate("SecretMessages", "%1: could not be read."),
        SecretAction.REMOVE: QCoreApplication.translate("SecretMessages", "%1: not removed."),
    }[error.action]
    return what.replace("%1", entry_label(error.entry)) + " " + reason


def describe_missing_secrets(error: MissingSecretError) -> str:
    labels = ", ".join(entry_label(name) for name in error.missing)
    commands = "; ".join(name.command for name in error.missing)
    return (
        QCoreApplication.translate(
            "SecretMessages", "Missing from the keyring: %1. Enter it in Settings, or run: %2"
        )
        .replace("%1", labels)
        .replace("%2", commands)
    )


class Waits(QObject):
    """Plural forms: lupdate files ``%n`` messages as numerus only from ``self.tr``."""

    def seconds(self, n: int) -> str:
        return self.tr("%n second(s)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)


def describe_wait(seconds: float) -> str:
    """A wait in whole seconds under two minutes, else in whole minutes (rounded up)."""
    whole = max(1, math.ceil(seconds))
    if whole < 120:
        return Waits().seconds(whole)
    minutes = math.ceil(whole / 60)
    return Waits().minutes(minutes)


def describe_pin_error(error: PinError | PinLockedError) -> str:
    from app.pin import MAX_DIGITS, MIN_DIGITS, PinLockedError, PinProblem

    if isinstance(error, PinLockedError):
        return QCoreApplication.translate(
            "SecretMessages", "Too many wrong PINs. Try again in %1."
        ).replace("%1", describe_wait(error.retry_after))
    if error.problem is PinProblem.EMPTY:
        return QCoreApplication.translate("SecretMessages", "Enter the PIN.")
    if error.problem is PinProblem.NOT_DIGITS:
        return QCoreApplication.translate(
            "SecretMessages", "The PIN must contain digits only (0-9)."
        )
    return (
        QCoreApplication.translate("SecretMessages", "The PIN must be %1 to %2 digits long.")
        .replace("%1", str(MIN_DIGITS))
        .replace("%2", str(MAX_DIGITS))
    )
