"""Looking an eSIM up at each provider, against the sandbox (issue 17): a used eSIM
shows the right data left and expiry; not installed, expired and used up read as such."""

from __future__ import annotations

from datetime import timedelta

from app.core.lookup import MB, EsimState
from app.core.plans import ProviderId
from app.providers.esimfly import EsimflyProvider
from app.providers.octopus import OctopusProvider
from app.sandbox import Fault, Sandbox
from tests.lookup.conftest import octopus_plan, sell, turkey_1gb

UNKNOWN_ICCID = "8932042000010078801"


def test_a_used_esimfly_esim(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    result, iccid = sell(fly, turkey_1gb(fly))
    fresh = fly.lookup_esim(iccid)
    assert fresh is not None and fresh.state is EsimState.NOT_INSTALLED
    assert fresh.used_bytes == 0 and fresh.data_left == 1024 * MB
    assert fresh.expires_at is None and fresh.device_model is None and fresh.network is None
    assert fresh.order_id == result.order_id and fresh.rechargeable

    installed = sandbox.install_esim(iccid)
    sandbox.clock.advance(10 * 3600)  # 10 sandbox hours at 50 MB an hour
    used = fly.lookup_esim(iccid)
    assert used is not None and used.state is EsimState.ACTIVE
    assert used.used_bytes == 500 * MB and used.data_left == 524 * MB
    assert used.expires_at == installed + timedelta(days=7)
    assert used.activated_at == installed
    assert used.network == "Sandbox Mobile" and used.connection_type == "4G - LTE"
    assert used.device_model == "SANDBOX1" and used.incomplete == ()
    assert used.provider is ProviderId.ESIMFLY and used.plan_name == "Turkey 1GB 7Days"


def test_used_up_and_expired_esimfly_esims(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    plan = turkey_1gb(fly)
    _, first = sell(fly, plan)
    _, second = sell(fly, plan)
    sandbox.use_up(first)
    sandbox.expire_esim(second)
    used_up, expired = fly.lookup_esim(first), fly.lookup_esim(second)
    assert used_up is not None and used_up.state is EsimState.USED_UP
    assert used_up.data_left == 0
    assert expired is not None and expired.state is EsimState.EXPIRED


def test_an_esim_this_account_never_sold(fly: EsimflyProvider, octo: OctopusProvider) -> None:
    assert fly.lookup_esim(UNKNOWN_ICCID) is None
    assert octo.lookup_esim(UNKNOWN_ICCID) is None


def test_a_live_status_that_fails_leaves_the_rest(fly: EsimflyProvider, sandbox: Sandbox) -> None:
    _, iccid = sell(fly, turkey_1gb(fly))
    sandbox.install_esim(iccid)
    sandbox.clock.advance(3600)
    sandbox.inject(Fault("http_502", "esimfly", "POST", "/api/v1/business/esims/status"))
    found = fly.lookup_esim(iccid)
    assert found is not None and found.state is EsimState.ACTIVE
    assert found.used_bytes == 50 * MB and found.device_model is None
    assert found.incomplete and found.incomplete[0].startswith("live status")


def test_an_octopus_esim(octo: OctopusProvider, sandbox: Sandbox) -> None:
    plan = octopus_plan(octo, sandbox)
    result, iccid = sell(octo, plan)
    fresh = octo.lookup_esim(iccid, result.order_id)
    assert fresh is not None and fresh.state is EsimState.NOT_INSTALLED
    assert fresh.order_id == result.order_id and fresh.used_bytes is None
    installed = sandbox.install_esim(iccid)
    sandbox.clock.advance(3600)
    # Found without the order id too (a counter that did not sell it pages the orders).
    active = octo.lookup_esim(iccid)
    assert active is not None and active.state is EsimState.ACTIVE
    assert active.installed_at == installed
    assert active.expires_at == installed + timedelta(days=plan.validity_days)
    assert active.data_left is None and not active.rechargeable  # Octopus gives no figures
    sandbox.expire_esim(iccid)
    expired = octo.lookup_esim(iccid, result.order_id)
    assert expired is not None and expired.state is EsimState.EXPIRED
