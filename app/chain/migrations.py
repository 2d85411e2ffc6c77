"""The chain's central schema in PostgreSQL, versioned like the local journal's.

``MIGRATIONS[i]`` takes the central database from version ``i`` to ``i + 1``; a migration
that shipped is never edited. ``chain_schema`` holds the version and the schema's MAJOR:
migrations within a major are additive only (new tables, new nullable columns), so a
counter running an older program keeps pushing after the schema moved on. A counter
refuses only a central schema of a newer major (:func:`check_compatible`).

:func:`migrate` runs in one transaction under a transaction-level advisory lock, so two
counters running ``esim-counter chain init`` at once cannot both migrate: the second waits,
then finds the work done. PostgreSQL's DDL is transactional: a migration that fails
half-way leaves the database exactly as it was.

The mirror tables (``c_<local table>``) are described in :mod:`app.chain`.
"""

from __future__ import annotations

from typing import Any

import psycopg

from app.chain.connection import ChainError

# This program's schema major: raised only by a migration that is not additive.
MAJOR = 1
# pg_advisory_xact_lock key for migrations ("esim" "mig" as bytes; any constant will do,
# as long as every version of the program uses the same one).
LOCK_KEY = 0x6573_696D_6D69_67


def _mirror(table: str, key: tuple[str, ...], columns: tuple[tuple[str, str], ...]) -> str:
    """A central copy of a local table: its columns, plus shop and counter, and when the
    row last arrived (``pushed_at``: the central clock at the push's transaction, for the
    sync lag)."""
    lines = ["shop text NOT NULL", "counter text NOT NULL"]
    lines += [f"{name} {kind}{' NOT NULL' if name in key else ''}" for name, kind in columns]
    lines.append("pushed_at timestamptz NOT NULL DEFAULT now()")
    lines.append(f"PRIMARY KEY (counter, {', '.join(key)})")
    return f"CREATE TABLE c_{table} (\n    " + ",\n    ".join(lines) + "\n)"


_T, _N, _I, _TS, _D = "text", "numeric", "bigint", "timestamptz", "date"

# The local journal's tables as of its migration 6 (issue 15's refunds), column for column.
_SALES = (
    ("reference", _T),
    ("provider", _T),
    ("plan_id", _T),
    ("plan_key", _T),
    ("plan_name", _T),
    ("plan_description", _T),
    ("plan_slow", _I),
    ("destination_kind", _T),
    ("destination_code", _T),
    ("destination_name", _T),
    ("destination_alpha3", _T),
    ("data_gb", _N),
    ("validity_days", _I),
    ("price_amount", _N),
    ("price_currency", _T),
    ("quantity", _I),
    ("status", _T),
    ("provider_order_id", _T),
    ("charged_amount", _N),
    ("charged_currency", _T),
    ("failure_reason", _T),
    ("clerk", _T),
    ("training", _I),
    ("created_at", _TS),
    ("updated_at", _TS),
    ("resolved_at", _TS),
    ("sent_at", _TS),
    ("probed_at", _TS),
    ("probe_answer", _T),
    ("probe_answered_at", _TS),
    ("probe_server_at", _TS),
    ("retail_unit", _N),
    ("retail_gross", _N),
    ("retail_net", _N),
    ("retail_tax", _N),
    ("retail_currency", _T),
    ("tax_rate", _N),
    ("cost_amount", _N),
    ("cost_currency", _T),
    ("cost_in_sale", _N),
    ("rate", _N),
    ("rate_set_on", _D),
    ("price_rule", _T),
    ("cash_tendered", _N),
    ("change_given", _N),
    ("handback", _T),
    ("handback_at", _TS),
)
_ESIMS = (
    ("reference", _T),
    ("position", _I),
    ("iccid", _T),
    ("iccid_search", _T),
    ("activation_code", _T),
    ("confirmation_code", _T),
    ("raw_code", _T),
)
_PAYMENTS = (
    ("reference", _T),
    ("position", _I),
    ("method", _T),
    ("amount", _N),
    ("currency", _T),
)
_RECEIPTS = (("number", _I), ("reference", _T), ("issued_at", _TS))
# pin_hash stays on the counter: the central clerk list is K16's own table.
_CLERKS = (
    ("name", _T),
    ("name_key", _T),
    ("role", _T),
    ("active", _I),
    ("created_at", _TS),
    ("updated_at", _TS),
)
_OVERRIDES = (
    ("id", _I),
    ("at", _TS),
    ("action", _T),
    ("clerk", _T),
    ("approver", _T),
    ("reference", _T),
    ("reason", _T),
    ("training", _I),
)
_SHIFTS = (
    ("id", _I),
    ("training", _I),
    ("number", _I),
    ("opened_at", _TS),
    ("opened_by", _T),
    ("float_amount", _N),
    ("float_currency", _T),
    ("float_count", _T),
    ("closed_at", _TS),
    ("closed_by", _T),
)
_SHIFT_BALANCES = (
    ("shift", _I),
    ("moment", _T),
    ("provider", _T),
    ("amount", _N),
    ("currency", _T),
    ("unavailable", _T),
)
_CASH_MOVES = (
    ("id", _I),
    ("shift", _I),
    ("kind", _T),
    ("amount", _N),
    ("currency", _T),
    ("reason", _T),
    ("clerk", _T),
    ("at", _TS),
)
_Z_REPORTS = (
    ("id", _I),
    ("training", _I),
    ("number", _I),
    ("shift", _I),
    ("closed_at", _TS),
    ("closed_by", _T),
    ("currency", _T),
    ("counted", _N),
    ("expected", _N),
    ("difference", _N),
    ("report", _T),
    ("corrects", _I),
)
_REFUNDS = (
    ("refund_reference", _T),
    ("sale_reference", _T),
    ("position", _I),
    ("iccid", _T),
    ("batch", _T),
    ("provider", _T),
    ("kind", _T),
    ("state", _T),
    ("customer_amount", _N),
    ("customer_currency", _T),
    ("provider_amount", _N),
    ("provider_currency", _T),
    ("provider_method", _T),
    ("clerk", _T),
    ("approved_by", _T),
    ("reason", _T),
    ("note", _T),
    ("failure_reason", _T),
    ("training", _I),
    ("created_at", _TS),
    ("sent_at", _TS),
    ("resolved_at", _TS),
    ("updated_at", _TS),
    ("receipt_number", _I),
)
_REFUND_PAYMENTS = (
    ("refund_reference", _T),
    ("position", _I),
    ("method", _T),
    ("amount", _N),
    ("currency", _T),
)

