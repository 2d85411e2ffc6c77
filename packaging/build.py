"""Build eSIM Counter for the machine this runs on, prove it sells, and package it.

    python packaging/build.py                  # freeze, smoke test, package
    python packaging/build.py freeze smoke     # the bundle and its smoke test only
    python packaging/build.py package          # sign and package a bundle already built

1. PyInstaller freezes ``packaging/esim-counter.spec`` into ``dist/`` (one folder; on macOS
   the ``.app``).
2. The frozen program runs ``--smoke-test`` (offscreen when there is no display) and must
   print ``smoke test ok: …``; the build stops otherwise.
3. The package of this platform:
   - Linux: ``esim-counter-<version>-linux-<arch>.tar.gz`` of the one-folder bundle;
   - Windows: the program signed with signtool, then the Inno Setup installer
     ``esim-counter-<version>-windows-x64-setup.exe``, itself and its uninstaller signed;
   - macOS: the app signed inside out with the hardened runtime, the disk image
     ``esim-counter-<version>-macos-<arch>.dmg`` (dmgbuild), signed, notarised, stapled.

Every signing step runs when its identity is configured in the environment and is skipped
with a message saying which variable would enable it; ``--require-signing`` turns a skip
into a failure (for release builds). ``packaging/README.md`` lists the variables.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "esim-counter.spec"
NAME = "esim-counter"
APP_NAME = "eSIM Counter"
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
SMOKE_TIMEOUT = 180  # seconds; the program's own limit is 60 s


class BuildError(Exception):
    pass


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["project"]["version"])


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def skipped(step: str, how: str, required: bool) -> None:
    if required:
        raise BuildError(f"{step} is required but not configured: {how}")
    say(f"SKIPPED {step}: {how}")


def run(command: Sequence[str | Path], *, secrets: Sequence[str] = (), **kwargs: object) -> None:
    """Run ``command``, echoing it with every secret in it masked."""
    shown = " ".join(str(part) for part in command)
    for secret in secrets:
        if secret:
            shown = shown.replace(secret, "***")
    say(f"$ {shown}")
    subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(arch, arch)


# -- 1. freeze ------------------------------------------------------------------------------


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the bundle it made (a folder, or the .app)."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work,
            SPEC,
        ],
        cwd=ROOT,
        # The spec imports bundle_rules.py from the checkout: leave no __pycache__ there.
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    bundle = dist / (f"{APP_NAME}.app" if MACOS else NAME)
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller made no {bundle}")
    return bundle


def executable(bundle: Path) -> Path:
    if MACOS:
        return bundle / "Contents" / "MacOS" / NAME
    return bundle / (f"{NAME}.exe" if WINDOWS else NAME)


# -- 2. smoke test ----------------------------------------------------------------------------


def smoke_test(program: Path, offscreen: bool | None = None) -> str:
    """Run ``program --smoke-test``; its ``smoke test ok`` line, or BuildError."""
    env = dict(os.environ)
    if offscreen is None:
        offscreen = not (WINDOWS or MACOS or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="esim-smoke-") as tmp:
        report = Path(tmp) / "smoke.txt"
        # A Windows GUI program has no stdout: the line comes back through the report.
        command = [str(program), "--smoke-test", "--smoke-report", str(report)]
        say(f"$ {' '.join(command)}" + ("  (offscreen)" if offscreen else ""))
        try:
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=SMOKE_TIMEOUT
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildError(f"the frozen program hung for {SMOKE_TIMEOUT} s") from exc
        line = report.read_text(encoding="utf-8").strip() if report.exists() else ""
    if done.returncode != 0 or not line.startswith("smoke test ok"):
        raise BuildError(
            f"smoke test failed (exit {done.returncode}): {line or '(no report)'}\n"
            f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
        )
    say(line)
    return line


# -- 3a. Linux --------------------------------------------------------------------------------


def linux_tarball(bundle: Path, dist: Path, version: str) -> Path:
    out = dist / f"{NAME}-{version}-linux-{machine()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=f"{NAME}-{version}")
    return out


# -- 3b. Windows ------------------------------------------------------------------------------

WINDOWS_TIMESTAMP = "http://timestamp.digicert.com"


def find_signtool() -> Path | None:
    if found := os.environ.get("ESIM_SIGNTOOL") or shutil.which("signtool"):
        return Path(found)
    kits = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Windows Kits"
    candidates = sorted(kits.glob("10/bin/10.*/x64/signtool.exe"))
    return candidates[-1] if candidates else None


def find_iscc() -> Path | None:
    if found := os.environ.get("ESIM_ISCC") or shutil.which("iscc"):
        return Path(found)
    for base in (
        os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"),
        os.environ.get("PROGRAMFILES", r"C:\Program Files"),
        str(Path(os.environ.get("LOCALAPPDATA", "")) / "Programs"),
    ):
        candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
        if candidate.exists():
            return candidate
    return None


def windows_signing() -> tuple[list[str], list[str]] | None:
    """signtool's arguments for the configured certificate, and the secrets in them."""
    timestamp = os.environ.get("ESIM_WINDOWS_TIMESTAMP_URL", WINDOWS_TIMESTAMP)
    common = ["sign", "/fd", "sha256", "/td", "sha256", "/tr", timestamp, "/d", APP_NAME]
    if thumbprint := os.environ.get("ESIM_WINDOWS_CERT_SHA1"):
        return [*common, "/sha1", thumbprint], []
    if certificate := os.environ.get("ESIM_WINDOWS_CERT_FILE"):
        password = os.environ.get("ESIM_WINDOWS_CERT_PASSWORD", "")
        arguments = [*common, "/f", certificate]
        if password:
            arguments += ["/p", password]
        return arguments, [password]
    return None


