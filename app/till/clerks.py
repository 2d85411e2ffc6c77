"""Clerks with their own PINs: add, rename, set PIN or role, deactivate, verify.

PINs are hashed and checked by :mod:`app.pin` (salted scrypt), and each clerk's name has
its own :class:`~app.pin.PinGuard`, so guessing one clerk's PIN is slowed down as the
manager PIN's is, without locking every other clerk out. A name no clerk has, or a
deactivated clerk, costs the same slow check and counts against that name, so trying
names tells nothing and is slowed down too. Clerks are never deleted (sales name them).

The journal (:class:`app.journal.Journal`) keeps the rows; this is the policy over them.
The guards live in memory: restarting the program opens every door again, as it does for
the manager PIN.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from functools import cache
from typing import Protocol

from app.core.errors import CounterError
from app.pin import PinGuard, hash_pin, normalise_pin
from app.till.model import Clerk
from app.till.roles import Role


class ClerkRows(Protocol):
    """What the book needs of the journal (see :class:`app.journal.clerks.ClerkJournal`)."""

    def add_clerk(self, name: str, role: Role, pin_hash: str) -> Clerk: ...
    def clerk(self, name: str) -> Clerk | None: ...
    def clerks(self, *, active_only: bool = False) -> list[Clerk]: ...
    def update_clerk(
        self,
        name: str,
        *,
        new_name: str | None = None,
        role: Role | None = None,
        pin_hash: str | None = None,
        active: bool | None = None,
    ) -> Clerk: ...


class SignInError(CounterError):
    """The name and PIN do not match an active clerk (which of the two is not said)."""

    default_message = "That name and PIN do not match a clerk. Check both and try again."


class ClerkInactiveError(CounterError):
    """The right PIN of a clerk the owner deactivated."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"{name} can no longer sign in here; ask the owner.")


@cache
def _decoy() -> str:
    """A hash checked for a name no clerk has, so it costs the same as a real one; of a
    random 12-digit PIN, and a match still does not sign anyone in."""
    return hash_pin(f"{secrets.randbelow(10**12):012d}")


def _key(name: str) -> str:
    return " ".join(str(name).split()).casefold()


class ClerkBook:
    def __init__(
        self, rows: ClerkRows, *, guard_factory: Callable[[], PinGuard] = PinGuard
    ) -> None:
        self._rows = rows
        self._guard_factory = guard_factory
        self._guards: dict[str, PinGuard] = {}
        self._lock = threading.Lock()

    def _guard(self, name: str) -> PinGuard:
        with self._lock:
            return self._guards.setdefault(_key(name), self._guard_factory())

    # --- the owner's changes ----------------------------------------------------------
    # Who may make them is the caller's check (Action.SETTINGS); these only keep rows.

    def add(self, name: str, pin: str, role: Role = Role.CLERK) -> Clerk:
        """A new clerk; PinError for a PIN that cannot be one, JournalError for a taken
        name (whatever its case)."""
        return self._rows.add_clerk(name, Role(role), hash_pin(pin))

    def rename(self, name: str, new_name: str) -> Clerk:
        return self._rows.update_clerk(name, new_name=new_name)

    def set_pin(self, name: str, pin: str) -> Clerk:
        return self._rows.update_clerk(name, pin_hash=hash_pin(pin))

    def set_role(self, name: str, role: Role) -> Clerk:
        return self._rows.update_clerk(name, role=Role(role))

    def deactivate(self, name: str) -> Clerk:
        """The clerk can no longer sign in; their name stays on everything they did."""
        return self._rows.update_clerk(name, active=False)

    def reactivate(self, name: str) -> Clerk:
        return self._rows.update_clerk(name, active=True)

    def all(self, *, active_only: bool = False) -> list[Clerk]:
        return self._rows.clerks(active_only=active_only)

    # --- signing in -------------------------------------------------------------------

    def verify(self, name: str, pin: str) -> Clerk:
        """The active clerk ``name`` if ``pin`` is theirs.

        Raises PinLockedError while this name is locked out (too many wrong PINs),
        PinError for text that is no PIN (not counted as a guess), SignInError for a
        wrong name or PIN, ClerkInactiveError for a deactivated clerk's right PIN.
        Slow (scrypt): call it off the GUI thread.
        """
        normalise_pin(pin)  # letters are a typing slip, not a guess
        guard = self._guard(name)
        locked = guard.locked()
        if locked is not None:
            raise locked
        clerk = self._rows.clerk(name)
        stored = clerk.pin_hash if clerk is not None else _decoy()
        matches = guard.check(pin, stored)  # always run: an unknown name costs the same
        if not matches or clerk is None:
            raise SignInError
        if not clerk.active:
            raise ClerkInactiveError(clerk.name)
        return clerk
