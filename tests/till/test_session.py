"""Who is at the counter: anonymous by default, signed in when required, signed out or
locked after the idle time, switched with another clerk's PIN."""

from __future__ import annotations

import pytest

from app import settings_schema as schema
from app.journal import Journal
from app.pin import PinGuard
from app.till.clerks import ClerkBook, SignInError
from app.till.roles import Action, Role
from app.till.session import Policy, Session


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def book(journal: Journal) -> ClerkBook:
    made = ClerkBook(journal, guard_factory=PinGuard)
    made.add("Ana", "1234", Role.SUPERVISOR)
    made.add("Ben", "5678")
    return made


def test_the_default_is_one_anonymous_clerk_named_by_the_settings() -> None:
    policy = Policy.from_settings({"shop/clerk": "Till 1"})
    assert not policy.require_sign_in
    session = Session(None, policy)
    assert session.name == "Till 1" and session.may(Action.SELL)
    assert not session.may(Action.REFUND)  # above a clerk: the manager-PIN prompt


def test_settings_are_read_typed() -> None:
    values = {"till/require_sign_in": "true", "till/idle_minutes": "5", "till/idle_action": "lock"}
    assert Policy.from_settings(values) == Policy(True, 5, "lock", "")
    assert schema.IDLE_MINUTES.read({"till/idle_minutes": "-3"}) == 10  # unusable: default
    assert schema.REQUIRE_SIGN_IN in schema.ALL


def test_nothing_until_a_clerk_signs_in_then_switching(book: ClerkBook) -> None:
    session = Session(book, Policy(require_sign_in=True))
    assert session.clerk is None and not session.may(Action.SELL) and session.name == ""
    session.sign_in("ben", "5678")
    assert session.name == "Ben" and not session.may(Action.REFUND)
    session.sign_in("Ana", "1234")  # switching: another name and PIN
    assert session.name == "Ana" and session.may(Action.REFUND)
    with pytest.raises(SignInError):
        session.sign_in("Ben", "0000")
    assert session.name == "Ana"  # a failed switch keeps who was there
    session.sign_out()
    assert session.clerk is None


@pytest.mark.parametrize("action", ["sign_out", "lock"])
def test_idle_time_signs_out_or_locks(book: ClerkBook, action: str) -> None:
    clock = Clock()
    session = Session(book, Policy(True, 5, action), clock=clock)
    session.sign_in("Ben", "5678")
    clock.now += 299
    session.touch()
    clock.now += 299
    assert not session.expire() and session.name == "Ben"
    clock.now += 2
    assert session.expire() and session.clerk is None
    assert session.locked is (action == "lock")
    session.sign_in("Ben", "5678")
    assert session.name == "Ben" and not session.locked


def test_a_clerk_verified_off_the_gui_thread_is_adopted(book: ClerkBook) -> None:
    session = Session(book, Policy(require_sign_in=True))
    session.adopt(book.verify("Ana", "1234"))
    assert session.name == "Ana"
    book.deactivate("Ben")
    gone = book.all()[1]
    with pytest.raises(ValueError):
        session.adopt(gone)
