"""Regenerate the screenshots in docs/screenshots/: ``python docs/make_screenshots.py``.

For each language (English, Arabic) and screen (1366×768, 1920×1080) it starts a child
process on an offscreen screen of that size (the offscreen platform takes its screens from a
file), runs the real counter in training mode on a temporary journal and settings, and
sells the way a clerk does, by keyboard, through the window's one driver
(``app/ui/driver.py``): Japan, a plan, Sell, the confirmation, the customer display; then an
order of three eSIMs; then the history (Ctrl+H), the day report (Ctrl+R) and the settings
(Ctrl+,). Each is saved as ``<what>-<language>-<width>x<height>.png``.

``--only ar 1366x768`` makes one language at one size in this process (what each child runs);
``--text-size 200`` and ``--touch`` make it a variant.

``--receipts`` makes the receipts (issue 14): a PDF receipt's page as PDFium draws it, the
1-bit images a thermal printer receives on 80 mm (English) and 58 mm (Arabic), and the
install slip in English and Arabic, and Settings → Receipts (:func:`make_receipts`; also
run by the full set).

Then the same at 200 % text size (``<what>-text200-…``: the main window, the confirmation,
the customer display, the history and the settings) in both languages at both sizes, and
once in touch mode (``<what>-touch-en-1366x768.png``): issue 13.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "ar")
SCREENS = ((1366, 768), (1920, 1080))
SHOTS = (
    "main-window",
    "sell-confirmation",
    "customer-display",
    "customer-display-3-esims",
    "history",
    "history-reprint",
    "day-report",
    "settings",
    "payment-cash-change",
    "hand-back",
    "sign-in",
    "settings-clerks",
    "approval",
    # Issue 15: the till and refunds (docs/make_screenshots.py, till_shots).
    "x-report",
    "z-close-difference",
    "z-report",
    "refund-confirm",
    "refund-at-start",
    "refund-installed",
    # Issue 17: the display once the phone installed the eSIM, the e-mail dialog.
    "display-installed",
    "send-email",
    # Issue 17: looking an eSIM up (lookup_shots).
    "lookup-used",
    "lookup-used-up",
    "lookup-several",
    # Issue 17: the chosen plan's details with the 5G filter on, and the phone check.
    "plan-details",
    "phone-check",
)
# Accessibility variants (issue 13): (name, text size, touch mode, shots, languages, screens).
LARGE_SHOTS = ("main-window", "sell-confirmation", "customer-display", "history", "settings")
VARIANTS = (
    ("text200", 200, False, LARGE_SHOTS, LANGUAGES, SCREENS),
    ("touch", 100, True, SHOTS, ("en",), ((1366, 768),)),
)
# Issue 16: a chain of two counters on a PostgreSQL of the shots' own (chain_shots); after
# VARIANTS, so the touch variant does not start a server too.
CHAIN_SHOTS = (
    "chain-settings",
    "sync-in-sync",
    "sync-behind",
    "sync-offline",
    "chain-report",
    "chain-prices",  # the price list screen of a joined counter, with the chain's note
)
SHOTS = (*SHOTS, *CHAIN_SHOTS)


def name(shot: str, language: str, width: int, height: int, variant: str = "") -> str:
    middle = f"-{variant}" if variant else ""
    return f"{shot}{middle}-{language}-{width}x{height}.png"


def runs() -> list[tuple[str, int, bool, tuple[str, ...], str, tuple[int, int]]]:
    """Every child run: (variant, text size, touch, shots, language, screen)."""
    made = [("", 100, False, SHOTS, lang, screen) for screen in SCREENS for lang in LANGUAGES]
    for variant, size, touch, shots, languages, screens in VARIANTS:
        made += [(variant, size, touch, shots, lang, scr) for scr in screens for lang in languages]
    return made


def make_all(only_shots: tuple[str, ...] = ()) -> int:
    """One child process per language and screen: a screen's size is fixed at start-up.
    With ``only_shots``, only the runs that make one of them, and only those shots."""
    OUT.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for variant, text_size, touch, shots, language, (width, height) in runs():
            if only_shots and not set(only_shots) & set(shots):
                continue
            config = Path(tmp) / f"screen-{width}x{height}.json"
            screen = {"name": "S", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "PYTHONPATH": str(ROOT),
                "XDG_CONFIG_HOME": tmp,  # never the real settings of this machine
            }
            command = [sys.executable, __file__, "--only", language, f"{width}x{height}"]
            if variant:
                command += ["--text-size", str(text_size), "--variant", variant]
            if touch:
                command.append("--touch")
            if only_shots:
                command += ["--shots", ",".join(only_shots)]
            done = subprocess.run(command, env=env, cwd=ROOT)
            failed += done.returncode != 0
        if not only_shots:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
            done = subprocess.run([sys.executable, __file__, "--receipts"], env=env, cwd=ROOT)
            failed += done.returncode != 0
    print(f"screenshots written to {OUT}" if not failed else f"{failed} runs failed")
    return 1 if failed else 0


def make_receipts() -> None:
    """Receipts and install slips, drawn by the same code that prints them."""
    from PySide6.QtWidgets import QApplication

    from app.ui.receipts import pdf, sample
    from app.ui.receipts.render import ROLL_DOTS, receipt_image, slip_image
    from app.ui.receipts.thermal import to_bitmap

    app = QApplication.instance() or QApplication([])
    assert app is not None
    OUT.mkdir(parents=True, exist_ok=True)
    import pypdfium2 as pdfium  # the test extra: how a PDF viewer shows the page

    document = pdfium.PdfDocument(pdf.receipt_pdf(sample.receipt()))
    document[0].render(scale=150 / 72).to_pil().save(OUT / "receipt-pdf-en.png")
    document.close()
    for paper, language in ((80, "en"), (58, "ar")):
        image = receipt_image(sample.receipt(language=language), ROLL_DOTS[paper])[0]
        to_bitmap(image).save(OUT / f"receipt-thermal-{paper}mm-{language}.png")
    for language in ("en", "ar"):
        image = slip_image(sample.slip(language), ROLL_DOTS[80])[0]
        to_bitmap(image).save(OUT / f"install-slip-{language}.png")
    _receipts_tab()
    print("receipts: 6 screenshots")


def _receipts_tab() -> None:
    """Settings → Receipts, set up for an 80 mm network printer."""
    from PySide6.QtCore import QSettings

    from app.ui.receipts.settings_tab import ReceiptsTab
    from app.ui.runner import Runner

    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        runner = Runner()
        tab = ReceiptsTab(settings, runner)
        tab.address.setText("12 Harbour Street, Dover")
        tab.tax_number.setText("GB 123 4567 89")
        tab.counter_name.setText("Front desk")
        tab.target.setCurrentIndex(tab.target.findData("thermal"))
        tab.printer_address.setText("192.168.1.50:9100")
        tab.offer_slip.setChecked(True)
        tab.resize(640, tab.sizeHint().height())
        tab.show()
        tab.grab().save(str(OUT / "settings-receipts-en.png"))
        tab.close()
        runner.shutdown()


def make_one(
    language: str,
    width: int,
    height: int,
    *,
    text_size: int = 100,
    touch: bool = False,
    variant: str = "",
    only_shots: tuple[str, ...] = (),
) -> None:
    """Sell and look around in one language on one screen, saving each screenshot (of a
    variant: only its shots)."""
    wanted = next((v[3] for v in VARIANTS if v[0] == variant), SHOTS)
    if only_shots:
        wanted = tuple(shot for shot in wanted if shot in only_shots)
    # Imported here: the parent process needs no Qt, and the platform must be chosen first.
    from keyring.backend import KeyringBackend
    from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.plans import Plan, ProviderId
    from app.core.secret import Secret
    from app.counter import Counter
    from app.journal import Journal
    from app.sandbox import Fault, SandboxConfig
    from app.secrets import SecretName, SecretStore
    from app.training import training_setup
    from app.ui import i18n
    from app.ui.app import configure
    from app.ui.driver import CounterDriver, event_loop_wait
    from app.ui.main_window import MainWindow

    class MemoryKeyring(KeyringBackend):
        """A keyring in memory, so the screenshots never touch the real one."""

        priority = 0  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.entries.pop((service, username), None)

    def save(widget: QWidget, shot: str) -> None:
        if shot not in wanted:
            return
        for _ in range(3):  # a layout asks its parent's in turn (the sale's column)
            QApplication.processEvents()
        widget.grab().save(str(OUT / name(shot, language, width, height, variant)))

    def delivers_at_once(provider: ProviderId) -> Callable[[Plan], bool]:
        return lambda plan: plan.provider is provider and "KDDI" not in plan.name

    app = QApplication([sys.argv[0]])
    configure(app, text_size=text_size, touch=touch)
    translators = i18n.install(app, language)
    if any(shot in wanted for shot in CHAIN_SHOTS):
        chain_shots(language, save, (width, height), MemoryKeyring())
        if not set(wanted) - set(CHAIN_SHOTS):
            i18n.uninstall(app, translators)
            print(f"{language} {width}x{height} {variant}: {len(wanted)} screenshots")
            return
    with tempfile.TemporaryDirectory() as tmp:
        setup = training_setup(SandboxConfig(clock_scale=0.001))
        journal = Journal(Path(tmp) / "journal.sqlite3")
        counter = Counter(setup.providers, journal, training=True)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        # The phone check (issue 17) has shots of its own; the other sales go without it.
        settings.setValue("sale/ask_phone_check", False)
        keyring = MemoryKeyring()
        # Named as the Linux keyring the counter would find, for a realistic message.
        allowed = {f"{type(keyring).__module__}.{type(keyring).__qualname__}": "Secret Service"}
        store = SecretStore(keyring, allowed=allowed)
        window = MainWindow(
            lambda *_: counter,
            settings,
            training=True,
            locale=QLocale().name(),
            language=language,
            full_screen_display=False,
            shop_name="Sunrise Mobile — Terminal 2",
            display_timeout=300,
            store=store,
        )
        window.setGeometry(0, 0, width, height)
        window.show()
        driver = CounterDriver(window, event_loop_wait(30))
        driver.wait_ready()

        # Japan by its code (the same in every language), an Octopus plan that delivers.
        driver.find("JPN")
        driver.pick(driver.row_where(delivers_at_once(ProviderId.OCTOPUS)))
        save(window, "main-window")
        dialog = driver.open_confirmation()
        save(dialog, "sell-confirmation")
        driver.confirm()
        display = driver.wait_display()
        display.resize(width, height)  # it fills a screen of its own
        driver.wait(lambda: display.qr.module_size() > 0, "the QR to be laid out")
        save(display, "customer-display")
        driver.close_display()

        # Three eSIMs in one order (eSIMfly sells several at once).
        driver.pick(driver.row_where(delivers_at_once(ProviderId.ESIMFLY)))
        driver.set_quantity(3)
        driver.sell()
        display = driver.wait_display()
        display.resize(width, height)
        driver.wait(lambda: display.qr.module_size() > 0, "the QR to be laid out")
        save(display, "customer-display-3-esims")
        driver.close_display()

        # A few more sales behind the window's back, one whose answer is lost, for the
        # history and the day report.
        plans = driver.plans()
        for plan in plans[:2]:
            counter.sell(plan)
        setup.sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST", when="after"))
        counter.sell(next(p for p in plans if p.provider is ProviderId.ESIMFLY))
        history = driver.open_history()
        driver.wait(
            lambda: history.model.rowCount() == 5 and not history.model.loading,
            "five sales in the history",
        )

        def first_row_selected() -> bool:
            # What a click on the row does. (QTableView.selectRow finds no column to start
            # from in a right-to-left table whose last section stretches, and selects
            # nothing.) Again on every try, in case a late reload dropped the selection.
            chosen = history.table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag
            chosen.select(history.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
            return chosen.hasSelection()

        driver.wait(first_row_selected, "the newest sale selected")
        save(history, "history")

        def sale_selected() -> bool:
            # The first sale (Japan, sold through the payment step): Reprint receipt.
            chosen = history.table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag
            chosen.select(history.model.index(4, 0), flags.ClearAndSelect | flags.Rows)
            return history.reprint_button.isEnabled()

        driver.wait(sale_selected, "a delivered sale selected")
        save(history, "history-reprint")
        history.close()
        report = driver.open_day_report()
        driver.wait(lambda: report.model.rowCount() == 2, "both providers in the day report")
        loading = QCoreApplication.translate("DayReportDialog", "Balances: loading…")
        driver.wait(lambda: report.balances.text() != loading, "the balances in the day report")
        save(report, "day-report")
        report.close()

        # The settings, with an eSIMfly account whose secrets are in the keyring.
        store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret("esf_example"))
        store.store(SecretName.ESIMFLY_SECRET_KEY, Secret("sk_example"))
        settings.setValue("accounts/esimfly/enabled", "true")
        settings.setValue("accounts/esimfly/base_url", "https://esimfly.net")
        dialog = driver.open_settings()
        driver.wait(lambda: dialog.keyring_state.property("bad") is not None, "the keyring")
        dialog.tabs.setCurrentIndex(0)  # Accounts
        connected = QCoreApplication.translate("SettingsDialog", "Connected. Balance: %1")
        dialog.esimfly.show_result(connected.replace("%1", "USD\u00a01,000.00"), True)
        save(dialog, "settings")
        dialog.reject()

        if any(shot in wanted for shot in DETAILS_SHOTS):
            details_shots(driver, settings, save)

        payment_shots(driver, setup.sandbox, save)
        clerk_shots(driver, journal, settings, save)
        if any(shot in wanted for shot in TILL_SHOTS):
            till_shots(driver, counter, setup.sandbox, save)
        if any(shot in wanted for shot in INSTALL_SHOTS):
            install_shots(driver, setup.sandbox, width, height, save)
        if any(shot in wanted for shot in LOOKUP_SHOTS):
            lookup_shots(driver, counter, setup.sandbox, save)
        if any(shot in wanted for shot in TOPUP_SHOTS):
            topup_shots(driver, counter, setup.sandbox, save)

        window.runner.shutdown()
        window.close()
        window.deleteLater()
        journal.close()
        setup.close()
    i18n.uninstall(app, translators)
    print(f"{language} {width}x{height} {variant}: {len(wanted)} screenshots")


def chain_shots(
    language: str, save: Callable[[Any, str], None], screen: tuple[int, int], keyring: Any
) -> None:
    """Issue 16: Settings › Chain after Test connection, the sync indicator in sync (real),
    behind and offline (its status object faked: a state of seconds is hard to catch),
    and the chain report over two counters, on a PostgreSQL of the shots' own (started as
    the tests start theirs)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from app.chain.config import ChainConfig
    from app.chain.connection import connect
    from app.chain.migrations import migrate
    from app.chain.push import Pusher
    from app.chain.status import SyncState, SyncStatus
    from app.core.payment import Method, Payment
    from app.core.plans import ProviderId
    from app.core.pricing import Markup, PriceList, PriceRule, Scope, ScopeKind
    from app.core.rounding import Rounding
    from app.core.secret import Secret
    from app.counter import Counter
    from app.journal import Journal
    from app.sandbox import SandboxConfig
    from app.secrets import SecretName, SecretStore
    from app.training import training_setup
    from app.ui.driver import CounterDriver, event_loop_wait
    from app.ui.main_window import MainWindow
    from tests.chain.pg_server import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("the chain's screenshots need PostgreSQL (apt-get install postgresql)")
    import psycopg

    server = PgServer(bindir).init()
    server.start()
    password = Secret("shots-" + server.password)
    with (
        tempfile.TemporaryDirectory() as tmp,
        psycopg.connect(server.admin_conninfo(), autocommit=True) as admin,
    ):
        admin.execute(f"CREATE ROLE chain LOGIN PASSWORD '{password.reveal()}'")  # type: ignore[arg-type]
        admin.execute("CREATE DATABASE chain OWNER chain")
        where = {"host": server.host, "port": server.port, "dbname": "chain", "user": "chain"}
        first = ChainConfig(**where, shop="Airport", counter="desk-1", sslmode="disable")
        with connect(first, password, autocommit=True) as conn:
            migrate(conn)
        setup = training_setup(SandboxConfig(clock_scale=0.001))
        # The other counter of the chain, in the city shop: sells and pushes on its own.
        other_journal = Journal(Path(tmp) / "other.sqlite3")
        other = Counter(setup.providers, other_journal, training=False, clerk="Omar")
        journal = Journal(Path(tmp) / "journal.sqlite3")
        counter = Counter(setup.providers, journal, training=False, clerk="Ana")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        for key, value in first.settings().items():
            settings.setValue(key, value)
        allowed = {f"{type(keyring).__module__}.{type(keyring).__qualname__}": "Secret Service"}
        store = SecretStore(keyring, allowed=allowed)
        store.store(SecretName.CHAIN_PASSWORD, password)
        window = MainWindow(
            lambda *_: counter,
            settings,
            training=False,
            locale=QLocale().name(),
            language=language,
            full_screen_display=False,
            shop_name="Sunrise Mobile — Airport",
            store=store,
        )
        window.setGeometry(0, 0, *screen)
        window.show()
        driver = CounterDriver(window, event_loop_wait(60))
        driver.wait_ready()
        driver.find("JPN")
        plans = driver.plans()
        # Sold at the shop's prices (40 % over cost, 15 % VAT), paid in cash and by card.
        rule = PriceRule(Scope(ScopeKind.DEFAULT), Markup(percent=Decimal(40)), Rounding.X99)
        prices = PriceList(rules=(rule,), tax_rate=Decimal(15))

        def sell(till: Any, plan: Any, method: Method) -> None:
            quote = prices.quote(plan, today=date.today())
            till.sell(plan, quote=quote, payment=Payment.single(method, quote.gross))

        esimfly = next(p for p in plans if p.provider is ProviderId.ESIMFLY)
        for plan, method in ((plans[0], Method.CASH), (plans[1], Method.CARD),
                             (plans[3], Method.CASH), (esimfly, Method.CARD)):  # fmt: skip
            sell(counter, plan, method)
        for plan, method in ((plans[1], Method.CARD), (plans[2], Method.CASH)):
            sell(other, plan, method)
        city = ChainConfig(**where, shop="City centre", counter="kiosk-7", sslmode="disable")
        pusher = Pusher(other_journal.path, city, password)
        pusher.push_all()
        pusher.close()
        indicator = window.chain.indicator
        window.chain.push_now()
        driver.wait(
            lambda: (
                indicator.status is not None
                and indicator.status.state is SyncState.IN_SYNC
                and indicator.isVisible()
            ),
            "the chain in sync",
        )
        save(window, "sync-in-sync")
        indicator.timer.stop()  # the faked states below stay on screen
        # (and no status read still out replaces them, nor Push now's, which asks one)
        driver.wait(
            lambda: window.runner.pending(indicator) + window.runner.pending(window.chain) == 0,
            "the last status read",
        )
        now = datetime.now(UTC)
        indicator.show_status(
            SyncStatus(SyncState.BEHIND, waiting=12, last_push_at=now - timedelta(seconds=40))
        )
        save(window, "sync-behind")
        reason = QCoreApplication.translate(
            "ChainMessages",
            "The chain's database server cannot be reached. Check the server name, the "
            "port and the network; the counter keeps selling meanwhile.",
        )
        copied = datetime.now().astimezone().replace(hour=9, minute=14)
        indicator.show_status(
            SyncStatus(
                SyncState.OFFLINE,
                waiting=12,
                last_push_at=now - timedelta(minutes=20),
                last_error=reason,
                central_copy_at=copied,
            )
        )
        save(window, "sync-offline")
        indicator.timer.start()

        dialog = driver.open_settings()
        tab = dialog.chain
        tabs = dialog.tabs
        tabs.setCurrentIndex(
            next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(tab))
        )
        tab.test_connection()
        testing = QCoreApplication.translate("ChainTab", "Testing…")
        driver.wait(lambda: tab.message.text() not in ("", testing), "Test connection")
        save(dialog, "chain-settings")
        dialog.reject()

        window.chain.open_reports()
        reports = window.chain.reports
        driver.wait(lambda: reports is not None and reports.shown is not None, "the chain report")
        assert reports is not None
        driver.wait(lambda: reports.shop.count() == 3, "the chain's shops")
        reports.resize(min(1200, screen[0] - 40), min(760, screen[1] - 40))
        save(reports, "chain-report")
        reports.close()

        # The owner publishes the chain's price list and shop lines; the counter's next
        # pull (asked now, not in a minute) puts them in use, and the price list screen
        # says that the chain's list replaces edits made there.
        from app.chain.pull import publish_prices, publish_shop
        from app.ui.price_list_dialog import PriceListDialog

        with connect(first, password) as conn:
            publish_prices(conn, prices, by="owner")
            publish_shop(conn, {"name": "Sunrise Mobile — Airport"}, by="owner")
        central = window.chain.central
        driver.wait(lambda: central.last is not None and not central.pulling, "the first pull")
        central.pull()
        driver.wait(lambda: central.last is not None and central.last.versions, "the pull")
        driver.activate()
        window.open_price_list()
        driver.wait(lambda: window.findChild(PriceListDialog) is not None, "the price list")
        dialog = window.findChild(PriceListDialog)
        assert dialog is not None
        dialog.resize(min(1200, screen[0] - 60), screen[1] - 80)
        driver.wait(dialog.isVisible, "the price list shown")
        save(dialog, "chain-prices")
        dialog.reject()

        window.runner.shutdown()
        window.close()
        window.deleteLater()
        journal.close()
        other_journal.close()
        setup.close()
    server.destroy()


