"""Chain › Chain reports… (issue 16): the owner's view of every counter of the chain, read
from PostgreSQL: the day report, the Z list, History and the CSV, across all counters or
for one shop, counter or clerk.

The sums are the local ones' exact code: ``app.report.day_report``, the History model and
``app.export.write_csv`` run over the chain's ``CentralJournal`` (rows decoded with the
local journal's codec, money ``NUMERIC`` → Decimal). Every read is a Runner task owned by
this window; the newest request of each kind wins; an offline server is a sentence.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.money import Money
from app.core.payment import Method
from app.report import DayReport, TillDay, day_report
from app.ui.chain_messages import describe_chain
from app.ui.chain_tasks import ChainReader, Filters
from app.ui.history import start_of_day
from app.ui.history_model import NONE, HistoryFilter, HistoryModel
from app.ui.payment_widgets import method_title
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.runner import BACKGROUND, Runner
from app.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from app.chain.config import ChainConfig
    from app.core.secret import Secret
    from app.secrets import SecretStore

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ChainReportsWindow(QDialog):
    def __init__(
        self,
        config: ChainConfig,
        password: Secret | None,
        store: SecretStore | None,
        runner: Runner,
        *,
        locale: str = "en_US",
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chainReports")
        self.setWindowTitle(self.tr("Chain reports"))
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, beside the counter
        self._runner = runner
        self._locale = locale
        self.reader = ChainReader(config, password, store)
        self.shown: DayReport | None = None
        self.failed = False  # the last read could not reach the chain's database
        self.filters = Filters()

        self.shop = self._combo(self.tr("Shop"), self.tr("All shops"))
        self.counter = self._combo(self.tr("Counter"), self.tr("All counters"))
        self.clerk = self._combo(self.tr("Clerk"), self.tr("All clerks"))
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = self._button(self.tr("&Refresh"), self.refresh)
        self.export_button = self._button(self.tr("Export CSV…"), self.export)
        self.export_button.setAccessibleDescription(
            self.tr("Every sale of the day shown, with its refunds, for the filters chosen")
        )

        self.providers = QStandardItemModel(self)
        self.providers_table = self._table(self.providers, self.tr("Sales by provider"))
        self.tills = QStandardItemModel(self)
        self.tills_table = self._table(self.tills, self.tr("Takings by sale currency"))
        self.drawer = QLabel("", self)
        self.drawer.setObjectName("chainDrawer")
        self.drawer.setWordWrap(True)
        day_tab = QWidget(self)
        day_layout = QVBoxLayout(day_tab)
        day_layout.addWidget(self.providers_table, 1)
        day_layout.addWidget(self.tills_table, 1)
        day_layout.addWidget(self.drawer)

        self.z_model = QStandardItemModel(self)
        self.z_table = self._table(self.z_model, self.tr("Z reports"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("ICCID, order, destination or plan"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sales"))
        self.search.returnPressed.connect(self._history_refresh)
        self.history = HistoryModel(
            runner, self._history_search, self, locale, language, self._refunded_counts
        )
        self.history.set_owner(True)  # the chain reports are the owner's (gated on opening)
        self.history.loaded.connect(self._history_loaded)
        self.history_table = QTableView(self)
        self.history_table.setObjectName("chainHistory")
        self.history_table.setAccessibleName(self.tr("Sales of the chain"))
        self.history_table.setModel(self.history)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setTabKeyNavigation(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        history_tab = QWidget(self)
        history_layout = QVBoxLayout(history_tab)
        history_layout.addWidget(self.search)
        history_layout.addWidget(self.history_table, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(day_tab, self.tr("Day report"))
        self.tabs.addTab(self.z_table, self.tr("X/Z"))
        self.tabs.addTab(history_tab, self.tr("History"))
        self.message = QLabel(self.tr("Loading…"), self)
        self.message.setObjectName("chainReportsMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Shop"), self.shop),
            (self.tr("Counter"), self.counter),
            (self.tr("Clerk"), self.clerk),
            (self.tr("Day"), self.day),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        fit_to_screen(self, self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.resize(max(self.width(), 1100), max(self.height(), 600))
        fit_to_screen(self, self.size())
        for combo in (self.shop, self.counter, self.clerk):
            combo.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.load_names()
        self.refresh()

    # -- widgets --------------------------------------------------------------------------

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(everything, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _table(self, model: QStandardItemModel, name: str, *, stretch: bool = True) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        # Columns share the width (one last column as wide as the rest read badly).
        mode = (
            QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        table.horizontalHeader().setSectionResizeMode(mode)
        table.horizontalHeader().setStretchLastSection(not stretch)
        return table

    # -- the filters --------------------------------------------------------------------------

    def load_names(self) -> None:
        """The shops, counters and clerks the chain knows, for the three lists."""
        reader = self.reader
        self._runner.run(
            reader.names,
            self._show_names,
            self._failed,
            owner=self,
            key=f"chain-names:{id(self)}",
            priority=BACKGROUND,
        )

    def _show_names(self, names: tuple[list[str], list[str], list[str]]) -> None:
        for combo, values in zip((self.shop, self.counter, self.clerk), names, strict=True):
            chosen = combo.currentData()
            combo.blockSignals(True)  # filling the lists is no new choice
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current_filters(self) -> Filters:
        return Filters(
            shop=str(self.shop.currentData() or ""),
            counter=str(self.counter.currentData() or ""),
            clerk=str(self.clerk.currentData() or ""),
        )

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.filters = self.current_filters()
        self.failed = False
        self.message.setText(self.tr("Reading the chain's database…"))
        since = start_of_day(self.day.date())
        until = since + timedelta(days=1)
        reader, filters = self.reader, self.filters

        def read() -> tuple[DayReport, list[Any]]:
            central = reader.journal(filters)
            return day_report(central, since, until), reader.z_reports(filters)

        self._runner.run(
            read,
            self._show,
            self._failed,
            owner=self,
            key=f"chain-report:{id(self)}",
            priority=BACKGROUND,
        )
        self._history_refresh()

    def _history_refresh(self) -> None:
        self.history.set_filter(HistoryFilter(text=self.search.text().strip(), training=False))

    def _history_search(self, **wanted: Any) -> list[Any]:
        return self.reader.journal(self.filters).search(**wanted)

    def _refunded_counts(self, references: list[str]) -> dict[str, int]:
        refunds = getattr(self.reader.journal(self.filters), "refunds", None)
        return {} if refunds is None else dict(refunds.refunded_counts(references))

    def _history_loaded(self) -> None:
        # (The model keeps the error's English text; the report's read, failing with it,
        # has already said why in plain words.)
        if self.history.error and not self.failed:
            self.message.setText(self.tr("The sales could not be read from the chain's database."))

    def _failed(self, error: BaseException) -> None:
        self.failed = True
        self.message.setText(describe_chain(error))

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, found: tuple[DayReport, list[Any]]) -> None:
        report, z_reports = found
        self.shown = report
        self._show_providers(report)
        self._show_tills(report)
        self._show_z(z_reports)
        where = self.tr("all counters") if self.filters == Filters() else self.filters.text()
        sold = sum(line.sales for line in report.lines)
        self.message.setText(self.tr("%n sale(s) on this day; %1.", "", sold).replace("%1", where))

    def _row(self, model: QStandardItemModel, cells: list[str]) -> None:
        items = [QStandardItem(text) for text in cells]
        for item in items[1:]:
            item.setTextAlignment(RIGHT)
        model.appendRow(items)

    def _show_providers(self, report: DayReport) -> None:
        self.providers.clear()
        self.providers.setHorizontalHeaderLabels([
            self.tr("Provider"), self.tr("Sales"), self.tr("eSIMs"), self.tr("Charged"),
            self.tr("Refunded"), self.tr("Not sold"), self.tr("Needs checking"),
        ])  # fmt: skip
        for line in report.lines:
            self._row(self.providers, [
                PROVIDER_NAMES.get(line.provider, line.provider.value), str(line.sales),
                str(line.esims), line.total.format(self._locale),
                Money(line.refunded, line.currency).format(self._locale),
                str(line.not_sold), str(line.unresolved),
            ])  # fmt: skip

    def _show_tills(self, report: DayReport) -> None:
        self.tills.clear()
        self.tills.setHorizontalHeaderLabels([
            self.tr("Currency"), self.tr("Sales"), self.tr("Revenue"), self.tr("Tax"),
            self.tr("Cost"), self.tr("Margin"), *(method_title(m) for m in Method),
        ])  # fmt: skip
        drawers = []
        for till in report.tills:
            # Sales journalled before prices were: "—", as in the counter's own report.
            priced = till.sales > 0 or not till.without_price

            def money(amount: Decimal, till: TillDay = till, known: bool = priced) -> str:
                return till.money(amount).format(self._locale) if known else NONE

            self._row(self.tills, [
                till.currency, str(till.sales), money(till.gross), money(till.tax),
                money(till.cost), money(till.margin),
                *(money(till.methods.get(m, Decimal(0))) for m in Method),
            ])  # fmt: skip
            drawers.append(money(till.drawer))
        self.drawer.setText(
            self.tr("Cash expected in the drawers: %1").replace("%1", " ".join(drawers))
            if drawers
            else self.tr("No sales on this day.")
        )

    def _show_z(self, z_reports: list[Any]) -> None:
        self.z_model.clear()
        self.z_model.setHorizontalHeaderLabels([
            self.tr("Shop"), self.tr("Counter"), self.tr("Z"), self.tr("Closed at"),
            self.tr("Closed by"), self.tr("Expected"), self.tr("Counted"), self.tr("Difference"),
        ])  # fmt: skip
        for z in z_reports:
            record = z.record
            closed = record.closed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            items = [
                QStandardItem(text)
                for text in (
                    z.shop, z.counter, str(record.number), closed, record.closed_by,
                    record.expected.format(self._locale), record.counted.format(self._locale),
                    record.difference.format(self._locale),
                )
            ]  # fmt: skip
            for item in items[2:]:
                item.setTextAlignment(RIGHT)
            self.z_model.appendRow(items)

    # -- the CSV -----------------------------------------------------------------------------------

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the chain's sales"),
            str(Path.home() / f"chain-sales-{self.day.date().toString('yyyy-MM-dd')}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        since = start_of_day(self.day.date())
        until = since + timedelta(days=1)
        reader, filters = self.reader, self.current_filters()
        self.message.setText(self.tr("Exporting…"))
        self._runner.run(
            lambda: reader.export_csv(path, filters, since, until),
            lambda count: self.message.setText(self.tr("%n sale(s) exported.", "", count)),
            self._failed,
            owner=self,
        )

    def done(self, result: int) -> None:
        self._runner.cancel_owner(self)
        self._runner.cancel_owner(self.history)
        reader = self.reader
        self._runner.run(reader.close, priority=BACKGROUND)  # its connection, off the GUI
        super().done(result)
