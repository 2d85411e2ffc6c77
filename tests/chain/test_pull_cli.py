"""``esim-counter chain publish-prices FILE | publish-clerks | publish-shop | pull``: the
owner's counter publishes, another pulls; the password from the environment only."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import settings_schema as schema
from app.chain.cli import main
from app.chain.config import PASSWORD_ENV
from app.chain.pull import CACHE_FILE, CentralData
from app.core import pricing_codec
from app.journal import Journal
from app.till.clerks import ClerkBook
from app.till.roles import Role
from tests.chain.fixtures import ChainDb
from tests.chain.test_pull import PRICES


def _options(db: ChainDb, counter: str) -> list[str]:
    c = db.config
    return [
        f"--host={c.host}", f"--port={c.port}", f"--dbname={c.dbname}", f"--user={c.user}",
        "--sslmode=disable", "--shop=Airport", f"--counter={counter}",
    ]  # fmt: skip


def test_publish_on_the_owners_counter_and_pull_on_another(
    chain_db: ChainDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, chain_db.password.reveal())
    owner, other = tmp_path / "owner" / "journal.sqlite3", tmp_path / "b" / "journal.sqlite3"
    owner.parent.mkdir()
    with Journal(owner) as journal:
        ClerkBook(journal).add("Ana", "2468", Role.SUPERVISOR)
    prices = tmp_path / "prices.json"
    prices.write_text(pricing_codec.dumps(PRICES), encoding="utf-8")
    options = _options(chain_db, "owner")
    shop = {schema.SHOP_NAME.key: "Travel Desk", schema.SHOP_ADDRESS.key: "1 Main St"}

    assert main(["publish-prices", str(prices), *options], {}) == 0
    assert main(["publish-clerks", *options, f"--journal={owner}"], {}) == 0
    assert main(["publish-shop", *options], shop) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "PUBLISHED prices version=1",
        "PUBLISHED clerks version=1 count=1",
        "PUBLISHED shop version=1 for=(every shop)",
    ]

    assert main(["pull", *_options(chain_db, "desk-2"), f"--journal={other}"], {}) == 0
    assert capsys.readouterr().out.startswith(
        "PULLED prices=1 clerks=1 shop=1 clerks_changed=1 fetched_at="
    )
    with Journal(other) as journal:
        assert ClerkBook(journal).verify("Ana", "2468").role is Role.SUPERVISOR
    copy = CentralData(lambda: None, other.parent / CACHE_FILE, shop="Airport").last_copy()
    assert copy.prices == PRICES and copy.shop is not None
    assert copy.shop["name"] == "Travel Desk"


def test_a_price_list_that_cannot_be_used_is_not_published(
    chain_db: ChainDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, chain_db.password.reveal())
    bad = tmp_path / "prices.json"
    bad.write_text('{"version": 1, "tax_rate": "lots"}', encoding="utf-8")
    assert main(["publish-prices", str(bad), *_options(chain_db, "owner")], {}) == 1
    assert "cannot be used" in capsys.readouterr().err
    with chain_db.connect() as conn:
        assert conn.execute("SELECT count(*) FROM central_data").fetchone() == (0,)
