"""What packaging/windows_check.py runs the Windows installer with on Linux: Debian's wine
(both halves) installed for the run and removed after it, the real Inno Setup compiler from
the npm registry (pinned, integrity-checked), one Xvfb display, one Windows 10 wine prefix.

Everything here leaves the machine as it found it: packages it installed are purged, the
i386 architecture it enabled is removed (on this mirror ``apt-get update`` fails while i386
is enabled, which would break the next CI run), its processes are stopped by their ids.
Standard library only: CI runs it with the system's python3.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import tarfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

# The real compiler (ISCC.exe and its DLLs) as the npm package ``innosetup`` ships it. Its
# node wrapper always exits 0, so windows_check.py calls ISCC.exe itself. To move on:
# ``npm view innosetup@X dist.integrity``, and check the tarball's sha512 yourself.
INNOSETUP_VERSION = "6.4.1"
INNOSETUP_INTEGRITY = "sha512-Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ=="  # noqa: E501
# wine32 runs ISCC.exe and the installers (Inno Setup's programs are 32-bit); wine64 gives
# the 64-bit prefix an x64 installer needs; xdotool answers the uninstaller's question.
PACKAGES = ("wine", "wine64", "wine32:i386", "xvfb", "xdotool")


class CheckFailed(Exception):
    """A check of the installer failed, or its tools could not be set up."""


STARTED = time.monotonic()


def say(message: str) -> None:
    print(f"[windows-check {time.monotonic() - STARTED:5.0f} s] {message}", flush=True)


def npm_integrity(data: bytes) -> str:
    """The ``dist.integrity`` string npm gives a tarball with these bytes."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def windows_path(path: PurePosixPath | Path) -> PureWindowsPath:
    """A Linux path as wine's programs see it (wine maps the whole file system to Z:)."""
    return PureWindowsPath("Z:\\" + "\\".join(Path(path).resolve().parts[1:]))


# -- apt: wine for the run, gone after it ----------


def _root(command: Sequence[str]) -> list[str]:
    return list(command) if os.geteuid() == 0 else ["sudo", *command]


def installed_packages() -> set[str]:
    """``name:arch`` of every package dpkg has installed (not merely configured-files)."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}|${Package}:${Architecture}\n"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {line.split("|", 1)[1] for line in out.splitlines() if line.startswith("ii")}


def foreign_architectures() -> set[str]:
    out = subprocess.run(
        ["dpkg", "--print-foreign-architectures"], check=True, capture_output=True, text=True
    ).stdout
    return set(out.split())


APT = ["apt-get", "-qq", "-o", "DPkg::Lock::Timeout=300"]
APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


@contextmanager
def wine_installed() -> Iterator[None]:
    """Install wine for the block; afterwards purge what was installed, drop i386, and
    prove ``apt-get update`` works again. A developer's own wine is used and left alone."""
    before = installed_packages()
    if shutil.which("wine") and "wine32:i386" in before and shutil.which("xdotool"):
        say("wine, wine32 and xdotool are installed already: using them, leaving them")
        yield
        return
    added_i386 = "i386" not in foreign_architectures()
    try:
        _install_wine(added_i386)
        yield
    except BaseException:
        try:
            _restore(before, added_i386)
        except (CheckFailed, subprocess.CalledProcessError) as exc:
            say(f"FAILED as well: {exc}")  # the check's own failure goes on up
        raise
    _restore(before, added_i386)


