"""Clerks in the journal: PIN verify with a per-clerk rate limit, names unique in any
case, deactivated clerks cannot sign in, nothing is ever deleted."""

from __future__ import annotations

import sqlite3

import pytest

from app.journal import Journal, JournalError
from app.pin import PinError, PinGuard, PinLockedError
from app.till.clerks import ClerkBook, ClerkInactiveError, SignInError
from app.till.roles import Action, Role
from tests.journal.factories import raw_db


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def book(journal: Journal, clock: Clock) -> ClerkBook:
    return ClerkBook(journal, guard_factory=lambda: PinGuard(clock=clock))


def test_a_clerk_signs_in_with_their_own_pin(book: ClerkBook, journal: Journal) -> None:
    book.add("Ana", "1234", Role.SUPERVISOR)
    book.add("Ben", "9876")
    assert book.verify("ana", "1234").name == "Ana"  # any case
    assert book.verify("Ben", "9876").role is Role.CLERK
    with pytest.raises(SignInError):
        book.verify("Ana", "9876")  # Ben's PIN is not Ana's
    stored = journal.clerk("ANA")
    assert stored is not None and stored.pin_hash.startswith("scrypt$")
    assert "1234" not in stored.pin_hash and "pin_hash" not in repr(stored)


def test_names_are_unique_whatever_their_case(book: ClerkBook) -> None:
    book.add("Ana", "1234")
    for taken in ("ana", "ANA", "  Ana ", "Ana"):
        with pytest.raises(JournalError, match="already a clerk called"):
            book.add(taken, "5555")
    book.add("Ben", "5555")
    with pytest.raises(JournalError, match="already"):
        book.rename("Ben", "aNa")
    book.add("Émile", "1111")
    with pytest.raises(JournalError):
        book.add("émile", "1111")  # casefolded beyond ASCII, unlike SQLite's NOCASE


def test_wrong_pins_lock_that_clerk_out_only(book: ClerkBook, clock: Clock) -> None:
    book.add("Ana", "1234")
    book.add("Ben", "9876")
    for _ in range(3):
        with pytest.raises(SignInError):
            book.verify("Ana", "0000")
    with pytest.raises(PinLockedError) as locked:
        book.verify("Ana", "1234")  # even the right PIN waits
    assert locked.value.retry_after == pytest.approx(30)
    assert book.verify("Ben", "9876").name == "Ben"  # another clerk is not locked out
    clock.now += 31
    assert book.verify("Ana", "1234").name == "Ana"


def test_guessing_names_is_slowed_as_well(book: ClerkBook) -> None:
    for _ in range(3):
        with pytest.raises(SignInError):
            book.verify("Nobody", "1234")
    with pytest.raises(PinLockedError):
        book.verify("nobody", "1234")


def test_text_that_is_no_pin_is_refused_without_counting(book: ClerkBook) -> None:
    book.add("Ana", "1234")
    for _ in range(5):
        with pytest.raises(PinError):
            book.verify("Ana", "12ab")
    assert book.verify("Ana", "1234").name == "Ana"
    with pytest.raises(PinError):
        book.add("Ben", "12")


def test_a_deactivated_clerk_cannot_sign_in_and_is_kept(book: ClerkBook, journal: Journal) -> None:
    book.add("Ana", "1234")
    book.deactivate("ana")
    with pytest.raises(ClerkInactiveError, match="no longer sign in"):
        book.verify("Ana", "1234")
    with pytest.raises(SignInError):
        book.verify("Ana", "4321")  # a wrong PIN says nothing about the clerk
    assert [c.name for c in book.all()] == ["Ana"] and book.all(active_only=True) == []
    with raw_db(journal.path) as raw, pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        raw.execute("DELETE FROM clerks")
    book.reactivate("Ana")
    assert book.verify("Ana", "1234").active


def test_rename_role_and_pin_changes(book: ClerkBook) -> None:
    book.add("Ana", "1234")
    book.rename("Ana", "Ana María")
    book.set_role("ana maría", Role.OWNER)
    book.set_pin("Ana María", "24680")
    clerk = book.verify("ANA MARÍA", "24680")
    assert (clerk.name, clerk.role) == ("Ana María", Role.OWNER)
    with pytest.raises(SignInError):
        book.verify("Ana", "1234")


def test_an_override_is_journalled_and_never_changes(journal: Journal) -> None:
    from datetime import UTC, datetime, timedelta

    made = journal.record_override(
        Action.REFUND, clerk="Ben", approver="Ana", reference="sale-1", reason="wrong plan"
    )
    now = datetime.now(UTC)
    (found,) = journal.overrides(now - timedelta(minutes=1), now + timedelta(minutes=1))
    assert found == made and (found.action, found.approver) == (Action.REFUND, "Ana")
    with raw_db(journal.path) as raw:
        for statement in ("UPDATE overrides SET approver = 'x'", "DELETE FROM overrides"):
            with pytest.raises(sqlite3.IntegrityError, match="never change"):
                raw.execute(statement)


def test_sign_in_errors_have_their_own_sentence() -> None:
    from app.ui.messages import describe

    assert describe(SignInError()).startswith("That name and PIN do not match")
    assert describe(ClerkInactiveError("Ana")).startswith("Ana can no longer sign in")
