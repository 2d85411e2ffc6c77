"""QSettings as plain key/values, for the Qt-free code that reads the shop's settings
(``app.accounts``, ``app.startup``). Read on the GUI thread, handed to workers as a dict."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings_dict(settings: QSettings) -> dict[str, object]:
    return {key: settings.value(key) for key in settings.allKeys()}


def wants_real(settings: QSettings) -> bool:
    """Whether an account is switched on, without importing the providers (the window
    decides its banner before they load). ``app.accounts`` reads the same keys."""
    return any(
        str(settings.value(f"accounts/{name}/enabled", "")).strip().lower() in {"true", "1", "yes"}
        for name in ("esimfly", "octopus")
    )
