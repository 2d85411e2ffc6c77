"""The counter's journal as the till sees it: the full :class:`~app.journal.Journal` (shifts,
refunds, clerks), which ``Counter`` types only as the narrow protocol a sale needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from app.counter import Counter
    from app.journal import Journal


def journal_of(counter: Counter) -> Journal:
    return cast("Journal", counter.journal)
