"""The phone check before a sale: the list of eSIM-capable phones the clerk searches, and
the answer journalled with the sale.

The list ships with the program (``resources/phones.json``); the owner may replace it with
a newer file (Settings), which is validated whole and copied into the app data folder.
A damaged or missing copy there falls back to the shipped list, so a sale never waits on
a file. Qt-free.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

SHIPPED_PATH = Path(__file__).resolve().parents[2] / "resources" / "phones.json"
USER_FILE = "phones.json"
MAX_BYTES = 1_000_000
MAX_MODELS = 5000
MAX_NAME = 60
_WORD = re.compile(r"[\w+]+")
_VERSION = re.compile(r"^\d{1,2}(\.\d{1,2}){0,2}\Z")
OS_NAMES = ("iOS", "iPadOS", "Android", "watchOS", "Wear OS", "Windows", "other")


class PhoneListError(ValueError):
    """A phone list that cannot be used; the message says what is wrong, for the owner."""


class Answer(StrEnum):
    OK = "ok"  # the clerk checked the traveller's phone with them
    SKIPPED = "skipped"  # the clerk went on without checking


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """What the clerk answered before payment; ``model`` as chosen from the list, or ""."""

    answer: Answer
    model: str = ""

    def __post_init__(self) -> None:
        if len(self.model) > 2 * MAX_NAME + 1:
            raise ValueError("a phone model name is at most two short lines")


@dataclass(frozen=True, slots=True)
class PhoneModel:
    brand: str
    model: str
    os: str = ""
    min_os: str = ""  # the first OS version with eSIM support on it, where it matters

    @property
    def name(self) -> str:
        """ "Apple iPhone 13": brand first, unless the model already starts with it."""
        if self.model.casefold().startswith(self.brand.casefold()):
            return self.model
        return f"{self.brand} {self.model}"

    def matches(self, typed: list[str]) -> bool:
        """Every typed word starts a word of the name or the OS (case and accents ignored):
        "iphone 1" finds the iPhone 11 to 17, "iphone 6" none (it has no eSIM)."""
        words = _WORD.findall(folded(f"{self.name} {self.os}"))
        return all(any(word.startswith(part) for word in words) for part in typed)


@dataclass(frozen=True, slots=True)
class PhoneList:
    models: tuple[PhoneModel, ...]
    updated: str = ""  # the list's own date, as written in it
    from_owner: bool = False  # the owner's file, not the shipped one

    def search(self, text: str) -> list[PhoneModel]:
        words = _WORD.findall(folded(text))
        return [model for model in self.models if model.matches(words)]


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _text(value: Any, what: str, where: str, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise PhoneListError(f"{where}: the {what} is missing or not text")
    text = " ".join(value.split())
    if required and not text:
        raise PhoneListError(f"{where}: the {what} is empty")
    if len(text) > MAX_NAME or any(unicodedata.category(ch)[0] == "C" for ch in text):
        raise PhoneListError(f"{where}: the {what} is not a short line of text")
    return text


def _model(raw: Any, index: int) -> PhoneModel:
    where = f"entry {index + 1}"
    if not isinstance(raw, dict):
        raise PhoneListError(f"{where} is not a phone (brand, model)")
    os_name = _text(raw.get("os"), "system", where, required=False)
    if os_name and os_name not in OS_NAMES:
        raise PhoneListError(f"{where}: the system must be one of {', '.join(OS_NAMES)}")
    min_os = raw.get("min_os")
    if min_os is not None and (not isinstance(min_os, str) or not _VERSION.match(min_os)):
        raise PhoneListError(f"{where}: the minimum version must look like 17.4")
    return PhoneModel(
        brand=_text(raw.get("brand"), "brand", where),
        model=_text(raw.get("model"), "model", where),
        os=os_name,
        min_os=min_os or "",
    )


def parse(data: bytes, *, from_owner: bool = False) -> PhoneList:
    """A whole list, or PhoneListError saying what is wrong; nothing half-read."""
    if len(data) > MAX_BYTES:
        raise PhoneListError(f"the file is larger than {MAX_BYTES // 1000} kB")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PhoneListError("the file is not readable JSON") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("models"), list):
        raise PhoneListError('the file has no list of "models"')
    if doc.get("version") != 1:
        raise PhoneListError("the file is not a version 1 phone list")
    raw_models = doc["models"]
    if not 1 <= len(raw_models) <= MAX_MODELS:
        raise PhoneListError(f"the list must have 1 to {MAX_MODELS} phones")
    models = [_model(raw, index) for index, raw in enumerate(raw_models)]
    # The same phone twice is harmless: listed once, in the file's own order.
    unique: dict[tuple[str, str], PhoneModel] = {}
    for model in models:
        unique.setdefault((folded(model.brand), folded(model.model)), model)
    kept = tuple(unique.values())
    updated = doc.get("updated")
    return PhoneList(
        kept, updated if isinstance(updated, str) and len(updated) <= 20 else "", from_owner
    )


def user_path(data_dir: Path) -> Path:
    return data_dir / USER_FILE


def load(data_dir: Path | None, shipped: Path = SHIPPED_PATH) -> PhoneList:
    """The owner's list if there is a good one in ``data_dir``, else the shipped one."""
    if data_dir is not None:
        try:
            return parse(user_path(data_dir).read_bytes(), from_owner=True)
        except (OSError, PhoneListError):
            pass  # missing or damaged since it was installed: the shipped list serves
    return parse(shipped.read_bytes())


def install(source: Path, data_dir: Path) -> PhoneList:
    """Validate ``source`` whole, then make it the owner's list (written to a temporary
    file and renamed, so a crash leaves the old list or the new one, never half)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise PhoneListError(f"the file cannot be read ({exc.strerror or exc})") from None
    found = parse(data, from_owner=True)
    target = user_path(data_dir)
    partial = target.with_suffix(".partial")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as exc:
        raise PhoneListError(
            f"the list cannot be saved in {data_dir} ({exc.strerror or exc})"
        ) from None
    return found
