"""A traveller's e-mail address: checked before it is sent, masked before it is logged.

No e-mail library is a dependency, so this is a careful small check of what a clerk types
(RFC 5321 sizes, a dot-atom local part, a host name of LDH labels with a letter TLD, or
an internationalised domain that IDNA accepts). It refuses what would bounce for sure; it
cannot know whether the mailbox exists.
"""

from __future__ import annotations

import re

MAX_ADDRESS = 254  # RFC 5321 path limit less the brackets; Octopus's voucher limit too
MAX_LOCAL = 64
MAX_LABEL = 63
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\Z")
_TLD = re.compile(r"^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})\Z")


class EmailAddressError(ValueError):
    """The address cannot be used. ``kind`` says which part is wrong (the UI words its
    own sentence from it): empty, spaces, at, local, domain or length; ``reason`` says
    it in English for the log (never the address itself)."""

    def __init__(self, kind: str, reason: str) -> None:
        self.kind = kind
        self.reason = reason
        super().__init__(reason)


def _ascii_domain(domain: str) -> str:
    if domain.isascii():
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise EmailAddressError("domain", "the part after @ is not a valid domain name") from exc


def normalise(text: str) -> str:
    """The address to send, with outer spaces gone and the domain in lower case; raises
    :class:`EmailAddressError` if it cannot be a deliverable address."""
    address = text.strip()
    if not address:
        raise EmailAddressError("empty", "no address was given")
    if any(ch.isspace() for ch in address) or not address.isprintable():
        raise EmailAddressError("spaces", "an address has no spaces or invisible characters")
    if address.count("@") != 1:
        raise EmailAddressError("at", "an address has exactly one @")
    local, domain = address.split("@")
    if not local or not domain:
        raise EmailAddressError("at", "an address has text on both sides of @")
    if len(local) > MAX_LOCAL:
        raise EmailAddressError("length", f"the part before @ is at most {MAX_LOCAL} characters")
    if not _LOCAL.match(local):
        raise EmailAddressError("local", "the part before @ has characters an address cannot have")
    domain = _ascii_domain(domain.rstrip(".")).lower()
    labels = domain.split(".")
    if len(labels) < 2 or not all(
        len(label) <= MAX_LABEL and _LABEL.match(label) for label in labels
    ):
        raise EmailAddressError("domain", "the part after @ is not a domain name like example.com")
    if not _TLD.match(labels[-1]):
        raise EmailAddressError("domain", "the domain does not end in a real top-level domain")
    address = f"{local}@{domain}"
    if len(address) > MAX_ADDRESS:
        raise EmailAddressError("length", f"an address is at most {MAX_ADDRESS} characters")
    return address


def is_valid(text: str) -> bool:
    try:
        normalise(text)
    except EmailAddressError:
        return False
    return True


def mask(address: str) -> str:
    """What the log may hold: ``t***@e***.com`` (first letter of the mailbox and of the
    domain, and the top-level domain). Anything unparseable becomes ``***``."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    host, dot, tld = domain.rpartition(".")
    if not dot or not host:
        return f"{local[0]}***@***"
    tld_shown = tld if tld.isascii() and tld.isalpha() and len(tld) <= 6 else "***"
    return f"{local[0]}***@{host[0]}***.{tld_shown}"
