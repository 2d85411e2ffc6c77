"""Every field of a sale comes back from the journal exactly as it went in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.activation import ActivationCode
from app.core.countries import GLOBAL, DestinationKind
from app.core.money import Money
from app.core.orders import Esim, OrderStatus
from app.core.plans import EsimflyKey, OctopusKey
from app.journal import Journal

from .factories import (
    EUROPE,
    ICCID,
    ICCID_2,
    LPA,
    LPA_2,
    delivered,
    esimfly_plan,
    octopus_plan,
    order,
    raw_db,
)


def _reopened(path: Path, reference: str):
    # Read through a new Journal so nothing can come from memory.
    with Journal(path) as fresh:
        return fresh.get(reference)


def test_esimfly_sale_round_trips(journal: Journal, journal_path: Path) -> None:
    sale = order(esimfly_plan(), quantity=2, clerk="ana", training=True)
    journal.record_submitting(sale)
    assert _reopened(journal_path, sale.reference) == sale

    esims = (
        Esim(ICCID, ActivationCode.parse(LPA), confirmation_code="1234"),
        Esim(ICCID_2, None, raw_code="not-an-lpa-but-paid-for"),
    )
    done = delivered(sale, *esims, order_id="ORD-7F3A", charged="5.44")
    journal.record_outcome(done)
    back = _reopened(journal_path, sale.reference)
    assert back == done
    assert back.plan.key == EsimflyKey("merhaba-7days-1gb")
    assert back.esims[0].activation == ActivationCode.parse(LPA)
    assert back.esims[1].raw_code == "not-an-lpa-but-paid-for"


def test_octopus_amounts_keep_every_digit(journal: Journal, journal_path: Path) -> None:
    sale = order(octopus_plan())
    journal.record_submitting(sale)
    journal.record_outcome(
        delivered(sale, Esim(ICCID, ActivationCode.parse(LPA_2)), order_id="3001", charged="4.275")
    )
    back = _reopened(journal_path, sale.reference)
    assert back is not None
    assert back.plan == sale.plan
    assert isinstance(back.plan.key, OctopusKey)
    assert str(back.plan.key.amount) == "4.50"
    assert str(back.plan.price.amount) == "4.50"
    assert back.charged == Money(Decimal("4.275"), "USD")
    assert str(back.charged.amount) == "4.275"
    assert back.plan.data_gb == Decimal("1.5")
    assert back.plan.slow is True
    assert back.plan.description == "Data only; hotspot allowed."
    assert back.esims[0].activation is not None
    assert back.esims[0].activation.confirmation_code_required


def test_money_is_stored_as_text_never_real(journal: Journal, journal_path: Path) -> None:
    sale = order(octopus_plan())
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale, order_id="3001", charged="4.275"))
    with raw_db(journal_path) as raw:
        types = raw.execute(
            "SELECT typeof(price_amount), typeof(charged_amount), typeof(data_gb), "
            "price_amount, charged_amount, plan_key FROM sales"
        ).fetchone()
    assert types[:3] == ("text", "text", "text")
    assert types[3:5] == ("4.50", "4.275")
    assert '"amount":"4.50"' in types[5]


def test_unlimited_plan_round_trips(journal: Journal) -> None:
    sale = order(esimfly_plan(data_gb=None, name="Turkey Unlimited 7Days"))
    journal.record_submitting(sale)
    back = journal.get(sale.reference)
    assert back == sale
    assert back.plan.unlimited


@pytest.mark.parametrize("destination", [EUROPE, GLOBAL], ids=["region", "global"])
def test_region_and_global_destinations_round_trip(journal: Journal, destination) -> None:
    sale = order(octopus_plan(destination=destination, name=f"{destination.name} 5 GB"))
    journal.record_submitting(sale)
    back = journal.get(sale.reference)
    assert back == sale
    assert back.plan.destination.kind in (DestinationKind.REGION, DestinationKind.GLOBAL)
    assert back.plan.destination.alpha3 is None


def test_times_are_utc_to_the_microsecond(journal: Journal) -> None:
    local = timezone(timedelta(hours=3))
    created = datetime(2025, 3, 4, 15, 30, 0, 123456, tzinfo=local)
    sale = order(created_at=created)
    journal.record_submitting(sale)
    back = journal.get(sale.reference)
    assert back.created_at == created
    assert back.created_at.tzinfo == UTC


def test_naive_times_are_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="naive"):
        journal.record_submitting(order(created_at=datetime(2025, 3, 4, 12)))
    with pytest.raises(ValueError, match="naive"):
        journal.search(since=datetime(2025, 3, 4))


def test_an_activation_code_that_no_longer_parses_is_kept_as_raw_text(
    journal: Journal, journal_path: Path
) -> None:
    sale = order()
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale))
    # As if a stricter parser in a later release refused what an older one accepted.
    with raw_db(journal_path) as raw:
        raw.execute("UPDATE esims SET activation_code = 'LPA:1$bad host$X'")
    back = journal.get(sale.reference)
    assert back.esims[0].activation is None
    assert back.esims[0].raw_code == "LPA:1$bad host$X"
    assert back.esims[0].iccid == ICCID


def test_a_missing_sale_is_none(journal: Journal) -> None:
    assert journal.get("no-such-reference") is None


def test_statuses_come_back_as_the_enum(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    assert journal.get(sale.reference).status is OrderStatus.SUBMITTING
