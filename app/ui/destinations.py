"""The destination picker: type-to-search by name (UI language), alpha-2 or alpha-3,
regional and global bundles as their own entries, recent destinations on top."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.core.countries import Destination, DestinationKind
from app.settings_schema import RECENT_DESTINATIONS
from app.ui.flags import flag_icon
from app.ui.lazy_qt import Qt, set_enum
from app.ui.names import destination_name, match_rank
from app.ui.settings_store import read, write

# Qt.ItemDataRole's values as numbers: the picker is built before the first paint, before
# PySide's Qt namespace is made (app/ui/lazy_qt.py); tests/gui/test_lazy_qt.py checks them.
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, USER_ROLE = 0, 1, 3, 0x100
DEST_ROLE = USER_ROLE + 1
RANK_ROLE = USER_ROLE + 2
MAX_RECENT = 5

Index = QModelIndex | QPersistentModelIndex


def destination_key(destination: Destination) -> str:
    return f"{destination.kind.value}:{destination.code}"


class DestinationsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._items: list[Destination] = []
        self._recent: list[str] = []
        self._language = language

    def set_destinations(self, destinations: list[Destination], recent: list[str]) -> None:
        self.beginResetModel()
        self._items = list(destinations)
        self._recent = list(recent)
        self.endResetModel()

    def set_recent(self, recent: list[str]) -> None:
        self._recent = list(recent)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def destination(self, row: int) -> Destination:
        return self._items[row]

    @property
    def language(self) -> str:
        return self._language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        key = destination_key(item)
        if role == DISPLAY_ROLE:
            name = destination_name(item, self._language)
            if item.kind is DestinationKind.REGION:
                return self.tr("%1 (regional)").replace("%1", name)
            if item.kind is DestinationKind.GLOBAL:
                return self.tr("Global (worldwide)")  # already translated as a whole
            return name
        if role == DECORATION_ROLE:
            return flag_icon(item)
        if role == TOOLTIP_ROLE and item.kind is DestinationKind.COUNTRY:
            # The codes first (a clerk checks what a typed code found), then the whole name,
            # which a narrow list cuts.
            name = destination_name(item, self._language)
            return f"{item.code} · {item.alpha3} — {name}"
        if role == DEST_ROLE:
            return item
        if role == RANK_ROLE:
            recent = self._recent.index(key) if key in self._recent else MAX_RECENT
            kind = {DestinationKind.COUNTRY: 0, DestinationKind.REGION: 1}.get(item.kind, 2)
            name = destination_name(item, self._language).casefold()
            return (recent, kind, name)
        return None


class DestinationsProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self.setSortRole(RANK_ROLE)
        self.setDynamicSortFilter(True)

    def set_query(self, query: str) -> None:
        # The order depends on the query too ("de": Germany before DR Congo), and a filter
        # change alone keeps the old order, so re-filter and re-sort together.
        self._query = query
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DestinationsModel):
            return True
        return match_rank(model.destination(row), self._query, model.language) is not None

    def lessThan(self, left: Index, right: Index) -> bool:
        # While searching, the best match leads ("de" is Germany before Congo's "Democratic").
        return self._key(left) < self._key(right)

    def _key(self, index: Index) -> tuple:
        model = self.sourceModel()
        rank = index.data(RANK_ROLE)
        if not self._query or not isinstance(model, DestinationsModel):
            return rank
        found = match_rank(model.destination(index.row()), self._query, model.language)
        return (3 if found is None else found, *rank)


class DestinationPicker(QWidget):
    chosen = Signal(object)  # Destination

    def __init__(self, settings: QSettings, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.model = DestinationsModel(self, language)
        self.proxy = DestinationsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.search = QLineEdit(self)
        self.search.setObjectName("destinationSearch")
        self.search.setAccessibleName(self.tr("Destination search"))
        # Short enough for the narrowest picker (the title above already says Destination);
        # the tooltip says the rest.
        self.search.setPlaceholderText(self.tr("Name or code"))
        self.search.setToolTip(
            self.tr("A country or region name, or an alpha-2 or alpha-3 code (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_query)
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self._choose_current)

        self.list = QListView(self)
        self.list.setObjectName("destinationList")
        self.list.setAccessibleName(self.tr("Destinations"))
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        # Long names are cut with an ellipsis (and shown whole in the tooltip) rather than
        # scrolling the list sideways.
        set_enum(self.list, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum(self.list, "textElideMode", "ElideRight")
        self.list.activated.connect(self._choose_index)
        self.list.clicked.connect(self._choose_index)

        self.status = QLabel(self.tr("Loading destinations…"), self)
        self.status.setObjectName("pickerStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Destination"), self)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)

    def recent(self) -> list[str]:
        recent: tuple[str, ...] = read(self._settings, RECENT_DESTINATIONS)
        return list(recent)

    def set_destinations(self, destinations: list[Destination]) -> None:
        self.model.set_destinations(destinations, self.recent())
        self.proxy.sort(0)
        self.status.setVisible(False)
        self._select_first()

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_query(self, text: str) -> None:
        self.proxy.set_query(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search box move the list's selection while the typing
        # continues; Enter then chooses. Hands never leave the keys.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _navigation_keys()
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _choose_current(self) -> None:
        self._choose_index(self.list.currentIndex())

    def _choose_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        destination = index.data(DEST_ROLE)
        if isinstance(destination, Destination):
            self._remember(destination)
            self.chosen.emit(destination)

    def _remember(self, destination: Destination) -> None:
        key = destination_key(destination)
        recent = [key] + [k for k in self.recent() if k != key]
        write(self._settings, RECENT_DESTINATIONS, tuple(recent[:MAX_RECENT]))
        self.model.set_recent(recent[:MAX_RECENT])


def _navigation_keys() -> tuple[Qt.Key, ...]:
    return (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