# Local table -> its key, the same as the outbox's (app/journal/schema.py _OUTBOX).
PUSHED_KEYS: dict[str, tuple[str, ...]] = {
    "sales": ("reference",),
    "esims": ("reference", "position"),
    "payments": ("reference", "position"),
    "receipts": ("number",),
    "clerks": ("name_key",),
    "overrides": ("id",),
    "shifts": ("id",),
    "shift_balances": ("shift", "moment", "provider"),
    "cash_moves": ("id",),
    "z_reports": ("id",),
    "refunds": ("refund_reference",),
    "refund_payments": ("refund_reference", "position"),
    "installs": ("reference", "iccid"),
    "topups": ("reference",),
    "phone_checks": ("reference",),
}

# Local columns never pushed: a clerk's PIN hash stays on the counter.
LOCAL_ONLY: dict[str, frozenset[str]] = {"clerks": frozenset({"pin_hash"})}

# The counters of the chain, and the mirror of every pushed journal table.
_COUNTERS: tuple[str, ...] = (
    """
    CREATE TABLE counters (
        counter         text PRIMARY KEY,
        shop            text NOT NULL,
        registered_at   timestamptz NOT NULL DEFAULT now(),
        last_push_at    timestamptz,
        app_version     text,
        journal_version integer
    )
    """,
    _mirror("sales", PUSHED_KEYS["sales"], _SALES),
    "CREATE INDEX c_sales_created ON c_sales (created_at, reference)",
    "CREATE INDEX c_sales_shop ON c_sales (shop, counter, created_at)",
    "CREATE INDEX c_sales_clerk ON c_sales (clerk, created_at)",
    "CREATE INDEX c_sales_order ON c_sales (provider, provider_order_id)",
    _mirror("esims", PUSHED_KEYS["esims"], _ESIMS),
    "CREATE INDEX c_esims_iccid ON c_esims (iccid_search)",
    _mirror("payments", PUSHED_KEYS["payments"], _PAYMENTS),
    _mirror("receipts", PUSHED_KEYS["receipts"], _RECEIPTS),
    _mirror("clerks", PUSHED_KEYS["clerks"], _CLERKS),
    _mirror("overrides", PUSHED_KEYS["overrides"], _OVERRIDES),
    _mirror("shifts", PUSHED_KEYS["shifts"], _SHIFTS),
    _mirror("shift_balances", PUSHED_KEYS["shift_balances"], _SHIFT_BALANCES),
    _mirror("cash_moves", PUSHED_KEYS["cash_moves"], _CASH_MOVES),
    _mirror("z_reports", PUSHED_KEYS["z_reports"], _Z_REPORTS),
    _mirror("refunds", PUSHED_KEYS["refunds"], _REFUNDS),
    "CREATE INDEX c_refunds_created ON c_refunds (created_at, refund_reference)",
    _mirror("refund_payments", PUSHED_KEYS["refund_payments"], _REFUND_PAYMENTS),
)

