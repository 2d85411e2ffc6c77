"""The manager PIN: kept only as a salted slow hash, and guarded against guessing.

A PIN is 4 to 12 digits. Any keyboard's decimal digits are accepted and read as 0-9, so a
PIN typed on an Arabic keyboard matches the same PIN typed on a Latin one.

The stored form is one string, ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (salt and hash in
standard base64), so it fits in QSettings and an old hash still verifies after the
parameters change. scrypt with n=2**15, r=8, p=1 costs about 32 MiB and a few tens of
milliseconds per try. That keeps the PIN from being read off the settings file, but a
4-digit PIN has only 10,000 values: against someone who has copied the settings file the
hash only slows the search. The real defence is :class:`PinGuard`, which makes guessing
at the counter slow.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import threading
import time
import unicodedata
from collections.abc import Callable
from enum import StrEnum

from app.core.errors import CounterError

SCHEME = "scrypt"
N = 2**15  # CPU/memory cost
R = 8  # block size
P = 1  # parallelism
SALT_BYTES = 16
HASH_BYTES = 32
# Parameters read back from settings are bounded, so an edited file cannot make a
# verification take minutes or gigabytes (at most 128 MiB).
_MAX_N, _MAX_R, _MAX_P = 2**17, 8, 4

MIN_DIGITS = 4
MAX_DIGITS = 12

# After FREE_ATTEMPTS wrong PINs in a row the next try waits FIRST_WAIT seconds, and
# every further wrong PIN doubles the wait, up to MAX_WAIT.
FREE_ATTEMPTS = 3
FIRST_WAIT = 30.0
MAX_WAIT = 30 * 60.0


class PinProblem(StrEnum):
    """Why a typed PIN cannot be a PIN; the UI turns it into a translated sentence."""

    EMPTY = "empty"
    NOT_DIGITS = "not-digits"
    LENGTH = "length"


class PinError(CounterError):
    """A PIN that cannot be a PIN (letters, too short, too long)."""

    default_message = f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits."

    def __init__(self, message: str | None = None, *, problem: PinProblem = PinProblem.LENGTH):
        self.problem = problem
        super().__init__(message)


class PinLockedError(CounterError):
    """Too many wrong PINs: the next try is allowed after ``retry_after`` seconds."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(f"Too many wrong PINs. Try again in {describe_wait(retry_after)}.")


def normalise_pin(pin: str) -> str:
    """The PIN as ASCII digits; raises :class:`PinError` with a plain-words reason."""
    text = pin.strip() if isinstance(pin, str) else ""
    if not text:
        raise PinError("Enter the PIN.", problem=PinProblem.EMPTY)
    if not all(ch.isdecimal() for ch in text):
        raise PinError("The PIN must contain digits only (0-9).", problem=PinProblem.NOT_DIGITS)
    if not MIN_DIGITS <= len(text) <= MAX_DIGITS:
        raise PinError(
            f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits long.", problem=PinProblem.LENGTH
        )
    return "".join(str(unicodedata.decimal(ch)) for ch in text)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # What OpenSSL will allocate, plus slack: its default ceiling (32 MiB) is exactly
    # what n=2**15, r=8 needs and so refuses it.
    need = 128 * r * (n + 2 + p) + 1024 * 1024
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=need, dklen=length)


def hash_pin(pin: str) -> str:
    """The stored form of a new PIN, with a fresh random salt."""
    digits = normalise_pin(pin)
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(digits, salt, N, R, P, HASH_BYTES)
    return "$".join([SCHEME, str(N), str(R), str(P), _b64(salt), _b64(digest)])


def verify(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored``; a malformed PIN or stored value is ``False``."""
    try:
        digits = normalise_pin(pin)
        n, r, p, salt, expected = _parse(stored)
    except (PinError, ValueError):
        return False
    actual = _scrypt(digits, salt, n, r, p, len(expected))
    return hmac.compare_digest(actual, expected)


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.split("$") if isinstance(stored, str) else []
    if len(parts) != 6 or parts[0] != SCHEME:
        raise ValueError("not a stored PIN")
    n, r, p = (int(part) for part in parts[1:4])
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R and 0 < p <= _MAX_P):
        raise ValueError("stored PIN parameters out of range")
    try:
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except binascii.Error as exc:
        raise ValueError("stored PIN is not base64") from exc
    if len(salt) < SALT_BYTES or not 16 <= len(digest) <= 64:
        raise ValueError("stored PIN has a short salt or hash")
    return n, r, p, salt, digest


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def describe_wait(seconds: float) -> str:
    """``"30 seconds"``, ``"1 minute 30 seconds"``, ``"2 minutes"``: rounded up."""
    total = max(1, int(-(-seconds // 1)))
    minutes, secs = divmod(total, 60)
    words = []
    if minutes:
        words.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if secs:
        words.append(f"{secs} second{'s' if secs != 1 else ''}")
    return " ".join(words)


class PinGuard:
    """Checks PINs and slows down guessing.

    After :data:`FREE_ATTEMPTS` wrong PINs in a row the door closes for 30 s, and every
    further wrong PIN closes it for twice as long as the last (60 s, 120 s, ... up to
    :data:`MAX_WAIT`). A right PIN opens it again. While the door is closed a PIN is
    not even checked, so guesses made then tell nothing. ``clock`` is monotonic seconds.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        free_attempts: int = FREE_ATTEMPTS,
        first_wait: float = FIRST_WAIT,
        max_wait: float = MAX_WAIT,
    ) -> None:
        self._clock = clock
        self._free = free_attempts
        self._first_wait = first_wait
        self._max_wait = max_wait
        self._failures = 0
        self._open_at = 0.0
        self._lock = threading.Lock()

    def wait_remaining(self) -> float:
        """Seconds until the next PIN may be tried; 0 when it may be tried now."""
        with self._lock:
            return max(0.0, self._open_at - self._clock())

    def locked(self) -> PinLockedError | None:
        """Why the clerk must wait, while the door is closed, else ``None``."""
        wait = self.wait_remaining()
        return PinLockedError(wait) if wait > 0 else None

    def check(self, pin: str, stored: str) -> bool:
        """Whether ``pin`` matches ``stored``; raises :class:`PinLockedError` while closed."""
        with self._lock:
            wait = self._open_at - self._clock()
            if wait > 0:
                raise PinLockedError(wait)
            # Held during the slow hash too, so parallel tries cannot dodge the count.
            if verify(pin, stored):
                self._failures = 0
                self._open_at = 0.0
                return True
            self._failures += 1
            over = self._failures - self._free  # 0 on the last free attempt
            if over >= 0:
                delay = min(self._max_wait, self._first_wait * 2 ** min(over, 32))
                self._open_at = self._clock() + delay
            return False


__all__ = [
    "PinError",
    "PinGuard",
    "PinLockedError",
    "PinProblem",
    "describe_wait",
    "hash_pin",
    "normalise_pin",
    "verify",
]
