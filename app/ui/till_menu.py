"""The Till menu: Open shift, Pay in, Pay out, X report, Close shift (Z).

Journal writes and provider balance reads run on the Runner; dialogs are non-blocking.
Closing a shift needs CLOSE_SHIFT: ``gate(action, then)`` is the window's clerk gate
(``ClerkGate.may``), which asks for an override when the clerk's role does not allow it.

Selling without an open shift is allowed (docs/decisions.md, "Shifts in the window"): a
sale belongs to the shift open when it was created, and to none otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.money import Money
from app.counter import Counter
from app.till.model import FloatCount, MoveKind, Shift, ZRecord
from app.till.report_model import ShiftReport
from app.till.roles import Action
from app.ui import till_tasks
from app.ui.messages import describe
from app.ui.receipts.printing import shop_details
from app.ui.receipts.report_layout import print_doc, save_pdf
from app.ui.refund_flow import RefundFlow
from app.ui.runner import Runner
from app.ui.shift_dialogs import CashMoveDialog, OpenShiftDialog, ReportDialog
from app.ui.till_docs import report_doc, report_lines
from app.ui.till_tasks import Gate
from app.ui.z_close import ZCloseDialog


class TillController(QObject):
    notice = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        window: QWidget,
        runner: Runner,
        settings: QSettings,
        counter: Callable[[], Counter | None],
        gate: Gate,
        *,
        locale: str = "en_US",
        language: str = "en",
    ) -> None:
        super().__init__(window)
        self._window, self._runner, self._settings = window, runner, settings
        self._counter, self.gate = counter, gate
        self._locale, self._language = locale, language
        self.dialog: QWidget | None = None  # the open till dialog (tests, screenshots)
        self.report: ReportDialog | None = None
        self.last_report: ShiftReport | None = None
        self.last_z: ZRecord | None = None
        self.refunds = RefundFlow(
            runner,
            settings,
            counter,
            self._may,
            locale=locale,
            language=language,
            parent=self,
            approver=lambda: getattr(getattr(window, "clerk_gate", None), "approver", None),
        )

    def _may(self, action: Action, then: Callable[[], None], reference: str | None = None) -> None:
        self.gate(action, then, reference)  # late-bound: the gate may be swapped after building

    # -- helpers ---------------------------------------------------------------------

    def _run(self, work: Callable[[Counter], object], done: Callable[[object], None]) -> None:
        counter = self._counter()
        if counter is None:
            self.notice.emit(self.tr("The counter is still starting; try again in a moment."))
            return
        self._runner.run(
            lambda: work(counter),
            done,
            lambda error: self._failed(error),
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        text = describe(error, self._locale)
        self.notice.emit(text)
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        message = getattr(dialog, "message", None)
        if message is not None:
            message.setText(text)
        ok = getattr(dialog, "ok", None)
        if ok is not None:
            ok.setEnabled(True)

    def _currency(self) -> str:
        from app.ui.pricing_source import current_price_list

        try:
            return current_price_list(self._settings).sale_currency or "USD"
        except Exception:  # a damaged price list is said elsewhere
            return "USD"

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]  # every till dialog is a QDialog

    # -- open, pay in / out ------------------------------------------------------------

    def open_shift(self) -> None:
        self._run(till_tasks.current, self._maybe_open)

    def _maybe_open(self, shift: object) -> None:
        if isinstance(shift, Shift):
            self.notice.emit(
                self.tr("Shift %1 is already open; close it (Z) before opening another.").replace(
                    "%1", str(shift.number)
                )
            )
            return
        dialog = OpenShiftDialog(self._currency(), self._locale, self._window)
        dialog.chosen.connect(self._open)
        self._show(dialog)

    def _open(self, amount: Money, count: FloatCount | None) -> None:
        self._run(lambda c: till_tasks.open_shift(c, amount, count), self._opened)

    def _opened(self, shift: object) -> None:
        assert isinstance(shift, Shift)
        self.notice.emit(
            self.tr("Shift %1 is open with a float of %2.")
            .replace("%1", str(shift.number))
            .replace("%2", shift.opening_float.format(self._locale))
        )

    def move(self, kind: MoveKind) -> None:
        self._run(till_tasks.current, lambda shift: self._maybe_move(kind, shift))

    def _no_shift(self) -> None:
        self.notice.emit(
            self.tr("No shift is open. Open a shift with its float first (Till menu).")
        )

    def _maybe_move(self, kind: MoveKind, shift: object) -> None:
        if not isinstance(shift, Shift):
            self._no_shift()
            return
        dialog = CashMoveDialog(kind, shift.opening_float.currency, self._locale, self._window)
        dialog.chosen.connect(self._move)
        self._show(dialog)

    def _move(self, kind: MoveKind, amount: Money, reason: str) -> None:
        def moved(_move: object) -> None:
            text = (
                self.tr("Pay-in of %1 recorded.")
                if kind is MoveKind.PAY_IN
                else self.tr("Pay-out of %1 recorded.")
            )
            self.notice.emit(text.replace("%1", amount.format(self._locale)))

        self._run(lambda c: till_tasks.cash_move(c, kind, amount, reason), moved)

    # -- X and Z -----------------------------------------------------------------------

    def x_report(self) -> None:
        self._run(till_tasks.x_report, self._show_x)

    def _show_x(self, report: object) -> None:
        if not isinstance(report, ShiftReport):
            self._no_shift()
            return
        dialog = ReportDialog(self.tr("X report"), self._window)
        headline = (
            self.tr("X report, shift %1: %2 expected in the drawer")
            .replace("%1", str(report.shift))
            .replace("%2", report.drawer.expected.format(self._locale))
        )
        self._present(dialog, report, headline)

    def _present(self, dialog: ReportDialog, report: ShiftReport, headline: str) -> None:
        self.last_report = report
        dialog.show_report(headline, report_lines(report, self._language, self._locale))
        dialog.print_wanted.connect(lambda: self.print_report(report))
        dialog.pdf_wanted.connect(lambda: self.save_report(report))
        self.report = dialog
        dialog.show()

    def close_shift(self) -> None:
        self._may(Action.CLOSE_SHIFT, self._count_for_z)

    def _count_for_z(self) -> None:
        def ready(report: object) -> None:
            if not isinstance(report, ShiftReport):
                self._no_shift()
                return
            dialog = ZCloseDialog(report.shift, report.drawer.expected, self._locale, self._window)
            dialog.counted.connect(self._close)
            self._show(dialog)

        self._run(lambda c: till_tasks.x_report(c, read_balances=False), ready)

    def _close(self, counted: Money) -> None:
        self._run(lambda c: till_tasks.close_shift(c, counted), self._closed)

    def _closed(self, result: object) -> None:
        if result is None:
            self._no_shift()
            if isinstance(self.dialog, ZCloseDialog) and shiboken6.isValid(self.dialog):
                self.dialog.reject()
            return
        z, report = cast("tuple[ZRecord, ShiftReport]", result)
        self.last_z = z
        if isinstance(self.dialog, ZCloseDialog) and shiboken6.isValid(self.dialog):
            self.dialog.accept()  # (the clerk may have pressed Cancel while it closed)
        dialog = ReportDialog(self.tr("Z report %1").replace("%1", str(z.number)), self._window)
        headline = self.tr("Z %1 written. Counted %2, expected %3, difference %4.")
        for key, value in (  # (a Z always has its count, unlike an X)
            ("%1", str(z.number)),
            ("%2", z.counted.format(self._locale)),
            ("%3", z.expected.format(self._locale)),
            ("%4", z.difference.format(self._locale)),
        ):
            headline = headline.replace(key, value)
        self._present(dialog, report, headline)
        self.print_report(report)

    # -- printing ----------------------------------------------------------------------

    def _doc(self, report: ShiftReport):
        return report_doc(report, shop_details(self._settings), self._language, self._locale)

    def print_report(self, report: ShiftReport) -> None:
        def printed(path: Path | None) -> None:
            self._say(
                self.tr("Report printed.")
                if path is None
                else self.tr("Report saved as %1.").replace("%1", str(path))
            )

        where = print_doc(
            self._doc(report),
            self._settings,
            self._runner,
            parent=self.report,
            on_done=printed,
            on_error=lambda error: self._say(describe(error, self._locale)),
        )
        if where == "none":
            self._say(self.tr("No receipt printer is set up (Settings › Receipts)."))

    def save_report(self, report: ShiftReport) -> None:
        doc = self._doc(report)
        name, _ = QFileDialog.getSaveFileName(
            self.report, self.tr("Save the report as PDF"), doc.file_name, self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        save_pdf(
            doc,
            Path(name),
            self._runner,
            parent=self.report,
            on_done=lambda path: self._say(self.tr("Saved as %1.").replace("%1", str(path))),
            on_error=lambda error: self._say(describe(error, self._locale)),
        )

    def _say(self, text: str) -> None:
        if self.report is not None:
            try:
                self.report.message.setText(text)
            except RuntimeError:  # the report was closed meanwhile
                self.report = None
        self.notice.emit(text)
