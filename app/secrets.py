"""Provider secrets in the operating system's keyring, and nowhere else.

Every secret is kept under one keyring service, ``SERVICE = "eSIM Counter"``, with one
entry per secret:

- ``esimfly.access_code``: the eSIMfly access code
- ``esimfly.secret_key``: the eSIMfly secret key
- ``octopus.api_key``: the Octopus Cards API key
- ``octopus.api_secret``: the Octopus Cards API secret
- ``chain.password``: the password of the chain's PostgreSQL user (issue 16)

An administrator can provision a counter from a terminal, logged in as the user who runs
the counter, with the ``keyring`` command of the Python ``keyring`` package (installed with
the counter; ``pip install keyring`` elsewhere). It prompts for the value, or reads it
from a pipe, so the value never lands in the shell history::

    keyring set "eSIM Counter" esimfly.access_code
    keyring set "eSIM Counter" esimfly.secret_key
    keyring set "eSIM Counter" octopus.api_key
    keyring set "eSIM Counter" octopus.api_secret
    keyring set "eSIM Counter" chain.password

and remove one with ``keyring del "eSIM Counter" esimfly.secret_key``.

No safe keyring, no secrets. The backend is judged by its class, in this order:

1. Always refused: ``keyring.backends.fail.Keyring`` and ``keyring.backends.null.Keyring``
   (there is no keyring) and every class from the ``keyrings.alt`` package (plain or
   weakly protected files). Nothing is stored, read or removed through them.
2. Allowed: the classes in :data:`ALLOWED_BACKENDS` -- Windows Credential Manager, macOS
   Keychain, the Secret Service (GNOME Keyring, KeePassXC, ...) directly or through
   libsecret, and KWallet.
3. Anything else (another third-party backend) is refused as unknown.

A ``ChainerBackend`` (keyring's "try each backend in turn") is never used as such: it
could fall through to a file when the safe backend fails. The counter uses its
highest-priority allowed backend alone, or refuses if it has none.

Values never appear in exceptions, logs or ``repr()``; backend errors are reported by
their type only, because a backend's message is not ours to vouch for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.core.errors import CounterError
from app.core.secret import Secret

log = logging.getLogger(__name__)
T = TypeVar("T")

SERVICE = "eSIM Counter"


class SecretName(StrEnum):
    """The keyring entry name of each secret (the ``username`` in keyring's terms)."""

    ESIMFLY_ACCESS_CODE = "esimfly.access_code"
    ESIMFLY_SECRET_KEY = "esimfly.secret_key"
    OCTOPUS_API_KEY = "octopus.api_key"
    OCTOPUS_API_SECRET = "octopus.api_secret"
    CHAIN_PASSWORD = "chain.password"

    @property
    def label(self) -> str:
        """The secret's name in a sentence."""
        return _LABELS[self]

    @property
    def command(self) -> str:
        """The command an administrator runs to provision it."""
        return f'keyring set "{SERVICE}" {self.value}'


_LABELS = {
    SecretName.ESIMFLY_ACCESS_CODE: "eSIMfly access code",
    SecretName.ESIMFLY_SECRET_KEY: "eSIMfly secret key",
    SecretName.OCTOPUS_API_KEY: "Octopus API key",
    SecretName.OCTOPUS_API_SECRET: "Octopus API secret",
    SecretName.CHAIN_PASSWORD: "chain database password",
}

# Class path -> what a clerk or administrator calls it.
ALLOWED_BACKENDS: dict[str, str] = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "the macOS Keychain",
    "keyring.backends.SecretService.Keyring": "the Secret Service (GNOME Keyring)",
    "keyring.backends.libsecret.Keyring": "the Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
}
NO_KEYRING_BACKENDS = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
FILE_BACKEND_PACKAGE = "keyrings.alt"

# One lock for every store: the backend is process-wide, and the Secret Service backend
# opens a D-Bus connection per call that is not meant to be shared between threads.
_LOCK = threading.RLock()


class KeyringState(StrEnum):
    USABLE = "usable"
    NONE = "none"  # no keyring at all (fail/null backend, or a chainer of nothing)
    PLAINTEXT = "plaintext"  # only a file keyring (keyrings.alt)
    UNSUPPORTED = "unsupported"  # a backend this counter does not know to be safe
    LOCKED = "locked"  # a safe keyring that is locked or refused access


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    state: KeyringState
    backend: str  # class path of the backend judged, for logs and support
    message: str  # a whole sentence or two, in plain words
    where: str = ""  # the keyring's name in a sentence ("the macOS Keychain"), if usable

    @property
    def usable(self) -> bool:
        return self.state is KeyringState.USABLE


class SecretAction(StrEnum):
    """What was being done with the keyring when it failed (a fact for the UI's sentence)."""

    STORE = "store"
    READ = "read"
    REMOVE = "remove"
    FIND = "find"  # looking for the keyring itself


