"""The journal's shifts, petty cash and numbered Z reports (issue 15). Mixed into
:class:`~app.journal.Journal`.

A shift is numbered 1, 2, 3... per mode (real or training), and so are Z reports: each
number is the highest so far plus one, taken under the write lock, so numbers never
skip (AUTOINCREMENT would after a rollback). A Z is written in the same transaction that
closes its shift, built from the sales read in that transaction: no sale can slip in
between the report and the close. Triggers in the schema refuse any UPDATE or DELETE of
a Z report, a closed shift, a cash move or a balance reading, from this program or raw
SQL; a correction is a new Z whose ``corrects`` names the earlier number.

The shift's sales are those *created* from its opening (inclusive) to its close
(exclusive), of its mode, whatever became of them later.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from app.core.money import Money
from app.core.orders import Order
from app.core.plans import ProviderId
from app.journal import codec
from app.journal.errors import JournalError
from app.till import report_codec
from app.till.model import BalanceReading, CashMove, FloatCount, MoveKind, Shift, ZRecord
from app.till.refunds import RefundLine
from app.till.report_model import Drawer, ReportKind, ShiftReport
from app.till.shift_report import build_report

if TYPE_CHECKING:
    from app.journal.connection import Connection


def _count_text(count: FloatCount | None) -> str | None:
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


def _write_balances(
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


def _shift(conn: sqlite3.Connection, row: sqlite3.Row) -> Shift:
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


def _z(row: sqlite3.Row) -> ZRecord:
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


_SELECT_Z = "SELECT z.*, s.number AS shift_number FROM z_reports z JOIN shifts s ON s.id = z.shift"


def _next(conn: sqlite3.Connection, table: str, training: bool) -> int:
    found = conn.execute(
        f"SELECT coalesce(max(number), 0) + 1 FROM {table} WHERE training = ?", (int(training),)
    )
    return int(found.fetchone()[0])


class ShiftJournal:
    """Shifts, cash moves and Z reports; expects the Journal's ``_db`` and ``_orders``."""

    if TYPE_CHECKING:
        _db: Connection

        def _orders(self, conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Order]: ...

    # --- shifts ---------------------------------------------------------------------------

    def open_shift(
        self,
        *,
        opened_by: str,
        opening_float: Money,
        float_count: FloatCount | None = None,
        balances: Iterable[BalanceReading] = (),
        training: bool = False,
        at: datetime | None = None,
    ) -> Shift:
        """Open the next shift with its float (and the providers' balances read just
        before); :class:`JournalError` if one is already open in this mode."""
        if opening_float.amount < 0:
            raise ValueError("the opening float is not negative")
        if float_count is not None and float_count.total != opening_float:
            raise ValueError("the float counted per denomination must add up to the float")
        moment = codec.time_text(at or datetime.now(UTC))
        with self._db.write() as conn:
            current = self._open_row(conn, training)
            if current is not None:
                raise JournalError(
                    f"Shift {current['number']} is still open; close it (Z) before opening another."
                )
            number = _next(conn, "shifts", training)
            cursor = conn.execute(
                "INSERT INTO shifts (training, number, opened_at, opened_by, float_amount, "
                "float_currency, float_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    int(training),
                    number,
                    moment,
                    opened_by,
                    str(opening_float.amount),
                    opening_float.currency,
                    _count_text(float_count),
                ),
            )
            assert cursor.lastrowid is not None
            _write_balances(conn, cursor.lastrowid, "open", balances)
            row = conn.execute("SELECT * FROM shifts WHERE id = ?", (cursor.lastrowid,))
            return _shift(conn, row.fetchone())

    @staticmethod
    def _open_row(conn: sqlite3.Connection, training: bool) -> sqlite3.Row | None:
        found = conn.execute(
            "SELECT * FROM shifts WHERE training = ? AND closed_at IS NULL", (int(training),)
        )
        return found.fetchone()  # type: ignore[no-any-return]  # sqlite3 rows are untyped

    def current_shift(self, *, training: bool = False) -> Shift | None:
        """The open shift of this mode, or None when the counter has none open."""
        with self._db.read() as conn:
            row = self._open_row(conn, training)
            return None if row is None else _shift(conn, row)

    def shift(self, number: int, *, training: bool = False) -> Shift | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM shifts WHERE training = ? AND number = ?", (int(training), number)
            ).fetchone()
            return None if row is None else _shift(conn, row)

    def _need_open(self, conn: sqlite3.Connection, training: bool) -> Shift:
        row = self._open_row(conn, training)
        if row is None:
            raise JournalError("No shift is open; open a shift with its float first.")
        return _shift(conn, row)

    # --- petty cash -----------------------------------------------------------------------

    def record_cash_move(
        self,
        kind: MoveKind,
        amount: Money,
        reason: str,
        *,
        clerk: str,
        training: bool = False,
        at: datetime | None = None,
    ) -> CashMove:
        """A pay-in or pay-out of the open shift's drawer, with its reason."""
        moment = at or datetime.now(UTC)
        with self._db.write() as conn:
            shift = self._need_open(conn, training)
            move = CashMove(shift.id, kind, amount, reason.strip(), clerk, moment)
            if amount.currency != shift.opening_float.currency:
                raise ValueError(f"the drawer is in {shift.opening_float.currency}")
            conn.execute(
                "INSERT INTO cash_moves (shift, kind, amount, currency, reason, clerk, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    shift.id,
                    str(move.kind),
                    str(amount.amount),
                    amount.currency,
                    move.reason,
                    clerk,
                    codec.time_text(moment),
                ),
            )
        return move

    @staticmethod
    def _moves(conn: sqlite3.Connection, shift: Shift) -> list[CashMove]:
        rows = conn.execute(
            "SELECT * FROM cash_moves WHERE shift = ? ORDER BY at, id", (shift.id,)
        ).fetchall()
        return [
            CashMove(
                shift.id,
                MoveKind(row["kind"]),
                Money(Decimal(row["amount"]), row["currency"]),
                row["reason"],
                row["clerk"],
                codec.parse_time(row["at"]),
            )
            for row in rows
        ]

    def cash_moves(self, number: int, *, training: bool = False) -> list[CashMove]:
        found = self.shift(number, training=training)
        if found is None:
            raise JournalError(f"There is no shift {number}.")
        with self._db.read() as conn:
            return self._moves(conn, found)

    # --- reports --------------------------------------------------------------------------

    def _sales(self, conn: sqlite3.Connection, shift: Shift, until: datetime) -> list[Order]:
        rows = conn.execute(
            "SELECT * FROM sales WHERE training = ? AND created_at >= ? AND created_at < ? "
            "ORDER BY created_at, reference",
            (int(shift.training), codec.time_text(shift.opened_at), codec.time_text(until)),
        ).fetchall()
        return self._orders(conn, rows)

    def _refunds(
        self, conn: sqlite3.Connection, shift: Shift, until: datetime
    ) -> Sequence[RefundLine]:
        """The shift's refunds as report lines. The refunds table is built in parallel
        (helper R); its rows map onto RefundLine here at merge. Until then: none."""
        return ()

    def x_report(
        self,
        *,
        made_by: str,
        balances: tuple[BalanceReading, ...] | None = None,
        refunds: Sequence[RefundLine] | None = None,
        training: bool = False,
        at: datetime | None = None,
    ) -> ShiftReport:
        """The open shift's X report now; changes nothing. ``balances``: the providers'
        balances read just now, for the movement so far (None: not read)."""
        moment = at or datetime.now(UTC)
        with self._db.read() as conn:
            shift = self._need_open(conn, training)
            return build_report(
                kind=ReportKind.X,
                shift=shift,
                sales=self._sales(conn, shift, moment),
                refunds=self._refunds(conn, shift, moment) if refunds is None else refunds,
                moves=self._moves(conn, shift),
                made_at=moment,
                made_by=made_by,
                closing_balances=balances,
            )

    def close_shift(
        self,
        *,
        closed_by: str,
        counted: Money,
        balances: Iterable[BalanceReading] = (),
        refunds: Sequence[RefundLine] | None = None,
        training: bool = False,
        at: datetime | None = None,
    ) -> tuple[ZRecord, ShiftReport]:
        """Close the open shift with the cash counted and the providers' balances read
        just before: the next Z number, the report stored, all in one transaction."""
        moment = at or datetime.now(UTC)
        closing = tuple(balances)
        with self._db.write() as conn:
            shift = self._need_open(conn, training)
            number = _next(conn, "z_reports", training)
            report = build_report(
                kind=ReportKind.Z,
                shift=shift,
                sales=self._sales(conn, shift, moment),
                refunds=self._refunds(conn, shift, moment) if refunds is None else refunds,
                moves=self._moves(conn, shift),
                made_at=moment,
                made_by=closed_by,
                closing_balances=closing,
                counted=counted,
                z_number=number,
            )
            conn.execute(
                "UPDATE shifts SET closed_at = ?, closed_by = ? WHERE id = ?",
                (codec.time_text(moment), closed_by, shift.id),
            )
            _write_balances(conn, shift.id, "close", closing)
            self._insert_z(conn, shift.id, report)
            return self._z_row(conn, number, training), report

    @staticmethod
    def _insert_z(conn: sqlite3.Connection, shift_id: int, report: ShiftReport) -> None:
        drawer = report.drawer
        assert drawer.counted is not None and drawer.difference is not None
        assert report.z_number is not None
        conn.execute(
            "INSERT INTO z_reports (training, number, shift, closed_at, closed_by, currency, "
            "counted, expected, difference, report, corrects) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                int(report.training),
                report.z_number,
                shift_id,
                codec.time_text(report.made_at),
                report.made_by,
                report.currency,
                str(drawer.counted.amount),
                str(drawer.expected.amount),
                str(drawer.difference.amount),
                report_codec.dumps(report),
                report.corrects,
            ),
        )

    @staticmethod
    def _z_row(conn: sqlite3.Connection, number: int, training: bool) -> ZRecord:
        row = conn.execute(
            f"{_SELECT_Z} WHERE z.training = ? AND z.number = ?", (int(training), number)
        ).fetchone()
        if row is None:
            raise JournalError(f"There is no Z report {number}.")
        return _z(row)

    def correct_z(
        self,
        number: int,
        *,
        by: str,
        note: str,
        counted: Money | None = None,
        training: bool = False,
        at: datetime | None = None,
    ) -> tuple[ZRecord, ShiftReport]:
        """A correction of Z ``number`` (a recount, say): a new Z with the next number
        that refers to it; the earlier Z stays exactly as it was."""
        if not note.strip():
            raise ValueError("a correction says why")
        moment = at or datetime.now(UTC)
        with self._db.write() as conn:
            earlier = self._z_row(conn, number, training)
            old = report_codec.loads(earlier.report_json)
            drawer: Drawer = old.drawer
            if counted is not None:
                drawer = replace(drawer, counted=counted, difference=counted - drawer.expected)
            new = _next(conn, "z_reports", training)
            report = replace(
                old,
                made_at=moment,
                made_by=by,
                drawer=drawer,
                z_number=new,
                corrects=number,
                note=note.strip(),
            )
            shift_id = conn.execute(
                "SELECT shift FROM z_reports WHERE training = ? AND number = ?",
                (int(training), number),
            ).fetchone()[0]
            self._insert_z(conn, shift_id, report)
            return self._z_row(conn, new, training), report

    def z_report(self, number: int, *, training: bool = False) -> ZRecord | None:
        with self._db.read() as conn:
            row = conn.execute(
                f"{_SELECT_Z} WHERE z.training = ? AND z.number = ?", (int(training), number)
            ).fetchone()
        return None if row is None else _z(row)

    def z_reports(self, *, training: bool = False) -> list[ZRecord]:
        """Every Z of this mode, by number."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"{_SELECT_Z} WHERE z.training = ? ORDER BY z.number", (int(training),)
            ).fetchall()
        return [_z(row) for row in rows]
