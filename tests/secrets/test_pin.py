"""The manager PIN: salted scrypt, constant-time check, and a door that closes on guessing."""

from __future__ import annotations

import base64
import hashlib

import pytest

from app.core.errors import CounterError
from app.pin import (
    PinError,
    PinGuard,
    PinLockedError,
    describe_wait,
    hash_pin,
    normalise_pin,
    verify,
)


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin("2468")


@pytest.fixture
def quick_verify(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard's own tests need not pay for scrypt on every try (about 0.1 s each)."""
    import app.pin

    real = app.pin.verify
    cache: dict[str, bool] = {}

    def cached(pin: str, stored: str) -> bool:
        if pin not in cache:
            cache[pin] = real(pin, stored)
        return cache[pin]

    monkeypatch.setattr(app.pin, "verify", cached)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_format(stored: str) -> None:
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**15), "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32
    assert "2468" not in stored
    expected = hashlib.scrypt(
        b"2468", salt=base64.b64decode(salt), n=2**15, r=8, p=1, maxmem=2**26, dklen=32
    )
    assert base64.b64decode(digest) == expected


def test_verify(stored: str) -> None:
    assert verify("2468", stored)
    assert not verify("2469", stored)
    assert not verify("24680", stored)


def test_salts_differ() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert verify("1234", first) and verify("1234", second)


def test_any_keyboards_digits(stored: str) -> None:
    assert normalise_pin("٢٤٦٨") == "2468"  # Arabic-Indic digits
    assert verify("٢٤٦٨", stored)
    assert verify(" 2468 ", stored)


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("", "Enter the PIN."),
        ("   ", "Enter the PIN."),
        ("12a4", "The PIN must contain digits only (0-9)."),
        ("12 34", "The PIN must contain digits only (0-9)."),
        ("-123", "The PIN must contain digits only (0-9)."),
        ("123", "The PIN must be 4 to 12 digits long."),
        ("1234567890123", "The PIN must be 4 to 12 digits long."),
    ],
)
def test_validation(pin: str, message: str, stored: str) -> None:
    with pytest.raises(PinError) as caught:
        hash_pin(pin)
    assert caught.value.message == message
    assert isinstance(caught.value, CounterError)
    assert not verify(pin, stored)


@pytest.mark.parametrize("pin", ["1234", "123456789012"])
def test_lengths_accepted(pin: str) -> None:
    assert normalise_pin(pin) == pin


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "2468",
        "scrypt$32768$8$1$AAAA",
        "bcrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",
        "scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # n not a power of 2
        "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # too costly
        "scrypt$32768$8$1$not*base64$AAAAAAAAAAAAAAAAAAAAAA==",
        "scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",
    ],
)
def test_malformed_stored_value_never_matches(bad: str) -> None:
    assert not verify("2468", bad)


def test_guard_closes_after_three_wrong_and_doubles(stored: str, quick_verify: None) -> None:
    clock = FakeClock()
    guard = PinGuard(clock=clock)
    assert guard.wait_remaining() == 0 and guard.locked() is None
    assert not guard.check("1111", stored)
    assert not guard.check("2222", stored)
    assert guard.wait_remaining() == 0
    assert not guard.check("3333", stored)  # third wrong PIN: 30 s
    assert guard.wait_remaining() == 30
    locked = guard.locked()
    assert locked is not None
    assert locked.message == "Too many wrong PINs. Try again in 30 seconds."

    clock.now += 10
    with pytest.raises(PinLockedError) as caught:
        guard.check("2468", stored)  # even the right PIN is not looked at while closed
    assert caught.value.retry_after == 20
    assert caught.value.message == "Too many wrong PINs. Try again in 20 seconds."

    clock.now += 20
    assert not guard.check("4444", stored)  # fourth wrong: 60 s
    locked = guard.locked()
    assert locked is not None
    assert locked.message == "Too many wrong PINs. Try again in 1 minute."
    clock.now += 60
    assert not guard.check("5555", stored)  # fifth wrong: 120 s
    assert guard.wait_remaining() == 120
    clock.now += 120
    assert guard.check("2468", stored)  # right PIN: door open, count reset
    assert guard.wait_remaining() == 0
    assert not guard.check("1111", stored)
    assert guard.wait_remaining() == 0


def test_guard_wait_is_capped(stored: str, quick_verify: None) -> None:
    clock = FakeClock()
    guard = PinGuard(clock=clock, free_attempts=1, first_wait=30, max_wait=600)
    for _ in range(8):
        assert not guard.check("0000", stored)
        wait = guard.wait_remaining()
        clock.now += wait
    assert wait == 600


def test_guard_malformed_pin_counts_as_wrong(stored: str) -> None:
    clock = FakeClock()
    guard = PinGuard(clock=clock, free_attempts=1)
    assert not guard.check("abc", stored)
    assert guard.wait_remaining() == 30


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0.2, "1 second"),
        (1, "1 second"),
        (29.1, "30 seconds"),
        (60, "1 minute"),
        (90, "1 minute 30 seconds"),
        (121, "2 minutes 1 second"),
        (1800, "30 minutes"),
    ],
)
def test_describe_wait(seconds: float, words: str) -> None:
    assert describe_wait(seconds) == words
