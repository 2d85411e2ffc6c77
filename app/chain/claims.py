"""The chain's register of claimed provider orders, on PostgreSQL: no provider order is
ever claimed by two sales, whichever counters they were sold on (issue 16).

The table ``claims`` (central migration ``_CLAIMS``) holds one row per order, unique on
``(provider, account, provider_order_id)``, with the sale that holds it and how:

- ``direct``: the sale's own answer from the provider (or, for Octopus, the order found
  by the sale's own reference). These are not written here: the trigger on ``c_sales``
  claims every pushed sale's order as the outbox pushes it (``chain_claim_direct``), so
  a counter offline for a day claims its orders when it catches up.
- ``matched``: an eSIMfly sale whose answer was lost, matched by package and time. These
  are written here, by :meth:`ChainClaims.reconciling`, inside a transaction holding an
  advisory lock on the provider account, so two counters reconciling against one account
  take turns, and committed before the counter journals the outcome.

A direct claim wins over a matched one (the answer is proof, the match an inference): the
matched sale's counter finds a row in ``claim_bumps`` and reopens that sale (see
:meth:`app.counter.Counter.reopen_bumped`). docs/decisions.md, "Claims across counters".

``account`` is a stable, non-secret name of the provider account (:func:`account_key`):
counters on different accounts never exclude each other's orders.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import psycopg

from app.claiming import (
    NO_CHAIN,
    Bump,
    ChainWaitError,
    ClaimHow,
    Claims,
    ClaimSession,
    LocalOnly,
)
from app.core.errors import CounterError
from app.core.orders import Order
from app.core.plans import ProviderId
from app.journal.codec import key_text

if TYPE_CHECKING:
    from app.accounts import Accounts
    from app.secrets import SecretStore

log = logging.getLogger(__name__)

#: How long before a sale its match may look (eSIMfly's 2 minutes for the clocks, plus
#: its stamp margin), generously: an older sale probed before this cannot share orders.
SPAN_BEFORE = timedelta(minutes=3)
#: How long a reconciliation waits for another counter's turn on the same account.
LOCK_WAIT_S = 30
#: eSIMfly forgets request ids after a day; an older sale is not waited for.
RESEND_WINDOW = timedelta(hours=24)
#: A counter heard from within this span may have an eSIMfly sale in flight that it has not
#: pushed yet (killed, or between pushes): a match waits for it to catch up. One silent for
#: longer is offline, and selling on its own (docs/decisions.md, "Matches wait for the
#: live counters").
LIVE_SPAN = timedelta(minutes=2)

Connect = Callable[[], "psycopg.Connection[Any]"]


def account_key(provider: ProviderId, *parts: str) -> str:
    """A stable name for one provider account, from what identifies it (base URL,
    access code or API key): a hash, so nothing secret reaches the central database."""
    digest = hashlib.sha256("\x1f".join((str(provider), *parts)).encode()).hexdigest()
    return f"{provider}:{digest[:16]}"


def lock_key(provider: ProviderId, account: str) -> int:
    """The advisory lock of one account: a signed 64-bit number, the same on every
    counter and every Python (``hash()`` is salted per process; this is not)."""
    digest = hashlib.sha256(f"claims\x1f{provider}\x1f{account}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class _Central:
    """One reconciliation's view of the register, inside its transaction and lock."""

    def __init__(self, conn: psycopg.Connection[Any], owner: ChainClaims, provider: str) -> None:
        self._conn = conn
        self._owner = owner
        self._provider = provider
        self._account = owner.account(ProviderId(provider))

    def taken(self, reference: str) -> set[str]:
        # '' is the account of a counter that pushed before it ever reconciled (the
        # trigger found no registered account): counted as every account's.
        rows = self._conn.execute(
            "SELECT provider_order_id FROM claims WHERE provider = %s "
            "AND account IN (%s, '') AND sale_reference <> %s",
            (self._provider, self._account, reference),
        ).fetchall()
        return {row[0] for row in rows}

    def earlier_elsewhere(self, order: Order) -> str | None:
        # Only sales whose span can reach this one's: probed after this sale's span
        # opens (or not probed yet), sold within the day eSIMfly keeps request ids.
        row = self._conn.execute(
            "SELECT counter FROM c_sales WHERE provider = %s AND plan_key = %s "
            "AND training = %s AND status IN ('SUBMITTING', 'UNKNOWN') AND counter <> %s "
            "AND (created_at, reference) < (%s, %s) AND created_at > %s "
            "AND (probe_server_at IS NULL OR probe_server_at >= %s) "
            "ORDER BY created_at LIMIT 1",
            (
                self._provider,
                key_text(order.plan.key),
                int(order.training),
                self._owner.counter,
                order.created_at,
                order.reference,
                order.created_at - RESEND_WINDOW,
                order.created_at - SPAN_BEFORE,
            ),
        ).fetchone()
        return None if row is None else str(row[0])

    def unsynced_elsewhere(self, until: datetime, now: datetime) -> str | None:
        # ``until`` and ``now`` are this counter's clock; the register's times are the
        # server's: the two are lined up by the server's clock read now (to within the
        # round trip, far below the stamp margin).
        row = self._conn.execute(
            "SELECT c.counter FROM counters c LEFT JOIN claim_accounts a "
            "ON a.counter = c.counter AND a.provider = %s "
            "WHERE c.counter <> %s AND (a.account IS NULL OR a.account IN (%s, '')) "
            "AND c.seen_at > clock_timestamp() - %s "
            "AND (c.caught_up_from IS NULL "
            "     OR c.caught_up_from < %s + (clock_timestamp() - %s)) "
            "ORDER BY c.counter LIMIT 1",
            (
                self._provider,
                self._owner.counter,
                self._account,
                LIVE_SPAN,
                until,
                now,
            ),
        ).fetchone()
        return None if row is None else str(row[0])

    def claim(self, reference: str, order_id: str, how: ClaimHow) -> bool:
        owner = self._owner
        if how is ClaimHow.DIRECT:
            row = self._conn.execute(
                "SELECT chain_claim_direct(%s, %s, %s, %s, %s, %s)",
                (self._provider, self._account, order_id, owner.shop, owner.counter, reference),
            ).fetchone()
            return bool(row and row[0])
        inserted = self._conn.execute(
            "INSERT INTO claims (provider, account, provider_order_id, shop, counter, "
            "sale_reference, how) VALUES (%s, %s, %s, %s, %s, %s, 'matched') "
            "ON CONFLICT DO NOTHING RETURNING sale_reference",
            (self._provider, self._account, order_id, owner.shop, owner.counter, reference),
        ).fetchone()
        if inserted is not None:
            return True
        held = self._conn.execute(
            "SELECT sale_reference FROM claims WHERE provider = %s AND account = %s "
            "AND provider_order_id = %s",
            (self._provider, self._account, order_id),
        ).fetchone()
        # This very sale claimed it before (a crash before the outcome was journalled).
        return held is not None and held[0] == reference


