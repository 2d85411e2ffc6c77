"""Errors a clerk can read.

Every failure that reaches the counter is one of these. Each carries the facts the UI
needs to say what happened in plain words (``missing`` for a low balance, ``retry_after``
for a rate limit, ...) and an English ``message`` for logs and the command line; the UI
builds its own translated sentence from the type and the facts. Messages never contain
secrets, request headers or response bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.money import Money


class CounterError(Exception):
    """Base of every error the counter shows to a clerk."""

    default_message = "Something went wrong."

    def __init__(self, message: str | None = None, *, provider: str | None = None) -> None:
        self.message = message or self.default_message
        self.provider = provider
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, provider={self.provider!r})"


class AuthenticationError(CounterError):
    default_message = "The provider did not accept this counter's credentials."


class ClockSkewError(AuthenticationError):
    """The provider refused the request because this computer's clock is off."""

    default_message = "This computer's clock is off, so the provider refused the request."

    def __init__(
        self,
        message: str | None = None,
        *,
        offset_seconds: float | None = None,
        provider: str | None = None,
    ) -> None:
        self.offset_seconds = offset_seconds
        if message is None and offset_seconds is not None:
            minutes = round(abs(offset_seconds) / 60)
            direction = "ahead" if offset_seconds > 0 else "behind"
            message = f"This computer's clock is {minutes} minutes {direction}."
        super().__init__(message, provider=provider)


class InsufficientBalanceError(CounterError):
    default_message = "The provider balance is too low for this sale."

    def __init__(
        self,
        message: str | None = None,
        *,
        missing: Money | None = None,
        provider: str | None = None,
    ) -> None:
        self.missing = missing
        if message is None and missing is not None:
            # format() separates code and amount with a no-break space (for the UI);
            # log and command-line text gets a plain one.
            message = f"Balance too low: {_plain(missing)} more needed."
        super().__init__(message, provider=provider)


def _plain(money: Money) -> str:
    """``USD 1.70`` for logs; never raises, whatever the amount (an error must not fail)."""
    try:
        return money.format().replace("\u00a0", " ")
    except Exception:  # babel or Decimal refusing an odd amount: show it unformatted
        return f"{money.currency} {money.amount}"


class PlanUnavailableError(CounterError):
    default_message = "This plan is no longer available."


class PriceChangedError(CounterError):
    default_message = "The price of this plan has changed; reload the plans."


class RateLimitedError(CounterError):
    default_message = "Too many requests to the provider; selling resumes shortly."

    def __init__(
        self,
        message: str | None = None,
        *,
        retry_after: float | None = None,
        provider: str | None = None,
    ) -> None:
        if retry_after is not None and not 0 <= retry_after < 86_400:
            retry_after = None  # infinite, NaN or absurd: say "shortly", never fail here
        self.retry_after = retry_after
        if message is None and retry_after is not None:
            message = f"Too many requests to the provider; try again in {round(retry_after)} s."
        super().__init__(message, provider=provider)


class ProviderUnavailableError(CounterError):
    default_message = "The provider cannot be reached or is having problems."


class InvalidResponseError(CounterError):
    default_message = "The provider sent an answer the counter cannot read."


class ProviderTimeoutError(ProviderUnavailableError):
    default_message = "The provider did not answer in time."


class OrderRejectedError(CounterError):
    """The provider refused the order for a reason that has no type of its own."""

    default_message = "The provider refused the order."


class DuplicateSubmissionError(CounterError):
    """The provider already has a request with this sale's reference: it did arrive."""

    default_message = "The provider already received this sale; it must be checked, not resent."


class OutcomeUnknownError(CounterError):
    """An order went out and no usable answer came back: money may have moved.

    ``cause`` is the typed error that hid the answer (timeout, reset, 5xx, bad body).
    Never resend with a new reference; reconcile instead.
    """

    default_message = "Outcome unknown: do not sell again until this sale is checked."

    def __init__(
        self,
        message: str | None = None,
        *,
        cause: CounterError | None = None,
        provider: str | None = None,
    ) -> None:
        self.cause = cause
        super().__init__(message, provider=provider)


