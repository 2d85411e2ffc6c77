"""The one error the journal raises."""

from __future__ import annotations

from app.core.errors import CounterError


class JournalError(CounterError):
    """The sales journal cannot be opened, read or written.

    A :class:`~app.core.errors.CounterError` so the counter shows it to the clerk like any
    other failure: a sale whose SUBMITTING record could not be written must not be sent.
    Messages name references and statuses only, never row contents.
    """

    default_message = "The sales journal cannot be used; do not sell until it is fixed."
