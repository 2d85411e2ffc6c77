"""``python -m app.headless``: the counter without Qt, against a sandbox served over HTTP.

For crash tests and scripted checks of a training room. It builds the real provider
clients (eSIMfly with HMAC, Octopus with its Bearer session) over one ``httpx.Client``
whose base URL is the sandbox's, with the sandbox's default credentials, and a
:class:`~app.counter.Counter` on the journal file given::

    python -m app.headless --journal J --sandbox-url URL list-plans --destination DE
    python -m app.headless --journal J --sandbox-url URL --provider esimfly \\
        sell --destination DE --plan-id esimfly:de-7days-1gb [--kill-at answered]
    python -m app.headless --journal J --sandbox-url URL reconcile [--wait] [--kill-at probed]
    python -m app.headless --journal J --sandbox-url URL \\
        shift --destination DE --plan-id P [--plan-id Q ...] --count N [--kill-at probing]
    python -m app.headless --journal J --sandbox-url URL refund <sale reference> \\
        [--position N] --reason TEXT [--approved-by NAME] [--kind shop_loss|claimed] \\
        [--note TEXT] [--kill-at refund_journalled|refund_answered]

Output is one plain line per result, ``key=value`` words after the first. ``list-plans``
separates its words with tabs (plan names have spaces), the others with spaces::

    PLAN id=<plan id> provider=<p> price=<amount> <currency> name=<name>
    SALE <STATUS> reference=<uuid> provider=<p> order=<id> iccid=<iccid> code=<LPA string>

    REFUND <STATE> reference=<refund uuid> sale=<uuid> position=<n> kind=<kind> \
        amount=<amount> <currency> provider_amount=<amount>|-

``-`` stands for a value not known yet; several eSIMs are joined with commas. Errors are
printed as one sentence on stderr and the exit status is 1.

``reconcile --wait`` keeps reconciling, sleeping until the earliest ``recheck_at``,
until no sale is still inside its provider's processing window; each sale's last line
is printed. ``shift`` does what a counter's day does: reconcile as start-up does, then
sell ``--count`` sales of the plans given in turn (crash campaigns kill it anywhere);
its first line, ``SHIFT pid=<pid>``, says that start-up is over.

``--kill-at journalled|answered|probing|probed`` makes the process kill itself with
SIGKILL at that point (see ``Counter(checkpoint=...)``): after the sale is on disk and
before the request, after the provider answered and before the answer is journalled, or
around eSIMfly's request-id probe (journalled but not sent; answered, not journalled),
or around a refund's cancel (``refund_journalled``: REQUESTED on disk, nothing sent;
``refund_answered``: eSIMfly answered, nothing of it journalled).

``refund`` prints one REFUND line per eSIM refunded (eSIMfly cancels every eligible
eSIM of the order together); ``reconcile`` prints a REFUND line for every refund it
checked, after the sales. A refused refund is one sentence on stderr, exit status 1.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from datetime import date, timedelta

import httpx

from app.chain import headless as chain_headless
from app.claiming import NO_CHAIN, ChainWaitError
from app.core import countries
from app.core.countries import Destination
from app.core.errors import CounterError
from app.core.orders import Order, OrderStatus
from app.core.payment import Method, Payment
from app.core.plans import Plan, ProviderId
from app.core.pricing import PriceList
from app.core.quote import Quote
from app.core.refunds import Refund, RefundKind, RefundState
from app.core.secret import Secret
from app.counter import Counter, SaleOutcome
from app.journal import Journal
from app.providers.base import Provider
from app.providers.esimfly import STAMP_MARGIN, EsimflyProvider
from app.providers.http import RetryPolicy, Timeouts
from app.providers.octopus import IN_FLIGHT_MARGIN_S, OctopusProvider
from app.refunds import RefundOutcome
from app.sandbox import DEFAULTS
from app.till import cli as till_cli

KILL_POINTS = (
    "journalled",
    "answered",
    "probing",
    "probed",
    "refund_journalled",
    "refund_answered",
)
UNSET = "-"


class UsageError(CounterError):
    """A command line that names something that does not exist (a plan, a destination)."""


# -- building the counter ---------------------------------------------------------------


def build_providers(
    client: httpx.Client,
    sandbox_url: str,
    wanted: Sequence[ProviderId],
    timeouts: Timeouts,
    retry: RetryPolicy,
    in_flight_margin: float = IN_FLIGHT_MARGIN_S,
    stamp_margin: float = STAMP_MARGIN.total_seconds(),
) -> dict[ProviderId, Provider]:
    """The real provider clients against the sandbox, with its default credentials.

    ``in_flight_margin`` shortens Octopus's processing window for tests whose order
    timeout is a fraction of a second too; ``stamp_margin`` eSIMfly's (the sandbox
    stamps an order the moment it takes its request id)."""
    providers: dict[ProviderId, Provider] = {}
    if ProviderId.ESIMFLY in wanted:
        providers[ProviderId.ESIMFLY] = EsimflyProvider(
            client,
            sandbox_url,
            Secret(DEFAULTS.esimfly_access_code),
            Secret(DEFAULTS.esimfly_secret_key),
            timeouts=timeouts,
            retry=retry,
            stamp_margin=timedelta(seconds=stamp_margin),
        )
    if ProviderId.OCTOPUS in wanted:
        providers[ProviderId.OCTOPUS] = OctopusProvider(
            client,
            sandbox_url,
            Secret(DEFAULTS.octopus_api_key),
            Secret(DEFAULTS.octopus_api_secret),
            timeouts=timeouts,
            retry=retry,
            in_flight_margin=in_flight_margin,
        )
    return providers


def kill_checkpoint(kill_at: str | None) -> Callable[[str], None]:
    """A checkpoint that ends this process with SIGKILL at the named point, no clean-up."""

    def checkpoint(name: str) -> None:
        if name == kill_at:
            # Flush what was printed so far; SIGKILL itself leaves nothing a chance to run.
            sys.stdout.flush()
            sys.stderr.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    return checkpoint


def parse_destination(text: str) -> Destination:
    """``DE`` or ``DEU`` (a country), ``global``, or a region's name (``Europe``)."""
    value = text.strip()
    if not value:
        raise UsageError("No destination given.")
    if value.casefold() == "global":
        return countries.GLOBAL
    found = countries.country(value) if len(value) in (2, 3) else None
    return found or countries.region(value)


