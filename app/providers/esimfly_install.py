"""eSIMfly's live status read as an install state (issue 17).

``POST /api/v1/business/esims/status`` (esimfly-newer/api-esim-status.md) is read by the
same parser the refunds use (:func:`app.providers.esimfly_json.live_status`: the ICCID,
the lifecycle ``status``, ``activation_date``); only ``smdp_status`` is read here on top.
An eSIM counts as installed once the lifecycle left NEW, the network gave an activation
date, or the SM-DP+ reports the profile downloaded.
"""

from __future__ import annotations

from typing import Any

from app.core.install import InstallState, Phase, phase_of, smdp_downloaded
from app.providers import esimfly_json, fields, http

NAME = "eSIMfly"
_INSTALLED_PHASES = (Phase.INSTALLED, Phase.ACTIVE, Phase.EXPIRED, Phase.USED_UP)


def install_from(body: dict[str, Any], asked: str) -> InstallState:
    live = esimfly_json.live_status(body, asked)
    data = http.field(body, "data", NAME, dict)
    smdp = fields.optional_code_text(data.get("smdp_status"), NAME, "SM-DP+ status", 32)
    phase = phase_of(live.status)
    if phase is Phase.CANCELLED:
        return InstallState(live.iccid, False, None, phase, live.status)
    installed = phase in _INSTALLED_PHASES or live.activated_at is not None or smdp_downloaded(smdp)
    if installed and phase in (Phase.NOT_INSTALLED, Phase.OTHER):
        phase = Phase.INSTALLED
    return InstallState(live.iccid, installed, live.activated_at, phase, live.status)
