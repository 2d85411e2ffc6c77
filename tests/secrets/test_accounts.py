"""Accounts: plain settings in and out, providers built with secrets from the keyring."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from app.accounts import (
    ESIMFLY_URL,
    OCTOPUS_SANDBOX_URL,
    OCTOPUS_URL,
    Accounts,
    AccountSettingsError,
    EsimflyAccount,
    MissingSecretError,
    OctopusAccount,
    accounts_to_settings,
    build_providers,
    load_accounts,
    test_connection,
)
from app.core.errors import ClockSkewError, CounterError, InvalidResponseError
from app.core.money import Money
from app.core.plans import ProviderId
from app.core.secret import Secret
from app.endpoints import make_client
from app.providers.base import Provider
from app.providers.esimfly import EsimflyProvider
from app.providers.octopus import OctopusProvider
from app.sandbox import DEFAULTS, Sandbox, SandboxConfig, serve
from app.secrets import NoSafeKeyringError, SecretName, SecretStore
from tests.secrets.conftest import PlaintextKeyring

SANDBOX_SECRETS = {
    SecretName.ESIMFLY_ACCESS_CODE: DEFAULTS.esimfly_access_code,
    SecretName.ESIMFLY_SECRET_KEY: DEFAULTS.esimfly_secret_key,
    SecretName.OCTOPUS_API_KEY: DEFAULTS.octopus_api_key,
    SecretName.OCTOPUS_API_SECRET: DEFAULTS.octopus_api_secret,
    SecretName.CHAIN_PASSWORD: "chain-password-known-4711",
}


def _fill(store: SecretStore, names: list[SecretName] | None = None) -> None:
    for name in names if names is not None else list(SecretName):
        store.store(name, Secret(SANDBOX_SECRETS[name]))


@pytest.fixture
def server() -> Iterator[str]:
    with serve(Sandbox(SandboxConfig(balance=Decimal("250.00"))), host="127.0.0.1") as handle:
        yield handle.url


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[httpx.Client]:
    # The shop's client, but never through a proxy some CI machine has set up.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    with make_client() as made:
        yield made


# -- settings ---------------------------------------------------------------------------


def test_nothing_configured_means_no_accounts() -> None:
    accounts = load_accounts({})
    assert accounts == Accounts() and accounts.configured == ()
    disabled = {"accounts/esimfly/enabled": "false", "accounts/esimfly/base_url": ESIMFLY_URL}
    assert load_accounts(disabled).configured == ()


def test_round_trip() -> None:
    accounts = Accounts(
        esimfly=EsimflyAccount("https://esimfly.net/", "iqd"),
        octopus=OctopusAccount(OCTOPUS_SANDBOX_URL, "eur"),
    )
    settings = accounts_to_settings(accounts)
    assert settings == {
        "accounts/esimfly/enabled": "true",
        "accounts/esimfly/base_url": "https://esimfly.net",
        "accounts/esimfly/wallet_currency": "IQD",
        "accounts/octopus/enabled": "true",
        "accounts/octopus/base_url": "https://sandbox-api.octopuscards.io",
        "accounts/octopus/wallet_currency": "EUR",
    }
    assert all(isinstance(value, str) for value in settings.values())
    assert load_accounts(settings) == accounts
    assert load_accounts(settings).configured == (ProviderId.ESIMFLY, ProviderId.OCTOPUS)


def test_removed_account_is_switched_off() -> None:
    settings = accounts_to_settings(Accounts(octopus=OctopusAccount()))
    assert settings["accounts/esimfly/enabled"] == "false"
    assert load_accounts(settings) == Accounts(octopus=OctopusAccount(OCTOPUS_URL, "USD"))


def test_defaults_and_qsettings_value_types() -> None:
    # QSettings hands back bools from the registry and text from an INI file.
    accounts = load_accounts({"accounts/esimfly/enabled": True, "accounts/octopus/enabled": "1"})
    assert accounts.esimfly == EsimflyAccount(ESIMFLY_URL, None)
    assert accounts.octopus == OctopusAccount(OCTOPUS_URL, "USD")


def test_settings_hold_no_secrets(store: SecretStore) -> None:
    _fill(store)
    settings = accounts_to_settings(Accounts(esimfly=EsimflyAccount(), octopus=OctopusAccount()))
    text = repr(settings)
    for value in SANDBOX_SECRETS.values():
        assert value not in text
    for key in settings:
        assert not any(word in key for word in ("secret", "access_code", "api_key"))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            {"accounts/esimfly/enabled": "true", "accounts/esimfly/base_url": "http://esimfly.net"},
            "The eSIMfly address is not usable. The address must start with https://",
        ),
        (
            {"accounts/octopus/enabled": "true", "accounts/octopus/wallet_currency": "dollars"},
            "The Octopus wallet currency must be a three-letter code such as USD.",
        ),
    ],
)
def test_unusable_settings(settings: dict[str, object], message: str) -> None:
    with pytest.raises(AccountSettingsError) as caught:
        load_accounts(settings)
    assert caught.value.message.startswith(message)


# -- building providers ----------------------------------------------------------------


def test_no_account_builds_nothing(store: SecretStore) -> None:
    assert build_providers(Accounts(), store, httpx.Client()) == {}


def test_builds_both_providers_and_they_work(
    store: SecretStore, client: httpx.Client, server: str
) -> None:
    _fill(store)
    accounts = Accounts(esimfly=EsimflyAccount(server), octopus=OctopusAccount(server, "USD"))
    providers = build_providers(accounts, store, client)
    assert set(providers) == {ProviderId.ESIMFLY, ProviderId.OCTOPUS}
    assert isinstance(providers[ProviderId.ESIMFLY], EsimflyProvider)
    assert isinstance(providers[ProviderId.OCTOPUS], OctopusProvider)
    for provider in providers.values():
        assert server in repr(provider)
        balance = test_connection(provider)
        assert isinstance(balance, Money) and balance.currency == "USD"


def test_builds_only_what_is_configured(store: SecretStore) -> None:
    _fill(store, [SecretName.OCTOPUS_API_KEY, SecretName.OCTOPUS_API_SECRET])
    accounts = Accounts(octopus=OctopusAccount("http://127.0.0.1:9"))
    assert list(build_providers(accounts, store, httpx.Client())) == [ProviderId.OCTOPUS]


def test_missing_secret_is_named(store: SecretStore) -> None:
    _fill(store, [SecretName.ESIMFLY_ACCESS_CODE])
    with pytest.raises(MissingSecretError) as caught:
        build_providers(Accounts(esimfly=EsimflyAccount()), store, httpx.Client())
    assert caught.value.message == (
        "The eSIMfly secret key is not in the keyring. Enter it in the provider settings, "
        'or run: keyring set "eSIM Counter" esimfly.secret_key'
    )
    assert caught.value.missing == (SecretName.ESIMFLY_SECRET_KEY,)
    assert caught.value.provider == "eSIMfly"
    assert isinstance(caught.value, CounterError)


def test_every_missing_secret_is_named(store: SecretStore) -> None:
    accounts = Accounts(esimfly=EsimflyAccount(), octopus=OctopusAccount())
    with pytest.raises(MissingSecretError) as caught:
        build_providers(accounts, store, httpx.Client())
    assert caught.value.message.startswith(
        "The eSIMfly access code and the eSIMfly secret key and the Octopus API key and the "
        "Octopus API secret are not in the keyring. Enter them"
    )
    assert caught.value.provider is None


def test_no_safe_keyring_stops_the_build() -> None:
    store = SecretStore(PlaintextKeyring())
    with pytest.raises(NoSafeKeyringError):
        build_providers(Accounts(octopus=OctopusAccount()), store, httpx.Client())


# -- test_connection -------------------------------------------------------------------


def test_connection_reports_a_slow_clock(client: httpx.Client, server: str) -> None:
    provider = EsimflyProvider(
        client,
        server,
        Secret(DEFAULTS.esimfly_access_code),
        Secret(DEFAULTS.esimfly_secret_key),
        clock=lambda: time.time() - 7 * 60,
    )
    with pytest.raises(ClockSkewError) as caught:
        test_connection(provider)
    assert caught.value.message == "This computer's clock is 7 minutes behind."


def test_connection_wraps_a_bug() -> None:
    class Broken(Provider):
        id = ProviderId.OCTOPUS

        def balance(self) -> Money:
            raise KeyError("unexpected")

        list_destinations = list_plans = place_order = fetch_order = find_order = None  # type: ignore[assignment]

    # The provider's own net (app.providers.base) already turns the bug into a typed error.
    with pytest.raises(InvalidResponseError) as caught:
        test_connection(Broken())
    # Wrapped here, or already by the provider's own net (app.providers.base): either way
    # a CounterError naming the provider, and the bug's own words stay in the log.
    assert caught.value.message in (
        "The connection test failed unexpectedly (KeyError).",
        "The provider sent an answer the counter cannot read.",
    )
    assert str(caught.value.provider).lower() == "octopus"
