"""The settings dialog's background work: keyring reads and writes, connection tests.
Qt-free functions, run through the Runner."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.accounts import SECRETS, make_provider, require_secrets, test_connection
from app.core.money import Money
from app.core.plans import ProviderId
from app.core.secret import Secret
from app.endpoints import check_base_url, make_client
from app.providers.http import RetryPolicy, Timeouts
from app.secrets import KeyringStatus, SecretName, SecretStore

# A connection test should answer quickly, and never retry into a long wait.
TEST_TIMEOUTS = Timeouts(connect=5.0, read=15.0, order=15.0)


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


def try_account(
    provider: ProviderId,
    base_url: str,
    currency: str,
    typed: dict[SecretName, Secret | None],
    store: SecretStore,
) -> Money:
    """Read the balance with the address and secrets as entered (stored ones where the
    field was left empty)."""
    url = check_base_url(base_url)
    secrets = require_secrets(SECRETS[provider], lambda name: typed.get(name) or store.read(name))
    with make_client(TEST_TIMEOUTS) as client:
        made = make_provider(
            provider,
            client,
            url,
            secrets,
            wallet_currency=currency,
            timeouts=TEST_TIMEOUTS,
            retry=RetryPolicy(attempts=1),
        )
        return test_connection(made)
