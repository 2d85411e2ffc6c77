"""The window's link to its chain (issue 16): the sync started and stopped with the
settings, the indicator in the status bar, and the Chain menu (Chain reports…, Push now);
with the sync, the pulls of the chain's central data and the rechecks of bumped matches
(app/ui/chain_central.py).

Made with the panes (after the first paint): nothing of the chain, psycopg least of all,
loads before the window is on screen, and nothing at all for a counter in no chain. The
password is read from the keyring on the Runner and kept in memory only (as Octopus
tokens are); the sync runs on its own daemon thread (``ChainSync``); the GUI thread only
starts it, asks its status through the Runner, and stops it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.chain_central import CentralFeed
from app.ui.chain_tab import current_config
from app.ui.runner import Runner
from app.ui.sync_indicator import SyncIndicator

if TYPE_CHECKING:
    from app.chain.config import ChainConfig
    from app.chain.status import SyncStatus
    from app.core.secret import Secret
    from app.journal import Journal
    from app.secrets import SecretStore
    from app.ui.chain_reports import ChainReportsWindow

log = logging.getLogger(__name__)


class ChainLink(QObject):
    notice = Signal(str)  # a sentence for the status bar
    changed = Signal()  # joined, left, or the sync (re)started

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        runner: Runner,
        store: Callable[[], SecretStore | None],  # made on first use (slow to import)
        *,
        locale: str = "en_US",
        language: str = "en",
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._runner = runner
        self._store = store
        self._locale, self._language = locale, language
        self.config: ChainConfig | None = None
        self.password: Secret | None = None
        self.sync: Any = None  # a ChainSync while joined and its journal is open
        self._journal: Journal | None = None
        self.reports: ChainReportsWindow | None = None
        self.indicator = SyncIndicator(runner, window)
        self.indicator.push_requested.connect(self.push_now)
        self.indicator.shown_status.connect(self._status_seen)
        # The chain's prices, clerks and shop lines, and bumped matches given back.
        self.central = CentralFeed(window, settings, runner)
        self.central.notice.connect(self.notice)
        self.central.applied.connect(lambda _pulled: self.indicator.poll())
        self._last_push_at: datetime | None = None
        window.statusBar().addPermanentWidget(self.indicator)
        menu = QMenu(self.tr("C&hain"), window)
        window.menuBar().addMenu(menu)
        self.menu = menu
        self.reports_action = menu.addAction(self.tr("Chain &reports…"))
        self.reports_action.triggered.connect(self.open_reports)
        self.push_action = menu.addAction(self.tr("&Push now"))
        self.push_action.triggered.connect(self.push_now)
        self._show_menu()

    @property
    def joined(self) -> bool:
        return self.config is not None

    def _show_menu(self) -> None:
        # Only a counter in a chain has a Chain menu (and reports to open).
        self.menu.menuAction().setVisible(current_config(self._settings) is not None)

    def secret_store(self) -> SecretStore | None:
        return self._store()

    # -- following the settings and the journal -----------------------------------------

    def journal_opened(self, journal: Journal | None) -> None:
        """The counter (re)opened, maybe after the settings changed: (re)start the sync
        when the chain, the password or the journal is not the one it runs with."""
        self._show_menu()
        config = current_config(self._settings)
        if config is None:
            self._stop()
            self.config, self.password = None, None
            self.indicator.follow(None)
            self.changed.emit()
            return
        if journal is None:
            return
        store = self.secret_store()
        if store is None:
            self.notice.emit(self.tr("The chain needs the keyring, which is not available."))
            return
        from app.ui.chain_tasks import sync_password

        self._runner.run(
            lambda: sync_password(store),
            lambda password: self._start(config, password, journal),
            self._password_failed,
            owner=self,
            key="chain-password",
        )

    def _password_failed(self, error: BaseException) -> None:
        from app.ui.chain_messages import describe_chain

        self.notice.emit(describe_chain(error))

    def _start(self, config: ChainConfig, password: Secret | None, journal: Journal) -> None:
        if (
            self.sync is not None
            and config == self.config
            and password == self.password
            and journal is self._journal
        ):
            return  # already syncing exactly this
        self._stop()
        self.config, self.password, self._journal = config, password, journal
        if password is None:
            self.notice.emit(
                self.tr("The chain's password is not in the keyring: type it in Settings › Chain.")
            )
        from app.ui.chain_tasks import make_sync

        self.sync = make_sync(config, password, journal)
        self.sync.start()
        self._last_push_at = None
        self.indicator.follow(self.sync.status)
        self.central.start(config, password, journal, self.sync)
        self.changed.emit()

    def _stop(self) -> None:
        """Stop the push loop off the GUI thread: it may be in the middle of a push."""
        self.central.stop()  # (leaving the chain: its data stays as last applied)
        sync, self.sync = self.sync, None
        if sync is not None:
            self._runner.run(sync.stop)

    def stop(self) -> None:
        """On quitting, once the window is hidden: stop the push loop and wait for it
        (briefly: between pushes it is only waiting); what waits is pushed next time.
        With the server in reach, it also pushes the rest and signs off
        (``Pusher.sign_off``): other counters' matches then do not wait for a counter that
        is switched off. Offline, quitting does not wait for the server."""
        from app.chain.status import SyncState

        shown = self.indicator.status
        self.indicator.follow(None)
        self.central.stop()
        sync, self.sync = self.sync, None
        if sync is not None:
            reachable = (SyncState.IN_SYNC, SyncState.BEHIND)
            sync.stop(sign_off=shown is not None and shown.state in reachable)

    def _status_seen(self, status: SyncStatus) -> None:
        """A push reached the server: another counter's direct answer pushed before it
        may have bumped one of this counter's matches; give those back now."""
        if status.last_push_at is not None and status.last_push_at != self._last_push_at:
            self._last_push_at = status.last_push_at
            self.central.recheck()
            if self.central.offline is not None:
                self.central.pull()  # the link is back: fresh data, and no "offline" left

    # -- the menu and the indicator ---------------------------------------------------------

    def push_now(self) -> None:
        sync = self.sync
        if sync is None:
            return
        # (It only wakes the push loop; the indicator says "pushing…" until it answers.)
        if self.central.offline is not None:
            self.central.pull()  # the clerk asks to try the link: the pull tries too
        self._runner.run(sync.push_now, lambda _r: self.indicator.poll(), owner=self)

    def open_reports(self) -> None:
        """Behind the owner's gate: the reports show every counter's cost and margin."""
        gate = getattr(self._window, "clerk_gate", None)
        if gate is None:
            self._open_reports()
            return
        from app.till.roles import Action

        gate.may(Action.MARGINS, self._open_reports)

    def _open_reports(self) -> None:
        config = self.config or current_config(self._settings)
        if config is None:
            return
        if self.reports is not None and shiboken6.isValid(self.reports):
            self.reports.load_names()  # what the chain pushed since it was last open
            self.reports.refresh()
            self.reports.show()
            self.reports.raise_()
            return
        from app.ui.chain_reports import ChainReportsWindow

        store = self.secret_store()
        self.reports = ChainReportsWindow(
            config,
            self.password,
            store,
            self._runner,
            locale=self._locale,
            language=self._language,
            parent=self._window,
        )
        self.reports.show()