class SecretStoreError(CounterError):
    """The keyring could not be used.

    The English message is for logs; the UI builds a translated sentence from the facts:
    ``action`` (what failed), ``entry`` (which secret) and ``empty`` (nothing to store).
    """

    default_message = "The keyring could not be used."

    def __init__(
        self,
        message: str | None = None,
        *,
        action: SecretAction | None = None,
        entry: SecretName | None = None,
        empty: bool = False,
    ) -> None:
        self.action = action
        self.entry = entry
        self.empty = empty
        super().__init__(message)


class NoSafeKeyringError(SecretStoreError):
    """There is no keyring, or only an unsafe one: nothing is stored, read or removed."""

    default_message = "No safe keyring is available on this computer; nothing was stored."

    def __init__(
        self,
        message: str | None = None,
        *,
        status: KeyringStatus | None = None,
        action: SecretAction | None = None,
        entry: SecretName | None = None,
    ) -> None:
        self.status = status
        super().__init__(message, action=action, entry=entry)


class KeyringAccessError(SecretStoreError):
    """A safe keyring failed or refused the request (``cause`` is the error type only)."""

    def __init__(
        self,
        message: str,
        *,
        cause: str = "",
        action: SecretAction | None = None,
        entry: SecretName | None = None,
    ) -> None:
        self.cause = cause
        super().__init__(message, action=action, entry=entry)


class KeyringLockedError(KeyringAccessError):
    """The keyring is locked, or its unlock prompt was dismissed."""


