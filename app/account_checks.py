"""Test connection, for the settings dialog: one balance read with the address and the
secrets as the owner typed them. Qt-free, run in a worker; it lives here, beside the
accounts, so that no widget imports a provider client (tests/unit/test_layers.py)."""

from __future__ import annotations

from app.accounts import SECRETS, make_provider, require_secrets, test_connection
from app.core.money import Money
from app.core.plans import ProviderId
from app.core.secret import Secret
from app.endpoints import check_base_url, make_client
from app.providers.http import RetryPolicy, Timeouts
from app.secrets import SecretName, SecretStore

# A connection test should answer quickly, and never retry into a long wait.
TEST_TIMEOUTS = Timeouts(connect=5.0, read=15.0, order=15.0)


def try_account(
    provider: ProviderId,
    base_url: str,
    currency: str,
    typed: dict[SecretName, Secret | None],
    store: SecretStore,
    timeouts: Timeouts = TEST_TIMEOUTS,
) -> Money:
    """Read the balance with the address and secrets as entered (stored ones where the
    field was left empty)."""
    url = check_base_url(base_url)
    secrets = require_secrets(SECRETS[provider], lambda name: typed.get(name) or store.read(name))
    with make_client(timeouts) as client:
        made = make_provider(
            provider,
            client,
            url,
            secrets,
            wallet_currency=currency,
            timeouts=timeouts,
            retry=RetryPolicy(attempts=1),
        )
        return test_connection(made)
