"""Start-up: what the counter has loaded, and whom it has connected to, by the time its
window is first painted. Each test starts ``python main.py --startup-probe`` the way the
program starts (offscreen, its own home), wrapping the probe to look at the process the
moment it says ``shown``. Not timed: bench/startup.py measures, these keep the shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sandbox import Sandbox
from app.sandbox.server import serve

ROOT = Path(__file__).resolve().parents[2]

# Runs the program's own run(); at "shown" and at "ready" it notes the modules loaded
# and the sockets connected so far, and prints them as JSON when the program has quit.
DRIVER = """
import functools, json, socket, sys

LAZY_TYPES = ("Qt", "QStyle", "QKeySequence", "QShortcut")

events = []
_connect = socket.socket.connect


def connect(self, address):
    events.append(["connect", repr(address)])
    return _connect(self, address)


socket.socket.connect = connect
_connect_ex = socket.socket.connect_ex


def connect_ex(self, address):
    events.append(["connect", repr(address)])
    return _connect_ex(self, address)


socket.socket.connect_ex = connect_ex
_resolve = socket.getaddrinfo


def getaddrinfo(*args, **kwargs):
    events.append(["resolve", repr(args[:2])])
    return _resolve(*args, **kwargs)


socket.getaddrinfo = getaddrinfo
seen = {}


made = {}


def say(word):
    seen[word] = sorted(sys.modules)
    events.append([word, ""])
    # PySide makes a class's enums when the class is first looked up (vars() does not).
    from PySide6 import QtCore, QtGui, QtWidgets

    made[word] = [n for m in (QtCore, QtGui, QtWidgets) for n in LAZY_TYPES if n in vars(m)]


import app.ui.app as ui_app

if len(sys.argv) > 1:  # real accounts: an eSIMfly account on the sandbox at this URL
    from PySide6.QtCore import QSettings

    settings = QSettings("eSIM Counter", "eSIM Counter")
    settings.setValue("accounts/esimfly/enabled", "true")
    settings.setValue("accounts/esimfly/base_url", sys.argv[1])
    settings.sync()
    opening = ui_app.open_counter

    def open_real(values, *, journal_path, journal):
        # In the worker: the test keyring holds the sandbox's eSIMfly secrets.
        from app.core.secret import Secret
        from app.sandbox import DEFAULTS
        from app.secrets import SecretName, SecretStore
        from app.startup import open_counter
        from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

        store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
        store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret(DEFAULTS.esimfly_access_code))
        store.store(SecretName.ESIMFLY_SECRET_KEY, Secret(DEFAULTS.esimfly_secret_key))
        return open_counter(values, journal_path=journal_path, journal=journal, store=store)

    ui_app.open_counter = open_real