def _install_wine(add_i386: bool) -> None:
    started = time.monotonic()
    if add_i386:
        subprocess.run(_root(["dpkg", "--add-architecture", "i386"]), check=True)
    # On this mirror the i386 index of bookworm-security fails to download ("File has
    # unexpected size"); apt goes on with the other indexes, so the exit status is ignored
    # here and the install below says whether what is needed was found.
    say("apt-get update with i386 (an error about the i386 security index is expected)")
    subprocess.run(_root([*APT, "update"]), env=APT_ENV, check=False)
    # Without that index the amd64 half of a Multi-Arch: same library (libssl3, libexpat1,
    # ...) may be a security update the i386 half has no match for: take bookworm's own
    # versions for both halves (upgrades only, never a downgrade).
    subprocess.run(
        _root(
            [
                *APT,
                "install",
                "-y",
                "--no-install-recommends",
                "-o",
                "APT::Default-Release=bookworm",
                *PACKAGES,
            ]
        ),
        env=APT_ENV,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    say(f"wine installed ({time.monotonic() - started:.0f} s)")


def _restore(before: set[str], remove_i386: bool) -> None:
    started = time.monotonic()
    added = sorted(installed_packages() - before)
    if added:
        # Only what this run installed: among it libc6:i386 and libgcc-s1:i386, which apt
        # counts as essential although nothing of the machine's own (amd64) needs them.
        purge = [*APT, "purge", "-y", "--allow-remove-essential", *added]
        subprocess.run(_root(purge), env=APT_ENV, check=True, stdout=subprocess.DEVNULL)
    if remove_i386:
        subprocess.run(_root(["dpkg", "--remove-architecture", "i386"]), check=True)
    # The next CI run starts with `apt-get update` under `set -e`: it must work again.
    update = subprocess.run(_root([*APT, "update"]), env=APT_ENV, capture_output=True, text=True)
    if update.returncode != 0:
        raise CheckFailed(f"apt-get update fails after the check:\n{update.stderr}")
    say(
        f"removed {len(added)} packages, i386 architecture removed: {remove_i386} "
        f"({time.monotonic() - started:.0f} s); apt-get update works"
    )


# -- Inno Setup from the npm registry ----------


def fetch_innosetup(work: Path) -> Path:
    """``ISCC.exe`` of the pinned ``innosetup`` package, its tarball's integrity checked."""
    subprocess.run(
        ["npm", "pack", "--silent", f"innosetup@{INNOSETUP_VERSION}", "--pack-destination", work],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tarball = work / f"innosetup-{INNOSETUP_VERSION}.tgz"
    if (found := npm_integrity(tarball.read_bytes())) != INNOSETUP_INTEGRITY:
        raise CheckFailed(f"innosetup {INNOSETUP_VERSION}: integrity {found}, pinned otherwise")
    with tarfile.open(tarball) as archive:
        archive.extractall(work / "innosetup", filter="data")
    return work / "innosetup" / "package" / "bin" / "ISCC.exe"


# -- one display, one prefix ----------


@contextmanager
def xvfb(work: Path) -> Iterator[str]:
    """A private Xvfb display (Inno Setup's forms need one even when silent)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=(work / "xvfb.log").open("wb"),
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise CheckFailed("Xvfb did not start (see xvfb.log)")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


class Wine:
    """A 64-bit wine prefix that reports Windows 10, on one display; every step waits
    for ``wineserver -w`` so the next starts on a quiet prefix."""

    def __init__(self, work: Path, display: str) -> None:
        self.prefix = work / "prefix"
        self.env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "DISPLAY": display,
            # No Mono/Gecko download prompts; no menu entries or file associations in the
            # Linux desktop (winemenubuilder) for the shortcuts the installer makes.
            "WINEDLLOVERRIDES": "mscoree,mshtml,winemenubuilder.exe=",
            # wine links the profile's Desktop, Documents ... to $HOME's: keep it in work.
            "HOME": str(work / "home"),
            "XDG_CONFIG_HOME": str(work / "home" / ".config"),
            "XDG_DATA_HOME": str(work / "home" / ".local" / "share"),
        }
        (work / "home").mkdir(exist_ok=True)
        self._environment: dict[str, str] = {}

    def run(
        self, *args: str | PurePath, timeout: float = 300, wait: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run a Windows program; with ``wait``, also wait until every process it started
        has ended (an uninstaller's copy in %TEMP%, a setup's helpers). Read-only tools
        (reg query, cmd) skip that: the warm wineserver makes them ten times faster."""
        result = subprocess.run(
            ["wine", *(str(arg) for arg in args)],
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
        )
        if wait:
            self.wait()
        return result

    def start(self, *args: str | PurePath) -> subprocess.Popen[str]:
        return subprocess.Popen(
            ["wine", *(str(arg) for arg in args)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, check=True, timeout=300)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, check=False, timeout=60)

    def boot(self) -> None:
        subprocess.run(["wineboot", "-i"], env=self.env, check=True, capture_output=True)
        self.wait()
        # wine's default is Windows 7, below the script's MinVersion.
        subprocess.run(["winecfg", "-v", "win10"], env=self.env, check=True, capture_output=True)
        self.wait()

    def unix(self, path: str | PureWindowsPath) -> Path:
        return unix_path(self.prefix, PureWindowsPath(path))

    def expand(self, variable: str) -> PureWindowsPath:
        """``%LOCALAPPDATA%`` and the like, as the prefix's programs see them."""
        if not self._environment:
            out = self.run("cmd", "/c", "set", wait=False).stdout
            for line in out.splitlines():
                name, _, value = line.strip().partition("=")
                self._environment[name.upper()] = value
        return PureWindowsPath(self._environment[variable.upper()])

    def reg(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``reg`` (add, query, delete): it writes through the wineserver, so no wait."""
        return self.run("reg", *args, wait=False)


def unix_path(prefix: Path, path: PureWindowsPath) -> Path:
    """Where a wine path lives on Linux: ``C:`` is the prefix's drive_c, ``Z:`` is ``/``."""
    drive = path.drive.rstrip(":").lower()
    rest = path.parts[1:]
    if drive == "z":
        return Path("/", *rest)
    if drive != "c":
        raise ValueError(f"{path} is on no drive the check knows")
    return prefix.joinpath("drive_c", *rest)


def wait_for(what: str, condition: Callable[[], bool], timeout: float = 60) -> None:
    """Poll ``condition`` until it holds; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out waiting for {what}")
        time.sleep(0.2)
