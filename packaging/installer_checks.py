"""The checks packaging/windows_check.py runs on the installer inside a wine prefix."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import platformdirs.windows
import windows_formats as fmt
from wine_tools import CheckFailed, Wine, say, windows_path

from app.logs import APP_NAME
from app.places import JOURNAL_FILE

UNINSTALL = r"Software\Microsoft\Windows\CurrentVersion\Uninstall"
# QSettings on Windows: HKCU\Software\<organisation>\<application> (app/ui/app.py sets
# both to APP_NAME).
SETTINGS_KEY = rf"HKCU\Software\{APP_NAME}\{APP_NAME}"
EXE = "esim-counter.exe"
# A stand-in for the frozen program: a real x64 executable (the icon the uninstall key
# points at must exist), plus files in folders, one with spaces, as PyInstaller makes.
PAYLOAD = ("_internal/base_library.zip", "_internal/PySide6/Qt6Core.dll", "_internal/a b/c d.txt")
STAND_IN_EXE = Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/hostname.exe")


def check(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(what)
    say(f"ok: {what}")


@dataclass
class Setup:
    """Where one prefix keeps what the installer and the counter write."""

    wine: Wine
    iss: str

    def path(self, windows: str | PureWindowsPath) -> Path:
        return self.wine.unix(windows)

    def folder(self, variable: str) -> PureWindowsPath:
        return self.wine.expand(variable)

    def data_files(self) -> list[PureWindowsPath]:
        """The journal and the log where the counter keeps them (platformdirs' answer on
        Windows, asked with this prefix's %LOCALAPPDATA%)."""
        local = str(self.folder("LOCALAPPDATA"))
        original = platformdirs.windows.get_win_folder
        # Asked on Linux, platformdirs' Windows rules need the folder Windows would give.
        platformdirs.windows.get_win_folder = lambda _csidl: local  # type: ignore[assignment]
        try:
            dirs = platformdirs.windows.Windows(APP_NAME, APP_NAME)
            data, logs = dirs.user_data_dir, dirs.user_log_dir
        finally:
            platformdirs.windows.get_win_folder = original
        return [
            PureWindowsPath(data.replace("/", "\\"), JOURNAL_FILE),
            PureWindowsPath(logs.replace("/", "\\"), "esim-counter.log"),
        ]

    def write_data(self) -> None:
        for file in self.data_files():
            target = self.path(file)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(b"a sale\n")
        self.wine.reg("add", SETTINGS_KEY, "/v", "language", "/d", "de", "/f")

    def data_kept(self) -> bool:
        files = all(self.path(f).is_file() for f in self.data_files())
        return files and self.wine.reg("query", SETTINGS_KEY).returncode == 0

    def data_gone(self) -> bool:
        files = not any(self.path(f).exists() for f in self.data_files())
        settings = self.wine.reg("query", rf"HKCU\Software\{APP_NAME}").returncode != 0
        return files and settings

    def uninstall_entries(self) -> list[str]:
        """Every uninstall key of this program, in every view of HKLM and in HKCU."""
        name = fmt.uninstall_key_name(self.iss)
        found = []
        for root, view in (("HKLM", "/reg:64"), ("HKLM", "/reg:32"), ("HKCU", "/reg:64")):
            out = self.wine.reg("query", rf"{root}\{UNINSTALL}", view).stdout
            keys = fmt.reg_subkeys(
                out, rf"HKEY_{'LOCAL_MACHINE' if root == 'HKLM' else 'CURRENT_USER'}\{UNINSTALL}"
            )
            found += [f"{root} {view} {key}" for key in keys if key.lower() == name.lower()]
        return found

    def uninstall_values(self, root: str) -> dict[str, str]:
        key = rf"{root}\{UNINSTALL}\{fmt.uninstall_key_name(self.iss)}"
        return fmt.reg_values(self.wine.reg("query", key, "/reg:64").stdout)


# -- compiling ----------


def compile_installer(
    wine: Wine, iscc: Path, iss: Path, payload: Path, out: Path, repo: Path, version: str | None
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """ISCC with the defines build.py passes (``version=None`` leaves the version out)."""
    import build  # packaging/build.py: the one place those defines are written

    defines = build.iscc_defines(
        windows_path(payload), windows_path(out), version or "", windows_path(repo)
    )
    if version is None:
        defines = [d for d in defines if not d.startswith("/DAppVersion=")]
    result = wine.run(iscc, *defines, windows_path(iss))
    return result, out / f"{build.NAME}-{version}-windows-x64-setup.exe"


def make_payload(work: Path) -> Path:
    payload = work / "payload" / "esim-counter"
    for name in PAYLOAD:
        (payload / name).parent.mkdir(parents=True, exist_ok=True)
        (payload / name).write_text(f"stand-in for {name}\n", encoding="utf-8")
    shutil.copyfile(STAND_IN_EXE, payload / EXE)
    return payload


def payload_files(payload: Path) -> list[str]:
    return sorted(str(p.relative_to(payload)) for p in payload.rglob("*") if p.is_file())


# A script the compiler warns about (a deprecated architecture name): proof that the
# zero-warnings check below would see a warning.
WARNED = """[Setup]
AppName=w
AppVersion=1
DefaultDirName={autopf}\\w
ArchitecturesInstallIn64BitMode=x64
OutputBaseFilename=w
[Files]
Source: "esim-counter.exe"; DestDir: "{app}"
"""


def warnings_are_seen(wine: Wine, iscc: Path, payload: Path, out: Path) -> None:
    probe = payload.parent / "warned.iss"
    probe.write_text(WARNED.replace('"esim-counter.exe"', f'"{windows_path(payload / EXE)}"'))
    result = wine.run(iscc, f"/O{windows_path(out)}", windows_path(probe))
    warnings = fmt.compiler_warnings(result.stdout + result.stderr)
    check(result.returncode == 0 and bool(warnings), f"ISCC's warnings are seen: {warnings}")


def compile_all(wine: Wine, iscc: Path, work: Path, repo: Path, version: str) -> dict[str, Path]:
    iss = repo / "packaging" / "windows" / "esim-counter.iss"
    payload, out = make_payload(work), work / "out"
    warnings_are_seen(wine, iscc, payload, out / "warned")
    setups: dict[str, Path] = {}
    for label, ver in (("all", version), ("upgrade", fmt.higher_version(version))):
        result, setup = compile_installer(wine, iscc, iss, payload, out / label, repo, ver)
        warnings = fmt.compiler_warnings(result.stdout + result.stderr)
        if result.returncode != 0:
            output = (result.stdout + result.stderr)[-3000:]
            raise CheckFailed(f"ISCC failed (exit {result.returncode}):\n{output}")
        check(setup.is_file(), f"ISCC compiles {setup.name}")
        check(not warnings, f"no compiler warnings {warnings or ''}".rstrip())
        setups[label] = setup
    # The per-user copy: the same script but its default folder, in the same folder so
    # its relative paths still hold.
    variant = iss.with_name("esim-counter.per-user-check.iss")
    variant.write_text(fmt.per_user_variant(iss.read_text(encoding="utf-8")), encoding="utf-8")
    try:
        result, setup = compile_installer(wine, iscc, variant, payload, out / "user", repo, version)
    finally:
        variant.unlink()
    check(result.returncode == 0 and setup.is_file(), "ISCC compiles the per-user copy")
    setups["user"] = setup
    result, _ = compile_installer(wine, iscc, iss, payload, out / "none", repo, None)
    check(
        result.returncode != 0 and "Pass the version" in result.stdout + result.stderr,
        f"a compile without /DAppVersion fails (exit {result.returncode})",
    )
    return setups


def project_version(repo: Path) -> str:
    text = (repo / "pyproject.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["project"]["version"])
