"""Storing, replacing, reading and removing secrets through SecretStore."""

from __future__ import annotations

import threading

import pytest

from app.core.errors import CounterError
from app.core.secret import Secret
from app.secrets import (
    SERVICE,
    KeyringState,
    SecretName,
    SecretStore,
    SecretStoreError,
)
from tests.secrets.conftest import VALUE, MemoryKeyring, assert_not_leaked


def test_names_are_the_documented_ones() -> None:
    assert SERVICE == "eSIM Counter"
    assert [name.value for name in SecretName] == [
        "esimfly.access_code",
        "esimfly.secret_key",
        "octopus.api_key",
        "octopus.api_secret",
        "chain.password",
    ]
    assert SecretName.ESIMFLY_SECRET_KEY.command == 'keyring set "eSIM Counter" esimfly.secret_key'


def test_module_docstring_has_every_provisioning_command() -> None:
    import app.secrets

    for name in SecretName:
        assert name.command in (app.secrets.__doc__ or "")


def test_store_then_read(store: SecretStore, memory: MemoryKeyring) -> None:
    store.store(SecretName.ESIMFLY_SECRET_KEY, Secret(VALUE))
    assert memory.entries == {(SERVICE, "esimfly.secret_key"): VALUE}
    value = store.read(SecretName.ESIMFLY_SECRET_KEY)
    assert isinstance(value, Secret)
    assert value.reveal() == VALUE
    assert store.has("esimfly.secret_key")


def test_replace(store: SecretStore) -> None:
    store.store(SecretName.OCTOPUS_API_KEY, Secret("first"))
    store.store(SecretName.OCTOPUS_API_KEY, Secret("second"))
    assert store.read(SecretName.OCTOPUS_API_KEY) == Secret("second")


def test_remove_and_remove_again(store: SecretStore, memory: MemoryKeyring) -> None:
    store.store(SecretName.OCTOPUS_API_SECRET, Secret(VALUE))
    store.remove(SecretName.OCTOPUS_API_SECRET)
    assert memory.entries == {}
    assert store.read(SecretName.OCTOPUS_API_SECRET) is None
    assert not store.has(SecretName.OCTOPUS_API_SECRET)
    store.remove(SecretName.OCTOPUS_API_SECRET)  # nothing there: not an error


def test_missing_secret_reads_none(store: SecretStore) -> None:
    assert store.read(SecretName.ESIMFLY_ACCESS_CODE) is None


def test_pasted_whitespace_is_dropped(store: SecretStore, memory: MemoryKeyring) -> None:
    store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret(f"  {VALUE}\n"))
    assert memory.entries[(SERVICE, "esimfly.access_code")] == VALUE
    memory.entries[(SERVICE, "esimfly.access_code")] = f"{VALUE}\n"  # e.g. `echo | keyring set`
    assert store.read(SecretName.ESIMFLY_ACCESS_CODE) == Secret(VALUE)


def test_empty_value_is_refused(store: SecretStore, memory: MemoryKeyring) -> None:
    with pytest.raises(SecretStoreError, match="eSIMfly secret key is empty; nothing was stored"):
        store.store(SecretName.ESIMFLY_SECRET_KEY, Secret("   "))
    assert memory.entries == {}


def test_plain_strings_are_refused(store: SecretStore) -> None:
    with pytest.raises(TypeError, match="Secret"):
        store.store(SecretName.ESIMFLY_SECRET_KEY, VALUE)  # type: ignore[arg-type]


def test_unknown_entry_name_is_refused(store: SecretStore) -> None:
    with pytest.raises(ValueError):
        store.read("esimfly.password")


def test_status_usable(store: SecretStore) -> None:
    status = store.status()
    assert status.usable and status.state is KeyringState.USABLE
    assert status.message == "Provider secrets are kept in the test keyring."
    assert status.where == "the test keyring"


def test_nothing_leaks(store: SecretStore, all_logs: pytest.LogCaptureFixture) -> None:
    store.store(SecretName.ESIMFLY_SECRET_KEY, Secret(VALUE))
    value = store.read(SecretName.ESIMFLY_SECRET_KEY)
    store.remove(SecretName.ESIMFLY_SECRET_KEY)
    for text in (repr(store), str(store), repr(value), str(value), repr(store.status())):
        assert VALUE not in text
    assert any("esimfly.secret_key" in r.getMessage() for r in all_logs.records)
    assert_not_leaked(all_logs, VALUE)


def test_errors_are_counter_errors() -> None:
    assert issubclass(SecretStoreError, CounterError)


def test_concurrent_use(store: SecretStore, memory: MemoryKeyring) -> None:
    """Threads storing and reading at once all finish, and each entry holds a whole value."""
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(50):
                store.store(SecretName.OCTOPUS_API_KEY, Secret(f"v{n}-{i}"))
                assert store.read(SecretName.OCTOPUS_API_KEY) is not None
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == []
    assert memory.entries[(SERVICE, "octopus.api_key")].endswith("-49")
