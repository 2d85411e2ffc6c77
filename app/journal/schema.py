"""The journal's tables and the migrations that build them, versioned by ``user_version``.

``MIGRATIONS[i]`` takes a journal from version ``i`` to ``i + 1``. A new version is one more
tuple of statements appended to the list; a migration already shipped is never edited, since
journals in shops were built by it.

Statements run one by one with ``execute`` inside a single ``BEGIN IMMEDIATE`` transaction
(``executescript`` would commit first), so a migration that fails half-way leaves the file
exactly as it was, ``user_version`` included.
"""

from __future__ import annotations

import sqlite3

from app.journal.errors import JournalError

# Money and quantities that must stay exact are CHECKed to be TEXT: if a float ever slipped
# through, SQLite would store a REAL silently. STRICT tables would say the same but need
# SQLite 3.37, newer than some Linux distributions ship.
_V1: tuple[str, ...] = (
    """
    CREATE TABLE sales (
        reference          TEXT PRIMARY KEY NOT NULL,
        provider           TEXT NOT NULL,
        plan_id            TEXT NOT NULL,
        plan_key           TEXT NOT NULL,
        plan_name          TEXT NOT NULL,
        plan_description   TEXT NOT NULL DEFAULT '',
        plan_slow          INTEGER NOT NULL DEFAULT 0 CHECK (plan_slow IN (0, 1)),
        destination_kind   TEXT NOT NULL,
        destination_code   TEXT NOT NULL,
        destination_name   TEXT NOT NULL,
        destination_alpha3 TEXT,
        data_gb            TEXT CHECK (data_gb IS NULL OR typeof(data_gb) = 'text'),
        validity_days      INTEGER NOT NULL,
        price_amount       TEXT NOT NULL CHECK (typeof(price_amount) = 'text'),
        price_currency     TEXT NOT NULL,
        quantity           INTEGER NOT NULL CHECK (quantity >= 1),
        status             TEXT NOT NULL,
        provider_order_id  TEXT,
        charged_amount     TEXT CHECK (charged_amount IS NULL OR typeof(charged_amount) = 'text'),
        charged_currency   TEXT,
        failure_reason     TEXT,
        clerk              TEXT NOT NULL DEFAULT '',
        training           INTEGER NOT NULL CHECK (training IN (0, 1)),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        resolved_at        TEXT,
        CHECK ((charged_amount IS NULL) = (charged_currency IS NULL))
    )
    """,
    # Search paths. created_at and status carry reference so "newest first" with its
    # tie-break is read straight off the index, without a sort.
    "CREATE INDEX sales_created ON sales (created_at, reference)",
    "CREATE INDEX sales_status ON sales (status, created_at, reference)",
    "CREATE INDEX sales_training ON sales (training, created_at, reference)",
    "CREATE INDEX sales_order_id ON sales (provider_order_id)",
    "CREATE INDEX sales_provider_order_id ON sales (provider, provider_order_id)",
    "CREATE INDEX sales_destination ON sales (destination_code)",
    "CREATE INDEX sales_destination_alpha3 ON sales (destination_alpha3)",
    """
    CREATE TABLE esims (
        reference         TEXT NOT NULL REFERENCES sales (reference) ON DELETE CASCADE,
        position          INTEGER NOT NULL CHECK (position >= 0),
        iccid             TEXT,
        iccid_search      TEXT,
        activation_code   TEXT,
        confirmation_code TEXT,
        raw_code          TEXT,
        PRIMARY KEY (reference, position)
    ) WITHOUT ROWID
    """,
    # iccid_search is the ICCID without spaces or dashes, upper-case: what a clerk types.
    "CREATE INDEX esims_iccid ON esims (iccid_search)",
)

# When the order request last left the machine (written just before each send, resends
# included). An order that may still be processing at the provider is not given up until
# a window after this has passed. NULL: no request ever left.
_V2: tuple[str, ...] = (
    "ALTER TABLE sales ADD COLUMN sent_at TEXT",
    # Sales journalled before the column existed were sent right after they were written.
    "UPDATE sales SET sent_at = created_at",
)

