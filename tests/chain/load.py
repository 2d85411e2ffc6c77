"""The chain's load run, shared by ``tests/chain/test_load.py`` (short) and
``bench/chain_load.py`` (long, with figures).

N counter PROCESSES (``python -m app.headless ... shift``, each with its own journal) sell
at the same time against ONE sandbox served over real HTTP and ONE PostgreSQL, reached
through a :class:`~tests.chain.proxy.TcpProxy`. During the run the proxy cuts the link
(every open connection dropped, new ones refused) and restores it; some counters are
SIGKILLed at random moments and restarted, one of them right after eSIMfly answered and
before the answer was journalled (``--kill-at answered``), so its restart has a lost
sale to match by package while the other counters sell that package too.

Afterwards the counters are settled in this process (reconcile, push, until nothing is
unresolved or waiting), and :func:`check` compares the sandbox, every local journal and
the central database. :func:`figures` gives sales per second, the sync lag (journal
time of a sale row's last write to its central ``pushed_at``) and rows pushed.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from app.chain.central import CentralJournal
from app.chain.claims import ChainClaims, account_key
from app.chain.config import PASSWORD_ENV, ChainConfig
from app.chain.connection import connect
from app.chain.push import Pusher
from app.core.plans import ProviderId
from app.core.secret import Secret
from app.counter import Counter
from app.headless import build_providers
from app.journal import Journal
from app.providers.http import RetryPolicy, Timeouts
from app.report import DayReport, day_report
from app.sandbox import Sandbox
from tests.chain.proxy import TcpProxy

ROOT = Path(__file__).resolve().parents[2]
# Short client limits, as the kill campaign's: the processing window is 2.9 s.
OPTIONS = (
    "--connect-timeout", "0.3", "--read-timeout", "2", "--order-timeout", "0.6",
    "--in-flight-margin", "2.0", "--stamp-margin", "0.5",
)  # fmt: skip
PROCESS_TIMEOUT_S = 120.0


@dataclass
class LoadPlan:
    counters: int = 8
    sales: int = 4  # per counter process (a restart sells what its killed run had left)
    kills: int = 2  # counters SIGKILLed at a random moment, then restarted (and one more
    # kills itself between eSIMfly's answer and its journal: a lost sale to match)
    kill_after_s: tuple[float, float] = (0.2, 1.5)  # after the process's SHIFT line
    cut_at_s: float = 1.0  # after the first counter's SHIFT line
    cut_for_s: float = 2.0
    seed: int = 0


@dataclass
class LoadRun:
    plan: LoadPlan
    workdir: Path
    journals: dict[str, Path] = field(default_factory=dict)
    selling_s: float = 0.0
    settle_s: float = 0.0
    kills: int = 0
    cuts: int = 0
    processes: int = 0
    refused_while_cut: int = 0
    rounds: int = 0


@dataclass(frozen=True)
class Chain:
    """Where the counters find the chain (the proxy's port, not the server's)."""

    config: ChainConfig
    password: Secret

    def for_counter(self, name: str) -> ChainConfig:
        from dataclasses import replace

        return replace(self.config, counter=name)


def _command(journal: Path, url: str, chain: Chain, name: str, *args: str) -> list[str]:
    config = chain.config
    return [
        sys.executable, "-m", "app.headless", "--journal", str(journal), "--sandbox-url", url,
        *OPTIONS,
        "--chain-host", config.host, "--chain-port", str(config.port),
        "--chain-db", config.dbname, "--chain-user", config.user,
        "--chain-shop", "shop-" + str(int(name[1:]) % 3 + 1), "--chain-counter", name,
        "--chain-sslmode", "disable", "--chain-timeout", "1", "--chain-push-every", "0.2",
        *args,
    ]  # fmt: skip


def _popen(command: list[str], chain: Chain) -> subprocess.Popen[str]:
    env = {**os.environ, PASSWORD_ENV: chain.password.reveal()}
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _started(process: subprocess.Popen[str]) -> bool:
    """Wait for the SHIFT line (start-up over); False if the process died first."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], PROCESS_TIMEOUT_S)
    return bool(ready) and process.stdout.readline().startswith("SHIFT ")