def class_path(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _is_file_backend(path: str) -> bool:
    return path == FILE_BACKEND_PACKAGE or path.startswith(FILE_BACKEND_PACKAGE + ".")


def judge(
    backend: KeyringBackend, allowed: Mapping[str, str] = ALLOWED_BACKENDS
) -> tuple[KeyringBackend | None, KeyringStatus]:
    """The backend to use (``None`` if none is safe) and the status that explains why.

    The refusals of rule 1 win over ``allowed``, so no allow list can let a file in.
    """
    children = _chained(backend)
    if children is not None:
        for child in children:
            if _verdict(class_path(child), allowed) is KeyringState.USABLE:
                return judge(child, allowed)
        paths = [class_path(child) for child in children]
        state = (
            KeyringState.PLAINTEXT
            if any(_is_file_backend(path) for path in paths)
            else KeyringState.NONE
        )
        return None, _status(state, class_path(backend), allowed)
    path = class_path(backend)
    state = _verdict(path, allowed)
    return (backend if state is KeyringState.USABLE else None), _status(state, path, allowed)


def _chained(backend: KeyringBackend) -> list[KeyringBackend] | None:
    from keyring.backends.chainer import ChainerBackend

    if not isinstance(backend, ChainerBackend):
        return None
    return list(backend.backends)


def _verdict(path: str, allowed: Mapping[str, str]) -> KeyringState:
    if path in NO_KEYRING_BACKENDS:
        return KeyringState.NONE
    if _is_file_backend(path):
        return KeyringState.PLAINTEXT
    if path in allowed:
        return KeyringState.USABLE
    return KeyringState.UNSUPPORTED


def _status(
    state: KeyringState, path: str, allowed: Mapping[str, str] = ALLOWED_BACKENDS
) -> KeyringStatus:
    where = allowed.get(path, "the system keyring")
    message = {
        KeyringState.USABLE: f"Provider secrets are kept in {where}.",
        KeyringState.NONE: (
            "No safe keyring is available on this computer, so the counter cannot keep "
            "provider secrets. Use Windows Credential Manager, the macOS Keychain, or "
            "GNOME Keyring or KWallet on Linux."
        ),
        KeyringState.PLAINTEXT: (
            "The only keyring on this computer keeps secrets in a file, which the counter "
            "does not use. No safe keyring is available, so no secrets are kept."
        ),
        KeyringState.UNSUPPORTED: (
            f"The keyring on this computer ({path}) is not one the counter knows to be "
            "safe, so no secrets are kept. Use Windows Credential Manager, the macOS "
            "Keychain, or GNOME Keyring or KWallet on Linux."
        ),
        KeyringState.LOCKED: (
            f"The keyring ({where}) is locked or refused access. Unlock it, or log out "
            "and in again, then try again."
        ),
    }[state]
    return KeyringStatus(state, path, message, where if state is KeyringState.USABLE else "")


class SecretStore:
    """The counter's secrets in the keyring, each under its :class:`SecretName`.

    ``backend`` defaults to ``keyring.get_keyring()``, looked up at each call so a keyring
    that appears later is used. ``allowed`` (class path -> name in a sentence) exists for
    tests that bring their own backend; the refusals of rule 1 apply whatever it says.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        allowed: Mapping[str, str] = ALLOWED_BACKENDS,
    ) -> None:
        self._backend = backend
        self._allowed = dict(allowed)

    def __repr__(self) -> str:
        return f"SecretStore(backend={self._describe()!r})"

    def _describe(self) -> str:
        return "default" if self._backend is None else class_path(self._backend)

    def _safe_backend(
        self, refusal: str, action: SecretAction, entry: SecretName | None = None
    ) -> KeyringBackend:
        backend = self._backend
        if backend is None:
            # Detection reads a config file and asks D-Bus, either of which can fail.
            backend = self._call(
                keyring.get_keyring,
                f"{refusal} The keyring could not be found.",
                SecretAction.FIND,
                entry,
            )
        chosen, status = judge(backend, self._allowed)
        if chosen is None:
            log.warning("keyring refused (%s): %s", status.state, status.backend)
            raise NoSafeKeyringError(
                f"{refusal} {status.message}".strip(), status=status, action=action, entry=entry
            )
        return chosen

    def _call(
        self,
        call: Callable[[], T],
        failure: str,
        action: SecretAction,
        entry: SecretName | None = None,
    ) -> T:
        """Run a backend call; its failure becomes a typed error without its message.

        The typed error is raised outside the ``except`` block on purpose: that way it
        carries no ``__context__``, so no traceback can show the backend's own text.
        """
        try:
            return call()
        except keyring.errors.KeyringLocked as exc:
            locked, cause = True, type(exc).__name__
        except Exception as exc:  # D-Bus and OS errors surface as anything at all.
            locked, cause = False, f"{type(exc).__module__}.{type(exc).__qualname__}"
        log.warning("keyring call failed (%s): %s", cause, failure)
        if locked:
            raise KeyringLockedError(
                f"{failure} The keyring is locked, or its unlock prompt was dismissed. "
                "Unlock it and try again.",
                cause=cause,
                action=action,
                entry=entry,
            )
        raise KeyringAccessError(
            f"{failure} The keyring failed or refused access. Unlock it, or log out and in "
            "again, then try again.",
            cause=cause,
            action=action,
            entry=entry,
        )

    def store(self, name: SecretName | str, value: Secret) -> None:
        """Store (or replace) a secret. Surrounding whitespace from pasting is dropped."""
        entry = SecretName(name)
        if not isinstance(value, Secret):
            # A bare str would show up in any traceback that prints arguments.
            raise TypeError("store() takes a Secret, not a plain string")
        text = value.reveal().strip()
        if not text:
            raise SecretStoreError(
                f"The {entry.label} is empty; nothing was stored.",
                action=SecretAction.STORE,
                entry=entry,
                empty=True,
            )
        with _LOCK:
            backend = self._safe_backend("Nothing was stored.", SecretAction.STORE, entry)
            self._call(
                lambda: backend.set_password(SERVICE, entry.value, text),
                f"The {entry.label} was not stored.",
                SecretAction.STORE,
                entry,
            )
        log.info("stored %s in the keyring", entry.value)

    def read(self, name: SecretName | str) -> Secret | None:
        """The secret, or ``None`` when it was never stored."""
        entry = SecretName(name)
        with _LOCK:
            backend = self._safe_backend(
                f"The {entry.label} cannot be read.", SecretAction.READ, entry
            )
            text = self._call(
                lambda: backend.get_password(SERVICE, entry.value),
                f"The {entry.label} could not be read.",
                SecretAction.READ,
                entry,
            )
        text = (text or "").strip()
        return Secret(text) if text else None

    def has(self, name: SecretName | str) -> bool:
        return self.read(name) is not None

    def remove(self, name: SecretName | str) -> None:
        """Remove a secret; removing one that is not there is not an error."""
        entry = SecretName(name)
        failure = f"The {entry.label} was not removed."
        with _LOCK:
            backend = self._safe_backend(failure, SecretAction.REMOVE, entry)
            # Backends raise PasswordDeleteError for a missing entry, the same type as
            # for a refusal, so look first.
            found = self._call(
                lambda: backend.get_password(SERVICE, entry.value),
                failure,
                SecretAction.REMOVE,
                entry,
            )
            if found is None:
                return
            self._call(
                lambda: backend.delete_password(SERVICE, entry.value),
                failure,
                SecretAction.REMOVE,
                entry,
            )
        log.info("removed %s from the keyring", entry.value)

    def status(self, *, probe: bool = True) -> KeyringStatus:
        """Whether secrets can be kept, in plain words.

        With ``probe`` a usable backend is also asked for an entry that does not exist,
        which finds a locked keyring (and may show the system's unlock prompt).
        """
        with _LOCK:
            try:
                backend = self._safe_backend("", SecretAction.FIND)
            except NoSafeKeyringError as exc:
                if exc.status is None:  # never: _safe_backend always attaches it
                    raise
                return exc.status
            except KeyringAccessError:
                return _status(KeyringState.NONE, "keyring.get_keyring")
            path = class_path(backend)
            if probe:
                try:
                    self._call(
                        lambda: backend.get_password(SERVICE, "status-probe"),
                        "The status check could not read the keyring.",
                        SecretAction.FIND,
                    )
                except KeyringAccessError:
                    return _status(KeyringState.LOCKED, path, self._allowed)
            return _status(KeyringState.USABLE, path, self._allowed)


__all__ = [
    "ALLOWED_BACKENDS",
    "SERVICE",
    "KeyringAccessError",
    "KeyringLockedError",
    "KeyringState",
    "KeyringStatus",
    "NoSafeKeyringError",
    "SecretName",
    "SecretStore",
    "SecretStoreError",
    "judge",
]
