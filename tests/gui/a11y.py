"""The accessibility walker: what a screen reader and a finger meet in one window.

Reusable on any window or dialog (no pytest here, so scripts can use it too)::

    from tests.gui.a11y import assert_reachable
    assert_reachable(dialog)               # every control named
    assert_reachable(dialog, touch=True)   # and at least 44 × 44 px
    assert_reachable(dialog, fits=SCREEN)  # and nothing clipped, inside that screen

It walks every page of every tab widget (a control on another tab is as reachable), and
judges a name by what Qt's accessibility layer hands a screen reader
(``QAccessibleInterface.text(Name)``): a button's text or a form label's buddy counts, an
icon-only button or a bare line edit does not.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

TOUCH_TARGET = 44
# Controls whose children are their own parts (a spin box's line edit, a table's corner
# button, a tab bar's scroll arrows): the screen reader meets the whole, not the parts.
COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar, QLineEdit)


def interactive(widget: QWidget) -> bool:
    """A control a clerk can operate (or read by moving into it)."""
    if isinstance(widget, QHeaderView | QScrollBar):
        return False
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly() or widget.focusPolicy() != widget.focusPolicy().NoFocus
    return isinstance(
        widget,
        QAbstractButton
        | QLineEdit
        | QAbstractSpinBox
        | QComboBox
        | QAbstractItemView
        | QAbstractSlider,
    )


def _part_of_another(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    """The visible interactive widgets of ``top`` as it is shown now."""
    return [
        widget
        for widget in [top, *top.findChildren(QWidget)]
        if interactive(widget) and widget.isVisible() and not _part_of_another(widget, top)
    ]


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def describe(widget: QWidget) -> str:
    """Which widget, for a failure message: class, object name, where it is."""
    chain = []
    parent: QWidget | None = widget
    while parent is not None:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(chain[1:4])}"


def pages(top: QWidget) -> Iterator[None]:
    """Shows every page of every tab widget of ``top`` in turn (then the first again)."""
    yield
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield
        tabs.setCurrentIndex(current)
        QApplication.processEvents()


def unnamed(top: QWidget) -> list[str]:
    found: dict[int, str] = {}
    for _ in pages(top):
        for widget in controls(top):
            if not accessible_name(widget):
                found[id(widget)] = describe(widget)
    return sorted(found.values())


def _row_height(view: QAbstractItemView) -> int | None:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return None
    hint = view.sizeHintForRow(0)
    vertical = getattr(view, "verticalHeader", None)
    if vertical is not None:
        header: QHeaderView = vertical()
        return min(hint, header.sectionSize(0)) if header.count() else hint
    return hint


def too_small(top: QWidget, minimum: int = TOUCH_TARGET) -> list[str]:
    """Controls (and item-view rows) a finger could miss: under ``minimum`` px."""
    found: dict[int, str] = {}
    for _ in pages(top):
        for widget in [*controls(top), *_tab_bars(top)]:
            size = widget.size()
            if size.width() < minimum or size.height() < minimum:
                found[id(widget)] = f"{describe(widget)}: {size.width()}×{size.height()}"
            if isinstance(widget, QAbstractItemView):
                row = _row_height(widget)
                if row is not None and row < minimum:
                    found[id(widget) + 1] = f"{describe(widget)}: rows {row} px high"
    return sorted(found.values())


def _tab_bars(top: QWidget) -> list[QWidget]:
    return [bar for bar in top.findChildren(QTabBar) if bar.isVisible()]


def clipped(top: QWidget) -> list[str]:
    """Labels that show less than their text: narrower or lower than it needs (wrapped
    labels: lower than their text at their width). In a scroll area too: scrolling shows
    the rest of the area, never the rest of a cut label."""
    found: dict[int, str] = {}
    for _ in pages(top):
        for label in top.findChildren(QLabel):
            if not label.isVisible() or not label.text() or label.pixmap().width() > 0:
                continue
            size = label.contentsRect().size()
            if label.wordWrap():  # its longest word, and its lines at its width
                needed = QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
            else:
                needed = label.minimumSizeHint()
            short = needed.width() > label.width() or needed.height() > label.height()
            if short and size.width() > 0:
                found[id(label)] = (
                    f"{describe(label)} {label.text()[:40]!r}: needs {needed.width()}×"
                    f"{needed.height()}, has {label.width()}×{label.height()}"
                )
    return sorted(found.values())


def outside(top: QWidget, screen: QSize) -> list[str]:
    """The window does not fit ``screen`` (its free area), or cannot shrink to it."""
    problems = []
    smallest = top.minimumSizeHint().expandedTo(top.minimumSize())
    if smallest.width() > screen.width() or smallest.height() > screen.height():
        problems.append(f"{describe(top)} cannot be smaller than {smallest.toTuple()}")
    if top.width() > screen.width() or top.height() > screen.height():
        problems.append(f"{describe(top)} is {top.size().toTuple()}, the screen {screen.toTuple()}")
    return problems


def problems(top: QWidget, *, touch: bool = False, fits: QSize | None = None) -> list[str]:
    found = [f"no accessible name: {w}" for w in unnamed(top)]
    if touch:
        found += [f"under {TOUCH_TARGET} px: {w}" for w in too_small(top)]
    if fits is not None:
        found += outside(top, fits) + [f"clipped: {w}" for w in clipped(top)]
    return found


def assert_reachable(top: QWidget, *, touch: bool = False, fits: QSize | None = None) -> None:
    """Fails listing every problem of ``top`` (see :func:`problems`)."""
    QApplication.processEvents()
    found = problems(top, touch=touch, fits=fits)
    assert not found, f"{top.objectName() or type(top).__name__}:\n  " + "\n  ".join(found)