# eSIMfly's request-id probe (see app.counter): when the first probe of a sale's id was
# about to leave (written before it does, never overwritten), what the first answered
# probe said ('arrived', 'never', or 'spent': a duplicate that an earlier unanswered
# probe may have caused), and when that answer came, on this computer's clock and on
# eSIMfly's (its Date header). NULL: no probe / no answer journalled.
_V3: tuple[str, ...] = (
    "ALTER TABLE sales ADD COLUMN probed_at TEXT",
    "ALTER TABLE sales ADD COLUMN probe_answer TEXT "
    "CHECK (probe_answer IS NULL OR probe_answer IN ('arrived', 'never', 'spent'))",
    "ALTER TABLE sales ADD COLUMN probe_answered_at TEXT",
    "ALTER TABLE sales ADD COLUMN probe_server_at TEXT",
)

# Issue 14: the shop's own price and how the customer paid, journalled with SUBMITTING in
# the same transaction; what happened to the money when a paid sale failed; receipt numbers.
# Every new sale column is NULL on sales written before (they show "—" for retail and
# payment). The quote's money is in retail_currency except cost (cost_currency, the
# wallet's). cash_tendered and change_given are in retail_currency too; NULL when no cash.
_V4: tuple[str, ...] = (
    "ALTER TABLE sales ADD COLUMN retail_unit TEXT "
    "CHECK (retail_unit IS NULL OR typeof(retail_unit) = 'text')",
    "ALTER TABLE sales ADD COLUMN retail_gross TEXT "
    "CHECK (retail_gross IS NULL OR typeof(retail_gross) = 'text')",
    "ALTER TABLE sales ADD COLUMN retail_net TEXT "
    "CHECK (retail_net IS NULL OR typeof(retail_net) = 'text')",
    "ALTER TABLE sales ADD COLUMN retail_tax TEXT "
    "CHECK (retail_tax IS NULL OR typeof(retail_tax) = 'text')",
    "ALTER TABLE sales ADD COLUMN retail_currency TEXT",
    "ALTER TABLE sales ADD COLUMN tax_rate TEXT "
    "CHECK (tax_rate IS NULL OR typeof(tax_rate) = 'text')",
    "ALTER TABLE sales ADD COLUMN cost_amount TEXT "
    "CHECK (cost_amount IS NULL OR typeof(cost_amount) = 'text')",
    "ALTER TABLE sales ADD COLUMN cost_currency TEXT",
    "ALTER TABLE sales ADD COLUMN cost_in_sale TEXT "
    "CHECK (cost_in_sale IS NULL OR typeof(cost_in_sale) = 'text')",
    "ALTER TABLE sales ADD COLUMN rate TEXT CHECK (rate IS NULL OR typeof(rate) = 'text')",
    "ALTER TABLE sales ADD COLUMN rate_set_on TEXT",
    "ALTER TABLE sales ADD COLUMN price_rule TEXT",
    "ALTER TABLE sales ADD COLUMN cash_tendered TEXT "
    "CHECK (cash_tendered IS NULL OR typeof(cash_tendered) = 'text')",
    "ALTER TABLE sales ADD COLUMN change_given TEXT "
    "CHECK (change_given IS NULL OR typeof(change_given) = 'text')",
    "ALTER TABLE sales ADD COLUMN handback TEXT "
    "CHECK (handback IS NULL OR handback IN ('owed', 'returned'))",
    "ALTER TABLE sales ADD COLUMN handback_at TEXT",
    # One row per method: one, or two for a split. amount is the part of the total paid
    # by that method (for cash the part kept, not the note handed over).
    """
    CREATE TABLE payments (
        reference TEXT NOT NULL REFERENCES sales (reference) ON DELETE CASCADE,
        position  INTEGER NOT NULL CHECK (position IN (0, 1)),
        method    TEXT NOT NULL CHECK (method IN ('cash', 'card', 'transfer', 'other')),
        amount    TEXT NOT NULL CHECK (typeof(amount) = 'text'),
        currency  TEXT NOT NULL,
        PRIMARY KEY (reference, position)
    ) WITHOUT ROWID
    """,
    # Gapless per counter (one journal per counter): the next number is max + 1 under the
    # write lock, never AUTOINCREMENT, which skips numbers after a rollback.
    """
    CREATE TABLE receipts (
        number    INTEGER PRIMARY KEY CHECK (number >= 1),
        reference TEXT NOT NULL UNIQUE REFERENCES sales (reference),
        issued_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX sales_handback ON sales (handback)",
)

# Issue 15 (helper S): clerks, overrides, shifts, cash moves and numbered Z reports.
# Shifts and Z reports are numbered per mode (training or real), each number max + 1 under
# the write lock like receipts, so real Z numbers never skip one for a training shift.
# The audit rows (overrides, cash moves, Z reports, closed shifts and their balances) are
# guarded by triggers, so even raw SQL cannot change or remove them; a mistake is put
# right by a later row that refers to the earlier one.
_NEVER = "SELECT RAISE(ABORT, '{what} never change; record a correction instead')"
_V5: tuple[str, ...] = (
    # name_key is the name casefolded (Python's casefold: SQLite's NOCASE knows ASCII only),
    # so "Ana" and "ANA" cannot both exist. Never deleted: sales name their clerk.
    """
    CREATE TABLE clerks (
        name       TEXT NOT NULL,
        name_key   TEXT NOT NULL UNIQUE,
        role       TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'owner')),
        pin_hash   TEXT NOT NULL,
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE TRIGGER clerks_never_deleted BEFORE DELETE ON clerks BEGIN "
    "SELECT RAISE(ABORT, 'clerks are never deleted; deactivate them instead'); END",
    # An action above the clerk's role, approved by someone allowed to do it.
    """
    CREATE TABLE overrides (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        action    TEXT NOT NULL,
        clerk     TEXT NOT NULL,
        approver  TEXT NOT NULL,
        reference TEXT,
        reason    TEXT NOT NULL DEFAULT '',
        training  INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1))
    )
    """,
    "CREATE INDEX overrides_at ON overrides (at)",
    f"CREATE TRIGGER overrides_no_update BEFORE UPDATE ON overrides BEGIN "
    f"{_NEVER.format(what='overrides')}; END",
    f"CREATE TRIGGER overrides_no_delete BEFORE DELETE ON overrides BEGIN "
    f"{_NEVER.format(what='overrides')}; END",
    # float_count: the opening float counted per denomination, canonical JSON text
    # ({"20.00": 2, ...}), NULL when counted as one amount.
    """
    CREATE TABLE shifts (
        id             INTEGER PRIMARY KEY,
        training       INTEGER NOT NULL CHECK (training IN (0, 1)),
        number         INTEGER NOT NULL CHECK (number >= 1),
        opened_at      TEXT NOT NULL,
        opened_by      TEXT NOT NULL,
        float_amount   TEXT NOT NULL CHECK (typeof(float_amount) = 'text'),
        float_currency TEXT NOT NULL,
        float_count    TEXT,
        closed_at      TEXT,
        closed_by      TEXT,
        UNIQUE (training, number),
        CHECK ((closed_at IS NULL) = (closed_by IS NULL))
    )
    """,
    # At most one open shift per mode: every open row of a mode has the same key.
    "CREATE UNIQUE INDEX shifts_one_open ON shifts (training) WHERE closed_at IS NULL",
    "CREATE TRIGGER shifts_closed_stay BEFORE UPDATE ON shifts WHEN OLD.closed_at IS NOT NULL "
    f"BEGIN {_NEVER.format(what='closed shifts')}; END",
    f"CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts BEGIN "
    f"{_NEVER.format(what='shifts')}; END",
    # Each provider's balance when the shift opened and when it closed; amount and
    # currency NULL with a reason when the balance could not be read.
    """
    CREATE TABLE shift_balances (
        shift       INTEGER NOT NULL REFERENCES shifts (id),
        moment      TEXT NOT NULL CHECK (moment IN ('open', 'close')),
        provider    TEXT NOT NULL,
        amount      TEXT CHECK (amount IS NULL OR typeof(amount) = 'text'),
        currency    TEXT,
        unavailable TEXT,
        PRIMARY KEY (shift, moment, provider),
        CHECK ((amount IS NULL) = (currency IS NULL)),
        CHECK ((amount IS NULL) = (unavailable IS NOT NULL))
    ) WITHOUT ROWID
    """,
    f"CREATE TRIGGER shift_balances_no_update BEFORE UPDATE ON shift_balances BEGIN "
    f"{_NEVER.format(what='shift balances')}; END",
    f"CREATE TRIGGER shift_balances_no_delete BEFORE DELETE ON shift_balances BEGIN "
    f"{_NEVER.format(what='shift balances')}; END",
    # Petty cash in and out of the drawer; amount is positive, kind says which way.
    """
    CREATE TABLE cash_moves (
        id       INTEGER PRIMARY KEY,
        shift    INTEGER NOT NULL REFERENCES shifts (id),
        kind     TEXT NOT NULL CHECK (kind IN ('pay_in', 'pay_out')),
        amount   TEXT NOT NULL CHECK (typeof(amount) = 'text'),
        currency TEXT NOT NULL,
        reason   TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        clerk    TEXT NOT NULL,
        at       TEXT NOT NULL
    )
    """,
    "CREATE INDEX cash_moves_shift ON cash_moves (shift, at)",
    f"CREATE TRIGGER cash_moves_no_update BEFORE UPDATE ON cash_moves BEGIN "
    f"{_NEVER.format(what='cash moves')}; END",
    f"CREATE TRIGGER cash_moves_no_delete BEFORE DELETE ON cash_moves BEGIN "
    f"{_NEVER.format(what='cash moves')}; END",
    # The numbered Z report: the whole report as canonical JSON (app.till.report_codec),
    # plus the drawer's figures as columns for queries. corrects: the earlier Z number
    # this one corrects (same mode), NULL for a shift's own Z.
    """
    CREATE TABLE z_reports (
        id          INTEGER PRIMARY KEY,
        training    INTEGER NOT NULL CHECK (training IN (0, 1)),
        number      INTEGER NOT NULL CHECK (number >= 1),
        shift       INTEGER NOT NULL REFERENCES shifts (id),
        closed_at   TEXT NOT NULL,
        closed_by   TEXT NOT NULL,
        currency    TEXT NOT NULL,
        counted     TEXT NOT NULL CHECK (typeof(counted) = 'text'),
        expected    TEXT NOT NULL CHECK (typeof(expected) = 'text'),
        difference  TEXT NOT NULL CHECK (typeof(difference) = 'text'),
        report      TEXT NOT NULL,
        corrects    INTEGER CHECK (corrects IS NULL OR corrects < number),
        UNIQUE (training, number),
        FOREIGN KEY (training, corrects) REFERENCES z_reports (training, number)
    )
    """,
    # A shift has one Z of its own; corrections of it are further rows.
    "CREATE UNIQUE INDEX z_reports_one_per_shift ON z_reports (shift) WHERE corrects IS NULL",
    f"CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports BEGIN "
    f"{_NEVER.format(what='Z reports')}; END",
    f"CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports BEGIN "
    f"{_NEVER.format(what='Z reports')}; END",
)

