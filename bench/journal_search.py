"""History search over a journal of 100,000 sales, against baselines measured in the same run.

    .venv/bin/python bench/journal_search.py [--sales 100000] [--baseline-sales 1000] [--runs 15]

Builds a journal of ``--sales`` realistic sales (``app.journal.fixtures.populate``: a year
of sales, both providers) and a small one of ``--baseline-sales`` in a temporary folder,
then times what the history screen asks for — the first page (200 rows) of
``Journal.search`` — by ICCID, by provider order id, by status, by a 7-day date range and
by destination text. Each figure is the median of ``--runs`` runs after one warm-up.

Two ratios make the figures comparable across machines:

- ``x small``: the same query on the small journal. Near 1 means the query is answered
  through an index and does not grow with the journal; about ``sales / baseline-sales``
  means it reads every sale.
- ``x scan``: one plain full scan of the big journal on its own connection,
  ``SELECT count(*) FROM sales WHERE plan_name LIKE '%no such plan%'``, i.e. what reading
  every sale once costs on this machine. (A bare ``SELECT count(*)`` is printed too, but
  SQLite answers it by counting index leaf cells without reading rows: tens of
  microseconds, too small to divide by.) Near or above 1 means the query reads every sale.

Nothing is written outside the temporary folder, which is removed at the end.
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.orders import Order, OrderStatus  # noqa: E402
from app.journal import Journal  # noqa: E402
from app.journal.fixtures import populate  # noqa: E402

PAGE = 200  # what the history screen fetches at a time (app/ui/history_model.py)
SAMPLES = 9  # different ICCIDs / order ids cycled through the runs
BUDGET_S = 1.0


@dataclass(frozen=True)
class Query:
    name: str
    run: Callable[[Journal, int], list[Order]]  # (journal, run number) -> first page


@dataclass
class Subject:
    """One journal under test, with values from it worth searching for."""

    journal: Journal
    path: Path
    sales: int
    iccids: list[str]
    order_ids: list[str]
    first: datetime
    build_s: float


def build(folder: Path, name: str, sales: int) -> Subject:
    path = folder / f"{name}.sqlite3"
    started = time.perf_counter()
    journal = Journal(path)
    populated = populate(journal, sales, seed=1)
    build_s = time.perf_counter() - started
    # Spread over the journal (references are random UUIDs), whatever its size.
    raw = sqlite3.connect(path)
    try:
        iccids = [
            row[0]
            for row in raw.execute(
                "SELECT iccid FROM esims WHERE activation_code IS NOT NULL "
                "ORDER BY reference LIMIT ?",
                (SAMPLES,),
            )
        ]
        order_ids = [
            row[0]
            for row in raw.execute(
                "SELECT provider_order_id FROM sales WHERE provider_order_id IS NOT NULL "
                "ORDER BY reference LIMIT ?",
                (SAMPLES,),
            )
        ]
    finally:
        raw.close()
    return Subject(journal, path, sales, iccids, order_ids, populated.first, build_s)


def queries(subject: Subject) -> list[Query]:
    since = subject.first + timedelta(days=180)
    until = since + timedelta(days=7)

    def pick(values: list[str], run: int) -> str:
        return values[run % len(values)]

    return [
        Query("ICCID", lambda j, r: j.search(text=pick(subject.iccids, r), limit=PAGE)),
        Query("order id", lambda j, r: j.search(text=pick(subject.order_ids, r), limit=PAGE)),
        Query("status FAILED", lambda j, r: j.search(status=OrderStatus.FAILED, limit=PAGE)),
        Query("7-day date range", lambda j, r: j.search(since=since, until=until, limit=PAGE)),
        Query("destination 'Germany'", lambda j, r: j.search(text="Germany", limit=PAGE)),
        Query(
            "'Germany' + range + real only",
            lambda j, r: j.search(
                text="Germany", since=since, until=until, training=False, limit=PAGE
            ),
        ),
    ]


def median_s(call: Callable[[int], object], runs: int) -> float:
    call(-1)  # warm-up: SQLite's page cache and the statement cache
    times = []
    for run in range(runs):
        started = time.perf_counter()
        call(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


COUNT_SQL = "SELECT count(*) FROM sales"
SCAN_SQL = "SELECT count(*) FROM sales WHERE plan_name LIKE '%no such plan%'"


def raw_s(path: Path, sql: str, runs: int) -> float:
    raw = sqlite3.connect(path)
    try:
        return median_s(lambda _: raw.execute(sql).fetchone(), runs)
    finally:
        raw.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sales", type=int, default=100_000)
    parser.add_argument("--baseline-sales", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="journal-bench-") as tmp:
        folder = Path(tmp)
        big = build(folder, "big", args.sales)
        small = build(folder, "small", args.baseline_sales)
        try:
            count_s = raw_s(big.path, COUNT_SQL, args.runs)
            scan_s = raw_s(big.path, SCAN_SQL, args.runs)
            print(
                f"journal search: Python {platform.python_version()}, "
                f"SQLite {sqlite3.sqlite_version}, {platform.machine()}, "
                f"median of {args.runs} runs, first page of {PAGE} rows"
            )
            print(
                f"built {big.sales:,} sales in {big.build_s:.1f} s "
                f"and {small.sales:,} in {small.build_s:.2f} s"
            )
            print(f"baseline: full scan of {big.sales:,} sales: {scan_s * 1000:.2f} ms")
            print(f"          ({SCAN_SQL})")
            print(f"          bare {COUNT_SQL}: {count_s * 1000:.3f} ms (index leaf count)")
            print()
            header = (
                f"{'query':<31}{f'{big.sales:,}':>10}{f'{small.sales:,}':>10}"
                f"{'x small':>9}{'x scan':>9}{'rows':>6}"
            )
            print(header)
            print("-" * len(header))
            slowest = ("", 0.0)
            for big_query, small_query in zip(queries(big), queries(small), strict=True):
                found = big_query.run(big.journal, 0)
                assert found, f"{big_query.name} found nothing; the benchmark is broken"
                big_s = median_s(lambda r, q=big_query: q.run(big.journal, r), args.runs)
                small_s = median_s(lambda r, q=small_query: q.run(small.journal, r), args.runs)
                print(
                    f"{big_query.name:<31}{big_s * 1000:>8.2f}ms{small_s * 1000:>8.2f}ms"
                    f"{big_s / small_s:>8.1f}x{big_s / scan_s:>8.2f}x{len(found):>6}"
                )
                if big_s > slowest[1]:
                    slowest = (big_query.name, big_s)
            print()
            verdict = "well under" if slowest[1] < BUDGET_S / 10 else "NOT well under"
            print(
                f"slowest: {slowest[0]} at {slowest[1] * 1000:.1f} ms, "
                f"{verdict} the {BUDGET_S:.0f} s budget"
            )
        finally:
            big.journal.close()
            small.journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
