"""Screenshots of the owner's price list: ``python docs/make_price_list_screenshots.py``.

Like ``make_screenshots.py`` (one child process per language on an offscreen 1366×768
screen), the real counter in training mode: an owner's price list in Iraqi dinars is set,
Japan is found by keyboard, and the window (retail prices in the table and the sell panel)
and the price-list screen with its preview are saved as
``price-list-<language>-1366x768.png`` and ``retail-prices-<language>-1366x768.png``.
Kept apart from make_screenshots.py so the payment and receipt shots can grow there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "ar")
WIDTH, HEIGHT = 1366, 768


def make_all() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screen.json"
        screen = {"name": "S", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        for language in LANGUAGES:
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "PYTHONPATH": str(ROOT),
                "XDG_CONFIG_HOME": tmp,  # never the real settings of this machine
            }
            done = subprocess.run([sys.executable, __file__, language], env=env, cwd=ROOT)
            failed += done.returncode != 0
    print(f"screenshots written to {OUT}" if not failed else f"{failed} runs failed")
    return 1 if failed else 0


def make_one(language: str) -> None:
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.plans import ProviderId
    from app.core.pricing import (
        ExchangeRate,
        Markup,
        PriceList,
        PriceRule,
        Scope,
        ScopeKind,
    )
    from app.core.rounding import Rounding
    from app.counter import Counter
    from app.journal import Journal
    from app.sandbox import SandboxConfig
    from app.training import training_setup
    from app.ui import i18n
    from app.ui.app import configure
    from app.ui.driver import CounterDriver, event_loop_wait
    from app.ui.main_window import MainWindow
    from app.ui.price_list_dialog import PriceListDialog

    def save(widget: QWidget, shot: str) -> None:
        QApplication.processEvents()
        widget.grab().save(str(OUT / f"{shot}-{language}-{WIDTH}x{HEIGHT}.png"))

    app = QApplication([sys.argv[0]])
    configure(app)
    translators = i18n.install(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        setup = training_setup(SandboxConfig(clock_scale=0.001))
        journal = Journal(Path(tmp) / "journal.sqlite3")
        counter = Counter(setup.providers, journal, training=True)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            lambda *_: counter,
            settings,
            training=True,
            locale=QLocale().name(),
            language=language,
            full_screen_display=False,
            shop_name="Sunrise Mobile — Terminal 2",
        )
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        driver = CounterDriver(window, event_loop_wait(30))
        driver.wait_ready()
        rules = (
            PriceRule(Scope(ScopeKind.DEFAULT), Markup(Decimal(25)), Rounding.STEP_250),
            PriceRule(Scope(ScopeKind.PROVIDER, "octopus"), Markup(Decimal(30)), Rounding.STEP_250),
            PriceRule(
                Scope(ScopeKind.REGION, "europe"),
                Markup(Decimal(20), Decimal(500)),
                Rounding.STEP_500,
            ),
            PriceRule(Scope(ScopeKind.DESTINATION, "JP"), Markup(Decimal(35)), Rounding.STEP_250),
            # One plan on offer below cost: flagged, and sold only with the manager PIN.
            PriceRule(
                Scope(ScopeKind.PLAN, "octopus:712:4.50"), Markup(Decimal(-5)), Rounding.NONE
            ),
        )
        rate = ExchangeRate("USD", "IQD", Decimal("1310"), date.today() - timedelta(days=2))
        window.pricing.save(
            PriceList(sale_currency="IQD", rules=rules, rates=(rate,), tax_rate=Decimal(15))
        )
        driver.find("JPN")
        driver.pick(driver.row_where(lambda plan: plan.provider is ProviderId.OCTOPUS))
        save(window, "retail-prices")
        window.open_price_list()
        driver.wait(lambda: window.findChild(PriceListDialog) is not None, "the price list")
        dialog = window.findChild(PriceListDialog)
        assert dialog is not None
        dialog.resize(min(1200, WIDTH - 60), HEIGHT - 80)
        driver.wait(dialog.isVisible, "the price list shown")
        save(dialog, "price-list")
        dialog.reject()
        window.close()
        journal.close()
        setup.close()
    i18n.uninstall(app, translators)


if __name__ == "__main__":
    if len(sys.argv) == 2:
        make_one(sys.argv[1])
    else:
        sys.exit(make_all())