class OrderNotFoundError(CounterError):
    default_message = "The provider has no order with this reference."


class OtherModeError(CounterError):
    """A training sale asked about in real mode, or a real one in training mode: it is
    checked when the counter runs in that mode again."""

    default_message = "This sale is checked when the counter sells in its mode again."

    def __init__(
        self,
        message: str | None = None,
        *,
        provider: str | None = None,
        training_sale: bool | None = None,
    ) -> None:
        self.training_sale = training_sale
        if message is None and training_sale is not None:
            mode = "training" if training_sale else "real"
            message = (
                f"This is a {mode} sale; it is checked when the counter sells in {mode} mode again."
            )
        super().__init__(message, provider=provider)


class NoAccountError(CounterError):
    """A sale of a provider this counter has no account for (set up, then switched off)."""

    default_message = "This counter has no account switched on for this provider."

    def __init__(self, message: str | None = None, *, provider: str | None = None) -> None:
        super().__init__(
            message
            or (f"This counter has no {provider} account configured." if provider else None),
            provider=provider,
        )


class ResendTooLateError(CounterError):
    default_message = "This sale is too old to send again safely; check it with the provider."


class EarlierSaleUncheckedError(CounterError):
    """An earlier sale of the same package is unresolved and its provider did not answer:
    a new one could be mistaken for it, so nothing is sent until it is checked."""

    default_message = (
        "An earlier sale of this plan is not checked yet and eSIMfly did not answer. "
        "Nothing was sold; check the earlier sale first (Check now), then sell again."
    )


class PrinterError(CounterError):
    """A receipt or install slip could not be printed. The sale itself is not affected:
    it is journalled, and the receipt can be printed again from History.

    ``where`` names the printer or folder in the owner's own terms (``192.168.1.50:9100``,
    ``USB 04b8:0e15``, a folder path), never anything secret.
    """

    default_message = "The receipt could not be printed."

    def __init__(
        self, message: str | None = None, *, where: str | None = None, provider: str | None = None
    ) -> None:
        self.where = where
        super().__init__(message, provider=provider)


class PrinterUnreachableError(PrinterError):
    """Off, unplugged, a wrong address, the connection refused or cut off."""

    default_message = "The receipt printer cannot be reached."


class PrinterPaperOutError(PrinterError):
    default_message = "The receipt printer is out of paper."


class PrinterSetupError(PrinterError):
    """The receipt settings are incomplete or name something that cannot work (an address
    without a port, a USB id that is not hex, a driver missing on this computer)."""

    default_message = "The receipt printer is not set up correctly."


class ReceiptFileError(PrinterError):
    """The PDF receipt could not be written (folder missing, read-only, disk full)."""

    default_message = "The receipt could not be saved as a PDF file."


# -- refunds (issue 15) --------------------------------------------------------------------


class EsimInstalledError(CounterError):
    """The eSIM was installed (or used) on the traveller's phone: the provider will not
    cancel it, so no refund comes from the provider."""

    default_message = (
        "The eSIM is already installed on the traveller's phone, so eSIMfly will not refund it."
    )

    def __init__(
        self, message: str | None = None, *, iccid: str | None = None, provider: str | None = None
    ) -> None:
        self.iccid = iccid
        super().__init__(message, provider=provider)


class RefundNotSupportedError(CounterError):
    """The provider has no cancel call (Octopus): the shop refunds the customer itself."""

    default_message = "This provider cannot cancel an eSIM; record the refund as the shop's own."


class AlreadyRefundedError(CounterError):
    """This eSIM already has a refund, done or still being checked: never a second one."""

    default_message = "This eSIM has already been refunded (or its refund is being checked)."


class NotRefundableError(CounterError):
    """The sale has no delivered eSIM at that position (failed, pending, unknown)."""

    default_message = "Only a delivered eSIM can be refunded."
