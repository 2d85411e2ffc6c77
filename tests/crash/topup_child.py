"""A counter process that sells one top-up and may SIGKILL itself at a checkpoint:
``python -m tests.crash.topup_child URL JOURNAL ICCID [KILL_AT]`` (the crash tests' own
headless counter, for the one sale ``app.headless`` has no command for)."""

from __future__ import annotations

import sys

import httpx

from app import topups
from app.core.plans import ProviderId
from app.counter import Counter
from app.headless import build_providers, kill_checkpoint
from app.journal import Journal
from app.providers.http import RetryPolicy, Timeouts


def main(argv: list[str]) -> int:
    url, journal_path, iccid, *rest = argv
    kill_at = rest[0] if rest else None
    timeouts = Timeouts(connect=2, read=5, order=60)
    with httpx.Client() as client, Journal(journal_path) as journal:
        providers = build_providers(client, url, [ProviderId.ESIMFLY], timeouts, RetryPolicy())
        counter = Counter(providers, journal, training=True, checkpoint=kill_checkpoint(kill_at))
        target = topups.target(counter, iccid)
        package = topups.packages(counter, target.iccid)[0]
        outcome = counter.sell(target.plan(package))
        print(outcome.order.status)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