# -- output -----------------------------------------------------------------------------


def _word(value: str | None) -> str:
    """One space-free word of output: ``-`` when unknown."""
    if not value:
        return UNSET
    return "_".join(value.split())


def sale_line(order: Order) -> str:
    iccids = ",".join(_word(e.iccid) for e in order.esims) or UNSET
    codes = (
        ",".join(_word(str(e.activation) if e.activation else e.raw_code) for e in order.esims)
        or UNSET
    )
    return (
        f"SALE {order.status} reference={order.reference} provider={order.plan.provider} "
        f"order={_word(order.provider_order_id)} iccid={iccids} code={codes}"
    )


def plan_line(plan: Plan) -> str:
    price = f"{plan.price.amount} {plan.price.currency}"
    return f"PLAN\tid={plan.id}\tprovider={plan.provider}\tprice={price}\tname={plan.name}"


def _report(outcome: SaleOutcome) -> bool:
    """Print the sale's line (and its error on stderr); True when it needs no more work."""
    print(sale_line(outcome.order), flush=True)
    if outcome.error is not None:
        print(f"{outcome.order.reference}: {outcome.error.message}", file=sys.stderr)
    return outcome.error is None and outcome.order.status in (
        OrderStatus.DELIVERED,
        OrderStatus.PENDING,
        OrderStatus.FAILED,
        OrderStatus.CANCELLED,
    )


# -- commands ---------------------------------------------------------------------------


def _find_plan(counter: Counter, destination: Destination, plan_id: str) -> Plan:
    for plan in counter.plans(destination):
        if plan.id == plan_id:
            return plan
    raise UsageError(f"There is no plan {plan_id} for {destination.name}.")


def cmd_list_plans(counter: Counter, args: argparse.Namespace) -> int:
    destination = parse_destination(args.destination)
    plans = sorted(counter.plans(destination), key=lambda p: (p.provider, p.price.amount, p.id))
    for plan in plans:
        print(plan_line(plan))
    return 0


def cmd_sell(counter: Counter, args: argparse.Namespace) -> int:
    plan = _find_plan(counter, parse_destination(args.destination), args.plan_id)
    outcome = counter.sell(plan, args.quantity)
    _report(outcome)
    return 0 if outcome.order.status in (OrderStatus.DELIVERED, OrderStatus.PENDING) else 1