class ChainClaims:
    """:class:`app.claiming.Claims` on the chain's PostgreSQL.

    ``connect`` opens a fresh connection (``app.chain.connection.connect`` with this
    counter's config); one per reconciliation, closed after it, so a link cut between
    two checks costs nothing but the next connect.
    """

    def __init__(
        self,
        connect: Connect,
        *,
        shop: str,
        counter: str,
        accounts: Mapping[ProviderId, str],
    ) -> None:
        self._connect = connect
        self.shop = shop
        self.counter = counter
        self._accounts = dict(accounts)
        self._registered: set[ProviderId] = set()

    def account(self, provider: ProviderId) -> str:
        return self._accounts.get(provider, f"{provider}:")

    @contextmanager
    def reconciling(
        self, provider: ProviderId, *, matches_by_package: bool
    ) -> Iterator[ClaimSession]:
        try:
            conn = self._connect()
        except (psycopg.Error, CounterError) as exc:
            if matches_by_package:
                raise ChainWaitError(provider=str(provider)) from exc
            # Found by the sale's own reference: it is the sale's own order whatever
            # other counters did; its claim goes with the sale when the outbox pushes it.
            log.info("chain database out of reach; %s reconciles locally", provider)
            yield LocalOnly()
            return
        try:
            with conn, conn.transaction():
                # A counter whose link hangs while it holds the lock must not stop the
                # others for long: past this, the check gives up and is made again.
                conn.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'".encode())
                conn.execute(
                    "SELECT pg_advisory_xact_lock(%s)",
                    (lock_key(provider, self.account(provider)),),
                )
                self._register(conn, provider)
                yield _Central(conn, self, str(provider))
        except psycopg.Error as exc:
            # The link died during the check or at its commit: no claim is certain, so
            # nothing is journalled; the sale stays as it was and is checked again.
            raise ChainWaitError(provider=str(provider)) from exc
        finally:
            conn.close()

    def _register(self, conn: psycopg.Connection[Any], provider: ProviderId) -> None:
        """Tell the register which account this counter sells on, so the trigger that
        claims pushed sales names it (see the module docstring)."""
        if provider in self._registered:
            return
        conn.execute(
            "INSERT INTO claim_accounts (counter, provider, account) VALUES (%s, %s, %s) "
            "ON CONFLICT (counter, provider) DO UPDATE SET account = EXCLUDED.account",
            (self.counter, str(provider), self.account(provider)),
        )
        self._registered.add(provider)

    def register(self) -> None:
        """Register every account now (at start-up), best effort: a counter that pushes
        before it ever reconciles then claims under its real account, not ''."""
        try:
            with self._connect() as conn:
                for provider in self._accounts:
                    self._register(conn, provider)
        except (psycopg.Error, CounterError) as exc:
            self._registered.clear()
            log.info("chain database out of reach; accounts registered later: %s", exc)

    def bumped(self) -> list[Bump]:
        try:
            with self._connect() as conn:
                rows = conn.execute(
                    "SELECT sale_reference, provider, provider_order_id FROM claim_bumps "
                    "WHERE counter = %s AND seen_at IS NULL ORDER BY id",
                    (self.counter,),
                ).fetchall()
        except (psycopg.Error, CounterError) as exc:
            log.info("chain database out of reach; bumped claims read later: %s", exc)
            return []
        return [Bump(row[0], ProviderId(row[1]), row[2]) for row in rows]

    def bump_handled(self, bump: Bump) -> None:
        try:
            with self._connect() as conn:
                conn.execute(
                    "UPDATE claim_bumps SET seen_at = now() WHERE counter = %s "
                    "AND sale_reference = %s AND provider_order_id = %s AND seen_at IS NULL",
                    (self.counter, bump.reference, bump.provider_order_id),
                )
        except (psycopg.Error, CounterError) as exc:
            # Seen again next time; reopening twice is harmless (Journal.reopen_matched).
            log.info("chain database out of reach; bump marked later: %s", exc)


