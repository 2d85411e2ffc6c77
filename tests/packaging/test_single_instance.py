"""One counter per journal: a second launch hands over to the first and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from app.ui import single_instance
from app.ui.single_instance import SingleInstance, already_running_notice, server_name

from .helpers import ROOT, offscreen_env

# A second launch, reduced to its guard: exit 0 when it handed over, 3 when it would run.
SECOND = (
    "import sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from app.ui.single_instance import guard\n"
    "app = QCoreApplication([])\n"
    "sys.exit(0 if guard(Path(sys.argv[1])) is None else 3)\n"
)
# The same with a screen: the clerk who launched it is told, in a notice that closes itself.
SECOND_ON_SCREEN = (
    "import sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from app.ui import single_instance\n"
    "app = QApplication([])\n"
    "made = single_instance.already_running_notice\n"
    "def notice(answered, seconds=1):\n"
    "    box = made(answered, 1)\n"
    "    print('notice:', box.text(), flush=True)\n"
    "    return box\n"
    "single_instance.already_running_notice = notice\n"
    "sys.exit(0 if single_instance.guard(Path(sys.argv[1])) is None else 3)\n"
)
# A first launch that claims the journal, says so, and waits to be killed.
FIRST = (
    "import sys, time\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from app.ui.single_instance import SingleInstance\n"
    "app = QCoreApplication([])\n"
    "assert SingleInstance(sys.argv[1]).claim()\n"
    "print('listening', flush=True)\n"
    "time.sleep(60)\n"
)


@pytest.fixture
def instances() -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.close()


def test_the_name_depends_on_the_journal_only(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    name = server_name(journal)
    assert name == server_name(tmp_path / "." / "journal.sqlite3")
    assert name != server_name(tmp_path / "other.sqlite3")
    assert name.startswith("esim-counter-") and len(name) <= 32  # short enough for a socket


def test_a_second_launch_hands_over_and_exits(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    journal = tmp_path / "journal.sqlite3"
    first = SingleInstance(server_name(journal))
    instances.append(first)
    assert first.claim()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    first.raise_on_activation(window)

    with qtbot.waitSignal(first.activated, timeout=10000):
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND, str(journal)],
            cwd=ROOT,
            env=offscreen_env(tmp_path),
            stdout=subprocess.PIPE,
            text=True,
        )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert second.returncode == 0
    assert second.stdout is not None
    assert "already running on this journal: brought it to the front" in second.stdout.read()
    second.stdout.close()
    assert not window.isMinimized()
    assert window.isVisible()
    assert "started again" in window.statusBar().currentMessage()


def test_a_second_launch_with_a_screen_tells_the_clerk(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    """A window system may refuse to raise the running counter: the launch that the
    clerk just started says what happened instead of seeming to do nothing."""
    journal = tmp_path / "journal.sqlite3"
    first = SingleInstance(server_name(journal))
    instances.append(first)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=10000):
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_ON_SCREEN, str(journal)],
            cwd=ROOT,
            env=offscreen_env(tmp_path),
            stdout=subprocess.PIPE,
            text=True,
        )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=15000)
    assert second.returncode == 0
    assert second.stdout is not None
    out = second.stdout.read()
    second.stdout.close()
    assert "notice: eSIM Counter is already open. Its window has been brought" in out


@pytest.mark.parametrize("answered", [True, False])
def test_the_notice_closes_itself_or_by_enter(qtbot: QtBot, answered: bool) -> None:
    box = already_running_notice(answered, seconds=1)
    qtbot.addWidget(box)
    box.show()
    assert "already open" in box.text()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    again = already_running_notice(answered, seconds=60)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.isActiveWindow())
    qtbot.keyClick(QApplication.focusWidget() or again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5000)
    assert single_instance.NOTICE_SECONDS <= 10  # a second launch never lingers


def test_a_counter_on_another_journal_starts(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    one = SingleInstance(server_name(tmp_path / "shop.sqlite3"))
    other = SingleInstance(server_name(tmp_path / "training.sqlite3"))
    instances += [one, other]
    assert one.claim()
    assert other.claim()


def test_the_first_launch_takes_the_journal_when_none_listens(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    instance = SingleInstance(server_name(tmp_path / "journal.sqlite3"))
    instances.append(instance)
    assert instance.claim(timeout_ms=200)
    assert instance.server is not None and instance.server.isListening()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes go with their process")
def test_a_socket_left_by_a_crash_is_taken_over(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    name = server_name(tmp_path / "journal.sqlite3")
    crashed = subprocess.Popen(
        [sys.executable, "-c", FIRST, name], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert crashed.stdout is not None
    assert crashed.stdout.readline().strip() == "listening"
    os.kill(crashed.pid, signal.SIGKILL)  # no chance to close its socket
    crashed.wait(timeout=10)
    crashed.stdout.close()

    instance = SingleInstance(name)
    instances.append(instance)
    assert instance.claim(timeout_ms=500)  # nobody answered on the old socket
    probe = QLocalSocket()
    probe.connectToServer(name)
    assert probe.waitForConnected(2000)
    probe.abort()


def _listening(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(200)
    probe.abort()  # a connection that says nothing asks for nothing
    return connected


def test_the_real_program_started_twice_runs_once(qtbot: QtBot, tmp_path: Path) -> None:
    """Two launches of ``main.py`` on one journal: the second exits at once, having
    brought the first to the front; the first keeps running."""
    journal = tmp_path / "journal.sqlite3"
    env = offscreen_env(tmp_path / "home")
    command = [sys.executable, str(ROOT / "main.py"), "--journal", str(journal)]
    first = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not _listening(server_name(journal)):
            assert first.poll() is None, "the first counter exited"
            assert time.monotonic() < deadline, "the first counter never listened"
            time.sleep(0.1)
        started = time.monotonic()
        second = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=30
        )
        assert second.returncode == 0, second.stderr
        assert "brought it to the front" in second.stdout
        assert time.monotonic() - started < 15
        assert first.poll() is None  # the first counter is still selling
    finally:
        first.terminate()
        first.wait(timeout=15)
        QLocalServer.removeServer(server_name(journal))  # its socket, left by the kill


def test_the_lock_keeps_a_second_counter_out_before_the_first_listens(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    """The program takes the lock before its window and listens after the first paint:
    a launch in between waits for the first to listen, hands over, and exits."""
    journal = tmp_path / "journal.sqlite3"
    first = SingleInstance(server_name(journal))
    instances.append(first)
    assert first.lock()
    assert first.server is None  # not listening yet
    second = subprocess.Popen(
        [sys.executable, "-c", SECOND, str(journal)],
        cwd=ROOT,
        env=offscreen_env(tmp_path),
        stdout=subprocess.PIPE,
        text=True,
    )
    qtbot.wait(500)  # the second launch is calling a counter that does not listen yet
    assert second.poll() is None
    with qtbot.waitSignal(first.activated, timeout=10000):
        first.listen()
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert second.returncode == 0
    assert second.stdout is not None
    assert "brought it to the front" in second.stdout.read()
    second.stdout.close()


def test_a_counter_that_holds_the_lock_but_never_answers_still_keeps_the_journal(
    tmp_path: Path, instances: list[SingleInstance], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "STARTING_MS", 300)
    name = server_name(tmp_path / "journal.sqlite3")
    first = SingleInstance(name)
    instances.append(first)
    assert first.lock()
    second = SingleInstance(name)
    instances.append(second)
    assert not second.lock(timeout_ms=100)  # the journal stays the first counter's
    assert not second.answered
    first.close()  # the first counter ends: its journal is free again
    third = SingleInstance(name)
    instances.append(third)
    assert third.claim(timeout_ms=100)


def test_the_name_is_the_one_earlier_versions_used(tmp_path: Path) -> None:
    """Made without hashlib and getpass (they load before the window otherwise), the name
    is still theirs: a counter started by an older version is found by a newer one."""
    import getpass
    import hashlib

    journal = tmp_path / "journal.sqlite3"
    where = os.path.normcase(str(journal.resolve()))
    digest = hashlib.sha256(f"{getpass.getuser()}\0{where}".encode()).hexdigest()[:16]
    assert server_name(journal) == f"esim-counter-{digest}"
