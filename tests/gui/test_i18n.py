"""The UI language setting: Qt's own strings translated, right-to-left for Arabic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text.replace("&", "")


def test_german_translates_standard_buttons(qapp: QApplication) -> None:
    installed = i18n.install(qapp, "de")
    try:
        assert installed, "Qt's German translation was not found"
        assert _cancel_text() == "Abbrechen"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.uninstall(qapp, installed)
    assert _cancel_text() == "Cancel"


def test_arabic_lays_out_right_to_left(qapp: QApplication) -> None:
    installed = i18n.install(qapp, "ar")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.uninstall(qapp, installed)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unknown_languages_fall_back_to_english() -> None:
    assert i18n.resolve("xx") == "en"
    assert i18n.resolve("de_AT") == "de"


def test_german_translates_the_counter_itself(qapp: QApplication) -> None:
    from decimal import Decimal

    from app.core.errors import InsufficientBalanceError
    from app.core.money import Money
    from app.ui.messages import describe
    from app.ui.sell_panel import SellPanel

    installed = i18n.install(qapp, "de")
    try:
        panel = SellPanel()
        assert panel.sell_button.text() == "Verkaufen"
        missing = InsufficientBalanceError(missing=Money(Decimal("1.70"), "USD"))
        assert describe(missing) == "Guthaben zu niedrig: USD\u00a01.70 mehr nötig."
        panel.deleteLater()
    finally:
        i18n.uninstall(qapp, installed)


def _translated(message: ElementTree.Element) -> bool:
    """A finished translation, with every plural form filled for a %n message."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.findall("numerusform")]
        return bool(forms) and all(form.strip() for form in forms)
    return bool((translation.text or "").strip())


CATALOGUES = sorted(i18n.OWN_TRANSLATIONS.glob("esim_counter_*.ts"))


@pytest.mark.parametrize("shipped", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_every_string_in_the_ui_is_translated(shipped: Path, tmp_path: Path) -> None:
    """lupdate over today's code adds no new (untranslated) string to the catalogue, and
    the shipped .qm is what lrelease makes of the .ts."""
    copy = tmp_path / shipped.name
    shutil.copy(shipped, copy)
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    plural_only = ["-pluralonly"] if shipped.stem.endswith("_en") else []
    subprocess.run(
        # English is the source language: its catalogue holds only the plural forms.
        [tool("lupdate"), *sources, "-no-obsolete", *plural_only, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    tree = ElementTree.parse(copy)
    untranslated = [m.findtext("source") for m in tree.iter("message") if not _translated(m)]
    assert untranslated == [], f"translate these in {shipped.name}"
    built = tmp_path / "built.qm"
    subprocess.run(
        [tool("lrelease"), str(shipped), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == shipped.with_suffix(".qm").read_bytes()


@pytest.mark.parametrize(
    ("language", "sell"),
    [("de", "Verkaufen"), ("fr", "Vendre"), ("es", "Vender"), ("tr", "Sat"), ("ar", "بيع")],
)
def test_the_sell_button_speaks_the_shop_language(
    qapp: QApplication, language: str, sell: str
) -> None:
    from app.ui.sell_panel import SellPanel

    installed = i18n.install(qapp, language)
    try:
        panel = SellPanel()
        assert panel.sell_button.text() == sell
        panel.deleteLater()
    finally:
        i18n.uninstall(qapp, installed)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    assert found, f"pyside6-{name} is missing from the virtualenv"
    return found
