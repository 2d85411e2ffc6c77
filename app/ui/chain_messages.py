"""The chain's errors in plain words (issue 16), for the owner in Settings › Chain, the
sync indicator and the chain reports: what failed and what to do next, translated.

Built from the errors' facts (``ChainUnavailable.reason``, ``ChainSchemaError.found``),
never from libpq's English text, which stays in the log for administrators.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QWidget

from app import settings_schema as schema
from app.core.errors import CounterError
from app.ui.settings_store import read


def chain_note(
    settings: QSettings, text: str, name: str, object_name: str, parent: QWidget
) -> QLabel | None:
    """On a screen whose values a joined counter takes from the chain (the price list,
    the shop's lines): a note that the chain's publication replaces edits made here at
    the next pull (app/ui/chain_central.py). None for a counter in no chain."""
    if not read(settings, schema.CHAIN_ENABLED):
        return None
    label = QLabel(text, parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def describe_chain(error: BaseException) -> str:
    """One or two sentences; a non-chain error goes to the usual messages."""
    from app.chain.connection import ChainError, ChainUnavailable
    from app.chain.migrations import ChainSchemaError

    if isinstance(error, ChainUnavailable):
        return unavailable_sentence(error.reason)
    if isinstance(error, ChainSchemaError):
        if error.found == (0, 0):
            return QCoreApplication.translate(
                "ChainMessages",
                "The chain's database is not set up yet. On the server, run "
                "“esim-counter chain init” once, then test again.",
            )
        return QCoreApplication.translate(
            "ChainMessages",
            "The chain's database was set up by a newer eSIM Counter. Install the newer "
            "version on this counter; it keeps selling and catches up once updated.",
        )
    if isinstance(error, ChainError):
        return QCoreApplication.translate(
            "ChainMessages", "The chain's database could not be used. Check Settings › Chain."
        )
    if isinstance(error, CounterError):
        from app.ui.messages import describe

        return describe(error)
    return QCoreApplication.translate(
        "ChainMessages",
        "The chain's database could not be used. The details were written to the log.",
    )


def unavailable_sentence(reason: str) -> str:
    if reason == "unreachable":
        return QCoreApplication.translate(
            "ChainMessages",
            "The chain's database server cannot be reached. Check the server name, the "
            "port and the network; the counter keeps selling meanwhile.",
        )
    if reason == "password":
        return QCoreApplication.translate(
            "ChainMessages",
            "The database refused the user or the password. Check both and try again.",
        )
    if reason == "tls":
        return QCoreApplication.translate(
            "ChainMessages",
            "The database server's certificate is not trusted by this computer. Check the "
            "server name, or ask whoever runs the server for a certificate this computer "
            "trusts.",
        )
    if reason == "database":
        return QCoreApplication.translate(
            "ChainMessages",
            "There is no such database on the server. Check its name, or create it and run "
            "“esim-counter chain init”.",
        )
    return QCoreApplication.translate(
        "ChainMessages", "The chain's database could not be used. Check Settings › Chain."
    )
