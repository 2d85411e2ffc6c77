"""The errors the journal raises: one base, and the three a clerk must act on differently."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import CounterError


class JournalError(CounterError):
    """The sales journal cannot be opened, read or written.

    A :class:`~app.core.errors.CounterError` so the counter shows it to the clerk like any
    other failure: a sale whose SUBMITTING record could not be written must not be sent.
    Messages name references and statuses only, never row contents.
    """

    default_message = "The sales journal cannot be used; do not sell until it is fixed."


class JournalUnwritableError(JournalError):
    """The journal (or its folder) cannot be written: read-only, or no permission.

    Found when the journal is opened, before any sale is taken, never after payment.
    """

    def __init__(self, path: Path, cause: str = "") -> None:
        self.path = path
        why = f" ({cause})" if cause else ""
        super().__init__(
            f"The sales journal at {path} cannot be written{why}. Make the folder "
            f"{path.parent} and the file writable for the user running eSIM Counter "
            f"(it must be able to create files in the folder), or choose another folder; "
            f"do not sell until then."
        )


class JournalDamagedError(JournalError):
    """The file is not a journal of ours (not SQLite, corrupt, or another schema).

    The file was left exactly as it was; :func:`app.journal.set_aside` moves it out of the
    way so a new journal can be started while the old one is kept for recovery.
    """

    def __init__(self, path: Path, cause: str = "") -> None:
        self.path = path
        why = f" ({cause})" if cause else ""
        super().__init__(
            f"The file {path} is not a usable sales journal{why}. It was left untouched. "
            f"Set it aside and start a new journal, and keep the old file for support."
        )


class JournalDiskFullError(JournalError):
    """The disk holding the journal is full; nothing was written. Selling works again
    as soon as space is freed, without a restart."""

    default_message = (
        "The disk holding the sales journal is full; nothing was written. Free some space "
        "on it, then try again. Do not sell until then."
    )
