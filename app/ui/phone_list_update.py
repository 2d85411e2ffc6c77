"""Settings: the phone check's switch, and "Update the phone list from a file…".

The file is read and validated whole in the Runner (``app.core.phones.install``), then
copied beside the journal; the next phone check uses it. A damaged file is refused with
the reason, and the list in use stays.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.phones import PhoneList, PhoneListError
from app.ui.runner import Runner

Folder = Callable[[], Path | None]


class PhoneListRow(QWidget):
    def __init__(
        self,
        runner: Runner,
        folder: Folder,
        installed: Callable[[PhoneList], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._folder = folder
        self._installed = installed
        # Replaced in tests; a clerk picks the file in the platform's own dialog.
        self.pick_file: Callable[[], str] = self._ask_for_file
        self.button = QPushButton(
            QCoreApplication.translate("PhoneListUpdate", "&Update the phone list from a file…"),
            self,
        )
        self.button.setAccessibleName(
            QCoreApplication.translate("PhoneListUpdate", "Update the phone list from a file")
        )
        self.button.setAccessibleDescription(
            QCoreApplication.translate(
                "PhoneListUpdate",
                "A JSON list of eSIM-capable phones; the one shipped with the program serves "
                "until then",
            )
        )
        self.button.clicked.connect(self.choose)
        self.status = QLabel("", self)
        self.status.setObjectName("phoneListStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status)

    def _ask_for_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("PhoneListUpdate", "Phone list"),
            "",
            QCoreApplication.translate("PhoneListUpdate", "Phone lists (*.json)"),
        )
        return path

    def choose(self) -> None:
        path = self.pick_file()
        if path:
            self.install(Path(path))

    def install(self, source: Path) -> None:
        from app.core import phones

        folder = self._folder()
        if folder is None:
            self.status.setText(
                QCoreApplication.translate(
                    "PhoneListUpdate",
                    "The counter is not open yet, so there is no place to keep the list. "
                    "Try again in a moment.",
                )
            )
            return
        self.button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("PhoneListUpdate", "Reading the file…"))
        self._runner.run(
            lambda: phones.install(source, folder),
            self._done,
            self._refused,
            owner=self,
        )

    def _done(self, found: PhoneList) -> None:
        self.button.setEnabled(True)
        count = len(found.models)
        self.status.setText(
            self.tr("Phone list updated: %n phone(s). The next check uses it.", "", count)
        )
        self._installed(found)

    def _refused(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        reason = str(error) if isinstance(error, PhoneListError) else type(error).__name__
        self.status.setText(
            QCoreApplication.translate(
                "PhoneListUpdate",
                "This file was refused: %1. The phone list in use was kept; ask for a "
                "corrected file.",
            ).replace("%1", reason)
        )
