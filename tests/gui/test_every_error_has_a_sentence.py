"""Every CounterError a clerk or owner can meet has its own translated sentence.

``describe`` falls back to the error's English message; a subclass that reaches that
fallback shows English in every language. So each subclass, or a parent of it below
CounterError, must be named in app/ui/messages.py or the sentence modules it calls
(secret_messages.py, setup_messages.py, chain_messages.py).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import app
from app.core.errors import CounterError

UI = Path(app.__file__).parent / "ui"
# Errors that never reach a window, and why.
NOT_SHOWN = {
    "app.headless.UsageError": "the headless command line prints it to a terminal",
    "app.chain.cli.UsageError": "esim-counter chain prints it to a terminal (issue 16)",
}


def _all_modules() -> None:
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def _named_in(*files: Path) -> set[str]:
    names = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name):
                names.add(node.id)
            elif isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.alias):
                names.add(node.name)
    return names


def test_every_counter_error_has_a_sentence_in_the_ui() -> None:
    _all_modules()
    named = _named_in(
        UI / "messages.py",
        UI / "secret_messages.py",
        UI / "setup_messages.py",
        UI / "chain_messages.py",  # issue 16: the chain's database
    )
    missing = []
    for error in sorted(_subclasses(CounterError), key=lambda c: c.__qualname__):
        path = f"{error.__module__}.{error.__qualname__}"
        if not error.__module__.startswith("app.") or path in NOT_SHOWN:
            continue
        lineage = error.__mro__[: error.__mro__.index(CounterError)]
        if not any(cls.__name__ in named for cls in lineage):
            missing.append(path)
    assert missing == [], f"no sentence in app/ui/messages.py for: {missing}"
