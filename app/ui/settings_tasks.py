"""The settings dialog's background work: keyring reads and writes, connection tests
(from :mod:`app.account_checks`). Qt-free functions, run through the Runner."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.account_checks import try_account
from app.core.secret import Secret
from app.secrets import KeyringStatus, SecretName, SecretStore

__all__ = ["SecretChanges", "apply_secret_changes", "secret_state", "try_account"]


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