def payment_shots(driver: Any, sandbox: Any, save: Callable[[Any, str], None]) -> None:
    """Issue 14: the payment step (cash with change) and the hand-back message."""
    from decimal import Decimal

    from PySide6.QtCore import Qt

    from app.core.payment import Method
    from app.core.plans import ProviderId
    from app.core.pricing import Markup, PriceList, PriceRule, Scope, ScopeKind
    from app.core.rounding import Rounding

    # A shop's prices: 40 % over cost up to x.99, 15 % VAT included, so the step shows tax.
    rule = PriceRule(Scope(ScopeKind.DEFAULT), Markup(percent=Decimal(40)), Rounding.X99)
    driver.window.flow.price_list = lambda: PriceList(rules=(rule,), tax_rate=Decimal(15))
    driver.activate()  # the settings just closed
    driver.pick(driver.row_of(ProviderId.OCTOPUS))
    driver.set_quantity(1)
    dialog = driver.take_payment(Method.CASH, "20")
    save(dialog, "payment-cash-change")
    driver.press(Qt.Key.Key_Escape)
    driver.wait(lambda: driver.window.flow.confirm_dialog is None, "the payment step to close")

    # eSIMfly refuses for lack of balance after the customer paid by card and cash.
    sandbox.set_balance("esimfly", Decimal("0.30"))
    driver.pick(driver.row_of(ProviderId.ESIMFLY))
    driver.set_quantity(1)
    driver.take_payment(Method.CARD, "10", split=("2", Method.CASH))
    driver.confirm()
    save(driver.wait_handback(), "hand-back")
    driver.hand_back(returned=True)


