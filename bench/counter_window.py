"""Counter window figures, each against a baseline measured in the same run.

    .venv/bin/python bench/counter_window.py [--runs 5] [--sales 10]

1. Time from process start to a shown, interactive main window (the event loop has run
   once after show()), against a bare PySide6 "hello window" started the same way.
2. Time from the confirmed Sell (Enter in the confirmation, through the window's driver,
   app/ui/driver.py) to the QR on the customer display, minus the raw provider call
   against the same in-process sandbox: what the counter itself adds to a sale.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))

BARE = """
import time; start = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("hello"); w.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - start), app.quit()))
app.exec()
"""

COUNTER = """
import sys, tempfile, time; start = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.app import configure, training_counter
from app.ui.main_window import MainWindow
app = QApplication([])
configure(app)
tmp = Path(tempfile.mkdtemp())
settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
w = MainWindow(lambda *_: training_counter(tmp / "j.sqlite3"), settings, training=True)
w.show()
shown = []
def interactive():
    shown.append(time.perf_counter() - start)
    def ready():
        if w.counter is None:
            QTimer.singleShot(5, ready); return
        print(shown[0], time.perf_counter() - start); w.close(); app.quit()
    ready()
QTimer.singleShot(0, interactive)
app.exec()
"""


def _run(code: str) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout.split()
    # The interpreter's own start-up counts too: add what happened before `start`.
    total = time.perf_counter() - started
    figures = [float(x) for x in out]
    return [total - figures[-1] + f for f in figures]


def startup(runs: int) -> None:
    bare = statistics.median(_run(BARE)[0] for _ in range(runs))
    counter = [_run(COUNTER) for _ in range(runs)]
    shown = statistics.median(c[0] for c in counter)
    ready = statistics.median(c[1] for c in counter)
    print(f"bare PySide6 window shown:       {bare * 1000:7.0f} ms")
    print(f"counter window shown, usable:    {shown * 1000:7.0f} ms  ({shown / bare:.2f}x bare)")
    print(f"catalogue of both providers in:  {ready * 1000:7.0f} ms  ({ready / bare:.2f}x bare)")


def sale_overhead(sales: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.core.orders import new_reference
    from app.counter import Counter
    from app.journal import Journal
    from app.training import training_setup
    from app.ui.app import configure
    from app.ui.driver import CounterDriver, event_loop_wait
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure(app)

    with tempfile.TemporaryDirectory() as tmp:
        setup = training_setup()
        journal = Journal(Path(tmp) / "j.sqlite3")
        counter = Counter(setup.providers, journal, training=True)
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            lambda *_: counter,
            settings,
            training=True,
            full_screen_display=False,
            display_timeout=0,
        )
        window.show()
        # Sold as the clerk sells, by keyboard; the wait looks every millisecond.
        driver = CounterDriver(window, event_loop_wait(30, tick_ms=1))
        driver.wait_ready()
        driver.find("DEU")
        row = driver.row_where(lambda plan: "KDDI" not in plan.name)  # the cheapest at once
        provider = setup.providers[driver.plan_at(row).provider]
        raw, full = [], []
        for _ in range(sales):
            plan = driver.pick(row)
            started = time.perf_counter()
            provider.place_order(plan, new_reference())
            raw.append(time.perf_counter() - started)
            driver.open_confirmation()
            started = time.perf_counter()
            driver.confirm()
            display = driver.wait_display()
            display.repaint()  # the QR is on screen once painted
            full.append(time.perf_counter() - started)
            driver.close_display()
        window.close()
        journal.close()
        setup.close()
    raw_ms = statistics.median(raw) * 1000
    full_ms = statistics.median(full) * 1000
    print(f"raw provider order call:         {raw_ms:7.1f} ms")
    print(f"Sell confirmed -> QR on screen:  {full_ms:7.1f} ms  ({full_ms / raw_ms:.2f}x raw)")
    print(
        f"counter's own share of a sale:   {full_ms - raw_ms:7.1f} ms "
        "(journal writes, thread hand-off, display)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sales", type=int, default=10)
    args = parser.parse_args()
    startup(args.runs)
    sale_overhead(args.sales)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
