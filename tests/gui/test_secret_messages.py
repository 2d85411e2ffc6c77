"""The keyring's, the PIN's and the accounts' errors reach the clerk translated.

They are raised outside app/ui with facts; the sentences are built in app/ui, so German
(or any shipped language) reads German, plurals included.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring.errors
import pytest
from PySide6.QtWidgets import QApplication

from app.accounts import MissingSecretError
from app.pin import PinError, PinGuard, PinLockedError, hash_pin
from app.secrets import (
    KeyringState,
    KeyringStatus,
    SecretName,
    SecretStore,
    SecretStoreError,
)
from app.ui import i18n
from app.ui.messages import describe
from app.ui.secret_messages import keyring_status_text
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring, PlaintextKeyring
from tests.secrets.test_refusals import FAILING, FailingKeyring


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "de")
    yield
    i18n.uninstall(qapp, installed)


def _locked_store() -> SecretStore:
    backend = FailingKeyring(keyring.errors.KeyringLocked, on="set")
    return SecretStore(backend, allowed={FAILING: "the test keyring"})


def test_a_locked_keyring_names_the_secret_and_what_to_do(qapp: QApplication) -> None:
    with pytest.raises(SecretStoreError) as caught:
        from app.core.secret import Secret

        _locked_store().store(SecretName.OCTOPUS_API_KEY, Secret("x"))
    assert describe(caught.value) == (
        "Octopus API key: not stored. The keyring is locked, or its unlock prompt was "
        "dismissed. Unlock it and try again."
    )


def test_a_locked_keyring_in_german(german: None) -> None:
    from app.core.secret import Secret

    with pytest.raises(SecretStoreError) as caught:
        _locked_store().store(SecretName.OCTOPUS_API_KEY, Secret("x"))
    assert describe(caught.value) == (
        "Octopus-API-Schlüssel: nicht gespeichert. Der Schlüsselbund ist gesperrt, oder die "
        "Entsperrabfrage wurde geschlossen. Entsperren Sie ihn und versuchen Sie es erneut."
    )


def test_a_plain_text_keyring_is_refused_in_words(german: None) -> None:
    store = SecretStore(PlaintextKeyring(), allowed=TEST_ALLOWED)
    status = store.status()
    assert status.state is KeyringState.PLAINTEXT
    assert keyring_status_text(status).startswith("Der einzige Schlüsselbund")
    with pytest.raises(SecretStoreError) as caught:
        store.read(SecretName.ESIMFLY_ACCESS_CODE)
    assert describe(caught.value).startswith("eSIMfly-Zugangscode: konnte nicht gelesen werden.")


@pytest.mark.parametrize("state", list(KeyringState))
def test_every_keyring_state_has_a_translated_sentence(german: None, state: KeyringState) -> None:
    status = KeyringStatus(state, "keyring.backends.macOS.Keyring", "English for the log")
    text = keyring_status_text(status)
    assert text and text != status.message
    if state in (KeyringState.USABLE, KeyringState.LOCKED):
        assert "macOS-Schlüsselbund" in text


def test_a_usable_keyring_names_where_secrets_are(qapp: QApplication) -> None:
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    assert keyring_status_text(store.status()) == "Provider secrets are kept in the test keyring."


@pytest.mark.parametrize(
    ("wait", "english", "german_text"),
    [
        (1, "1 second", "1 Sekunde"),
        (30, "30 seconds", "30 Sekunden"),
        (119, "119 seconds", "119 Sekunden"),
        (119.2, "2 minutes", "2 Minuten"),
        (121, "3 minutes", "3 Minuten"),
        (1800, "30 minutes", "30 Minuten"),
    ],
)
def test_pin_lock_out_says_how_long_in_plural_forms(
    qapp: QApplication, wait: float, english: str, german_text: str
) -> None:
    error = PinLockedError(wait)
    for language, expected in (
        ("en", f"Too many wrong PINs. Try again in {english}."),
        ("de", f"Zu viele falsche PINs. Erneut versuchen in {german_text}."),
    ):
        installed = i18n.install(qapp, language)
        try:
            assert describe(error) == expected
        finally:
            i18n.uninstall(qapp, installed)


def test_a_real_lock_out_reads_translated(german: None) -> None:
    now = [0.0]
    guard = PinGuard(clock=lambda: now[0], free_attempts=1, first_wait=30)
    stored = hash_pin("2468")
    assert guard.check("1111", stored) is False
    locked = guard.locked()
    assert locked is not None
    assert describe(locked) == "Zu viele falsche PINs. Erneut versuchen in 30 Sekunden."


@pytest.mark.parametrize(
    ("pin", "german_text"),
    [
        ("", "Geben Sie die PIN ein."),
        ("12a4", "Die PIN darf nur Ziffern (0-9) enthalten."),
        ("12", "Die PIN muss 4 bis 12 Ziffern lang sein."),
    ],
)
def test_pin_mistakes_in_german(german: None, pin: str, german_text: str) -> None:
    from app.pin import normalise_pin

    with pytest.raises(PinError) as caught:
        normalise_pin(pin)
    assert describe(caught.value) == german_text


def test_missing_secrets_name_each_and_the_command(german: None) -> None:
    error = MissingSecretError((SecretName.ESIMFLY_ACCESS_CODE, SecretName.ESIMFLY_SECRET_KEY))
    text = describe(error)
    assert text.startswith("Fehlt im Schlüsselbund: eSIMfly-Zugangscode, eSIMfly-Geheimschlüssel.")
    assert 'keyring set "eSIM Counter" esimfly.access_code' in text
