"""Central reads: the same orders, refunds and Z reports the counters journalled, exact to
the last Decimal, filtered by shop, counter and clerk."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.chain.central import CentralJournal
from app.chain.connection import ChainUnavailable
from app.chain.push import Pusher
from app.core.orders import OrderStatus
from app.journal import Journal
from tests.chain.fixtures import ChainDb
from tests.chain.pg_server import PgServer
from tests.chain.shift_script import T0, run_shift


@pytest.fixture
def two_counters(tmp_path: Path, chain_db: ChainDb) -> dict[str, Journal]:
    journals = {}
    for n, (counter, shop) in enumerate((("desk-1", "Airport"), ("desk-2", "Harbour"))):
        path = tmp_path / f"{counter}.sqlite3"
        journal = Journal(path)
        run_shift(journal, sales=3 + n, start=T0 + timedelta(days=n))
        pusher = Pusher(path, chain_db.for_counter(counter, shop), chain_db.password)
        pusher.push_all()
        pusher.close()
        journals[counter] = journal
    yield journals
    for journal in journals.values():
        journal.close()


def test_search_and_count_match_the_counters(
    chain_db: ChainDb, two_counters: dict[str, Journal]
) -> None:
    central = CentralJournal(chain_db.config, chain_db.password)
    try:
        found = central.search_located()
        local = {c: j.search() for c, j in two_counters.items()}
        assert len(found) == 7 == central.count()
        by_counter = {c: [s.order for s in found if s.counter == c] for c in local}
        for counter, orders in local.items():
            assert by_counter[counter] == orders  # same order (newest first), same values
        gross = sum((s.order.quote.gross.amount for s in found if s.order.quote), start=0)
        local_gross = sum(
            (o.quote.gross.amount for orders in local.values() for o in orders if o.quote),
            start=0,
        )
        assert gross == local_gross and str(gross).endswith(".93")  # 7 x 5.99, exact
        assert central.count(shop="Harbour") == 4
        assert central.count(counter="desk-1") == 3
        assert central.count(clerk="Ana") == 7 and central.count(clerk="Nobody") == 0
        assert central.count(status=OrderStatus.DELIVERED, since=T0 + timedelta(days=1)) == 4
        first = local["desk-1"][0]
        assert [s.order for s in central.search_located(text=first.provider_order_id or "")] == [
            first
        ]
        iccid = first.esims[0].iccid if first.esims else None
        if iccid:
            assert first.reference in {o.reference for o in central.search(text=iccid)}
        assert central.search(limit=2, offset=6)[0] == local["desk-1"][-1]
    finally:
        central.close()


def test_refund_lines_and_z_reports_match(
    chain_db: ChainDb, two_counters: dict[str, Journal]
) -> None:
    central = CentralJournal(chain_db.config, chain_db.password)
    try:
        lines = central.refunds.lines()
        local_lines = sorted(
            (line for j in two_counters.values() for line in j.refunds.lines()),
            key=lambda line: line.at,
        )
        assert lines == local_lines
        assert central.refunds.lines(shop="Airport") == two_counters["desk-1"].refunds.lines()
        zs = central.z_reports()
        assert [(z.counter, z.record) for z in zs] == [
            (c, record) for c, j in two_counters.items() for record in j.z_reports()
        ]
        assert [z.record for z in central.z_reports(counter="desk-2")] == two_counters[
            "desk-2"
        ].z_reports()
        counters = central.counters()
        assert [(c["counter"], c["shop"]) for c in counters] == [
            ("desk-1", "Airport"),
            ("desk-2", "Harbour"),
        ]
        sale = lines[0].sale_reference
        assert central.refunds.refunded_counts([sale]) == {sale: 1}
    finally:
        central.close()


def test_a_cut_link_is_chain_unavailable_and_the_next_read_reconnects(
    tmp_path: Path, private_pg: PgServer
) -> None:
    db: ChainDb = private_pg.db
    central = CentralJournal(db.config, db.password, timeout_s=1)
    try:
        assert central.count() == 0
        private_pg.stop()
        with pytest.raises(ChainUnavailable):
            central.count()
        private_pg.start()
        assert central.count() == 0
    finally:
        central.close()
