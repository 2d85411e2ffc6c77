"""The About box, the program's icon, and the Help menu that opens the box.

The version shown is ``app.version.version()``: the one written in ``pyproject.toml``, the
same the installers carry.
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from app.logs import APP_NAME
from app.ui.lazy_qt import Qt  # the box opens long after the first paint

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The program's icon at every size drawn (empty if the icons are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICONS / f"esim-counter-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def _label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        # Imported when the box opens, not at start-up: reading the version loads tomllib
        # (and importlib.metadata, which takes longer to import than a window to show).
        import platform

        from app.version import version

        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))

        picture = QLabel(self)
        picture.setPixmap(QPixmap(str(ICONS / "esim-counter-128.png")))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.name = _label(APP_NAME, self, "aboutName")
        font = self.name.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.name.setFont(font)
        self.version = _label(self.tr("Version %1").replace("%1", version()), self, "aboutVersion")
        self.summary = _label(
            self.tr("Sells travel eSIMs across the counter and shows their QR codes."),
            self,
            "aboutSummary",
        )
        self.summary.setWordWrap(True)
        self.details = _label(
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
            f"Python {platform.python_version()} · {platform.system()} {platform.machine()}"
            + (" · frozen" if getattr(sys, "frozen", False) else ""),
            self,
            "aboutDetails",
        )
        self.details.setWordWrap(True)

        text = QVBoxLayout()
        for label in (self.name, self.version, self.summary, self.details):
            text.addWidget(label)
        text.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(picture)
        body.addSpacing(16)
        body.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def add_help_menu(window: QMainWindow) -> None:
    """A Help menu with About on ``window``'s menu bar (the About item moves to the
    application menu on macOS, as Qt does for the About role)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
    action = menu.addAction(QCoreApplication.translate("AboutDialog", "&About eSIM Counter"))
    action.setObjectName("aboutAction")
    action.setMenuRole(QAction.MenuRole.AboutRole)

    def show_about() -> None:
        dialog = AboutDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(show_about)
