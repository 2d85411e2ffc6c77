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

__all__ = [
    "Journal",
    "JournalDamagedError",
    "JournalDiskFullError",
    "JournalError",
    "JournalUnwritableError",
    "ProbeAnswer",
    "ProbeRecord",
    "default_path",
    "set_aside",
]
