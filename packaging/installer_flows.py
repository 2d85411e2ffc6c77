"""The rounds packaging/windows_check.py puts the installer through: all users (install,
upgrade, silent uninstall) and per user (install, uninstall keeping the data, install,
uninstall deleting it), each checked on the files, shortcuts and registry it leaves."""

from __future__ import annotations

import subprocess
from pathlib import Path, PureWindowsPath

import windows_formats as fmt
from installer_checks import (
    EXE,
    Setup,
    check,
    compile_all,
    payload_files,
    project_version,
)
from wine_tools import CheckFailed, Wine, say, wait_for

from app.logs import APP_NAME

SILENT = ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
START_MENU = r"Microsoft\Windows\Start Menu\Programs"
# Inno Setup's uninstaller titles: its own windows, and the [Code] section's MsgBox.
UNINSTALLER_TITLE = f"{APP_NAME} Uninstall"
MSGBOX_TITLE = "Uninstall"


def run_all(wine: Wine, iscc: Path, work: Path, repo: Path) -> None:
    version = project_version(repo)
    current = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion"
    build = wine.reg("query", current, "/v", "CurrentMajorVersionNumber").stdout
    check("0xa" in build, "the wine prefix reports Windows 10")
    setups = compile_all(wine, iscc, work, repo, version)
    iss = (repo / "packaging" / "windows" / "esim-counter.iss").read_text(encoding="utf-8")
    site = Setup(wine, iss)
    files = payload_files(work / "payload" / "esim-counter")
    all_users(site, setups, version, files)
    per_user(site, setups["user"], version, files)


def installed(site: Setup, setup: Path, *flags: str) -> None:
    result = site.wine.run(setup, *SILENT, *flags)
    check(result.returncode == 0, f"{setup.name} {' '.join(flags)} installs silently")


def check_installed(
    site: Setup, app: PureWindowsPath, files: list[str], root: str, version: str
) -> None:
    folder = site.path(app)
    found = payload_files(folder) if folder.is_dir() else []
    extra = sorted(set(found) - set(files))
    check(
        set(files) <= set(found) and extra == ["unins000.dat", "unins000.exe"],
        f"every payload file ({len(files)}) installed in {app}, and the uninstaller",
    )
    values = site.uninstall_values(root)
    exe = str(app / EXE)
    expected = {
        "DisplayName": APP_NAME,
        "DisplayVersion": version,
        "Publisher": APP_NAME,
        "DisplayIcon": exe,
    }
    got = {name: values.get(name) for name in expected}
    check(got == expected, f"the {root} uninstall key (64-bit view) has {expected}")
    entries = site.uninstall_entries()
    check(len(entries) == 1, f"exactly one uninstall entry (found {entries})")


def shortcut(site: Setup, link: PureWindowsPath) -> fmt.Shortcut | None:
    path = site.path(link)
    return fmt.read_shortcut(path.read_bytes()) if path.is_file() else None


def check_shortcut(site: Setup, link: PureWindowsPath, app: PureWindowsPath) -> None:
    found = shortcut(site, link)
    target = (found.target.lower(), (found.working_dir or "").lower()) if found else None
    check(
        target == (str(app / EXE).lower(), str(app).lower()),
        f"the shortcut {link} starts {app / EXE} in {app}",
    )


def all_users(site: Setup, setups: dict[str, Path], version: str, files: list[str]) -> None:
    say("-- all users: install, upgrade, silent uninstall")
    app = site.folder("ProgramW6432") / APP_NAME
    menu = site.folder("ProgramData") / START_MENU / APP_NAME / f"{APP_NAME}.lnk"
    desktops = [
        site.folder("PUBLIC") / "Desktop" / f"{APP_NAME}.lnk",
        site.folder("USERPROFILE") / "Desktop" / f"{APP_NAME}.lnk",
    ]
    installed(site, setups["all"], "/ALLUSERS")
    check_installed(site, app, files, "HKLM", version)
    check_shortcut(site, menu, app)
    check(not any(site.path(d).exists() for d in desktops), "no desktop shortcut unless asked")

    site.write_data()  # the counter ran: a journal, a log, settings
    upgrade = fmt.higher_version(version)
    installed(site, setups["upgrade"], "/ALLUSERS")
    check_installed(site, app, files, "HKLM", upgrade)
    check_shortcut(site, menu, app)

    result = site.wine.run(app / "unins000.exe", *SILENT)
    check(result.returncode == 0, "the silent uninstall ends with exit 0")
    # wine.run waited for wineserver -w: also for the copy running from %TEMP%.
    check(not site.path(app).exists(), f"{app} is removed")
    check(not site.path(menu.parent).exists(), "the Start-menu shortcut and its folder are removed")
    check(not site.uninstall_entries(), "the uninstall key is removed")
    check(site.data_kept(), "a silent uninstall keeps the journal, the logs and the settings")


