"""The banner on top of the counter window: it says the mode the counter is in, and
only that. TRAINING, REAL — not connected (with why), a journal that cannot be used, or
nothing at all for a real counter that sells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.lazy_qt import set_enum


class ModeBanner(QLabel):
    def __init__(self, *, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        # By name: the banner is painted before PySide's Qt namespace is made (lazy_qt).
        set_enum(self, "alignment", "AlignCenter")
        self.setWordWrap(True)  # "REAL — not connected: <why>" can be long
        set_enum(self, "textFormat", "PlainText")
        # Never polished yet: the style sheet reads the mode when the window is shown.
        # (Asking for the style to re-polish would make PySide's QStyle, ~20 ms, first.)
        self._repolish = False
        if training:
            self.show_training()
        else:
            self.show_selling()
        self._repolish = True

    def show_training(self) -> None:
        # The window's translation context: the words were translated there first.
        self._show(
            QCoreApplication.translate("MainWindow", "TRAINING — no real eSIMs are sold"),
            "training",
        )

    def show_selling(self) -> None:
        """A real counter that sells needs no banner."""
        self._show("", "real")

    def show_not_connected(self, reason: str) -> None:
        # Imported here: the messages (and the plans model) load after the first paint.
        from app.ui.messages import not_connected

        self._show(not_connected(reason), "offline")

    def show_problem(self, text: str) -> None:
        self._show(text, "offline")

    def _show(self, text: str, mode: str) -> None:
        self.setText(text)
        self.setProperty("mode", mode)
        if self._repolish:  # the style sheet's rule for the new mode
            self.style().unpolish(self)
            self.style().polish(self)
        self.setVisible(bool(text))
