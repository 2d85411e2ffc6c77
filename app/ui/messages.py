"""Plain-words, translatable sentences for every error a clerk can meet.

The core's errors carry facts (how much is missing, how far the clock is off); the
sentences are built here so they go through Qt's translation system.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import (
    AuthenticationError,
    ClockSkewError,
    CounterError,
    DuplicateSubmissionError,
    InsufficientBalanceError,
    InvalidResponseError,
    OrderRejectedError,
    OutcomeUnknownError,
    PlanUnavailableError,
    PriceChangedError,
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
)

PROVIDER_NAMES = {"esimfly": "eSIMfly", "octopus": "Octopus Cards"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def provider_name(error: CounterError) -> str:
    return PROVIDER_NAMES.get(str(error.provider), str(error.provider or _tr("The provider")))


def describe(error: BaseException, locale: str = "en_US") -> str:
    """One or two sentences a clerk understands; never a stack trace."""
    if not isinstance(error, CounterError):
        return _tr("Something went wrong. The details were written to the log file.")
    who = provider_name(error)
    if isinstance(error, InsufficientBalanceError):
        if error.missing is not None:
            return _tr("Balance too low: %1 more needed.").replace(
                "%1", error.missing.format(locale)
            )
        return _tr("Balance too low at %1 for this sale.").replace("%1", who)
    if isinstance(error, ClockSkewError):
        if error.offset_seconds is None:
            return _tr("%1 says this computer's clock is wrong. Correct the clock.").replace(
                "%1", who
            )
        minutes = str(round(abs(error.offset_seconds) / 60))
        text = (
            _tr("This computer's clock is %1 minutes ahead. Correct the clock.")
            if error.offset_seconds > 0
            else _tr("This computer's clock is %1 minutes behind. Correct the clock.")
        )
        return text.replace("%1", minutes)
    if isinstance(error, AuthenticationError):
        return (
            _tr("%1 refused this counter's credentials (%2). Ask the shop owner.")
            .replace("%1", who)
            .replace("%2", error.message)
        )
    if isinstance(error, RateLimitedError):
        if error.retry_after is not None:
            return (
                _tr("Too many requests to %1. Selling resumes in %2 seconds.")
                .replace("%1", who)
                .replace("%2", str(max(1, round(error.retry_after))))
            )
        return _tr("Too many requests to %1. Wait a moment, then try again.").replace("%1", who)
    if isinstance(error, OutcomeUnknownError | DuplicateSubmissionError):
        return _tr(
            "No clear answer from %1: the outcome is unknown. "
            "Do not sell again until this sale is checked."
        ).replace("%1", who)
    if isinstance(error, PlanUnavailableError):
        return _tr("This plan is no longer available. Pick another plan.")
    if isinstance(error, PriceChangedError):
        return _tr("The price of this plan has changed. Reload the plans and check the price.")
    if isinstance(error, ProviderTimeoutError):
        return _tr("%1 did not answer in time. Try again in a moment.").replace("%1", who)
    if isinstance(error, ProviderUnavailableError):
        return _tr("Cannot reach %1. Check the internet connection, then try again.").replace(
            "%1", who
        )
    if isinstance(error, InvalidResponseError):
        return _tr("%1 sent an answer the counter cannot read.").replace("%1", who)
    if isinstance(error, OrderRejectedError):
        return _tr("%1 refused the order: %2").replace("%1", who).replace("%2", error.message)
    return error.message
