"""Shift, balance, cash-move and Z rows to the till's values and back (see
:mod:`app.journal.shifts`). Amounts are the text of their Decimal, times ISO 8601 UTC,
as everywhere in the journal (:mod:`app.journal.codec`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from decimal import Decimal

from app.core.money import Money
from app.core.plans import ProviderId
from app.journal import codec
from app.till.model import BalanceReading, CashMove, FloatCount, MoveKind, Shift, ZRecord


def count_text(count: FloatCount | None) -> str | None:
    if count is None:
        return None
    data = {str(value): number for value, number in count.counts}
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


def _count(text: str | None, currency: str) -> FloatCount | None:
    if text is None:
        return None
    data = json.loads(text)
    return FloatCount(currency, tuple((Decimal(k), int(v)) for k, v in data.items()))


def _balances(conn: sqlite3.Connection, shift_id: int, moment: str) -> tuple[BalanceReading, ...]:
    rows = conn.execute(
        "SELECT provider, amount, currency, unavailable FROM shift_balances "
        "WHERE shift = ? AND moment = ? ORDER BY provider",
        (shift_id, moment),
    )
    return tuple(
        BalanceReading(
            ProviderId(row["provider"]),
            None if row["amount"] is None else Money(Decimal(row["amount"]), row["currency"]),
            row["unavailable"] or "",
        )
        for row in rows
    )


def write_balances(
    conn: sqlite3.Connection, shift_id: int, moment: str, readings: Iterable[BalanceReading]
) -> None:
    conn.executemany(
        "INSERT INTO shift_balances (shift, moment, provider, amount, currency, unavailable) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                shift_id,
                moment,
                str(r.provider),
                None if r.balance is None else str(r.balance.amount),
                None if r.balance is None else r.balance.currency,
                r.unavailable or None if r.balance is None else None,
            )
            for r in readings
        ],
    )


def shift_from_row(conn: sqlite3.Connection, row: sqlite3.Row) -> Shift:
    currency = row["float_currency"]
    closed = row["closed_at"]
    return Shift(
        id=row["id"],
        number=row["number"],
        training=bool(row["training"]),
        opened_at=codec.parse_time(row["opened_at"]),
        opened_by=row["opened_by"],
        opening_float=Money(Decimal(row["float_amount"]), currency),
        float_count=_count(row["float_count"], currency),
        opening_balances=_balances(conn, row["id"], "open"),
        closed_at=None if closed is None else codec.parse_time(closed),
        closed_by=row["closed_by"],
        closing_balances=_balances(conn, row["id"], "close"),
    )


def z_from_row(row: sqlite3.Row) -> ZRecord:
    currency = row["currency"]
    return ZRecord(
        number=row["number"],
        training=bool(row["training"]),
        shift=row["shift_number"],
        closed_at=codec.parse_time(row["closed_at"]),
        closed_by=row["closed_by"],
        counted=Money(Decimal(row["counted"]), currency),
        expected=Money(Decimal(row["expected"]), currency),
        difference=Money(Decimal(row["difference"]), currency),
        report_json=row["report"],
        corrects=row["corrects"],
    )


SELECT_Z = "SELECT z.*, s.number AS shift_number FROM z_reports z JOIN shifts s ON s.id = z.shift"


def next_number(conn: sqlite3.Connection, table: str, training: bool) -> int:
    found = conn.execute(
        f"SELECT coalesce(max(number), 0) + 1 FROM {table} WHERE training = ?", (int(training),)
    )
    return int(found.fetchone()[0])


def move_from_row(row: sqlite3.Row, shift_id: int) -> CashMove:
    return CashMove(
        shift_id,
        MoveKind(row["kind"]),
        Money(Decimal(row["amount"]), row["currency"]),
        row["reason"],
        row["clerk"],
        codec.parse_time(row["at"]),
    )
