"""What a frozen eSIM Counter leaves out, shared by ``esim-counter.spec`` and the
"hello window" baseline of ``bench/frozen_bundle.py`` (so both are frozen the same way).

PyInstaller's Qt hooks collect every plugin of every type a Qt module may use, Qt's
translations for ~40 languages, and each plugin's own dependencies. A counter needs the
platform plugin of its OS (plus offscreen, for the smoke test), input methods, Wayland
on Linux, the .ico reader and print support (receipts); nothing for OpenGL, SVG, TLS in
Qt (httpx uses Python's ssl) or network information.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
LINUX = sys.platform.startswith("linux")
PLATFORM = "win32" if WINDOWS else "darwin" if MACOS else "linux"

# Linux wheels and Python ship unstripped (libpython alone drops from 23 MB to 4 MB);
# Windows DLLs carry no symbols, and macOS binaries are signed after the build.
STRIP = LINUX

# Modules nothing in the program imports at run time: the standard library's optional
# imports, or Qt modules PySide6-Essentials has but we never use. (PIL stays: receipts go
# to thermal printers as Pillow images through python-escpos. QtPrintSupport stays: the
# system printer.)
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "numpy",
    "pydoc",
    "pytest",
    "unittest",
    "lib2to3",
    "xmlrpc",
    "curses",
    "IPython",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPdf",
    "PySide6.QtDBus",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
]

# Qt plugins kept, by plugin folder: None keeps the folder whole, a dict keeps the named
# plugins per platform ("all" on every one). A folder not listed goes entirely.
KEEP_PLUGINS: dict[str, dict[str, set[str]] | None] = {
    "platforms": {
        "win32": {"qwindows", "qoffscreen", "qminimal"},
        "darwin": {"qcocoa", "qoffscreen", "qminimal"},
        "linux": {"qxcb", "qwayland", "qwayland-generic", "qoffscreen", "qminimal"},
    },
    # Not qgtk3: it would bundle the build machine's GTK, GDK, cairo and pango (20 MB);
    # the XDG portal theme talks to the desktop over D-Bus instead.
    "platformthemes": {"linux": {"qxdgdesktopportal"}},
    "platforminputcontexts": None,  # compose keys, ibus: accents and non-Latin names
    "styles": None,  # the native style on Windows 11
    "xcbglintegrations": None,  # loaded by the xcb platform plugin
    "wayland-decoration-client": None,
    "wayland-shell-integration": None,
    "wayland-graphics-integration-client": None,
    "imageformats": {"all": {"qico"}},  # PNG is built into QtGui; .ico for Windows icons
    "printsupport": None,  # CUPS on Linux and macOS: receipts on the system printer
}

# Qt libraries that only the dropped plugins and modules bring in: libQt6Svg.so.6 (Linux),
# Qt6Svg.dll (Windows), QtSvg.framework/... (macOS).
DROP_LIBRARIES = re.compile(
    r"^(lib)?Qt6?(Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|Pdf|Svg|OpenGL|VirtualKeyboard)"
    r"(\.|$)",
    re.IGNORECASE,
)

# pycountry's translations of country and currency names, not its 20 MB of language-name,
# script and subdivision translations, which the program never shows.
PYCOUNTRY_DOMAINS = {"iso3166-1.mo", "iso4217.mo"}


def shipped_languages(translations: Path, i18n: Path | None = None) -> list[str]:
    """Languages the program ships: ``SHIPPED`` in ``app/ui/i18n.py`` (read, not imported)
    and every ``<name>_<lang>.qm`` in ``translations``; English is Qt's own source text."""
    found = set()
    for qm in translations.glob("*.qm"):
        if m := re.search(r"_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm$", qm.name):
            found.add(m.group(1))
    if i18n is not None and i18n.exists():
        for node in ast.walk(ast.parse(i18n.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "SHIPPED" for t in node.targets)
                and isinstance(node.value, (ast.Tuple, ast.List, ast.Set))
            ):
                found.update(
                    e.value for e in node.value.elts if isinstance(e, ast.Constant) and e.value
                )
    found.discard("en")
    return sorted(found)


def qt_translation_files(languages: list[str]) -> set[str]:
    """Qt's own catalogues (standard buttons, dialogs) for ``languages``."""
    names = set()
    for lang in languages:
        names.add(f"qtbase_{lang}.qm")
        names.add(f"qtbase_{lang.split('_')[0]}.qm")
    return names


def plugin_kept(dest: str) -> bool:
    parts = Path(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    where = parts.index("plugins")
    if len(parts) < where + 3:
        return True
    folder, stem = parts[where + 1], Path(parts[-1]).stem.removeprefix("lib")
    if folder not in KEEP_PLUGINS:
        return False
    keep = KEEP_PLUGINS[folder]
    if keep is None:
        return True
    return stem in keep.get(PLATFORM, set()) | keep.get("all", set())


def kept(dest: str, qt_translations: set[str]) -> bool:
    """Whether the bundle entry that lands at ``dest`` stays."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith("PySide6/") and "/translations/" in dest:
        return name in qt_translations
    if dest.startswith("pycountry/locales/") and name.endswith(".mo"):
        return name in PYCOUNTRY_DOMAINS
    if any(DROP_LIBRARIES.search(part) for part in dest.split("/")):
        return False
    return plugin_kept(dest)


def _key(path: str) -> str:
    name = Path(path).name
    return name.lower() if WINDOWS else name


def _reachable(sources: list[str], bundled: dict[str, str]) -> set[str]:
    """File names of every bundled library that ``sources`` load, directly or not."""
    from PyInstaller.depend import bindepend

    seen: set[str] = set()
    stack = list(sources)
    while stack:
        try:
            imports = bindepend.get_imports(stack.pop())
        except Exception:  # not a binary PyInstaller can read: it needs nothing of ours
            continue
        for name, path in imports:
            key = _key(path or name)
            if key in bundled and key not in seen:
                seen.add(key)
                stack.append(bundled[key])
    return seen


def prune_binaries(binaries: list, qt_translations: set[str]) -> list:
    """Drop the unwanted plugins and libraries, then whatever only they needed (on Linux
    the gtk3 theme alone brings in GTK, GDK, cairo and pango from the build machine)."""
    keep = [entry for entry in binaries if kept(entry[0], qt_translations)]
    dropped = [entry for entry in binaries if not kept(entry[0], qt_translations)]
    bundled = {_key(dest): src for dest, src, _ in binaries}
    candidates = _reachable([src for _, src, _ in dropped], bundled)
    roots = [src for dest, src, _ in keep if _key(dest) not in candidates]
    needed = _reachable(roots, bundled)
    orphans = candidates - needed
    return [entry for entry in keep if _key(entry[0]) not in orphans]


def prune(analysis: object, languages: list[str]) -> None:
    """Apply the rules to a PyInstaller ``Analysis`` in place."""
    qt_translations = qt_translation_files(languages)
    analysis.binaries = prune_binaries(analysis.binaries, qt_translations)  # type: ignore[attr-defined]
    analysis.datas = [  # type: ignore[attr-defined]
        entry
        for entry in analysis.datas  # type: ignore[attr-defined]
        if kept(entry[0], qt_translations)
    ]
