"""The frozen bundle's size and cold-start time, against a frozen "hello window".

    .venv/bin/python bench/frozen_bundle.py [--runs 5] [--keep DIR] [--no-drop-caches]

Freezes, in one run and into a temporary folder, eSIM Counter from
``packaging/esim-counter.spec`` and a bare PySide6-Essentials "hello window" (a QLabel
shown as a window) the same way: PyInstaller one-folder, the same excludes, the same Qt
plugin pruning (``packaging/bundle_rules.py``), the same stripping. Then, for each:

- size on disk of the one-folder bundle, and its file count;
- cold start: from spawning the executable to its window being on screen (first painted
  while exposed: ``shown``), and, for the counter, to the catalogue
  being loaded and Sell usable (``ready``). Cold means the OS page cache was dropped
  first (Linux, as root: ``/proc/sys/vm/drop_caches``); where that is not possible the
  first run after the build is reported and marked "page cache not dropped";
- warm start: the median of ``--runs`` runs after that.

Each figure is printed with its ratio to the hello window's. The counter runs with
``--startup-probe`` on a temporary journal and settings; both run offscreen unless
``--platform`` names another Qt platform.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"

HELLO = """\
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    # The counter's --startup-probe check: right after the first paint while exposed.
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
window = QLabel("hello")
window.show()
if "--startup-probe" in sys.argv:
    probe = FirstPaint()
    window.installEventFilter(probe)
sys.exit(app.exec())
"""

HELLO_SPEC = """\
import sys
sys.path.insert(0, {packaging!r})
import bundle_rules

a = Analysis([{script!r}], excludes=bundle_rules.EXCLUDES, optimize=1)
bundle_rules.prune(a, [])
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="hello", console=True,
          strip=False, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=bundle_rules.STRIP, upx=False, name="hello")
"""


def load_build():
    spec = importlib.util.spec_from_file_location("esim_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyinstaller(spec: Path, dist: Path, work: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "ERROR",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(spec),
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    return time.perf_counter() - started


def drop_caches() -> bool:
    """Empty the OS page cache so the next start reads the bundle from disk."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``command`` to its ``shown`` and ``ready`` lines."""
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
    process.wait(timeout=60)
    if set(times) != {"shown", "ready"}:
        raise RuntimeError(f"{command[0]} exited {process.returncode} without 'ready'")
    return times["shown"], times["ready"]


def measure(command: list[str], env: dict[str, str], runs: int, cold: bool) -> dict[str, float]:
    dropped = drop_caches() if cold else False
    cold_shown, cold_ready = start(command, env)
    warm = [start(command, env) for _ in range(runs)]
    return {
        "dropped": float(dropped),
        "cold shown": cold_shown,
        "cold ready": cold_ready,
        "warm shown": statistics.median(w[0] for w in warm),
        "warm ready": statistics.median(w[1] for w in warm),
    }


def file_count(path: Path) -> int:
    return sum(1 for f in path.rglob("*") if f.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs (median)")
    parser.add_argument("--keep", type=Path, help="build here and keep the bundles")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM to run on")
    parser.add_argument("--no-drop-caches", action="store_true", help="do not drop caches")
    args = parser.parse_args()
    build = load_build()

    with tempfile.TemporaryDirectory(prefix="esim-bench-") as tmp:
        base = args.keep.resolve() if args.keep else Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        dist, work = base / "dist", base / "work"
        hello_dir = base / "hello"
        hello_dir.mkdir(exist_ok=True)
        (hello_dir / "hello.py").write_text(HELLO, encoding="utf-8")
        hello_spec = hello_dir / "hello.spec"
        hello_spec.write_text(
            HELLO_SPEC.format(packaging=str(PACKAGING), script=str(hello_dir / "hello.py")),
            encoding="utf-8",
        )

        print("freezing eSIM Counter and the hello window …", flush=True)
        app_build = pyinstaller(PACKAGING / "esim-counter.spec", dist, work / "app")
        hello_build = pyinstaller(hello_spec, dist, work / "hello")
        app_bundle = dist / ("eSIM Counter.app" if sys.platform == "darwin" else "esim-counter")
        app_folder = app_bundle
        hello_folder = dist / "hello"
        app_exe = build.executable(app_bundle)
        hello_exe = hello_folder / ("hello.exe" if sys.platform == "win32" else "hello")

        home = base / "home"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": args.platform,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        journal = home / "journal.sqlite3"
        app_cmd = [str(app_exe), "--journal", str(journal), "--startup-probe"]
        hello_cmd = [str(hello_exe), "--startup-probe"]
        cold = not args.no_drop_caches
        hello = measure(hello_cmd, env, args.runs, cold)
        app = measure(app_cmd, env, args.runs, cold)

        import PyInstaller
        import PySide6

        print()
        print(
            f"frozen bundle: PyInstaller {PyInstaller.__version__}, PySide6 {PySide6.__version__},"
            f" Python {platform.python_version()}, {sys.platform} {platform.machine()},"
            f" {os.cpu_count()} cores, QT_QPA_PLATFORM={args.platform}"
        )
        print(f"counter: {app_bundle.name}; baseline: a frozen PySide6 'hello window' (QLabel)")
        print()
        header = f"{'':34}{'eSIM Counter':>14}{'hello window':>14}{'ratio':>9}"
        print(header)
        print("-" * len(header))

        def row(label: str, a: float, b: float, unit: str) -> None:
            if unit == "MB":
                left, right = f"{a / 1e6:.1f} MB", f"{b / 1e6:.1f} MB"
            elif unit == "s":
                left, right = f"{a:.3f} s", f"{b:.3f} s"
            else:
                left, right = f"{a:.0f}", f"{b:.0f}"
            print(f"{label:34}{left:>14}{right:>14}{a / b:>8.2f}x")

        row("size on disk", build.folder_size(app_folder), build.folder_size(hello_folder), "MB")
        row("files", file_count(app_folder), file_count(hello_folder), "")
        cold_note = "cold" if app["dropped"] and hello["dropped"] else "first run*"
        row(f"{cold_note} start to window shown", app["cold shown"], hello["cold shown"], "s")
        row(f"{cold_note} start to ready to sell", app["cold ready"], hello["cold ready"], "s")
        row(
            f"warm start to window (median {args.runs})",
            app["warm shown"],
            hello["warm shown"],
            "s",
        )
        row(
            f"warm start to ready (median {args.runs})", app["warm ready"], hello["warm ready"], "s"
        )
        row("PyInstaller build time", app_build, hello_build, "s")
        if cold_note != "cold":
            print("* page cache not dropped (needs Linux and root): the first run after the build")
        print(
            "\n'window shown': first painted while exposed; 'ready to sell': the"
            "\ncounter's catalogue is loaded (for the hello window, the same moment)."
        )
        if args.keep:
            print(f"\nbundles kept in {dist}")
        else:
            shutil.rmtree(base / "work", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
