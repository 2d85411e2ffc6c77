"""No safe keyring, no secrets; a failing keyring is a typed error, never a crash or a leak."""

from __future__ import annotations

import traceback

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from app.core.errors import CounterError
from app.core.secret import Secret
from app.secrets import (
    ALLOWED_BACKENDS,
    SERVICE,
    KeyringAccessError,
    KeyringLockedError,
    KeyringState,
    NoSafeKeyringError,
    SecretName,
    SecretStore,
    judge,
)
from tests.secrets.conftest import (
    MEMORY,
    TEST_ALLOWED,
    VALUE,
    CryptedFileKeyring,
    MemoryKeyring,
    PlaintextKeyring,
    TestBackend,
    assert_not_leaked,
)


def _leak_free(exc: BaseException) -> None:
    """Nowhere in the error, its chain or its traceback is the value."""
    assert isinstance(exc, CounterError)
    text = "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)
    assert VALUE not in text


# -- no safe keyring ------------------------------------------------------------------


def _chainer(monkeypatch: pytest.MonkeyPatch, *children: KeyringBackend) -> ChainerBackend:
    # ChainerBackend finds its children among every viable backend on the machine;
    # here it is given exactly these.
    monkeypatch.setattr(ChainerBackend, "backends", list(children))
    return ChainerBackend()


UNSAFE = {
    "fail": (lambda mp: keyring.backends.fail.Keyring(), KeyringState.NONE),
    "null": (lambda mp: keyring.backends.null.Keyring(), KeyringState.NONE),
    "plaintext": (lambda mp: PlaintextKeyring(), KeyringState.PLAINTEXT),
    "encrypted file": (lambda mp: CryptedFileKeyring(), KeyringState.PLAINTEXT),
    "chainer of nothing": (lambda mp: _chainer(mp), KeyringState.NONE),
    "chainer of files": (
        lambda mp: _chainer(mp, PlaintextKeyring(), CryptedFileKeyring()),
        KeyringState.PLAINTEXT,
    ),
    "chainer of null": (
        lambda mp: _chainer(mp, keyring.backends.null.Keyring()),
        KeyringState.NONE,
    ),
    "unknown backend": (lambda mp: MemoryKeyring(), KeyringState.UNSUPPORTED),
}


@pytest.mark.parametrize("kind", UNSAFE)
def test_unsafe_backend_stores_nothing(
    kind: str, monkeypatch: pytest.MonkeyPatch, all_logs: pytest.LogCaptureFixture
) -> None:
    make, state = UNSAFE[kind]
    backend = make(monkeypatch)
    # Only the real allow list here: the "unknown backend" case is the memory keyring.
    store = SecretStore(backend)
    with pytest.raises(NoSafeKeyringError) as caught:
        store.store(SecretName.ESIMFLY_SECRET_KEY, Secret(VALUE))
    message = caught.value.message
    assert message.startswith("Nothing was stored.")
    assert "no safe keyring" in message.lower() or "not one the counter knows" in message
    assert caught.value.status is not None and caught.value.status.state is state
    for child in getattr(backend, "backends", [backend]):
        assert VALUE not in repr(getattr(child, "entries", ""))
    status = store.status()
    assert status.state is state and not status.usable and status.where == ""
    _leak_free(caught.value)
    assert_not_leaked(all_logs, VALUE)


@pytest.mark.parametrize("kind", ["plaintext", "chainer of files", "null"])
def test_unsafe_backend_is_not_read_either(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = UNSAFE[kind][0](monkeypatch)
    for child in getattr(backend, "backends", [backend]):
        if isinstance(child, MemoryKeyring):
            child.entries[(SERVICE, "octopus.api_key")] = VALUE  # put there by someone else
    store = SecretStore(backend, allowed=TEST_ALLOWED)
    with pytest.raises(NoSafeKeyringError, match="cannot be read"):
        store.read(SecretName.OCTOPUS_API_KEY)
    with pytest.raises(NoSafeKeyringError):
        store.remove(SecretName.OCTOPUS_API_KEY)


def test_file_backends_are_refused_even_when_allowed() -> None:
    path = f"{PlaintextKeyring.__module__}.{PlaintextKeyring.__qualname__}"
    assert path == "keyrings.alt.file.PlaintextKeyring"
    store = SecretStore(PlaintextKeyring(), allowed={path: "a file"})
    with pytest.raises(NoSafeKeyringError, match="keeps secrets in a file"):
        store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret(VALUE))


def test_default_backend_is_judged_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    with pytest.raises(NoSafeKeyringError):
        SecretStore().store(SecretName.ESIMFLY_ACCESS_CODE, Secret(VALUE))
    assert SecretStore().status().state is KeyringState.PLAINTEXT


