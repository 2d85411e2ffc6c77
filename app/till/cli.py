"""``python -m app.headless ... till open|x|close|payin|payout``: the shift without the
window, on the headless counter (training mode, like every headless sale).

Output is one line per fact, ``key=value`` words after the first::

    SHIFT OPEN number=<n> float=<amount> <currency>
    REPORT <X|Z> shift=<n> z=<number or -> sales=<n> gross=<amount> refunds=<amount>
        expected=<amount> counted=<amount or -> difference=<amount or -> currency=<c>
    PROVIDER <p> movement=<amount or -> charged=<amount> difference=<amount or -> explain=<refs>
    CASH <pay_in|pay_out> amount=<amount> <currency>
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from app.core.money import Money
from app.counter import Counter
from app.journal import Journal
from app.till.balances import readings
from app.till.model import MoveKind
from app.till.report_model import ShiftReport


def add_parser(commands: Any) -> None:
    """The ``till`` command and its own sub-commands, on headless's parser."""
    till = commands.add_parser("till", help="open a shift, X report, Z close, petty cash")
    steps = till.add_subparsers(dest="step", required=True)
    opened = steps.add_parser("open", help="open a shift with its float")
    opened.add_argument("--float", dest="amount", required=True, type=Decimal)
    opened.add_argument("--currency", default="USD")
    steps.add_parser("x", help="print the X report of the open shift")
    closed = steps.add_parser("close", help="Z: close the open shift with the cash counted")
    closed.add_argument("--counted", required=True, type=Decimal)
    for kind in ("payin", "payout"):
        move = steps.add_parser(kind, help=f"record a {kind[:3]}-{kind[3:]} of petty cash")
        move.add_argument("amount", type=Decimal)
        move.add_argument("--reason", required=True)


def _word(money: Money | None) -> str:
    return "-" if money is None else str(money.amount)


def _print(report: ShiftReport) -> None:
    drawer = report.drawer
    print(
        f"REPORT {report.kind} shift={report.shift} z={report.z_number or '-'} "
        f"sales={report.sales} gross={report.gross.amount} refunds={report.refunds.amount} "
        f"expected={drawer.expected.amount} counted={_word(drawer.counted)} "
        f"difference={_word(drawer.difference)} currency={report.currency}"
    )
    for line in report.providers:
        refs = ",".join(e.reference for e in line.explaining) or "-"
        print(
            f"PROVIDER {line.provider} movement={_word(line.movement)} "
            f"charged={line.journal_net.amount} difference={_word(line.difference)} "
            f"explain={refs}"
        )


def run(counter: Counter, args: argparse.Namespace) -> int:
    journal = counter.journal
    assert isinstance(journal, Journal)
    mode, clerk = counter.training, counter.clerk
    if args.step == "open":
        shift = journal.open_shift(
            opened_by=clerk,
            opening_float=Money(args.amount, args.currency),
            balances=readings(counter.balances()),
            training=mode,
        )
        print(f"SHIFT OPEN number={shift.number} float={shift.opening_float.amount} "
              f"{shift.opening_float.currency}")  # fmt: skip
    elif args.step == "x":
        balances = readings(counter.balances())
        _print(journal.x_report(made_by=clerk, balances=balances, training=mode))
    elif args.step == "close":
        current = journal.current_shift(training=mode)
        currency = current.opening_float.currency if current else "USD"
        _, report = journal.close_shift(
            closed_by=clerk,
            counted=Money(args.counted, currency),
            balances=readings(counter.balances()),
            training=mode,
        )
        _print(report)
    else:
        kind = MoveKind.PAY_IN if args.step == "payin" else MoveKind.PAY_OUT
        current = journal.current_shift(training=mode)
        currency = current.opening_float.currency if current else "USD"
        move = journal.record_cash_move(
            kind, Money(args.amount, currency), args.reason, clerk=clerk, training=mode
        )
        print(f"CASH {move.kind} amount={move.amount.amount} {move.amount.currency}")
    return 0