# Issue 15: refunds and voids, one row per eSIM refunded (see app/core/refunds.py and
# app/journal/refunds.py). A refund is on disk as REQUESTED before its cancel leaves;
# refunds sent in one cancel call share ``batch`` (eSIMfly cancels every eligible eSIM of
# an order together). The partial unique index keeps a second refund of the same eSIM
# out while the first is not REFUSED: never a customer refunded twice. Refund receipts
# have their own gapless numbers (receipt_number, max + 1 under the write lock), apart
# from the sale receipts. Money is TEXT as everywhere; provider_* is what the provider
# gave back to the balance (NULL: nothing, or not known yet).
_REFUNDS: tuple[str, ...] = (
    """
    CREATE TABLE refunds (
        refund_reference  TEXT PRIMARY KEY NOT NULL,
        sale_reference    TEXT NOT NULL REFERENCES sales (reference),
        position          INTEGER NOT NULL CHECK (position >= 0),
        iccid             TEXT,
        batch             TEXT NOT NULL,
        provider          TEXT NOT NULL,
        kind              TEXT NOT NULL
                          CHECK (kind IN ('provider_cancel', 'shop_loss', 'claimed')),
        state             TEXT NOT NULL CHECK (state IN ('REQUESTED', 'SENT', 'REFUNDED',
                          'PENDING_PROVIDER', 'REFUSED', 'UNKNOWN')),
        customer_amount   TEXT NOT NULL CHECK (typeof(customer_amount) = 'text'),
        customer_currency TEXT NOT NULL,
        provider_amount   TEXT CHECK (provider_amount IS NULL OR typeof(provider_amount) = 'text'),
        provider_currency TEXT,
        provider_method   TEXT CHECK (provider_method IS NULL
                          OR provider_method IN ('balance', 'refund_request', 'separate')),
        clerk             TEXT NOT NULL,
        approved_by       TEXT,
        reason            TEXT NOT NULL,
        note              TEXT,
        failure_reason    TEXT,
        training          INTEGER NOT NULL CHECK (training IN (0, 1)),
        created_at        TEXT NOT NULL,
        sent_at           TEXT,
        resolved_at       TEXT,
        updated_at        TEXT NOT NULL,
        receipt_number    INTEGER UNIQUE CHECK (receipt_number IS NULL OR receipt_number >= 1),
        CHECK ((provider_amount IS NULL) = (provider_currency IS NULL))
    )
    """,
    "CREATE UNIQUE INDEX refunds_one_per_esim ON refunds (sale_reference, position) "
    "WHERE state != 'REFUSED'",
    "CREATE INDEX refunds_state ON refunds (state, created_at)",
    "CREATE INDEX refunds_created ON refunds (created_at, refund_reference)",
    # How the customer's share goes back: one row per method (the sale's split).
    """
    CREATE TABLE refund_payments (
        refund_reference TEXT NOT NULL REFERENCES refunds (refund_reference) ON DELETE CASCADE,
        position         INTEGER NOT NULL CHECK (position IN (0, 1)),
        method           TEXT NOT NULL CHECK (method IN ('cash', 'card', 'transfer', 'other')),
        amount           TEXT NOT NULL CHECK (typeof(amount) = 'text'),
        currency         TEXT NOT NULL,
        PRIMARY KEY (refund_reference, position)
    ) WITHOUT ROWID
    """,
)

