"""The pure parts of packaging/windows_check.py (the wine run itself is a CI step of its
own): what it reads from reg, .lnk files and ISCC, and the script variant it compiles."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import struct
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import ModuleType

import pytest

from .helpers import PACKAGING, load_build

ISS = (PACKAGING / "windows" / "esim-counter.iss").read_text(encoding="utf-8")


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


fmt = _load("windows_formats")
tools = _load("wine_tools")


def test_the_integrity_is_npms_sha512_in_base64() -> None:
    data = b"innosetup tarball"
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    assert tools.npm_integrity(data) == f"sha512-{digest}"
    pinned = tools.INNOSETUP_INTEGRITY
    assert pinned.startswith("sha512-") and len(base64.b64decode(pinned[7:])) == 64


def test_paths_cross_between_linux_and_the_prefix(tmp_path: Path) -> None:
    assert tools.windows_path(PurePosixPath("/tmp/a b/c")) == PureWindowsPath(r"Z:\tmp\a b\c")
    prefix = tmp_path / "prefix"
    local = PureWindowsPath(r"C:\users\clerk\AppData\Local\eSIM Counter")
    assert (
        tools.unix_path(prefix, local) == prefix / "drive_c/users/clerk/AppData/Local/eSIM Counter"
    )
    assert tools.unix_path(prefix, PureWindowsPath(r"Z:\work\x.iss")) == Path("/work/x.iss")
    with pytest.raises(ValueError):
        tools.unix_path(prefix, PureWindowsPath(r"D:\x"))


def test_the_check_compiles_with_the_defines_build_py_passes() -> None:
    build = load_build()
    defines = build.iscc_defines(Path("/b"), Path("/d"), "1.2.3", Path("/r"))
    assert defines == ["/DAppVersion=1.2.3", "/DSourceDir=/b", "/DOutputDir=/d", "/DRepoDir=/r"]
    checks = (PACKAGING / "installer_checks.py").read_text(encoding="utf-8")
    assert "build.iscc_defines(" in checks
    assert "iscc_defines(bundle, dist, version, ROOT)" in (PACKAGING / "build.py").read_text()


def test_the_uninstall_key_is_the_app_id() -> None:
    assert fmt.uninstall_key_name(ISS) == "{BCF75A6D-2697-4776-9152-673E4CEF7C4A}_is1"


def test_the_per_user_copy_changes_only_the_default_folder() -> None:
    variant = fmt.per_user_variant(ISS)
    changed = [
        (old, new)
        for old, new in zip(ISS.splitlines(), variant.splitlines(), strict=True)
        if old != new
    ]
    assert changed == [
        (
            r"DefaultDirName={autopf}\{#AppName}",
            r"DefaultDirName={localappdata}\Programs\{#AppName}",
        )
    ]
    with pytest.raises(ValueError):
        fmt.per_user_variant(variant)  # no {autopf} left to replace


def test_an_upgrade_has_a_higher_version() -> None:
    assert fmt.higher_version("0.1.0") == "0.1.1"
    assert fmt.higher_version("2.9") == "2.10"
    with pytest.raises(ValueError):
        fmt.higher_version("1.0.0rc1")


def test_compiler_warnings_are_found() -> None:
    output = (
        "Compiler engine version: Inno Setup 6.4.1\n"
        "Parsing [Setup] section, line 40\n"
        "Successful compile (6.866 sec).\n"
        'Warning: Architecture identifier "x64" is deprecated.\r\n'
        "   Compressing: Z:\\tmp\\payload\\warning.txt\n"
    )
    assert fmt.compiler_warnings(output) == [
        'Warning: Architecture identifier "x64" is deprecated.'
    ]
    assert fmt.compiler_warnings("Successful compile (1 sec).") == []


UNINSTALL = r"HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Uninstall"
REG_QUERY = (  # what wine 8's reg.exe prints, \r\n and all
    "\r\n"
    rf"{UNINSTALL}\{{BCF75A6D-2697-4776-9152-673E4CEF7C4A}}_is1"
    "\r\n"
    r"    DisplayIcon    REG_SZ    C:\Program Files\eSIM Counter\esim-counter.exe"
    "\r\n"
    "    DisplayName    REG_SZ    eSIM Counter\r\n"
    "    EstimatedSize    REG_DWORD    0xdf2\r\n"
    "    Inno Setup: Selected Tasks    REG_SZ    \r\n"
    "\r\n"
    rf"{UNINSTALL}\{{BCF75A6D-2697-4776-9152-673E4CEF7C4A}}_is1\Sub"
    "\r\n"
    "    DisplayName    REG_SZ    not this one\r\n"
)


def test_reg_query_output_is_read() -> None:
    assert fmt.reg_values(REG_QUERY) == {
        "DisplayIcon": r"C:\Program Files\eSIM Counter\esim-counter.exe",
        "DisplayName": "eSIM Counter",
        "EstimatedSize": "0xdf2",
        "Inno Setup: Selected Tasks": "",
    }
    assert fmt.reg_subkeys(REG_QUERY, UNINSTALL) == ["{BCF75A6D-2697-4776-9152-673E4CEF7C4A}_is1"]


def _link(target: str, working_dir: str, *, unicode_info: bool, nul: bool) -> bytes:
    """A shell link as Windows (or, with ``nul``, wine) writes one."""
    header = bytearray(76)
    struct.pack_into("<I", header, 0, 0x4C)
    struct.pack_into("<I", header, 20, 0x01 | 0x02 | 0x10 | 0x80)
    id_list = struct.pack("<H", 4) + b"\x02\x00\x00\x00"
    base, suffix = target.encode("latin-1") + b"\0", b"\0"
    if unicode_info:
        head = 0x24
        ansi = base + suffix
        wide = target.encode("utf-16-le") + b"\0\0" + b"\0\0"
        offsets = (head, head + len(base), head + len(ansi), head + len(ansi) + len(wide) - 2)
        body = ansi + wide
        fields = struct.pack("<7I", 0, head, 1, 0, offsets[0], 0, offsets[1])
        fields += struct.pack("<2I", offsets[2], offsets[3])
    else:
        head = 0x1C
        body = base + suffix
        fields = struct.pack("<7I", 0, head, 1, 0, head, 0, head + len(base))
    info = bytearray(fields + body)
    struct.pack_into("<I", info, 0, len(info))
    text = working_dir + ("\0" if nul else "")
    strings = struct.pack("<H", len(text)) + text.encode("utf-16-le")
    return bytes(header) + id_list + bytes(info) + strings


@pytest.mark.parametrize("unicode_info", [False, True])
@pytest.mark.parametrize("nul", [False, True])
def test_a_shortcut_is_read(unicode_info: bool, nul: bool) -> None:
    target = r"C:\Program Files\eSIM Counter\esim-counter.exe"
    data = _link(target, r"C:\Program Files\eSIM Counter", unicode_info=unicode_info, nul=nul)
    found = fmt.read_shortcut(data)
    assert found == fmt.Shortcut(target=target, working_dir=r"C:\Program Files\eSIM Counter")
    with pytest.raises(ValueError):
        fmt.read_shortcut(b"MZ" + data[2:])


def test_the_wine_steps_import_against_todays_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wine step runs only in .ci/run, after the tests: a name it takes from app/ that
    has moved must fail here, not there."""
    from app.places import default_journal_path

    monkeypatch.syspath_prepend(str(PACKAGING))
    _load("windows_check")
    checks = _load("installer_checks")
    assert default_journal_path().name == checks.JOURNAL_FILE