def iscc_defines(bundle: PurePath, dist: PurePath, version: str, repo: PurePath) -> list[str]:
    """The /D defines of every installer build (packaging/windows_check.py compiles with
    these too, under wine, with the paths turned into Windows ones)."""
    return [
        f"/DAppVersion={version}",
        f"/DSourceDir={bundle}",
        f"/DOutputDir={dist}",
        f"/DRepoDir={repo}",
    ]


def windows_installer(bundle: Path, dist: Path, version: str, require_signing: bool) -> Path:
    signing = windows_signing()
    signtool = find_signtool()
    if signing is not None and signtool is None:
        raise BuildError("a certificate is configured but signtool.exe was not found")
    if signing is None:
        skipped(
            "code signing",
            "set ESIM_WINDOWS_CERT_FILE (+ ESIM_WINDOWS_CERT_PASSWORD) "
            "or ESIM_WINDOWS_CERT_SHA1 to sign the program and the installer",
            require_signing,
        )
    else:
        arguments, secrets = signing
        run([signtool, *arguments, executable(bundle)], secrets=secrets)
        run([signtool, "verify", "/pa", executable(bundle)])
        smoke_test(executable(bundle))  # what ships is the signed program
    iscc = find_iscc()
    if iscc is None:
        raise BuildError("Inno Setup 6 (ISCC.exe) not found: install it or set ESIM_ISCC")
    command: list[str | Path] = [iscc, "/Qp", *iscc_defines(bundle, dist, version, ROOT)]
    secrets: list[str] = []
    if signing is not None and signtool is not None:
        arguments, secrets = signing
        quoted = " ".join(f"$q{a}$q" if " " in a else a for a in arguments)
        command += ["/DSign", f"/Sesimsign=$q{signtool}$q {quoted} $f"]
    command.append(PACKAGING / "windows" / "esim-counter.iss")
    run(command, secrets=secrets)
    setup = dist / f"{NAME}-{version}-windows-x64-setup.exe"
    if not setup.exists():
        raise BuildError(f"Inno Setup made no {setup}")
    return setup


# -- 3c. macOS --------------------------------------------------------------------------------

MACHO_MAGIC = {
    b"\xfe\xed\xfa\xce",
    b"\xce\xfa\xed\xfe",
    b"\xfe\xed\xfa\xcf",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # universal
}


def is_macho(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) in MACHO_MAGIC


def codesign(target: Path, identity: str, *, entitlements: Path | None = None) -> None:
    command: list[str | Path] = [
        "codesign",
        "--force",
        "--timestamp",
        "--options",
        "runtime",
        "--sign",
        identity,
    ]
    if keychain := os.environ.get("ESIM_MACOS_KEYCHAIN"):
        command += ["--keychain", keychain]
    if entitlements is not None:
        command += ["--entitlements", entitlements]
    run([*command, target])


def macos_sign_app(app: Path, identity: str) -> None:
    """Sign every library inside out, then each framework, then the app itself."""
    main = executable(app)
    contents = app / "Contents"
    libraries = [p for p in contents.rglob("*") if p != main and is_macho(p)]
    for library in sorted(libraries, key=lambda p: len(p.parts), reverse=True):
        codesign(library, identity)
    for framework in sorted(contents.rglob("*.framework"), key=lambda p: -len(p.parts)):
        if framework.is_dir() and not framework.is_symlink():
            codesign(framework, identity)
    codesign(app, identity, entitlements=PACKAGING / "macos" / "entitlements.plist")
    run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", app])