def per_user(site: Setup, setup: Path, version: str, files: list[str]) -> None:
    say("-- per user: install, uninstall answering No, install, uninstall answering Yes")
    app = site.folder("LOCALAPPDATA") / "Programs" / APP_NAME
    menu = site.folder("APPDATA") / START_MENU / APP_NAME / f"{APP_NAME}.lnk"
    desktop = site.folder("USERPROFILE") / "Desktop" / f"{APP_NAME}.lnk"
    for delete in (False, True):
        installed(site, setup, "/CURRENTUSER", "/TASKS=desktopicon")
        check_installed(site, app, files, "HKCU", version)
        check_shortcut(site, menu, app)
        check_shortcut(site, desktop, app)  # asked for with the task
        check(site.data_kept(), "the journal, logs and settings are there before uninstalling")
        uninstall_answering(site.wine, app / "unins000.exe", delete)
        check(not site.path(app).exists(), f"{app} is removed")
        check(
            not site.path(menu.parent).exists() and not site.path(desktop).exists(),
            "the Start-menu and desktop shortcuts are removed",
        )
        check(not site.uninstall_entries(), "the uninstall key is removed")
        if delete:
            check(site.data_gone(), "answering Yes deletes the journal, the logs and the settings")
        else:
            check(site.data_kept(), "answering with Enter (No, the default) keeps them")


# -- the uninstaller's questions, answered on the Xvfb display ----------


def _windows(env: dict[str, str]) -> dict[str, tuple[str, int]]:
    """Visible top-level windows: id -> (title, height)."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", ".+"],
        env=env,
        capture_output=True,
        text=True,
    ).stdout.split()
    windows = {}
    for window in found:
        name = subprocess.run(
            ["xdotool", "getwindowname", window], env=env, capture_output=True, text=True
        )
        shape = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", window],
            env=env,
            capture_output=True,
            text=True,
        )
        height = [line for line in shape.stdout.splitlines() if line.startswith("HEIGHT=")]
        if name.returncode == 0 and height:
            windows[window] = (name.stdout.strip(), int(height[0].split("=")[1]))
    return windows


def answer(env: dict[str, str], title: str, key: str, answered: set[str], what: str) -> None:
    """Wait for a new message box titled ``title`` and press ``key`` in it. Message boxes
    are short; the uninstaller's progress form (same title) is not."""
    box: list[str] = []

    def appeared() -> bool:
        box[:] = [
            window
            for window, (name, height) in _windows(env).items()
            if name == title and height < 250 and window not in answered
        ]
        return bool(box)

    wait_for(f"the uninstaller's {what}", appeared)
    answered.add(box[0])
    subprocess.run(["xdotool", "windowfocus", "--sync", box[0]], env=env, check=True)
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env, check=True)
    say(f"answered the uninstaller's {what} with {key}")


def uninstall_answering(wine: Wine, uninstaller: PureWindowsPath, delete: bool) -> None:
    """Uninstall interactively, as a clerk would: confirm, answer the journal question
    (``y`` for Yes, Enter for its default, No), acknowledge what follows."""
    process = wine.start(uninstaller)
    answered: set[str] = set()
    try:
        answer(wine.env, UNINSTALLER_TITLE, "y", answered, "'remove eSIM Counter?' confirmation")
        key = "y" if delete else "Return"
        answer(wine.env, MSGBOX_TITLE, key, answered, "'also delete the journal?' question")
        if delete:
            answer(wine.env, MSGBOX_TITLE, "Return", answered, "note on the credentials")
        answer(wine.env, UNINSTALLER_TITLE, "Return", answered, "'successfully removed' box")
        process.wait(timeout=60)
    except (CheckFailed, subprocess.TimeoutExpired):
        process.kill()
        wine.stop()  # an unanswered dialog would keep wineserver -w waiting forever
        raise
    wine.wait()