def claims_from_settings(
    settings: Mapping[str, object], accounts: Accounts, store: SecretStore
) -> Claims:
    """The register for the window's real counter (``app.startup``): NO_CHAIN when this
    counter is not joined to a chain. Nothing is connected here (start-up must not wait
    for a server that may be away); the first reconciliation registers the accounts."""
    from app.accounts import SECRETS
    from app.chain.config import ChainConfig, read_password
    from app.chain.connection import connect

    config = ChainConfig.load(settings)
    if config is None:
        return NO_CHAIN
    try:
        password = read_password(store)
    except CounterError as exc:
        # No connection will succeed: eSIMfly matches wait, which is safe, and say why.
        log.warning("chain password unreadable; claims wait for it: %s", exc.message)
        password = None
    keys: dict[ProviderId, str] = {}
    for provider in accounts.configured:
        account = accounts.esimfly if provider is ProviderId.ESIMFLY else accounts.octopus
        assert account is not None
        try:
            # The account's public half (access code, API key), hashed: never the secret.
            ident = store.read(SECRETS[provider][0])
        except CounterError:
            ident = None
        keys[provider] = account_key(provider, account.base_url, ident.reveal() if ident else "")
    return ChainClaims(
        lambda: connect(config, password), shop=config.shop, counter=config.counter, accounts=keys
    )
