"""Issue 17: the providers' install words read from the documented examples, and the use
case that journals an install (app/installs.py) with a stand-in provider and journal."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from app.core.errors import InvalidResponseError, OrderRejectedError, ProviderUnavailableError
from app.core.install import InstallState, Phase, poll_interval
from app.core.orders import Esim, Order, OrderStatus
from app.installs import can_email, check_installs, send_by_email
from app.providers import esimfly_install, octopus_install
from tests.journal.factories import esimfly_plan, octopus_plan

ICCID = "8948010010036785060"
# esimfly-newer/api-esim-status.md, the success example.
ESIMFLY_ACTIVE = {
    "success": True,
    "data": {
        "iccid": ICCID,
        "status": "ACTIVE",
        "esim_status": "Active",
        "smdp_status": "AFFECTED",
        "last_network": {"operator": "Optus", "connection_type": "4G - LTE"},
        "device": {"model": "GTF7P", "imei": "357281834140498"},
        "activation_date": "2026-06-26T14:34:40.000Z",
        "expiry_date": "2026-07-26T14:34:40.000Z",
    },
}
# octopus-cards-esim-api.md §6 and §7: the created order and a listed, installed one.
OCTOPUS_NEW = {
    "id": 9302481,
    "status": "DELIVERED",
    "activation_code": "LPA:1$rsp.example.com$ACTIVATION-TOKEN-XYZ",
    "iccid": "8910300000123456789",
    "activation_status": "NOT_INSTALLED",
    "is_installed": False,
    "created_at": "2026-05-15T14:30:00Z",
}
OCTOPUS_INSTALLED = {
    "id": 9302481,
    "status": "DELIVERED",
    "iccid": "8910300000123456789",
    "activation_status": "ACTIVE",
    "is_installed": True,
    "installed_at": "2026-05-15T18:42:11Z",
    "activated_at": "2026-05-15T19:01:08Z",
}


def test_esimfly_documented_example_is_installed_at_its_activation_date() -> None:
    state = esimfly_install.install_from(ESIMFLY_ACTIVE, ICCID)
    assert state == InstallState(
        ICCID, True, datetime(2026, 6, 26, 14, 34, 40, tzinfo=UTC), Phase.ACTIVE, "ACTIVE"
    )


@pytest.mark.parametrize(
    ("changes", "installed", "phase"),
    [
        ({"status": "NEW", "smdp_status": "RELEASED", "activation_date": None}, False,
         Phase.NOT_INSTALLED),
        # Downloaded but not on a network yet: the SM-DP+ says so before the lifecycle.
        ({"status": "NEW", "smdp_status": "DOWNLOADED", "activation_date": None}, True,
         Phase.INSTALLED),
        ({"status": "DEPLETED"}, True, Phase.USED_UP),
        ({"status": "CANCELLED", "activation_date": None}, False, Phase.CANCELLED),
        ({"status": "SOMETHING_NEW", "activation_date": None, "smdp_status": None}, False,
         Phase.OTHER),
    ],
)  # fmt: skip
def test_esimfly_words(changes: dict[str, Any], installed: bool, phase: Phase) -> None:
    body = {"success": True, "data": {**ESIMFLY_ACTIVE["data"], **changes}}  # type: ignore[dict-item]
    state = esimfly_install.install_from(body, ICCID)
    assert (state.installed, state.phase) == (installed, phase)


def test_esimfly_answer_about_another_esim_is_refused() -> None:
    with pytest.raises(InvalidResponseError):
        esimfly_install.install_from(ESIMFLY_ACTIVE, "8910300000123456789")


@pytest.mark.parametrize("wrap", [False, True])
def test_octopus_detail_bare_or_wrapped(wrap: bool) -> None:
    for body, installed in ((OCTOPUS_NEW, False), (OCTOPUS_INSTALLED, True)):
        state = octopus_install.install_from({"data": body} if wrap else body, "9302481")
        assert state.installed is installed
        assert state.iccid == "8910300000123456789"
    state = octopus_install.install_from(OCTOPUS_INSTALLED, "9302481")
    assert state.installed_at == datetime(2026, 5, 15, 18, 42, 11, tzinfo=UTC)
    assert state.phase is Phase.ACTIVE


def test_octopus_flag_alone_counts_and_omitted_time_is_accepted() -> None:
    body = {**OCTOPUS_NEW, "is_installed": True}
    state = octopus_install.install_from(body, "9302481")
    assert state.installed and state.installed_at is None and state.phase is Phase.INSTALLED


@pytest.mark.parametrize(
    "body",
    [
        {**OCTOPUS_INSTALLED, "id": 1},  # another order
        {**OCTOPUS_INSTALLED, "is_installed": "yes"},
        {**OCTOPUS_INSTALLED, "installed_at": "yesterday"},
        {**OCTOPUS_INSTALLED, "activation_status": "ACT IVE"},
        [OCTOPUS_INSTALLED],
    ],
)
def test_octopus_garbage_is_refused(body: Any) -> None:
    with pytest.raises(InvalidResponseError):
        octopus_install.install_from(body, "9302481")


def test_an_error_echoing_the_address_is_masked() -> None:
    error = OrderRejectedError("Octopus Cards refused: Bad Email Someone@Example.com")
    masked = octopus_install.without_address(error, "someone@example.com")
    assert masked.message == "Octopus Cards refused: Bad Email s***@e***.com"
    assert "example.com" not in str(masked).lower()


def test_the_cadence_is_octopus_s() -> None:
    assert poll_interval(0) == 30.0
    assert poll_interval(9 * 60) == 30.0
    assert poll_interval(11 * 60) == 300.0
    assert poll_interval(2 * 3600) is None


class _Provider:
    def __init__(self, answers: list[Any]) -> None:
        self.answers = answers
        self.asked: list[tuple[str | None, str | None]] = []
        self.emails: list[tuple[str, str]] = []

    def install_state(self, *, order_id: str | None, iccid: str | None) -> InstallState:
        self.asked.append((order_id, iccid))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer  # type: ignore[no-any-return]

    def send_notification_email(self, order_id: str, address: str) -> None:
        self.emails.append((order_id, address))


class _Journal:
    def __init__(self) -> None:
        self.installs: dict[str, datetime] = {}
        self.emails: list[tuple[str, str]] = []

    def record_installed(self, reference: str, iccid: str, at: datetime) -> datetime:
        return self.installs.setdefault(iccid, at)

    def record_email(self, reference: str, address: str, at: datetime, clerk: str) -> None:
        self.emails.append((reference, address))


class _Counter:
    def __init__(self, provider: _Provider, plan_provider: Any) -> None:
        self.providers = {plan_provider: provider}
        self.journal = _Journal()


def _order(plan: Any, *iccids: str) -> Order:
    order = Order(plan=plan, quantity=len(iccids))
    order.status = OrderStatus.DELIVERED
    order.provider_order_id = "9302481"
    order.esims = tuple(Esim(i) for i in iccids)
    return order


def test_check_installs_journals_what_is_installed_and_keeps_going_past_no_answer() -> None:
    plan = esimfly_plan()
    when = datetime(2026, 6, 26, 14, 34, 40, tzinfo=UTC)
    provider = _Provider(
        [
            ProviderUnavailableError(provider="eSIMfly"),
            InstallState("8900000000000000002", True, when, Phase.ACTIVE, "ACTIVE"),
            InstallState("8900000000000000003", False, None, Phase.NOT_INSTALLED, "NEW"),
        ]
    )
    counter = _Counter(provider, plan.provider)
    iccids = ["8900000000000000001", "8900000000000000002", "8900000000000000003"]
    order = _order(plan, *iccids)
    results = check_installs(counter, order, iccids)  # type: ignore[arg-type]
    assert [r.iccid for r in results] == iccids
    assert results[0].error is not None and not results[0].installed
    assert results[1].installed_at == when
    assert not results[2].installed and results[2].error is None
    assert counter.journal.installs == {"8900000000000000002": when}
    assert [iccid for _, iccid in provider.asked] == iccids


def test_send_by_email_is_octopus_only_and_checks_the_address_first() -> None:
    from app.core.email import EmailAddressError

    octopus = _order(octopus_plan(), "8910300000123456789")
    esimfly = _order(esimfly_plan(), "8900000000000000001")
    assert can_email(octopus) and not can_email(esimfly)
    provider = _Provider([])
    counter = _Counter(provider, octopus.plan.provider)
    with pytest.raises(EmailAddressError):
        send_by_email(counter, octopus, "nobody@nowhere")  # type: ignore[arg-type]
    assert provider.emails == [] and counter.journal.emails == []
    sent = send_by_email(counter, octopus, " A@Example.com ")  # type: ignore[arg-type]
    assert sent == "A@example.com"
    assert provider.emails == [("9302481", "A@example.com")]
    assert counter.journal.emails == [(octopus.reference, "A@example.com")]
    with pytest.raises(ValueError):
        send_by_email(counter, esimfly, "a@example.com")  # type: ignore[arg-type]
