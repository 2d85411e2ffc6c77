"""The chain's central data in the window (issue 16), and the matched sales another
counter's push bumped, given back while the window runs.

Pulls: when the sync starts (the last copy on disk first, so a counter started offline
sells with the chain's prices at once, then the database), then every :data:`PULL_MS`.
``CentralData.pull`` (psycopg, the JSON copy) runs on the Runner; what arrives is applied
on the GUI thread through the window's own stores, so nothing else needs to know where a
value came from: the price list through ``PricingSource.save`` (the table, the sell panel,
the payment step and a restart offline all read it there), the shop's lines in the
settings the receipts read, the clerks into the journal (on the Runner) and then
``ClerkGate.reload``. Each change is said once in the status bar, not every minute.

Rechecks: ``Counter.recheck_bumped`` on the Runner, one at a time, after a push or a pull
reached the server; each outcome goes through the sale flow's follow-up (the pending
list, the announcement of a delivered eSIM), as the checks a clerk asks for do.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app import settings_schema as schema
from app.core.pricing_codec import dumps
from app.ui import locale_text, pricing_source
from app.ui.runner import BACKGROUND, Runner
from app.ui.settings_store import read, write

if TYPE_CHECKING:
    from app.chain.config import ChainConfig
    from app.chain.pull import Pulled
    from app.core.pricing import PriceList
    from app.core.secret import Secret
    from app.counter import SaleOutcome
    from app.journal import Journal

log = logging.getLogger(__name__)

PULL_MS = 60_000  # the owner's publication reaches every counter within a minute
SHOP_SETTINGS = (
    ("name", schema.SHOP_NAME),
    ("address", schema.SHOP_ADDRESS),
    ("tax_number", schema.SHOP_TAX_NUMBER),
)


class CentralFeed(QObject):
    notice = Signal(str)  # a sentence for the status bar
    shop_changed = Signal()  # the shop's lines in the settings changed (the header)
    applied = Signal(object)  # the Pulled just applied (tests and the screenshots wait)
    clerks_applied = Signal(int)  # how many clerks the chain's list changed
    rechecked = Signal(list)  # the outcomes of a recheck of bumped matches

    def __init__(self, window: QMainWindow, settings: QSettings, runner: Runner) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._runner = runner
        self.timer = QTimer(self)
        self.timer.setInterval(PULL_MS)
        self.timer.timeout.connect(self.pull)
        self._central: Any = None  # app.chain.pull.CentralData, made on the Runner
        self._journal: Journal | None = None
        self._sync: Any = None
        # Bumped on every start and stop: an answer of an earlier link is not applied.
        self._generation = 0
        self._pulling = False
        self._rechecking = False
        self._recheck_again = False
        self._offline_said = False
        self._problem_said: str | None = None
        self.last: Pulled | None = None
        # Why the last pull could not reach the server (None: it could), for the
        # indicator: a counter with nothing to push would otherwise look in sync.
        self.offline: str | None = None

    @property
    def pulling(self) -> bool:
        """A pull is out (a second one waits for it: the timer's tick is skipped)."""
        return self._pulling

    # -- started and stopped with the sync ----------------------------------------------

    def start(
        self, config: ChainConfig, password: Secret | None, journal: Journal, sync: Any
    ) -> None:
        self.stop()
        generation = self._generation
        self._journal, self._sync = journal, sync
        from app.ui.chain_tasks import central_data

        self._runner.run(
            lambda: central_data(config, password, journal),
            lambda made: self._made(generation, made),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def stop(self) -> None:
        """No more pulls (the data stays as last applied: a counter that leaves the
        chain sells on with the chain's last prices until the owner changes them)."""
        self._generation += 1
        self.timer.stop()
        self._central, self._journal, self._sync = None, None, None
        self._pulling = False
        self._offline_said, self._problem_said = False, None
        self.offline = None

    def _made(self, generation: int, made: tuple[Any, Pulled]) -> None:
        if generation != self._generation:
            return
        self._central, copy = made
        if copy.fetched_at is not None:
            # Until the first pull answers; that pull says whether the database is away.
            self._apply(copy, fresh=False)
        self.timer.start()
        self.pull()

    def pull(self) -> None:
        central = self._central
        if central is None or self._pulling:
            return
        self._pulling = True
        generation = self._generation
        self._runner.run(
            central.pull,
            lambda pulled: self._pulled(generation, pulled),
            lambda error: self._failed(generation, error),
            owner=self,
            priority=BACKGROUND,
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        # CentralData.pull returns the copy when the database is away; this is the copy
        # itself failing (the disk): the next pull tries again.
        if generation == self._generation:
            self._pulling = False
        log.warning("the chain's central data could not be read: %s", error)

    def _pulled(self, generation: int, pulled: Pulled) -> None:
        if generation != self._generation:
            return
        self._pulling = False
        self.offline = (pulled.problem or "") if pulled.from_copy else None
        self._apply(pulled, fresh=True)
        if not pulled.from_copy:
            # Another counter's push is seen here even when this counter sells nothing.
            self.recheck()

    # -- applying what arrived ------------------------------------------------------------

    def _apply(self, pulled: Pulled, *, fresh: bool) -> None:
        said: list[str] = []
        if pulled.fetched_at is not None and self._sync is not None:
            self._sync.note_central_copy(pulled.fetched_at)  # "prices from …" when offline
        version = pulled.versions
        if pulled.prices is not None and self._store_prices(pulled.prices):
            said.append(
                self.tr("The chain's price list (version %1) is now in use.").replace(
                    "%1", str(version.get("prices", ""))
                )
            )
        if pulled.shop is not None and self._store_shop(pulled.shop):
            said.append(
                self.tr("The chain's shop details (version %1) are now on the receipts.").replace(
                    "%1", str(version.get("shop", ""))
                )
            )
            self.shop_changed.emit()
        if pulled.clerks is not None:
            self._apply_clerks(pulled.clerks, version.get("clerks", 0))
        if fresh:
            said += self._state_sentences(pulled)
        self.last = pulled
        if said:
            self.notice.emit(" ".join(said))
        self.applied.emit(pulled)

    def _state_sentences(self, pulled: Pulled) -> list[str]:
        """Offline or a refused publication: said when it starts, not at every pull."""
        said: list[str] = []
        if pulled.from_copy:
            if not self._offline_said:
                self._offline_said = True
                said.append(self._offline_text(pulled.fetched_at))
            return said
        self._offline_said = False
        if pulled.problem != self._problem_said:
            self._problem_said = pulled.problem
            if pulled.problem:
                said.append(
                    self.tr(
                        "The chain's latest publication cannot be used, so the last good "
                        "copy stays in use. Ask the owner to publish it again. (%1)"
                    ).replace("%1", pulled.problem)
                )
        return said

    def _offline_text(self, fetched_at: datetime | None) -> str:
        if fetched_at is None:
            return self.tr(
                "The chain's database cannot be reached and this counter has no copy of "
                "its data yet: it sells with its own price list meanwhile."
            )
        when = locale_text.date_time(fetched_at.astimezone())  # Latin digits, one run
        return self.tr(
            "The chain's database cannot be reached: the counter sells on with the "
            "chain's prices and clerks as copied at %1."
        ).replace("%1", when)

    def _store_prices(self, prices: PriceList) -> bool:
        if self._settings.value(schema.PRICE_LIST.key) == dumps(prices):
            return False
        source = getattr(self._window, "pricing", None)
        if isinstance(source, pricing_source.PricingSource):
            source.save(prices)  # its `changed` shows the new prices everywhere
        else:
            pricing_source.save(self._settings, prices)
        return True

    def _store_shop(self, shop: dict[str, str]) -> bool:
        changed = False
        for field, setting in SHOP_SETTINGS:
            value = shop.get(field, "")
            if read(self._settings, setting) != value:
                try:
                    write(self._settings, setting, value)
                except ValueError as exc:  # a value the setting refuses: keep the local one
                    log.warning("the chain's shop %s cannot be used: %s", field, exc)
                    continue
                changed = True
        if changed:
            self._settings.sync()
        return changed

    def _apply_clerks(self, clerks: Any, version: int) -> None:
        journal = self._journal
        if journal is None:
            return
        from app.ui.chain_tasks import apply_clerks

        self._runner.run(
            lambda: apply_clerks(journal, clerks),
            lambda changed: self._clerks_applied(changed, version),
            lambda error: log.warning("the chain's clerks could not be applied: %s", error),
            owner=self,
            key="chain-clerks",
        )

    def _clerks_applied(self, changed: int, version: int) -> None:
        if changed:
            gate = getattr(self._window, "clerk_gate", None)
            if gate is not None:
                gate.reload()
            self.notice.emit(
                self.tr("The chain's clerks (version %1) can now sign in here.").replace(
                    "%1", str(version)
                )
            )
        self.clerks_applied.emit(changed)

    # -- bumped matches -------------------------------------------------------------------

    def recheck(self) -> None:
        """Give back the matches another counter's direct answer bumped, and check each
        sale again at once. Never two at once: a request meanwhile runs once after."""
        counter = getattr(self._window, "counter", None)
        if counter is None:
            return
        if self._rechecking:
            self._recheck_again = True
            return
        self._rechecking = True
        self._runner.run(
            counter.recheck_bumped,
            self._rechecked,
            self._recheck_failed,
            owner=self,
            priority=BACKGROUND,
        )

    def _rechecked(self, outcomes: list[SaleOutcome]) -> None:
        self._rechecking = False
        # Even after the chain was left: these sales changed in the journal already.
        flow = getattr(self._window, "flow", None)
        if flow is not None:
            for outcome in outcomes:
                flow.follow_up(outcome)
        self.rechecked.emit(outcomes)
        self._again()

    def _recheck_failed(self, error: BaseException) -> None:
        self._rechecking = False
        log.warning("bumped matches could not be checked again: %s", error)
        self._again()

    def _again(self) -> None:
        if self._recheck_again:
            self._recheck_again = False
            self.recheck()
