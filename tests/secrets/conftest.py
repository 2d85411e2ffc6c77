"""Keyring backends for the secret tests: one that works in memory, and unsafe ones.

Every backend here says it is not viable (its ``priority`` raises), so keyring's own
detection never picks one for another test in the same process; the tests hand them to
``SecretStore(backend=...)`` directly.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

from app.secrets import ALLOWED_BACKENDS, SecretStore

# What a leak would look like: if this text shows up anywhere, a value escaped.
VALUE = "s3cr3t-VALUE-never-shown-7f3a"


class TestBackend(KeyringBackend):
    """Base of the test backends: never chosen by keyring's detection."""

    __test__ = False  # not a pytest test class

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test backend is only ever injected")


class MemoryKeyring(TestBackend):
    """A keyring held in a dict, standing in for a safe system keyring."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("No such password!") from None


class PlaintextKeyring(MemoryKeyring):
    """Looks, by its class path, exactly like keyrings.alt's plain-text file keyring."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class CryptedFileKeyring(MemoryKeyring):
    """keyrings.alt's encrypted file keyring: still a file, still refused."""


CryptedFileKeyring.__module__ = "keyrings.alt.file"


MEMORY = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"
TEST_ALLOWED = {**ALLOWED_BACKENDS, MEMORY: "the test keyring"}


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(memory: MemoryKeyring) -> SecretStore:
    return SecretStore(memory, allowed=TEST_ALLOWED)


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every log record of every logger, to search for leaked values."""
    with caplog.at_level(logging.DEBUG):
        yield caplog


def assert_not_leaked(caplog: pytest.LogCaptureFixture, *texts: str) -> None:
    for record in caplog.records:
        rendered = " ".join(
            [record.getMessage(), repr(record.args), record.exc_text or "", str(record.msg)]
        )
        for text in texts:
            assert text not in rendered, f"leaked into log: {record.name}"
