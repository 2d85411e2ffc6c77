"""Plain-words, translatable sentences for every error a clerk can meet.

The core's errors carry facts (how much is missing, how far the clock is off); the
sentences are built here so they go through Qt's translation system.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject

from app.claiming import (
    ChainClaimError,
    ChainWaitError,
    ClaimTakenError,
    EarlierElsewhereError,
    UnsyncedElsewhereError,
)
from app.core.errors import (
    AlreadyRefundedError,
    AuthenticationError,
    ClockSkewError,
    CounterError,
    DuplicateSubmissionError,
    EarlierSaleUncheckedError,
    EsimInstalledError,
    InsufficientBalanceError,
    InvalidResponseError,
    NoAccountError,
    NotRefundableError,
    OrderNotFoundError,
    OrderRejectedError,
    OtherModeError,
    OutcomeUnknownError,
    PlanUnavailableError,
    PriceChangedError,
    PrinterError,
    PrinterPaperOutError,
    PrinterSetupError,
    PrinterUnreachableError,
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
    ReceiptFileError,
    RefundNotSupportedError,
    ResendTooLateError,
)
from app.ui import secret_messages, setup_messages
from app.ui.plans_model import PROVIDER_NAMES


def provider_name(error: CounterError) -> str:
    fallback = str(error.provider or QCoreApplication.translate("messages", "The provider"))
    return {str(k): v for k, v in PROVIDER_NAMES.items()}.get(str(error.provider), fallback)


class Clock(QObject):
    """Plural forms need ``self.tr`` (lupdate files %n as numerus only from there)."""

    def ahead(self, minutes: int) -> str:
        return self.tr(
            "This computer's clock is %n minute(s) ahead. Correct the clock.", "", minutes
        )

    def behind(self, minutes: int) -> str:
        return self.tr(
            "This computer's clock is %n minute(s) behind. Correct the clock.", "", minutes
        )


def describe(error: BaseException, locale: str = "en_US") -> str:
    """One or two sentences a clerk understands; never a stack trace."""
    if not isinstance(error, CounterError):
        return QCoreApplication.translate(
            "messages", "Something went wrong. The details were written to the log file."
        )
    if (settings_error := _settings_error(error)) is not None:
        return settings_error
    if _is_chain_error(error):  # issue 16: the chain's database, in its own module
        from app.ui.chain_messages import describe_chain

        return describe_chain(error)
    if isinstance(error, PrinterError):
        return _printer_error(error)
    who = provider_name(error)
    if isinstance(error, InsufficientBalanceError):
        if error.missing is not None:
            return QCoreApplication.translate(
                "messages", "Balance too low: %1 more needed."
            ).replace("%1", error.missing.format(locale))
        return QCoreApplication.translate(
            "messages", "Balance too low at %1 for this sale."
        ).replace("%1", who)
    if isinstance(error, ClockSkewError):
        if error.offset_seconds is None:
            return QCoreApplication.translate(
                "messages", "%1 says this computer's clock is wrong. Correct the clock."
            ).replace("%1", who)
        minutes = max(1, round(abs(error.offset_seconds) / 60))
        clock = Clock()
        return clock.ahead(minutes) if error.offset_seconds > 0 else clock.behind(minutes)
    if isinstance(error, AuthenticationError):
        # The provider's reason already names it ("eSIMfly refused the signature: ...").
        return QCoreApplication.translate(
            "messages", "%1 Ask the shop owner to check the account in Settings."
        ).replace("%1", sentence(error.message))
    if isinstance(error, RateLimitedError):
        if error.retry_after is not None:
            # Retry-After may be an hour: say it in minutes then, not seconds.
            return (
                QCoreApplication.translate(
                    "messages", "Too many requests to %1. Selling resumes in %2."
                )
                .replace("%1", who)
                .replace("%2", secret_messages.describe_wait(error.retry_after))
            )
        return QCoreApplication.translate(
            "messages", "Too many requests to %1. Wait a moment, then try again."
        ).replace("%1", who)
    if isinstance(error, OutcomeUnknownError | DuplicateSubmissionError):
        return QCoreApplication.translate(
            "messages",
            "No clear answer from %1: the outcome is unknown. "
            "Do not sell again until this sale is checked.",
        ).replace("%1", who)
    if isinstance(error, PlanUnavailableError):
        return QCoreApplication.translate(
            "messages", "This plan is no longer available. Pick another plan."
        )
    if isinstance(error, PriceChangedError):
        return QCoreApplication.translate(
            "messages", "The price of this plan has changed. Reload the plans and check the price."
        )
    if isinstance(error, ProviderTimeoutError):
        return QCoreApplication.translate(
            "messages", "%1 did not answer in time. Try again in a moment."
        ).replace("%1", who)
    if isinstance(error, ProviderUnavailableError):
        return QCoreApplication.translate(
            "messages", "Cannot reach %1. Check the internet connection, then try again."
        ).replace("%1", who)
    if isinstance(error, InvalidResponseError):
        return QCoreApplication.translate(
            "messages", "%1 sent an answer the counter cannot read."
        ).replace("%1", who)
    if isinstance(error, OtherModeError):
        if error.training_sale:
            return QCoreApplication.translate(
                "messages",
                "This is a training sale; it is checked when the counter sells in "
                "training mode again.",
            )
        return QCoreApplication.translate(
            "messages",
            "This is a real sale; it is checked when the counter sells for real again.",
        )
    if isinstance(error, NoAccountError):
        return QCoreApplication.translate(
            "messages",
            "This counter has no %1 account switched on. Switch it on in Settings to check "
            "this sale.",
        ).replace("%1", who)
    if isinstance(error, ResendTooLateError):
        return QCoreApplication.translate(
            "messages", "This sale is too old to send again safely; check it with %1."
        ).replace("%1", who)
    if isinstance(error, EarlierSaleUncheckedError):
        return QCoreApplication.translate(
            "messages",
            "An earlier sale of this plan is not checked yet and %1 did not answer. Nothing "
            "was sold; check the earlier sale first (Check now), then sell again.",
        ).replace("%1", who)
    if (topup_error := _topup_error(error)) is not None:
        return topup_error
    if isinstance(error, ChainClaimError):  # issue 16: counters sharing one account
        return _claim_error(error)
    if (refund_error := _refund_error(error, who)) is not None:
        return refund_error
    if isinstance(error, OrderNotFoundError):
        return QCoreApplication.translate(
            "messages", "%1 has no order for this sale (yet). It is checked again shortly."
        ).replace("%1", who)
    if isinstance(error, OrderRejectedError):
        return (
            QCoreApplication.translate("messages", "%1 refused the order: %2")
            .replace("%1", who)
            .replace("%2", error.message)
        )
    return error.message


def _topup_error(error: CounterError) -> str | None:
    """Top-ups (issue 17): why this eSIM takes no top-up now, and what to do instead. Their
    module loads with the first top-up, so it is looked up rather than imported."""
    topup = sys.modules.get("app.core.topup")
    if topup is None:
        return None
    if isinstance(error, topup.TopupNotSupportedError):
        if error.provider == "octopus":
            return QCoreApplication.translate(
                "messages",
                "Only eSIMfly eSIMs can be topped up here. Sell the traveller a new eSIM.",
            )
        return QCoreApplication.translate(
            "messages",
            "This eSIM cannot be topped up: its plan does not allow it. Sell the traveller "
            "a new eSIM instead.",
        )
    if isinstance(error, topup.EsimNotToppableError):
        status = error.status.upper()
        if status == "NEW":
            return QCoreApplication.translate(
                "messages",
                "This eSIM is not installed yet, so it cannot be topped up. Install it "
                "first; it still has all its data.",
            )
        if status == "EXPIRED":
            return QCoreApplication.translate(
                "messages",
                "This eSIM has expired, so it cannot be topped up. Sell the traveller a new eSIM.",
            )
        return QCoreApplication.translate(
            "messages", "This eSIM cannot be topped up in its present state (%1)."
        ).replace("%1", status or "?")
    if isinstance(error, topup.TopupPackageGoneError):
        return QCoreApplication.translate(
            "messages", "This top-up is no longer offered for this eSIM. Choose another."
        )
    if isinstance(error, topup.UnknownEsimError):
        return QCoreApplication.translate(
            "messages",
            "eSIMfly has no eSIM with this ICCID on the shop's account. Check the number.",
        )
    return None


def _refund_error(error: CounterError, who: str) -> str | None:
    """Refunds (issue 15): why this eSIM cannot be refunded, and what to do instead."""
    if isinstance(error, EsimInstalledError):
        return QCoreApplication.translate(
            "messages",
            "The eSIM is already installed on the traveller's phone, so %1 will not refund "
            "it. Nothing was refunded.",
        ).replace("%1", who)
    if isinstance(error, AlreadyRefundedError):
        return QCoreApplication.translate(
            "messages",
            "This eSIM has already been refunded, or its refund is still being checked. "
            "It is not refunded twice.",
        )
    if isinstance(error, NotRefundableError):
        return QCoreApplication.translate(
            "messages", "Only a delivered eSIM can be refunded. Nothing was refunded."
        )
    if isinstance(error, RefundNotSupportedError):
        return QCoreApplication.translate(
            "messages",
            "%1 cannot cancel an eSIM. Record the refund as the shop's own loss, or as "
            "claimed from %1 with a note for the owner.",
        ).replace("%1", who)
    return None


def _printer_error(error: PrinterError) -> str:
    """Receipts: the sale is safe whatever the printer does; say what to fix and that the
    receipt can be printed again from History."""
    where = error.where or ""
    if isinstance(error, PrinterPaperOutError):
        return QCoreApplication.translate(
            "messages",
            "The receipt printer is out of paper. Put in a new roll, then print the receipt "
            "again from History.",
        )
    if isinstance(error, PrinterUnreachableError):
        return QCoreApplication.translate(
            "messages",
            "The receipt printer (%1) cannot be reached. Check that it is switched on and "
            "connected, then print the receipt again from History.",
        ).replace("%1", where)
    if isinstance(error, PrinterSetupError):
        return QCoreApplication.translate(
            "messages",
            "The receipt printer is not set up correctly. Ask the shop owner to check "
            "Settings → Receipts.",
        )
    if isinstance(error, ReceiptFileError):
        return QCoreApplication.translate(
            "messages",
            "The receipt could not be saved in %1. Ask the shop owner to choose another "
            "folder in Settings → Receipts.",
        ).replace("%1", where)
    return QCoreApplication.translate(
        "messages",
        "The receipt could not be printed. The sale is not affected; print the receipt "
        "again from History.",
    )


def _is_chain_error(error: CounterError) -> bool:
    """By name: importing app.chain here would load psycopg before the first paint."""
    return any(
        cls.__name__ == "ChainError" and cls.__module__.startswith("app.chain.")
        for cls in type(error).__mro__
    )


def _settings_error(error: CounterError) -> str | None:
    """The keyring's, the PIN's and the accounts' errors. Their modules load only when the
    settings are used, so they are looked up here rather than imported at start-up."""
    secrets = sys.modules.get("app.secrets")
    if secrets is not None and isinstance(error, secrets.SecretStoreError):
        return secret_messages.describe_secret_error(error)
    pin = sys.modules.get("app.pin")
    if pin is not None and isinstance(error, pin.PinError | pin.PinLockedError):
        return secret_messages.describe_pin_error(error)
    accounts = sys.modules.get("app.accounts")
    if accounts is not None and isinstance(error, accounts.MissingSecretError):
        return secret_messages.describe_missing_secrets(error)
    if accounts is not None and isinstance(error, accounts.AccountSettingsError):
        return setup_messages.describe_account(error, provider_name(error))
    endpoints = sys.modules.get("app.endpoints")
    if endpoints is not None and isinstance(error, endpoints.EndpointError):
        return setup_messages.describe_address(error)
    clerks = sys.modules.get("app.till.clerks")  # issue 15: signing in as a clerk
    if clerks is not None and isinstance(error, clerks.SignInError):
        return QCoreApplication.translate(
            "messages", "That name and PIN do not match a clerk. Check both and try again."
        )
    if clerks is not None and isinstance(error, clerks.ClerkInactiveError):
        return QCoreApplication.translate(
            "messages", "%1 can no longer sign in at this counter. Ask the shop owner."
        ).replace("%1", error.name)
    journal = sys.modules.get("app.journal.errors")
    if journal is not None and isinstance(error, journal.JournalError):
        return setup_messages.describe_journal(error)
    return None


def sentence(text: str) -> str:
    """``text`` ending in exactly one full stop (a provider's reason may or may not)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def describe_for_owner(error: BaseException, locale: str = "en_US") -> str:
    """As :func:`describe`, for the shop owner in Settings: the one who can fix it is the
    reader, so a refusal says what to check instead of "ask the shop owner"."""
    if isinstance(error, AuthenticationError) and not isinstance(error, ClockSkewError):
        return QCoreApplication.translate(
            "messages", "%1 Check the address and both keys in the provider's account page."
        ).replace("%1", sentence(error.message))
    return describe(error, locale)


def not_connected(reason: str) -> str:
    """The banner of a counter set up to sell for real that cannot reach its providers."""
    return QCoreApplication.translate("messages", "REAL — not connected: %1").replace("%1", reason)


def _claim_error(error: ChainClaimError) -> str:
    """Why a sale of a chain stays unresolved for now (app.claiming)."""
    if isinstance(error, ChainWaitError):
        return QCoreApplication.translate(
            "messages",
            "Waiting for the chain's database to check which orders other counters already "
            "claimed; this sale is checked again when the database answers. Do not sell it "
            "again.",
        )
    if isinstance(error, EarlierElsewhereError):
        return QCoreApplication.translate(
            "messages",
            "An earlier sale of this plan on counter %1 is not checked yet; this sale is "
            "checked again after it. Do not sell it again.",
        ).replace("%1", error.counter)
    if isinstance(error, UnsyncedElsewhereError):
        return QCoreApplication.translate(
            "messages",
            "Waiting for counter %1 to send its latest sales to the chain before this "
            "sale's order is confirmed; it is checked again in a moment. Do not sell it again.",
        ).replace("%1", error.counter)
    if isinstance(error, ClaimTakenError):
        return QCoreApplication.translate(
            "messages",
            "The order found for this sale was claimed by another counter's sale at the "
            "same moment; this sale is checked again. Do not sell it again.",
        )
    return QCoreApplication.translate(
        "messages", "This sale is checked again shortly. Do not sell it again."
    )
