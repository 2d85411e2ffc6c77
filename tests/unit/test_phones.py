"""The phone list for the check before paying (issue 17): the shipped list is realistic and
valid, search finds by the start of words, a damaged file is refused with the reason, and
an owner's list is installed whole or not at all, the shipped one the fallback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app import settings_schema as schema
from app.core import phones
from app.core.phones import Answer, PhoneCheck, PhoneListError


def _doc(*models: dict[str, Any], version: int = 1) -> bytes:
    return json.dumps({"version": version, "models": list(models)}).encode()


def test_the_shipped_list_is_valid_and_realistic() -> None:
    shipped = phones.load(None)
    assert not shipped.from_owner
    assert len(shipped.models) >= 150
    brands = {m.brand for m in shipped.models}
    assert {"Apple", "Google", "Samsung", "Motorola", "Xiaomi", "Sony"} <= brands
    (xr,) = shipped.search("iphone xr")
    assert (xr.os, xr.min_os) == ("iOS", "12.1")
    assert all(m.min_os for m in shipped.models if m.brand in ("Apple", "Google"))


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("pixel 8", ["Google Pixel 8", "Google Pixel 8 Pro", "Google Pixel 8a"]),
        ("IPHONE 15 pro", ["Apple iPhone 15 Pro", "Apple iPhone 15 Pro Max"]),
        ("s23 ult", ["Samsung Galaxy S23 Ultra"]),
        ("3a", ["Google Pixel 3a", "Google Pixel 3a XL", "Nothing Phone (3a)"]),
        ("iphone 6", []),
        ("nokia 3310", []),
    ],
)
def test_search_matches_the_start_of_words(typed: str, first: list[str]) -> None:
    assert [m.name for m in phones.load(None).search(typed)] == first


def test_every_phone_is_listed_without_a_search() -> None:
    shipped = phones.load(None)
    assert shipped.search("") == list(shipped.models)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe{", "the file is not readable JSON"),
        (b"[1, 2]", 'the file has no list of "models"'),
        (_doc({"brand": "A", "model": "B"}, version=2), "the file is not a version 1 phone list"),
        (_doc(), "the list must have 1 to 5000 phones"),
        (_doc({"brand": "Apple"}), "entry 1: the model is missing or not text"),
        (_doc({"brand": "Apple", "model": "  "}), "entry 1: the model is empty"),
        (
            _doc({"brand": "Apple", "model": "iPhone\u202e 13"}),
            "entry 1: the model is not a short line of text",
        ),
        (
            _doc({"brand": "Apple", "model": "iPhone 13", "min_os": "fifteen"}),
            "entry 1: the minimum version must look like 17.4",
        ),
        (
            _doc({"brand": "Apple", "model": "iPhone 13", "os": "PalmOS"}),
            "entry 1: the system must be one of iOS, iPadOS, Android, watchOS, Wear OS, "
            "Windows, other",
        ),
        (b" " * (phones.MAX_BYTES + 1), "the file is larger than 1000 kB"),
    ],
)
def test_a_damaged_list_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(PhoneListError) as caught:
        phones.parse(data)
    assert str(caught.value) == reason


def test_the_same_phone_twice_is_listed_once_in_the_files_order() -> None:
    found = phones.parse(
        _doc(
            {"brand": "Google", "model": "Pixel 9"},
            {"brand": "Apple", "model": "iPhone 16"},
            {"brand": "google", "model": "pixel 9"},
        )
    )
    assert [m.name for m in found.models] == ["Google Pixel 9", "Apple iPhone 16"]


def test_an_owners_list_is_installed_and_used(tmp_path: Path) -> None:
    source = tmp_path / "new.json"
    source.write_bytes(_doc({"brand": "Apple", "model": "iPhone 18", "os": "iOS"}))
    data = tmp_path / "data"
    installed = phones.install(source, data)
    assert installed.from_owner and [m.name for m in installed.models] == ["Apple iPhone 18"]
    assert phones.load(data) == installed
    assert not (data / "phones.partial").exists()


def test_a_damaged_file_is_refused_and_the_list_in_use_stays(tmp_path: Path) -> None:
    data = tmp_path / "data"
    good = tmp_path / "good.json"
    good.write_bytes(_doc({"brand": "Apple", "model": "iPhone 18"}))
    phones.install(good, data)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"version": 1, "models": [')
    with pytest.raises(PhoneListError, match="not readable JSON"):
        phones.install(bad, data)
    assert [m.name for m in phones.load(data).models] == ["Apple iPhone 18"]
    with pytest.raises(PhoneListError, match="cannot be read"):
        phones.install(tmp_path / "missing.json", data)


def test_an_owners_list_damaged_on_disk_falls_back_to_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / phones.USER_FILE).write_text("{broken", encoding="utf-8")
    found = phones.load(tmp_path)
    assert not found.from_owner and len(found.models) >= 150


def test_a_check_answer_is_ok_or_skipped() -> None:
    assert PhoneCheck(Answer.OK, "Google Pixel 8").answer == "ok"
    assert str(Answer.SKIPPED) == "skipped"


def test_the_phone_check_is_on_by_default_in_a_shop() -> None:
    # tests/conftest.py switches it off for tests written before it; the shop's default:
    (setting,) = [s for s in schema.ALL if s.key == "sale/ask_phone_check"]
    assert setting.default is True
    assert setting.read({"sale/ask_phone_check": "false"}) is False
