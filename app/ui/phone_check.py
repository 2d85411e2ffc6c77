"""The phone check before paying: three questions the clerk reads to the traveller and a
searchable list of eSIM-capable phones.

Keyboard complete: the search has the keyboard, typing narrows the list, the arrows
move in it without leaving the search, Return answers "Checked — OK" with the phone
shown, Alt+N "Not compatible" (the sale stops, nothing is journalled or charged), Alt+K
skips the check, Esc goes back to the plan as if Sell was not pressed.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.phones import Answer, PhoneCheck, PhoneList, PhoneModel
from app.ui.confirm_dialog import NaturalScroll
from app.ui.locale_text import align_leading, bidi

_MOVES = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)
MODEL_ROLE = Qt.ItemDataRole.UserRole + 1


class Verdict(StrEnum):
    OK = "ok"
    INCOMPATIBLE = "incompatible"
    SKIPPED = "skipped"


class PhoneCheckDialog(QDialog):
    """``verdict`` says what the clerk answered once it is finished (None: Esc)."""

    def __init__(self, phones: PhoneList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneCheck")
        self.setWindowTitle(self.tr("Phone check"))
        self.setModal(True)
        self._phones = phones
        self.verdict: Verdict | None = None

        intro = QLabel(self.tr("Before paying, check with the traveller:"), self)
        intro.setObjectName("phoneCheckIntro")
        questions = QLabel(
            "\n".join(
                (
                    self.tr(
                        "1. Is the phone unlocked? It must take another network's SIM, "
                        "not only its own operator's."
                    ),
                    self.tr("2. Can the model use an eSIM? Find it in the list below."),
                    self.tr(
                        "3. Is its system new enough? iPhone: the iOS version shown "
                        "here or later. Android: updates installed."
                    ),
                )
            ),
            self,
        )
        questions.setObjectName("phoneCheckQuestions")
        questions.setWordWrap(True)
        questions.setTextFormat(Qt.TextFormat.PlainText)
        self.search = QLineEdit(self)
        self.search.setObjectName("phoneSearch")
        self.search.setPlaceholderText(self.tr("Type the phone model, e.g. iPhone 13 or Pixel 8"))
        self.search.setAccessibleName(self.tr("Search the phone model"))
        self.search.setAccessibleDescription(
            self.tr("Up and Down pick a phone from the list; Enter answers Checked, OK")
        )
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("phoneList")
        self.list.setAccessibleName(self.tr("eSIM-capable phones"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search keeps the keyboard
        self.chosen_label = QLabel("", self)
        self.chosen_label.setObjectName("phoneChosen")
        self.chosen_label.setWordWrap(True)
        align_leading(self.chosen_label)
        self.not_listed = QLabel(
            self.tr(
                "Not in the list? Ask the traveller to look on the phone: Settings → "
                "Mobile data (Cellular) → Add eSIM. No such option: not compatible."
            ),
            self,
        )
        self.not_listed.setWordWrap(True)
        self.not_listed.setObjectName("phoneNotListed")

        self.ok_button = QPushButton(self.tr("&Checked — OK"), self)
        self.ok_button.setAccessibleName(self.tr("Checked, OK"))
        self.ok_button.setDefault(True)
        self.incompatible_button = QPushButton(self.tr("&Not compatible"), self)
        self.incompatible_button.setAccessibleName(self.tr("Not compatible"))
        self.incompatible_button.setAccessibleDescription(
            self.tr("Stops the sale: nothing is charged or recorded")
        )
        self.skip_button = QPushButton(self.tr("S&kip the check"), self)
        self.skip_button.setAccessibleName(self.tr("Skip the check"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.incompatible_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Not QDialogButtonBox's accepted/rejected: each button says what it means.
        self.ok_button.clicked.connect(lambda: self._decide(Verdict.OK))
        self.incompatible_button.clicked.connect(lambda: self._decide(Verdict.INCOMPATIBLE))
        self.skip_button.clicked.connect(lambda: self._decide(Verdict.SKIPPED))

        # Scrolls only where the screen is too low for it all (200 % text on 1366×768);
        # the list keeps a few rows at least, the buttons stay in view.
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 5)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(questions)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.chosen_label)
        column.addWidget(self.not_listed)
        layout = QVBoxLayout(self)
        layout.addWidget(NaturalScroll(body, self), 1)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.list.itemDoubleClicked.connect(lambda _item: self._decide(Verdict.OK))
        self._filter("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list ---------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        found = self._phones.search(text)
        self.list.clear()
        for model in found:
            item = QListWidgetItem(self._item_text(model), self.list)
            item.setData(MODEL_ROLE, model)
        # Nothing picked until the clerk types or moves: "OK" with no model is "checked,
        # model not looked up", never a phone the traveller does not have.
        if text.strip() and found:
            self.list.setCurrentRow(0)
        else:
            self.list.setCurrentRow(-1)
        self._show_chosen()

    def _item_text(self, model: PhoneModel) -> str:
        if model.min_os and model.os:
            return bidi(
                self.tr("%1 — eSIM from %2 %3")
                .replace("%1", model.name)
                .replace("%2", model.os)
                .replace("%3", model.min_os)
            )
        return bidi(model.name)

    def chosen(self) -> PhoneModel | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(MODEL_ROLE)
        return value if isinstance(value, PhoneModel) else None

    def _show_chosen(self) -> None:
        model = self.chosen()
        if model is None:
            count = self.list.count()
            text = (
                self.tr("No phone of that name in the list.")
                if count == 0
                else self.tr("%n phone(s) listed.", "", count)
            )
        else:
            text = bidi(self.tr("Chosen: %1").replace("%1", self._item_text(model)))
        self.chosen_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVES
        ):
            self._move(event.key())
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        count = self.list.count()
        if count == 0:
            return
        row = self.list.currentRow()
        page = max(1, self.list.height() // max(1, self.list.sizeHintForRow(0)) - 1)
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }[Qt.Key(key)]
        row = 0 if row < 0 and step > 0 else max(0, min(count - 1, row + step))
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))

    # -- the answer -------------------------------------------------------------------------

    def _decide(self, verdict: Verdict) -> None:
        self.verdict = verdict
        if verdict is Verdict.INCOMPATIBLE:
            self.reject()
        else:
            self.accept()

    def check(self) -> PhoneCheck | None:
        """The answer to journal; None when the sale does not go on."""
        if self.verdict is Verdict.OK:
            model = self.chosen()
            return PhoneCheck(Answer.OK, "" if model is None else model.name)
        if self.verdict is Verdict.SKIPPED:
            return PhoneCheck(Answer.SKIPPED)
        return None
