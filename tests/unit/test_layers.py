"""Qt stays inside app/ui: the core, providers, sandbox and journal must run without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _qt_imports(path: Path, root: Path = APP.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        found += [f"{path.relative_to(root)}:{node.lineno}" for n in names if _is_qt(n)]
    return found


def _is_qt(name: str) -> bool:
    return name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6"}


def test_no_qt_import_outside_ui() -> None:
    offenders = [
        hit
        for path in APP.rglob("*.py")
        if "ui" not in path.relative_to(APP).parts[:1]
        for hit in _qt_imports(path)
    ]
    assert offenders == [], f"PySide6 imported outside app/ui: {offenders}"


def test_the_check_sees_every_form_of_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "probe.py"
    sample.write_text(
        "import os\nfrom PySide6 import QtCore\nimport PySide6.QtWidgets as w\n"
        "from PySide6.QtGui import QImage\nfrom . import PySide6\n",
        encoding="utf-8",
    )
    assert _qt_imports(sample, tmp_path) == ["probe.py:2", "probe.py:3", "probe.py:4"]


def test_core_and_providers_import_without_qt_loaded() -> None:
    code = (
        "import sys, app.core.orders, app.core.countries, app.providers.esimfly, "
        "app.providers.octopus, app.sandbox\n"
        "assert not any(m.split('.')[0] == 'PySide6' for m in sys.modules), 'Qt was loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=APP.parent)
