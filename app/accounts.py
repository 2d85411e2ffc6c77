"""Provider accounts: what is configured, and the providers built from it.

An account here holds only what may sit in QSettings in plain sight: the base URL and
the wallet currency. Its secrets stay in the keyring (:mod:`app.secrets`) and are read
only by :func:`build_providers`, at the moment the providers are built. With no account
configured :func:`build_providers` returns an empty dict and the program runs in
training mode.

Settings keys (all values are text)::

    accounts/esimfly/enabled          "true" or "false"
    accounts/esimfly/base_url         default https://esimfly.net
    accounts/esimfly/wallet_currency  optional; eSIMfly reports its own with each balance
    accounts/octopus/enabled          "true" or "false"
    accounts/octopus/base_url         default https://api.octopuscards.io
    accounts/octopus/wallet_currency  default USD
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import httpx

from app import settings_schema as schema
from app.core.errors import CounterError
from app.core.money import Money
from app.core.plans import ProviderId
from app.core.secret import Secret
from app.endpoints import EndpointError, check_base_url
from app.providers.base import Provider
from app.providers.esimfly import EsimflyProvider
from app.providers.http import RetryPolicy, Timeouts
from app.providers.octopus import OctopusProvider
from app.secrets import SecretName, SecretStore

log = logging.getLogger(__name__)

ESIMFLY_URL = schema.ESIMFLY_URL.default
OCTOPUS_URL = schema.OCTOPUS_URL.default
OCTOPUS_SANDBOX_URL = "https://sandbox-api.octopuscards.io"


# The keyring entries each provider needs, in the order its constructor takes them.
SECRETS: dict[ProviderId, tuple[SecretName, SecretName]] = {
    ProviderId.ESIMFLY: (SecretName.ESIMFLY_ACCESS_CODE, SecretName.ESIMFLY_SECRET_KEY),
    ProviderId.OCTOPUS: (SecretName.OCTOPUS_API_KEY, SecretName.OCTOPUS_API_SECRET),
}
_NAMES = {ProviderId.ESIMFLY: "eSIMfly", ProviderId.OCTOPUS: "Octopus"}


class AccountSettingsError(CounterError):
    """A stored account setting the counter cannot use: ``setting`` names which (the
    wallet currency, or the address with the :class:`EndpointError` that says why)."""

    default_message = "The provider account settings are not usable."

    def __init__(
        self,
        message: str,
        *,
        provider: ProviderId,
        setting: str,
        address_problem: EndpointError | None = None,
    ) -> None:
        self.setting = setting  # "wallet_currency" or "base_url"
        self.address_problem = address_problem
        super().__init__(message, provider=provider)


class MissingSecretError(CounterError):
    """Secrets a configured account needs are not in the keyring."""

    def __init__(self, missing: tuple[SecretName, ...]) -> None:
        self.missing = missing
        labels = " and ".join(f"the {name.label}" for name in missing)
        commands = "; ".join(name.command for name in missing)
        message = (
            f"{labels[0].upper()}{labels[1:]} {'is' if len(missing) == 1 else 'are'} not "
            f"in the keyring. Enter {'it' if len(missing) == 1 else 'them'} in the provider "
            f"settings, or run: {commands}"
        )
        providers = {pid for pid, names in SECRETS.items() for name in missing if name in names}
        provider = _NAMES[providers.pop()] if len(providers) == 1 else None
        super().__init__(message, provider=provider)


def _currency(value: str, provider: ProviderId) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not (code.isascii() and code.isalpha()):
        raise AccountSettingsError(
            f"The {_NAMES[provider]} wallet currency must be a three-letter code such as USD.",
            provider=provider,
            setting="wallet_currency",
        )
    return code


def _url(value: str, provider: ProviderId) -> str:
    try:
        return check_base_url(value)
    except EndpointError as exc:
        raise AccountSettingsError(
            f"The {_NAMES[provider]} address is not usable. {exc.message}",
            provider=provider,
            setting="base_url",
            address_problem=exc,
        ) from exc


@dataclass(frozen=True, slots=True)
class EsimflyAccount:
    """An eSIMfly account; ``wallet_currency`` is what the administrator expects to see."""

    base_url: str = ESIMFLY_URL
    wallet_currency: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", _url(self.base_url, ProviderId.ESIMFLY))
        if self.wallet_currency:
            code = _currency(self.wallet_currency, ProviderId.ESIMFLY)
            object.__setattr__(self, "wallet_currency", code)
        else:
            object.__setattr__(self, "wallet_currency", None)


@dataclass(frozen=True, slots=True)
class OctopusAccount:
    base_url: str = OCTOPUS_URL
    wallet_currency: str = "USD"

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", _url(self.base_url, ProviderId.OCTOPUS))
        code = _currency(self.wallet_currency, ProviderId.OCTOPUS)
        object.__setattr__(self, "wallet_currency", code)


@dataclass(frozen=True, slots=True)
class Accounts:
    esimfly: EsimflyAccount | None = None
    octopus: OctopusAccount | None = None

    @property
    def configured(self) -> tuple[ProviderId, ...]:
        found = {ProviderId.ESIMFLY: self.esimfly, ProviderId.OCTOPUS: self.octopus}
        return tuple(pid for pid, account in found.items() if account is not None)


# Each account's settings, declared in app/settings_schema.
_ENABLED = {ProviderId.ESIMFLY: schema.ESIMFLY_ENABLED, ProviderId.OCTOPUS: schema.OCTOPUS_ENABLED}
_URL = {ProviderId.ESIMFLY: schema.ESIMFLY_URL, ProviderId.OCTOPUS: schema.OCTOPUS_URL}
_CURRENCY = {
    ProviderId.ESIMFLY: schema.ESIMFLY_CURRENCY,
    ProviderId.OCTOPUS: schema.OCTOPUS_CURRENCY,
}


def load_accounts(settings: Mapping[str, object]) -> Accounts:
    """The accounts in plain settings key/values; unknown keys are ignored."""
    esimfly = octopus = None
    if schema.ESIMFLY_ENABLED.read(settings):
        esimfly = EsimflyAccount(
            base_url=schema.ESIMFLY_URL.read(settings),
            wallet_currency=schema.ESIMFLY_CURRENCY.read(settings) or None,
        )
    if schema.OCTOPUS_ENABLED.read(settings):
        octopus = OctopusAccount(
            base_url=schema.OCTOPUS_URL.read(settings),
            wallet_currency=schema.OCTOPUS_CURRENCY.read(settings),
        )
    return Accounts(esimfly=esimfly, octopus=octopus)


def accounts_to_settings(accounts: Accounts) -> dict[str, str]:
    """Every account key, so saving also switches off an account that was removed."""
    settings = {
        _ENABLED[ProviderId.ESIMFLY].key: str(accounts.esimfly is not None).lower(),
        _ENABLED[ProviderId.OCTOPUS].key: str(accounts.octopus is not None).lower(),
    }
    if accounts.esimfly is not None:
        settings[_URL[ProviderId.ESIMFLY].key] = accounts.esimfly.base_url
        settings[_CURRENCY[ProviderId.ESIMFLY].key] = accounts.esimfly.wallet_currency or ""
    if accounts.octopus is not None:
        settings[_URL[ProviderId.OCTOPUS].key] = accounts.octopus.base_url
        settings[_CURRENCY[ProviderId.OCTOPUS].key] = accounts.octopus.wallet_currency
    return settings


def require_secrets(
    names: Iterable[SecretName], lookup: Callable[[SecretName], Secret | None]
) -> dict[SecretName, Secret]:
    """Each named secret from ``lookup``; MissingSecretError names every one missing."""
    found = {name: lookup(name) for name in names}
    missing = tuple(name for name, value in found.items() if value is None)
    if missing:
        raise MissingSecretError(missing)
    return {name: value for name, value in found.items() if value is not None}


def make_provider(
    provider: ProviderId,
    client: httpx.Client,
    base_url: str,
    secrets: Mapping[SecretName, Secret],
    *,
    wallet_currency: str | None = None,
    timeouts: Timeouts | None = None,
    retry: RetryPolicy | None = None,
) -> Provider:
    """The client for one account, from its address and its two secrets."""
    first, second = (secrets[name] for name in SECRETS[provider])
    if provider is ProviderId.ESIMFLY:
        return EsimflyProvider(client, base_url, first, second, timeouts=timeouts, retry=retry)
    return OctopusProvider(
        client,
        base_url,
        first,
        second,
        wallet_currency=wallet_currency or "USD",
        timeouts=timeouts,
        retry=retry,
    )


def build_providers(
    accounts: Accounts,
    store: SecretStore,
    client: httpx.Client,
    *,
    timeouts: Timeouts | None = None,
) -> dict[ProviderId, Provider]:
    """A provider per configured account, with its secrets read from the keyring now.

    Raises :class:`MissingSecretError` naming every missing secret, or the store's own
    error when the keyring cannot be used. Nothing is built unless everything is there.
    """
    wanted = accounts.configured
    secrets = require_secrets((name for pid in wanted for name in SECRETS[pid]), store.read)
    providers: dict[ProviderId, Provider] = {}
    if accounts.esimfly is not None:
        providers[ProviderId.ESIMFLY] = make_provider(
            ProviderId.ESIMFLY, client, accounts.esimfly.base_url, secrets, timeouts=timeouts
        )
    if accounts.octopus is not None:
        providers[ProviderId.OCTOPUS] = make_provider(
            ProviderId.OCTOPUS,
            client,
            accounts.octopus.base_url,
            secrets,
            wallet_currency=accounts.octopus.wallet_currency,
            timeouts=timeouts,
        )
    log.info("providers built: %s", ", ".join(providers) or "none (training mode)")
    return providers


def test_connection(provider: Provider) -> Money:
    """Read the balance, as the settings dialog's "Test connection" does (in a worker).

    A :class:`CounterError` comes through as it is: its message is already plain words
    (a clock that is off says "This computer's clock is 7 minutes behind."). Anything else
    is a bug and becomes a generic error naming only its type.
    """
    try:
        return provider.balance()
    except CounterError:
        raise
    except Exception as exc:
        log.exception("connection test failed unexpectedly")
        raise CounterError(
            f"The connection test failed unexpectedly ({type(exc).__name__}).",
            provider=_NAMES.get(provider.id),
        ) from exc


# pytest must not collect the helper above as a test when a test module imports it.
test_connection.__test__ = False  # type: ignore[attr-defined]

__all__ = [
    "ESIMFLY_URL",
    "OCTOPUS_SANDBOX_URL",
    "OCTOPUS_URL",
    "SECRETS",
    "AccountSettingsError",
    "Accounts",
    "EsimflyAccount",
    "MissingSecretError",
    "OctopusAccount",
    "accounts_to_settings",
    "build_providers",
    "load_accounts",
    "test_connection",
]
