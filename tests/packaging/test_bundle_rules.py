"""What the frozen bundle leaves out (``packaging/bundle_rules.py``), without building."""

from __future__ import annotations

from pathlib import Path

import PyInstaller.depend
import pytest

from .helpers import load_rules

bundle_rules = load_rules()


@pytest.mark.parametrize(
    ("platform", "dest", "kept"),
    [
        ("linux", "PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("linux", "PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("linux", "PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("linux", "PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("linux", "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("linux", "PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("linux", "PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("linux", "PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("win32", "PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("win32", "PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("win32", "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("darwin", "PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("darwin", "PySide6/Qt/plugins/iconengines/libqsvgicon.dylib", False),
        ("linux", "PySide6/Qt/lib/libQt6Core.so.6", True),
        ("linux", "app/whatever.txt", True),
    ],
)
def test_which_plugins_stay(
    monkeypatch: pytest.MonkeyPatch, platform: str, dest: str, kept: bool
) -> None:
    monkeypatch.setattr(bundle_rules, "PLATFORM", platform)
    assert bundle_rules.plugin_kept(dest) is kept


def test_unused_qt_libraries_go() -> None:
    for dest in (
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/lib/QtQuick.framework/Resources/Info.plist",
    ):
        assert not bundle_rules.kept(dest, set()), dest
    for dest in (
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "PySide6/QtGui.abi3.so",
    ):
        assert bundle_rules.kept(dest, set()), dest


def test_only_the_shipped_languages_keep_qt_translations(tmp_path: Path) -> None:
    for name in ("esim-counter_de.qm", "esim-counter_ar.qm", "esim-counter_pt_BR.qm", "x.ts"):
        (tmp_path / name).write_text("", encoding="utf-8")
    languages = bundle_rules.shipped_languages(tmp_path)
    assert languages == ["ar", "de", "pt_BR"]
    i18n = tmp_path / "i18n.py"
    i18n.write_text('SHIPPED = ("en", "de", "fr")\nOTHER = ("ja",)\n', encoding="utf-8")
    assert bundle_rules.shipped_languages(tmp_path, i18n) == ["ar", "de", "fr", "pt_BR"]
    wanted = bundle_rules.qt_translation_files(languages)
    assert wanted == {"qtbase_ar.qm", "qtbase_de.qm", "qtbase_pt_BR.qm", "qtbase_pt.qm"}
    assert bundle_rules.kept("PySide6/Qt/translations/qtbase_de.qm", wanted)
    assert not bundle_rules.kept("PySide6/Qt/translations/qtbase_fr.qm", wanted)
    assert not bundle_rules.kept("PySide6/Qt/translations/assistant_de.qm", wanted)


def test_pycountry_keeps_country_and_currency_names_only() -> None:
    assert bundle_rules.kept("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", set())
    assert bundle_rules.kept("pycountry/locales/de/LC_MESSAGES/iso4217.mo", set())
    assert not bundle_rules.kept("pycountry/locales/de/LC_MESSAGES/iso639-3.mo", set())
    assert bundle_rules.kept("pycountry/databases/iso639-3.json", set())


def test_libraries_only_dropped_plugins_needed_go_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # gtk3 theme -> libgtk -> libcairo; qxcb -> libxcb. libcairo is needed by nothing kept.
    links = {
        "/src/libqgtk3.so": ["/src/libgtk-3.so.0", "/src/libxcb.so.1"],
        "/src/libgtk-3.so.0": ["/src/libcairo.so.2"],
        "/src/libqxcb.so": ["/src/libxcb.so.1"],
    }

    class FakeBindepend:
        @staticmethod
        def get_imports(path: str) -> list[tuple[str, str]]:
            return [(Path(p).name, p) for p in links.get(path, [])]

    monkeypatch.setattr(PyInstaller.depend, "bindepend", FakeBindepend, raising=False)
    monkeypatch.setattr(bundle_rules, "PLATFORM", "linux")
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libxcb.so.1", "/src/libxcb.so.1", "BINARY"),
    ]
    kept = [dest for dest, _, _ in bundle_rules.prune_binaries(binaries, set())]
    assert kept == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb.so.1"]