def test_chainer_uses_only_its_safe_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """A chainer could fall through to a file when the keyring fails; it is never used."""
    safe, plain = MemoryKeyring(), PlaintextKeyring()
    chainer = _chainer(monkeypatch, plain, safe)
    chosen, status = judge(chainer, TEST_ALLOWED)
    assert chosen is safe and status.usable and status.backend == MEMORY
    store = SecretStore(chainer, allowed=TEST_ALLOWED)
    store.store(SecretName.ESIMFLY_SECRET_KEY, Secret(VALUE))
    assert plain.entries == {} and safe.entries == {(SERVICE, "esimfly.secret_key"): VALUE}


def test_allow_list_names_the_real_backends() -> None:
    assert set(ALLOWED_BACKENDS) == {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }

    for path in ALLOWED_BACKENDS:
        module, name = path.rsplit(".", 1)
        assert isinstance(getattr(__import__(module, fromlist=[name]), name), type), path


# -- a safe keyring that fails --------------------------------------------------------


class DBusException(Exception):
    """What dbus-python raises; D-Bus failures reach the counter as foreign types."""


DBusException.__module__ = "dbus.exceptions"


class FailingKeyring(TestBackend):
    """Raises ``error`` from every call; its messages even echo the value, as a bad
    backend might, to prove the counter never repeats a backend's text."""

    def __init__(self, error: type[Exception], on: str = "all") -> None:
        super().__init__()
        self.error, self.on = error, on
        self.entries: dict[tuple[str, str], str] = {}

    def _maybe_fail(self, call: str, *args: object) -> None:
        if self.on in ("all", call):
            raise self.error(f"{call} failed for {args!r} {VALUE}")

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail("get", service, username)
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail("set", service, username, password)
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail("delete", service, username)
        self.entries.pop((service, username), None)


FAILING = f"{FailingKeyring.__module__}.{FailingKeyring.__qualname__}"


def _failing(error: type[Exception], on: str = "all") -> SecretStore:
    return SecretStore(FailingKeyring(error, on), allowed={FAILING: "the test keyring"})


def test_locked_keyring_on_read(all_logs: pytest.LogCaptureFixture) -> None:
    store = _failing(keyring.errors.KeyringLocked, on="get")
    with pytest.raises(KeyringLockedError) as caught:
        store.read(SecretName.ESIMFLY_SECRET_KEY)
    assert caught.value.message == (
        "The eSIMfly secret key could not be read. The keyring is locked, or its unlock "
        "prompt was dismissed. Unlock it and try again."
    )
    assert caught.value.cause == "KeyringLocked"
    _leak_free(caught.value)
    assert caught.value.__context__ is None and caught.value.__cause__ is None
    status = store.status()
    assert status.state is KeyringState.LOCKED and "locked" in status.message
    assert_not_leaked(all_logs, VALUE)


ERRORS = [
    keyring.errors.PasswordSetError,
    keyring.errors.InitError,
    keyring.errors.KeyringError,
    keyring.errors.KeyringLocked,
    DBusException,
    RuntimeError,
    OSError,
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.__name__)
def test_failing_set_is_typed_and_leak_free(
    error: type[Exception], all_logs: pytest.LogCaptureFixture
) -> None:
    store = _failing(error, on="set")
    with pytest.raises(KeyringAccessError) as caught:
        store.store(SecretName.OCTOPUS_API_SECRET, Secret(VALUE))
    assert caught.value.message.startswith("The Octopus API secret was not stored.")
    assert isinstance(caught.value, KeyringLockedError) == (error is keyring.errors.KeyringLocked)
    _leak_free(caught.value)
    assert_not_leaked(all_logs, VALUE)
    assert any(
        error.__name__ in r.getMessage() and "octopus" in r.getMessage().lower()
        for r in all_logs.records
    )


@pytest.mark.parametrize(
    "error", [keyring.errors.PasswordDeleteError, DBusException], ids=lambda e: e.__name__
)
def test_failing_remove_is_typed(error: type[Exception]) -> None:
    store = _failing(error, on="delete")
    store._backend.entries[(SERVICE, "octopus.api_key")] = VALUE  # type: ignore[union-attr]
    with pytest.raises(KeyringAccessError, match="The Octopus API key was not removed") as caught:
        store.remove(SecretName.OCTOPUS_API_KEY)
    _leak_free(caught.value)


@pytest.mark.parametrize("error", [keyring.errors.InitError, DBusException])
def test_failing_read_is_typed(error: type[Exception]) -> None:
    store = _failing(error, on="get")
    with pytest.raises(KeyringAccessError, match="could not be read") as caught:
        store.has(SecretName.ESIMFLY_ACCESS_CODE)
    _leak_free(caught.value)
    assert store.status().state is KeyringState.LOCKED


def test_keyring_detection_failing_is_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise DBusException(f"org.freedesktop.DBus.Error.NoReply {VALUE}")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    with pytest.raises(KeyringAccessError) as caught:
        SecretStore().store(SecretName.OCTOPUS_API_KEY, Secret(VALUE))
    assert caught.value.message.startswith(
        "Nothing was stored. The keyring could not be found. The keyring failed"
    )
    _leak_free(caught.value)
    status = SecretStore().status()
    assert status.state is KeyringState.NONE and "No safe keyring" in status.message
