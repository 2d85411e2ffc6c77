"""Chain figures (issue 16), each against a baseline measured in the same run.

    .venv/bin/python bench/chain_bench.py [--sales 200] [--big 1000000] [--small 10000]

1. **Sell→QR with chain sync off and on.** Two counters on two journals sell the same
   plans through the in-process training sandbox, taking turns sale by sale (so a busy
   machine slows both alike): one alone (sync off: its journal still fills the outbox,
   as every journal does), one joined to a chain with the push loop running on its own
   thread and told to push after each sale (sync on), plus the register of claims. The
   figure is ``Counter.sell`` from the press to the delivered eSIM whose QR the customer
   display draws (the window adds the same on both sides; bench/counter_window.py
   measures that part). Median and p90 of ``--sales`` sales each; ratio on/off.
2. **The chain's day report over 1,000,000 sales.** ``--small`` realistic sales (the
   journal fixtures, ~3,000 a day, paid in cash) are journalled and pushed by the real
   pusher; ``app.report.day_report`` over ``CentralJournal`` for the last full day is the
   baseline (also printed: the same report over the local SQLite journal). Then the
   central tables are bulk-loaded with COPY to ``--big`` sales (copies of the pushed
   rows, each copy four days earlier, new references), ANALYZEd, and the same day's
   report is timed again: same day, same sales, a hundred times the table. Also the
   report of 7 days (~20,000 sales) over the big tables, per sale against one day's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from chain_load import chain_server  # noqa: E402

from app.chain.central import CentralJournal  # noqa: E402
from app.chain.claims import ChainClaims, account_key  # noqa: E402
from app.chain.connection import connect  # noqa: E402
from app.chain.push import Pusher  # noqa: E402
from app.chain.sync import ChainSync  # noqa: E402
from app.claiming import NO_CHAIN  # noqa: E402
from app.core import countries  # noqa: E402
from app.core.orders import OrderStatus  # noqa: E402
from app.core.plans import ProviderId  # noqa: E402
from app.counter import Counter  # noqa: E402
from app.headless import paid_in_cash  # noqa: E402
from app.journal import Journal, fixtures  # noqa: E402
from app.report import day_report  # noqa: E402
from app.sandbox import SandboxConfig  # noqa: E402
from app.sandbox.config import OCTOPUS_SANDBOX_RATE_LIMITS  # noqa: E402
from app.training import training_setup  # noqa: E402
from tests.chain.load import Chain  # noqa: E402

SPACING = timedelta(days=4)  # between copies of the template in the big tables


def _ms(values: list[float]) -> str:
    p90 = sorted(values)[int(0.9 * (len(values) - 1))]
    return f"median {statistics.median(values) * 1000:7.2f} ms   p90 {p90 * 1000:7.2f} ms"


def sell_to_qr(chain: Chain, workdir: Path, sales: int) -> None:
    unlimited = dict.fromkeys(OCTOPUS_SANDBOX_RATE_LIMITS, 1_000_000)
    setup = training_setup(
        SandboxConfig(
            clock_scale=0.001,
            balance=Decimal(10_000_000),
            esimfly_rate_limit=1_000_000,
            octopus_rate_limits=unlimited,
        )
    )
    germany = countries.country("DE")
    assert germany is not None
    config = chain.for_counter("bench-on")
    with Journal(workdir / "off.sqlite3") as off_j, Journal(workdir / "on.sqlite3") as on_j:
        off = Counter(setup.providers, off_j, training=True, claims=NO_CHAIN)
        claims = ChainClaims(
            lambda: connect(config, chain.password, timeout_s=2),
            shop="shop-1",
            counter="bench-on",
            accounts={p: account_key(p, "training") for p in ProviderId},
        )
        claims.register()
        on = Counter(setup.providers, on_j, training=True, claims=claims)
        sync = ChainSync(Pusher(on_j.path, config, chain.password), interval_s=0.5)
        sync.start()
        plans = sorted(off.plans(germany), key=lambda p: (p.price.amount, p.id))[:4]
        times: dict[str, list[float]] = {"off": [], "on": []}
        try:
            for number in range(sales + 2):  # two unmeasured warm-ups
                plan = plans[number % len(plans)]
                for name, counter in (("off", off), ("on", on)):
                    quote, payment = paid_in_cash(plan)
                    begun = time.perf_counter()
                    outcome = counter.sell(plan, quote=quote, payment=payment)
                    took = time.perf_counter() - begun
                    if name == "on":
                        sync.push_now()
                    assert outcome.order.status is OrderStatus.DELIVERED, outcome.error
                    assert outcome.order.esims[0].activation is not None
                    if number >= 2:
                        times[name].append(took)
            deadline = time.monotonic() + 30
            while sync.status().waiting and time.monotonic() < deadline:
                time.sleep(0.05)
            status = sync.status()
        finally:
            sync.stop()
            setup.close()
    ratio = statistics.median(times["on"]) / statistics.median(times["off"])
    print(f"\n1. Sell->QR, {sales} sales each, taking turns (in-process training sandbox)")
    print(f"   sync off: {_ms(times['off'])}")
    print(f"   sync on:  {_ms(times['on'])}   x{ratio:.2f} of off")
    print(f"   pushed meanwhile: {status.state}, {status.waiting} rows waiting at the end")


def _timed(run: Callable[[], Any], runs: int) -> tuple[float, Any]:
    run()  # warm-up
    times, result = [], None
    for _ in range(runs):
        begun = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - begun)
    return statistics.median(times), result


def _copy_table(reader: Any, writer: Any, table: str, copies: int) -> None:
    """COPY the pushed rows back in ``copies`` times, each copy SPACING earlier: out of
    one connection, into another (one connection runs one COPY at a time)."""
    columns = [
        row[0]
        for row in reader.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
            "ORDER BY ordinal_position",
            (table,),
        ).fetchall()
    ]
    shifted = {
        "reference": "reference || '-' || g",
        "created_at": f"created_at - g * interval '{SPACING.days} days'",
        "updated_at": f"updated_at - g * interval '{SPACING.days} days'",
        "resolved_at": f"resolved_at - g * interval '{SPACING.days} days'",
        "provider_order_id": "provider_order_id || '-' || g",
    }
    select = ", ".join(shifted.get(c, c) for c in columns)
    names = ", ".join(columns)
    source = (
        f"SELECT {select} FROM {table}, generate_series(1, {copies}) AS g "
        "WHERE counter = 'history'"  # the pushed template, not section 1's sales
    )
    with (
        reader.cursor().copy(f"COPY ({source}) TO STDOUT (FORMAT binary)") as out,
        writer.cursor().copy(f"COPY {table} ({names}) FROM STDIN (FORMAT binary)") as into,
    ):
        for block in out:
            into.write(block)


def chain_report(chain: Chain, workdir: Path, small: int, big: int, runs: int) -> None:
    end = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    days = small / 3000  # ~3,000 sales a day: a chain of thirty kiosks
    path = workdir / "owner.sqlite3"
    config = chain.for_counter("history")
    with Journal(path) as journal:
        batch = []
        for order in fixtures.orders(small, seed=7, end=end, days=max(1, round(days))):
            order.training = False
            batch.append(order)
        journal._bulk_insert(batch)
        begun = time.perf_counter()
        pusher = Pusher(path, config, chain.password)
        pushed = pusher.push_all()
        pushed_s = time.perf_counter() - begun
        pusher.close()
        since, until = end - timedelta(days=1), end
        local_s, local = _timed(lambda: day_report(journal, since, until), runs)
    central = CentralJournal(config, chain.password, timeout_s=10)
    try:
        small_s, report = _timed(lambda: day_report(central, since, until), runs)
        assert report == local, "the chain's report differs from the local one"
        sold = sum(line.sales for line in report.lines)
        day_sales = sum(line.sales + line.not_sold + line.unresolved for line in report.lines)
        copies = max(0, big // small - 1)
        begun = time.perf_counter()
        with connect(config, chain.password) as reader, connect(config, chain.password) as conn:
            # History, not sales being made: the claims trigger has nothing to claim.
            conn.execute("ALTER TABLE c_sales DISABLE TRIGGER c_sales_claim")
            for table in ("c_sales", "c_esims", "c_payments"):
                _copy_table(reader, conn, table, copies)
            conn.execute("ALTER TABLE c_sales ENABLE TRIGGER c_sales_claim")
            conn.commit()
            conn.autocommit = True
            conn.execute("ANALYZE")
            total = int(conn.execute("SELECT count(*) FROM c_sales").fetchone()[0])  # type: ignore[index]
        load_s = time.perf_counter() - begun
        big_s, big_report = _timed(lambda: day_report(central, since, until), runs)
        assert big_report == report, "the same day reads differently over the big tables"
        week_s, week = _timed(lambda: day_report(central, until - timedelta(days=7), until), 1)
        week_sales = sum(line.sales + line.not_sold + line.unresolved for line in week.lines)
    finally:
        central.close()
    print(f"\n2. The chain's day report (app.report.day_report over CentralJournal), {runs} runs")
    print(f"   pushed {small:,} sales ({pushed:,} rows) in {pushed_s:.1f} s")
    print(f"   bulk-loaded to {total:,} sales with COPY in {load_s:.1f} s")
    print(
        f"   one day ({sold:,} sold) over the local journal ({small:,}): {local_s * 1000:8.1f} ms"
    )
    print(f"   one day over the chain, {small:,} sales (baseline):      {small_s * 1000:8.1f} ms")
    print(
        f"   one day over the chain, {total:,} sales:           {big_s * 1000:8.1f} ms"
        f"   x{big_s / small_s:.2f} of baseline, x{big_s / local_s:.2f} of local"
    )
    print(
        f"   7 days ({week_sales:,} sales) over {total:,}:        {week_s * 1000:8.1f} ms"
        f"   ({week_s / max(week_sales, 1) * 1e6:.0f} us a sale; one day: "
        f"{big_s / max(day_sales, 1) * 1e6:.0f} us a sale)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sales", type=int, default=200, help="Sell->QR sales per side")
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"chain bench: Python {sys.version.split()[0]}")
    with chain_server() as (_, chain), tempfile.TemporaryDirectory(prefix="chain-") as tmp:
        sell_to_qr(chain, Path(tmp), args.sales)
        chain_report(chain, Path(tmp), args.small, args.big, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
