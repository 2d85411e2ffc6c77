"""The counter window: destination on the left, plans in the middle, the sale on the right,
unfinished sales below, the provider balances and the training banner on top."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import countries
from app.core.countries import Destination
from app.core.money import Money
from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.ui.destinations import DestinationPicker
from app.ui.history import HistoryDialog
from app.ui.messages import describe
from app.ui.pending_list import PendingList
from app.ui.plans_model import PROVIDER_NAMES, PlansModel, PlansProxy
from app.ui.runner import Runner
from app.ui.sale_flow import POLL_DELAYS, SaleFlow
from app.ui.sell_panel import SellPanel

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
DATA_FILTERS = [
    ("", None),
    ("1", Decimal(1)),
    ("3", Decimal(3)),
    ("5", Decimal(5)),
    ("10", Decimal(10)),
    ("20", Decimal(20)),
    ("unlimited", None),
]
DAY_FILTERS = [0, 7, 15, 30]


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
        self.balance = QLabel(self.tr("Balance: loading…"), self)
        self.balance.setObjectName("balance")
        self.balance.setTextFormat(Qt.TextFormat.PlainText)

        self.picker = DestinationPicker(settings, language, self)
        self.picker.chosen.connect(self.choose_destination)

        self.plans_model = PlansModel(self, locale)
        self.plans_proxy = PlansProxy(self)
        self.plans_proxy.setSourceModel(self.plans_model)
        self.plans_view = QTableView(self)
        self.plans_view.setObjectName("plansTable")
        self.plans_view.setModel(self.plans_proxy)
        self.plans_view.setSortingEnabled(True)
        self.plans_view.sortByColumn(PlansModel.PRICE, Qt.SortOrder.AscendingOrder)
        self.plans_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plans_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plans_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plans_view.verticalHeader().setVisible(False)
        self.plans_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.plans_view.horizontalHeader().setSectionResizeMode(
            PlansModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.plans_view.activated.connect(self._plan_activated)
        self.plans_view.doubleClicked.connect(self._plan_activated)
        self.plans_view.clicked.connect(self._plan_activated)  # one tap on a touch screen
        self.plans_title = QLabel(self.tr("Plans"), self)
        self.plans_title.setObjectName("sectionTitle")
        self.plans_status = QLabel("", self)
        self.plans_status.setObjectName("plansStatus")
        self.plans_status.setWordWrap(True)

        self.data_filter = QComboBox(self)
        self.data_filter.setObjectName("dataFilter")
        for key, _ in DATA_FILTERS:
            self.data_filter.addItem(self._data_filter_text(key))
        self.data_filter.currentIndexChanged.connect(self._filters_changed)
        self.days_filter = QComboBox(self)
        self.days_filter.setObjectName("daysFilter")
        for days in DAY_FILTERS:
            self.days_filter.addItem(
                self.tr("Any validity")
                if not days
                else self.tr("%1+ days").replace("%1", str(days))
            )
        self.days_filter.currentIndexChanged.connect(self._filters_changed)

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
        self.resize(1280, 800)
        self.statusBar().showMessage(self.tr("Starting…"))
        self._counter_factory = counter_factory
        self.settings_flow: SettingsFlow | None = None
        self._store = store
        if store is not None:
            counter_menu = self.menuBar().addMenu(self.tr("&Counter"))
            settings_action = counter_menu.addAction(self.tr("&Settings…"), self.open_settings)
            settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.open_counter()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.shop)
        header.addStretch(1)
        header.addWidget(self.balance)

        filters = QHBoxLayout()
        filters.addWidget(self.plans_title)
        filters.addStretch(1)
        filters.addWidget(self.data_filter)
        filters.addWidget(self.days_filter)
        plans = QWidget(self)
        plans_layout = QVBoxLayout(plans)
        plans_layout.setContentsMargins(0, 0, 0, 0)
        plans_layout.addLayout(filters)
        plans_layout.addWidget(self.plans_status)
        plans_layout.addWidget(self.plans_view, 1)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.picker)
        top.addWidget(plans)
        top.addWidget(self.sell_panel)
        top.setSizes([300, 640, 340])
        top.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.pending)
        body.setSizes([600, 140])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

    def _data_filter_text(self, key: str) -> str:
        if not key:
            return self.tr("Any data")
        if key == "unlimited":
            return self.tr("Unlimited only")
        return self.tr("%1 GB or more").replace("%1", key)

    # -- start-up -------------------------------------------------------------------

    def open_counter(self) -> None:
        """Open (or, after the settings changed, reopen) the counter in a worker."""
        values = {key: self._settings.value(key) for key in self._settings.allKeys()}
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
            self.runner.run(counter.reconcile_all, self._reconciled, self._balances_failed)

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

    # -- destinations and plans -------------------------------------------------------

    def choose_destination(self, destination: Destination) -> None:
        counter = self.counter
        if counter is None:
            return
        self._destination = destination
        self._plans_generation += 1
        generation = self._plans_generation
        self.plans_model.set_plans([])
        self.sell_panel.set_plan(None)
        name = countries.display_name(destination, self._language)
        self.plans_title.setText(self.tr("Plans for %1").replace("%1", name))
        self.plans_status.setText(self.tr("Loading plans…"))
        self.plans_status.setVisible(True)

        def done(plans: list) -> None:
            if generation == self._plans_generation:  # the clerk may have moved on
                self._plans_loaded(plans)

        def failed(error: BaseException) -> None:
            if generation == self._plans_generation:
                self.plans_status.setText(describe(error, self._locale))

        self.runner.run(lambda: counter.plans(destination), done, failed)

    def _plans_loaded(self, plans: list) -> None:
        self.plans_model.set_plans(plans)
        self.plans_status.setVisible(not plans)
        self.plans_status.setText(self.tr("No plans for this destination."))
        if self.plans_proxy.rowCount() > 0:
            self.plans_view.selectRow(0)
            self.plans_view.setFocus()

    def _filters_changed(self) -> None:
        key, gb = DATA_FILTERS[self.data_filter.currentIndex()]
        self.plans_proxy.set_min_data(gb, unlimited_only=key == "unlimited")
        self.plans_proxy.set_min_days(DAY_FILTERS[self.days_filter.currentIndex()])

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
        parts = [
            f"{PROVIDER_NAMES.get(p, p)}: {m.format(self._locale)}" for p, m in balances.items()
        ]
        low = [p for p, m in balances.items() if m.amount < threshold]
        text = "   ".join(parts)
        if low:
            text += "   " + self.tr("⚠ Low balance: top up soon")
        self.balance.setText(text)
        self.balance.setProperty("low", bool(low))
        self.balance.style().unpolish(self.balance)
        self.balance.style().polish(self.balance)

    def _balances_failed(self, error: BaseException) -> None:
        self.balance.setText(
            self.tr("Balance unavailable: %1").replace("%1", describe(error, self._locale))
        )

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
        self.runner.shutdown()
        super().closeEvent(event)
