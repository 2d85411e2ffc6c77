"""Which provider is asked (app/esim_lookup.py): a sale's own provider and order; an
ICCID the journal does not know at every configured provider until one knows it."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.errors import NoAccountError, OtherModeError, ProviderTimeoutError
from app.core.lookup import EsimLookup, EsimState
from app.core.orders import Esim, Order, OrderStatus
from app.core.plans import ProviderId
from app.esim_lookup import iccid_of, look_up_iccid, look_up_sale
from app.providers.esimfly import EsimflyProvider
from app.providers.octopus import OctopusProvider
from app.sandbox import Sandbox
from tests.lookup.conftest import octopus_plan, sell, turkey_1gb

ICCID = "8932042000010078801"


@dataclass
class Stub:
    answer: EsimLookup | None = None
    error: Exception | None = None
    calls: list[tuple[str, str | None]] = field(default_factory=list)

    def lookup_esim(self, iccid: str, order_id: str | None = None) -> EsimLookup | None:
        self.calls.append((iccid, order_id))
        if self.error is not None:
            raise self.error
        return self.answer


@dataclass
class Journal:
    orders: list[Order] = field(default_factory=list)

    def search(self, *, text: str = "", limit: int = 200) -> list[Order]:
        return [o for o in self.orders if any(e.iccid == text for e in o.esims)][:limit]


def test_iccids_as_typed_or_scanned() -> None:
    assert iccid_of(" 8932 0420-0001 0078 801 ") == ICCID
    assert iccid_of("Turkey") is None and iccid_of("89") is None


def test_an_iccid_sold_elsewhere_is_asked_of_each_provider(
    fly: EsimflyProvider, octo: OctopusProvider, sandbox: Sandbox
) -> None:
    _, iccid = sell(octo, octopus_plan(octo, sandbox))
    providers = {ProviderId.ESIMFLY: fly, ProviderId.OCTOPUS: octo}
    outcome = look_up_iccid(providers, Journal(), iccid, training=True)
    assert outcome.found is not None and outcome.found.provider is ProviderId.OCTOPUS
    assert outcome.asked == (ProviderId.ESIMFLY, ProviderId.OCTOPUS) and outcome.failed == ()
    nowhere = look_up_iccid(providers, Journal(), ICCID, training=True)
    assert nowhere.found is None and nowhere.asked == (ProviderId.ESIMFLY, ProviderId.OCTOPUS)


def test_a_sale_in_the_journal_goes_to_its_provider_with_its_order(
    fly: EsimflyProvider, sandbox: Sandbox
) -> None:
    plan = turkey_1gb(fly)
    result, iccid = sell(fly, plan)
    sale = Order(
        plan,
        status=OrderStatus.DELIVERED,
        provider_order_id=result.order_id,
        esims=(Esim(iccid),),
        training=True,
    )
    octopus = Stub()
    providers = {ProviderId.ESIMFLY: fly, ProviderId.OCTOPUS: octopus}
    outcome = look_up_iccid(providers, Journal([sale]), iccid, training=True)
    assert outcome.found is not None and outcome.found.sale_reference == sale.reference
    assert outcome.found.state is EsimState.NOT_INSTALLED and octopus.calls == []
    # The same sale from History; and from a counter in the other mode, nothing is asked.
    assert look_up_sale(providers, sale, training=True).found is not None
    other = look_up_sale(providers, sale, training=False)
    assert other.found is None and isinstance(other.failed[0][1], OtherModeError)
    gone = look_up_sale({ProviderId.OCTOPUS: octopus}, sale, training=True)
    assert isinstance(gone.failed[0][1], NoAccountError)


def test_a_provider_that_does_not_answer_is_named() -> None:
    found = EsimLookup(ProviderId.OCTOPUS, ICCID, EsimState.ACTIVE)
    down = Stub(error=ProviderTimeoutError(provider="eSIMfly"))
    providers = {ProviderId.ESIMFLY: down, ProviderId.OCTOPUS: Stub(found)}
    outcome = look_up_iccid(providers, Journal(), ICCID, training=False)
    assert outcome.found == found
    assert [p for p, _ in outcome.failed] == [ProviderId.ESIMFLY]
