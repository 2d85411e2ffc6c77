"""Account settings, addresses and the journal speak the UI language too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.accounts import AccountSettingsError, load_accounts
from app.endpoints import EndpointError, check_base_url
from app.journal.errors import JournalDiskFullError, JournalUnwritableError
from app.ui import i18n
from app.ui.messages import describe


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "de")
    yield
    i18n.uninstall(qapp, installed)


def test_a_bad_wallet_currency_names_the_account(qapp: QApplication) -> None:
    with pytest.raises(AccountSettingsError) as caught:
        load_accounts(
            {"accounts/octopus/enabled": "true", "accounts/octopus/wallet_currency": "€€"}
        )
    assert describe(caught.value) == (
        "Octopus Cards: the wallet currency must be a three-letter code such as USD."
    )


def test_a_plain_http_address_says_why_in_german(german: None) -> None:
    with pytest.raises(AccountSettingsError) as caught:
        load_accounts(
            {"accounts/esimfly/enabled": "true", "accounts/esimfly/base_url": "http://esimfly.net"}
        )
    assert describe(caught.value).startswith(
        "eSIMfly: Die Adresse ist nicht verwendbar. Die Adresse muss mit https:// beginnen"
    )


@pytest.mark.parametrize(
    ("url", "english"),
    [
        ("", "Enter the provider's address; it must start with https://"),
        ("https://user:pw@x.example", "The address must not contain a user name or password."),
        ("https://x.example/?a=1", "The address must not contain '?' or '#'."),
        ("ftp://x.example", "The address must start with https://"),
    ],
)
def test_every_address_problem_has_its_sentence(qapp: QApplication, url: str, english: str) -> None:
    with pytest.raises(EndpointError) as caught:
        check_base_url(url)
    assert describe(caught.value) == english


def test_journal_problems_name_the_path_and_say_nothing_was_sent(german: None) -> None:
    path = Path("/srv/shop/journal.sqlite3")
    assert describe(JournalUnwritableError(path)).startswith(
        f"Das Verkaufsjournal unter {path} kann nicht geschrieben werden. Es wurde nichts gesendet."
    )
    assert describe(JournalDiskFullError()).startswith("Der Datenträger ist voll")
