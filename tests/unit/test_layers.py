"""Dependencies point down (../shared/DESIGN.md, "Layers"): one table of forbidden edges,
checked over the AST of every module in app/, every import (also those inside functions)."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"

QT = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6")
# What does I/O (network, disk database, keyring, processes) or drives a GUI: the core is
# pure domain and must not reach any of them.
IO = ("httpx", "requests", "urllib.request", "http.client", "socket", "ssl", "sqlite3",
      "keyring", "subprocess", "platformdirs", "shutil", "asyncio", *QT)  # fmt: skip

# (layer importing, what it must not import, why). A layer is a package under app/ or a
# top-level module ("app.counter"); "*" is every module outside app/ui.
FORBIDDEN: list[tuple[str, tuple[str, ...], str]] = [
    ("*", QT, "Qt stays in app/ui"),
    ("app.core", IO, "the core is pure domain, no I/O"),
    ("app.core", ("app",), "the core imports nothing else of the app"),
    ("app.providers", ("app.journal", "app.sandbox", "app.ui", "app.counter", "app.accounts"),
     "a provider client knows only the core and HTTP"),
    ("app.sandbox", ("app.providers", "app.journal", "app.ui", "app.counter"),
     "the simulator is built from the specs, not from our clients"),
    ("app.journal", ("app.providers", "app.sandbox", "app.ui", "app.counter", "httpx"),
     "the journal is storage only"),
    ("app.counter", ("app.sandbox", "app.ui", "httpx", "sqlite3"),
     "the use cases reach providers and journal through their interfaces"),
    ("app.probing", ("app.sandbox", "app.ui", "httpx", "sqlite3"),
     "the use cases reach providers and journal through their interfaces"),
    ("app.catalogue", ("app.sandbox", "app.ui", "app.journal", "httpx", "sqlite3"),
     "the catalogue reads providers only, through their interface"),
    ("app.ui", ("app.providers", "app.sandbox", "httpx", "sqlite3"),
     "widgets reach providers through app.accounts / app.counter, never directly"),
]  # fmt: skip


def _layer(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2])


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def imports(path: Path, module: str) -> Iterator[tuple[str, int]]:
    """Every module ``path`` imports, absolute, with the line: ``from a import b`` gives
    both ``a`` and ``a.b`` (b may be a module); relative imports are resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base, node.lineno
            for alias in node.names:
                yield f"{base}.{alias.name}", node.lineno


def violations(root: Path, table: list[tuple[str, tuple[str, ...], str]]) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        module = ".".join(parts)
        layer = _layer(module)
        for importer, banned, why in table:
            if importer == "*":
                if _within(layer, f"{root.name}.ui"):
                    continue
            elif not _within(layer, importer):
                continue
            for name, line in imports(path, module):
                if _within(name, _layer(module)) and importer != "app.core":
                    continue  # a layer may import itself
                if importer == "app.core" and _within(name, "app.core"):
                    continue
                hits = [b for b in banned if _within(name, b)]
                if hits:
                    found.append(f"{relative}.py:{line} imports {name} ({why})")
    return sorted(set(found))


def test_every_forbidden_edge_is_absent() -> None:
    assert violations(APP, FORBIDDEN) == []


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    root = tmp_path / "app"
    files = {
        "__init__.py": "",
        "core/__init__.py": "",
        "core/money.py": "import decimal\nfrom app.core import plans\nfrom . import plans\n",
        "core/bad.py": "def f():\n    import httpx\nfrom app.journal import Journal\n",
        "providers/__init__.py": "",
        "providers/x.py": (
            "from .. import journal\nfrom app import sandbox\nfrom app.core import m\n"
        ),
        "sandbox/__init__.py": "",
        "sandbox/s.py": "import app.providers.octopus as o\n",
        "journal/__init__.py": "",
        "journal/j.py": "import sqlite3\nfrom PySide6.QtCore import QObject\n",
        "ui/__init__.py": "",
        "ui/w.py": "from PySide6 import QtWidgets\nfrom app.providers.http import Timeouts\n",
        "ui/ok.py": "from app.accounts import SECRETS\nfrom app.ui.runner import Runner\n",
        "counter.py": "from app.providers.base import Provider\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_checker_finds_each_kind_of_edge(fake_app: Path) -> None:
    found = violations(fake_app, FORBIDDEN)
    assert found == [
        "app/core/bad.py:2 imports httpx (the core is pure domain, no I/O)",
        "app/core/bad.py:3 imports app.journal (the core imports nothing else of the app)",
        "app/core/bad.py:3 imports app.journal.Journal (the core imports nothing else of the app)",
        "app/journal/j.py:2 imports PySide6.QtCore (Qt stays in app/ui)",
        "app/journal/j.py:2 imports PySide6.QtCore.QObject (Qt stays in app/ui)",
        "app/providers/x.py:1 imports app.journal (a provider client knows only the core and HTTP)",
        "app/providers/x.py:2 imports app.sandbox (a provider client knows only the core and HTTP)",
        "app/sandbox/s.py:1 imports app.providers.octopus "
        "(the simulator is built from the specs, not from our clients)",
        "app/ui/w.py:2 imports app.providers.http "
        "(widgets reach providers through app.accounts / app.counter, never directly)",
        "app/ui/w.py:2 imports app.providers.http.Timeouts "
        "(widgets reach providers through app.accounts / app.counter, never directly)",
    ]


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("from . import a\nfrom ..b import c\nfrom .d import e\n", encoding="utf-8")
    assert list(imports(probe, "app.ui.probe")) == [
        ("app.ui", 1), ("app.ui.a", 1), ("app.b", 2), ("app.b.c", 2),
        ("app.ui.d", 3), ("app.ui.d.e", 3),
    ]  # fmt: skip


def test_core_and_providers_import_without_qt_loaded() -> None:
    code = (
        "import sys, app.core.orders, app.core.countries, app.providers.esimfly, "
        "app.providers.octopus, app.sandbox, app.journal, app.counter, app.accounts\n"
        "assert not any(m.split('.')[0] == 'PySide6' for m in sys.modules), 'Qt was loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=APP.parent)
