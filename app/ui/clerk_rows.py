"""The clerk rows of whichever journal the window has open, for :class:`ClerkBook`.

The book (and its per-name PIN guards) lives as long as the window, while the journal is
opened by the counter's worker after the first paint and reopened when the settings
change: this forwards to the journal open now, and says so plainly when none is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.errors import CounterError
from app.till.model import Clerk
from app.till.roles import Role

if TYPE_CHECKING:
    from app.journal import Journal


class JournalRows:
    def __init__(self, journal: Callable[[], Journal | None]) -> None:
        self._journal = journal

    def _open(self) -> Journal:
        journal = self._journal()
        if journal is None:
            # (A CounterError whose message is the sentence: describe() shows it as is.)
            raise CounterError(
                QCoreApplication.translate(
                    "ClerkGate", "The sales journal is still opening. Try again in a moment."
                )
            )
        return journal

    def add_clerk(self, name: str, role: Role, pin_hash: str) -> Clerk:
        return self._open().add_clerk(name, role, pin_hash)

    def clerk(self, name: str) -> Clerk | None:
        return self._open().clerk(name)

    def clerks(self, *, active_only: bool = False) -> list[Clerk]:
        return self._open().clerks(active_only=active_only)

    def update_clerk(
        self,
        name: str,
        *,
        new_name: str | None = None,
        role: Role | None = None,
        pin_hash: str | None = None,
        active: bool | None = None,
    ) -> Clerk:
        return self._open().update_clerk(
            name, new_name=new_name, role=role, pin_hash=pin_hash, active=active
        )
