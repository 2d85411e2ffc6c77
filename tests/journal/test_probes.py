"""eSIMfly's request-id probe as the journal keeps it: the first probe's time, then the
first answer, neither ever replaced (see app.journal.probes)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.journal import Journal, JournalError, ProbeAnswer, ProbeRecord, schema

from .factories import at, order, raw_db


def test_an_unprobed_sale_has_an_empty_record(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    assert journal.probe(sale.reference) == ProbeRecord()


def test_the_first_probe_and_the_first_answer_are_kept(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    journal.record_probe(sale.reference, at(1))
    journal.record_probe(sale.reference, at(2))  # a later probe: its time is not needed
    assert journal.probe(sale.reference) == ProbeRecord(probed_at=at(1))
    server = at(1) + timedelta(seconds=1)
    journal.record_probe_answer(sale.reference, ProbeAnswer.SPENT, at(3), server)
    journal.record_probe_answer(sale.reference, ProbeAnswer.ARRIVED, at(4), at(4))
    assert journal.probe(sale.reference) == ProbeRecord(at(1), ProbeAnswer.SPENT, at(3), server)


def test_probing_an_unknown_sale_is_an_error(journal: Journal) -> None:
    with pytest.raises(JournalError, match="not in the journal"):
        journal.record_probe("nope", at(1))
    with pytest.raises(JournalError, match="not in the journal"):
        journal.record_probe_answer("nope", ProbeAnswer.NEVER, at(1), at(1))
    with pytest.raises(JournalError, match="not in the journal"):
        journal.probe("nope")


def test_a_schema_2_journal_gains_empty_probe_columns(journal_path: Path) -> None:
    sale = order()
    journal_path.parent.mkdir(parents=True)
    with raw_db(journal_path) as raw:  # a journal as schema 2 built it
        for statement in [s for migration in schema.MIGRATIONS[:2] for s in migration]:
            raw.execute(statement)
        raw.execute("PRAGMA user_version = 2")
    with Journal(journal_path) as journal:
        journal.record_submitting(sale)
        assert journal.probe(sale.reference) == ProbeRecord()
