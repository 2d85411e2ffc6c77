"""The headless counter in a chain (``python -m app.headless --chain-host ...``): the load
test's counter processes and scripted checks of a chain.

Builds, from the command line, what the window builds from Settings: the register of
claims (:class:`app.chain.claims.ChainClaims`) for the Counter and the push loop
(:class:`app.chain.sync.ChainSync`) on its own thread. The password comes from the
environment variable :data:`app.chain.config.PASSWORD_ENV`, never from argv.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.plans import ProviderId

if TYPE_CHECKING:  # psycopg loads only in a process that joins a chain (see build)
    from app.chain.claims import ChainClaims
    from app.chain.config import ChainConfig
    from app.chain.sync import ChainSync
    from app.core.secret import Secret

PASSWORD_ENV = "ESIM_CHAIN_PASSWORD"  # app.chain.config.PASSWORD_ENV, without its imports


def add_arguments(parser: argparse.ArgumentParser) -> None:
    chain = parser.add_argument_group("chain (issue 16; the password from $" + PASSWORD_ENV + ")")
    chain.add_argument("--chain-host", help="the chain's PostgreSQL host (off without it)")
    chain.add_argument("--chain-port", type=int, default=5432)
    chain.add_argument("--chain-db", default="esim_chain")
    chain.add_argument("--chain-user", default="esim_counter")
    chain.add_argument("--chain-shop", default="shop-1")
    chain.add_argument("--chain-counter", default="", help="this counter's name in the chain")
    chain.add_argument("--chain-sslmode", default="verify-full", help="disable: tests only")
    chain.add_argument("--chain-timeout", type=float, default=2.0, help="connect, seconds")
    chain.add_argument(
        "--chain-push-every", type=float, default=0.5, help="seconds between pushes (tests)"
    )


@dataclass
class HeadlessChain:
    config: ChainConfig
    password: Secret | None
    claims: ChainClaims
    sync: ChainSync
    timeout_s: float

    def close(self) -> None:
        """Stop the push loop, then push what is left once and sign off (best effort): a
        counter that ends its shift normally leaves nothing waiting when the link is up,
        and other counters' matches stop waiting for it."""
        from app.chain.connection import ChainError

        self.sync.stop()
        try:
            self.sync.pusher.sign_off()
        except ChainError:
            pass  # pushed by the next run
        finally:
            self.sync.pusher.close()


def build(
    args: argparse.Namespace, journal_path: str, sandbox_url: str, wanted: Sequence[ProviderId]
) -> HeadlessChain | None:
    """The chain's parts for this process, or None when ``--chain-host`` is not given."""
    if not args.chain_host:
        return None
    from app.chain import config as chain_config
    from app.chain.claims import ChainClaims, account_key
    from app.chain.connection import connect
    from app.chain.push import Pusher
    from app.chain.sync import ChainSync
    from app.core.secret import Secret

    assert chain_config.PASSWORD_ENV == PASSWORD_ENV
    counter = args.chain_counter or os.path.basename(journal_path)
    config = chain_config.ChainConfig(
        host=args.chain_host,
        port=args.chain_port,
        dbname=args.chain_db,
        user=args.chain_user,
        shop=args.chain_shop,
        counter=counter,
        sslmode=args.chain_sslmode,
    )
    env = os.environ.get(PASSWORD_ENV, "")
    password = Secret(env) if env else None
    timeout_s = args.chain_timeout
    # One sandbox = one account per provider for every counter pointed at it.
    accounts = {provider: account_key(provider, sandbox_url) for provider in wanted}
    claims = ChainClaims(
        lambda: connect(config, password, timeout_s=timeout_s),
        shop=config.shop,
        counter=counter,
        accounts=accounts,
    )
    pusher = Pusher(journal_path, config, password, timeout_s=timeout_s)
    every = args.chain_push_every
    sync = ChainSync(pusher, interval_s=every, base_s=every, cap_s=max(every, 2.0))
    return HeadlessChain(config, password, claims, sync, timeout_s)
