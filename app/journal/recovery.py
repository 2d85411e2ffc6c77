"""Setting a damaged journal aside, so a new one can start while the old file is kept."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from app.journal.errors import JournalError

log = logging.getLogger(__name__)

# SQLite's companions of a journal file: they belong to it and move with it.
_COMPANIONS = ("-wal", "-shm")


def set_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<stem>.damaged-<YYYYmmdd-HHMMSS><suffix>``
    beside it; return the new path. Nothing is deleted: support may recover sales from it.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    number = 1
    while any(Path(f"{target}{c}").exists() for c in ("", *_COMPANIONS)):
        number += 1  # two set aside within one second
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{number}{path.suffix}")
    try:
        path.rename(target)
        for companion in _COMPANIONS:
            source = Path(f"{path}{companion}")
            if source.exists():
                source.rename(f"{target}{companion}")
    except OSError as exc:
        raise JournalError(
            f"The damaged journal {path} could not be set aside ({exc.strerror}); "
            f"move it away by hand, then start the counter again."
        ) from exc
    log.warning("journal: damaged file %s set aside as %s", path, target)
    return target
