"""Which counter to open: the shop's real accounts, or training mode. Qt-free; runs in a
worker because it reads the keyring and imports the providers."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.accounts import build_providers, load_accounts
from app.core.errors import CounterError
from app.counter import Counter
from app.endpoints import make_client
from app.journal import Journal
from app.secrets import SecretStore
from app.training import training_setup

log = logging.getLogger(__name__)


@dataclass
class Opened:
    counter: Counter
    warning: str = ""  # why real selling is off, in plain words, when it should be on


def open_counter(
    settings: Mapping[str, object],
    *,
    journal_path: Path | None = None,
    journal: Journal | None = None,
    store: SecretStore | None = None,
) -> Opened:
    """The shop's accounts from settings and keyring; training mode when there are none,
    or when their secrets cannot be read (the banner then says TRAINING, and why)."""
    if journal is None:
        journal = Journal(journal_path) if journal_path else Journal.open_default()
    clerk = str(settings.get("shop/clerk") or "")
    warning = ""
    try:
        accounts = load_accounts(settings)
        if accounts.configured:
            providers = build_providers(accounts, store or SecretStore(), make_client())
            return Opened(Counter(providers, journal, training=False, clerk=clerk))
    except CounterError as exc:
        log.warning("real accounts unavailable, training mode: %s", exc.message)
        warning = exc.message
    setup = training_setup()
    return Opened(Counter(setup.providers, journal, training=True, clerk=clerk), warning)
