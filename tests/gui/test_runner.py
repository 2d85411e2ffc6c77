"""The Runner on its own: results reach only owners still alive, closing an owner cancels
its queued work, a newer request of the same key supersedes, sales go before reads, and a
task given a CancelToken sees the cancellation."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.runner import BACKGROUND, SALE, CancelToken, Runner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    made = Runner(max_threads=1)
    yield made
    made.shutdown(5000)


def _block(runner: Runner) -> threading.Event:
    """Occupy the runner's only thread until the returned event is set."""
    release = threading.Event()
    started = threading.Event()

    def wait() -> None:
        started.set()
        release.wait(10)

    runner.run(wait)
    assert started.wait(5)
    return release


def test_result_reaches_a_live_owner(qtbot: QtBot, runner: Runner) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    seen: list[object] = []
    runner.run(lambda: 42, seen.append, owner=label)
    qtbot.waitUntil(lambda: seen == [42])
    assert runner.pending() == 0


def test_result_of_a_destroyed_owner_is_dropped(qtbot: QtBot, runner: Runner) -> None:
    label = QLabel()
    release = threading.Event()
    ran = threading.Event()
    seen: list[object] = []

    started = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(10)
        ran.set()
        return "late"

    runner.run(slow, lambda text: label.setText(text), seen.append, owner=label)
    assert started.wait(5)
    shiboken6.delete(label)  # as a dialog closed with WA_DeleteOnClose goes
    release.set()
    assert ran.wait(5)
    qtbot.waitUntil(lambda: runner.pending() == 0 and not runner._entries)
    assert seen == []


def test_error_of_a_destroyed_owner_is_dropped(qtbot: QtBot, runner: Runner) -> None:
    owner = QObject()
    release = _block(runner)
    errors: list[BaseException] = []

    def fail() -> None:
        raise RuntimeError("boom")

    runner.run(fail, None, errors.append, owner=owner)
    shiboken6.delete(owner)
    assert runner.pending() == 1  # only the blocker
    release.set()
    qtbot.waitUntil(lambda: not runner._entries)
    assert errors == []


def test_closing_the_owner_cancels_its_queued_work(qtbot: QtBot, runner: Runner) -> None:
    owner, other = QObject(), QObject()
    release = _block(runner)
    ran: list[str] = []
    done: list[object] = []
    runner.run(lambda: ran.append("owned"), done.append, owner=owner)
    runner.run(lambda: ran.append("other") or "other", done.append, owner=other)
    assert runner.pending(owner) == 1
    runner.cancel_owner(owner)
    assert runner.pending(owner) == 0
    release.set()
    qtbot.waitUntil(lambda: done == ["other"])
    qtbot.waitUntil(lambda: not runner._entries)
    assert ran == ["other"]  # the owned task never ran at all


def test_a_newer_request_with_the_same_key_supersedes(qtbot: QtBot, runner: Runner) -> None:
    release = _block(runner)
    done: list[object] = []
    ran: list[int] = []
    for n in (1, 2, 3):
        runner.run(lambda n=n: ran.append(n) or n, done.append, key="balances")
    runner.run(lambda: "other key", done.append, key="report")
    release.set()
    qtbot.waitUntil(lambda: not runner._entries)
    assert ran == [3]
    assert sorted(map(str, done)) == ["3", "other key"]


def test_queued_sales_start_before_background_reads(qtbot: QtBot, runner: Runner) -> None:
    release = _block(runner)
    order: list[str] = []
    runner.run(lambda: order.append("balance"), priority=BACKGROUND)
    runner.run(lambda: order.append("history"), priority=BACKGROUND)
    runner.run(lambda: order.append("plans"))
    runner.run(lambda: order.append("sale"), priority=SALE)
    release.set()
    qtbot.waitUntil(lambda: len(order) == 4)
    assert order == ["sale", "plans", "balance", "history"]


def test_a_task_with_a_token_sees_its_owner_go(qtbot: QtBot, runner: Runner) -> None:
    owner = QObject()
    stopped = threading.Event()
    done: list[object] = []

    started = threading.Event()

    def poll(token: CancelToken) -> str:
        started.set()
        while not token.wait(0.01):
            pass
        stopped.set()
        token.check()  # raises Cancelled: reported as nothing at all
        return "unreachable"

    runner.run(poll, done.append, done.append, owner=owner, with_token=True)
    assert started.wait(5)
    shiboken6.delete(owner)
    assert stopped.wait(5)
    qtbot.waitUntil(lambda: not runner._entries)
    assert done == []


def test_errors_reach_on_error_and_shutdown_cancels(qtbot: QtBot, runner: Runner) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("bad")

    runner.run(fail, None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)
    release = _block(runner)
    queued: list[str] = []
    runner.run(lambda: queued.append("queued"))
    release.set()
    assert runner.shutdown(5000)
    token = runner.run(lambda: queued.append("after"))
    assert token.cancelled
    assert "after" not in queued


def test_one_owner_two_runners(qtbot: QtBot) -> None:
    """Owner ids are unique across runners: closing one owner never cancels another's."""
    first, second = Runner(max_threads=1), Runner(max_threads=1)
    owner, other = QObject(), QObject()
    try:
        release = _block(second)
        done: list[str] = []
        first.run(lambda: "first", done.append, owner=owner)
        second.run(lambda: "owned", done.append, owner=owner)
        second.run(lambda: "other", done.append, owner=other)
        shiboken6.delete(owner)
        release.set()
        qtbot.waitUntil(lambda: first.outstanding() == 0 and second.outstanding() == 0)
        assert done == ["other"]  # results arrive in the event loop, after the owner went
    finally:
        first.shutdown(5000)
        second.shutdown(5000)
