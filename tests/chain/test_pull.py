"""Central data (issue 16): the owner publishes the price list, the clerks and the shop's
details on one counter; another counter pulls them from the same PostgreSQL, keeps a copy,
and sells with that copy while the server is stopped, saying so."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.chain.pull import (
    CentralData,
    apply_clerks,
    publish,
    publish_clerks,
    publish_prices,
    publish_shop,
)
from app.core.pricing import ExchangeRate, Markup, PriceList, PriceRule, Rounding, Scope, ScopeKind
from app.journal import Journal
from app.till.clerks import ClerkBook, SignInError
from app.till.roles import Role
from tests.chain.fixtures import ChainDb

PRICES = PriceList(
    sale_currency="EUR",
    rules=(
        PriceRule(
            Scope(ScopeKind.DEFAULT), Markup(Decimal("35.5"), Decimal("0.10")), Rounding.NONE
        ),
        PriceRule(Scope(ScopeKind.PROVIDER, "octopus"), Markup(Decimal("12.25")), Rounding.NONE),
    ),
    rates=(ExchangeRate("USD", "EUR", Decimal("0.923456789"), date(2026, 11, 30)),),
    tax_rate=Decimal("19"),
)
FETCHED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _central(db: ChainDb, tmp_path: Path, shop: str = "shop-1") -> CentralData:
    return CentralData(
        lambda: db.connect(timeout_s=2), tmp_path / "b" / "chain-central.json", shop=shop,
        clock=lambda: FETCHED,
    )  # fmt: skip


def _owner_publishes(db: ChainDb, tmp_path: Path) -> None:
    with Journal(tmp_path / "owner.sqlite3") as owner:
        book = ClerkBook(owner)
        book.add("Ana", "2468", Role.SUPERVISOR)
        book.add("Bo", "1357")
        book.add("Cy", "9999")
        book.deactivate("Cy")
        with db.connect() as conn:
            assert publish_prices(conn, PRICES, by="owner") == 1
            publish_clerks(conn, owner.clerks(), by="owner")
            publish_shop(conn, {"name": "Travel Desk", "address": "1 Main St"}, by="owner")


def test_published_on_the_owners_counter_pulled_on_another(
    chain_db: ChainDb, tmp_path: Path
) -> None:
    _owner_publishes(chain_db, tmp_path)
    pulled = _central(chain_db, tmp_path).pull()
    assert not pulled.from_copy and pulled.note() is None and pulled.problem is None
    assert pulled.prices == PRICES  # every Decimal exactly as published
    assert pulled.shop == {"name": "Travel Desk", "address": "1 Main St", "tax_number": ""}
    assert pulled.versions == {"prices": 1, "clerks": 1, "shop": 1}
    assert pulled.fetched_at == FETCHED
    assert pulled.clerks is not None
    with Journal(tmp_path / "counter-b.sqlite3") as mine:
        assert apply_clerks(mine, pulled.clerks) == 3
        assert apply_clerks(mine, pulled.clerks) == 0  # already in line
        book = ClerkBook(mine)
        assert book.verify("Ana", "2468").role is Role.SUPERVISOR  # the PIN signs in here
        with pytest.raises(SignInError):
            book.verify("Bo", "0000")
        assert [c.name for c in book.all(active_only=True)] == ["Ana", "Bo"]


def test_a_second_publish_is_a_new_version_and_a_shops_own_details_win(
    chain_db: ChainDb, tmp_path: Path
) -> None:
    _owner_publishes(chain_db, tmp_path)
    with chain_db.connect() as conn:
        assert publish_prices(conn, PriceList(sale_currency="USD"), by="owner") == 2
        publish_shop(conn, {"name": "Airport kiosk"}, by="owner", shop="shop-2")
    assert _central(chain_db, tmp_path).pull().prices == PriceList(sale_currency="USD")
    assert _central(chain_db, tmp_path, "shop-2").pull().shop == {
        "name": "Airport kiosk", "address": "", "tax_number": "",
    }  # fmt: skip


def test_while_the_server_is_stopped_the_last_copy_is_used_and_said(
    private_pg: Any, tmp_path: Path
) -> None:
    db: ChainDb = private_pg.db
    _owner_publishes(db, tmp_path)
    central = _central(db, tmp_path)
    fresh = central.pull()
    private_pg.stop()
    try:
        offline = central.pull()
    finally:
        private_pg.start()
    assert offline.from_copy
    assert offline.prices == PRICES and offline.clerks == fresh.clerks
    assert offline.shop == fresh.shop
    assert offline.fetched_at == FETCHED
    note = offline.note()
    assert note is not None and note.startswith("Using the copy from ")
    assert FETCHED.astimezone().strftime("%H:%M") in note
    assert offline.problem  # why: the database could not be reached


def test_no_copy_yet_and_no_server_says_so(private_pg: Any, tmp_path: Path) -> None:
    central = _central(private_pg.db, tmp_path)
    private_pg.stop()
    try:
        pulled = central.pull()
    finally:
        private_pg.start()
    assert pulled.from_copy and pulled.prices is None and pulled.fetched_at is None
    assert pulled.note() == (
        "The chain's database cannot be reached and this counter has no copy yet."
    )


def test_a_bad_publication_keeps_the_last_good_copy(chain_db: ChainDb, tmp_path: Path) -> None:
    _owner_publishes(chain_db, tmp_path)
    central = _central(chain_db, tmp_path)
    central.pull()
    with chain_db.connect() as conn:
        publish(conn, "prices", {"version": 1, "tax_rate": "0.1e999"}, by="someone")
    pulled = central.pull()
    assert pulled.prices == PRICES
    assert pulled.problem is not None and "price list" in pulled.problem


def test_the_copy_is_private_and_holds_pin_hashes_never_pins(
    chain_db: ChainDb, tmp_path: Path
) -> None:
    _owner_publishes(chain_db, tmp_path)
    central = _central(chain_db, tmp_path)
    central.pull()
    assert stat.S_IMODE(os.stat(central.cache).st_mode) == 0o600
    text = central.cache.read_text(encoding="utf-8")
    assert "2468" not in text and "1357" not in text
    clerks = json.loads(text)["kinds"]["clerks"]["body"]
    assert all(c["pin_hash"].startswith("scrypt") for c in clerks)
