"""Shared by the packaging tests: the repository's paths and ``packaging/build.py``."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SMOKE_LINE = (
    r"^smoke test ok: sold .+ via (eSIMfly|Octopus Cards), ICCID \d{18,22}, "
    r"QR decodes to (LPA:1\$[^$\s]+\$\S+) \[.+\]$"
)


def load_build() -> ModuleType:
    """``packaging/build.py`` as a module (``packaging`` is also a PyPI package's name)."""
    name = "esim_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_rules() -> ModuleType:
    """``packaging/bundle_rules.py`` as a module."""
    spec = importlib.util.spec_from_file_location("bundle_rules", PACKAGING / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def offscreen_env(home: Path) -> dict[str, str]:
    """An environment that keeps a started counter off the user's settings and display."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
