"""Which counter to open: the shop's real accounts, or training mode. Qt-free; runs in a
worker because it reads the keyring and imports the providers."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app import settings_schema as schema
from app.accounts import build_providers, load_accounts
from app.claiming import NO_CHAIN
from app.core.errors import CounterError
from app.counter import Counter
from app.endpoints import make_client
from app.journal import Journal
from app.secrets import SecretStore
from app.training import TrainingSetup, training_setup

log = logging.getLogger(__name__)

_training: TrainingSetup | None = None
_training_lock = threading.Lock()


def session_training() -> TrainingSetup:
    """One training sandbox per program run: switching real accounts off and on again
    finds the training wallet and its sales as they were, not reset."""
    global _training
    with _training_lock:
        if _training is None:
            _training = training_setup()
        return _training


@dataclass
class Opened:
    """What start-up found. ``counter`` is None when real accounts are set up but cannot
    be used; ``error`` says why (the window shows REAL — not connected, never TRAINING)."""

    journal: Journal
    counter: Counter | None
    error: CounterError | None = None
    real: bool = False


def open_counter(
    settings: Mapping[str, object],
    *,
    journal_path: Path | None = None,
    journal: Journal | None = None,
    store: SecretStore | None = None,
    training: Callable[[], TrainingSetup] = session_training,
) -> Opened:
    """The shop's accounts from settings and keyring; training mode when none is on.

    Raises the journal's error when the journal cannot be opened (the window says where
    it is and what to do). An account that is on but unusable (bad setting, secret not in
    the keyring, no safe keyring) gives no counter and the reason: the counter never
    quietly falls back to training when the shop meant to sell for real.
    """
    if journal is None:
        journal = Journal(journal_path) if journal_path else Journal.open_default()
    clerk = schema.CLERK.read(settings)
    try:
        accounts = load_accounts(settings)
        if accounts.configured:
            providers = build_providers(accounts, store or SecretStore(), make_client())
            claims = NO_CHAIN
            if schema.CHAIN_ENABLED.read(settings):  # issue 16; psycopg only then
                from app.chain.claims import claims_from_settings

                claims = claims_from_settings(settings, accounts, store or SecretStore())
            counter = Counter(providers, journal, training=False, clerk=clerk, claims=claims)
            return Opened(journal, counter, real=True)
    except CounterError as exc:
        log.warning("real accounts set up but unusable: %s", exc.message)
        return Opened(journal, None, exc, real=True)
    return Opened(journal, Counter(training().providers, journal, training=True, clerk=clerk))