def clerk_shots(driver: Any, journal: Any, settings: Any, save: Callable[[Any, str], None]) -> None:
    """Issue 15: Settings › Clerks with four clerks, the sign-in prompt once sign-in is
    required (what a clerk sees at start-up and after the idle time), and the approval a
    clerk's refund asks for."""
    from app import settings_schema as schema
    from app.till.clerks import ClerkBook
    from app.till.roles import Role

    book = ClerkBook(journal)
    book.add("Ana", "1357", Role.CLERK)
    book.add("Ben Haddad", "2468", Role.SUPERVISOR)
    book.add("Sara", "9753", Role.OWNER)
    book.add("Omar", "8642", Role.CLERK)
    book.deactivate("Omar")
    dialog = driver.open_settings()
    tab = dialog.clerks
    tabs = dialog.tabs  # Clerks (found by its widget: the Chain tab comes after it)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(tab)))
    driver.wait(lambda: tab.list.count() == 4, "the clerks listed")
    tab.list.setCurrentRow(1)
    save(dialog, "settings-clerks")
    dialog.reject()

    gate = driver.window.clerk_gate
    settings.setValue(schema.REQUIRE_SIGN_IN.key, True)
    gate.reload()  # nobody signed in: the prompt opens
    driver.wait(lambda: gate.prompt is not None and gate.prompt.isVisible(), "the sign-in")
    prompt = gate.prompt
    prompt.name.setCurrentText("Ana")
    prompt.pin.setText("0000")
    prompt.pin.setFocus()
    prompt._submit()  # a wrong PIN: the sentence under the fields
    driver.wait(lambda: prompt.ok.isEnabled(), "the PIN checked")
    save(prompt, "sign-in")
    prompt.finish()

    # Ana (a clerk) asks for a refund: a supervisor or the owner approves by name and PIN.
    from app.till.roles import Action

    gate.session.adopt(book.verify("Ana", "1357"))
    gate.may(Action.REFUND, lambda: None, reference="000001")
    driver.wait(lambda: gate.prompt is not None and gate.prompt.isVisible(), "the approval")
    approval = gate.prompt
    approval.name.setCurrentText("Ben Haddad")
    approval.pin.setFocus()
    save(approval, "approval")
    approval.reject()
    settings.setValue(schema.REQUIRE_SIGN_IN.key, False)
    gate.reload()


