"""Rules every translatable string keeps, checked without Qt.

- ``tr()`` and ``translate()`` get a literal, or ``lupdate`` never sees the string and it
  stays English in every language.
- A translation has the same placeholders as its source (``%1``, ``%2``, ``%n``); Electrum
  refuses a translation whose placeholders differ for the same reason: a lost ``%1``
  drops an amount from the clerk's message, an extra one prints a raw ``%2``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("esim_counter_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


NOOPS = {"QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr, marked: bool) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    # A table of strings marked with QT_TRANSLATE_NOOP where they are defined (lupdate
    # finds them there) may be translated by looking them up.
    return marked and isinstance(node, ast.Subscript | ast.Name)


def _non_literal_calls(path: Path) -> list[str]:
    """``x.tr(arg)`` / ``translate(ctx, arg)`` calls whose text is not a string literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    marked = any(
        isinstance(n, ast.Call) and getattr(n.func, "id", "") in NOOPS for n in ast.walk(tree)
    )
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr":
            texts = node.args[:1]
        elif name == "translate":
            texts = node.args[:2]  # the context is a literal too, or lupdate files it wrongly
        else:
            continue
        if not texts or not all(_literal(a, marked) for a in texts):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


# Modules that look up strings marked with QT_TRANSLATE_NOOP in other modules, and why.
LOOKUPS = {
    "app/ui/receipts/words.py": "receipt and slip words (layout.py, slip.py) in the "
    "receipt's own language, from a QTranslator of that language",
}


def test_every_tr_argument_is_a_literal() -> None:
    offenders = [
        hit
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(ROOT).as_posix() not in LOOKUPS
        for hit in _non_literal_calls(path)
    ]
    assert offenders == [], f"tr()/translate() with a non-literal text: {offenders}"


def test_the_literal_check_sees_what_lupdate_would_miss(tmp_path: Path) -> None:
    probe = UI / "__probe_for_test__.py"  # relative_to(ROOT) needs a path inside the tree
    probe.write_text(
        "self.tr('ok')\nself.tr(text)\nself.tr(f'{x} y')\n"
        "QCoreApplication.translate('ctx', 'ok')\nQCoreApplication.translate(ctx, 'no')\n"
        "self.tr('a' + b)\nself.tr(NAMES[x])\nself.tr(name)\n",
        encoding="utf-8",
    )
    try:
        hits = [h.rsplit(":", 1)[1] for h in _non_literal_calls(probe)]
    finally:
        probe.unlink()
    assert hits == ["2", "3", "5", "6", "7", "8"]


def _messages(catalogue: Path) -> list[tuple[str, list[str], bool]]:
    """(source, translations, numerus) for every finished message of a catalogue."""
    rows = []
    for message in ElementTree.parse(catalogue).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        numerus = message.get("numerus") == "yes"
        rows.append((source, forms if numerus else [translation.text or ""], numerus))
    return rows


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_translations_keep_the_source_placeholders(catalogue: Path) -> None:
    wrong = []
    for source, translations, numerus in _messages(catalogue):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations:
            have = sorted(set(PLACEHOLDER.findall(text)))
            # A numerus form may spell out "one" instead of writing %n (German "ein Tag").
            if numerus and "%n" not in have:
                have = sorted({*have, "%n"})
            if have != wanted:
                wrong.append(f"{source!r} -> {text!r}")
    assert wrong == [], f"{catalogue.name}: placeholders differ: {wrong}"


def test_the_placeholder_check_sees_a_lost_placeholder(tmp_path: Path) -> None:
    bad = tmp_path / "esim_counter_xx.ts"
    bad.write_text(
        "<TS><context><name>C</name>"
        "<message><source>Pay %1 now</source><translation>Jetzt zahlen</translation></message>"
        "<message><source>%1 of %2</source><translation>%2 von %1</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="Jetzt zahlen"):
        test_translations_keep_the_source_placeholders(bad)
