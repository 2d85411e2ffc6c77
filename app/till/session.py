"""Who is at the counter: the anonymous one-person counter, or a signed-in clerk.

By default (``till/require_sign_in`` off) the counter runs with one anonymous clerk named
by the ``shop/clerk`` setting, with the clerk role: anything above it goes through the
manager-PIN prompt as before. With sign-in required, nothing can be done until a clerk
signs in; after ``till/idle_minutes`` without activity the clerk is signed out (or, with
``till/idle_action`` "lock", kept but locked until they or another clerk type a PIN).
Switching clerk is :meth:`Session.sign_in` with another name while signed in.

Qt-free: the UI calls :meth:`touch` on every key and mouse event and :meth:`expire` on a
timer; the clock is injectable (monotonic seconds) for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from app.till.clerks import ClerkBook
from app.till.model import Clerk
from app.till.roles import Action, Role, allowed

IDLE_ACTIONS = ("sign_out", "lock")


@dataclass(frozen=True, slots=True)
class Policy:
    require_sign_in: bool = False
    idle_minutes: int = 0  # 0: never
    idle_action: str = "sign_out"
    anonymous_name: str = ""  # the shop/clerk setting

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> Policy:
        from app import settings_schema as schema

        return cls(
            require_sign_in=schema.REQUIRE_SIGN_IN.read(values),
            idle_minutes=schema.IDLE_MINUTES.read(values),
            idle_action=schema.IDLE_ACTION.read(values),
            anonymous_name=schema.CLERK.read(values),
        )

    def __post_init__(self) -> None:
        if self.idle_action not in IDLE_ACTIONS or self.idle_minutes < 0:
            raise ValueError("idle action is sign_out or lock, idle minutes not negative")


class Session:
    def __init__(
        self,
        book: ClerkBook | None,
        policy: Policy,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if policy.require_sign_in and book is None:
            raise ValueError("signing in needs the clerks")
        self._book = book
        self.policy = policy
        self._clock = clock
        self._clerk: Clerk | None = None
        self._locked = False
        self._last = clock()

    @property
    def clerk(self) -> Clerk | None:
        """Who acts now: the signed-in clerk, the anonymous clerk, or None (sign in)."""
        if not self.policy.require_sign_in:
            return Clerk(self.policy.anonymous_name, Role.CLERK, True, datetime.now(UTC))
        return None if self._locked else self._clerk

    @property
    def name(self) -> str:
        """The name journalled on what is done now ("" when nobody may act)."""
        clerk = self.clerk
        return "" if clerk is None else clerk.name

    @property
    def locked(self) -> bool:
        return self._locked

    def sign_in(self, name: str, pin: str) -> Clerk:
        """Sign in, switch to another clerk, or unlock; errors as ClerkBook.verify."""
        if self._book is None:
            raise ValueError("this counter runs without clerks")
        clerk = self._book.verify(name, pin)
        self.adopt(clerk)
        return clerk

    def adopt(self, clerk: Clerk) -> None:
        """Take a clerk already verified (``ClerkBook.verify`` ran off the GUI thread:
        the hash is slow); the same as :meth:`sign_in` from there on."""
        if not clerk.active:
            raise ValueError("a deactivated clerk cannot sign in")
        self._clerk, self._locked = clerk, False
        self._last = self._clock()

    def sign_out(self) -> None:
        self._clerk, self._locked = None, False

    def touch(self) -> None:
        """The clerk did something: the idle time starts again."""
        self._last = self._clock()

    def expire(self) -> bool:
        """Sign out or lock after the idle time; True if that happened just now."""
        minutes = self.policy.idle_minutes
        if not self.policy.require_sign_in or not minutes or self._clerk is None:
            return False
        if self._locked or self._clock() - self._last < minutes * 60:
            return False
        if self.policy.idle_action == "lock":
            self._locked = True
        else:
            self._clerk = None
        return True

    def may(self, action: Action) -> bool:
        """Whether whoever acts now may do ``action`` without an override."""
        clerk = self.clerk
        return clerk is not None and allowed(clerk.role, action)
