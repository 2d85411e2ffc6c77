"""SGP.22 activation codes and the iPhone install link."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from app.core.activation import (
    APPLE_INSTALL_PREFIX,
    ActivationCode,
    ActivationCodeError,
    apple_install_url,
)

ESIMFLY_EXAMPLE = "LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S"


# --- accepted codes -------------------------------------------------------------------------


def test_parse_the_esimfly_example() -> None:
    code = ActivationCode.parse(ESIMFLY_EXAMPLE)
    assert code.text == ESIMFLY_EXAMPLE
    assert code.smdp_address == "rsp-3104.idemia.io"
    assert code.matching_id == "DOAZJ-HYDO5-HGMLN-S9B8S"
    assert code.oid is None
    assert code.confirmation_code_required is False
    assert str(code) == ESIMFLY_EXAMPLE


def test_parse_with_oid() -> None:
    code = ActivationCode.parse("LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746")
    assert code.smdp_address == "SMDP.EXAMPLE.COM"
    assert code.matching_id == "04386-AGYFT-A74Y8-3F815"
    assert code.oid == "1.3.6.1.4.1.31746"
    assert code.confirmation_code_required is False


def test_parse_with_oid_and_flag() -> None:
    code = ActivationCode.parse("LPA:1$smdp.example.com$MATCH$1.3.6.1.4.1.31746$1")
    assert code.oid == "1.3.6.1.4.1.31746"
    assert code.confirmation_code_required is True


def test_empty_oid_with_flag_is_kept_so_the_qr_still_says_dollar_dollar() -> None:
    text = "LPA:1$smdp.example.com$MATCH$$1"
    code = ActivationCode.parse(text)
    assert code.oid == ""  # present but empty, not None
    assert code.confirmation_code_required is True
    assert code.matching_id == "MATCH"
    assert code.text == text
    assert "$$1" in code.text


def test_empty_oid_without_flag() -> None:
    code = ActivationCode.parse("LPA:1$smdp.example.com$MATCH$")
    assert code.oid == ""
    assert code.confirmation_code_required is False


def test_extra_trailing_fields_are_accepted_and_kept_in_the_text() -> None:
    # Later SGP.22 versions may append fields; the QR must carry them unchanged.
    text = "LPA:1$smdp.example.com$MATCH$1.2.3$1$future-field"
    code = ActivationCode.parse(text)
    assert code.matching_id == "MATCH"
    assert code.oid == "1.2.3"
    assert code.confirmation_code_required is True
    assert code.text == text


def test_lowercase_prefix_is_accepted() -> None:
    # URI schemes are case-insensitive; the text is kept as the provider gave it.
    text = "lpa:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S"
    code = ActivationCode.parse(text)
    assert code.smdp_address == "rsp-3104.idemia.io"
    assert code.matching_id == "DOAZJ-HYDO5-HGMLN-S9B8S"
    assert code.text == text


@pytest.mark.parametrize("padding", [" ", "\n", "\t", " \r\n", "\u00a0"])
def test_surrounding_whitespace_is_stripped(padding: str) -> None:
    code = ActivationCode.parse(f"{padding}{ESIMFLY_EXAMPLE}{padding}")
    assert code.text == ESIMFLY_EXAMPLE
    assert code.matching_id == "DOAZJ-HYDO5-HGMLN-S9B8S"


@pytest.mark.parametrize(
    ("smdp", "why"),
    [
        ("smdp.example.com:8443", "host with a port"),
        ("SMDP.EXAMPLE.COM", "upper-case host"),
        ("rsp-eu.simlessly.com", "hyphenated labels"),
        ("a.b", "two short labels"),
        ("rsp.example.com:1", "lowest port"),
        ("rsp.example.com:65535", "highest port"),
        ("smdp.3gpp.org", "a label of digits is fine when it is not the last"),
        ("a" * 63 + ".example.com", "63-character label"),
    ],
)
def test_smdp_hosts_we_accept(smdp: str, why: str) -> None:
    code = ActivationCode.parse(f"LPA:1${smdp}$MATCH")
    assert code.smdp_address == smdp, why


@pytest.mark.parametrize(
    ("matching_id", "why"),
    [
        ("2d7f456148c640359b6a83e0e5ae34d3", "lower-case hex (seen from several SM-DP+)"),
        ("2D7F456148C640359B6A83E0E5AE34D3", "upper-case hex, from the eSIMfly docs"),
        ("A" * 255, "very long: no length limit is imposed"),
        ("K2-1Y0UZK-1C5XU6C", "mixed groups"),
        ("ab_c.d+e=f-g", "letters, digits and - . _ + ="),
    ],
)
def test_matching_ids_we_accept(matching_id: str, why: str) -> None:
    code = ActivationCode.parse(f"LPA:1$smdp.example.com${matching_id}")
    assert code.matching_id == matching_id, why


def test_empty_matching_id_is_accepted_as_sgp22_allows_it() -> None:
    # SGP.22 §4.1 itself shows "1$SMDP.EXAMPLE.COM$$1.3.6.1.4.1.31746": the field is
    # present but empty (the profile is bound to the EID). Only a *missing* field is refused.
    code = ActivationCode.parse("LPA:1$SMDP.EXAMPLE.COM$$1.3.6.1.4.1.31746")
    assert code.matching_id == ""
    assert code.oid == "1.3.6.1.4.1.31746"


# --- refused codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "LPA:2$smdp.example.com$MATCH",  # unknown format digit
        "LPA:0$smdp.example.com$MATCH",
        "LPA:$smdp.example.com$MATCH",
        "LPA:11$smdp.example.com$MATCH",
    ],
)
def test_wrong_format_digit_is_refused(text: str) -> None:
    with pytest.raises(ActivationCodeError, match="format"):
        ActivationCode.parse(text)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "2$smdp.example.com$MATCH", "LPA1$smdp.example.com$MATCH", "https://x/LPA:1$a$b"],
)
def test_missing_prefix_is_refused(text: str) -> None:
    with pytest.raises(ActivationCodeError, match="LPA:"):
        ActivationCode.parse(text)


@pytest.mark.parametrize("text", ["LPA:1", "LPA:1$smdp.example.com"])
def test_missing_matching_id_is_refused(text: str) -> None:
    with pytest.raises(ActivationCodeError, match="matching id"):
        ActivationCode.parse(text)


@pytest.mark.parametrize(
    "smdp",
    [
        "",
        "https://smdp.example.com",
        "smdp.example.com/path",
        "host with space",
        "-bad-.com",
        "bad-.example.com",
        "smdp.-bad.com",
        "smdp..example.com",
        ".example.com",
        "smdp.example.com.",  # trailing dot
        "smdp.example.com:",
        "smdp.example.com:port",
        "smdp.example.com:123456",
        "smdp_1.example.com",  # underscore is not a host name character
        "[::1]",  # IPv6 literals are not accepted
        "localhost",  # a single label: no phone reaches that SM-DP+
        "localhost:8443",
        "127.0.0.1",  # IP literals: the SM-DP+ is reached over TLS by its name
        "127.0.0.1:8443",
        "10.0.0.256",
        "smdp.example.com:0",
        "smdp.example.com:65536",
        "<script>x</script>",
        "javascript:alert(1)",
        "smdp.exämple.com",  # IDNs must arrive in punycode
        "a" * 64 + ".example.com",  # label too long
        ("a" * 60 + ".") * 5 + "com",  # name longer than 253
    ],
)
def test_bad_smdp_host_is_refused(smdp: str) -> None:
    with pytest.raises(ActivationCodeError, match=r"SM-DP|spaces or control"):
        ActivationCode.parse(f"LPA:1${smdp}$MATCH")


@pytest.mark.parametrize(
    "text",
    [
        "LPA:1$smdp.example.com$MATCH ID",
        "LPA:1$smdp.example.com$MATCH\tID",
        "LPA:1$smdp.example.com$MATCH\nID",
        "LPA:1$smdp.example.com$MATCH\x00",
        "LPA:1$smdp.example.com$MATCH\x7f",
        "LPA:1$smdp.example.com$MÄTCH",
        "LPA:1$smdp.example.com$MATCH$1.2 .3",
        "LPA:1$smdp.example.com$MATCH$1.2.3$1$extra field",
        "LPA: 1$smdp.example.com$MATCH",
        "LPA:1$smdp.example.com$MATCH\u202e",  # right-to-left override
        "LPA:1$smdp.example.com$MATCH\u00a0X",
    ],
)
def test_spaces_and_control_characters_inside_fields_are_refused(text: str) -> None:
    with pytest.raises(ActivationCodeError, match="spaces or control"):
        ActivationCode.parse(text)


@pytest.mark.parametrize("flag", ["2", "11", "true", "yes", "Y", "01"])
def test_confirmation_flag_other_than_zero_or_one_is_refused(flag: str) -> None:
    with pytest.raises(ActivationCodeError):
        ActivationCode.parse(f"LPA:1$smdp.example.com$MATCH$${flag}")


@pytest.mark.parametrize("value", [None, b"LPA:1$a.com$M", 123])
def test_non_text_is_refused(value: object) -> None:
    with pytest.raises(ActivationCodeError, match="text"):
        ActivationCode.parse(value)  # type: ignore[arg-type]


def test_activation_code_error_is_a_value_error() -> None:
    assert issubclass(ActivationCodeError, ValueError)


# --- Apple install link ---------------------------------------------------------------------


def test_apple_link_for_the_esimfly_example_exactly() -> None:
    expected = (
        "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata="
        "LPA%3A1%24rsp-3104.idemia.io%24DOAZJ-HYDO5-HGMLN-S9B8S"
    )
    assert apple_install_url(ESIMFLY_EXAMPLE) == expected
    assert ActivationCode.parse(ESIMFLY_EXAMPLE).apple_install_url == expected


def test_apple_prefix_is_the_documented_one() -> None:
    assert APPLE_INSTALL_PREFIX == "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata="


@pytest.mark.parametrize(
    "text",
    [
        ESIMFLY_EXAMPLE,
        "LPA:1$smdp.example.com$MATCH$$1",
        "LPA:1$smdp.example.com:8443$a+b.c=d_e-f$1.3.6.1$1",
        "LPA:1$SMDP.EXAMPLE.COM$$1.3.6.1.4.1.31746",
    ],
)
def test_apple_link_decodes_back_to_the_exact_lpa(text: str) -> None:
    url = ActivationCode.parse(text).apple_install_url
    assert url.startswith(APPLE_INSTALL_PREFIX)
    carddata = url[len(APPLE_INSTALL_PREFIX) :]
    # every character that matters to a URL is escaped
    for char in "$:/?#&=+":
        assert char not in carddata
    if "%" in text:
        assert "%25" in carddata
    assert "%24" in carddata
    assert "%3A" in carddata
    assert unquote(carddata) == text
    # and a standard URL parser gets the same value back from the query string
    assert parse_qs(urlsplit(url).query)["carddata"] == [text]


# --- point 7 of issue 11: what phones accept, the counter accepts --------------------------


def test_flag_zero_means_no_confirmation_code() -> None:
    code = ActivationCode.parse("LPA:1$smdp.example.com$MATCH$$0")
    assert code.confirmation_code_required is False
    assert code.oid == ""
    assert code.text == "LPA:1$smdp.example.com$MATCH$$0"


def test_bare_form_is_accepted_and_shown_with_the_prefix() -> None:
    code = ActivationCode.parse("1$rsp.truphone.com$QRF-BETTERROAMING-PMRDGIR2EARDEIT5")
    assert code.smdp_address == "rsp.truphone.com"
    assert code.matching_id == "QRF-BETTERROAMING-PMRDGIR2EARDEIT5"
    assert code.text == "LPA:1$rsp.truphone.com$QRF-BETTERROAMING-PMRDGIR2EARDEIT5"
    assert code.apple_install_url.endswith(
        "LPA%3A1%24rsp.truphone.com%24QRF-BETTERROAMING-PMRDGIR2EARDEIT5"
    )


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "LPA:1$host$<script>x</script>",
        "LPA:1$smdp.example.com$<script>x</script>",
        "LPA:1$smdp.example.com$a/../b",
        "LPA:1$smdp.example.com$a%2Fb",
        "LPA:1$smdp.example.com$a'b",
        'LPA:1$smdp.example.com$a"b',
        "LPA:1$smdp.example.com$" + "A" * 256,
        "LPA:1$smdp.example.com$MATCH$1.3.x",
        "LPA:1$smdp.example.com$MATCH$$1$<b>",
        "LPA:1$smdp.example.com$MATCH$$1$" + "A" * 65,
        "LPA:1$smdp.example.com$" + "A" * 200_000,
        "LPA:1$smdp.example.com$\uff21\uff22",  # full-width letters
    ],
)
def test_dangerous_or_meaningless_codes_are_refused(text: str) -> None:
    with pytest.raises(ActivationCodeError):
        ActivationCode.parse(text)


@pytest.mark.parametrize("field", ["smdp.example.com\n", "MATCH\n", "1.2.3\n"])
def test_a_newline_at_the_end_of_a_field_is_refused(field: str) -> None:
    # "$" in a regex also matches before a final newline: every pattern must use \Z.
    from app.core import activation

    assert not any(
        pattern.match(field)
        for pattern in (activation._HOST, activation._TOKEN, activation._OID, activation._EXTRA)
    )
