"""The eSIM lookup (issue 17) over real HTTP against hostile answers: only CounterErrors
leave, nothing reaches the safety net, and whatever is shown is sane (exact byte counts,
bounded text, aware times, the ICCID asked about)."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from app.core.errors import CounterError
from app.core.lookup import EsimLookup, EsimState

from .hostile import GOOD_ICCIDS, count, field, junk, obj
from .http_server import EACH, LOGIN, OCTO, Answer, answer, as_json, esimfly, octopus, ok

ICCID = GOOD_ICCIDS[0]
FLY = "/api/v1/business"
MB = field(st.sampled_from([0, 256, 1024, Decimal("256.0"), Decimal("0.5"), -1, 10**12]))
DATA = obj(
    {
        "total_mb": MB,
        "used_mb": MB,
        "remaining_mb": MB,
        "is_unlimited": field(st.booleans()),
    }
)
VALIDITY = obj(
    {
        "activated_at": field(st.sampled_from(["2026-06-26T14:34:40Z", "garbage"])),
        "expires_at": field(st.just("2026-07-03T14:34:40Z")),
    }
)
STATUSES = st.sampled_from(["NEW", "ACTIVE", "EXPIRED", "DEPLETED", "weird", ""])
ROW = obj(
    {
        "iccid": field(st.sampled_from([ICCID, GOOD_ICCIDS[1]])),
        "status": field(STATUSES),
        "package_name": junk(),
        "package_code": field(st.sampled_from(["TR1GB7D", "x y"])),
        "countries": field(st.sampled_from([["Turkey"], [], "Turkey"])),
        "data": field(DATA),
        "validity": field(VALIDITY),
    }
)
LIST = obj({"success": st.just(True), "data": obj({"esims": field(st.lists(ROW, max_size=3))})})
USAGE = obj(
    {
        "success": st.just(True),
        "data": obj(
            {
                "esim": field(
                    obj(
                        {
                            "iccid": field(st.just(ICCID)),
                            "order_id": junk(),
                            "status": field(STATUSES),
                        }
                    )
                ),
                "data": field(DATA),
                "validity": field(VALIDITY),
            }
        ),
    }
)
STATUS = obj(
    {
        "success": st.just(True),
        "data": obj(
            {
                "iccid": field(st.just(ICCID)),
                "status": field(STATUSES),
                "last_network": field(obj({"operator": junk(), "connection_type": junk()})),
                "device": field(obj({"model": junk()})),
                "data_usage": field(
                    obj(
                        {
                            "used_gb": field(st.sampled_from([0, Decimal("0.25"), "1", -2])),
                            "total_gb": field(st.sampled_from([1, None, Decimal("1e9")])),
                            "unlimited": field(st.booleans()),
                        }
                    )
                ),
            }
        ),
    }
)
PACKAGES = obj(
    {
        "success": st.just(True),
        "data": obj(
            {
                "packages": field(
                    st.lists(
                        obj(
                            {
                                "package_code": field(st.just("TR1GB7D")),
                                "features": field(obj({"is_rechargeable": junk()})),
                            }
                        ),
                        max_size=2,
                    )
                )
            }
        ),
    }
)


# Each read: often a clean 200 with the eSIM asked about (so the later reads and the merge
# run), else anything hostile.
GOOD_ROW = st.fixed_dictionaries(
    {"iccid": st.just(ICCID), "status": STATUSES, "package_code": st.just("TR1GB7D")},
    optional={"countries": st.just(["Turkey"]), "data": DATA, "validity": VALIDITY},
)
FOUND = st.builds(lambda row: {"success": True, "data": {"esims": [row]}}, GOOD_ROW)


def mostly_ok(good: st.SearchStrategy[Any], hostile: st.SearchStrategy[Any]) -> Any:
    return st.one_of(good.map(ok), good.map(ok), answer(st.one_of(hostile, junk())))


@pytest.fixture(autouse=True)
def _no_net(caplog: pytest.LogCaptureFixture) -> Any:
    """Every hostile answer is refused by a check, never by the last-resort net."""
    with caplog.at_level(logging.WARNING, logger="app.providers.base"):
        yield
    assert not [r for r in caplog.records if r.name == "app.providers.base"]


def check(outcome: Any) -> None:
    if outcome is None:
        return
    assert isinstance(outcome, EsimLookup), repr(outcome)
    assert outcome.iccid == ICCID
    assert isinstance(outcome.state, EsimState)
    for figure in (outcome.total_bytes, outcome.used_bytes, outcome.left_bytes, outcome.data_left):
        assert figure is None or (type(figure) is int and figure >= 0)
    for text in (outcome.plan_name, outcome.network, outcome.device_model, outcome.connection_type):
        assert text is None or (len(text) <= 120 and text.isprintable())
    for moment in (outcome.activated_at, outcome.expires_at, outcome.installed_at):
        assert moment is None or moment.tzinfo is not None


def outcome_of(call: Any) -> Any:
    try:
        return call()
    except CounterError as exc:
        return exc


@EACH
@given(
    listed=mostly_ok(FOUND, LIST),
    usage=mostly_ok(USAGE, USAGE),
    status=mostly_ok(STATUS, STATUS),
    packages=mostly_ok(PACKAGES, PACKAGES),
)
def test_esimfly_lookup(
    server: Any,
    client: httpx.Client,
    listed: Answer,
    usage: Answer,
    status: Answer,
    packages: Answer,
) -> None:
    count("EsimflyProvider.lookup_esim over HTTP")
    url, script = server
    script.set(
        {
            ("GET", f"{FLY}/esims"): listed,
            ("GET", f"{FLY}/esims/usage/query"): usage,
            ("POST", f"{FLY}/esims/status"): status,
            ("GET", f"{FLY}/esims/packages"): packages,
        }
    )
    outcome = outcome_of(lambda: esimfly(client, url).lookup_esim(ICCID))
    event(type(outcome).__name__)
    if not isinstance(outcome, CounterError):
        check(outcome)


ORDER = obj(
    {
        "id": field(st.sampled_from([9302481, "9302481", -1])),
        "status": field(st.sampled_from(["DELIVERED", "CANCELLED", "odd"])),
        "iccid": field(st.sampled_from([ICCID, GOOD_ICCIDS[1]])),
        "activation_status": field(st.sampled_from(["NOT_INSTALLED", "ACTIVE", "EXPIRED", "?"])),
        "is_installed": field(st.booleans()),
        "installed_at": field(st.sampled_from(["2026-05-15T18:42:11Z", "yesterday"])),
        "activated_at": field(st.sampled_from(["2026-05-15T19:01:08Z", 5])),
        "validity_days": field(st.sampled_from([7, 0, "7", 10**9])),
        "data_amount_gb": field(st.sampled_from([1, Decimal("0.5"), 0, -1])),
        "product_name": junk(),
    }
)


GOOD_ORDER = st.fixed_dictionaries(
    {
        "id": st.just(9302481),
        "status": st.sampled_from(["DELIVERED", "CANCELLED"]),
        "iccid": st.just(ICCID),
    },
    optional={
        "activation_status": st.sampled_from(["NOT_INSTALLED", "ACTIVE", "EXPIRED", "?"]),
        "is_installed": st.booleans(),
        "installed_at": st.just("2026-05-15T18:42:11Z"),
        "activated_at": st.just("2026-05-15T19:01:08Z"),
        "validity_days": st.just(7),
        "data_amount_gb": st.sampled_from([1, Decimal("0.5"), 0]),
    },
)


@EACH
@given(
    detail=mostly_ok(st.one_of(GOOD_ORDER, GOOD_ORDER.map(lambda o: {"data": o})), ORDER),
    rows=mostly_ok(st.lists(GOOD_ORDER, max_size=3), st.lists(ORDER, max_size=3)),
    known=st.booleans(),
)
def test_octopus_lookup(
    server: Any, client: httpx.Client, detail: Answer, rows: Answer, known: bool
) -> None:
    count("OctopusProvider.lookup_esim over HTTP")
    url, script = server
    script.set(
        {
            ("POST", "/auth/login"): LOGIN,
            ("GET", f"{OCTO}/orders"): rows,
            ("GET", f"{OCTO}/orders/9302481"): detail,
        }
    )
    order_id = "9302481" if known else None
    outcome = outcome_of(lambda: octopus(client, url).lookup_esim(ICCID, order_id))
    event(type(outcome).__name__)
    if not isinstance(outcome, CounterError):
        check(outcome)


def test_a_good_answer_reads_exactly(server: Any, client: httpx.Client) -> None:
    """The hostile strategies include the valid path; here it is, figure by figure."""
    url, script = server
    row = {"iccid": ICCID, "status": "ACTIVE", "package_code": "TR1GB7D", "countries": ["Turkey"]}
    usage = {
        "esim": {"iccid": ICCID, "order_id": "ESF_1", "status": "ACTIVE"},
        "data": {"total_mb": 1024, "used_mb": 256, "remaining_mb": 768, "is_unlimited": False},
        "validity": {"activated_at": "2026-06-26T14:34:40Z", "expires_at": "2026-07-03T14:34:40Z"},
    }
    live = {
        "iccid": ICCID,
        "status": "ACTIVE",
        "last_network": {"operator": "Optus", "connection_type": "4G - LTE"},
        "device": {"model": "GTF7P"},
        "data_usage": {"used_gb": 0, "total_gb": 1, "unlimited": False},
    }
    packages = {"packages": [{"package_code": "TR1GB7D", "features": {"is_rechargeable": True}}]}
    script.set(
        {
            ("GET", f"{FLY}/esims"): Answer(
                200, as_json({"success": True, "data": {"esims": [row]}})
            ),
            ("GET", f"{FLY}/esims/usage/query"): Answer(
                200, as_json({"success": True, "data": usage})
            ),
            ("POST", f"{FLY}/esims/status"): Answer(200, as_json({"success": True, "data": live})),
            ("GET", f"{FLY}/esims/packages"): Answer(
                200, as_json({"success": True, "data": packages})
            ),
        }
    )
    found = esimfly(client, url).lookup_esim(ICCID)
    assert found is not None
    # The whole megabytes of the usage query, not the live status's rounded 0 GB.
    assert found.used_bytes == 256 * 1024**2 and found.data_left == 768 * 1024**2
    assert found.state is EsimState.ACTIVE and found.order_id == "ESF_1"
    assert (found.network, found.connection_type, found.device_model) == (
        "Optus",
        "4G - LTE",
        "GTF7P",
    )
    assert found.rechargeable and found.incomplete == ()
