"""Secrets never show up in text, and never leave the process by pickling."""

from __future__ import annotations

import copy
import logging
import pickle
import traceback

import pytest

from app.core.secret import Secret

VALUE = "hunter2-Sup3rS3cret"


@pytest.mark.parametrize(
    "render",
    [
        repr,
        str,
        lambda s: f"{s}",
        lambda s: f"{s!r}",
        lambda s: f"{s!s}",
        lambda s: f"{s=}",
        lambda s: "%r" % (s,),  # noqa: UP031
        lambda s: "%s" % (s,),  # noqa: UP031
        lambda s: "{}".format(s),  # noqa: UP032
        lambda s: format(s),
        lambda s: repr([s]),
        lambda s: str({"secret_key": s}),
        lambda s: str((s,)),
        lambda s: str(ValueError(s)),
        lambda s: repr(ValueError(s)),
    ],
    ids=[
        "repr",
        "str",
        "f",
        "f!r",
        "f!s",
        "f=",
        "%r",
        "%s",
        "format-method",
        "format",
        "in-list",
        "in-dict",
        "in-tuple",
        "exception-str",
        "exception-repr",
    ],
)
def test_secret_value_never_appears_in_text(render) -> None:
    secret = Secret(VALUE)
    text = render(secret)
    assert VALUE not in text
    assert "***" in text


def test_repr_is_the_mask() -> None:
    assert repr(Secret(VALUE)) == "Secret('***')"
    assert str(Secret(VALUE)) == "Secret('***')"


def test_secret_value_never_appears_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.secret")
    with caplog.at_level(logging.DEBUG, logger="test.secret"):
        logger.warning("signing with %s / %r", Secret(VALUE), Secret(VALUE))
    assert caplog.records
    assert VALUE not in caplog.text


def test_secret_value_never_appears_in_a_traceback() -> None:
    def sign(secret: Secret) -> None:
        raise RuntimeError(f"bad key {secret}")

    try:
        sign(Secret(VALUE))
    except RuntimeError as exc:
        text = "".join(traceback.format_exception(exc))
    assert VALUE not in text
    assert "Secret('***')" in text


def test_reveal_returns_the_value() -> None:
    assert Secret(VALUE).reveal() == VALUE


def test_wrapping_a_secret_does_not_nest() -> None:
    assert Secret(Secret(VALUE)).reveal() == VALUE  # type: ignore[arg-type]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickling_is_refused(protocol: int) -> None:
    with pytest.raises(TypeError, match="not pickled"):
        pickle.dumps(Secret(VALUE), protocol=protocol)


def test_pickling_inside_a_container_is_refused() -> None:
    with pytest.raises(TypeError):
        pickle.dumps({"settings": [Secret(VALUE)]})


@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy])
def test_copying_goes_through_the_same_refusal(duplicate) -> None:
    # copy uses the pickle protocol; a copied secret would escape the refusal.
    with pytest.raises(TypeError):
        duplicate(Secret(VALUE))


def test_no_instance_dict_to_leak_through_vars() -> None:
    with pytest.raises(TypeError):
        vars(Secret(VALUE))


def test_equality() -> None:
    assert Secret(VALUE) == Secret(VALUE)
    assert Secret(VALUE) != Secret(VALUE + "x")
    assert Secret("") == Secret("")
    assert hash(Secret(VALUE)) == hash(Secret(VALUE))
    assert len({Secret(VALUE), Secret(VALUE)}) == 1


def test_a_secret_is_not_equal_to_its_plain_text() -> None:
    assert Secret(VALUE) != VALUE
    assert VALUE != Secret(VALUE)  # noqa: SIM300 (the reflected comparison)


def test_truthiness() -> None:
    assert Secret(VALUE)
    assert not Secret("")