ui_app.probe_startup = functools.partial(ui_app.probe_startup, say=say)
code = ui_app.run(["--startup-probe"])
print(json.dumps({"code": code, "seen": seen, "events": events, "made": made}))
"""

# Not needed for the first screen; each loads when first used (or in the worker that
# opens the counter, after the window is on screen).
DEFERRED = [
    "app.ui.history",  # Sales › History
    "app.ui.history_model",
    "app.ui.day_report",  # Sales › Day report
    "app.report",
    "app.ui.settings_dialog",  # Counter › Settings
    "app.ui.settings_flow",
    "app.ui.journal_problem",  # only when the journal cannot be used
    "app.ui.customer_display",  # the first sale
    "app.ui.after_sale",  # issue 17: install following and e-mail, with the first display
    "app.ui.install_follow",
    "app.ui.email_dialog",
    "app.installs",
    "app.ui.qr_widget",
    "qrcode",
    "PIL",
    "zxingcpp",
    "app.ui.smoke",
    "app.version",  # About, and the log line written after the window shows
    "importlib.metadata",
    "keyring",  # Settings, or the worker opening real accounts
    "app.secrets",
    "babel",  # money and numbers: CLDR data loads when the first amount is shown
    "pycountry",  # country names: when the catalogue is in
    "httpx",  # the providers, in the worker
    "app.providers",
    "app.sandbox",
    "app.training",
    "app.counter",
    "app.startup",
    "app.journal",  # SQLite, in the worker
    "sqlite3",
    "uuid",  # a sale's reference (it imports platform)
    "logging.handlers",  # the log file is attached after the first paint
    "PySide6.QtNetwork",  # the socket answering later launches: after the first paint
    "app.ui.clerk_session",  # issue 15: the clerk gate and sign-in, made with the panes
    "app.ui.sign_in_dialog",
    "app.till.session",
    "app.till.clerks",
    "app.ui.till_menu",  # the Till menu's controller, on first use
    "app.ui.refund_flow",
    "app.ui.lookup_window",  # issue 17: Sales › Look up an eSIM, on first use
    "app.ui.lookup_text",
    "app.esim_lookup",
    "app.core.lookup",
    "app.ui.topup_flow",  # issue 17: a top-up, from History or the eSIM lookup
    "app.ui.topup_dialog",
    "app.topups",
    "app.core.topup",
    "app.ui.chain_link",  # issue 16: the chain's indicator and menu, with the window's keys
    "app.ui.sync_indicator",
    "app.ui.chain_central",  # the chain's central data, with the chain link
    "app.ui.chain_tab",  # Settings › Chain
    "app.ui.chain_tasks",
    "app.ui.chain_messages",
    "app.ui.chain_reports",  # Chain › Chain reports
    "app.chain",  # the chain itself: only once the journal is open, and only when joined
    "psycopg",  # issue 16: the chain's PostgreSQL, pushed to and read in the background
    "app.chain.connection",
    "app.chain.push",
    "app.chain.sync",
    "app.chain.central",
    "app.ui.plan_details_text",  # issue 17: the chosen plan's details, at the first plan
    "app.ui.phone_check",  # the phone check, at the first sale that asks it
    "app.core.phones",
    "app.ui.phone_list_update",  # Settings
]


def _start(home: Path, *args: str) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.fixture(scope="module")
def training_start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return _start(tmp_path_factory.mktemp("home"))


def test_the_first_screen_loads_none_of_what_it_does_not_show(
    training_start: dict[str, object],
) -> None:
    seen = training_start["seen"]
    assert isinstance(seen, dict) and set(seen) == {"shown", "ready"}
    loaded = [name for name in DEFERRED if _loaded(seen["shown"], name)]
    assert loaded == [], f"loaded before the window was shown: {loaded}"


def test_the_first_screen_makes_no_costly_qt_types(training_start: dict[str, object]) -> None:
    # PySide makes a class's enums when the class is first named: the Qt namespace's ~93
    # cost a fifth of a bare window's start, QStyle's some 20 ms, QKeySequence's and
    # QShortcut's 5-10 ms (app/ui/lazy_qt.py; the window's keys come with the panes).
    made = training_start["made"]
    assert isinstance(made, dict)
    assert made["shown"] == [], f"made before the window was shown: {made['shown']}"
    # All exist once the panes are in (so the check above can see them).
    assert set(made["ready"]) == {"Qt", "QStyle", "QKeySequence", "QShortcut"}


def test_what_was_left_out_loads_once_the_counter_opens(training_start: dict[str, object]) -> None:
    # The probe itself: it sees the window and the catalogue, in that order. And the
    # list above names modules that exist (a rename would make the test above vacuous).
    seen = training_start["seen"]
    assert isinstance(seen, dict)
    for name in ("app.counter", "app.journal", "app.sandbox", "httpx", "pycountry", "qrcode"):
        assert _loaded(seen["ready"], name), name
    events = training_start["events"]
    assert isinstance(events, list)
    assert [kind for kind, _ in events if kind in ("shown", "ready")] == ["shown", "ready"]


@pytest.fixture
def sandbox_url() -> Iterator[str]:
    handle = serve(Sandbox())
    try:
        yield handle.url
    finally:
        handle.close()


def test_no_connection_before_the_window_is_shown(tmp_path: Path, sandbox_url: str) -> None:
    result = _start(tmp_path / "home", sandbox_url)
    events = result["events"]
    assert isinstance(events, list)
    kinds = [kind for kind, _ in events]
    # (Balances may still be read after "ready": the events go on after it.)
    assert "shown" in kinds and "ready" in kinds[kinds.index("shown") :], events
    before = [e for e in events[: kinds.index("shown")] if e[0] in ("connect", "resolve")]
    assert before == [], f"network before the window was shown: {before}"
    # The real counter did reach its provider, afterwards (so the check above had
    # something to catch).
    port = sandbox_url.rsplit(":", 1)[1].rstrip("/")
    assert any(kind == "connect" and port in where for kind, where in events), events


def test_what_loads_before_qt_is_qt_free() -> None:
    # PySide reads the source of every module imported after it (app/main.py says why):
    # the modules loaded first must not import it themselves.
    code = (
        "import sys, app.main; app.main.load_before_qt();"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_garbage_collection_waits_for_the_first_paint(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import app.main
    import app.ui.app

    real_run = app.ui.app.run
    during: list[bool] = []

    def run(argv: list[str] | None) -> int:
        during.append(gc.isenabled())
        return 0

    monkeypatch.setattr(app.ui.app, "run", run)
    assert app.main.main([]) == 0
    assert during == [False] and gc.isenabled()  # paused for the start, whatever happens

    class Instance:
        def listen(self) -> None:
            pass

    # The smoke test is no start to a window: it collects garbage all along.
    import app.ui.smoke

    smoke: list[bool] = []
    monkeypatch.setattr(app.ui.smoke, "run_smoke_test", lambda report: smoke.append(gc.isenabled()))
    gc.disable()
    try:
        real_run(["--smoke-test"])
    finally:
        gc.enable()
    assert smoke == [True]

    monkeypatch.setattr(app.ui.app, "attach_logging", lambda: None)
    monkeypatch.setattr(app.ui.app, "log_started", lambda: None)
    gc.disable()
    try:
        app.ui.app.after_first_paint(Instance())  # type: ignore[arg-type]
        assert gc.isenabled()  # on again once the window is painted
    finally:
        gc.enable()
