"""The settings dialog's background work: keyring reads and writes, connection tests
(from :mod:`app.account_checks`). Functions run through the Runner;
only ``write_settings`` touches Qt (QSettings), on the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from app.account_checks import try_account
from app.core.errors import CounterError
from app.core.plans import ProviderId
from app.core.secret import Secret
from app.secrets import KeyringStatus, SecretName, SecretStore

__all__ = [
    "AccountCheck",
    "SecretChanges",
    "apply_secret_changes",
    "check_accounts",
    "secret_state",
    "try_account",
    "write_settings",
]


@dataclass
class SecretChanges:
    store: dict[SecretName, Secret] = field(default_factory=dict)
    remove: list[SecretName] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"SecretChanges(store={sorted(self.store)}, remove={self.remove})"


def secret_state(store: SecretStore) -> tuple[KeyringStatus, dict[SecretName, bool]]:
    status = store.status()
    if not status.usable:
        return status, {}
    return status, {name: store.has(name) for name in SecretName}


def apply_secret_changes(store: SecretStore, changes: SecretChanges) -> None:
    for name, value in changes.store.items():
        store.store(name, value)
    for name in changes.remove:
        store.remove(name)


@dataclass
class AccountCheck:
    """One account as typed in the dialog, to test before it is saved."""

    provider: ProviderId
    base_url: str
    currency: str
    typed: dict[SecretName, Secret | None]

    def __repr__(self) -> str:  # never the typed secrets
        return f"AccountCheck({self.provider}, {self.base_url!r})"


def check_accounts(
    checks: list[AccountCheck], store: SecretStore
) -> dict[ProviderId, CounterError]:
    """Test each account; the ones that could not connect, with why."""
    failed: dict[ProviderId, CounterError] = {}
    for check in checks:
        try:
            try_account(check.provider, check.base_url, check.currency, check.typed, store)
        except CounterError as exc:
            failed[check.provider] = exc
    return failed


def write_settings(settings: QSettings, values: Mapping[str, object]) -> None:
    """The non-secret settings, once the secrets they go with are in the keyring."""
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
