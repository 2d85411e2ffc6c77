"""Entry point: ``esim-counter`` and ``python main.py`` both land here."""

from __future__ import annotations

import gc


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["chain"]:
        # `esim-counter chain init|status|push` (issue 16): a terminal command, no window.
        from app.chain.cli import main as chain_main
        from app.ui.settings_store import stored

        return chain_main(args[1:], stored())
    # No cyclic garbage collection until the window is painted (app.ui.app turns it back
    # on then): start-up makes thousands of objects that live as long as the program
    # (modules, classes, PySide's enums), and the collector would walk them some 40 times
    # before the first paint, 15-40 ms here, to find next to no garbage.
    gc.disable()
    try:
        load_before_qt()
        # Qt is imported only here, so the rest of the package stays importable without it.
        from app.ui.app import run

        return run(argv)
    finally:
        gc.enable()


def load_before_qt() -> None:
    """Load the Qt-free modules the first screen needs, and all they import, before PySide.

    Once imported, PySide reads the source of every module imported after it, to see
    whether it asks for a ``__feature__`` (``inspect.getsource`` in its import hook,
    PYSIDE-2029): 0.2-2 ms a module, some 35 ms for the ~70 on the way to the first paint,
    which a bare window never pays. What is loaded before PySide is never read; a module
    named again in an import statement after it is read then, once (the standard library's
    ``logging`` or ``typing``), but not what it imported (platformdirs' seven modules,
    tempfile, decimal, dataclasses).
    """
    import locale  # noqa: F401 - argparse's messages (gettext) load it before the window

    import app.core.countries
    import app.core.errors
    import app.logs
    import app.places
    import app.settings_schema
    import app.ui.opening  # noqa: F401