DETAILS_SHOTS = ("plan-details", "phone-check")


def details_shots(driver: Any, settings: Any, save: Callable[[Any, str], None]) -> None:
    """Issue 17: a British plan with calls and a number of its own, its details on the sell
    panel, the plan list narrowed to 5G by its Alt key; then Sell with the phone check on,
    "iphone 1" typed and a model picked by arrow; Esc leaves the sale unsold."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    window = driver.window
    pane = window.plans
    driver.find("GBR")
    driver.press_sequence(QKeySequence.mnemonic(pane.five_g_only.text()))
    driver.wait(pane.five_g_only.isChecked, "the 5G filter")
    driver.pick(driver.row_where(lambda plan: bool(plan.details.phone_number), "plan with calls"))
    save(window, "plan-details")

    settings.setValue("sale/ask_phone_check", True)
    step = window.flow.phone_step
    driver.press(Qt.Key.Key_Return)  # Sell has the keyboard after the pick
    driver.wait(lambda: step.dialog is not None and step.dialog.isVisible(), "the phone check")
    check = step.dialog
    driver.wait(lambda: QApplication.focusWidget() is check.search, "the phone search")
    driver.type("iphone 1")
    driver.press(Qt.Key.Key_Down)
    driver.press(Qt.Key.Key_Down)
    save(check, "phone-check")
    driver.press(Qt.Key.Key_Escape)
    driver.wait(lambda: step.dialog is None, "the phone check to close")
    settings.setValue("sale/ask_phone_check", False)
    driver.activate()
    driver.press_sequence(QKeySequence.mnemonic(pane.five_g_only.text()))
    driver.wait(lambda: not pane.five_g_only.isChecked(), "the 5G filter off")


TILL_SHOTS = (
    "x-report",
    "z-close-difference",
    "z-report",
    "refund-confirm",
    "refund-installed",
    "refund-at-start",
)


def till_shots(driver: Any, counter: Any, sandbox: Any, save: Callable[[Any, str], None]) -> None:
    """Issue 15: a shift with two cash sales, a refund and a pay-out; its X report; the
    refund flow's confirm step and its refusal of an installed eSIM; a Z close counted
    1.00 short, and the numbered Z."""
    from decimal import Decimal

    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core.money import Money
    from app.core.payment import Method, Payment
    from app.core.plans import ProviderId
    from app.core.refunds import RefundKind
    from app.till.model import MoveKind
    from app.ui.receipts import sample
    from app.ui.z_close import ZCloseDialog

    window, till = driver.window, driver.window.till
    sandbox.set_balance("esimfly", Decimal("1000"))
    journal = counter.journal
    journal.open_shift(opened_by="Ana", opening_float=Money.of("100", "USD"), training=True)
    plans = driver.plans()

    def sale(provider: ProviderId, gross: str) -> Any:
        quote = sample.quote("USD", gross, "1.30")
        plan = next(p for p in plans if p.provider is provider and "KDDI" not in p.name)
        paid = Payment.single(Method.CASH, quote.gross)
        return counter.sell(plan, quote=quote, payment=paid).order

    sale(ProviderId.ESIMFLY, "9.99")
    refunded = sale(ProviderId.OCTOPUS, "12.00")
    counter.refunds.refund(refunded.reference, reason="trip cancelled", kind=RefundKind.SHOP_LOSS)
    journal.record_cash_move(
        MoveKind.PAY_OUT, Money.of("5", "USD"), "milk", clerk="Ana", training=True
    )
    till.x_report()
    driver.wait(lambda: till.report is not None and till.report.isVisible(), "the X report")
    till.report.resize(560, min(700, window.height() - 40))
    save(till.report, "x-report")
    till.report.close()

    # The refund flow from History: the confirm step, then an installed eSIM refused.
    to_refund = sale(ProviderId.ESIMFLY, "9.99")
    installed = sale(ProviderId.ESIMFLY, "9.99")
    sandbox.mark_installed(installed.esims[0].iccid)
    history = driver.open_history()
    driver.wait(lambda: not history.model.loading and history.model.rowCount() > 2, "sales")

    def refund_of(order: Any) -> Any:
        row = next(
            r
            for r in range(history.model.rowCount())
            if history.model.order(r).reference == order.reference
        )
        chosen = history.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        chosen.select(history.model.index(row, 0), flags.ClearAndSelect | flags.Rows)
        history.refund()
        driver.wait(lambda: till.refunds.dialog is not None, "the refund dialog")
        return till.refunds.dialog

    dialog = refund_of(to_refund)
    driver.wait(dialog.reason.isVisible, "the confirm step")
    dialog.reason.setText("Trip cancelled")
    save(dialog, "refund-confirm")
    dialog.reject()
    dialog = refund_of(installed)
    # "Checking with eSIMfly…" until the answer, then one sentence.
    driver.wait(lambda: not dialog.sentence.text().endswith("…"), "the refusal")
    save(dialog, "refund-installed")
    dialog.reject()
    history.close()

    # A refund journalled, then the counter stopped: start-up sends it and says so.
    interrupted = sale(ProviderId.ESIMFLY, "9.99")

    class Stopped(Exception):
        pass

    def stop(name: str) -> None:
        if name == "refund_journalled":
            raise Stopped(name)

    counter._checkpoint = stop
    with contextlib.suppress(Stopped):
        counter.refunds.refund(interrupted.reference, reason="Trip cancelled")
    counter._checkpoint = lambda _name: None
    window.reconcile()
    driver.wait(
        lambda: window.findChild(QMessageBox, "refundAtStart") is not None, "the refund box"
    )
    box = window.findChild(QMessageBox, "refundAtStart")
    driver.wait(box.isVisible, "the refund box shown")
    save(box, "refund-at-start")
    box.close()
    box.setObjectName("")

    till.close_shift()
    driver.wait(lambda: isinstance(till.dialog, ZCloseDialog), "the Z close")
    z = till.dialog
    expected = z.expected
    z.cash.amount_edit.setText(str(expected.amount - 1))
    # The difference line grows as the clerk types: let the dialog lay itself out again
    # (as it does between keystrokes) before the picture.
    driver.wait(lambda: z.width() >= z.minimumSizeHint().width(), "the Z close laid out")
    QApplication.processEvents()
    save(z, "z-close-difference")
    z.ok.click()
    driver.wait(lambda: till.last_z is not None and till.report is not None, "the Z report")
    till.report.resize(560, min(700, window.height() - 40))
    save(till.report, "z-report")
    till.report.close()


LOOKUP_SHOTS = ("lookup-used", "lookup-used-up", "lookup-several")


def lookup_shots(driver: Any, counter: Any, sandbox: Any, save: Callable[[Any, str], None]) -> None:
    """Issue 17: an eSIM sold here, installed ten sandbox hours ago, looked up from its
    sale (data used and left, expiry, network, device); then one whose data is used up,
    typed in as a scanner would."""
    from decimal import Decimal

    from app.core.plans import ProviderId

    window = driver.window
    plan = next(
        p
        for p in driver.plans()
        if p.provider is ProviderId.ESIMFLY and "KDDI" not in p.name and p.data_gb
    )
    sandbox.set_balance("esimfly", Decimal("1000"))

    def sold() -> Any:
        outcome = counter.sell(plan)
        assert outcome.order.esims, (plan.name, outcome.order.status, outcome.error)
        return outcome.order

    used, used_up = sold(), sold()
    sandbox.install_esim(used.esims[0].iccid)
    sandbox.clock.advance(10 * 3600)
    sandbox.use_up(used_up.esims[0].iccid)

    window.open_lookup(sale=used)
    lookup = window.lookup_window
    driver.wait(lambda: lookup.lookup is not None, "the eSIM looked up")
    save(lookup, "lookup-used")
    window.open_lookup(used_up.esims[0].iccid)
    driver.wait(
        lambda: lookup.lookup is not None and lookup.lookup.iccid == used_up.esims[0].iccid,
        "the used-up eSIM looked up",
    )
    save(lookup, "lookup-used-up")
    # A sale of three eSIMs: the lookup lists them; the second chosen.
    several = counter.sell(plan, 3).order
    sandbox.install_esim(several.esims[1].iccid)
    window.open_lookup(sale=several)
    lookup.esims.setCurrentIndex(1)
    lookup.esims.activated.emit(1)
    driver.wait(
        lambda: lookup.lookup is not None and lookup.lookup.iccid == several.esims[1].iccid,
        "the second eSIM of a sale looked up",
    )
    save(lookup, "lookup-several")
    lookup.close()


# Issue 17, top-ups (helper C17): topup_shots.
TOPUP_SHOTS = ("topup-choose", "topup-payment", "topup-done", "topup-not-installed")
SHOTS = (*SHOTS, *TOPUP_SHOTS)


def topup_shots(driver: Any, counter: Any, sandbox: Any, save: Callable[[Any, str], None]) -> None:
    """Issue 17: a top-up from History for an installed eSIMfly eSIM (the offers, the
    payment step, the outcome), and the refusal of an eSIM not installed yet."""
    from decimal import Decimal

    from PySide6.QtCore import QItemSelectionModel

    from app.core.payment import Method, Payment
    from app.core.plans import ProviderId
    from app.ui.receipts import sample
    from app.ui.topup_flow import TopupFlow

    window = driver.window
    sandbox.set_balance("esimfly", Decimal("1000"))
    plan = next(
        p
        for p in driver.plans()
        if p.provider is ProviderId.ESIMFLY and "KDDI" not in p.name and not p.unlimited
    )

    def sold(installed: bool) -> Any:
        quote = sample.quote("USD", "9.99", "1.30")
        order = counter.sell(plan, quote=quote, payment=Payment.single(Method.CARD, quote.gross))
        if installed:
            sandbox.mark_installed(order.order.esims[0].iccid)
        return order.order

    topped, fresh = sold(True), sold(False)
    history = driver.open_history()
    driver.wait(lambda: not history.model.loading and history.model.rowCount() > 2, "sales")

    def top_up(order: Any) -> Any:
        row = next(
            r
            for r in range(history.model.rowCount())
            if history.model.order(r).reference == order.reference
        )
        chosen = history.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        chosen.select(history.model.index(row, 0), flags.ClearAndSelect | flags.Rows)
        history.top_up()
        flow = window.findChild(TopupFlow)
        driver.wait(lambda: flow.dialog is not None and flow.dialog.isVisible(), "the top-up")
        dialog = flow.dialog
        driver.wait(lambda: not dialog.status.text().endswith("…"), "eSIMfly's offers")
        return flow, dialog

    flow, dialog = top_up(fresh)
    save(dialog, "topup-not-installed")
    dialog.reject()
    flow, dialog = top_up(topped)
    dialog.choose(min(1, dialog.table.rowCount() - 1))
    save(dialog, "topup-choose")
    dialog.pay_button.click()
    driver.wait(lambda: flow.confirm_dialog is not None, "the payment step")
    confirm = flow.confirm_dialog
    driver.wait(confirm.isVisible, "the payment step shown")
    save(confirm, "topup-payment")
    confirm.sell_button.click()
    driver.wait(lambda: flow.result_box is not None and flow.result_box.isVisible(), "the result")
    save(flow.result_box, "topup-done")
    flow.result_box.accept()
    history.close()


INSTALL_SHOTS = ("display-installed", "send-email")


def install_shots(
    driver: Any, sandbox: Any, width: int, height: int, save: Callable[[Any, str], None]
) -> None:
    """Issue 17: an Octopus eSIM on the display, installed by the traveller's phone a few
    seconds later ("Installed ✓"); then the e-mail dialog for a traveller whose phone is
    flat, with an address typed."""
    from decimal import Decimal

    from app.core.plans import ProviderId

    window = driver.window
    sandbox.set_balance("octopus", Decimal("1000"))
    after = window.flow.ensure_after_sale()
    after.poll_scale = 0.001  # the 30 s cadence in 30 ms: the picture need not wait
    after.close_pause_ms = 8000  # time enough for the picture: "Closes in 0:08"
    driver.activate()
    driver.pick(
        driver.row_where(
            lambda plan: plan.provider is ProviderId.OCTOPUS and "KDDI" not in plan.name
        )
    )
    driver.set_quantity(1)
    driver.sell()
    display = driver.wait_display()
    display.resize(width, height)
    driver.wait(lambda: display.qr.module_size() > 0, "the QR to be laid out")
    iccid = display.current_esim().iccid
    sandbox.mark_installed(iccid)
    driver.wait(display.installed_label.isVisible, "Installed ✓ on the display")
    save(display, "display-installed")
    driver.close_display()

    order = window.flow.last_order
    window.flow.send_by_email(order)
    driver.wait(lambda: after.email_dialog is not None, "the e-mail dialog")
    dialog = after.email_dialog
    dialog.address.setText("traveller@example")
    dialog.send.click()  # refused before sending: the sentence under the field
    driver.wait(lambda: dialog.message.text() != "", "the address checked")
    save(dialog, "send-email")
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs=2, metavar=("LANGUAGE", "WIDTHxHEIGHT"))
    parser.add_argument("--receipts", action="store_true")
    parser.add_argument("--text-size", type=int, default=100, help="percent, 100 to 200")
    parser.add_argument("--touch", action="store_true", help="touch mode")
    parser.add_argument("--variant", default="", help="the variant's name in the file names")
    parser.add_argument("--shots", default="", help="comma-separated: only these shots")
    args = parser.parse_args()
    if args.receipts:
        sys.path.insert(0, str(ROOT))
        make_receipts()
        return 0
    if args.only is None:
        return make_all(tuple(filter(None, args.shots.split(","))))
    language, size = args.only
    width, height = (int(n) for n in size.split("x"))
    sys.path.insert(0, str(ROOT))
    make_one(
        language,
        width,
        height,
        text_size=args.text_size,
        touch=args.touch,
        variant=args.variant,
        only_shots=tuple(filter(None, args.shots.split(","))),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
