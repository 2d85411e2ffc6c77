"""The frozen one-folder bundle of this OS is built from the spec, starts, sells, and shows
a QR code that decodes to the sale's LPA string. On Linux this is the release build CI
makes on every run; the Windows and macOS ones run the same smoke test in
``.github/workflows/release.yml``.

PyInstaller builds into a temporary folder (about 35 s on two cores); nothing is written
into the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.version import version

from .helpers import ROOT, SMOKE_LINE, load_build, load_rules, offscreen_env

build = load_build()
LINUX = sys.platform.startswith("linux")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    before = _untracked_files()
    made = build.freeze(tmp_path_factory.mktemp("dist"), tmp_path_factory.mktemp("work"))
    assert _untracked_files() == before, "the build wrote into the checkout"
    return made


def _untracked_files() -> set[str]:
    """What the build could leave in the checkout: files under packaging/, build/, dist/."""
    return {
        str(path.relative_to(ROOT))
        for folder in ("packaging", "build", "dist")
        for path in (ROOT / folder).rglob("*")
    }


def _internal(bundle: Path) -> Path:
    return bundle / "Contents" / "Frameworks" if sys.platform == "darwin" else bundle / "_internal"


def _smoke(program: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    report = tmp_path / "smoke.txt"
    done = subprocess.run(
        [str(program), "--smoke-test", "--smoke-report", str(report)],
        env=offscreen_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done, report.read_text(encoding="utf-8").strip() if report.exists() else ""


def test_the_frozen_program_sells_and_its_qr_decodes(bundle: Path, tmp_path: Path) -> None:
    done, report = _smoke(build.executable(bundle), tmp_path)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    line = done.stdout.strip().splitlines()[-1]
    assert report == line
    found = re.match(SMOKE_LINE, line)
    assert found, line
    assert f"eSIM Counter {version()}" in line  # the version from pyproject.toml
    assert "QR checked module by module" in line
    assert "QR read by zxing-cpp" in line  # bundled, because the test extra is installed
    if LINUX:
        assert "keyring backend SecretService" in line
    assert "Qt translations de fr es tr ar" in line


def test_a_bundle_that_cannot_sell_fails_the_smoke_test(bundle: Path, tmp_path: Path) -> None:
    # A copy of the bundle (hard links: instant) without the training catalogue.
    broken = tmp_path / "broken"
    shutil.copytree(bundle, broken, symlinks=True, copy_function=os.link)
    (_internal(broken) / "resources" / "sandbox" / "catalogue.json").unlink()
    done, report = _smoke(build.executable(broken), tmp_path)
    assert done.returncode == 1
    assert report.startswith("smoke test FAILED: the counter did not open")
    assert "catalogue.json" in done.stderr  # the log's last lines say what was missing


def test_the_bundle_carries_what_the_program_needs(bundle: Path) -> None:
    inside = _internal(bundle)
    for needed in (
        "pyproject.toml",
        "resources/sandbox/catalogue.json",
        "resources/style.qss",
        "resources/phones.json",  # the phone check's shipped list (issue 17)
        "resources/icons/esim-counter-256.png",
        "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo",
        "babel/locale-data/en_US.dat",
        "escpos/capabilities.json",  # read when python-escpos is imported (receipts)
    ):
        assert (inside / needed).exists(), needed
    entry_points = list(inside.glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points, "keyring finds its backends through this file"
    text = entry_points[0].read_text(encoding="utf-8")
    for backend in ("Windows", "macOS", "SecretService"):
        assert backend in text


def test_the_bundle_leaves_out_what_it_does_not_need(bundle: Path) -> None:
    names = {p.name for p in _internal(bundle).rglob("*")}
    unwanted = [
        n for n in names if re.search(r"Qt6?(Qml|Quick|Pdf|Svg|OpenGL)\b|libgtk-3|tkinter", n)
    ]
    assert unwanted == []
    qt = _internal(bundle) / "PySide6" / "Qt"
    plugins = {p.parent.name + "/" + p.stem.removeprefix("lib") for p in qt.glob("plugins/*/*")}
    assert "platforms/qoffscreen" in plugins
    if LINUX:
        assert {"platforms/qxcb", "platforms/qwayland"} <= plugins
        assert not any(p.startswith(("tls/", "iconengines/", "generic/")) for p in plugins)
    assert not [p for p in (_internal(bundle) / "pycountry" / "locales").rglob("iso639-3.mo")]


def test_qt_translations_are_those_of_the_shipped_languages(bundle: Path) -> None:
    rules = load_rules()
    languages = rules.shipped_languages(
        ROOT / "resources" / "translations", ROOT / "app" / "ui" / "i18n.py"
    )
    folder = _internal(bundle) / "PySide6" / "Qt" / "translations"
    assert {p.name for p in folder.glob("*.qm")} == {f"qtbase_{lang}.qm" for lang in languages}
