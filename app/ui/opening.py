"""Opening the counter, in a worker: the factory's counter (or why there is none) and its
destinations. Qt-free; the window shows the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from app.core.countries import Destination
from app.core.errors import CounterError

if TYPE_CHECKING:
    from app.counter import Counter
    from app.journal import Journal
    from app.startup import Opened

# (settings values, the journal already open or None) -> the counter to sell with
CounterFactory = Callable[[dict[str, object], "Journal | None"], "Counter | Opened"]


@dataclass
class Opening:
    """The journal always; a counter and its destinations when it could open; why not
    when real accounts are set up but could not connect."""

    journal: Journal
    counter: Counter | None
    destinations: list[Destination]
    error: CounterError | None = None
    real: bool = False


def open_counter(
    factory: CounterFactory, values: dict[str, object], journal: Journal | None
) -> Opening:
    """Raises what the factory raises (a journal that cannot be used, a bug); a real
    counter whose providers all refuse gives an Opening without a counter."""
    made = factory(values, journal)
    # A factory gives a bare Counter, or an Opened (app.startup) that says more.
    # Counter and Opened are imported for types only (opening them imports the providers).
    counter = cast("Counter | None", getattr(made, "counter", made))
    opened_journal = cast(
        "Journal", getattr(made, "journal", None) or (counter.journal if counter else None)
    )
    real = bool(getattr(made, "real", counter is not None and not counter.training))
    if counter is None:
        return Opening(opened_journal, None, [], getattr(made, "error", None), real)
    try:
        destinations = counter.destinations()
    except CounterError as exc:
        if not real:
            raise
        return Opening(opened_journal, None, [], exc, real)
    warm_up()
    return Opening(opened_journal, counter, destinations, None, real)


def warm_up() -> None:
    """Import here, off the GUI thread, what the first sale's customer display needs and
    start-up left out: qrcode (and the PIL it pulls in) would otherwise load in the GUI
    thread between Sell and the QR."""
    import qrcode  # noqa: F401
