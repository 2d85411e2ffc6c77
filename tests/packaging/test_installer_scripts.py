"""The installer scripts are complete and agree with the program and with build.py: the
Inno Setup script, the macOS entitlements and disk-image layout, the spec."""

from __future__ import annotations

import ast
import plistlib
import re
from pathlib import Path

import platformdirs.windows
import pytest

from app.version import version

from .helpers import PACKAGING, ROOT, load_build

ISS = PACKAGING / "windows" / "esim-counter.iss"
SPEC = PACKAGING / "esim-counter.spec"
build = load_build()


def _iss() -> str:
    return ISS.read_text(encoding="utf-8")


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, flags=re.MULTILINE))


def _setup(text: str) -> dict[str, str]:
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r"^(\w+)=(.*)$", section, flags=re.MULTILINE))


@pytest.mark.parametrize("path", [ISS, SPEC, PACKAGING / "macos" / "dmg_settings.py"])
def test_no_placeholders_are_left(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    placeholder = r"TODO|FIXME|XXX|(CHANGE|REPLACE) ?ME|YOUR[ _-]|example\.com|<(your|team|name)\b"
    assert not re.search(placeholder, text, flags=re.IGNORECASE)


def test_the_installer_is_per_user_and_needs_no_administrator() -> None:
    setup = _setup(_iss())
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#AppVersion}"


def test_it_has_the_shortcuts_the_icon_and_the_version() -> None:
    text = _iss()
    assert re.search(r'^Name: "desktopicon";.*Flags: unchecked$', text, flags=re.MULTILINE)
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"', text, flags=re.MULTILINE)
    icon = _setup(text)["SetupIconFile"].replace("{#RepoDir}", str(ROOT)).replace("\\", "/")
    assert Path(icon).is_file()
    assert "#error" in text  # no version, no installer


def test_the_installer_is_named_as_build_py_expects() -> None:
    name = _setup(_iss())["OutputBaseFilename"].replace("{#AppVersion}", version())
    assert f"{name}.exe" == f"{build.NAME}-{version()}-windows-x64-setup.exe"
    assert _defines(_iss())["AppExeName"] == f"{build.NAME}.exe"


def test_the_uninstaller_keeps_the_journal_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _iss()
    code = text.split("[Code]", 1)[1]
    assert "UninstallSilent()" in code  # a silent uninstall never deletes the journal
    assert "MB_YESNO or MB_DEFBUTTON2" in code  # the question defaults to No
    assert "DelTree(ExpandConstant('{#DataDir}')" in code
    # The folder it offers to delete is the one the program keeps its journal in.
    local = r"C:\Users\clerk\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda _csidl: local)
    dirs = platformdirs.windows.Windows("eSIM Counter", "eSIM Counter")
    data_dir = _defines(text)["DataDir"].replace("{localappdata}", local)
    for folder in (dirs.user_data_dir, dirs.user_log_dir):
        assert folder.replace("/", "\\").startswith(data_dir + "\\")  # "/" off Windows


def test_signing_is_wired_through_a_sign_tool() -> None:
    text = _iss()
    assert "#ifdef Sign\nSignTool=esimsign\nSignedUninstaller=yes\n#endif" in text


def test_the_entitlements_are_minimal() -> None:
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as f:
        entitlements = plistlib.load(f)
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_the_disk_image_holds_the_app_and_an_applications_link() -> None:
    settings: dict[str, object] = {
        "defines": {"app": "/tmp/dist/eSIM Counter.app", "icon": "/tmp/i.icns"},
    }
    exec((PACKAGING / "macos" / "dmg_settings.py").read_text(encoding="utf-8"), settings)
    assert settings["files"] == ["/tmp/dist/eSIM Counter.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert settings["format"] == "ULFO"
    assert set(settings["icon_locations"]) == {"eSIM Counter.app", "Applications"}  # type: ignore[arg-type]


def test_the_spec_describes_the_mac_app() -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    for key in (
        "CFBundleShortVersionString",
        "CFBundleVersion",
        "NSHighResolutionCapable",
        "LSMinimumSystemVersion",
        "bundle_identifier",
    ):
        assert key in text
    assert "exclude_binaries=True" in text  # one folder, never one file
