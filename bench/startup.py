"""Start-up: spawn to visible window, the counter against a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs 7] [--frozen] [--keep DIR] [--xvfb]

Starts, ``--runs`` times each and taking turns (so a busy machine slows both alike):

- a bare PySide6 window: ``QApplication`` + ``QMainWindow`` + ``show()``;
- the counter: ``python main.py --startup-probe``, in training mode, its journal, settings and
  log in the default places of a throwaway home and XDG folders (never the user's).

Both print ``shown`` once their window has been painted for the first time while exposed
(the same check in both: right after the window's first ``UpdateRequest``); the counter
then prints ``ready`` once its catalogue is loaded and Sell is usable. The figure is the
time from spawning the process to each line, as the parent sees it, so the interpreter's
own start counts too. Medians and the counter/bare ratios are printed; one unmeasured
warm-up of each goes first (page cache, and the bytecode cache, kept in the bench's
temporary folder, as an installed program has its .pyc files).

``--frozen`` also freezes, like ``bench/frozen_bundle.py`` (PyInstaller one-folder, the same
excludes, Qt plugin pruning and stripping from ``packaging/bundle_rules.py``), the counter
from ``packaging/esim-counter.spec`` and the same bare window, and times both the same way.
``--keep DIR`` builds there and keeps the bundles; a later run with the same ``--keep``
reuses them (it says so). Qt runs offscreen (``QT_QPA_PLATFORM=offscreen``) unless
``--xvfb`` runs each program under ``xvfb-run``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
TIMEOUT = 120.0

# The bare window prints what the counter's --startup-probe prints, checked the same way.
BARE = """\
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() is QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self, self.check)
        return False

    def check(self):
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            window.removeEventFilter(self)
            print("shown", flush=True)
            print("ready", flush=True)
            app.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.show()
probe = FirstPaint(window)
window.installEventFilter(probe)
sys.exit(app.exec())
"""

BARE_SPEC = """\
import sys
sys.path.insert(0, {packaging!r})
import bundle_rules

a = Analysis([{script!r}], excludes=bundle_rules.EXCLUDES, optimize=1)
bundle_rules.prune(a, [])
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=True,
          strip=False, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=bundle_rules.STRIP, upx=False, name="bare")
"""


@dataclass
class Times:
    shown: list[float] = field(default_factory=list)
    ready: list[float] = field(default_factory=list)


def throwaway_env(home: Path, xvfb: bool) -> dict[str, str]:
    """A home, XDG folders (settings, log, keyring) and Qt platform of the bench's own."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "PYTHONPATH": str(ROOT),
        # Bytecode cached, as an installed program has it (pip compiles on install), but
        # in the bench's own folder: the warm-up run writes it, the timed runs read it.
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    if xvfb:
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def spawn(command: list[str], env: dict[str, str], xvfb: bool) -> tuple[float, float]:
    """Seconds from spawning ``command`` to its ``shown`` and its ``ready`` line."""
    if xvfb:
        command = ["xvfb-run", "-a", *command]
    began = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    times: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.strip()
        if word in ("shown", "ready"):
            times[word] = time.perf_counter() - began
        if "ready" in times:
            break
    process.wait(timeout=TIMEOUT)
    if set(times) != {"shown", "ready"}:
        raise RuntimeError(f"{command[0]} exited {process.returncode} without 'shown', 'ready'")
    return times["shown"], times["ready"]


def compare(
    bare: list[str], counter: list[str], env: dict[str, str], runs: int, xvfb: bool
) -> tuple[Times, Times]:
    """Both, taking turns, after one warm-up each that is not counted."""
    spawn(bare, env, xvfb)
    spawn(counter, env, xvfb)
    bare_times, counter_times = Times(), Times()
    for _ in range(runs):
        for command, into in ((bare, bare_times), (counter, counter_times)):
            shown, ready = spawn(command, env, xvfb)
            into.shown.append(shown)
            into.ready.append(ready)
    return bare_times, counter_times


