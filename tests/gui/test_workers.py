"""The Runner's worker threads: priority order, clearing, waiting; and the reason they are
plain Python threads: what a task held and what it returned are released in the GUI thread,
never in a worker (a Qt wrapper freed in a worker can crash the program later)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import ClassVar

import pytest
from pytestqt.qtbot import QtBot

from app.ui.runner import Runner
from app.ui.workers import WorkerPool


class Witness:
    """Records the thread that finally released it."""

    released_in: ClassVar[list[str]] = []

    def __del__(self) -> None:
        Witness.released_in.append(threading.current_thread().name)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    made = Runner(max_threads=2)
    yield made
    made.shutdown(5000)


def test_queued_jobs_start_by_priority_then_in_order() -> None:
    pool = WorkerPool(1)
    release = threading.Event()
    started = threading.Event()
    order: list[str] = []
    pool.start(lambda: (started.set(), release.wait(10)))
    assert started.wait(5)
    for name, priority in (("read", -10), ("first", 0), ("sale", 10), ("second", 0)):
        pool.start(lambda name=name: order.append(name), priority)
    release.set()
    assert pool.wait_for_done(5)
    assert order == ["sale", "first", "second", "read"]


def test_clear_drops_what_has_not_started() -> None:
    pool = WorkerPool(1)
    release = threading.Event()
    started = threading.Event()
    ran: list[int] = []
    pool.start(lambda: (started.set(), release.wait(10)))
    assert started.wait(5)
    pool.start(lambda: ran.append(1))
    assert pool.clear() == 1
    assert not pool.wait_for_done(0.05)  # the first job still runs
    release.set()
    assert pool.wait_for_done(5)
    assert ran == []


def test_a_job_that_raises_leaves_the_pool_working() -> None:
    pool = WorkerPool(1)

    def boom() -> None:
        raise RuntimeError("escaped")

    done = threading.Event()
    pool.start(boom)
    pool.start(done.set)
    assert done.wait(5)


def test_work_and_result_are_released_in_the_gui_thread(qtbot: QtBot, runner: Runner) -> None:
    Witness.released_in.clear()
    gui = threading.current_thread().name
    seen: list[object] = []

    def make_work() -> Callable[[], Witness]:
        held = Witness()

        def work() -> Witness:  # the closure holds one, returns another
            assert held is not None
            return Witness()

        return work

    for _ in range(20):
        runner.run(make_work(), seen.append)
    qtbot.waitUntil(lambda: len(seen) == 20 and runner.outstanding() == 0)
    seen.clear()
    assert len(Witness.released_in) == 40
    assert set(Witness.released_in) == {gui}


def test_an_error_is_released_in_the_gui_thread(qtbot: QtBot, runner: Runner) -> None:
    Witness.released_in.clear()
    gui = threading.current_thread().name
    errors: list[BaseException] = []

    class Failure(Exception):
        def __init__(self) -> None:
            super().__init__("failed")
            self.witness = Witness()

    def fail() -> None:
        raise Failure

    runner.run(fail, None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1 and runner.outstanding() == 0)
    errors.clear()
    assert Witness.released_in == [gui]
