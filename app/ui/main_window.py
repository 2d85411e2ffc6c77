"""The counter window: destination on the left, plans in the middle, the sale on the right,
unfinished sales below, the provider balances and the training banner on top."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QRect, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import settings_schema as schema
from app.core.countries import Destination
from app.core.errors import CounterError
from app.till.roles import Action
from app.ui import opening, till_wiring
from app.ui.destinations import DestinationPicker
from app.ui.lazy_qt import Qt, set_enum
from app.ui.mode_banner import ModeBanner
from app.ui.names import destination_name
from app.ui.opening import CounterFactory
from app.ui.runner import BACKGROUND, Runner
from app.ui.screen_fit import SCREEN_SHARE
from app.ui.settings_store import read, snapshot, wants_real

# The panes' modules are imported in _build_panes (after the first paint when the window
# is built in two stages); the methods that use them run only once the panes exist.
if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

    from app.core.money import Money
    from app.core.orders import Order
    from app.core.plans import ProviderId
    from app.counter import Counter
    from app.journal import Journal
    from app.secrets import SecretStore
    from app.ui.balance_label import BalanceLabel
    from app.ui.chain_link import ChainLink
    from app.ui.clerk_session import ClerkGate
    from app.ui.day_report import DayReportDialog
    from app.ui.history import HistoryDialog
    from app.ui.journal_problem import JournalProblem
    from app.ui.lookup_window import LookupWindow
    from app.ui.manager_override import ManagerOverride
    from app.ui.pending_list import PendingList
    from app.ui.plans_pane import PlansPane
    from app.ui.pricing_source import PricingSource
    from app.ui.receipt_flow import ReceiptFlow
    from app.ui.sale_flow import SaleFlow
    from app.ui.sell_panel import SellPanel
    from app.ui.settings_flow import SettingsFlow


log = logging.getLogger(__name__)
TITLE_BAR = 40  # px above the window that the window system adds (and a bit more)
OPEN_UNPAINTED_MS = 1000  # a window not painted by then opens its counter all the same


def quit_keys() -> list[QKeySequence]:
    """The platform's Quit keys, and Ctrl+Q where the platform has none (Windows)."""
    from PySide6.QtGui import QKeySequence

    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence("Ctrl+Q")
    return keys if ctrl_q in keys else [*keys, ctrl_q]


