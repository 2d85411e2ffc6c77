"""The chain under load (issue 16): N counter processes selling at once against one sandbox
and one PostgreSQL, the link cut and restored, counters SIGKILLed and restarted.

    .venv/bin/python bench/chain_load.py [--counters 8] [--sales 10] [--kills 3]
                                         [--cut-for 3] [--seed N]

Starts its own PostgreSQL (Debian's ``postgresql`` binaries, a throw-away cluster as the
tests use, ``tests/chain/pg_server.py``) and a sandbox served over HTTP on 127.0.0.1; the
counters reach PostgreSQL through a TCP proxy that drops every connection for
``--cut-for`` seconds a second into the run. What runs and what is checked afterwards is
``tests/chain/load.py`` (the test ``tests/chain/test_load.py`` is the short version):
every order the sandbox took is held once centrally and by its own sale on the counter
that sold it, no order is claimed twice, and the chain's day report equals the sum of
the counters' own. Then it prints sales per second (all sales journalled over the
selling phase's wall time, start-ups included), the sync lag (a sale row's last journal
write to its central ``pushed_at``; p50 and p99), rows pushed and the claims.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from app.chain.config import ChainConfig  # noqa: E402
from app.chain.connection import connect  # noqa: E402
from app.chain.migrations import migrate  # noqa: E402
from app.core.secret import Secret  # noqa: E402
from app.sandbox import Sandbox, SandboxConfig, serve  # noqa: E402
from app.sandbox.config import OCTOPUS_SANDBOX_RATE_LIMITS  # noqa: E402
from tests.chain.load import Chain, LoadPlan, check, figures, run_counters, settle  # noqa: E402
from tests.chain.pg_server import PgServer, find_bindir  # noqa: E402
from tests.chain.proxy import TcpProxy  # noqa: E402
from tests.crash.test_kill_points import cheapest_plan  # noqa: E402


@contextlib.contextmanager
def chain_server() -> Iterator[tuple[PgServer, Chain]]:
    """A throw-away PostgreSQL with the chain's schema and a login role ``counter``."""
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
    server = PgServer(bindir).init()
    try:
        server.start()
        password = Secret("bench-" + server.password)
        with psycopg.connect(server.admin_conninfo(), autocommit=True) as conn:
            conn.execute(
                f"CREATE ROLE counter LOGIN PASSWORD '{password.reveal()}'"  # type: ignore[arg-type]
            )
            conn.execute("CREATE DATABASE chain OWNER counter")
        config = ChainConfig(
            host=server.host,
            port=server.port,
            dbname="chain",
            user="counter",
            shop="shop-1",
            counter="bench",
            sslmode="disable",
        )
        with connect(config, password, autocommit=True) as conn:
            migrate(conn)
        yield server, Chain(config, password)
    finally:
        server.destroy()


def sandbox() -> Sandbox:
    unlimited = dict.fromkeys(OCTOPUS_SANDBOX_RATE_LIMITS, 1_000_000)
    return Sandbox(
        SandboxConfig(
            clock_scale=0.001,
            balance=Decimal(10_000_000),
            esimfly_rate_limit=1_000_000,
            octopus_rate_limits=unlimited,
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--counters", type=int, default=8)
    parser.add_argument("--sales", type=int, default=10, help="per counter process")
    parser.add_argument("--kills", type=int, default=3, help="counters SIGKILLed at random")
    parser.add_argument("--cut-for", type=float, default=3.0, help="seconds the link is cut")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    seed = args.seed or random.SystemRandom().randrange(1, 10**6)
    plan = LoadPlan(
        counters=args.counters,
        sales=args.sales,
        kills=args.kills,
        cut_for_s=args.cut_for,
        seed=seed,
    )
    simulated = sandbox()
    with (
        chain_server() as (_, chain),
        serve(simulated, host="127.0.0.1", port=0) as handle,
        tempfile.TemporaryDirectory(prefix="chain-load-") as workdir,
        TcpProxy(chain.config.host, chain.config.port) as proxy,
    ):
        plan_ids = [cheapest_plan(handle.url, p).id for p in ("esimfly", "octopus")]
        through_proxy = Chain(replace(chain.config, port=proxy.port), chain.password)
        run = run_counters(handle.url, through_proxy, proxy, Path(workdir), plan, plan_ids)
        settle(handle.url, through_proxy, run)
        counted = check(simulated, chain, run)
    lags = counted["lags"]
    print(f"chain load, seed {seed}, Python {sys.version.split()[0]}")
    print(figures(run, counted))
    print(f"sync lag: {len(lags)} sale rows; max {max(lags, default=0) * 1000:.0f} ms")
    print("checked: every order once centrally and on its own counter; no order claimed")
    print("         twice; the chain's day report equals the sum of the counters' reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