def run_counters(
    sandbox_url: str, chain: Chain, proxy: TcpProxy, workdir: Path, plan: LoadPlan,
    plan_ids: list[str],
) -> LoadRun:  # fmt: skip
    """The selling phase: every counter process at once, kills, restarts and one cut."""
    rng = random.Random(plan.seed)
    run = LoadRun(plan, workdir)
    names = [f"c{i}" for i in range(plan.counters)]
    doomed = set(rng.sample(names, min(plan.kills, len(names))))
    # One counter that is not doomed kills itself at "answered" (a lost sale to match).
    answered = next((name for name in reversed(names) if name not in doomed), None)
    sells = [arg for plan_id in plan_ids for arg in ("--plan-id", plan_id)]
    lock = threading.Lock()
    first_started = threading.Event()
    failures: list[str] = []

    def start(name: str, journal: Path, args: list[str]) -> subprocess.Popen[str] | None:
        process = _popen(_command(journal, sandbox_url, chain, name, *args), chain)
        with lock:
            run.processes += 1
        if _started(process):
            first_started.set()
            return process
        failures.append(f"{name}: no start-up: {process.communicate()[1][-2000:]}")
        return None

    def finish(name: str, process: subprocess.Popen[str]) -> bool:
        """Wait for the process; True if it was SIGKILLed."""
        _, errors = process.communicate(timeout=PROCESS_TIMEOUT_S)
        if process.returncode == -signal.SIGKILL:
            with lock:
                run.kills += 1
            return True
        if process.returncode not in (0, 1) or "Traceback" in errors:
            failures.append(f"{name}: exit {process.returncode}: {errors[-2000:]}")
        return False

    def counter(name: str) -> None:
        journal = workdir / f"{name}.sqlite3"
        run.journals[name] = journal
        shift = ["shift", "--destination", "DE", "--count", str(plan.sales), *sells]
        # A doomed counter sells on until its kill comes: a quick machine must not finish
        # the shift before the random moment, or the run kills fewer than planned.
        count = plan.sales * 20 if name in doomed else plan.sales
        first = ["shift", "--destination", "DE", "--count", str(count), *sells]
        if name == answered:
            first += ["--kill-at", "answered"]
        process = start(name, journal, first)
        if process is None:
            return
        if name in doomed:
            try:
                process.wait(timeout=rng.uniform(*plan.kill_after_s))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
        if finish(name, process):
            # The restart: reconciles as start-up does, then sells again.
            again = start(name, journal, shift)
            if again is not None:
                finish(name, again)

    def cutter() -> None:
        if not first_started.wait(PROCESS_TIMEOUT_S):
            return
        time.sleep(plan.cut_at_s)
        proxy.cut()
        run.cuts += 1
        time.sleep(plan.cut_for_s)
        run.refused_while_cut = proxy.refused
        proxy.restore()

    started = time.monotonic()
    threads = [threading.Thread(target=counter, args=(name,)) for name in names]
    threads.append(threading.Thread(target=cutter))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(PROCESS_TIMEOUT_S * 3)
    run.selling_s = time.monotonic() - started
    assert not failures, "\n".join(failures)
    return run


