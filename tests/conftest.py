"""Shared test set-up: Qt runs offscreen, so no display is needed."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# tests.chain.fixtures: a real PostgreSQL (issue 16) for the tests of every folder.
pytest_plugins = ["pytester", "tests.chain.fixtures"]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After pytest-qt has closed a test's widgets (``deleteLater``), delete them now, while
    the test's own objects are still consistent, rather than in whatever event loop or
    garbage collection of a later test happens to run first."""
    result = yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(autouse=True)
def _phone_check_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """The phone check before payment (issue 17) is on by default in a shop. Tests written
    before it drive the sale without it, as a shop that switched it off; a test of the
    check switches it on in its own settings."""
    from app import settings_schema as schema

    monkeypatch.setattr(
        schema, "ASK_PHONE_CHECK", schema.Setting(schema.ASK_PHONE_CHECK.key, False, schema.flag)
    )
