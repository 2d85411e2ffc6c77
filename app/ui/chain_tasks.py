"""The chain's background work for the UI (issue 16): Qt-free functions the Runner runs.

``check_chain`` is Test connection: connect with the password typed (or the one in the
keyring), then read the central schema's version, so "reachable" also means "set up".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.secret import Secret

if TYPE_CHECKING:
    from app.chain.config import ChainConfig
    from app.secrets import SecretStore

TEST_TIMEOUT_S = 5.0  # the owner is waiting on the Settings dialog


def check_chain(
    config: ChainConfig, typed: Secret | None, store: SecretStore | None
) -> tuple[int, int]:
    """Connect and check the schema; return ``(major, version)``. Raises the chain's
    errors (``ChainUnavailable``, ``ChainSchemaError``) or the keyring's."""
    from app.chain.config import read_password
    from app.chain.connection import connect
    from app.chain.migrations import check_compatible, read_version

    password = typed if typed is not None else read_password(store) if store else None
    with connect(config, password, timeout_s=TEST_TIMEOUT_S, autocommit=True) as conn:
        found = read_version(conn)
    check_compatible(found)
    return found


def chain_password(store: SecretStore) -> Secret | None:
    """The stored password (for the sync and the chain reports), read off the GUI thread."""
    from app.chain.config import read_password

    return read_password(store)
