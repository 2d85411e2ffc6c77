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

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.core.money import Money
from app.core.orders import Order
from app.journal import codec, shift_rows
from app.journal.errors import JournalError
from app.till import report_codec
from app.till.model import BalanceReading, CashMove, FloatCount, MoveKind, Shift, ZRecord
from app.till.refunds import RefundLine
from app.till.report_model import Drawer, ReportKind, ShiftReport
from app.till.shift_report import build_report

if TYPE_CHECKING:
    from app.journal.connection import Connection


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
            number = shift_rows.next_number(conn, "shifts", training)
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
                    shift_rows.count_text(float_count),
                ),
            )
            assert cursor.lastrowid is not None
            shift_rows.write_balances(conn, cursor.lastrowid, "open", balances)
            row = conn.execute("SELECT * FROM shifts WHERE id = ?", (cursor.lastrowid,))
            return shift_rows.shift_from_row(conn, row.fetchone())

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
            return None if row is None else shift_rows.shift_from_row(conn, row)

    def shift(self, number: int, *, training: bool = False) -> Shift | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM shifts WHERE training = ? AND number = ?", (int(training), number)
            ).fetchone()
            return None if row is None else shift_rows.shift_from_row(conn, row)

    def _need_open(self, conn: sqlite3.Connection, training: bool) -> Shift:
        row = self._open_row(conn, training)
        if row is None:
            raise JournalError("No shift is open; open a shift with its float first.")
        return shift_rows.shift_from_row(conn, row)

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
        return [shift_rows.move_from_row(row, shift.id) for row in rows]

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
            number = shift_rows.next_number(conn, "z_reports", training)
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
            shift_rows.write_balances(conn, shift.id, "close", closing)
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
            f"{shift_rows.SELECT_Z} WHERE z.training = ? AND z.number = ?", (int(training), number)
        ).fetchone()
        if row is None:
            raise JournalError(f"There is no Z report {number}.")
        return shift_rows.z_from_row(row)

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
            new = shift_rows.next_number(conn, "z_reports", training)
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
                f"{shift_rows.SELECT_Z} WHERE z.training = ? AND z.number = ?",
                (int(training), number),
            ).fetchone()
        return None if row is None else shift_rows.z_from_row(row)

    def z_reports(self, *, training: bool = False) -> list[ZRecord]:
        """Every Z of this mode, by number."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"{shift_rows.SELECT_Z} WHERE z.training = ? ORDER BY z.number", (int(training),)
            ).fetchall()
        return [shift_rows.z_from_row(row) for row in rows]