@contextlib.contextmanager
def _settling_counter(
    journal: Path, sandbox_url: str, chain: Chain, name: str
) -> Iterator[tuple[Counter, Pusher]]:
    """A counter of this process on one load journal, as its restart would be."""
    config = chain.for_counter(name)
    wanted = list(ProviderId)
    with httpx.Client() as client, Journal(journal) as local:
        providers = build_providers(
            client, sandbox_url, wanted, Timeouts(connect=0.3, read=2, order=0.6),
            RetryPolicy(attempts=2), 2.0, 0.5,
        )  # fmt: skip
        claims = ChainClaims(
            lambda: connect(config, chain.password, timeout_s=2),
            shop=config.shop,
            counter=name,
            accounts={p: account_key(p, sandbox_url) for p in wanted},
        )
        claims.register()
        pusher = Pusher(journal, config, chain.password, timeout_s=2)
        try:
            yield Counter(providers, local, training=True, claims=claims), pusher
        finally:
            pusher.close()


def settle(sandbox_url: str, chain: Chain, run: LoadRun, *, rounds: int = 12) -> None:
    """Push and reconcile every counter until none has a sale unresolved, a matched sale
    bumped by another counter's direct answer, or a row waiting (a sale waiting for an
    older one on another counter needs that one pushed first).

    The bumps count: a counter that ended its shift while the link was cut pushes its
    direct sales only here, and one of them may be the order another counter matched
    meanwhile; that counter's sale is resolved locally, but it holds the order until it
    is reopened and checked again (docs/decisions.md, "A direct answer beats a match")."""
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        counters = {
            name: stack.enter_context(_settling_counter(path, sandbox_url, chain, name))
            for name, path in sorted(run.journals.items())
        }
        for number in range(rounds):
            run.rounds = number + 1
            for _, pusher in counters.values():
                pusher.push_all()
            # After every push: a push is what makes a bump (the trigger on c_sales).
            reopened = [ref for c, _ in counters.values() for ref in c.reopen_bumped()]
            if not reopened and not any(c.journal.unresolved() for c, _ in counters.values()):
                break
            rechecks = []
            for counter, pusher in counters.values():
                outcomes = counter.reconcile_all(refunds=False)
                rechecks += [o.recheck_at for o in outcomes if o.recheck_at is not None]
                pusher.push_all()
            if rechecks:  # a processing window or a stamp margin is still open
                wait = (min(rechecks) - datetime.now(UTC)).total_seconds()
                time.sleep(min(max(wait, 0.0), 5.0))
        for _, pusher in counters.values():
            pusher.push_all()
            assert pusher.waiting() == 0
    run.settle_s = time.monotonic() - started


# -- what must hold afterwards ----------------------------------------------------------


def _taken(sandbox: Sandbox) -> dict[tuple[str, str], str]:
    """(provider, order id) → the reference of the sale whose request created it."""
    taken = {}
    for order in sandbox.orders("esimfly"):
        taken[("esimfly", str(order["orderReference"]))] = str(order["requestId"])
    for order in sandbox.orders("octopus"):
        taken[("octopus", str(order["id"]))] = str(order["client_reference"])
    return taken


def sum_reports(reports: list[DayReport], since: datetime, until: datetime) -> DayReport:
    """The counters' local day reports added up, line by line and till by till."""
    total = DayReport(since, until, training=True)
    for report in reports:
        total.other_mode_sales += report.other_mode_sales
        for line in report.lines:
            mine = total.line(line.provider, line.currency)
            for name in ("sales", "esims", "charged", "not_sold", "unresolved", "refunds",
                         "refunded"):  # fmt: skip
                setattr(mine, name, getattr(mine, name) + getattr(line, name))
        for till in report.tills:
            ours = total.till(till.currency)
            for name in ("sales", "gross", "net", "tax", "cost", "cash_taken", "change_given",
                         "cash_returned", "owed", "without_price", "refunds", "refunded",
                         "cash_refunded"):  # fmt: skip
                setattr(ours, name, getattr(ours, name) + getattr(till, name))
            for method, amount in till.methods.items():
                ours.methods[method] = ours.methods.get(method, Decimal(0)) + amount
    return total