def reconcile_until_settled(
    counter: Counter, wait: bool, sleep: Callable[[float], None] = time.sleep
) -> list[SaleOutcome]:
    """Reconcile every unresolved sale; with ``wait``, again at each ``recheck_at`` until
    no sale is still inside its provider's processing window. Each sale's last outcome."""
    last: dict[str, SaleOutcome] = {}
    while True:
        outcomes = counter.reconcile_all(refunds=False)  # refunds: see cmd_reconcile
        last.update((o.order.reference, o) for o in outcomes)
        # (Not while the chain's database is away: that can last; the next run checks.)
        rechecks = [
            o.recheck_at
            for o in outcomes
            if o.recheck_at is not None and not isinstance(o.error, ChainWaitError)
        ]
        if not wait or not rechecks:
            return list(last.values())
        sleep(max(0.0, (min(rechecks) - counter.clock()).total_seconds()))


def refund_line(refund: Refund) -> str:
    provider = refund.provider_amount
    paid_back = "-" if provider is None else f"{provider.amount} {provider.currency}"
    return (
        f"REFUND {refund.state} reference={refund.reference} sale={refund.sale_reference} "
        f"position={refund.position} kind={refund.kind} "
        f"amount={refund.customer.amount} {refund.customer.currency} "
        f"provider_amount={_word(paid_back)}"
    )


def _report_refund(outcome: RefundOutcome) -> bool:
    """Print the refunds' lines (and the error on stderr); True when none needs more work
    now (REFUNDED, REFUSED, or PENDING_PROVIDER: the provider confirms later)."""
    for refund in outcome.refunds:
        print(refund_line(refund), flush=True)
    if outcome.error is not None:
        print(f"{outcome.refund.reference}: {outcome.error.message}", file=sys.stderr)
    return outcome.error is None and all(
        r.state not in (RefundState.REQUESTED, RefundState.SENT, RefundState.UNKNOWN)
        for r in outcome.refunds
    )


def cmd_reconcile(counter: Counter, args: argparse.Namespace) -> int:
    # All outcomes are printed, even when one provider is unreachable.
    settled = [_report(o) for o in reconcile_until_settled(counter, args.wait)]
    settled += [_report_refund(o) for o in counter.refunds.check_all()]
    return 0 if all(settled) else 1


def cmd_refund(counter: Counter, args: argparse.Namespace) -> int:
    outcome = counter.refunds.refund(
        args.reference,
        args.position,
        reason=args.reason,
        approved_by=args.approved_by,
        kind=None if args.kind is None else RefundKind(args.kind),
        note=args.note,
    )
    done = _report_refund(outcome)
    return 0 if done and outcome.refund.state is not RefundState.REFUSED else 1


def cmd_shift(counter: Counter, args: argparse.Namespace) -> int:
    # Start-up is done (journal open, clients built): a crash campaign times its kill
    # from this line, so kills land in the work, not in the imports.
    print(f"SHIFT pid={os.getpid()}", flush=True)
    for outcome in counter.reconcile_all():
        _report(outcome)
    destination = parse_destination(args.destination)
    plans = {plan.id: plan for plan in counter.plans(destination)}
    missing = [p for p in args.plan_id if p not in plans]
    if missing:
        raise UsageError(f"There is no plan {missing[0]} for {destination.name}.")
    sync = getattr(args, "chain_sync", None)
    for number in range(args.count):
        plan = plans[args.plan_id[number % len(args.plan_id)]]
        quote, payment = paid_in_cash(plan)
        _report(counter.sell(plan, quote=quote, payment=payment))
        if sync is not None:
            sync.push_now()  # a chain's counter pushes each sale as it is journalled
            # Another counter's late push may have bumped one of our matches: give the
            # order back now, not at the next start-up (docs/decisions.md, issue 16 X16).
            for recheck in counter.recheck_bumped():
                _report(recheck)
    return 0


def paid_in_cash(plan: Plan) -> tuple[Quote, Payment]:
    """A shift sells as a till does: at the default price list's price, paid in cash
    before the order leaves, so a crash campaign also proves the money is never lost."""
    quote = PriceList().quote(plan, today=date.today())
    return quote, Payment.single(Method.CASH, quote.gross, quote.gross)


COMMANDS: dict[str, Callable[[Counter, argparse.Namespace], int]] = {
    "list-plans": cmd_list_plans,
    "sell": cmd_sell,
    "reconcile": cmd_reconcile,
    "shift": cmd_shift,
    "till": till_cli.run,  # issue 15: open / x / close / payin / payout
    "refund": cmd_refund,
}