def add_action(menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
    """``menu.addAction(text, slot)`` without trying that call's overloads: some take a
    QKeySequence, which PySide would make (its enums) before the first paint; the keys
    come with the panes (``MainWindow._add_keys``)."""
    action = menu.addAction(text)
    action.triggered.connect(slot)
    return action


def initial_geometry(available: QRect, minimum: QSize) -> QRect:
    """Where the window opens: 90% of the screen's free area, centred; never smaller than
    the window can be, never larger than the screen (a fixed 1280×800 cut off the status
    bar and the pending list on a 1366×768 laptop)."""
    size = QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    size = size.expandedTo(minimum).boundedTo(available.size())
    geometry = QRect(available.topLeft(), size)
    geometry.moveCenter(available.center())
    # Centre the window with its title bar, which sits above the geometry asked for.
    down = min(TITLE_BAR // 2, available.bottom() - geometry.bottom())
    geometry.moveTop(geometry.top() + max(0, down))  # (not translate(): a tr() lookalike)
    return geometry


class MainWindow(QMainWindow):
    """``two_stage``: the frame (banner, header, destination search, menus) is built and
    painted first, the panes (plans, sale, unfinished sales) right after the first paint,
    then ``panes_built`` is emitted and ``panes_ready`` is True; the counter opens after
    that. Otherwise (tests, the smoke test) everything is built here."""

    panes_built = Signal()
    # Made by _build_panes.
    balance: BalanceLabel
    plans: PlansPane
    sell_panel: SellPanel
    pricing: PricingSource
    pending: PendingList
    flow: SaleFlow
    manager: ManagerOverride
    clerk_gate: ClerkGate
    receipts: ReceiptFlow
    chain: ChainLink

    def __init__(
        self,
        counter_factory: CounterFactory,
        settings: QSettings,
        *,
        training: bool,
        runner: Runner | None = None,
        locale: str = "en_US",
        language: str = "en",
        shop_name: str = "",
        display_timeout: int = 300,
        full_screen_display: bool = True,
        poll_delays: Sequence[float] | None = None,
        store: SecretStore | Callable[[], SecretStore] | None = None,
        journal_path: Path | None = None,
        two_stage: bool = False,
    ) -> None:
        super().__init__()
        self._opening_started = False  # see event()
        self.panes_ready = False
        self._pane_options = (display_timeout, full_screen_display, poll_delays)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("eSIM Counter"))
        self.runner = runner or Runner(self)
        self.counter: Counter | None = None
        self._settings = settings
        self._locale = locale
        self._language = language
        self._destination: Destination | None = None
        self._plans_generation = 0
        self._journal: Journal | None = None
        self._journal_path = journal_path  # None: the platform's default place
        self.journal_prompt: JournalProblem | None = None

        # Never a mode the counter is not in: real accounts switched on, no TRAINING.
        self.banner = ModeBanner(training=training and not wants_real(settings), parent=self)
        self.shop = QLabel(shop_name or self.tr("eSIM Counter"), self)
        self.shop.setObjectName("shopName")
        self.shop.setWordWrap(True)  # a long name beside both balances, at 200 % text
        # One provider down must not stop selling through the other: it shows as
        # unavailable, and this asks it again.
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("retryProviders")
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry_unavailable)

        self.picker = DestinationPicker(settings, language, self)
        self.picker.chosen.connect(self.choose_destination)

        self._build_layout()
        if not two_stage:  # (before _fit_to_screen, which reads the panes' minimum sizes)
            self._build_panes()
        self.history: HistoryDialog | None = None
        sales = self.menuBar().addMenu(self.tr("&Sales"))
        self.history_action = add_action(sales, self.tr("&History…"), self._gated_history)
        self.history_action.setEnabled(False)
        self.check_action = add_action(sales, self.tr("&Check unresolved sales"), self.reconcile)
        self.check_action.setEnabled(False)
        self.report_action = add_action(sales, self.tr("&Day report…"), self.open_day_report)
        self.report_action.setEnabled(False)
        self.day_report: DayReportDialog | None = None
        # Issue 17: look an eSIM up (app/ui/lookup_window.py, imported when first opened).
        self.lookup_action = add_action(sales, self.tr("&Look up an eSIM…"), self._gated_lookup)
        self.lookup_window: LookupWindow | None = None
        self._add_receipt_actions(sales)
        self._fit_to_screen()
        self.statusBar().showMessage(self.tr("Starting…"))
        self._counter_factory = counter_factory
        self.settings_flow: SettingsFlow | None = None
        self._store = store
        # The Counter menu comes first, where a File menu would be, and ends with Quit.
        counter_menu = QMenu(self.tr("&Counter"), self)
        self.menuBar().insertMenu(sales.menuAction(), counter_menu)
        self._settings_action: QAction | None = None
        if store is not None:
            self._settings_action = add_action(
                counter_menu, self.tr("&Settings…"), self.open_settings
            )
            counter_menu.addSeparator()
        self.price_list_action = add_action(
            counter_menu, self.tr("&Price list…"), self.open_price_list
        )
        # close() goes through closeEvent, which asks first while a sale is under way.
        self.quit_action = add_action(counter_menu, self.tr("&Quit"), self.close)
        self._counter_menu: QMenu | None = counter_menu
        self._add_clerk_actions()  # (now if the panes came first, else with them)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Till menu: shifts, X, Z, petty cash; refunds from History (app/ui/till_menu.py).
        self.till = till_wiring.attach(self, settings, locale, language)
        # The counter opens once the window is on screen (first painted): the worker's
        # imports (journal, providers, sandbox) would otherwise hold the GIL while the
        # window is built and painted. A window never painted (started hidden) opens anyway.
        QTimer.singleShot(OPEN_UNPAINTED_MS, self, self._open_once)
        if self.panes_ready:
            self._add_keys()
        else:
            self.panes_built.connect(self._add_keys)

    def _add_clerk_actions(self) -> None:
        """Switch clerk (Ctrl+L) and Sign out, above Quit, once the menu and the gate
        (made with the panes) both exist."""
        menu = getattr(self, "_counter_menu", None)
        if menu is not None and hasattr(self, "clerk_gate"):
            self.clerk_gate.add_to_menu(menu, before=self.quit_action)
            self._counter_menu = None

    def _add_keys(self) -> None:
        """The window's keyboard shortcuts, given with the panes: before the first paint,
        making QKeySequence's enums (and QShortcut's, and the Qt namespace's keys) would
        cost more than painting the frame, and what the keys do waits for the panes or
        the counter anyway; the search box has the focus from the start. (A new action's
        shortcut goes here too: tests/unit/test_startup.py fails if QKeySequence is made
        before the window is shown.)"""
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Ctrl+F"), self, self.picker.focus_search)
        # The customer display may be on another screen, without the keyboard: Esc in
        # the counter window closes it.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._close_display)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        if self._settings_action is not None:
            self._settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action.setShortcuts(quit_keys())
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.slip_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.till.add_keys()
        self.lookup_action.setShortcut(QKeySequence("Ctrl+I"))
        # A barcode scanner types an ICCID and Return, wherever the focus is: most often
        # the destination search, where no destination matches it.
        self.picker.search.returnPressed.connect(self._scanned)
        self._build_chain()  # (here: once the panes and every other menu exist)

    def _build_panes(self) -> None:
        """The balances, plans, sale and unfinished-sales panes, in the places the frame
        keeps for them (the splitters keep their sizes: nothing moves)."""
        if self.panes_ready:
            return
        from app.ui.accessibility import ColumnScroll
        from app.ui.balance_label import BalanceLabel
        from app.ui.manager_override import ManagerOverride
        from app.ui.pending_list import PendingList
        from app.ui.plans_pane import PlansPane
        from app.ui.pricing_source import PricingSource
        from app.ui.sale_flow import POLL_DELAYS, SaleFlow
        from app.ui.sell_panel import SellPanel

        settings, locale, language = self._settings, self._locale, self._language
        display_timeout, full_screen_display, poll_delays = self._pane_options
        self.balance = BalanceLabel(locale, self)
        self._header.replaceWidget(self._balance_place, self.balance)
        self._balance_place.hide()  # (not painted again before it is deleted)
        self._balance_place.deleteLater()

        self.plans = PlansPane(locale, self)
        # The clerk picks a plan by Enter, a double-click, or one tap on a touch screen.
        for signal in (
            self.plans.view.activated,
            self.plans.view.doubleClicked,
            self.plans.view.clicked,
        ):
            signal.connect(self._plan_activated)

        self.sell_panel = SellPanel(locale, self)
        # Retail prices from the owner's price list, in the table and the sell panel.
        self.pricing = PricingSource(settings, self)
        self.plans.model.set_pricing(self.pricing)
        self.sell_panel.set_pricing(self.pricing)
        self.sell_panel.set_blocked(self.tr("Loading the catalogue…"))
        self.pending = PendingList(language, self)
        self.flow = SaleFlow(
            self.runner,
            self.sell_panel,
            self.pending,
            self,
            locale=locale,
            language=language,
            display_timeout=display_timeout,
            display_screen=read(settings, schema.DISPLAY_SCREEN),
            full_screen=full_screen_display,
            poll_delays=POLL_DELAYS if poll_delays is None else poll_delays,
        )
        self.flow.notice.connect(self._notice)
        self.flow.phone_step.settings = settings  # the phone check reads its switch there
        self.flow.sale_done.connect(lambda _order: self.refresh_balances())
        self.sell_panel.keyboard_released.connect(self.picker.focus_search)
        self._build_receipts()
        # The manager PIN for the price list and for a sale below the shop's cost.
        self.manager = ManagerOverride(settings, self.runner, self)
        # Issue 15: who is at the counter, and the one gate above a clerk's role. Made with
        # the panes: its modules (the till, sign-in) would cost ~100 ms before the paint.
        from app.ui.clerk_session import ClerkGate

        self.clerk_gate = ClerkGate(self, settings, self.runner, self._open_journal)
        self._add_clerk_actions()
        self.clerk_gate.use_manager(self.manager)
        self.flow.use_pricing(self.pricing, self.manager)
        sizes = {self._columns: self._columns.sizes(), self._rows: self._rows.sizes()}
        for splitter, index, pane in (
            (self._columns, 1, self.plans),
            # At a large text size the sale scrolls rather than pushing the window off a
            # 1366×768 screen (issue 13); at the normal size it needs no scrolling.
            (self._columns, 2, ColumnScroll(self.sell_panel, self)),
            (self._rows, 1, self.pending),
        ):
            placeholder = splitter.replaceWidget(index, pane)
            if placeholder is not None:
                placeholder.hide()
                placeholder.deleteLater()
        self._stretch()
        for splitter, before in sizes.items():
            splitter.setSizes(before)  # as painted: the search box does not move
        self.panes_ready = True
        self.panes_built.emit()

    def _build_chain(self) -> None:
        """Issue 16: the chain's sync indicator and the Chain menu (app/ui/chain_link.py),
        after the first paint; the sync itself starts once the journal is open."""
        from app.ui.chain_link import ChainLink

        self.chain = ChainLink(
            self,
            self._settings,
            self.runner,
            self._secret_store,
            locale=self._locale,
            language=self._language,
        )
        self.chain.notice.connect(self._notice)
        self.chain.central.shop_changed.connect(self._show_shop_name)  # the chain's lines

    def _secret_store(self) -> SecretStore | None:
        if callable(self._store):  # made on first use: the keyring is slow to import
            self._store = self._store()
        return self._store

    def _build_layout(self) -> None:
        header = self._header = QHBoxLayout()
        header.addWidget(self.shop, 1)  # the room the balances leave (wrapped only if short)
        # The balances' place: a label styled as they are (#balance), replaced by them.
        self._balance_place = QLabel(self)
        self._balance_place.setObjectName("balance")
        header.addWidget(self._balance_place)
        header.addWidget(self.retry_button)

        # Empty places for the panes until _build_panes puts them in: the search box has
        # its final width from the first paint.
        # The frame is painted before PySide's Qt namespace is made (app/ui/lazy_qt.py):
        # orientations by name, and the parent by keyword (a positional one is first tried
        # as QSplitter(Qt.Orientation, ...), which makes the namespace).
        top = self._columns = QSplitter(parent=self)
        set_enum(top, "orientation", "Horizontal")
        top.addWidget(self.picker)
        top.addWidget(QWidget(self))
        top.addWidget(QWidget(self))
        top.setSizes([300, 640, 340])
        top.setChildrenCollapsible(False)
        body = self._rows = QSplitter(parent=self)
        set_enum(body, "orientation", "Vertical")
        body.addWidget(top)
        body.addWidget(QWidget(self))
        self._stretch()
        body.setSizes([600, 140])
        body.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

    def _stretch(self) -> None:
        """(Again when the panes replace their places: a stretch factor is the widget's.)"""
        # Extra width goes mostly to the plans (their names are long), the rest shared.
        for column, stretch in enumerate((2, 5, 2)):
            self._columns.setStretchFactor(column, stretch)
        self._rows.setStretchFactor(0, 1)
        self._rows.setStretchFactor(1, 0)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 720)
            return
        geometry = initial_geometry(screen.availableGeometry(), self.minimumSizeHint())
        self.setGeometry(geometry)
        # Shares of the screen, within limits: the plans take what the two sides leave.
        # The splitters are not laid out yet and scale these to their real size.
        width, height = geometry.width() - 40, geometry.height() - 160
        picker = max(220, min(360, width * 20 // 100))
        sale = max(280, min(420, width * 24 // 100))
        self._columns.setSizes([picker, max(400, width - picker - sale), sale])
        pending = max(110, min(220, height * 18 // 100))
        self._rows.setSizes([max(240, height - pending), pending])

    # -- start-up -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # UpdateRequest: the window has just been painted (the first time: it is visible).
        if not self._opening_started and event.type() is QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self, self._open_once)
        return handled

    def _open_once(self) -> None:
        if not self._opening_started:
            self._opening_started = True
            # Two stages: the panes are built in this turn, the counter opens in the next
            # (their own first paint comes between).
            if not self.panes_ready:
                self._build_panes()
                QTimer.singleShot(0, self, self.open_counter)
                return
            self.open_counter()

    def _close_display(self) -> None:
        if self.panes_ready:
            self.flow.close_display()

    def open_counter(self) -> None:
        """Open (or, after the settings changed, reopen) the counter in a worker."""
        values = snapshot(self._settings)
        journal = self._journal
        self.sell_panel.set_blocked(self.tr("Loading the catalogue…"))
        self.retry_button.setVisible(False)
        factory = self._counter_factory
        self.runner.run(
            lambda: opening.open_counter(factory, values, journal),
            self._counter_ready,
            self._counter_failed,
        )

    def open_price_list(self) -> None:
        self._build_panes()  # (already built, unless chosen within the first paint)
        from app.ui.price_list_dialog import open_price_list

        open_price_list(self.manager, self.pricing, self.plans.model.plans(), self._locale)

    def open_settings(self) -> None:
        self._build_panes()  # (already built, unless chosen within the first paint)
        self.clerk_gate.may(Action.SETTINGS, self._open_settings)

    def _open_settings(self) -> None:
        self._build_panes()  # saving reopens the counter and the sale flow's display
        if self.settings_flow is None:
            # Loaded on first use: the dialog pulls in the keyring and every provider.
            from app.ui import settings_flow

            store = self._secret_store()
            assert store is not None
            self.settings_flow = settings_flow.SettingsFlow(
                self._settings, self.runner, store, self
            )
            self.settings_flow.changed.connect(self._settings_changed)
            self.settings_flow.save_failed.connect(self._notice)
            self.settings_flow.waived = lambda: self.clerk_gate.waived
        self.settings_flow.open()

    def _settings_changed(self) -> None:
        self.clerk_gate.reload()
        self._show_shop_name()
        self.flow.configure_display(
            timeout=read(self._settings, schema.DISPLAY_TIMEOUT_S),
            screen=read(self._settings, schema.DISPLAY_SCREEN),
        )
        self.open_counter()

    def _show_shop_name(self) -> None:
        self.shop.setText(read(self._settings, schema.SHOP_NAME) or self.tr("eSIM Counter"))

    def _counter_ready(self, opened: opening.Opening) -> None:
        self._journal = opened.journal
        self.chain.journal_opened(opened.journal)  # joined: the sync pushes this journal
        counter = opened.counter
        if counter is None:
            self._not_connected(opened.error)
            return
        self.counter = counter
        self.clerk_gate.journal_opened()  # the counter's sales carry the signed-in clerk
        if counter.training:
            self.banner.show_training()
        else:
            self.banner.show_selling()
        self.flow.counter = counter
        self.picker.set_destinations(opened.destinations)
        self.sell_panel.set_blocked("")
        self.history_action.setEnabled(True)
        self.check_action.setEnabled(True)
        self.report_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Ready."), 5000)
        self.refresh_balances()
        self.reconcile()

    def _not_connected(self, error: BaseException | None) -> None:
        """Real accounts are set up but cannot be used: say so, sell nothing, show no
        plans or balances that belong to another mode."""
        reason = describe(error, self._locale) if error is not None else ""
        reason = reason or self.tr("the provider accounts cannot be used.")
        log.warning("real counter not connected: %s", reason)
        self.banner.show_not_connected(reason)
        self._stop_selling(
            not_connected(reason),
            self.tr("Not connected. Check the accounts in Counter › Settings, then save."),
        )
        self.history_action.setEnabled(self._journal is not None)
        # The internet may just be down: connecting again needs no restart.
        self.retry_button.setText(self.tr("Connect again"))
        self.retry_button.setVisible(True)

    def _stop_selling(self, reason: str, picker_status: str) -> None:
        """No counter: no destinations, plans or balances of a mode the window is not in,
        and Sell refused with ``reason``."""
        self.counter = None
        self.flow.counter = None
        self.picker.set_destinations([])
        self.picker.set_status(picker_status)
        self._destination = None
        self._plans_generation += 1
        self.plans.model.set_plans([])
        self.plans.show_message("")
        self.sell_panel.set_plan(None)
        self.sell_panel.set_blocked(reason)
        self.balance.clear_balances()
        self.retry_button.setVisible(False)
        for action in (self.history_action, self.check_action, self.report_action):
            action.setEnabled(False)
        self.statusBar().showMessage(reason)

    def _counter_failed(self, error: BaseException) -> None:
        from app.ui.journal_problem import journal_problem

        problem = journal_problem(error)
        if problem is not None:
            self._journal_unusable(error, problem)
            return
        if wants_real(self._settings) and isinstance(error, CounterError):
            self._not_connected(error)
            return
        log.error("could not open the counter", exc_info=error)
        message = describe(error, self._locale)
        # Never "could not be loaded" beside a list of plans still on sale.
        self._stop_selling(
            message, self.tr("The catalogue could not be loaded. %1").replace("%1", message)
        )

    def _journal_unusable(self, error: BaseException, problem: str) -> None:
        """The journal cannot be written or is damaged: nothing may be sold (a sale must
        be on disk before it is sent); say where it is and what to do."""
        path = Path(getattr(error, "path", None) or self._journal_path or _default_journal())
        log.error("sales journal unusable (%s) at %s", problem, path, exc_info=error)
        from app.ui.journal_problem import JournalProblem

        prompt = JournalProblem(path, problem, self.runner, self)
        prompt.recovered.connect(self._journal_recovered)
        self.journal_prompt = prompt
        self.banner.show_problem(prompt.summary)
        self._stop_selling(prompt.summary, prompt.summary)
        prompt.open()

    def _journal_recovered(self, message: str) -> None:
        self.journal_prompt = None
        self._journal = None
        self.statusBar().showMessage(message, 15000)
        self.open_counter()

    # -- sales left unresolved and the history ----------------------------------------

    def reconcile(self) -> None:
        """Resolve every sale a crash, a power cut or a lost answer left open."""
        counter = self.counter
        if counter is not None:
            from app.refunds import owed_refunds, paid_at_start

            def check() -> tuple[list[Any], list[Any]]:
                # Refunds owed before the check and paid by it: the clerk hands them over.
                owed = owed_refunds(counter.journal)
                outcomes = counter.reconcile_all()
                return outcomes, paid_at_start(counter, owed)

            self.runner.run(
                check,
                self._reconciled,
                lambda error: self._notice(describe(error, self._locale)),
            )

    def _reconciled(self, checked: tuple[list[Any], list[Any]]) -> None:
        from app.core.orders import OrderStatus

        outcomes, refunds = checked
        self.flow.follow_up_all(outcomes)
        for order, refund in refunds:
            self.till.refunds.finished_at_start(order, refund, self)
        open_ones = [o for o in outcomes if o.order.status is not OrderStatus.FAILED]
        if open_ones:
            count = len(open_ones)
            self.statusBar().showMessage(
                self.tr("%n earlier sale(s) need attention: see the list below.", "", count),
                15000,
            )

    def _gated_history(self) -> None:
        self.clerk_gate.may(Action.HISTORY, self.open_history)

    def open_history(self) -> None:
        # The journal, not the counter: a real counter that is not connected still has
        # its sales to look up.
        journal = self.counter.journal if self.counter is not None else self._journal
        if journal is None:
            return
        if self.history is None:
            # Imported when first opened, not at start-up (as the day report and settings).
            from app.ui.history import HistoryDialog

            self.history = HistoryDialog(
                journal,
                self.runner,
                self.flow,
                manager=self.manager,
                locale=self._locale,
                language=self._language,
                parent=self,
                receipts=self.receipts,
            )
            self.history.set_refund_flow(self.till.refunds)
            self.history.set_lookup(lambda sale: self.open_lookup(sale=sale))
        self.history.refresh()
        self.history.show()
        self.history.raise_()

    # -- issue 17: look up an eSIM -------------------------------------------------------

    def _gated_lookup(self) -> None:
        self.clerk_gate.may(Action.HISTORY, self.open_lookup)

    def open_lookup(self, iccid: str | None = None, sale: Order | None = None) -> None:
        """The lookup window, looking up ``iccid`` or ``sale`` if given."""
        if self.lookup_window is None:
            from app.ui.lookup_window import LookupWindow

            self.lookup_window = LookupWindow(
                self.runner, lambda: self.counter, locale=self._locale, parent=self
            )
        window = self.lookup_window
        if sale is not None:
            window.look_up_sale(sale)
        elif iccid is not None:
            window.look_up_iccid(iccid)
        window.show()
        window.raise_()
        window.activateWindow()
        if iccid is None and sale is None:
            window.iccid.setFocus()
            window.iccid.selectAll()

    def _scanned(self) -> None:
        from app.esim_lookup import iccid_of

        iccid = iccid_of(self.picker.search.text())
        if iccid is not None:
            self.picker.search.clear()
            self.clerk_gate.may(Action.HISTORY, lambda: self.open_lookup(iccid))

    def _add_receipt_actions(self, sales: QMenu) -> None:
        """Sales → Print receipt (Ctrl+P) and Print install slip (Ctrl+Shift+P); they act
        once the panes (and the receipt flow) exist."""
        sales.addSeparator()
        self.print_action = add_action(sales, self.tr("&Print receipt"), self._print_receipt)
        self.slip_action = add_action(sales, self.tr("Print &install slip"), self._print_slip)
        self.slip_action.setEnabled(False)

    def _build_receipts(self) -> None:
        """Receipts after a delivered sale (app/ui/receipt_flow.py); with the panes."""
        from app.ui.receipt_flow import ReceiptFlow

        self.receipts = ReceiptFlow(
            self.runner,
            self._settings,
            self,
            lambda: self.counter.journal if self.counter is not None else self._journal,
            locale=self._locale,
            language=self._language,
        )
        self.receipts.notice.connect(self._notice)
        self.flow.delivered.connect(self.receipts.delivered)
        # (The menu may be made after the panes; a sale is delivered only after both.)
        self.receipts.slip_available.connect(lambda offered: self.slip_action.setEnabled(offered))

    def _print_receipt(self) -> None:
        if self.panes_ready:
            self.clerk_gate.may(Action.REPRINT, self.receipts.print_last)

    def _print_slip(self) -> None:
        if self.panes_ready:
            self.receipts.print_slip()

    def open_day_report(self) -> None:
        counter = self.counter
        if counter is None:
            return
        if self.day_report is not None and shiboken6.isValid(self.day_report):
            self.day_report.close()  # deletes itself, dropping its reads
        from app.ui.day_report import DayReportDialog

        self.day_report = DayReportDialog(
            counter, self.runner, manager=self.manager, locale=self._locale, parent=self
        )
        self.day_report.show()

    # -- destinations and plans -------------------------------------------------------

    def choose_destination(self, destination: Destination) -> None:
        counter = self.counter
        if counter is None:
            return
        self._destination = destination
        self._plans_generation += 1
        generation = self._plans_generation
        self.sell_panel.set_plan(None)
        self.plans.loading(destination_name(destination, self._language))

        def done(plans: list) -> None:
            if generation == self._plans_generation:  # the clerk may have moved on
                self._plans_loaded(plans)

        def failed(error: BaseException) -> None:
            if generation == self._plans_generation:
                self.plans.show_message(describe(error, self._locale))

        self.runner.run(lambda: counter.plans(destination), done, failed, key="plans")

    def _plans_loaded(self, plans: list) -> None:
        self.plans.show_plans(plans)

    def _plan_activated(self, index: QModelIndex) -> None:
        plan = self.plans.proxy.plan_at(index)
        if plan is not None:
            self.sell_panel.set_plan(plan, self._language)
            self.sell_panel.sell_button.setFocus()

    # -- balances and notices -----------------------------------------------------------

    def refresh_balances(self) -> None:
        counter = self.counter
        if counter is not None:
            self.runner.run(
                counter.balances,
                self._show_balances,
                self._balances_failed,
                key="balances",
                priority=BACKGROUND,
            )

    def _show_balances(self, balances: dict[ProviderId, Money | CounterError]) -> None:
        threshold = read(self._settings, schema.LOW_BALANCE)
        self.balance.show_balances(balances, threshold)
        self._update_retry(balances)

    def _update_retry(self, balances: dict[ProviderId, Money | CounterError] | None = None) -> None:
        """Retry is offered while a provider's catalogue or balance could not be read."""
        counter = self.counter
        down = set(getattr(counter, "unavailable", None) or {})
        down |= {p for p, v in (balances or {}).items() if isinstance(v, CounterError)}
        self.retry_button.setVisible(bool(down))
        names = ", ".join(_provider_name(p) for p in sorted(down))
        self.retry_button.setText(self.tr("Retry %1").replace("%1", names) if down else "")

    def _balances_failed(self, error: BaseException) -> None:
        self.balance.show_unavailable(describe(error, self._locale))

    def retry_unavailable(self) -> None:
        """Ask the providers that failed again; their plans go back on sale if they answer.
        With none connected (real counter, not connected), open the counter again."""
        counter = self.counter
        if counter is None:
            self.retry_button.setVisible(False)
            self.open_counter()
            return
        self.retry_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Asking the unavailable provider again…"))

        def done(destinations: list[Destination]) -> None:
            self.retry_button.setEnabled(True)
            if counter is self.counter:
                self.picker.set_destinations(destinations)
                if self._destination is not None:
                    self.choose_destination(self._destination)
                self.refresh_balances()
                self.statusBar().showMessage(self.tr("Catalogue reloaded."), 5000)

        def failed(error: BaseException) -> None:
            self.retry_button.setEnabled(True)
            self._notice(describe(error, self._locale))
            self.refresh_balances()

        self.runner.run(counter.retry_unavailable, done, failed, key="retry")

    def _notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    # -- quitting ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.panes_ready:  # closed within the first paint: nothing under way
            self.hide()
            self.runner.shutdown()
            super().closeEvent(event)
            return
        if self.flow.busy:
            answer = QMessageBox.question(
                self,
                self.tr("A sale is in progress"),
                self.tr(
                    "A sale is waiting for the provider. Quit anyway? It is recorded and "
                    "will be checked when the counter starts again."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.flow.stop()
        if self.flow.display is not None:
            self.flow.display.close()
        # Off the screen at once; a provider call still under way may take a while to end.
        self.hide()
        self.chain.stop()  # (the chain's push loop: between pushes it stops at once)
        self.runner.shutdown()
        super().closeEvent(event)

    def _open_journal(self) -> Journal | None:
        return self._journal  # (the counter's, set when it opens)


def _default_journal() -> Path:
    from app.journal import default_path

    return default_path()


# The messages (and the plans model they read provider names from) load with the panes,
# not before the first paint: these are only called once the panes exist.
def describe(error: BaseException, locale: str) -> str:
    from app.ui import messages

    return messages.describe(error, locale)


def not_connected(reason: str) -> str:
    from app.ui import messages

    return messages.not_connected(reason)


def _provider_name(provider: ProviderId) -> str:
    from app.ui.plans_model import PROVIDER_NAMES

    return PROVIDER_NAMES.get(provider, str(provider))
