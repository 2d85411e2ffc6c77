"""Money: exact Decimal amounts, currency minor units, rounding and formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.money import Money, MoneyError, minor_units, to_decimal

NBSP = "\u00a0"  # format() keeps the code and the amount on one line


# --- to_decimal -------------------------------------------------------------------------


@pytest.mark.parametrize("value", [4.5, 0.1, 0.0, -1.25, float("nan"), float("inf")])
def test_to_decimal_refuses_float(value: float) -> None:
    with pytest.raises(MoneyError, match="float"):
        to_decimal(value)


@pytest.mark.parametrize("value", [True, False])
def test_to_decimal_refuses_bool(value: bool) -> None:
    # bool is a subclass of int; True must not quietly become 1 dollar.
    with pytest.raises(MoneyError, match="bool"):
        to_decimal(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("4.50"), "4.50"),
        (Decimal("4.275"), "4.275"),
        (Decimal("-0.01"), "-0.01"),
        (969, "969"),
        (0, "0"),
        (12345678901234567890123, "12345678901234567890123"),
        ("4.50", "4.50"),
        ("4.275", "4.275"),
        ("  4.50\n", "4.50"),
        ("-3", "-3"),
        ("1E+3", "1E+3"),
        ("0.1000000000000000055511151231257827", "0.1000000000000000055511151231257827"),
    ],
)
def test_to_decimal_accepts_exact_values_and_keeps_digits(value: object, expected: str) -> None:
    result = to_decimal(value)
    assert type(result) is Decimal
    assert str(result) == expected


def test_to_decimal_returns_the_same_decimal_digits_not_a_requantized_one() -> None:
    # 4.50 and 4.5 are equal numbers but Octopus needs the amount echoed as given.
    assert str(to_decimal(Decimal("4.50"))) == "4.50"
    assert str(to_decimal(Decimal("4.5"))) == "4.5"


@pytest.mark.parametrize(
    "value",
    [
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        "NaN",
        "nan",
        "Infinity",
        "-inf",
    ],
)
def test_to_decimal_refuses_non_finite(value: object) -> None:
    with pytest.raises(MoneyError, match=r"finite|not a number"):
        to_decimal(value)


@pytest.mark.parametrize(
    "value",
    ["", "   ", "abc", "4,50", "$4.50", "4.50 USD", "1/2", "0x10", "4..5", "--4"],
)
def test_to_decimal_refuses_junk_text(value: str) -> None:
    with pytest.raises(MoneyError, match="not a number"):
        to_decimal(value)


@pytest.mark.parametrize("value", [None, [], {}, b"4.50", 1j, object()])
def test_to_decimal_refuses_other_types(value: object) -> None:
    with pytest.raises(MoneyError, match="not an amount"):
        to_decimal(value)


def test_money_error_is_a_value_error() -> None:
    assert issubclass(MoneyError, ValueError)


# --- Money construction -----------------------------------------------------------------


@pytest.mark.parametrize("code", ["usd", "Usd", " usd ", "USD\n"])
def test_currency_code_is_normalised(code: str) -> None:
    assert Money.of("4.50", code).currency == "USD"


@pytest.mark.parametrize(
    "code",
    ["", "US", "USDX", "U$D", "123", "U D", "€", "ÜSD", "U\u0405D"],  # U+0405: Cyrillic "S"
)
def test_bad_currency_codes_are_refused(code: str) -> None:
    with pytest.raises(MoneyError, match="currency code"):
        Money.of("1", code)


def test_money_refuses_float_amount_even_through_the_constructor() -> None:
    with pytest.raises(MoneyError):
        Money(4.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money.of(4.5, "USD")


def test_money_keeps_the_amount_exactly_as_given() -> None:
    assert str(Money.of("4.275", "USD").amount) == "4.275"
    assert str(Money.of(Decimal("4.50"), "USD").amount) == "4.50"
    assert Money.of(969, "IQD").amount == Decimal(969)


def test_money_converts_text_amount_to_decimal() -> None:
    money = Money("4.50", "USD")  # type: ignore[arg-type]
    assert type(money.amount) is Decimal
    assert str(money.amount) == "4.50"


def test_money_is_immutable() -> None:
    money = Money.of("1", "USD")
    with pytest.raises(AttributeError):
        money.amount = Decimal(2)  # type: ignore[misc]


def test_equal_amounts_are_equal_money_regardless_of_trailing_zeros() -> None:
    assert Money.of("4.50", "USD") == Money.of("4.5", "USD")
    assert hash(Money.of("4.50", "USD")) == hash(Money.of("4.5", "USD"))
    assert Money.of("4.50", "USD") != Money.of("4.50", "EUR")


# --- arithmetic and comparison -------------------------------------------------------------


def test_addition_and_subtraction_are_exact() -> None:
    total = Money.of("0.1", "USD") + Money.of("0.2", "USD")
    assert total == Money.of("0.3", "USD")  # 0.1 + 0.2 != 0.3 in float
    assert str(total.amount) == "0.3"
    diff = Money.of("4.50", "USD") - Money.of("4.275", "USD")
    assert str(diff.amount) == "0.225"
    assert diff.currency == "USD"


def test_comparisons_in_one_currency() -> None:
    low, high = Money.of("4.275", "USD"), Money.of("4.50", "USD")
    assert low < high
    assert low <= high
    assert high > low
    assert high >= low
    assert low <= Money.of("4.2750", "USD")
    assert low >= Money.of("4.2750", "USD")
    assert not high < low


@pytest.mark.parametrize(
    "operation",
    [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a <= b,
        lambda a, b: a > b,
        lambda a, b: a >= b,
    ],
    ids=["+", "-", "<", "<=", ">", ">="],
)
def test_mixing_currencies_is_refused(operation) -> None:
    usd, iqd = Money.of("1", "USD"), Money.of("1", "IQD")
    with pytest.raises(MoneyError, match=r"USD.*IQD"):
        operation(usd, iqd)


@pytest.mark.parametrize("other", [1, Decimal("1"), "1"])
def test_combining_with_a_bare_number_is_refused(other: object) -> None:
    with pytest.raises(TypeError):
        Money.of("1", "USD") + other  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = Money.of("1", "USD") < other  # type: ignore[operator]


# --- minor units ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("currency", "digits"),
    [
        ("USD", 2),
        ("EUR", 2),
        ("JPY", 0),
        ("KWD", 3),
        ("BHD", 3),
        # ISO 4217 says 3 for IQD, but eSIMfly (and CLDR) count whole dinars.
        ("IQD", 0),
        ("iqd", 0),
        ("usd", 2),
    ],
)
def test_minor_units(currency: str, digits: int) -> None:
    assert minor_units(currency) == digits
    assert Money.of("1", currency).minor_units == digits


# --- rounding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("4.275", "USD", "4.28"),  # half-up (half-even would also give 4.28)
        ("4.265", "USD", "4.27"),  # half-up; banker's rounding would give 4.26
        ("0.125", "USD", "0.13"),  # half-up; banker's rounding would give 0.12
        ("0.124", "USD", "0.12"),
        ("-4.275", "USD", "-4.28"),  # half away from zero
        ("4.5", "USD", "4.50"),  # padded to minor units
        ("4", "USD", "4.00"),
        ("100.5", "JPY", "101"),  # banker's rounding would give 100
        ("968.5", "IQD", "969"),
        ("968.4999", "IQD", "968"),
        ("1.2345", "KWD", "1.235"),  # banker's rounding would give 1.234
    ],
)
def test_rounded_is_half_up_to_minor_units(amount: str, currency: str, expected: str) -> None:
    rounded = Money.of(amount, currency).rounded()
    assert str(rounded.amount) == expected
    assert rounded.currency == currency


def test_rounded_does_not_change_the_original() -> None:
    money = Money.of("4.275", "USD")
    money.rounded()
    assert str(money.amount) == "4.275"


# --- formatting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("4.50", "USD", "USD 4.50"),
        ("4.5", "USD", "USD 4.50"),  # padded to the currency's minor units
        ("4", "USD", "USD 4.00"),
        ("969", "IQD", "IQD 969"),
        ("969.000", "IQD", "IQD 969"),  # zeros beyond the minor units add nothing
        ("4.275", "USD", "USD 4.275"),  # a charged amount's extra digit is shown, not rounded
        ("4.2750", "USD", "USD 4.275"),
        ("1234.5", "USD", "USD 1,234.50"),
        ("1000", "JPY", "JPY 1,000"),
        ("1.5", "KWD", "KWD 1.500"),
        ("-1.5", "USD", "-USD 1.50"),
    ],
)
def test_format_en_us(amount: str, currency: str, expected: str) -> None:
    text = Money.of(amount, currency).format()
    # The gap between code and amount is a no-break space so a label never wraps there.
    assert text == expected.replace(" ", NBSP)
    assert str(Money.of(amount, currency)) == text


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("4.50", "USD", "USD 4,50"),
        ("4.275", "USD", "USD 4,275"),
        ("1234.5", "USD", "USD 1.234,50"),
        ("1234567.891", "KWD", "KWD 1.234.567,891"),
        ("969", "IQD", "IQD 969"),
    ],
)
def test_format_uses_locale_separators_de_de(amount: str, currency: str, expected: str) -> None:
    assert Money.of(amount, currency).format("de_DE") == expected.replace(" ", NBSP)


def test_format_never_rounds_away_what_was_charged() -> None:
    charged = Money.of("4.275", "USD")
    assert "4.275" in charged.format()
    assert "4.28" not in charged.format()


def test_iqd_override_does_not_depend_on_the_locale_data(monkeypatch: pytest.MonkeyPatch) -> None:
    # ISO 4217 gives IQD three decimals; even if the locale data said so, we count whole dinars.
    import app.core.money as money_module

    monkeypatch.setattr(money_module, "get_currency_precision", lambda code: 3)
    assert minor_units("IQD") == 0
    assert Money.of("969", "IQD").format() == f"IQD{NBSP}969"
    assert minor_units("USD") == 3  # the patch is really in effect for other currencies


@pytest.mark.parametrize("value", ["1_000", "٤٥", "４５", "1e", "+-1"])
def test_to_decimal_refuses_numerals_decimal_would_stretch_to(value: str) -> None:
    with pytest.raises(MoneyError):
        to_decimal(value)
