"""The traveller's e-mail address (issue 17): what is refused before sending, and the
masked form the log may hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.email import MAX_ADDRESS, EmailAddressError, is_valid, mask, normalise


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("t@e.com", "t@e.com"),
        ("  Tom.Smith+trip@Example.COM ", "Tom.Smith+trip@example.com"),
        ("o'neil@mail.co.uk", "o'neil@mail.co.uk"),
        ("a@b.museum", "a@b.museum"),
        ("x@sub.domain-with-dash.io", "x@sub.domain-with-dash.io"),
        ("a@müller.de", "a@xn--mller-kva.de"),  # an internationalised domain, as sent
        ("a@example.com.", "a@example.com"),
    ],
)
def test_addresses_a_mail_server_takes(typed: str, sent: str) -> None:
    assert normalise(typed) == sent
    assert is_valid(typed)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("a b@c.com", "spaces"),
        ("a@c.com\u200b", "spaces"),  # an invisible character pasted along
        ("abc.com", "at"),
        ("a@@c.com", "at"),
        ("a@b@c.com", "at"),
        ("@c.com", "at"),
        ("a@", "at"),
        (".a@c.com", "local"),
        ("a..b@c.com", "local"),
        ("a(b)@c.com", "local"),
        ("a@c", "domain"),
        ("a@-c.com", "domain"),
        ("a@c-.com", "domain"),
        ("a@c..com", "domain"),
        ("a@c.c", "domain"),
        ("a@c.123", "domain"),
        ("a@[127.0.0.1]", "domain"),
        ("a" * 65 + "@c.com", "length"),
        ("a@" + "b" * 64 + ".com", "domain"),
        ("a@" + ".".join(["b" * 60] * 5) + ".com", "length"),
    ],
)
def test_addresses_refused_before_sending(typed: str, kind: str) -> None:
    with pytest.raises(EmailAddressError) as caught:
        normalise(typed)
    assert caught.value.kind == kind
    assert not is_valid(typed)


def test_the_reason_never_repeats_the_address() -> None:
    with pytest.raises(EmailAddressError) as caught:
        normalise("secret.person@nowhere")
    assert "secret" not in str(caught.value) and "nowhere" not in str(caught.value)


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("traveller@example.com", "t***@e***.com"),
        ("Tom.Smith+trip@example.co.uk", "T***@e***.uk"),
        ("a@b.io", "a***@b***.io"),
        ("nodot@localhost", "n***@***"),
        ("garbage", "***"),
        ("", "***"),
    ],
)
def test_mask(address: str, masked: str) -> None:
    assert mask(address) == masked


@given(st.emails())
def test_whatever_is_valid_masks_to_two_letters_and_the_tld(address: str) -> None:
    if not is_valid(address):
        return
    sent = normalise(address)
    assert len(sent) <= MAX_ADDRESS
    masked = mask(sent)
    local, _, domain = sent.rpartition("@")
    # One character of the mailbox and one of the domain's name, and the TLD: no more.
    assert masked.startswith(f"{local[0]}***@{domain[0]}***.")
    assert len(masked) <= len(f"{local[0]}***@{domain[0]}***.") + 6