# Issue 17 (helper A17): when each eSIM was installed (the provider's time, else when the
# counter first saw it), and the addresses a sale's eSIM was e-mailed to.
_INSTALLS: tuple[str, ...] = (
    """
    CREATE TABLE installs (
        reference    TEXT NOT NULL REFERENCES sales (reference) ON DELETE CASCADE,
        iccid        TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        seen_at      TEXT NOT NULL,
        PRIMARY KEY (reference, iccid)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE sale_emails (
        id        INTEGER PRIMARY KEY,
        reference TEXT NOT NULL REFERENCES sales (reference) ON DELETE CASCADE,
        address   TEXT NOT NULL CHECK (length(address) BETWEEN 3 AND 254),
        at        TEXT NOT NULL,
        clerk     TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX sale_emails_reference ON sale_emails (reference)",
)

# Issue 17, top-ups: a top-up is a sale (the sales row, its payment, its receipt) of a
# package added to an eSIM sold before; this names that eSIM. No eSIM rows: a top-up
# delivers no new eSIM (and so nothing a refund could cancel).
_TOPUPS: tuple[str, ...] = (
    """
    CREATE TABLE topups (
        reference    TEXT PRIMARY KEY NOT NULL REFERENCES sales (reference) ON DELETE CASCADE,
        iccid        TEXT NOT NULL,
        iccid_search TEXT NOT NULL,
        package_code TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    "CREATE INDEX topups_iccid ON topups (iccid_search)",
)

# Issue 16 (helper P16): the outbox a counter in a chain pushes from (app/chain/push.py).
# AFTER INSERT/UPDATE triggers on every table that records what happened at the counter
# add one entry per written row, in the same transaction as the row, so no row can be
# journalled without its entry whatever crashes. The entry names the row (table and key,
# k1..k3 in key order), never its values: the pusher sends the row as it is when pushed.
# A key that changes (a clerk renamed) also enqueues the old key, which the pusher then
# finds gone and removes centrally. Journals not in a chain fill it too (a counter that
# joins later pushes its history); rows written before this migration are enqueued by it.
# outbox_cursor: the last seq the central database committed (one row, id 1).
_OUTBOX_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("clerks", ("name_key",)),
    ("shifts", ("id",)),
    ("shift_balances", ("shift", "moment", "provider")),
    ("sales", ("reference",)),
    ("esims", ("reference", "position")),
    ("payments", ("reference", "position")),
    ("receipts", ("number",)),
    ("overrides", ("id",)),
    ("cash_moves", ("id",)),
    ("z_reports", ("id",)),
    ("refunds", ("refund_reference",)),
    ("refund_payments", ("refund_reference", "position")),
    # Issue 17: when the eSIM was installed, and what a top-up topped up. The addresses in
    # sale_emails stay on the counter (the traveller's personal data; see decisions).
    ("installs", ("reference", "iccid")),
    ("topups", ("reference",)),
    ("phone_checks", ("reference",)),
)


