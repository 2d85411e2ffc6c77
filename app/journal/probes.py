"""What the journal keeps of eSIMfly's request-id probe of a sale (see app.counter).

eSIMfly refuses a request id it has seen in the last 24 h, so a read sent under a lost
sale's id tells whether the sale's order request arrived, and spends the id if it did
not. A probe whose answer was lost (the counter killed in between) leaves the id spent
without saying so; the next probe's DUPLICATE_REQUEST then proves nothing. The journal
therefore notes each sale's first probe before it leaves, and the first answer.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.journal import codec
from app.journal.errors import JournalError


class ProbeAnswer(StrEnum):
    #: The first probe ever sent was refused as a duplicate: the order request arrived.
    ARRIVED = "arrived"
    #: A probe was accepted: the order request never arrived, and now never can.
    NEVER = "never"
    #: Refused as a duplicate after an earlier probe whose answer was lost: either the
    #: order request or that earlier probe spent the id.
    SPENT = "spent"


@dataclass(frozen=True, slots=True)
class ProbeRecord:
    """A sale's probe as journalled; all None when it was never probed."""

    probed_at: datetime | None = None
    answer: ProbeAnswer | None = None
    #: When the answer came, on this computer's clock and on the provider's.
    answered_at: datetime | None = None
    server_at: datetime | None = None


def _time(text: str | None) -> datetime | None:
    return None if text is None else codec.parse_time(text)


def read(conn: sqlite3.Connection, reference: str) -> ProbeRecord:
    row = conn.execute(
        "SELECT probed_at, probe_answer, probe_answered_at, probe_server_at "
        "FROM sales WHERE reference = ?",
        (reference,),
    ).fetchone()
    if row is None:
        raise JournalError(f"Sale {reference} is not in the journal.")
    return ProbeRecord(
        _time(row[0]), None if row[1] is None else ProbeAnswer(row[1]), _time(row[2]), _time(row[3])
    )


def write_probed(conn: sqlite3.Connection, reference: str, at: datetime) -> None:
    """Note the first probe before it leaves; a later probe keeps the first one's time."""
    found = conn.execute(
        "UPDATE sales SET probed_at = coalesce(probed_at, ?) WHERE reference = ?",
        (codec.time_text(at), reference),
    )
    if found.rowcount != 1:
        raise JournalError(f"Sale {reference} is not in the journal.")


def write_answer(
    conn: sqlite3.Connection,
    reference: str,
    answer: ProbeAnswer,
    answered_at: datetime,
    server_at: datetime,
) -> None:
    """Note the first answered probe; a later answer never replaces it."""
    found = conn.execute(
        "UPDATE sales SET probe_answer = ?, probe_answered_at = ?, probe_server_at = ? "
        "WHERE reference = ? AND probe_answer IS NULL",
        (str(answer), codec.time_text(answered_at), codec.time_text(server_at), reference),
    )
    if found.rowcount != 1 and read(conn, reference).answer is None:
        raise JournalError(f"Sale {reference} is not in the journal.")
