"""The icons come from the one source image; the version comes from pyproject.toml and
shows in the About box."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

from PIL import Image, ImageChops
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from app import version as version_module
from app.ui import about

from .helpers import PACKAGING, ROOT


def _icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("esim_icons", PACKAGING / "icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icons = _icons()


def test_the_committed_icons_are_made_from_the_source(tmp_path: Path) -> None:
    made = icons.make_icons(icons.load_source(), tmp_path)
    assert {p.name for p in made} == {p.name for p in icons.ICONS.iterdir()}
    for path in made:
        if path.suffix != ".png":
            continue
        with Image.open(icons.ICONS / path.name) as old, Image.open(path) as new:
            committed, fresh = old.convert("RGBA"), new.convert("RGBA")
        assert committed.size == fresh.size
        # Allow for a resampling difference between Pillow versions, nothing more.
        extrema = ImageChops.difference(committed, fresh).getextrema()
        assert max(high for _, high in extrema) <= 8, path.name


def test_the_windows_and_mac_icons_have_every_size() -> None:
    with Image.open(icons.ICONS / "esim-counter.ico") as ico:
        assert {(s, s) for s in icons.ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(icons.ICONS / "esim-counter.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # 1024 px for Retina
        assert icns.size == (1024, 1024)


def test_the_source_is_square_and_large_enough() -> None:
    source = icons.load_source()
    assert source.size == (icons.SIDE, icons.SIDE)
    assert source.getpixel((0, 0))[3] == 0  # transparent corners: a rounded tile


def test_the_version_is_the_one_in_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert version_module.version() == tomllib.loads(text)["project"]["version"]


def test_another_projects_pyproject_is_not_read(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "something-else"\nversion = "9.9"\n', encoding="utf-8")
    assert version_module.read_pyproject_version(other) is None
    assert version_module.read_pyproject_version(tmp_path / "missing.toml") is None
    other.write_text("not toml [", encoding="utf-8")
    assert version_module.read_pyproject_version(other) is None


def test_the_about_box_shows_the_version(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    about.add_help_menu(window)
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    (about_action,) = [a for a in help_menu.actions() if a.objectName() == "aboutAction"]
    about_action.trigger()
    dialog = window.findChild(about.AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.version.text() == f"Version {version_module.version()}"
    assert "Qt 6." in dialog.details.text()
    dialog.reject()


def test_the_program_icon_has_every_size() -> None:
    icon = about.app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
