"""Every control reachable (issue 13): screen-reader announcements, a touch mode with
44 px targets and kinetic scrolling, and a text size from 100 to 200 %.

The text size scales the application font *and* the point sizes in the style sheet
(``resources/style.qss`` sizes the price, the Sell button and the titles in pt), so one
setting grows every screen alike. Touch mode is a style-sheet fragment (the style sheet is
already the program's one source of sizes; a QProxyStyle under it would be overridden by
the sheet's own rules) plus, for item views, what a sheet cannot say: table row heights
and a QScroller on the viewport. Views created later (the history, a new dialog) get it
when first shown, through one application event filter that exists only in touch mode.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QScrollArea, QWidget

from app import settings_schema as schema
from app.ui.lazy_qt import Qt  # (used after the first paint only)
from app.ui.settings_store import read

log = logging.getLogger(__name__)

TOUCH_TARGET = 44  # px: the smallest target a finger hits reliably (WCAG 2.5.5, Apple HIG)
TEXT_SIZES = range(100, 201, 25)  # percent; the settings offer these steps
INDICATOR = 14  # px: a check box's box at 100 %, about the styles' own

# Dynamic properties of the QApplication: what the sizes are scaled from.
_BASE_FONT = "esimBaseFont"
_BASE_SHEET = "esimBaseStyleSheet"
_TOUCHED = "esimTouch"  # on an item view made touchable: what to restore
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")

# Min-height/width in a style sheet sizes the control itself; the item rule sizes list rows.
TOUCH_SHEET = f"""
/* Touch mode: every target at least {TOUCH_TARGET} px (app/ui/accessibility.py). */
QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton {{
    min-height: {TOUCH_TARGET}px;
}}
QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox {{
    min-width: {TOUCH_TARGET}px;
}}
/* A control's own parts are no targets of their own (a line edit's clear button). */
QLineEdit QToolButton, QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{
    min-height: 0px; min-width: 0px;
}}
/* style.qss sets 36 px here with an id, which outranks the rules above. */
#confirmSale QPushButton {{ min-height: {TOUCH_TARGET}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 28px; height: 28px; }}
QAbstractItemView::item {{ min-height: {TOUCH_TARGET}px; }}
QTabBar::tab {{ min-height: {TOUCH_TARGET}px; min-width: {TOUCH_TARGET}px; }}
"""

# QAccessible (hundreds of enum values) is made when first used, after the first paint
# (app/ui/lazy_qt.py says why): ``Politeness`` is looked up then, by __getattr__ below.
if TYPE_CHECKING:
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    Politeness = QAccessible.AnnouncementPoliteness


def __getattr__(name: str) -> object:
    if name == "Politeness":
        from PySide6.QtGui import QAccessible

        return QAccessible.AnnouncementPoliteness
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Whoever wants to know what was announced (a log, a test); the screen reader itself
# hears it through QAccessible.updateAccessibility.
Listener = Callable[["QAccessibleAnnouncementEvent"], None]
_listeners: list[Listener] = []


# -- announcements ----------------------------------------------------------------------


def announce(widget: QObject, text: str, politeness: Politeness | None = None) -> None:
    """Have a screen reader say ``text`` (a sale's outcome, a delivery) without moving the
    focus; politely (after what it is saying) unless ``politeness`` says otherwise.
    Harmless with no assistive technology running: Qt drops the event."""
    if not text:
        return
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    if politeness is None:
        politeness = QAccessible.AnnouncementPoliteness.Polite
    event.setPoliteness(politeness)
    QAccessible.updateAccessibility(event)
    log.debug("announced: %s", text)
    for listener in list(_listeners):
        listener(event)


def listen(listener: Listener) -> Callable[[], None]:
    """Call ``listener`` with every announcement; returns what stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


# -- text size and touch mode -----------------------------------------------------------


def clamp_text_size(percent: int) -> int:
    return max(TEXT_SIZES.start, min(TEXT_SIZES.stop - 1, percent))


def set_base(app: QApplication, font: QFont, style_sheet: str) -> None:
    """The font and style sheet at 100 % without touch mode; :func:`apply` scales these."""
    app.setProperty(_BASE_FONT, font)
    app.setProperty(_BASE_SHEET, style_sheet)


def base_font(app: QApplication) -> QFont:
    """The unscaled application font (the current one before any :func:`apply`)."""
    stored = app.property(_BASE_FONT)
    return QFont(stored) if isinstance(stored, QFont) else app.font()


def scaled_sheet(sheet: str, percent: int) -> str:
    """``sheet`` with every point size times ``percent`` %; pixel sizes (borders, padding)
    stay, as they are not text."""
    if percent == 100:
        return sheet
    return _POINTS.sub(lambda m: f"{round(float(m.group(1)) * percent / 100)}pt", sheet)


def apply(app: QApplication, text_size: int = 100, touch: bool = False) -> None:
    """Set the text size (percent) and touch mode on the whole program; at start-up and
    whenever the owner saves the settings. Every open window follows."""
    percent = clamp_text_size(text_size)
    font = QFont(base_font(app))
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    else:  # a pixel-sized platform font
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    app.setFont(font)
    base = app.property(_BASE_SHEET)
    sheet = scaled_sheet(base if isinstance(base, str) else app.styleSheet(), percent)
    app.setStyleSheet(sheet + _indicators(percent, touch) + (TOUCH_SHEET if touch else ""))
    _touch_filter(app, touch)
    for widget in app.allWidgets():
        if isinstance(widget, QAbstractItemView) and touch:
            make_touchable(widget)
        elif isinstance(widget, QAbstractItemView):
            make_untouchable(widget)


def _indicators(percent: int, touch: bool) -> str:
    """Check boxes' and radio buttons' boxes grow with the text (the style draws them
    13 px whatever the font); touch mode makes them larger still."""
    if touch or percent == 100:
        return ""
    side = round(INDICATOR * percent / 100)
    return (
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {side}px; height: {side}px; }}\n"
    )


