"""The one adapter between QSettings and the declared settings (``app.settings_schema``).

Read on the GUI thread; workers get :func:`snapshot`, a plain mapping the Qt-free code
(``app.accounts``, ``app.startup``) reads typed values from with the same declarations.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSettings

from app import settings_schema as schema
from app.settings_schema import Setting

T = TypeVar("T")


def read(settings: QSettings, setting: Setting[T]) -> T:
    return setting.read({setting.key: settings.value(setting.key)})


def write(settings: QSettings, setting: Setting[T], value: T) -> None:
    settings.setValue(setting.key, setting.dump(setting.check(value)))


def snapshot(settings: QSettings) -> dict[str, object]:
    """Every stored key and its raw value, for the workers."""
    return {key: settings.value(key) for key in settings.allKeys()}


def stored() -> dict[str, object]:
    """This user's settings as the window keeps them, read without a QApplication (for
    ``esim-counter chain``, a terminal command): the same organisation and application
    names as app.ui.app.configure sets."""
    from app.places import APP_NAME

    return snapshot(QSettings(APP_NAME, APP_NAME))


def wants_real(settings: QSettings) -> bool:
    """Whether an account is switched on, without importing the providers (the window
    decides its banner before they load)."""
    return read(settings, schema.ESIMFLY_ENABLED) or read(settings, schema.OCTOPUS_ENABLED)
