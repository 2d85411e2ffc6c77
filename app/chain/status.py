"""What the sync indicator shows: the counter's chain sync in one immutable value.

Qt-free and cheap to import (the UI reads it on every tick).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SyncState(StrEnum):
    OFF = "off"  # not joined to a chain
    IN_SYNC = "in_sync"  # nothing waits to be pushed
    BEHIND = "behind"  # rows wait, and the server is reachable (a push is under way)
    OFFLINE = "offline"  # rows may wait, and the last attempt could not reach the server


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: SyncState
    # Outbox entries not yet pushed (one entry per written row; rewrites of one row count
    # once each until pushed).
    waiting: int = 0
    # When the last push reached the central database (its COMMIT), UTC.
    last_push_at: datetime | None = None
    # A whole English sentence for logs and the tooltip; None when the last attempt worked.
    last_error: str | None = None
    # When the central data this counter sells with (price list, clerks, shop) was last
    # copied from the server (K16's pull); None: never.
    central_copy_at: datetime | None = None


OFF = SyncStatus(SyncState.OFF)