def report(title: str, bare: Times, counter: Times) -> float:
    """Print the medians and ratios; the shown ratio."""
    b_shown, c_shown = statistics.median(bare.shown), statistics.median(counter.shown)
    c_ready = statistics.median(counter.ready)
    spread = f"{min(counter.shown) * 1000:.0f}–{max(counter.shown) * 1000:.0f}"
    print(f"\n{title}")
    print(f"  bare PySide6 window shown      {b_shown * 1000:7.0f} ms")
    print(
        f"  counter window shown           {c_shown * 1000:7.0f} ms   "
        f"{c_shown / b_shown:5.2f}x bare  (runs {spread} ms)"
    )
    print(
        f"  counter ready to sell          {c_ready * 1000:7.0f} ms   "
        f"{c_ready / b_shown:5.2f}x bare  (catalogue loaded, filled in after shown)"
    )
    return c_shown / b_shown


def pyinstaller(spec: Path, dist: Path, work: Path) -> None:
    sys.path.insert(0, str(BENCH))
    import frozen_bundle  # bench/frozen_bundle.py: the same PyInstaller call

    frozen_bundle.pyinstaller(spec, dist, work)


def frozen(base: Path, env: dict[str, str], runs: int, xvfb: bool) -> float:
    """Freeze (or reuse) the counter and the bare window in ``base``; time both."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import build  # packaging/build.py: where the frozen program is in its bundle

    dist, work = base / "dist", base / "work"
    counter_bundle = dist / ("eSIM Counter.app" if sys.platform == "darwin" else "esim-counter")
    counter_exe = build.executable(counter_bundle)
    bare_exe = dist / "bare" / ("bare.exe" if sys.platform == "win32" else "bare")
    if counter_exe.exists() and bare_exe.exists():
        print(f"\nreusing the bundles in {dist} (built before; delete them to rebuild)")
    else:
        print("\nfreezing the counter and the bare window (PyInstaller) …", flush=True)
        started = time.perf_counter()
        script = base / "bare.py"
        script.write_text(BARE, encoding="utf-8")
        spec = base / "bare.spec"
        spec.write_text(
            BARE_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)),
            encoding="utf-8",
        )
        pyinstaller(ROOT / "packaging" / "esim-counter.spec", dist, work / "counter")
        pyinstaller(spec, dist, work / "bare")
        shutil.rmtree(work, ignore_errors=True)
        print(f"built in {time.perf_counter() - started:.0f} s")
    bare, counter = compare(
        [str(bare_exe)],
        [str(counter_exe), "--startup-probe"],
        env,
        runs,
        xvfb,
    )
    return report(f"frozen (PyInstaller one-folder), median of {runs}", bare, counter)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each (median)")
    parser.add_argument("--frozen", action="store_true", help="also the frozen builds")
    parser.add_argument("--keep", type=Path, help="build the frozen bundles here and keep them")
    parser.add_argument("--xvfb", action="store_true", help="run under xvfb-run, not offscreen")
    args = parser.parse_args()
    if args.xvfb and shutil.which("xvfb-run") is None:
        parser.error("--xvfb: xvfb-run is not installed")

    import PySide6

    platform_name = "xvfb-run (X11)" if args.xvfb else "QT_QPA_PLATFORM=offscreen"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"start-up: Python {platform.python_version()}, PySide6 {PySide6.__version__},"
        f" {sys.platform} {platform.machine()}, {os.cpu_count()} cores,"
        f" load {load:.2f}, {platform_name}"
    )
    print("'shown': spawn to the window first painted while exposed (bytecode cached)")

    with tempfile.TemporaryDirectory(prefix="esim-startup-") as tmp:
        base = args.keep.resolve() if args.keep else Path(tmp)
        home = base / "home"
        home.mkdir(parents=True, exist_ok=True)
        env = throwaway_env(home, args.xvfb)
        script = base / "bare.py"
        script.write_text(BARE, encoding="utf-8")
        python = [sys.executable]
        bare, counter = compare(
            [*python, str(script)],
            [*python, str(ROOT / "main.py"), "--startup-probe"],
            env,
            args.runs,
            args.xvfb,
        )
        source = report(f"from source, median of {args.runs}", bare, counter)
        frozen_ratio = frozen(base, env, args.runs, args.xvfb) if args.frozen else None
        print()
        print(f"ratio counter/bare, shown: from source {source:.2f}x (target <= 1.5x)", end="")
        print(f", frozen {frozen_ratio:.2f}x" if frozen_ratio is not None else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
