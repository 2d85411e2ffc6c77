"""Every setting declared once, read typed from INI text or registry ints alike."""

from __future__ import annotations

import ast
import logging
from decimal import Decimal
from pathlib import Path

import pytest

from app import settings_schema as s

APP = Path(__file__).resolve().parents[2] / "app"


def test_defaults_when_nothing_is_stored() -> None:
    assert s.SHOP_NAME.read({}) == ""
    assert s.LOW_BALANCE.read({}) == Decimal("50")
    assert s.DISPLAY_TIMEOUT_S.read({}) == 300
    assert s.OCTOPUS_ENABLED.read({}) is False
    assert s.RECENT_DESTINATIONS.read({}) == ()


@pytest.mark.parametrize("raw", ["true", "True", " 1 ", True, 1, "yes"])
def test_flags_from_ini_text_or_the_registry(raw: object) -> None:
    assert s.ESIMFLY_ENABLED.read({s.ESIMFLY_ENABLED.key: raw}) is True


@pytest.mark.parametrize("raw", ["false", False, 0, "0", "no"])
def test_flags_off(raw: object) -> None:
    assert s.ESIMFLY_ENABLED.read({s.ESIMFLY_ENABLED.key: raw}) is False


def test_amounts_are_exact_decimals() -> None:
    value = s.LOW_BALANCE.read({s.LOW_BALANCE.key: "12.50"})
    assert value == Decimal("12.50") and isinstance(value, Decimal)


@pytest.mark.parametrize(
    ("setting", "raw"),
    [
        (s.LOW_BALANCE, "-5"),
        (s.LOW_BALANCE, "NaN"),
        (s.LOW_BALANCE, "1E+999999"),
        (s.LOW_BALANCE, 12.5),  # a float never becomes money
        (s.LOW_BALANCE, "fifty"),
        (s.DISPLAY_TIMEOUT_S, "ten"),
        (s.DISPLAY_TIMEOUT_S, -1),
        (s.DISPLAY_TIMEOUT_S, True),
        (s.LANGUAGE, "xx"),
        (s.SHOP_NAME, "line one\nline two"),
        (s.SHOP_NAME, "x" * 500),
        (s.ESIMFLY_ENABLED, "maybe"),
    ],
)
def test_an_unusable_value_reads_as_the_default_and_is_logged(
    setting: s.Setting[object], raw: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="app.settings_schema"):
        assert setting.read({setting.key: raw}) == setting.default
    assert setting.key in caplog.text
    with pytest.raises(s.SettingError):
        setting.check(raw)


def test_dump_is_what_qsettings_stores() -> None:
    assert s.ESIMFLY_ENABLED.dump(True) == "true"
    assert s.LOW_BALANCE.dump(Decimal("12.50")) == "12.50"
    assert s.RECENT_DESTINATIONS.dump(("DE", "JP")) == ["DE", "JP"]
    assert s.RECENT_DESTINATIONS.read({s.RECENT_DESTINATIONS.key: ["DE", "JP"]}) == ("DE", "JP")
    # A list of one comes back from an INI file as a bare string.
    assert s.RECENT_DESTINATIONS.read({s.RECENT_DESTINATIONS.key: "DE"}) == ("DE",)


def test_every_key_is_declared_once() -> None:
    keys = [setting.key for setting in s.ALL]
    assert len(keys) == len(set(keys)) >= 14


def _key_literals(path: Path, keys: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{path.relative_to(APP.parent)}:{node.lineno} {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in keys
    ]


def test_no_setting_key_is_written_outside_the_schema() -> None:
    """Code reads ``SHOP_NAME.read(...)``; a literal key elsewhere would bring back its own
    default (the low-balance default was once Decimal("50") in one file, "50" in another)."""
    keys = {setting.key for setting in s.ALL}
    found = [
        hit
        for path in sorted(APP.rglob("*.py"))
        if path.name != "settings_schema.py"
        for hit in _key_literals(path, keys)
    ]
    assert found == []
