"""Issue 17 against hostile answers, over real HTTP: the install state of both providers
and Octopus's notification e-mail. Only CounterErrors leave; an install state that comes
back is consistent; no error message carries the traveller's address in full."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import CounterError
from app.core.install import InstallState, Phase

from .hostile import GOOD_ICCIDS, OCTOPUS_ORDER, count, field, junk, obj
from .http_server import (
    EACH,
    FLY,
    LOGIN,
    OCTO,
    Answer,
    answer,
    esimfly,
    esimfly_error_body,
    octopus,
    octopus_error_body,
    outcome_of,
)

ASKED = GOOD_ICCIDS[0]
TIME = field(st.sampled_from(["2026-06-26T14:34:40.000Z", "2026-05-15T18:42:11Z", None]))
OCTOPUS_DETAIL = OCTOPUS_ORDER.map(lambda o: {**o, "id": 9302481}).flatmap(
    lambda o: obj({"installed_at": TIME}).map(lambda extra: {**o, **extra})
)
ESIMFLY_STATUS = obj(
    {
        "iccid": field(st.sampled_from([ASKED, GOOD_ICCIDS[1]])),
        "status": field(st.sampled_from(["NEW", "ACTIVE", "EXPIRED", "DEPLETED", "CANCELLED"])),
        "smdp_status": field(st.sampled_from(["RELEASED", "AFFECTED", "DOWNLOADED", "ENABLED"])),
        "activation_date": TIME,
        "device": field(obj({"model": field(st.just("GTF7P"))})),
        "last_network": field(obj({"operator": field(st.just("Optus"))})),
    }
)
ADDRESS = "traveller.marker@example-mail.com"


def _consistent(state: InstallState) -> None:
    assert isinstance(state, InstallState)
    assert state.iccid is None or state.iccid.isdigit()
    assert state.installed_at is None or state.installed_at.tzinfo is not None
    if state.installed:
        assert state.phase in (Phase.INSTALLED, Phase.ACTIVE, Phase.EXPIRED, Phase.USED_UP)
    else:
        assert state.installed_at is None
        assert state.phase in (Phase.NOT_INSTALLED, Phase.CANCELLED, Phase.OTHER)


@EACH
@given(
    reply=answer(
        st.one_of(
            OCTOPUS_DETAIL, OCTOPUS_DETAIL.map(lambda o: {"data": o}), junk(), octopus_error_body()
        )
    )
)
def test_octopus_install_state(server: Any, client: httpx.Client, reply: Answer) -> None:
    count("OctopusProvider.install_state over HTTP")
    url, script = server
    script.set({("POST", "/auth/login"): LOGIN, ("GET", f"{OCTO}/orders/9302481"): reply})
    outcome = outcome_of(lambda: octopus(client, url).install_state(order_id="9302481", iccid=None))
    if not isinstance(outcome, CounterError):
        _consistent(outcome)


@EACH
@given(
    reply=answer(
        st.one_of(
            ESIMFLY_STATUS.map(lambda d: {"success": True, "data": d}),
            obj({"success": st.just(True), "data": junk()}),
            esimfly_error_body(),
            junk(),
        )
    )
)
def test_esimfly_install_state(server: Any, client: httpx.Client, reply: Answer) -> None:
    count("EsimflyProvider.install_state over HTTP")
    url, script = server
    script.set({("POST", f"{FLY}/esims/status"): reply})
    outcome = outcome_of(lambda: esimfly(client, url).install_state(order_id=None, iccid=ASKED))
    if not isinstance(outcome, CounterError):
        _consistent(outcome)
        assert outcome.iccid == ASKED  # another eSIM's answer is never taken for this one


ECHO = st.sampled_from([ADDRESS, ADDRESS.upper(), f"Invalid email: {ADDRESS}"])


@EACH
@given(
    reply=answer(
        st.one_of(
            OCTOPUS_ORDER,
            junk(),
            octopus_error_body(),
            obj({"code": junk(), "message": ECHO}).map(lambda e: {"error": e}),
        )
    )
)
def test_octopus_notification_email(server: Any, client: httpx.Client, reply: Answer) -> None:
    count("OctopusProvider.send_notification_email over HTTP")
    url, script = server
    script.set(
        {
            ("POST", "/auth/login"): LOGIN,
            ("PATCH", f"{OCTO}/orders/9302481/notification-email"): reply,
        }
    )
    outcome = outcome_of(lambda: octopus(client, url).send_notification_email("9302481", ADDRESS))
    if isinstance(outcome, CounterError):
        assert ADDRESS not in outcome.message.lower()
        assert ADDRESS not in str(outcome).lower()
    else:
        assert outcome is None
