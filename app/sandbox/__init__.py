"""Simulator of the eSIMfly and Octopus Cards reseller APIs for training and tests.

The simulator itself is imported on first use: ``python -m app.headless`` needs only the
default credentials, and crash tests start that process dozens of times.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.sandbox.clock import Clock
from app.sandbox.config import DEFAULTS, IQD_PER_USD, SandboxConfig, SandboxDefaults
from app.sandbox.faults import Fault

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox
    from app.sandbox.server import ServerHandle, serve

_LAZY = {
    "Sandbox": "app.sandbox.sandbox",
    "ServerHandle": "app.sandbox.server",
    "serve": "app.sandbox.server",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "DEFAULTS",
    "IQD_PER_USD",
    "Clock",
    "Fault",
    "Sandbox",
    "SandboxConfig",
    "SandboxDefaults",
    "ServerHandle",
    "serve",
]
