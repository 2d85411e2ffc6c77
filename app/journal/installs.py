"""When each sold eSIM reached the traveller's phone, and where its receipt e-mail went
(issue 17). Mixed into :class:`~app.journal.Journal` like the clerks and shifts.

An install is written once per eSIM (the first report wins: a later read cannot move the
moment). The e-mail address is the traveller's personal data: it is kept here, with the
sale, and nowhere else; logs get :func:`app.core.email.mask` of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.core.email import mask
from app.journal import codec

if TYPE_CHECKING:
    from app.journal.connection import Connection

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SentEmail:
    reference: str
    address: str
    at: datetime
    clerk: str


class InstallJournal:
    """Install times and sent e-mails; expects ``self._db`` (the Journal's connection)."""

    if TYPE_CHECKING:
        _db: Connection

    def record_installed(self, reference: str, iccid: str, at: datetime) -> datetime:
        """Journal that ``iccid`` of sale ``reference`` was installed at ``at``; return
        the time journalled (an earlier record stays as it was)."""
        with self._db.write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO installs (reference, iccid, installed_at, seen_at) "
                "VALUES (?, ?, ?, ?)",
                (reference, iccid, codec.time_text(at), codec.time_text(datetime.now(UTC))),
            )
            row = conn.execute(
                "SELECT installed_at FROM installs WHERE reference = ? AND iccid = ?",
                (reference, iccid),
            ).fetchone()
        log.info("journal: an eSIM of %s installed", reference)
        return codec.parse_time(row["installed_at"])

    def installed(self, reference: str) -> dict[str, datetime]:
        """ICCID → install time, for the eSIMs of ``reference`` known to be installed."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT iccid, installed_at FROM installs WHERE reference = ?", (reference,)
            ).fetchall()
        return {row["iccid"]: codec.parse_time(row["installed_at"]) for row in rows}

    def record_email(self, reference: str, address: str, at: datetime, clerk: str = "") -> None:
        """Journal that the eSIM of ``reference`` was sent to ``address`` (already
        validated and accepted by the provider)."""
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO sale_emails (reference, address, at, clerk) VALUES (?, ?, ?, ?)",
                (reference, address, codec.time_text(at), clerk),
            )
        log.info("journal: %s sent by e-mail to %s", reference, mask(address))

    def emails(self, reference: str) -> list[SentEmail]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT reference, address, at, clerk FROM sale_emails "
                "WHERE reference = ? ORDER BY id",
                (reference,),
            ).fetchall()
        return [
            SentEmail(r["reference"], r["address"], codec.parse_time(r["at"]), r["clerk"])
            for r in rows
        ]
