"""A pseudo-translation: every string a third longer, in brackets, placeholders kept.

Languages run longer than English (German by a third, often), so a screen that only just
fits English clips in German. Like Vorta's pseudo-translation scale, this catalogue makes
the clipping show in English-speaking hands, and :func:`clipped_labels` finds it.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    assert found, f"pyside6-{name} not found beside {sys.executable}"
    return found


def stretch(text: str) -> str:
    """'Sell' -> '[Sell~~]': a third longer, bracketed so a cut edge shows."""
    return f"[{text}{'~' * math.ceil(len(text) / 3)}]"


def build(folder: Path) -> Path:
    """A .qm holding a stretched translation of every string of app/ui."""
    ts = folder / "pseudo.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True)
    tree = ElementTree.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        text = stretch(message.findtext("source") or "")
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = text
        else:
            translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def install(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    QCoreApplication.installTranslator(translator)
    return translator


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def clipped_labels(root: QWidget) -> list[str]:
    """Every visible label or button of ``root`` whose text does not fit inside it."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        else:
            continue
        if problem:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {problem}")
    return found


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:  # "&Tendered" shows as "Tendered", the T underlined
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    if label.textFormat() == label.textFormat().RichText or ("<" in text and ">" in text):
        return ""  # rich text lays itself out; its size hint is checked by the layout
    metrics = QFontMetrics(label.font())
    box = label.contentsRect()
    width = box.width() - 2 * label.margin() - max(0, label.indent())
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"{text!r} needs {needed} px of height, has {label.height()}"
        longest = max(metrics.horizontalAdvance(word) for word in text.split())
        if longest > width + 1:
            return f"the word of {longest} px in {text!r} is wider than {width} px"
        return ""
    for line in text.splitlines():
        advance = metrics.horizontalAdvance(line)
        if advance > width + 1:
            return f"{line!r} is {advance} px wide in {width} px"
    if metrics.height() * len(text.splitlines()) > box.height() + 1:
        return f"{text!r} is taller than {box.height()} px"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return ""
    hint = button.sizeHint()
    if hint.width() > button.width() + 1:
        return f"{text!r} wants {hint.width()} px, has {button.width()}"
    return ""