def _enqueue(table: str, key: tuple[str, ...], row: str) -> str:
    values = [f"{row}.{column}" for column in key] + ["NULL"] * (3 - len(key))
    return f"INSERT INTO outbox (tbl, k1, k2, k3) VALUES ('{table}', {', '.join(values)});"


def _outbox_triggers() -> tuple[str, ...]:
    statements: list[str] = []
    for table, key in _OUTBOX_KEYS:
        statements.append(
            f"CREATE TRIGGER outbox_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_enqueue(table, key, 'NEW')} END"
        )
        changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in key)
        old = [f"OLD.{column}" for column in key] + ["NULL"] * (3 - len(key))
        statements.append(
            f"CREATE TRIGGER outbox_{table}_update AFTER UPDATE ON {table} "
            f"BEGIN {_enqueue(table, key, 'NEW')} "
            f"INSERT INTO outbox (tbl, k1, k2, k3) SELECT '{table}', {', '.join(old)} "
            f"WHERE {changed}; END"
        )
    return tuple(statements)


# Tables declared WITHOUT ROWID are backfilled in key order.
_WITHOUT_ROWID = {
    "esims",
    "payments",
    "shift_balances",
    "refund_payments",
    "installs",
    "topups",
    "phone_checks",
}


def _outbox_backfill() -> tuple[str, ...]:
    statements: list[str] = []
    for table, key in _OUTBOX_KEYS:
        values = list(key) + ["NULL"] * (3 - len(key))
        statements.append(
            f"INSERT INTO outbox (tbl, k1, k2, k3) SELECT '{table}', {', '.join(values)} "
            f"FROM {table} ORDER BY rowid"
            if table not in _WITHOUT_ROWID
            else f"INSERT INTO outbox (tbl, k1, k2, k3) SELECT '{table}', "
            f"{', '.join(values)} FROM {table} ORDER BY {', '.join(key)}"
        )
    return tuple(statements)


