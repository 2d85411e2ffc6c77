"""ICCIDs: Luhn check digit, warnings (never rejections), placeholders, grouping.

Each ICCID below was checked by hand with the Luhn rule (from the right, double every
second digit, subtract 9 from results above 9, the sum must end in 0):

* 8943108170002570328 and 8943108170003135816 (eSIMfly top-up docs): sums 70 and 70, valid.
* 8932042000010078801 (eSIMfly create-order example): sum 59, NOT valid; the body
  893204200001007880 needs check digit 2.
* 8910300000037870123 (eSIMfly pending example): sum 56, NOT valid; needs 7.
* 8910300001234567890 (eSIMfly eSIM docs): sum 64, NOT valid; needs 6.
* 8981100000012345678 (eSIMfly webhook docs): sum 62, NOT valid; needs 6.
* 8910300000123456789 (Octopus digest): sum 68, NOT valid; needs 1.

So most documentation ICCIDs are made-up values, exactly the "odd values" :func:`check`
must warn about rather than refuse.
"""

from __future__ import annotations

import pytest

from app.core.iccid import check, group, is_placeholder, luhn_check_digit, luhn_valid, normalise

VALID = ["8943108170002570328", "8943108170003135816"]
DOC_INVALID = [
    ("8932042000010078801", "2"),
    ("8910300000037870123", "7"),
    ("8910300001234567890", "6"),
    ("8981100000012345678", "6"),
    ("8910300000123456789", "1"),
]

CHECK_DIGIT_WRONG = "The ICCID's check digit is wrong."
NOT_89 = "The ICCID does not start with 89."
NOT_DIGITS = "The ICCID contains characters other than digits."
EMPTY = "The ICCID is empty."


def _reference_check_digit(body: str) -> str:
    """Luhn check digit written independently of the code under test (the textbook form)."""
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:  # these are doubled once the check digit is appended
            digit = sum(divmod(digit * 2, 10))
        total += digit
    return str((10 - total % 10) % 10)


def _with_check_digit(body: str) -> str:
    return body + _reference_check_digit(body)


# --- Luhn -----------------------------------------------------------------------------------


@pytest.mark.parametrize("iccid", VALID)
def test_luhn_valid_on_real_iccids(iccid: str) -> None:
    assert luhn_valid(iccid)
    assert luhn_check_digit(iccid[:-1]) == iccid[-1]


@pytest.mark.parametrize(("iccid", "right_digit"), DOC_INVALID)
def test_luhn_on_documentation_iccids(iccid: str, right_digit: str) -> None:
    assert not luhn_valid(iccid)
    assert luhn_check_digit(iccid[:-1]) == right_digit
    assert luhn_valid(iccid[:-1] + right_digit)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("79927398713", True),  # the textbook example
        ("79927398710", False),
        ("4111111111111111", True),  # the well-known test card number
        ("4111111111111112", False),
        ("0", True),
        ("18", True),
        ("19", False),
    ],
)
def test_luhn_textbook_cases(number: str, valid: bool) -> None:
    assert luhn_valid(number) is valid


def test_luhn_check_digit_textbook() -> None:
    assert luhn_check_digit("7992739871") == "3"


@pytest.mark.parametrize("iccid", VALID)
def test_every_single_digit_change_is_detected(iccid: str) -> None:
    for index, original in enumerate(iccid):
        for replacement in "0123456789":
            if replacement != original:
                changed = iccid[:index] + replacement + iccid[index + 1 :]
                assert not luhn_valid(changed), changed


def test_check_digit_agrees_with_an_independent_implementation() -> None:
    bodies = [f"89{n:016d}" for n in range(0, 10**16, 10**16 // 997)] + ["8901", "8"]
    for body in bodies:
        expected = _reference_check_digit(body)
        assert luhn_check_digit(body) == expected, body
        assert luhn_valid(body + expected)


# --- check: warnings, never exceptions ------------------------------------------------------


@pytest.mark.parametrize(
    "iccid",
    [
        *VALID,
        "8943 1081 7000 2570 328",  # grouped for reading
        "8943-1081-7000-2570-328",
        "  8943108170002570328\n",
        "8943108170002570328F",  # padding nibble of a 19-digit ICCID
        "8943108170002570328f",
        _with_check_digit("89" + "0" * 15),  # 18 digits
        _with_check_digit("89" + "1" * 17),  # 20 digits
    ],
)
def test_check_accepts_good_iccids(iccid: str) -> None:
    assert check(iccid) == []


@pytest.mark.parametrize(("iccid", "_right_digit"), DOC_INVALID)
def test_check_warns_about_a_wrong_check_digit(iccid: str, _right_digit: str) -> None:
    assert check(iccid) == [CHECK_DIGIT_WRONG]


def test_check_warns_about_a_prefix_other_than_89() -> None:
    iccid = _with_check_digit("980000000000000001")  # 19 digits
    assert check(iccid) == [NOT_89]


@pytest.mark.parametrize("length", [17, 21, 3, 10])
def test_check_warns_about_the_length(length: int) -> None:
    iccid = _with_check_digit("89" + "3" * (length - 3))
    assert len(iccid) == length
    assert check(iccid) == [f"The ICCID has {length} digits instead of 18 to 20."]


def test_check_collects_several_warnings() -> None:
    # 79927398713: Luhn-valid but not an ICCID at all
    assert check("79927398713") == [NOT_89, "The ICCID has 11 digits instead of 18 to 20."]
    assert check("1234") == [
        NOT_89,
        "The ICCID has 4 digits instead of 18 to 20.",
        CHECK_DIGIT_WRONG,
    ]


@pytest.mark.parametrize(
    "iccid",
    [
        "89431081700025703X8",
        "8943108170002570328FF",
        "F8943108170002570328",
        "8943.1081.7000.2570.328",
        "PENDING_B25081719340002_1755459260253",
        "F",
    ],
)
def test_check_warns_about_non_digits(iccid: str) -> None:
    assert check(iccid) == [NOT_DIGITS]


@pytest.mark.parametrize("iccid", ["", " ", " - ", "\t\n"])
def test_check_warns_about_empty(iccid: str) -> None:
    assert check(iccid) == [EMPTY]


def test_normalise_drops_spaces_and_dashes_and_upper_cases_f() -> None:
    assert normalise(" 8943 1081-7000 2570 328f ") == "8943108170002570328F"


# --- placeholders and grouping --------------------------------------------------------------


@pytest.mark.parametrize(
    ("iccid", "placeholder"),
    [
        ("PENDING_B25081719340002_1755459260253", True),  # eSIMfly pending example
        ("pending_B25081719340002", True),
        ("PENDING", True),
        (None, True),
        ("", True),
        ("8943108170002570328", False),
        ("8932042000010078801", False),  # bad check digit is still a real ICCID
    ],
)
def test_is_placeholder(iccid: str | None, placeholder: bool) -> None:
    assert is_placeholder(iccid) is placeholder


@pytest.mark.parametrize(
    ("iccid", "grouped"),
    [
        ("8943108170002570328", "8943 1081 7000 2570 328"),
        ("89431081700025703281", "8943 1081 7000 2570 3281"),
        ("8943-1081 7000-2570 328f", "8943 1081 7000 2570 328F"),
        ("894310817000257032", "8943 1081 7000 2570 32"),
        ("", ""),
    ],
)
def test_group(iccid: str, grouped: str) -> None:
    assert group(iccid) == grouped


def test_non_ascii_digits_are_not_an_iccid() -> None:
    arabic = "٨٩" + "0" * 17
    assert check(arabic) == ["The ICCID contains characters other than digits."]
