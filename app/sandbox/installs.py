"""The traveller's phone, simulated (issue 17): eSIMs installed by themselves.

With ``SandboxConfig.auto_install_seconds`` set (training mode), every delivered eSIM
counts as installed that many seconds of sandbox time after its delivery, as if the
traveller scanned the QR at the counter: a trainee sees the display turn "Installed ✓".
Tests leave it off and install an eSIM when they say so (``Sandbox.mark_installed``, or
``POST /_sandbox/installed``). The install time is the moment the phone would have
downloaded the profile, not the moment a request noticed it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox


def auto_install(sandbox: Sandbox) -> None:
    """Install what is due (the caller holds ``sandbox.lock``)."""
    seconds = sandbox.config.auto_install_seconds
    if seconds is None:
        return
    state, now = sandbox.state, sandbox.clock.now()
    delay = timedelta(seconds=seconds)
    for order in state.esimfly_orders:
        if order.status != "completed" or order.ready_at + delay > now:
            continue
        for esim in order.esims:
            if esim.iccid and esim.installed_at is None and not esim.cancel_requested:
                esim.installed_at = _at(order.ready_at + delay)
                state.installed.setdefault(esim.iccid, esim.installed_at)
    for octopus in state.octopus_orders:
        due = octopus.ready_at + delay
        if octopus.status == "DELIVERED" and octopus.iccid and due <= now:
            state.installed.setdefault(octopus.iccid, _at(due))


def _at(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)
