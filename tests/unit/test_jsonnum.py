"""JSON numbers stay exact: Decimal in, the same digits out, no float anywhere."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from app.core import jsonnum


def _types_in(value: Any) -> set[type]:
    """Every type found anywhere in a parsed JSON structure (keys included)."""
    found: set[type] = {type(value)}
    if isinstance(value, dict):
        for key, item in value.items():
            found |= _types_in(key) | _types_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= _types_in(item)
    return found


# An Octopus-like answer with the kinds of numbers providers send.
PROVIDER_BODY = """
{
  "id": 98765,
  "status": "DELIVERED",
  "amount": 4.275,
  "variant": {"id": 5511, "amount": 4.50, "currency": "USD", "data_gb": 1.0},
  "discount": 5.0,
  "totals": [4.50, 0.225, 4.275, 969, 1e3, -0.0, 2.5E-3],
  "tiny": 0.1000000000000000055511151231257827,
  "pi": 3.1415926535897932384626433832795028841971,
  "big": 12345678901234567890123,
  "ok": true,
  "none": null,
  "name": "Türkiye 1GB"
}
"""


def test_no_float_is_created_anywhere() -> None:
    parsed = jsonnum.loads(PROVIDER_BODY)
    types = _types_in(parsed)
    assert float not in types
    # and the numbers are what we expect them to be instead
    assert Decimal in types
    assert int in types


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("4.50", "4.50"),
        ("4.275", "4.275"),
        ("0.225", "0.225"),
        ("5.0", "5.0"),
        ("-0.0", "-0.0"),
        ("1e3", "1E+3"),
        ("2.5E-3", "0.0025"),
        # A float would turn these into 0.1 and 3.141592653589793.
        ("0.1000000000000000055511151231257827", "0.1000000000000000055511151231257827"),
        (
            "3.1415926535897932384626433832795028841971",
            "3.1415926535897932384626433832795028841971",
        ),
    ],
)
def test_fractions_become_decimal_with_exact_digits(text: str, digits: str) -> None:
    value = jsonnum.loads(text)
    assert type(value) is Decimal
    assert str(value) == digits


def test_decimal_digits_are_not_cut_to_the_context_precision() -> None:
    # The default decimal context has 28 significant digits; parsing must not round.
    value = jsonnum.loads("[0.1000000000000000055511151231257827]")[0]
    assert value == Decimal("0.1000000000000000055511151231257827")
    assert value != Decimal("0.1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("969", 969), ("0", 0), ("-7", -7), ("12345678901234567890123", 12345678901234567890123)],
)
def test_integers_stay_int(text: str, expected: int) -> None:
    value = jsonnum.loads(text)
    assert type(value) is int
    assert value == expected


def test_loads_accepts_bytes() -> None:
    value = jsonnum.loads(b'{"amount": 4.50}')
    assert str(value["amount"]) == "4.50"


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", '{"amount": NaN}'])
def test_non_finite_constants_are_refused(text: str) -> None:
    # Python's json would return float('nan') here.
    with pytest.raises(ValueError):
        jsonnum.loads(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("4.50"), "4.50"),
        (Decimal("4.275"), "4.275"),
        (Decimal("4.5"), "4.5"),
        (Decimal("-0.0"), "-0.0"),
        (Decimal("0.1000000000000000055511151231257827"), "0.1000000000000000055511151231257827"),
        ({"amount": Decimal("4.50")}, '{"amount":4.50}'),
        ({"product_id": 712, "amount": Decimal("4.50")}, '{"product_id":712,"amount":4.50}'),
        ([Decimal("1.10"), 2, None, True], "[1.10,2,null,true]"),
        ({"name": "Türkiye"}, '{"name":"Türkiye"}'),  # not \u-escaped
    ],
)
def test_dumps_writes_decimals_digit_for_digit(value: Any, expected: str) -> None:
    assert jsonnum.dumps(value) == expected


def test_dumps_writes_decimal_as_a_number_not_a_string() -> None:
    assert jsonnum.dumps({"amount": Decimal("4.50")}) != '{"amount":"4.50"}'


@pytest.mark.parametrize(
    "text",
    [
        '{"product_id":712,"amount":4.50,"client_reference":"abc"}',
        '{"totals":[4.50,0.225,4.275,969,-0.0],"ok":false,"x":null}',
        '{"tiny":0.1000000000000000055511151231257827}',
        "[1E+3,2.5E-7]",
    ],
)
def test_round_trip_is_byte_for_byte(text: str) -> None:
    parsed = jsonnum.loads(text)
    assert float not in _types_in(parsed)
    assert jsonnum.dumps(parsed) == text


def test_round_trip_of_the_provider_body_keeps_every_value() -> None:
    parsed = jsonnum.loads(PROVIDER_BODY)
    again = jsonnum.loads(jsonnum.dumps(parsed))
    assert again == parsed
    assert str(again["variant"]["amount"]) == "4.50"
    assert str(again["amount"]) == "4.275"
    assert str(again["tiny"]) == "0.1000000000000000055511151231257827"


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_dumps_refuses_non_finite_decimals(value: Decimal) -> None:
    # "NaN" is not JSON; a provider must never receive it as an amount.
    with pytest.raises(ValueError):
        jsonnum.dumps({"amount": value})


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        "NaN",
        '{"amount": Infinity}',
        '{"amount": -Infinity}',
    ],
)
def test_what_is_not_plain_json_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        jsonnum.loads(text)
