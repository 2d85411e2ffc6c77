"""The sales journal on SQLite: every sale written before the provider is called, every
outcome after; queries for history, reconciliation and reports. No Qt, no network."""

from __future__ import annotations

from app.journal.errors import JournalError
from app.journal.journal import Journal, default_path

__all__ = ["Journal", "JournalError", "default_path"]