def check(sandbox: Sandbox, chain: Chain, run: LoadRun) -> dict[str, Any]:
    """Assert the chain's promises; return what was counted (for the figures)."""
    taken = _taken(sandbox)
    local: dict[str, dict[str, Any]] = {}  # reference → (counter, order)
    reports = []
    since = datetime.now(UTC) - timedelta(days=1)
    until = datetime.now(UTC) + timedelta(hours=1)
    for name, path in run.journals.items():
        with Journal(path) as journal:
            assert journal.unresolved() == [], f"{name} has unresolved sales"
            for order in journal.search(limit=1_000_000):
                assert order.reference not in local, f"sale {order.reference} on two counters"
                local[order.reference] = {"counter": name, "order": order}
            reports.append(day_report(journal, since, until, training=True))
    with connect(chain.config, chain.password) as conn:
        rows = conn.execute(
            "SELECT counter, reference, provider, provider_order_id, status FROM c_sales"
        ).fetchall()
        claims = conn.execute(
            "SELECT provider, provider_order_id, counter, sale_reference, how FROM claims"
        ).fetchall()
        lags = conn.execute(
            "SELECT extract(epoch FROM pushed_at - updated_at) FROM c_sales"
        ).fetchall()
        pushed = sum(
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
            for (table,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE tablename LIKE 'c\\_%'"
            ).fetchall()
        )
    central = {row[1]: row for row in rows}
    assert len(central) == len(rows) == len(local), (len(rows), len(local))
    held: dict[tuple[str, str], list[str]] = {}
    for reference, row in central.items():
        counter, _, provider, order_id, status = row
        mine = local[reference]
        assert counter == mine["counter"], f"{reference} pushed by {counter}"
        assert order_id == mine["order"].provider_order_id, f"{reference}: {order_id}"
        assert status == str(mine["order"].status), f"{reference}: {status}"
        if order_id is not None:
            held.setdefault((provider, order_id), []).append(reference)
    for key, reference in taken.items():
        holders = held.get(key) or []
        # Held once, and by the sale whose request bought it: on the counter that sold it
        # (a lost sale matched by package included: docs/decisions.md, "Matches wait for
        # the live counters").
        assert holders == [reference], f"order {key} of {reference} held by {holders}"
    assert set(held) <= set(taken), "a sale holds an order the sandbox never took"
    by_claim = {(p, o): (c, r) for p, o, c, r, _ in claims}
    assert len(by_claim) == len(claims)
    for key, reference in taken.items():
        assert by_claim.get(key, (None, reference))[1] == reference, f"claim of {key}"
    central_journal = CentralJournal(chain.config, chain.password)
    try:
        central_report = day_report(central_journal, since, until, training=True)
    finally:
        central_journal.close()
    assert central_report == sum_reports(reports, since, until), "chain report != sum"
    return {
        "sales": len(local),
        "orders": len(taken),
        "lags": sorted(float(lag) for (lag,) in lags if lag is not None),
        "rows_pushed": pushed,
        "claims": len(claims),
        "matched": sum(1 for *_, how in claims if how == "matched"),
    }


def figures(run: LoadRun, counted: dict[str, Any]) -> str:
    lags = counted["lags"] or [0.0]
    p50 = statistics.median(lags)
    p99 = lags[min(len(lags) - 1, round(0.99 * (len(lags) - 1)))]
    return (
        f"{run.plan.counters} counter processes ({run.processes} started, {run.kills} "
        f"SIGKILLed, {run.cuts} link cut of {run.plan.cut_for_s:.1f} s, "
        f"{run.refused_while_cut} connections refused while cut): {counted['sales']} sales, "
        f"{counted['orders']} orders in {run.selling_s:.1f} s = "
        f"{counted['sales'] / run.selling_s:.2f} sales/s; sync lag p50 {p50 * 1000:.0f} ms, "
        f"p99 {p99 * 1000:.0f} ms; {counted['rows_pushed']} rows pushed; settled in "
        f"{run.settle_s:.1f} s ({run.rounds} rounds); {counted['claims']} claims, "
        f"{counted['matched']} of them matched by package"
    )