# Issue 17's local tables (journal migrations _INSTALLS, _TOPUPS, _PHONE_CHECK): when each
# eSIM was installed, which eSIM a top-up topped up, what the phone check answered.
# Additive: counters of the version before keep pushing the tables they have.
_INSTALLS = (("reference", _T), ("iccid", _T), ("installed_at", _TS), ("seen_at", _TS))
_TOPUPS = (("reference", _T), ("iccid", _T), ("iccid_search", _T), ("package_code", _T))
_PHONE_CHECKS = (("reference", _T), ("answer", _T), ("model", _T), ("checked_at", _TS))
_AFTER_SALE: tuple[str, ...] = (
    _mirror("phone_checks", PUSHED_KEYS["phone_checks"], _PHONE_CHECKS),
    _mirror("installs", PUSHED_KEYS["installs"], _INSTALLS),
    _mirror("topups", PUSHED_KEYS["topups"], _TOPUPS),
    "CREATE INDEX c_topups_iccid ON c_topups (iccid_search)",
)

# K16 (issue 16): the register of claimed provider orders (app/chain/claims.py). One row
# per order; a pushed sale's order is claimed 'direct' by the trigger on c_sales, an
# eSIMfly sale matched by package 'matched' by the reconciling counter; a direct claim
# takes the order from a matched one and leaves a claim_bumps row for that counter.
_CLAIMS: tuple[str, ...] = (
    """
    CREATE TABLE claims (
        provider          text NOT NULL,
        account           text NOT NULL,
        provider_order_id text NOT NULL,
        shop              text NOT NULL,
        counter           text NOT NULL,
        sale_reference    text NOT NULL,
        how               text NOT NULL CHECK (how IN ('direct', 'matched')),
        claimed_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, account, provider_order_id)
    )
    """,
    "CREATE INDEX claims_sale ON claims (sale_reference)",
    """
    CREATE TABLE claim_accounts (
        counter  text NOT NULL,
        provider text NOT NULL,
        account  text NOT NULL,
        PRIMARY KEY (counter, provider)
    )
    """,
    """
    CREATE TABLE claim_bumps (
        id                bigserial PRIMARY KEY,
        provider          text NOT NULL,
        account           text NOT NULL,
        provider_order_id text NOT NULL,
        shop              text NOT NULL,
        counter           text NOT NULL,
        sale_reference    text NOT NULL,
        by_shop           text NOT NULL,
        by_counter        text NOT NULL,
        by_reference      text NOT NULL,
        bumped_at         timestamptz NOT NULL DEFAULT now(),
        seen_at           timestamptz
    )
    """,
    "CREATE INDEX claim_bumps_open ON claim_bumps (counter) WHERE seen_at IS NULL",
    # Other counters' unresolved sales of a package (Claims.earlier_elsewhere).
    "CREATE INDEX c_sales_unresolved ON c_sales (provider, plan_key, created_at) "
    "WHERE status IN ('SUBMITTING', 'UNKNOWN')",
    """
    CREATE FUNCTION chain_claim_direct(
        p_provider text, p_account text, p_order text,
        p_shop text, p_counter text, p_reference text
    ) RETURNS boolean LANGUAGE plpgsql AS $$
    DECLARE
        held claims%ROWTYPE;
    BEGIN
        INSERT INTO claims (provider, account, provider_order_id, shop, counter,
                            sale_reference, how)
        VALUES (p_provider, p_account, p_order, p_shop, p_counter, p_reference, 'direct')
        ON CONFLICT DO NOTHING;
        IF FOUND THEN
            RETURN true;
        END IF;
        SELECT * INTO held FROM claims
        WHERE provider = p_provider AND account = p_account AND provider_order_id = p_order
        FOR UPDATE;
        IF held.sale_reference = p_reference THEN
            RETURN true;
        END IF;
        IF held.how <> 'matched' THEN
            -- Two direct answers for one order: the first stays; nothing to undo.
            RETURN false;
        END IF;
        INSERT INTO claim_bumps (provider, account, provider_order_id, shop, counter,
                                 sale_reference, by_shop, by_counter, by_reference)
        VALUES (held.provider, held.account, held.provider_order_id, held.shop,
                held.counter, held.sale_reference, p_shop, p_counter, p_reference);
        UPDATE claims SET shop = p_shop, counter = p_counter, sale_reference = p_reference,
                          how = 'direct', claimed_at = now()
        WHERE provider = p_provider AND account = p_account AND provider_order_id = p_order;
        RETURN true;
    END
    $$
    """,
    """
    CREATE FUNCTION chain_claim_pushed_sale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM chain_claim_direct(
            NEW.provider,
            coalesce((SELECT account FROM claim_accounts a
                      WHERE a.counter = NEW.counter AND a.provider = NEW.provider), ''),
            NEW.provider_order_id, NEW.shop, NEW.counter, NEW.reference);
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER c_sales_claim AFTER INSERT OR UPDATE OF provider_order_id ON c_sales
    FOR EACH ROW WHEN (NEW.provider_order_id IS NOT NULL)
    EXECUTE FUNCTION chain_claim_pushed_sale()
    """,
)

