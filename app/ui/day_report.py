"""Sales › Day report: what the counter sold on a day, per provider and currency, next to
each provider's balance now, so the shop owner can match them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CounterError
from app.core.money import Money
from app.core.payment import Method
from app.core.plans import ProviderId
from app.report import DayReport, TillDay, day_report
from app.ui.balance_label import balances_text
from app.ui.history import ask_owner, owner_button, start_of_day
from app.ui.history_model import NONE
from app.ui.manager_override import ManagerOverride
from app.ui.messages import describe
from app.ui.payment_widgets import method_title
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.runner import BACKGROUND, Runner

if TYPE_CHECKING:
    from app.counter import Counter


CHARGED = 3  # the providers' table: what they charged
TILL_OWNER_ONLY = (4, 5)  # the takings: cost and margin


class DayReportDialog(QDialog):
    def __init__(
        self,
        counter: Counter,
        runner: Runner,
        *,
        manager: ManagerOverride,
        locale: str = "en_US",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayReport")
        # Each opening is a new report; closing it deletes it and drops its reads.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._generation = 0
        self.shown: DayReport | None = None  # the report on screen
        self.setWindowTitle(self.tr("Day report"))
        self._counter = counter
        self._runner = runner
        self._locale = locale
        self._manager = manager
        self.owner = False  # cost and margin shown (issue 14): after the manager PIN
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(self.refresh)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("dayReportTable")
        self.table.setAccessibleName(self.tr("Sales by provider"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The shop's side: retail, tax, cost, margin, each method; the drawer below it, in
        # large type (one amount per sale currency).
        self.till_model = QStandardItemModel(self)
        self.till = QTableView(self)
        self.till.setObjectName("dayReportTill")
        self.till.setAccessibleName(self.tr("Takings by sale currency"))
        self.till.setModel(self.till_model)
        self.till.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.till.verticalHeader().setVisible(False)
        self.till.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.drawer = QLabel("", self)
        self.drawer.setObjectName("dayReportDrawer")
        self.drawer.setTextFormat(Qt.TextFormat.PlainText)
        font = self.drawer.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.drawer.setFont(font)
        self.note = QLabel("", self)
        self.note.setObjectName("dayReportNote")
        self.note.setWordWrap(True)
        self.balances = QLabel(self.tr("Balances: loading…"), self)
        self.balances.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day"), self))
        top.addWidget(self.day)
        top.addStretch(1)
        self.owner_button = owner_button(self)
        self.owner_button.clicked.connect(self.reveal)
        top.addWidget(self.owner_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.till, 1)
        layout.addWidget(self.drawer)
        layout.addWidget(self.note)
        layout.addWidget(self.balances)
        self.resize(960, 480)
        self.refresh()
        runner.run(
            counter.balances,
            self._show_balances,
            self._balances_failed,
            owner=self,
            priority=BACKGROUND,
        )

    def refresh(self) -> None:
        since = start_of_day(self.day.date())
        until = since + timedelta(days=1)
        journal, training = self._counter.journal, self._counter.training
        # The clerk may step through days faster than the journal answers: only the
        # newest day's report is shown, whatever order the answers come in.
        self._generation += 1
        generation = self._generation
        self._runner.run(
            lambda: day_report(journal, since, until, training=training),  # type: ignore[arg-type]
            lambda report: self._show(report, generation),
            lambda error: self._failed(error, generation),
            owner=self,
            key=f"day-report:{id(self)}",
            priority=BACKGROUND,
        )

    def reveal(self) -> None:
        """Cost and margin, behind the manager PIN, until this report is closed (each
        opening is a new report)."""

        def granted() -> None:
            # The report may have been closed (and deleted) while the PIN was checked.
            if shiboken6.isValid(self) and self.isVisible():
                self.owner = True
                self.owner_button.hide()
                if self.shown is not None:
                    self._show(self.shown)
                # Back from the PIN prompt (the main window's) to the report.
                self.activateWindow()
                self.till.setFocus()

        ask_owner(self._manager, granted)

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self.note.setText(describe(error, self._locale))

    def _show(self, report: DayReport, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self.shown = report
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Provider"), self.tr("Sales"), self.tr("eSIMs"), self.tr("Charged"),
            self.tr("Not sold"), self.tr("Needs checking"),
        ])  # fmt: skip
        for line in report.lines:
            cells = [
                PROVIDER_NAMES.get(line.provider, line.provider.value), str(line.sales),
                str(line.esims), line.total.format(self._locale) if self.owner else "",
                str(line.not_sold),
                str(line.unresolved),
            ]  # fmt: skip
            items = [QStandardItem(text) for text in cells]
            for item in items[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        # What the providers charged is the shop's cost: for the owner only.
        self.table.setColumnHidden(CHARGED, not self.owner)
        self._show_till(report)
        notes = []
        if report.training:
            notes.append(self.tr("Training mode: these are training sales; no money moved."))
        if report.other_mode_sales:
            other_count = report.other_mode_sales
            notes.append(
                self.tr(
                    "%n sale(s) of the other mode (training or real) are not counted.",
                    "",
                    other_count,
                )
            )
        for till in report.tills:
            if till.refunds:  # issue 15: refunds are negative lines of the day
                back = till.money(-till.refunded).format(self._locale)
                notes.append(
                    self.tr(
                        "%n refund(s) in %1: %2, already taken off the payment methods "
                        "and the drawer.",
                        "",
                        till.refunds,
                    )
                    .replace("%1", till.currency)
                    .replace("%2", back)
                )
        if any(line.unresolved for line in report.lines):
            notes.append(self.tr("Sales that need checking may still have been charged."))
        self.note.setText(" ".join(notes))

    def _show_till(self, report: DayReport) -> None:
        self.till_model.clear()
        self.till_model.setHorizontalHeaderLabels([
            self.tr("Currency"), self.tr("Sales"), self.tr("Revenue"), self.tr("Tax"),
            self.tr("Cost"), self.tr("Margin"), *(method_title(m) for m in Method),
        ])  # fmt: skip
        drawers = []
        for till in report.tills:
            priced = till.sales > 0 or not till.without_price

            def shown(amount: Decimal, *, known: bool = priced, day: TillDay = till) -> str:
                return day.money(amount).format(self._locale) if known else NONE

            cells = [
                till.currency, str(till.sales), shown(till.gross), shown(till.tax),
                *((shown(till.cost), shown(till.margin)) if self.owner else ("", "")),
                *(shown(till.methods.get(m, Decimal(0))) for m in Method),
            ]  # fmt: skip
            items = [QStandardItem(text) for text in cells]
            for item in items[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.till_model.appendRow(items)
            drawers.append(till.money(till.drawer).format(self._locale))
            if till.refunds:
                # Issue 15: refunds are already off the methods and the drawer.
                drawers.append(
                    self.tr("(after %n refund(s): %1 paid back)", "", till.refunds).replace(
                        "%1", till.money(till.refunded).format(self._locale)
                    )
                )
            owed = till.owed
            if owed:
                drawers.append(
                    self.tr("(of which %1 is owed back to customers)").replace(
                        "%1", till.money(owed).format(self._locale)
                    )
                )
        for column in TILL_OWNER_ONLY:
            self.till.setColumnHidden(column, not self.owner)
        self.drawer.setText(
            self.tr("Cash expected in the drawer: %1").replace("%1", " ".join(drawers))
            if drawers
            else ""
        )

    def _show_balances(self, balances: dict[ProviderId, Money | CounterError]) -> None:
        text = balances_text(balances, self._locale)
        self.balances.setText(self.tr("Balances now: %1").replace("%1", text))

    def _balances_failed(self, error: BaseException) -> None:
        self.balances.setText(
            self.tr("Balance unavailable: %1").replace("%1", describe(error, self._locale))
        )
