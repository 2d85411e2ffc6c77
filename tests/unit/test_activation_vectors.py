"""Activation codes and ICCIDs from other SGP.22 implementations' own tests.

Every row was read in the file it cites. A code those projects accept must parse here with
the same SM-DP+ address, matching id, OID and confirmation flag, unless the row says why not.
The estkme-group/lpac sources held no activation-code test vectors that could be found, so
it contributes no rows.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from app.core import iccid
from app.core.activation import ActivationCode, ActivationCodeError

PYSIM_ESIM = "osmocom/pysim tests/unittests/test_esim.py (TestActivationCode.test_de_encode)"
PYSIM_UTILS = "osmocom/pysim tests/unittests/test_utils.py (TestLuhn)"
IPA = "onomondo/onomondo-ipa tests/activation_code/activation_code_test.c (the valid group)"
DIAMANE = "DiamaneOS/platform_packages_apps_DiamaneOSEuicc tests/.../core/ActivationCodeTest.kt"
OPENPILOT = "commaai/openpilot system/hardware/tici/tests/test_esim.py (TEST_ACTIVATION_CODE)"


class Row(NamedTuple):
    source: str
    text: str
    smdp: str
    matching_id: str
    oid: str | None
    cc_required: bool


# oid: None when the code has no OID field, "" when the field is present but empty (we keep
# the empty field so the flag after it stays in its place; the other parsers say "no OID").
ACCEPTED = [
    Row(
        PYSIM_ESIM,
        "1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815",
        "SMDP.GSMA.COM",
        "04386-AGYFT-A74Y8-3F815",
        None,
        False,
    ),
    Row(
        PYSIM_ESIM,
        "1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$$1",
        "SMDP.GSMA.COM",
        "04386-AGYFT-A74Y8-3F815",
        "",
        True,
    ),
    Row(
        PYSIM_ESIM,
        "1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1",
        "SMDP.GSMA.COM",
        "04386-AGYFT-A74Y8-3F815",
        "1.3.6.1.4.1.31746",
        True,
    ),
    Row(
        PYSIM_ESIM,
        "1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746",
        "SMDP.GSMA.COM",
        "04386-AGYFT-A74Y8-3F815",
        "1.3.6.1.4.1.31746",
        False,
    ),
    Row(
        PYSIM_ESIM,
        "1$SMDP.GSMA.COM$$1.3.6.1.4.1.31746",
        "SMDP.GSMA.COM",
        "",
        "1.3.6.1.4.1.31746",
        False,
    ),
    Row(
        IPA,
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815",
        "SMDP.EXAMPLE.COM",
        "04386-AGYFT-A74Y8-3F815",
        None,
        False,
    ),
    Row(
        IPA,
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$$1",
        "SMDP.EXAMPLE.COM",
        "04386-AGYFT-A74Y8-3F815",
        "",
        True,
    ),
    Row(
        IPA,
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1",
        "SMDP.EXAMPLE.COM",
        "04386-AGYFT-A74Y8-3F815",
        "1.3.6.1.4.1.31746",
        True,
    ),
    Row(
        IPA,
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746",
        "SMDP.EXAMPLE.COM",
        "04386-AGYFT-A74Y8-3F815",
        "1.3.6.1.4.1.31746",
        False,
    ),
    Row(
        IPA,
        "1$SMDP.EXAMPLE.COM$$1.3.6.1.4.1.31746",
        "SMDP.EXAMPLE.COM",
        "",
        "1.3.6.1.4.1.31746",
        False,
    ),
    Row(
        IPA,
        "1$SMDP.EXAMPLE.NET$KL14XA-8C7RLY$1.3.6.1.4.1.3174",
        "SMDP.EXAMPLE.NET",
        "KL14XA-8C7RLY",
        "1.3.6.1.4.1.3174",
        False,
    ),
    # onomondo-ipa lists this with the valid codes: empty token, OID, flag and later fields.
    Row(IPA, "1$SMDP.EXAMPLE.COM$$$$$$$$$$$$$$$$$$$$$$$$$$", "SMDP.EXAMPLE.COM", "", "", False),
    Row(
        IPA,
        "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815",
        "SMDP.EXAMPLE.COM",
        "04386-AGYFT-A74Y8-3F815",
        None,
        False,
    ),
    # DiamaneOS lower-cases the host; we keep it as sent (it goes into the QR unchanged).
    Row(
        DIAMANE,
        "1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815",
        "SMDP.GSMA.COM",
        "04386-AGYFT-A74Y8-3F815",
        None,
        False,
    ),
    Row(
        DIAMANE,
        "  lpa:1$rsp.example.com$ABC-123$$1$future$fields \n",
        "rsp.example.com",
        "ABC-123",
        "",
        True,
    ),
    Row(DIAMANE, "LPA:1$smdp.example.com$ABC$1.2.3$1", "smdp.example.com", "ABC", "1.2.3", True),
    Row(DIAMANE, "1$SMDP.Example.COM$ABC$$0", "SMDP.Example.COM", "ABC", "", False),
    Row(
        OPENPILOT,
        "LPA:1$rsp.truphone.com$QRF-BETTERROAMING-PMRDGIR2EARDEIT5",
        "rsp.truphone.com",
        "QRF-BETTERROAMING-PMRDGIR2EARDEIT5",
        None,
        False,
    ),
]

# Codes one of those projects accepts that we refuse on purpose.
REFUSED_ON_PURPOSE = [
    # onomondo-ipa and pySim only split on '$'; a host with a space cannot be reached and
    # whitespace in the QR is how injected text hides. DiamaneOS refuses it too.
    (DIAMANE, "1$smdp.example.com$ABC DEF", "whitespace inside the matching id"),
    # DiamaneOS refuses these; pySim/onomondo-ipa would not: no phone reaches such an SM-DP+.
    (DIAMANE, "1$192.0.2.1$ABC", "IP literal instead of the SM-DP+ host name"),
    (DIAMANE, "1$localhost$ABC", "single-label host"),
    (DIAMANE, "1$smdp.example.com/path$ABC", "a path is not a host"),
    (DIAMANE, "1$smdp_x.example.com$ABC", "underscore is not a host name character"),
    (DIAMANE, "1$smdp.example.com$ABC/../x", "a path in the matching id"),
    (DIAMANE, "1$smdp.example.com$ABC$$yes", "unknown confirmation flag"),
    (DIAMANE, "2$smdp.example.com$ABC", "format 2 is not specified"),
    (DIAMANE, "1$smdp.example.com", "no matching id field"),
    (IPA, "1$SMDP.EXAMPLE.COM", "no matching id field (onomondo-ipa's invalid group)"),
    (IPA, "LPA:1$$$$$$$$$$$$$$$$$$$", "no SM-DP+ address (onomondo-ipa's invalid group)"),
    (IPA, "xyz14390lojij", "not an activation code (onomondo-ipa's invalid group)"),
]

# Kept where DiamaneOS differs: it refuses ports (we accept them: providers' test SM-DP+
# servers use them and phones connect) and lengths over 255 (we allow a 255-character id).
DIFFERENT_BUT_ACCEPTED = [
    (DIAMANE, "1$smdp.example.com:8443$ABC", "smdp.example.com:8443"),
]


@pytest.mark.parametrize("row", ACCEPTED, ids=lambda r: r.text.strip()[:60])
def test_codes_other_parsers_accept_parse_the_same(row: Row) -> None:
    code = ActivationCode.parse(row.text)
    assert code.smdp_address == row.smdp, row.source
    assert code.matching_id == row.matching_id, row.source
    assert code.oid == row.oid, row.source
    assert code.confirmation_code_required is row.cc_required, row.source
    assert code.text.upper().startswith("LPA:1$")


@pytest.mark.parametrize(("source", "text", "why"), REFUSED_ON_PURPOSE)
def test_codes_refused_on_purpose(source: str, text: str, why: str) -> None:
    with pytest.raises(ActivationCodeError):
        ActivationCode.parse(text)


@pytest.mark.parametrize(("source", "text", "smdp"), DIFFERENT_BUT_ACCEPTED)
def test_codes_we_accept_where_one_project_does_not(source: str, text: str, smdp: str) -> None:
    assert ActivationCode.parse(text).smdp_address == smdp


@pytest.mark.parametrize(
    ("text", "smdp", "matching_id"),
    [
        # Typical real-world shapes (README examples of resellers and SM-DP+ vendors).
        (
            "LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S",
            "rsp-3104.idemia.io",
            "DOAZJ-HYDO5-HGMLN-S9B8S",
        ),
        ("LPA:1$smdp.io$K2-1X2ABC-1ABCDEF", "smdp.io", "K2-1X2ABC-1ABCDEF"),
        (
            "lpa:1$consumer.e-sim.global$2d7f456148c640359b6a83e0e5ae34d3",
            "consumer.e-sim.global",
            "2d7f456148c640359b6a83e0e5ae34d3",
        ),
        ("LPA:1$rsp.example.com:443$ABC-123", "rsp.example.com:443", "ABC-123"),
    ],
)
def test_real_world_codes(text: str, smdp: str, matching_id: str) -> None:
    code = ActivationCode.parse(text)
    assert (code.smdp_address, code.matching_id) == (smdp, matching_id)


# --- ICCIDs ---------------------------------------------------------------------------------

ICCIDS = [
    (PYSIM_UTILS, "8988211000000530082"),  # 19 digits, Luhn right
    (PYSIM_UTILS, "89882110000005300811"),  # 20 digits, Luhn right
    (PYSIM_UTILS, "898821100000053008"),  # 18 digits (pySim adds a check digit)
    (OPENPILOT, "8944476500001944011"),  # the Truphone test profile's ICCID
]


@pytest.mark.parametrize(("source", "value"), ICCIDS)
def test_iccids_from_other_projects_are_accepted(source: str, value: str) -> None:
    assert iccid.parse(value) == value, source