def apply_settings(settings: QSettings) -> None:
    """:func:`apply` with the owner's saved text size and touch mode."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply(app, read(settings, schema.TEXT_SIZE), read(settings, schema.TOUCH_MODE))


def make_touchable(view: QAbstractItemView) -> None:
    """Rows a finger can hit, and a list that scrolls by dragging it (kinetic). Not a
    table's headers, nor a combo box's popup list (a drag there would delay the pick)."""
    if view.property(_TOUCHED) is not None or not _scrollable(view):
        return
    # Here, not at start-up: PySide makes a class's enums when it is first named.
    from PySide6.QtWidgets import QScroller, QTableView

    if isinstance(view, QTableView):
        header = view.verticalHeader()
        # Kept to go back to: (minimum, default) row heights of this table.
        view.setProperty(_TOUCHED, [header.minimumSectionSize(), header.defaultSectionSize()])
        header.setMinimumSectionSize(TOUCH_TARGET)
        header.setDefaultSectionSize(max(TOUCH_TARGET, header.defaultSectionSize()))
    else:
        view.setProperty(_TOUCHED, [])
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # The left button, not only touch events: many counter touch screens report as a mouse.
    QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)


def _scrollable(view: QAbstractItemView) -> bool:
    from PySide6.QtWidgets import QHeaderView

    popup = view.window().windowType() == Qt.WindowType.Popup
    return not isinstance(view, QHeaderView) and not popup


def make_untouchable(view: QAbstractItemView) -> None:
    """Back to the mouse: rows as they were, dragging selects again."""
    sizes = view.property(_TOUCHED)
    if sizes is None:
        return
    from PySide6.QtWidgets import QScroller, QTableView

    view.setProperty(_TOUCHED, None)
    if isinstance(view, QTableView) and len(sizes) == 2:
        header = view.verticalHeader()
        header.setMinimumSectionSize(int(sizes[0]))
        header.setDefaultSectionSize(int(sizes[1]))
    QScroller.ungrabGesture(view.viewport())


class ColumnScroll(QScrollArea):
    """A column that scrolls up and down only: as wide as its content needs, as low as the
    window allows (the sale at 200 % text on a 1366×768 screen). Never sideways: a price
    cut at the column's edge reads as another price."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        bar = self.verticalScrollBar().sizeHint().width()
        width = content.minimumSizeHint().width() + bar if content is not None else 0
        return QSize(width, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's width may have changed: tell the splitter
        return super().eventFilter(watched, event)


def is_touch(app: QApplication) -> bool:
    return app.findChild(_TouchFilter, _TouchFilter.NAME) is not None


class _TouchFilter(QObject):
    """Makes each item view touchable the first time it is shown (dialogs opened later)."""

    NAME = "esimTouchFilter"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QAbstractItemView):
            make_touchable(watched)
        return False


def _touch_filter(app: QApplication, touch: bool) -> None:
    current = app.findChild(_TouchFilter, _TouchFilter.NAME)
    if touch and current is None:
        made = _TouchFilter(app)
        made.setObjectName(_TouchFilter.NAME)
        app.installEventFilter(made)
    elif not touch and current is not None:
        app.removeEventFilter(current)
        current.deleteLater()
        current.setObjectName("")  # gone for is_touch() before the deletion runs


__all__ = [
    "TEXT_SIZES",
    "TOUCH_TARGET",
    "ColumnScroll",
    "Politeness",
    "announce",
    "apply",
    "apply_settings",
    "base_font",
    "clamp_text_size",
    "is_touch",
    "listen",
    "make_touchable",
    "make_untouchable",
    "scaled_sheet",
    "set_base",
]
