"""Translated sentences for what the shop set up: account settings, provider addresses,
and the sales journal. The errors carry facts (which setting, what is wrong with an
address, the journal's path); the words are built here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.accounts import AccountSettingsError
    from app.endpoints import EndpointError
    from app.journal.errors import JournalError


def describe_address(error: EndpointError) -> str:
    from app.endpoints import EndpointProblem as P

    sentences = {
        P.EMPTY: QCoreApplication.translate(
            "SetupMessages", "Enter the provider's address; it must start with https://"
        ),
        P.SPACES: QCoreApplication.translate(
            "SetupMessages", "The address must not contain spaces or backslashes."
        ),
        P.INVALID: QCoreApplication.translate(
            "SetupMessages", "The address is not a valid web address."
        ),
        P.NOT_HTTPS: QCoreApplication.translate(
            "SetupMessages", "The address must start with https://"
        ),
        P.NO_HOST: QCoreApplication.translate(
            "SetupMessages", "The address has no server name after https://"
        ),
        P.CREDENTIALS: QCoreApplication.translate(
            "SetupMessages", "The address must not contain a user name or password."
        ),
        P.QUERY: QCoreApplication.translate(
            "SetupMessages", "The address must not contain '?' or '#'."
        ),
        P.PLAIN_HTTP: QCoreApplication.translate(
            "SetupMessages",
            "The address must start with https:// (http:// is only allowed for this "
            "computer itself, such as http://127.0.0.1:8000).",
        ),
    }
    return sentences[error.problem]


def describe_account(error: AccountSettingsError, who: str) -> str:
    if error.setting == "wallet_currency":
        return QCoreApplication.translate(
            "SetupMessages", "%1: the wallet currency must be a three-letter code such as USD."
        ).replace("%1", who)
    reason = describe_address(error.address_problem) if error.address_problem else ""
    return (
        QCoreApplication.translate("SetupMessages", "%1: the address is not usable. %2")
        .replace("%1", who)
        .replace("%2", reason)
        .strip()
    )


def describe_journal(error: JournalError) -> str:
    from app.journal.errors import (
        JournalDamagedError,
        JournalDiskFullError,
        JournalUnwritableError,
    )

    if isinstance(error, JournalDiskFullError):
        return QCoreApplication.translate(
            "SetupMessages",
            "The disk is full, so the sales journal cannot be written. Nothing was sent. "
            "Free some space, then try again.",
        )
    if isinstance(error, JournalUnwritableError):
        return QCoreApplication.translate(
            "SetupMessages",
            "The sales journal at %1 cannot be written. Nothing was sent. Make sure this "
            "user may write to its folder, then start the counter again.",
        ).replace("%1", str(error.path))
    if isinstance(error, JournalDamagedError):
        return QCoreApplication.translate(
            "SetupMessages",
            "The sales journal at %1 is damaged. It was left untouched. Restart the "
            "counter to restore a backup or start a new journal.",
        ).replace("%1", str(error.path))
    return QCoreApplication.translate(
        "SetupMessages",
        "The sales journal cannot be used, so nothing was sent. Do not sell until it is "
        "fixed; the details are in the log file.",
    )
