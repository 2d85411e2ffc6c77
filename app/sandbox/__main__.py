"""``python -m app.sandbox``: serve the sandbox for a training room until interrupted."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from decimal import Decimal, InvalidOperation
from types import FrameType

from app.sandbox.config import DEFAULTS, SandboxConfig
from app.sandbox.sandbox import Sandbox
from app.sandbox.server import serve


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox",
        description="Simulated eSIMfly and Octopus Cards APIs for the eSIM Counter.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--esimfly-access-code", default=DEFAULTS.esimfly_access_code)
    parser.add_argument("--esimfly-secret-key", default=DEFAULTS.esimfly_secret_key)
    parser.add_argument("--esimfly-currency", choices=("USD", "IQD"), default="USD")
    parser.add_argument("--octopus-api-key", default=DEFAULTS.octopus_api_key)
    parser.add_argument("--octopus-api-secret", default=DEFAULTS.octopus_api_secret)
    parser.add_argument("--balance", type=_decimal, default=DEFAULTS.balance, help="USD")
    parser.add_argument(
        "--clock-scale", type=float, default=1.0, help="real seconds per simulated second waited"
    )
    parser.add_argument("--pending-after", type=float, default=90.0, help="simulated seconds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    config = SandboxConfig(
        esimfly_access_code=args.esimfly_access_code,
        esimfly_secret_key=args.esimfly_secret_key,
        esimfly_currency=args.esimfly_currency,
        octopus_api_key=args.octopus_api_key,
        octopus_api_secret=args.octopus_api_secret,
        balance=args.balance,
        clock_scale=args.clock_scale,
        pending_after_seconds=args.pending_after,
        seed=args.seed,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    with serve(Sandbox(config), args.host, args.port) as handle:
        print(f"eSIM Counter sandbox listening on {handle.url}", flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
