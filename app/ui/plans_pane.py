"""The middle of the counter: the plans for the chosen destination, with data and
validity filters, sorted by price."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.plans import Plan
from app.ui.locale_text import bidi
from app.ui.plans_model import PlansModel, PlansProxy

DATA_FILTERS = [("", None), ("1", Decimal(1)), ("3", Decimal(3)), ("5", Decimal(5)),
                ("10", Decimal(10)), ("20", Decimal(20)), ("unlimited", None)]  # fmt: skip
DAY_FILTERS = [0, 7, 15, 30]


class PlansPane(QWidget):
    def __init__(self, locale: str = "en_US", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlansModel(self, locale)
        self.proxy = PlansProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("plansTable")
        self.view.setAccessibleName(self.tr("Plans"))
        self.view.setAccessibleDescription(
            self.tr("Enter, a click or a double-click chooses a plan")
        )
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PlansModel.PRICE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        # A plan name too long for its column (a small screen, German) wraps onto a second
        # line of its own row instead of being cut: the clerk must read what is sold.
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # the usual row, at least
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlansModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.title = QLabel(self.tr("Plans"), self)
        self.title.setObjectName("sectionTitle")
        # A long country name wraps rather than widening the pane and shifting the columns.
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status = QLabel("", self)
        self.status.setObjectName("plansStatus")
        self.status.setWordWrap(True)
        self.data_filter = QComboBox(self)
        self.data_filter.setObjectName("dataFilter")
        self.data_filter.setAccessibleName(self.tr("Data filter"))
        for key, _ in DATA_FILTERS:
            self.data_filter.addItem(self._data_filter_text(key))
        self.days_filter = QComboBox(self)
        self.days_filter.setObjectName("daysFilter")
        self.days_filter.setAccessibleName(self.tr("Validity filter"))
        for days in DAY_FILTERS:
            self.days_filter.addItem(
                bidi(self.tr("%n+ day(s)", "", days)) if days else self.tr("Any validity")
            )
        self.data_filter.currentIndexChanged.connect(self._filters_changed)
        self.days_filter.currentIndexChanged.connect(self._filters_changed)
        # What a plan offers, each a checkbox with its Alt key; kept while the clerk
        # chooses other destinations, so "5G only" holds for the whole conversation.
        self.five_g_only = QCheckBox(self.tr("&5G only"), self)
        self.five_g_only.setAccessibleName(self.tr("5G only"))
        self.five_g_only.setAccessibleDescription(
            self.tr("Shows only plans whose provider lists a 5G network")
        )
        self.top_up_only = QCheckBox(self.tr("Top-&up"), self)
        self.top_up_only.setAccessibleName(self.tr("Top-up possible"))
        self.top_up_only.setAccessibleDescription(
            self.tr("Shows only plans the counter can top up later")
        )
        self.voice_only = QCheckBox(self.tr("Ca&lls/SMS"), self)
        self.voice_only.setAccessibleName(self.tr("Calls or SMS"))
        self.voice_only.setAccessibleDescription(
            self.tr("Shows only plans with calls, texts or a phone number")
        )
        self.feature_boxes = {
            "5g": self.five_g_only,
            "top_up": self.top_up_only,
            "voice": self.voice_only,
        }
        for box in self.feature_boxes.values():
            box.toggled.connect(self._filters_changed)
        self._destination_name = ""

        filters = QHBoxLayout()
        filters.addWidget(self.title, 1)
        filters.addWidget(self.data_filter)
        filters.addWidget(self.days_filter)
        features = QHBoxLayout()
        for box in self.feature_boxes.values():
            features.addWidget(box)
        features.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(features)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._fit_name()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_name)  # once the view has its new font

    def _fit_name(self) -> None:
        """At a large text size the other columns left the plan's name a letter a line:
        every column keeps eight characters, and the table scrolls sideways instead."""
        width = self.view.fontMetrics().averageCharWidth() * 8
        self.view.horizontalHeader().setMinimumSectionSize(width)

    def _data_filter_text(self, key: str) -> str:
        if not key:
            return self.tr("Any data")
        if key == "unlimited":
            return self.tr("Unlimited only")
        return bidi(self.tr("%1 GB or more").replace("%1", key))

    def _filters_changed(self) -> None:
        key, gb = DATA_FILTERS[self.data_filter.currentIndex()]
        self.proxy.set_min_data(gb, unlimited_only=key == "unlimited")
        self.proxy.set_min_days(DAY_FILTERS[self.days_filter.currentIndex()])
        self.proxy.set_features(
            frozenset(key for key, box in self.feature_boxes.items() if box.isChecked())
        )
        self._say_if_filtered_out()

    def _say_if_filtered_out(self) -> None:
        """Plans there are, none left by the filters: say which filter and where."""
        if self.model.rowCount() == 0:
            return
        if self.proxy.rowCount() > 0:
            if self.status.property("filtered"):
                self.show_message("")
            return
        place = self._destination_name
        chosen = self.proxy.features
        if self.data_filter.currentIndex() or self.days_filter.currentIndex():
            chosen = frozenset()  # data or days narrowed it too: no one filter to blame
        if chosen == {"5g"}:
            text = self.tr("No 5G plans for %1.")
        elif chosen == {"top_up"}:
            text = self.tr("No plans for %1 can be topped up.")
        elif chosen == {"voice"}:
            text = self.tr("No plans for %1 include calls or SMS.")
        else:
            text = self.tr("No plans for %1 match the filters.")
        self.show_message(
            bidi(text.replace("%1", place)) + " " + self.tr("Clear a filter to see the others.")
        )
        self.status.setProperty("filtered", True)

    def loading(self, destination_name: str) -> None:
        self._destination_name = destination_name
        self.model.set_plans([])
        self.title.setText(bidi(self.tr("Plans for %1").replace("%1", destination_name)))
        self.title.setToolTip(self.title.text())
        self.show_message(self.tr("Loading plans…"))

    def show_message(self, text: str) -> None:
        self.status.setProperty("filtered", False)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_plans(self, plans: list[Plan]) -> None:
        self.model.set_plans(plans)
        self.show_message("" if plans else self.tr("No plans for this destination."))
        self._say_if_filtered_out()
        if self.proxy.rowCount() > 0:
            # Not selectRow(0): it starts from the first *visual* column and selects
            # nothing in a right-to-left table, leaving the current plan unhighlighted.
            first = self.proxy.index(0, 0)
            flags = QItemSelectionModel.SelectionFlag
            self.view.selectionModel().setCurrentIndex(first, flags.ClearAndSelect | flags.Rows)
            self.view.setFocus()
