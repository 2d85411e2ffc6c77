"""The banner on top of the counter window: it says the mode the counter is in, and
only that. TRAINING, REAL — not connected (with why), a journal that cannot be used, or
nothing at all for a real counter that sells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


class ModeBanner(QLabel):
    def __init__(self, *, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)  # "REAL — not connected: <why>" can be long
        self.setTextFormat(Qt.TextFormat.PlainText)
        if training:
            self.show_training()
        else:
            self.show_selling()

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
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(text))
