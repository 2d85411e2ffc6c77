"""Simulator of the eSIMfly and Octopus Cards reseller APIs for training and tests."""

from app.sandbox.clock import Clock
from app.sandbox.config import DEFAULTS, IQD_PER_USD, SandboxConfig, SandboxDefaults
from app.sandbox.faults import Fault
from app.sandbox.sandbox import Sandbox
from app.sandbox.server import ServerHandle, serve

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
