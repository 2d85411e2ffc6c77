"""The counter window: destination on the left, plans in the middle, the sale on the right,
unfinished sales below, the provider balances and the training banner on top."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core import countries
from app.core.countries import Destination
from app.core.money import Money
from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.ui.balance_label import BalanceLabel
from app.ui.day_report import DayReportDialog
from app.ui.destinations import DestinationPicker
from app.ui.history import HistoryDialog
from app.ui.messages import describe
from app.ui.pending_list import PendingList
from app.ui.plans_pane import PlansPane
from app.ui.runner import Runner
from app.ui.sale_flow import POLL_DELAYS, SaleFlow
from app.ui.sell_panel import SellPanel
from app.ui.settings_values import settings_dict

if TYPE_CHECKING:
    from app.counter import Counter
    from app.journal import Journal
    from app.secrets import SecretStore
    from app.startup import Opened
    from app.ui.settings_flow import SettingsFlow

# (settings values, the journal already open or None) -> the counter to sell with
CounterFactory = Callable[[dict[str, object], "Journal | None"], "Counter | Opened"]

log = logging.getLogger(__name__)
LOW_BALANCE = Decimal("50")
# Of the screen's free area: room left for the window frame and title bar, which the
# window system adds outside the size asked for.
SCREEN_SHARE = 0.9
TITLE_BAR = 40  # px above the window that the window system adds (and a bit more)


def quit_keys() -> list[QKeySequence]:
    """The platform's Quit keys, and Ctrl+Q where the platform has none (Windows)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence("Ctrl+Q")
    return keys if ctrl_q in keys else [*keys, ctrl_q]


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
        poll_delays: Sequence[float] = POLL_DELAYS,
        store: SecretStore | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("eSIM Counter"))
        self.runner = runner or Runner(self)
        self.counter: Counter | None = None
        self._settings = settings
        self._locale = locale
        self._language = language
        self._destination: Destination | None = None
        self._plans_generation = 0

        self.banner = QLabel(self.tr("TRAINING — no real eSIMs are sold"), self)
        self.banner.setObjectName("trainingBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(training)
        self.shop = QLabel(shop_name or self.tr("eSIM Counter"), self)
        self.shop.setObjectName("shopName")
        self.balance = BalanceLabel(locale, self)

        self.picker = DestinationPicker(settings, language, self)
        self.picker.chosen.connect(self.choose_destination)

        self.plans = PlansPane(locale, self)
        # The clerk picks a plan by Enter, a double-click, or one tap on a touch screen.
        for signal in (
            self.plans.view.activated,
            self.plans.view.doubleClicked,
            self.plans.view.clicked,
        ):
            signal.connect(self._plan_activated)
        self.plans_model = self.plans.model
        self.plans_proxy = self.plans.proxy
        self.plans_view = self.plans.view

        self.sell_panel = SellPanel(locale, self)
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
            display_screen=str(settings.value("display/screen", "")),
            full_screen=full_screen_display,
            poll_delays=poll_delays,
        )
        self.flow.notice.connect(self._notice)
        self.flow.sale_done.connect(lambda _order: self.refresh_balances())
        self.sell_panel.keyboard_released.connect(self.picker.focus_search)

        self._build_layout()
        QShortcut(QKeySequence("Ctrl+F"), self, self.picker.focus_search)
        # The customer display may be on another screen, without the keyboard: Esc in
        # the counter window closes it.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.flow.close_display)
        self.history: HistoryDialog | None = None
        sales = self.menuBar().addMenu(self.tr("&Sales"))
        self.history_action = sales.addAction(self.tr("&History…"), self.open_history)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setEnabled(False)
        self.check_action = sales.addAction(self.tr("&Check unresolved sales"), self.reconcile)
        self.check_action.setEnabled(False)
        self.report_action = sales.addAction(self.tr("&Day report…"), self.open_day_report)
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        self.report_action.setEnabled(False)
        self.day_report: DayReportDialog | None = None
        self._fit_to_screen()
        self.statusBar().showMessage(self.tr("Starting…"))
        self._counter_factory = counter_factory
        self.settings_flow: SettingsFlow | None = None
        self._store = store
        # The Counter menu comes first, where a File menu would be, and ends with Quit.
        counter_menu = QMenu(self.tr("&Counter"), self)
        self.menuBar().insertMenu(sales.menuAction(), counter_menu)
        if store is not None:
            settings_action = counter_menu.addAction(self.tr("&Settings…"), self.open_settings)
            settings_action.setShortcut(QKeySequence("Ctrl+,"))
            counter_menu.addSeparator()
        # close() goes through closeEvent, which asks first while a sale is under way.
        self.quit_action = counter_menu.addAction(self.tr("&Quit"), self.close)
        self.quit_action.setShortcuts(quit_keys())
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.open_counter()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.shop)
        header.addStretch(1)
        header.addWidget(self.balance)

        top = self._columns = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.picker)
        top.addWidget(self.plans)
        top.addWidget(self.sell_panel)
        # Extra width goes mostly to the plans (their names are long), the rest shared.
        for column, stretch in enumerate((2, 5, 2)):
            top.setStretchFactor(column, stretch)
        top.setSizes([300, 640, 340])
        top.setChildrenCollapsible(False)
        body = self._rows = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.pending)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setSizes([600, 140])
        body.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

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

    def open_counter(self) -> None:
        """Open (or, after the settings changed, reopen) the counter in a worker."""
        values = settings_dict(self._settings)
        journal = self.counter.journal if self.counter is not None else None
        self.sell_panel.set_blocked(self.tr("Loading the catalogue…"))

        def opening() -> tuple[Counter, str, list[Destination]]:
            made = self._counter_factory(values, journal)
            # A factory gives a bare Counter, or an Opened with why real selling is off.
            counter = getattr(made, "counter", made)
            warning = getattr(made, "warning", "")
            return counter, warning, counter.destinations()

        self.runner.run(opening, self._counter_ready, self._counter_failed)

    def open_settings(self) -> None:
        if self.settings_flow is None:
            # Loaded on first use: the dialog pulls in the keyring and every provider.
            from app.ui import settings_flow

            assert self._store is not None
            self.settings_flow = settings_flow.SettingsFlow(
                self._settings, self.runner, self._store, self
            )
            self.settings_flow.changed.connect(self._settings_changed)
        self.settings_flow.open()

    def _settings_changed(self) -> None:
        self.shop.setText(str(self._settings.value("shop/name", "")) or self.tr("eSIM Counter"))
        self.flow.configure_display(
            timeout=int(self._settings.value("display/timeout", 300)),
            screen=str(self._settings.value("display/screen", "")),
        )
        self.open_counter()

    def _counter_ready(self, result: tuple[Counter, str, list[Destination]]) -> None:
        counter, warning, destinations = result
        self.counter = counter
        banner = self.tr("TRAINING — no real eSIMs are sold")
        self.banner.setText(f"{banner}\n{warning}" if warning else banner)
        self.banner.setVisible(counter.training)
        self.flow.counter = counter
        self.picker.set_destinations(destinations)
        self.sell_panel.set_blocked("")
        self.history_action.setEnabled(True)
        self.check_action.setEnabled(True)
        self.report_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Ready."), 5000)
        self.refresh_balances()
        self.reconcile()

    def _counter_failed(self, error: BaseException) -> None:
        log.error("could not open the counter", exc_info=error)
        message = describe(error, self._locale)
        self.picker.set_status(
            self.tr("The catalogue could not be loaded. %1").replace("%1", message)
        )
        self.sell_panel.set_blocked(message)
        self.statusBar().showMessage(message)

    # -- sales left unresolved and the history ----------------------------------------

    def reconcile(self) -> None:
        """Resolve every sale a crash, a power cut or a lost answer left open."""
        counter = self.counter
        if counter is not None:
            self.runner.run(
                counter.reconcile_all,
                self._reconciled,
                lambda error: self._notice(describe(error, self._locale)),
            )

    def _reconciled(self, outcomes: list) -> None:
        for outcome in outcomes:
            self.flow.follow_up(outcome)
        open_ones = [o for o in outcomes if o.order.status is not OrderStatus.FAILED]
        if open_ones:
            self.statusBar().showMessage(
                self.tr("%1 earlier sales need attention: see the list below.").replace(
                    "%1", str(len(open_ones))
                ),
                15000,
            )

    def open_history(self) -> None:
        counter = self.counter
        if counter is None:
            return
        if self.history is None:
            self.history = HistoryDialog(
                counter.journal,
                self.runner,
                self.flow,
                locale=self._locale,
                language=self._language,
                parent=self,
            )
        self.history.refresh()
        self.history.show()
        self.history.raise_()

    def open_day_report(self) -> None:
        counter = self.counter
        if counter is None:
            return
        if self.day_report is not None:
            self.day_report.close()
        self.day_report = DayReportDialog(counter, self.runner, locale=self._locale, parent=self)
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
        self.plans.loading(countries.display_name(destination, self._language))

        def done(plans: list) -> None:
            if generation == self._plans_generation:  # the clerk may have moved on
                self._plans_loaded(plans)

        def failed(error: BaseException) -> None:
            if generation == self._plans_generation:
                self.plans.show_message(describe(error, self._locale))

        self.runner.run(lambda: counter.plans(destination), done, failed)

    def _plans_loaded(self, plans: list) -> None:
        self.plans.show_plans(plans)

    def _plan_activated(self, index: QModelIndex) -> None:
        plan = self.plans_proxy.plan_at(index)
        if plan is not None:
            self.sell_panel.set_plan(plan, self._language)
            self.sell_panel.sell_button.setFocus()

    # -- balances and notices -----------------------------------------------------------

    def refresh_balances(self) -> None:
        counter = self.counter
        if counter is not None:
            self.runner.run(counter.balances, self._show_balances, self._balances_failed)

    def _show_balances(self, balances: dict[ProviderId, Money]) -> None:
        threshold = Decimal(str(self._settings.value("balance/low_threshold", LOW_BALANCE)))
        self.balance.show_balances(balances, threshold)

    def _balances_failed(self, error: BaseException) -> None:
        self.balance.show_unavailable(describe(error, self._locale))

    def _notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    # -- quitting ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
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
        self.runner.shutdown()
        super().closeEvent(event)
