"""The sales journal on SQLite: every sale written before the provider is called, every
outcome after; queries for history, reconciliation and reports. No Qt, no network."""

from __future__ import annotations

from app.journal.errors import (
    JournalDamagedError,
    JournalDiskFullError,
    JournalError,
    JournalUnwritableError,
)
from app.journal.journal import Journal, default_path
from app.journal.probes import ProbeAnswer, ProbeRecord
from app.journal.recovery import set_aside
from app.journal.refunds import AlreadyRefundedInJournal, RefundBook, RefundLine

__all__ = [
    "AlreadyRefundedInJournal",
    "Journal",
    "JournalDamagedError",
    "JournalDiskFullError",
    "JournalError",
    "JournalUnwritableError",
    "ProbeAnswer",
    "ProbeRecord",
    "RefundBook",
    "RefundLine",
    "default_path",
    "set_aside",
]
