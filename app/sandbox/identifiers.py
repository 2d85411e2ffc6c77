"""Realistic-looking identifiers: ICCIDs, LPA activation codes, order references, tokens."""

from __future__ import annotations

import base64
import random
import secrets
import string
from urllib.parse import quote

import simplejson

# Issuer prefixes seen on real eSIM ICCIDs (89 = telecom, then country code + issuer).
_ICCID_PREFIXES = ("893204200", "891030000", "898110000", "894310817", "898523000")
_SMDP_HOSTS = (
    "rsp-3104.idemia.io",
    "rsp-eu.simlessly.com",
    "smdp.io",
    "consumer.e-sim.global",
    "sm-v4-064-a-gtm.pr.go-esim.com",
)
_UPPER_ALNUM = string.ascii_uppercase + string.digits
_LOWER_ALNUM = string.ascii_lowercase + string.digits
_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

# 1x1 PNG: the counter renders its own QR from the LPA string, the sandbox only has to
# hand back something that is a well-formed data URL.
QR_PLACEHOLDER = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkY"
    "PhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
APPLE_INSTALL = "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata="
ANDROID_INSTALL = "https://esimsetup.android.com/esim_qrcode_provisioning?carddata="


def luhn_check_digit(digits: str) -> str:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 0:  # doubled positions, counted from the digit left of the check
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]


def iccid(rng: random.Random) -> str:
    body = rng.choice(_ICCID_PREFIXES)
    body += "".join(rng.choice(string.digits) for _ in range(18 - len(body)))
    return body + luhn_check_digit(body)


def lpa_string(rng: random.Random) -> str:
    host = rng.choice(_SMDP_HOSTS)
    if rng.random() < 0.5:
        matching_id = "-".join(
            "".join(rng.choice(_UPPER_ALNUM) for _ in range(5)) for _ in range(4)
        )
    else:
        matching_id = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return f"LPA:1${host}${matching_id}"


def apple_install_url(lpa: str) -> str:
    # eSIMfly's examples put the LPA string in unencoded; '$' and ':' are legal in a query.
    return APPLE_INSTALL + lpa


def android_install_url(lpa: str) -> str:
    return ANDROID_INSTALL + quote(lpa, safe="")


def esimfly_order_reference(rng: random.Random, epoch_ms: int) -> str:
    return f"order_{epoch_ms}_{''.join(rng.choice(_LOWER_ALNUM) for _ in range(5))}"


def esimfly_pending_iccid(rng: random.Random, epoch_ms: int) -> str:
    return f"PENDING_B{''.join(rng.choice(string.digits) for _ in range(14))}_{epoch_ms}"


def request_id() -> str:
    """27 base62 characters, the length of a KSUID."""
    return "".join(secrets.choice(_BASE62) for _ in range(27))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jwt_like(claims: dict[str, object]) -> str:
    """Opaque token shaped like a JWT; the signature part is random, not a real HS256."""
    header = _b64(simplejson.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64(simplejson.dumps({**claims, "jti": secrets.token_hex(8)}).encode())
    return f"{header}.{payload}.{_b64(secrets.token_bytes(32))}"