def notary_arguments() -> tuple[list[str], list[str]] | None:
    """notarytool's credentials from the environment, and the secrets among them."""
    if profile := os.environ.get("ESIM_NOTARY_PROFILE"):
        return ["--keychain-profile", profile], []
    key, key_id = os.environ.get("ESIM_NOTARY_KEY"), os.environ.get("ESIM_NOTARY_KEY_ID")
    if key and key_id:
        arguments = ["--key", key, "--key-id", key_id]
        if issuer := os.environ.get("ESIM_NOTARY_ISSUER"):
            arguments += ["--issuer", issuer]
        return arguments, []
    apple_id = os.environ.get("ESIM_NOTARY_APPLE_ID")
    password = os.environ.get("ESIM_NOTARY_PASSWORD")
    team = os.environ.get("ESIM_NOTARY_TEAM_ID")
    if apple_id and password and team:
        return ["--apple-id", apple_id, "--password", password, "--team-id", team], [password]
    return None


def macos_dmg(app: Path, dist: Path, version: str, require_signing: bool) -> Path:
    identity = os.environ.get("ESIM_MACOS_SIGN_IDENTITY", "")
    if identity:
        macos_sign_app(app, identity)
        smoke_test(executable(app))  # the hardened runtime must not stop it
    else:
        skipped(
            "code signing",
            'set ESIM_MACOS_SIGN_IDENTITY ("Developer ID Application: Name (TEAMID)") '
            "to sign the app and the disk image with the hardened runtime",
            require_signing,
        )
    dmg = dist / f"{NAME}-{version}-macos-{machine()}.dmg"
    dmg.unlink(missing_ok=True)
    run(
        [
            sys.executable,
            "-m",
            "dmgbuild",
            "-s",
            PACKAGING / "macos" / "dmg_settings.py",
            "-D",
            f"app={app}",
            "-D",
            f"icon={ROOT / 'resources' / 'icons' / 'esim-counter.icns'}",
            f"{APP_NAME} {version}",
            dmg,
        ]
    )
    if not identity:
        skipped("notarisation", "it needs a signed app (ESIM_MACOS_SIGN_IDENTITY)", False)
        return dmg
    codesign(dmg, identity)
    notary = notary_arguments()
    if notary is None:
        skipped(
            "notarisation",
            "set ESIM_NOTARY_PROFILE, or ESIM_NOTARY_KEY + ESIM_NOTARY_KEY_ID "
            "(+ ESIM_NOTARY_ISSUER), or ESIM_NOTARY_APPLE_ID + ESIM_NOTARY_PASSWORD + "
            "ESIM_NOTARY_TEAM_ID",
            require_signing,
        )
        return dmg
    arguments, secrets = notary
    run(["xcrun", "notarytool", "submit", dmg, *arguments, "--wait"], secrets=secrets)
    run(["xcrun", "stapler", "staple", dmg])
    run(["xcrun", "stapler", "validate", dmg])
    run(["spctl", "--assess", "--type", "open", "--context", "context:primary-signature", dmg])
    return dmg


# -- the command ------------------------------------------------------------------------------


STAGES = ("freeze", "smoke", "package")


def check_tag(version: str) -> None:
    """On a tag build in CI, the tag must be ``v`` + the version in pyproject.toml."""
    if os.environ.get("GITHUB_REF_TYPE") == "tag":
        tag = os.environ.get("GITHUB_REF_NAME", "")
        if tag != f"v{version}":
            raise BuildError(f"tag {tag!r} does not match version {version} in pyproject.toml")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "stages",
        nargs="*",
        metavar="stage",
        help="freeze (PyInstaller), smoke (run --smoke-test on the bundle), package "
        "(sign, smoke-test what was signed, make the installer); default: all three",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's")
    parser.add_argument(
        "--require-signing",
        action="store_true",
        default=os.environ.get("ESIM_REQUIRE_SIGNING", "") in ("1", "true"),
        help="fail instead of skipping an unconfigured signing step (also ESIM_REQUIRE_SIGNING=1)",
    )
    args = parser.parse_args(argv)
    stages = args.stages or list(STAGES)
    if unknown := [stage for stage in stages if stage not in STAGES]:
        parser.error(f"unknown stage {unknown[0]!r}: choose from {', '.join(STAGES)}")
    version = project_version()
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = dist / (f"{APP_NAME}.app" if MACOS else NAME)
    try:
        say(f"eSIM Counter {version} for {sys.platform} {machine()}: {', '.join(stages)}")
        check_tag(version)
        if "freeze" in stages:
            bundle = freeze(dist, work)
            say(f"bundle: {bundle} ({megabytes(folder_size(bundle))})")
        if not bundle.is_dir():
            raise BuildError(f"no bundle at {bundle}: run the freeze stage first")
        if "smoke" in stages:
            smoke_test(executable(bundle))
        if "package" in stages:
            if WINDOWS:
                package = windows_installer(bundle, dist, version, args.require_signing)
            elif MACOS:
                package = macos_dmg(bundle, dist, version, args.require_signing)
            else:
                package = linux_tarball(bundle, dist, version)
            say(f"package: {package} ({megabytes(package.stat().st_size)})")
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
