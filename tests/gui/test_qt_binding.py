"""Guards against a broken Qt binding.

PySide6 6.12.0 under Python 3.11 drops a reference to ``None`` on every call of a
method returning void; a busy counter then aborts with "none_dealloc". pyproject.toml
excludes that release; this test fails if such a build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    rect = QRectF(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        rect.setWidth(2)
    # A healthy binding leaves None's count where it was (a few either way).
    assert sys.getrefcount(None) - before > -50
