"""SGP.22 activation codes (``LPA:1$smdp$matching-id[$oid[$flag]]``) and install links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

APPLE_INSTALL_PREFIX = "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata="

# A DNS name (optionally with a port). SM-DP+ addresses are hostnames, never URLs.
_HOST = re.compile(
    r"^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*(:\d{1,5})?$"
)
_PRINTABLE = re.compile(r"^[\x21-\x7e]*$")


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
    def parse(cls, text: str) -> ActivationCode:
        if not isinstance(text, str):
            raise ActivationCodeError("activation code must be text")
        raw = text.strip()
        if raw[:4].upper() != "LPA:":
            raise ActivationCodeError("activation code must start with 'LPA:'")
        fields = raw[4:].split("$")
        if fields[0] != "1":
            raise ActivationCodeError(f"unsupported activation code format {fields[0]!r}")
        if len(fields) < 3:
            raise ActivationCodeError("activation code needs an SM-DP+ address and a matching id")
        smdp, matching_id = fields[1], fields[2]
        if not smdp or not _HOST.match(smdp):
            raise ActivationCodeError(f"not an SM-DP+ host: {smdp!r}")
        for field in fields[1:]:
            if not _PRINTABLE.match(field):
                raise ActivationCodeError("activation code contains spaces or control characters")
        # An empty OID ("$$1") is legal and must be kept so the flag stays in its place.
        oid = fields[3] if len(fields) > 3 else None
        flag = fields[4] if len(fields) > 4 else ""
        if flag not in ("", "1"):
            raise ActivationCodeError(f"confirmation-code flag must be '1', not {flag!r}")
        return cls(
            text=raw,
            smdp_address=smdp,
            matching_id=matching_id,
            oid=oid,
            confirmation_code_required=flag == "1",
        )

    @property
    def apple_install_url(self) -> str:
        """The iPhone (iOS 17.4+) universal link that installs this eSIM."""
        return apple_install_url(self.text)

    def __str__(self) -> str:
        return self.text


def apple_install_url(lpa: str) -> str:
    return APPLE_INSTALL_PREFIX + quote(lpa, safe="")
