"""SGP.22 activation codes (``LPA:1$smdp$matching-id[$oid[$flag[$...]]]``) and install links.

What is accepted, and why (SGP.22 §4.1, held against pySim, onomondo-ipa and the DiamaneOS
eUICC app; see tests/unit/test_activation_vectors.py):

- The ``LPA:`` prefix in any case, or no prefix at all (``1$host$ID``, the form SGP.22 itself
  writes and every LPA accepts). A bare code is shown and encoded with ``LPA:`` added, so a
  phone's camera recognises the QR.
- Format ``1`` only.
- SM-DP+ address: an ASCII host name of at least two labels (letters, digits, inner hyphens;
  punycode for IDNs), optionally ``:port``. Phones reach the SM-DP+ over TLS by its FQDN, so
  single labels (``localhost``), IP literals, URLs, paths and anything else are refused.
- Matching id: empty (the profile is bound to the EID) or up to 255 of ``A-Z a-z 0-9`` and
  ``- . _ + =``. SGP.22 names upper-case letters, digits and ``-``; SM-DP+ servers also hand
  out lower-case hex, and tokens with ``.``/``_``/``+``/``=`` exist; none of these can carry
  markup, a URL scheme or a path, which is what matters on a customer display.
- OID: empty or dotted decimal.
- Confirmation-code flag: empty or ``0`` (not required) or ``1`` (required).
- Later fields (SGP.22 v3 adds a CI key indicator and more) are kept in the text unchanged
  if they are short and of the matching id's characters.
- Surrounding whitespace is stripped; whitespace, control, bidi and non-ASCII characters
  inside are refused, and so is anything longer than 600 characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

APPLE_INSTALL_PREFIX = "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata="
MAX_TEXT = 600
MAX_MATCHING_ID = 255
_PREFIX = "LPA:"

# Two or more LDH labels, the last not all digits (that would be an IPv4 literal).
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_HOST = re.compile(
    rf"^(?=[^:]{{3,253}}(:|\Z)){_LABEL}(\.{_LABEL})*\.(?![0-9]+(:|\Z)){_LABEL}(:[0-9]{{1,5}})?\Z",
    re.ASCII,
)
_TOKEN = re.compile(r"^[A-Za-z0-9._+=-]*\Z", re.ASCII)
_OID = re.compile(r"^([0-9]{1,10}(\.[0-9]{1,10}){1,31})?\Z", re.ASCII)
_EXTRA = re.compile(r"^[A-Za-z0-9._+=-]{0,64}\Z", re.ASCII)
_FLAGS = {"": False, "0": False, "1": True}


class ActivationCodeError(ValueError):
    """The text is not a usable SGP.22 activation code."""


@dataclass(frozen=True, slots=True)
class ActivationCode:
    """A parsed activation code. ``text`` is the exact string to encode in the QR."""

    text: str
    smdp_address: str
    matching_id: str
    oid: str | None = None
    confirmation_code_required: bool = False

    @classmethod
    def parse(cls, text: object) -> ActivationCode:
        if not isinstance(text, str):
            raise ActivationCodeError("activation code must be text")
        if len(text) > MAX_TEXT * 2:
            raise ActivationCodeError("activation code is too long")
        raw = text.strip()
        if len(raw) > MAX_TEXT:
            raise ActivationCodeError("activation code is too long")
        if not raw.isascii() or not raw.isprintable() or " " in raw:
            raise ActivationCodeError("activation code contains spaces or control characters")
        if raw[:4].upper() == _PREFIX:
            body = raw[4:]
        elif raw.startswith("1$"):
            body, raw = raw, _PREFIX + raw  # the bare SGP.22 form; phones scan it prefixed
        else:
            raise ActivationCodeError("activation code must start with 'LPA:' or '1$'")
        fields = body.split("$")
        if fields[0] != "1":
            raise ActivationCodeError(f"unsupported activation code format {fields[0][:8]!r}")
        if len(fields) < 3:
            raise ActivationCodeError("activation code needs an SM-DP+ address and a matching id")
        smdp, matching_id = fields[1], fields[2]
        if not _HOST.match(smdp) or _bad_port(smdp):
            raise ActivationCodeError(f"not an SM-DP+ host: {smdp[:80]!r}")
        if len(matching_id) > MAX_MATCHING_ID or not _TOKEN.match(matching_id):
            raise ActivationCodeError("the matching id has characters a phone cannot use")
        # An empty OID ("$$1") is legal and must be kept so the flag stays in its place.
        oid = fields[3] if len(fields) > 3 else None
        if oid is not None and not _OID.match(oid):
            raise ActivationCodeError("the SM-DP+ OID is not dotted decimal")
        flag = fields[4] if len(fields) > 4 else ""
        if flag not in _FLAGS:
            raise ActivationCodeError(f"confirmation-code flag must be '0' or '1', not {flag!r}")
        if not all(_EXTRA.match(extra) for extra in fields[5:]):
            raise ActivationCodeError("activation code has unreadable extra fields")
        return cls(
            text=raw,
            smdp_address=smdp,
            matching_id=matching_id,
            oid=oid,
            confirmation_code_required=_FLAGS[flag],
        )

    @property
    def apple_install_url(self) -> str:
        """The iPhone (iOS 17.4+) universal link that installs this eSIM."""
        return apple_install_url(self.text)

    def __str__(self) -> str:
        return self.text


def _bad_port(host: str) -> bool:
    _, colon, port = host.partition(":")
    return bool(colon) and not 1 <= int(port) <= 65535


def is_activation_code(text: object) -> bool:
    try:
        ActivationCode.parse(text)
    except ActivationCodeError:
        return False
    return True


def apple_install_url(lpa: str) -> str:
    return APPLE_INSTALL_PREFIX + quote(lpa, safe="")