# Every row enqueued again (a counter that moves to another chain database pushes its
# whole history there): the migration's own statements, run by app.chain.push.requeue_all.
OUTBOX_REQUEUE: tuple[str, ...] = _outbox_backfill()

_OUTBOX: tuple[str, ...] = (
    """
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        k1  NOT NULL,
        k2,
        k3
    )
    """,
    """
    CREATE TABLE outbox_cursor (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        pushed    INTEGER NOT NULL CHECK (pushed >= 0),
        pushed_at TEXT
    )
    """,
    "INSERT INTO outbox_cursor (id, pushed, pushed_at) VALUES (1, 0, NULL)",
    *_outbox_backfill(),
    *_outbox_triggers(),
)

# The phone check before payment (issue 17): what the clerk answered, written in the same
# transaction as the SUBMITTING sale. A sale stopped as "not compatible" never reaches
# the journal, so there is no such answer here; no row: the check was switched off.
_PHONE_CHECK: tuple[str, ...] = (
    """
    CREATE TABLE phone_checks (
        reference  TEXT PRIMARY KEY NOT NULL REFERENCES sales (reference) ON DELETE CASCADE,
        answer     TEXT NOT NULL CHECK (answer IN ('ok', 'skipped')),
        model      TEXT NOT NULL DEFAULT '',
        checked_at TEXT NOT NULL
    ) WITHOUT ROWID
    """,
)

MIGRATIONS: list[tuple[str, ...]] = [
    _V1,
    _V2,
    _V3,
    _V4,
    _V5,
    _REFUNDS,
    _INSTALLS,
    _TOPUPS,
    _PHONE_CHECK,
    _OUTBOX,  # last of these: its triggers cover every table above
]


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(version: int, latest: int) -> None:
    if version > latest:
        raise JournalError(
            f"The sales journal was written by a newer version of eSIM Counter "
            f"(journal schema {version}, this program knows up to {latest}). "
            f"Install the newer version; the journal was left untouched."
        )


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the journal up to the newest schema; return the version it was at.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so the transaction here
    is the only one.
    """
    latest = len(MIGRATIONS)
    # Refuse a newer journal before taking the write lock: reading it changes nothing.
    check_not_newer(current_version(conn), latest)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the lock: another program instance may have migrated meanwhile.
        start = current_version(conn)
        check_not_newer(start, latest)
        for version in range(start, latest):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
        if start != latest:
            # PRAGMA takes no parameters; the value is our own int.
            conn.execute(f"PRAGMA user_version = {latest:d}")
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back on its own (disk full, I/O error).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return start
