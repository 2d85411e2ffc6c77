"""Quick keys for the notes of the sale currency, and amounts typed in the clerk's locale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.notes import parse_amount, quick_amounts


def _d(*values: str) -> list[Decimal]:
    return [Decimal(v) for v in values]


@pytest.mark.parametrize(
    ("due", "currency", "expected"),
    [
        ("5.99", "USD", _d("10", "20", "50", "100")),
        ("37", "USD", _d("40", "50", "100")),
        ("12000", "IQD", _d("15000", "20000", "25000", "50000")),
        ("4.50", "EUR", _d("5", "10", "20", "50")),
        ("120", "GBP", _d("150")),
        # A currency not in the table: 1 / 5 / 10 / 20 / 50 × 10^k around the total.
        ("12345", "XAF", _d("15000", "20000", "50000", "100000")),
        ("20", "USD", _d("50", "100")),  # the exact amount has its own key
    ],
)
def test_quick_amounts(due: str, currency: str, expected: list[Decimal]) -> None:
    assert quick_amounts(Decimal(due), currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "locale", "expected"),
    [
        ("20", "USD", "en_US", "20"),
        ("1,000.50", "USD", "en_US", "1000.50"),
        ("12,50", "EUR", "de_DE", "12.50"),
        ("١٢٫٥٠", "USD", "ar", "12.50"),
        ("٢٥٬٠٠٠", "IQD", "ar_IQ", "25000"),
        ("25000", "IQD", "ar_IQ", "25000"),
    ],
)
def test_typed_amounts_are_read_exactly(
    text: str, currency: str, locale: str, expected: str
) -> None:
    value = parse_amount(text, currency, locale)
    assert isinstance(value, Decimal) and value == Decimal(expected)
    assert str(value) == expected or value.normalize() == Decimal(expected).normalize()


@pytest.mark.parametrize(
    ("text", "currency", "locale"),
    [
        ("", "USD", "en_US"),
        ("abc", "USD", "en_US"),
        ("-5", "USD", "en_US"),
        ("1e5", "USD", "en_US"),
        ("5.999", "USD", "en_US"),  # more decimals than the currency has
        ("12.5", "IQD", "en_US"),
        ("12.50", "EUR", "de_DE"),  # ambiguous in German: refused, not read as 1250
        ("1" * 40, "USD", "en_US"),
    ],
)
def test_what_is_not_an_amount_is_refused(text: str, currency: str, locale: str) -> None:
    assert parse_amount(text, currency, locale) is None
