"""Errors a clerk can read: plain messages built from the facts they carry."""

from __future__ import annotations

import inspect

import pytest

from app.core import errors
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
from app.core.money import Money

ERROR_CLASSES = [
    obj
    for _, obj in inspect.getmembers(errors, inspect.isclass)
    if issubclass(obj, BaseException) and obj.__module__ == errors.__name__
]


def test_the_module_defines_the_expected_errors() -> None:
    names = {cls.__name__ for cls in ERROR_CLASSES}
    assert names >= {
        "CounterError",
        "AuthenticationError",
        "ClockSkewError",
        "InsufficientBalanceError",
        "PlanUnavailableError",
        "PriceChangedError",
        "RateLimitedError",
        "ProviderUnavailableError",
        "InvalidResponseError",
        "ProviderTimeoutError",
        "OrderRejectedError",
        "DuplicateSubmissionError",
        "OutcomeUnknownError",
    }


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_is_a_counter_error_with_a_plain_default_message(cls: type) -> None:
    assert issubclass(cls, CounterError)
    error = cls()
    assert isinstance(error, Exception)
    assert error.message == cls.default_message
    assert error.message
    assert error.message[0].isupper()
    assert error.message.endswith(".")
    assert str(error) == error.message
    assert error.provider is None


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_takes_a_message_and_a_provider(cls: type) -> None:
    error = cls("Custom words.", provider="octopus")
    assert error.message == "Custom words."
    assert str(error) == "Custom words."
    assert error.provider == "octopus"
    assert repr(error) == f"{cls.__name__}('Custom words.', provider='octopus')"


def test_hierarchy() -> None:
    assert issubclass(ClockSkewError, AuthenticationError)
    assert issubclass(ProviderTimeoutError, ProviderUnavailableError)
    # a timeout is caught where "provider unavailable" is handled
    with pytest.raises(ProviderUnavailableError):
        raise ProviderTimeoutError()


# --- insufficient balance -------------------------------------------------------------------


def test_insufficient_balance_message() -> None:
    missing = Money.of("1.70", "USD")
    error = InsufficientBalanceError(missing=missing)
    assert error.message == "Balance too low: USD 1.70 more needed."
    assert error.missing == missing


def test_insufficient_balance_in_dinars() -> None:
    error = InsufficientBalanceError(missing=Money.of("6600", "IQD"), provider="esimfly")
    assert error.message == "Balance too low: IQD 6,600 more needed."
    assert error.provider == "esimfly"


def test_insufficient_balance_without_amount_uses_the_default() -> None:
    error = InsufficientBalanceError()
    assert error.missing is None
    assert error.message == "The provider balance is too low for this sale."


def test_an_explicit_message_wins_but_the_facts_are_kept() -> None:
    error = InsufficientBalanceError("Top up first.", missing=Money.of("1", "USD"))
    assert error.message == "Top up first."
    assert error.missing == Money.of("1", "USD")


# --- clock skew -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "words"),
    [
        (-420, "7 minutes behind"),
        (420, "7 minutes ahead"),
        (-360.0, "6 minutes behind"),
        (600, "10 minutes ahead"),
        (3600, "60 minutes ahead"),
    ],
)
def test_clock_skew_says_how_far_and_which_way(offset: float, words: str) -> None:
    error = ClockSkewError(offset_seconds=offset)
    assert error.message == f"This computer's clock is {words}."
    assert error.offset_seconds == offset
    assert isinstance(error, AuthenticationError)


def test_clock_skew_without_offset() -> None:
    error = ClockSkewError()
    assert error.offset_seconds is None
    assert "clock" in error.message


# --- rate limit -----------------------------------------------------------------------------


@pytest.mark.parametrize(("retry_after", "seconds"), [(30, "30"), (30.4, "30"), (1, "1")])
def test_rate_limited_says_when_to_try_again(retry_after: float, seconds: str) -> None:
    error = RateLimitedError(retry_after=retry_after)
    assert error.retry_after == retry_after
    assert error.message == f"Too many requests to the provider; try again in {seconds} s."


def test_rate_limited_without_retry_after() -> None:
    error = RateLimitedError()
    assert error.retry_after is None
    assert error.message == RateLimitedError.default_message


# --- outcome unknown ------------------------------------------------------------------------


def test_outcome_unknown_keeps_the_cause() -> None:
    cause = ProviderTimeoutError(provider="octopus")
    error = OutcomeUnknownError(cause=cause, provider="octopus")
    assert error.cause is cause
    assert error.provider == "octopus"
    assert "do not sell again" in error.message


@pytest.mark.parametrize(
    "cause",
    [ProviderTimeoutError(), ProviderUnavailableError(), InvalidResponseError()],
    ids=lambda e: type(e).__name__,
)
def test_outcome_unknown_message_does_not_depend_on_the_cause(cause: CounterError) -> None:
    assert OutcomeUnknownError(cause=cause).message == OutcomeUnknownError().message


def test_outcome_unknown_without_cause() -> None:
    assert OutcomeUnknownError().cause is None


# --- the rest carry their own plain words ---------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "word"),
    [
        (PlanUnavailableError, "no longer available"),
        (PriceChangedError, "price"),
        (DuplicateSubmissionError, "already"),
        (OrderRejectedError, "refused"),
        (ProviderTimeoutError, "in time"),
    ],
)
def test_default_messages_say_what_happened(cls: type[CounterError], word: str) -> None:
    assert word in cls().message
