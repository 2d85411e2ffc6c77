"""The journal's clerks and overrides (issue 15). Mixed into :class:`~app.journal.Journal`.

Clerks are never deleted (sales, refunds and Z reports name them); a clerk who leaves is
deactivated. Names are unique whatever their case: the casefolded name is a UNIQUE column.
A rename changes the clerks row only: rows written before keep the name they were
written under, which is what the clerk was called when they did it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.journal import codec
from app.journal.errors import JournalError
from app.till.model import Clerk, Override
from app.till.roles import Action, Role

if TYPE_CHECKING:
    from app.journal.connection import Connection

MAX_NAME = 40
_SELECT_CLERK = "SELECT name, role, active, created_at, pin_hash FROM clerks"


def name_key(name: str) -> str:
    """What two names must differ in to be two clerks: case and outer spaces ignored."""
    return " ".join(name.split()).casefold()


def check_name(name: str) -> str:
    """The name as stored (inner runs of spaces made one); ValueError if unusable."""
    clean = " ".join(str(name).split())
    if not clean or len(clean) > MAX_NAME or not clean.isprintable():
        raise ValueError(f"A clerk's name is 1 to {MAX_NAME} letters on one line.")
    return clean


def _clerk(row: sqlite3.Row) -> Clerk:
    return Clerk(
        row["name"],
        Role(row["role"]),
        bool(row["active"]),
        codec.parse_time(row["created_at"]),
        row["pin_hash"],
    )


class ClerkJournal:
    """Clerk rows and overrides; expects ``self._db`` (the Journal's connection)."""

    if TYPE_CHECKING:
        _db: Connection

    def add_clerk(self, name: str, role: Role, pin_hash: str) -> Clerk:
        """A new active clerk; :class:`JournalError` if the name (any case) is taken."""
        clean, now = check_name(name), codec.time_text(datetime.now(UTC))
        with self._db.write() as conn:
            try:
                conn.execute(
                    "INSERT INTO clerks (name, name_key, role, pin_hash, active, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
                    (clean, name_key(clean), str(Role(role)), pin_hash, now, now),
                )
            except sqlite3.IntegrityError as exc:
                raise JournalError(f"There is already a clerk called {clean}.") from exc
            return _clerk(self._clerk_row(conn, clean))

    @staticmethod
    def _clerk_row(conn: sqlite3.Connection, name: str) -> sqlite3.Row:
        row = conn.execute(f"{_SELECT_CLERK} WHERE name_key = ?", (name_key(name),)).fetchone()
        if row is None:
            raise JournalError(f"There is no clerk called {name}.")
        return row  # type: ignore[no-any-return]  # sqlite3 rows are untyped

    def clerk(self, name: str) -> Clerk | None:
        """The clerk of that name in any case, active or not; None if there is none."""
        with self._db.read() as conn:
            row = conn.execute(f"{_SELECT_CLERK} WHERE name_key = ?", (name_key(name),))
            found = row.fetchone()
        return None if found is None else _clerk(found)

    def clerks(self, *, active_only: bool = False) -> list[Clerk]:
        """Every clerk by name (casefolded order), the deactivated too unless asked."""
        where = " WHERE active = 1" if active_only else ""
        with self._db.read() as conn:
            rows = conn.execute(f"{_SELECT_CLERK}{where} ORDER BY name_key").fetchall()
        return [_clerk(row) for row in rows]

    def update_clerk(
        self,
        name: str,
        *,
        new_name: str | None = None,
        role: Role | None = None,
        pin_hash: str | None = None,
        active: bool | None = None,
    ) -> Clerk:
        """Change what is given of one clerk; the clerk as now stored."""
        now = codec.time_text(datetime.now(UTC))
        with self._db.write() as conn:
            old = self._clerk_row(conn, name)
            clean = old["name"] if new_name is None else check_name(new_name)
            try:
                conn.execute(
                    "UPDATE clerks SET name = ?, name_key = ?, role = ?, pin_hash = ?, "
                    "active = ?, updated_at = ? WHERE name_key = ?",
                    (
                        clean,
                        name_key(clean),
                        str(Role(role)) if role is not None else old["role"],
                        pin_hash if pin_hash is not None else old["pin_hash"],
                        int(active) if active is not None else old["active"],
                        now,
                        name_key(name),
                    ),
                )
            except sqlite3.IntegrityError as exc:
                raise JournalError(f"There is already a clerk called {clean}.") from exc
            return _clerk(self._clerk_row(conn, clean))

    def record_override(
        self,
        action: Action,
        *,
        clerk: str,
        approver: str,
        reference: str | None = None,
        reason: str = "",
        training: bool = False,
        at: datetime | None = None,
    ) -> Override:
        """Journal that ``approver`` let ``clerk`` do ``action`` (above the clerk's role)."""
        moment = at or datetime.now(UTC)
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO overrides (at, action, clerk, approver, reference, reason, "
                "training) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    codec.time_text(moment),
                    str(Action(action)),
                    clerk,
                    approver,
                    reference,
                    reason,
                    int(training),
                ),
            )
            number = cursor.lastrowid
        assert number is not None
        return Override(number, moment, action, clerk, approver, reference, reason, training)

    def overrides(self, since: datetime, until: datetime) -> list[Override]:
        """Overrides from ``since`` (inclusive) to ``until`` (exclusive), oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM overrides WHERE at >= ? AND at < ? ORDER BY at, id",
                (codec.time_text(since), codec.time_text(until)),
            ).fetchall()
        return [
            Override(
                row["id"],
                codec.parse_time(row["at"]),
                Action(row["action"]),
                row["clerk"],
                row["approver"],
                row["reference"],
                row["reason"],
                bool(row["training"]),
            )
            for row in rows
        ]