# K16 (issue 16): what the owner publishes and every counter pulls (app/chain/pull.py):
# the price list (pricing_codec's JSON), the clerks with their PIN hashes, the shop's
# receipt details. Chain-wide (shop '') or for one shop; body is the JSON text as
# published (text, not jsonb: nothing re-reads or re-spells a number on the way).
_CENTRAL: tuple[str, ...] = (
    """
    CREATE TABLE central_data (
        kind         text NOT NULL CHECK (kind IN ('prices', 'clerks', 'shop')),
        shop         text NOT NULL DEFAULT '',
        version      bigint NOT NULL,
        body         text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL,
        PRIMARY KEY (kind, shop)
    )
    """,
)

# Lead (issue 16): how far each counter's pushes have caught up, for matches by package
# (Claims.unsynced_elsewhere). ``seen_at``: the counter's last contact (server clock).
# ``caught_up_from``: every sale that counter journalled before this moment (server clock)
# is in c_sales; 'infinity' once it signed off at the end of a shift (nothing in flight).
_CAUGHT_UP: tuple[str, ...] = (
    "ALTER TABLE counters ADD COLUMN seen_at timestamptz, ADD COLUMN caught_up_from timestamptz",
)

MIGRATIONS: list[tuple[str, ...]] = [
    _COUNTERS,
    _CLAIMS,
    _CENTRAL,
    _AFTER_SALE,
    _CAUGHT_UP,
]

_SCHEMA_TABLE = """
CREATE TABLE IF NOT EXISTS chain_schema (
    id      integer PRIMARY KEY CHECK (id = 1),
    major   integer NOT NULL,
    version integer NOT NULL
)
"""


class ChainSchemaError(ChainError):
    """The central schema is one this program cannot use (``found`` vs ``known``)."""

    default_message = "The chain's database schema is not one this program knows."

    def __init__(
        self,
        message: str | None = None,
        *,
        found: tuple[int, int] = (0, 0),
        known: tuple[int, int] = (MAJOR, 0),
    ) -> None:
        self.found = found
        self.known = known
        super().__init__(message)


def read_version(conn: psycopg.Connection[Any]) -> tuple[int, int]:
    """``(major, version)`` of the central schema; ``(0, 0)`` for an empty database."""
    row = conn.execute("SELECT to_regclass('chain_schema') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return (0, 0)
    found = conn.execute("SELECT major, version FROM chain_schema WHERE id = 1").fetchone()
    return (0, 0) if found is None else (int(found[0]), int(found[1]))


def check_compatible(
    found: tuple[int, int], *, major: int = MAJOR, latest: int | None = None
) -> None:
    """Refuse a central schema this program cannot push to: none yet, or a newer major.
    A newer version of the same major is fine (its changes are additive)."""
    latest = len(MIGRATIONS) if latest is None else latest
    if found == (0, 0):
        raise ChainSchemaError(
            "The chain's database has no eSIM Counter schema yet. "
            "Run `esim-counter chain init` once, then try again.",
            found=found,
            known=(major, latest),
        )
    if found[0] > major:
        raise ChainSchemaError(
            f"The chain's database was set up by a newer eSIM Counter (schema {found[0]}."
            f"{found[1]}; this program knows schema {major}). Install the newer version on "
            "this counter; it keeps selling and pushes once updated.",
            found=found,
            known=(major, latest),
        )


def migrate(
    conn: psycopg.Connection[Any],
    migrations: list[tuple[str, ...]] | None = None,
    *,
    major: int = MAJOR,
) -> tuple[int, int]:
    """Bring the central schema up to this program's; return the version it was at.

    ``conn`` must not be inside a transaction. Never lowers a version: a database already
    migrated further by a newer program (same major) is left as it is.
    """
    steps = MIGRATIONS if migrations is None else migrations
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        conn.execute(_SCHEMA_TABLE)
        start = read_version(conn)
        found_major, version = start
        if found_major > major:
            check_compatible(start, major=major, latest=len(steps))
        for number in range(version, len(steps)):
            for statement in steps[number]:
                conn.execute(statement.encode())
        if start != (major, max(version, len(steps))):
            conn.execute(
                "INSERT INTO chain_schema (id, major, version) VALUES (1, %s, %s) "
                "ON CONFLICT (id) DO UPDATE SET major = EXCLUDED.major, "
                "version = EXCLUDED.version",
                (major, max(version, len(steps))),
            )
    return start
