"""Which counter opens: training with no accounts; real with accounts and their secrets;
training, with the reason on the banner, when the secrets cannot be read."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail

from app.core.plans import ProviderId
from app.core.secret import Secret
from app.sandbox import DEFAULTS
from app.secrets import SecretName, SecretStore
from app.startup import open_counter
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

ESIMFLY_ON = {
    "accounts/esimfly/enabled": "true",
    "accounts/esimfly/base_url": "http://127.0.0.1:9",
    "shop/clerk": "ana",
}


def test_no_account_is_training_mode(tmp_path: Path) -> None:
    opened = open_counter({}, journal_path=tmp_path / "j.sqlite3")
    try:
        assert opened.counter.training and opened.warning == ""
        assert set(opened.counter.providers) == set(ProviderId)
    finally:
        opened.counter.journal.close()  # type: ignore[attr-defined]


def test_an_account_with_its_secrets_sells_for_real(tmp_path: Path) -> None:
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret(DEFAULTS.esimfly_access_code))
    store.store(SecretName.ESIMFLY_SECRET_KEY, Secret(DEFAULTS.esimfly_secret_key))
    opened = open_counter(ESIMFLY_ON, journal_path=tmp_path / "j.sqlite3", store=store)
    try:
        assert not opened.counter.training and opened.warning == ""
        assert set(opened.counter.providers) == {ProviderId.ESIMFLY}
        assert opened.counter.clerk == "ana"
    finally:
        opened.counter.journal.close()  # type: ignore[attr-defined]


def test_missing_secret_falls_back_to_training_and_says_why(tmp_path: Path) -> None:
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    opened = open_counter(ESIMFLY_ON, journal_path=tmp_path / "j.sqlite3", store=store)
    try:
        assert opened.counter.training
        assert "eSIMfly access code" in opened.warning
    finally:
        opened.counter.journal.close()  # type: ignore[attr-defined]


def test_no_safe_keyring_falls_back_to_training_and_says_why(tmp_path: Path) -> None:
    opened = open_counter(
        ESIMFLY_ON, journal_path=tmp_path / "j.sqlite3", store=SecretStore(fail.Keyring())
    )
    try:
        assert opened.counter.training
        assert "No safe keyring" in opened.warning
    finally:
        opened.counter.journal.close()  # type: ignore[attr-defined]