# -- command line -----------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m app.headless",
        description="Sell and reconcile eSIMs against the sandbox, without the window.",
    )
    parser.add_argument("--journal", required=True, help="the journal file (created if absent)")
    parser.add_argument("--sandbox-url", required=True, help="e.g. http://127.0.0.1:8000")
    parser.add_argument(
        "--provider",
        choices=[p.value for p in ProviderId],
        action="append",
        help="provider account(s) to use (repeatable); default: both",
    )
    parser.add_argument("--clerk", default="", help="clerk name written with each sale")
    parser.add_argument("--connect-timeout", type=float, default=5.0, help="seconds")
    parser.add_argument("--read-timeout", type=float, default=10.0, help="seconds")
    parser.add_argument("--order-timeout", type=float, default=75.0, help="seconds")
    parser.add_argument(
        "--in-flight-margin",
        type=float,
        default=IN_FLIGHT_MARGIN_S,
        help="seconds past the order timeout an Octopus order may still appear (tests)",
    )
    parser.add_argument(
        "--stamp-margin",
        type=float,
        default=STAMP_MARGIN.total_seconds(),
        help="seconds after a probe's answer eSIMfly may still stamp an order (tests)",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="log everything to stderr, not just errors"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    plans = commands.add_parser("list-plans", help="print the plans for one destination")
    plans.add_argument("--destination", required=True, help="DE, DEU, Europe or global")

    sell = commands.add_parser("sell", help="sell one plan and print the outcome")
    sell.add_argument("--destination", required=True, help="the plan's destination (DE, ...)")
    sell.add_argument("--plan-id", required=True, help="as list-plans prints it")
    sell.add_argument("--quantity", type=int, default=1)
    sell.add_argument(
        "--kill-at", choices=KILL_POINTS, help="SIGKILL this process at that point (tests)"
    )

    reconcile = commands.add_parser("reconcile", help="resolve every unresolved sale")
    reconcile.add_argument(
        "--wait",
        action="store_true",
        help="check again until no sale is still inside its processing window",
    )
    reconcile.add_argument(
        "--kill-at", choices=KILL_POINTS, help="SIGKILL this process at that point (tests)"
    )

    shift = commands.add_parser("shift", help="reconcile, then sell --count sales")
    shift.add_argument("--destination", required=True, help="the plans' destination (DE, ...)")
    shift.add_argument("--plan-id", required=True, action="append", help="repeatable")
    shift.add_argument("--count", type=int, default=1)
    shift.add_argument(
        "--kill-at", choices=KILL_POINTS, help="SIGKILL this process at that point (tests)"
    )
    till_cli.add_parser(commands)
    chain_headless.add_arguments(parser)

    refund = commands.add_parser("refund", help="refund one eSIM of a delivered sale")
    refund.add_argument("reference", help="the sale's reference")
    refund.add_argument("--position", type=int, default=0, help="the eSIM (0 = the first)")
    refund.add_argument("--reason", required=True, help="why, in the clerk's words")
    refund.add_argument("--approved-by", help="the manager who approved it")
    refund.add_argument(
        "--kind",
        choices=[str(RefundKind.SHOP_LOSS), str(RefundKind.CLAIMED)],
        help="Octopus only: the shop's loss (default) or claimed from Octopus",
    )
    refund.add_argument("--note", help="for the owner (a claim's ticket, ...)")
    refund.add_argument(
        "--kill-at", choices=KILL_POINTS, help="SIGKILL this process at that point (tests)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.ERROR,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    wanted = [ProviderId(p) for p in args.provider] if args.provider else list(ProviderId)
    timeouts = Timeouts(
        connect=args.connect_timeout, read=args.read_timeout, order=args.order_timeout
    )
    kill_at = getattr(args, "kill_at", None)
    try:
        with ExitStack() as stack:
            client = stack.enter_context(httpx.Client())
            journal = stack.enter_context(Journal(args.journal))
            providers = build_providers(
                client,
                args.sandbox_url,
                wanted,
                timeouts,
                RetryPolicy(attempts=2),
                args.in_flight_margin,
                args.stamp_margin,
            )
            chain = chain_headless.build(args, args.journal, args.sandbox_url, wanted)
            if chain is not None:
                stack.callback(chain.close)
                chain.claims.register()
                chain.sync.start()
                args.chain_sync = chain.sync
            counter = Counter(
                providers,
                journal,
                training=True,
                clerk=args.clerk,
                checkpoint=kill_checkpoint(kill_at),
                claims=NO_CHAIN if chain is None else chain.claims,
            )
            return COMMANDS[args.command](counter, args)
    except CounterError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except ValueError as exc:  # a quantity out of range, and the like
        print(str(exc), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
