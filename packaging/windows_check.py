"""Compile the Windows installer with the real Inno Setup and exercise it under wine.

    sudo .venv/bin/python packaging/windows_check.py     # root for apt; ~3 minutes

CI runs this after the test suite (``.ci/run``). It installs Debian's wine for the run
(``wine_tools.py``; removed again afterwards, also when a check fails), then:

1. compiles ``windows/esim-counter.iss`` with exactly the defines ``build.py`` passes, over a
   stand-in payload (no Windows frozen build can be made here): zero warnings; without the
   version define the compile must fail;
2. installs silently for all users (``/ALLUSERS``): every payload file, the Start-menu
   shortcut pointing at the program, no desktop shortcut, the uninstall key (64-bit view)
   with name, version, publisher and icon; upgrades to a higher version: one uninstall
   entry; uninstalls silently: program, shortcuts and key gone, journal, logs and settings
   kept;
3. installs per user (``/CURRENTUSER``, the shops' default) from a copy of the script whose
   only change is the default folder (wine 8 cannot expand ``{autopf}`` per user), with the
   desktop shortcut asked for; uninstalls answering the "also delete the journal?" question
   with Enter (keeps it), installs again and answers Yes (xdotool on the Xvfb display):
   only then are the journal, logs and settings gone.

Exit status 0 when every check passed; 1 with ``FAILED: <check>`` otherwise.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

import installer_flows  # noqa: E402
import wine_tools  # noqa: E402
from wine_tools import CheckFailed, Wine, say  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (debugging)")
    args = parser.parse_args(argv)
    # A cancelled CI job sends SIGTERM: unwind like an exception, so wine is still removed.
    signal.signal(signal.SIGTERM, lambda _signal, _frame: sys.exit(143))
    started = time.monotonic()
    work = args.keep or Path(tempfile.mkdtemp(prefix="esim-windows-check-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        with wine_tools.wine_installed():
            iscc = wine_tools.fetch_innosetup(work)
            with wine_tools.xvfb(work) as display:
                wine = Wine(work, display)
                try:
                    wine.boot()
                    installer_flows.run_all(wine, iscc, work, ROOT)
                finally:
                    wine.stop()
    except (CheckFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"[windows-check] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    say(f"all checks passed ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
