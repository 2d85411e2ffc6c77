"""PySide's ``Qt`` namespace made when first used, not when imported.

``from PySide6.QtCore import Qt`` (or any first look-up of ``QtCore.Qt``) makes all of the
namespace's ~93 enums at once through Python's ``enum`` functional API: 40-110 ms on
Python 3.11, about a fifth of a bare window's whole start, which a bare window never pays
(PySide makes a class's enums when the class is first looked up). The modules the first
screen is built from import ``Qt`` from here instead: ``Qt.AlignmentFlag.AlignCenter`` in
a function then costs nothing until the function runs, which for most of them is after
the first paint. What must be set before it (an alignment, a splitter's orientation) is set
by name with :func:`set_enum`. ``tests/unit/test_startup.py`` fails if ``Qt`` is made
before the window is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtCore import Qt as Qt
else:

    class _LazyQt:
        """Stands for ``PySide6.QtCore.Qt``; the first attribute looked up makes it."""

        def __getattr__(self, name: str) -> object:
            from PySide6.QtCore import Qt

            value = getattr(Qt, name)
            setattr(self, name, value)  # found directly from now on
            return value

    Qt = _LazyQt()


def set_enum(target: QObject, name: str, key: str) -> None:
    """Set ``target``'s Qt enum or flags property ``name`` to ``key``, a value's name as
    C++ spells it (``"AlignCenter"``, ``"AlignLeft|AlignVCenter"``): Qt's meta-object
    system converts it, so no Python enum is made. A name Qt does not know raises (Qt
    would otherwise ignore it, or add a dynamic property of that name)."""
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__}.{name} cannot be set to {key!r}")
