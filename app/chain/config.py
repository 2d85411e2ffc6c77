"""Where the chain's PostgreSQL is, and who this counter is in it.

Loaded from and saved to the settings (``app.settings_schema``, the ``chain/`` keys); the
password is never part of it: it lives in the OS keyring only, under
``SecretName.CHAIN_PASSWORD`` (``keyring set "eSIM Counter" chain.password``). The command
line also takes it from the environment variable :data:`PASSWORD_ENV`, for administrators
scripting ``esim-counter chain init`` on a server with no keyring.

TLS is on by default, checked against the operating system's trust store:
``sslmode=verify-full`` with ``sslrootcert=system`` (libpq 16 or newer; psycopg's binary
wheel bundles one). Only tests and a server on the same machine turn it off, explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import settings_schema as schema
from app.core.secret import Secret

if TYPE_CHECKING:
    from app.secrets import SecretStore

PASSWORD_ENV = "ESIM_CHAIN_PASSWORD"


@dataclass(frozen=True, slots=True)
class ChainConfig:
    host: str
    dbname: str
    user: str
    shop: str
    counter: str
    port: int = 5432
    sslmode: str = "verify-full"
    sslrootcert: str = "system"

    def conninfo(self) -> dict[str, str]:
        """libpq connection parameters, without the password (passed on its own)."""
        params = {
            "host": self.host,
            "port": str(self.port),
            "dbname": self.dbname,
            "user": self.user,
            "sslmode": self.sslmode,
        }
        if self.sslmode in {"verify-full", "verify-ca"} and self.sslrootcert:
            params["sslrootcert"] = self.sslrootcert
        return params

    def describe(self) -> str:
        """Where, for messages and logs: never the password."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    @classmethod
    def load(cls, values: Mapping[str, object]) -> ChainConfig | None:
        """The configured chain, or None when this counter is not joined to one."""
        if not schema.CHAIN_ENABLED.read(values):
            return None
        config = cls.from_values(values)
        return config if config.missing() == () else None

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> ChainConfig:
        """What the settings say, joined or not, complete or not (the command line
        starts from it and fills in what it is given)."""
        return cls(
            host=schema.CHAIN_HOST.read(values),
            port=schema.CHAIN_PORT.read(values),
            dbname=schema.CHAIN_DBNAME.read(values),
            user=schema.CHAIN_USER.read(values),
            shop=schema.CHAIN_SHOP.read(values),
            counter=schema.CHAIN_COUNTER.read(values),
            sslmode=schema.CHAIN_SSLMODE.read(values),
            sslrootcert=schema.CHAIN_SSLROOTCERT.read(values),
        )

    def missing(self) -> tuple[str, ...]:
        """The settings still empty (a chain needs them all)."""
        fields = {
            "host": self.host,
            "dbname": self.dbname,
            "user": self.user,
            "shop": self.shop,
            "counter": self.counter,
        }
        return tuple(name for name, value in fields.items() if not value)

    def settings(self, *, enabled: bool = True) -> dict[str, object]:
        """The settings that hold this config (key -> stored value), checked."""
        pairs: list[tuple[schema.Setting[object], object]] = [
            (schema.CHAIN_ENABLED, enabled),  # type: ignore[list-item]  # Setting is invariant
            (schema.CHAIN_HOST, self.host),  # type: ignore[list-item]
            (schema.CHAIN_PORT, self.port),  # type: ignore[list-item]
            (schema.CHAIN_DBNAME, self.dbname),  # type: ignore[list-item]
            (schema.CHAIN_USER, self.user),  # type: ignore[list-item]
            (schema.CHAIN_SHOP, self.shop),  # type: ignore[list-item]
            (schema.CHAIN_COUNTER, self.counter),  # type: ignore[list-item]
            (schema.CHAIN_SSLMODE, self.sslmode),  # type: ignore[list-item]
            (schema.CHAIN_SSLROOTCERT, self.sslrootcert),  # type: ignore[list-item]
        ]
        return {setting.key: setting.dump(setting.check(value)) for setting, value in pairs}


def read_password(store: SecretStore | None = None, *, environ: bool = False) -> Secret | None:
    """The chain password: from the keyring, or (command line only, ``environ=True``) from
    :data:`PASSWORD_ENV` when that is set. Raises ``SecretStoreError`` when the keyring
    cannot be used."""
    if environ:
        value = os.environ.get(PASSWORD_ENV, "")
        if value:
            return Secret(value)
    from app.secrets import SecretName, SecretStore

    return (store or SecretStore()).read(SecretName.CHAIN_PASSWORD)


def store_password(password: Secret, store: SecretStore | None = None) -> None:
    from app.secrets import SecretName, SecretStore

    (store or SecretStore()).store(SecretName.CHAIN_PASSWORD, password)
