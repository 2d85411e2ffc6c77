"""Entry point: ``esim-counter`` and ``python main.py`` both land here."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    # Qt is imported only here, so the rest of the package stays importable without it.
    from app.ui.app import run

    return run(argv)
