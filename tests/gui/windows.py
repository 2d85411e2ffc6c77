"""Every window and dialog of the counter, opened the way a clerk or the owner opens it,
for the accessibility walk (tests/gui/a11y.py). No pytest here: the walk at 200 % text on a
real-sized screen runs this in a child process.

A new dialog joins the walk with one line in ``WINDOWS`` (or ``MODALS`` for one that blocks
in ``exec()``): a name, and a function from the :class:`Visit` to the open dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app import settings_schema as schema
from app.core.errors import CounterError
from app.core.plans import Plan, ProviderId
from app.counter import Counter
from app.journal import Journal
from app.pin import hash_pin
from app.sandbox import SandboxConfig
from app.secrets import SecretStore
from app.training import training_setup
from app.ui import crash
from app.ui.about import AboutDialog
from app.ui.driver import CounterDriver, Wait
from app.ui.journal_problem import DAMAGED, UNWRITABLE, JournalProblem
from app.ui.main_window import MainWindow
from app.ui.settings_save import save_anyway_prompt
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring


@dataclass
class Visit:
    """The counter window after one delivered sale, its driver, and a scratch folder."""

    window: MainWindow
    driver: CounterDriver
    folder: Path


# A shop's name as long as shops give them: it shares the header with both balances.
SHOP_NAME = "Sunrise Mobile — Terminal 2"


def make_visit(folder: Path, wait: Wait, language: str = "en") -> tuple[Visit, Callable[[], None]]:
    """The counter in training mode with a keyring in memory, shown; and what closes it."""
    setup = training_setup(SandboxConfig(clock_scale=0.001, pending_after_seconds=30))
    journal = Journal(folder / "journal.sqlite3")
    counter = Counter(setup.providers, journal, training=True, clerk="test")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        locale=QLocale().name(),
        language=language,
        shop_name=SHOP_NAME,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
        store=SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED),
    )
    window.show()

    def close() -> None:
        window.runner.shutdown()
        window.close()
        if window.flow.display is not None:
            window.flow.display.close()
        window.deleteLater()
        QApplication.processEvents()
        journal.close()
        setup.close()

    return Visit(window, CounterDriver(window, wait), folder), close


def delivers_at_once(plan: Plan) -> bool:
    # The sandbox keeps KDDI plans pending for a while (see docs/sandbox.md).
    return "KDDI" not in plan.name


def sell_one(visit: Visit) -> None:
    """Japan, a plan that delivers at once, Sell, confirm; the display closed again."""
    driver = visit.driver
    driver.wait_ready()
    driver.find("JPN")
    driver.pick(driver.row_where(delivers_at_once))
    driver.sell()
    driver.wait_display()
    driver.close_display()


def _confirmation(visit: Visit) -> QWidget:
    visit.driver.pick(visit.driver.row_where(delivers_at_once))
    return visit.driver.open_confirmation()


def _display(visit: Visit) -> QWidget:
    flow = visit.window.flow
    assert flow.last_order is not None, "sell_one first"
    flow.show_display(flow.last_order)
    return visit.driver.wait_display()


def _settings(visit: Visit) -> QWidget:
    dialog = visit.driver.open_settings()
    visit.driver.wait(lambda: dialog.keyring_state.property("bad") is not None, "the keyring")
    return dialog


def _journal(problem: str) -> Callable[[Visit], QWidget]:
    def make(visit: Visit) -> QWidget:
        dialog = JournalProblem(
            visit.folder / "journal.sqlite3", problem, visit.window.runner, visit.window
        )
        dialog.open()
        return dialog

    return make


def _phone_check(visit: Visit) -> QWidget:
    from app.core import phones
    from app.ui.phone_check import PhoneCheckDialog

    dialog = PhoneCheckDialog(phones.load(None), visit.window)
    dialog.open()
    return dialog


def _about(visit: Visit) -> QWidget:
    dialog = AboutDialog(visit.window)
    dialog.open()
    return dialog


def _save_anyway(visit: Visit) -> QWidget:
    box = save_anyway_prompt(visit.window, {ProviderId.ESIMFLY: CounterError("refused")})
    box.open()
    return box


def _day_report(visit: Visit) -> QWidget:
    report = visit.driver.open_day_report()
    loading = QCoreApplication.translate("DayReportDialog", "Balances: loading…")
    visit.driver.wait(lambda: report.model.rowCount() > 0, "the day report")
    visit.driver.wait(lambda: report.balances.text() != loading, "the balances")
    return report


def _price_list(visit: Visit) -> QWidget:
    from app.ui.price_list_dialog import PriceListDialog

    visit.window.open_price_list()  # no manager PIN set: opens at once
    visit.driver.wait(lambda: visit.window.findChild(PriceListDialog) is not None, "price list")
    dialog = visit.window.findChild(PriceListDialog)
    assert dialog is not None
    return dialog


def _handback(visit: Visit) -> QWidget:
    """The last sale as if it had failed after a split payment: two lines to give back."""
    from dataclasses import replace

    from app.core.money import Money
    from app.core.orders import OrderStatus
    from app.core.payment import Method, Payment, Tender
    from app.ui.handback_dialog import HandbackDialog

    sold = visit.window.flow.last_order
    assert sold is not None, "sell_one first"
    paid = Payment(
        (
            Tender(Method.CARD, Money.of("12.00", "USD")),
            Tender(Method.CASH, Money.of("7.99", "USD")),
        ),
        cash_tendered=Money.of("10.00", "USD"),
    )
    failed = replace(
        sold,
        status=OrderStatus.FAILED,
        payment=paid,
        failure_reason="The provider refused the order: the plan is no longer sold.",
    )
    dialog = HandbackDialog(failed, locale=QLocale().name(), parent=visit.window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _history(visit: Visit) -> QWidget:
    history = visit.driver.open_history()
    visit.driver.wait(lambda: history.model.rowCount() > 0, "the sales in the history")
    return history


def _sign_in(visit: Visit) -> QWidget:
    """The sign-in prompt (issue 15) with a few clerks' names, as after an idle lock."""
    from app.ui.sign_in_dialog import SignInDialog

    dialog = SignInDialog(
        visit.window,
        title=QCoreApplication.translate("ClerkGate", "Sign in"),
        intro=QCoreApplication.translate("ClerkGate", "Type your name and PIN to use the counter."),
        names=["Ana", "Ben", "Sara Al-Khalil"],
        chosen="Ana",
        can_cancel=True,  # (the walk closes it; without, only a PIN or Quit would)
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _clerks(visit: Visit) -> QWidget:
    """Settings › Clerks, with the counter's journal's clerks listed."""
    dialog = _settings(visit)
    tab = dialog.clerks  # type: ignore[attr-defined]
    tabs = dialog.tabs  # type: ignore[attr-defined]
    # (Found by its widget: the Chain tab (issue 16) comes after it.)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(tab)))
    visit.driver.wait(lambda: tab._loaded, "the clerks")
    return dialog


def _shift(visit: Visit) -> None:
    """A shift open on the visit's counter (issue 15), for the till's dialogs."""
    from app.core.money import Money

    counter = visit.window.counter
    assert counter is not None
    if counter.journal.current_shift(training=counter.training) is None:
        counter.journal.open_shift(
            opened_by="", opening_float=Money.of("100", "USD"), training=counter.training
        )


def _till_dialog(visit: Visit, start: Callable[[], None]) -> QWidget:
    till = visit.window.till.controller
    till.dialog = None
    start()
    visit.driver.wait(lambda: till.dialog is not None, "the till dialog")
    assert till.dialog is not None
    return till.dialog


def _open_shift(visit: Visit) -> QWidget:
    return _till_dialog(visit, lambda: visit.window.till.controller._maybe_open(None))


def _pay_out(visit: Visit) -> QWidget:
    from app.till.model import MoveKind

    _shift(visit)
    return _till_dialog(visit, lambda: visit.window.till.move(MoveKind.PAY_OUT))


def _x_report(visit: Visit) -> QWidget:
    _shift(visit)
    till = visit.window.till.controller
    till.report = None
    till.x_report()
    visit.driver.wait(lambda: till.report is not None, "the X report")
    assert till.report is not None
    return till.report


def _z_close(visit: Visit) -> QWidget:
    _shift(visit)
    return _till_dialog(visit, visit.window.till.close_shift)


def _refund(visit: Visit) -> QWidget:
    """The refund of the visit's sale at its confirm step."""
    flow = visit.window.till.refunds
    sold = visit.window.flow.last_order
    assert sold is not None, "sell_one first"
    flow.dialog = None
    flow.start(sold, visit.window)
    visit.driver.wait(lambda: flow.dialog is not None, "the refund dialog")
    dialog = flow.dialog
    assert dialog is not None
    visit.driver.wait(lambda: not dialog.sentence.text().endswith("…"), "the check")
    return dialog


def _topup(visit: Visit) -> QWidget:
    """The top-up of the visit's eSIM, once eSIMfly answered (offers or a refusal)."""
    from app.ui.topup_flow import TopupLookup, start_topup

    sold = visit.window.flow.last_order
    assert sold is not None, "sell_one first"
    iccid = next(e.iccid for e in sold.esims if e.iccid)
    flow = start_topup(visit.window, TopupLookup(iccid, reference=sold.reference))
    assert flow is not None and flow.dialog is not None
    dialog = flow.dialog
    visit.driver.wait(lambda: not dialog.status.text().endswith("…"), "eSIMfly's offers")
    return dialog


WINDOWS: dict[str, Callable[[Visit], QWidget]] = {
    "main window": lambda visit: visit.window,
    "sell confirmation": _confirmation,
    "customer display": _display,
    "history": _history,
    "day report": _day_report,
    "settings": _settings,
    "price list": _price_list,
    "sign in": _sign_in,
    "settings: clerks": _clerks,
    "hand-back": _handback,
    "save anyway": _save_anyway,
    "about": _about,
    "journal damaged": _journal(DAMAGED),
    "journal unwritable": _journal(UNWRITABLE),
    "open shift": _open_shift,
    "pay out": _pay_out,
    "x report": _x_report,
    "z close": _z_close,
    "refund": _refund,
    "top-up": _topup,
    "phone check": _phone_check,
}


def _pin_prompt(visit: Visit) -> None:
    visit.window._settings.setValue(schema.PIN_HASH.key, hash_pin("1234"))
    try:
        visit.window.open_settings()  # asks for the PIN in QInputDialog.getText
    finally:
        visit.window._settings.remove(schema.PIN_HASH.key)


def _crash(visit: Visit) -> None:
    uninstall = crash.install(visit.folder / "counter.log")
    try:
        sys.excepthook(RuntimeError, RuntimeError("walked"), None)
    finally:
        uninstall()


# Windows that fill a screen of their own: they fit its whole area, not its free area.
FULL_SCREEN = {"customer display"}

# Dialogs that run their own event loop: the walk looks at them from inside it.
MODALS: dict[str, Callable[[Visit], None]] = {
    "manager PIN prompt": _pin_prompt,
    "crash": _crash,
}


def open_window(visit: Visit, name: str) -> QWidget:
    """Opens ``name`` and lets it lay out what it loaded."""
    widget = WINDOWS[name](visit)
    visit.driver.wait(widget.isVisible, name)
    for _ in range(3):  # text set by a worker's answer asks for a layout, then a repaint
        QApplication.processEvents()
    return widget


def close_window(visit: Visit, widget: QWidget) -> None:
    if widget is visit.window:
        return
    if widget is visit.window.flow.display:
        visit.window.flow.close_display()
    elif isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()
    QApplication.processEvents()


def walk_modal(visit: Visit, name: str, look: Callable[[QWidget], list[str]]) -> list[str]:
    """Opens the blocking dialog ``name``, has ``look`` judge it, and closes it."""
    found: list[str] = []
    seen: list[QWidget] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, check)
            return
        seen.append(dialog)
        found.extend(look(dialog))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(0, check)
    MODALS[name](visit)
    assert seen, f"{name} did not open"
    return found
