"""Which counter opens: training with no accounts; real with accounts and their secrets;
no counter, and the reason, when accounts are on but their secrets cannot be read (never a
quiet fall-back to training); one training sandbox for the whole session."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail

from app.core.plans import ProviderId
from app.core.secret import Secret
from app.sandbox import DEFAULTS
from app.secrets import SecretName, SecretStore
from app.startup import open_counter, session_training
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

ESIMFLY_ON = {
    "accounts/esimfly/enabled": "true",
    "accounts/esimfly/base_url": "http://127.0.0.1:9",
    "shop/clerk": "ana",
}


def test_no_account_is_training_mode(tmp_path: Path) -> None:
    opened = open_counter({}, journal_path=tmp_path / "j.sqlite3")
    try:
        assert opened.counter is not None and opened.counter.training
        assert opened.error is None and not opened.real
        assert set(opened.counter.providers) == set(ProviderId)
    finally:
        opened.journal.close()


def test_an_account_with_its_secrets_sells_for_real(tmp_path: Path) -> None:
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret(DEFAULTS.esimfly_access_code))
    store.store(SecretName.ESIMFLY_SECRET_KEY, Secret(DEFAULTS.esimfly_secret_key))
    opened = open_counter(ESIMFLY_ON, journal_path=tmp_path / "j.sqlite3", store=store)
    try:
        assert opened.counter is not None and not opened.counter.training
        assert opened.error is None and opened.real
        assert set(opened.counter.providers) == {ProviderId.ESIMFLY}
        assert opened.counter.clerk == "ana"
    finally:
        opened.journal.close()


def test_missing_secret_is_real_not_connected_and_says_why(tmp_path: Path) -> None:
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    opened = open_counter(ESIMFLY_ON, journal_path=tmp_path / "j.sqlite3", store=store)
    try:
        assert opened.counter is None and opened.real
        assert opened.error is not None and "eSIMfly access code" in opened.error.message
    finally:
        opened.journal.close()


def test_no_safe_keyring_is_real_not_connected_and_says_why(tmp_path: Path) -> None:
    opened = open_counter(
        ESIMFLY_ON, journal_path=tmp_path / "j.sqlite3", store=SecretStore(fail.Keyring())
    )
    try:
        assert opened.counter is None and opened.real
        assert opened.error is not None and "No safe keyring" in opened.error.message
    finally:
        opened.journal.close()


def test_training_keeps_its_sandbox_for_the_session(tmp_path: Path) -> None:
    first = open_counter({}, journal_path=tmp_path / "j.sqlite3")
    second = open_counter({}, journal=first.journal)
    try:
        assert first.counter is not None and second.counter is not None
        assert first.counter.providers == second.counter.providers
        assert session_training() is session_training()
    finally:
        first.journal.close()
