"""The program's version, from the one place it is written: ``pyproject.toml``.

A source checkout reads it from ``pyproject.toml`` itself, so a bumped version shows at
once even under an editable install whose metadata still has the old one. The frozen
bundle ships ``pyproject.toml`` beside the ``app`` package for the same reason; an
installed wheel falls back to its distribution metadata.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "esim-counter"
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def read_pyproject_version(path: Path) -> str | None:
    """The ``[project] version`` of the eSIM Counter ``pyproject.toml`` at ``path``."""
    try:
        project = tomllib.loads(path.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    if project.get("name") != DISTRIBUTION:
        return None
    version = project.get("version")
    return str(version) if version else None


@cache
def version() -> str:
    found = read_pyproject_version(PYPROJECT)
    if found:
        return found
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
