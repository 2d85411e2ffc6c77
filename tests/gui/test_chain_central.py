"""A joined window sells with the chain's central data (issue 16, W16): the owner's
published price list, shop lines and clerks reach a running counter through its pulls,
a counter restarted with the server stopped sells with the last copy and says "prices
from …", and a match another counter's later push bumped is given back and checked again
while the window runs. Real PostgreSQL (tests/chain/fixtures.py), real widgets and keys."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.chain.pull import CACHE_FILE, publish_clerks, publish_prices, publish_shop
from app.chain.status import SyncState
from app.core.orders import Order, OrderStatus
from app.core.pricing import Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.pricing_codec import dumps
from app.core.rounding import Rounding
from app.core.secret import Secret
from app.counter import Counter, SaleOutcome
from app.journal import Journal
from app.sandbox import SandboxConfig
from app.secrets import SecretName, SecretStore
from app.till.clerks import ClerkBook
from app.till.roles import Role
from app.training import TrainingSetup, training_setup
from app.ui import chain_tasks
from app.ui.app import configure
from app.ui.main_window import MainWindow
from app.ui.receipts.builder import receipt_for_order
from app.ui.receipts.printing import shop_details
from tests.chain.fixtures import ChainDb
from tests.chain.pg_server import PgServer
from tests.chain.test_claims import _lost, _own_orders, _plans, claims_for, push_sales
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from .clerk import find_by_keyboard, pick_plan_by_keyboard, sell_by_keyboard, wait_outcome

WAIT = 20000
SHOP = {"name": "Sunrise Mobile — Airport", "address": "Terminal 2, Gate B", "tax_number": "TX-42"}


def chain_prices() -> PriceList:
    """The owner's list: 40 % over cost up to x.99, 15 % VAT (never the default list)."""
    rule = PriceRule(Scope(ScopeKind.DEFAULT), Markup(percent=Decimal(40)), Rounding.X99)
    return PriceList(rules=(rule,), tax_rate=Decimal(15))


@pytest.fixture(autouse=True)
def fast_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        chain_tasks, "SYNC_OPTIONS", {"interval_s": 0.1, "base_s": 0.1, "cap_s": 0.5}
    )


@dataclass
class Desk:
    """A counter's files: they outlive a window, as on a real machine."""

    folder: Path
    db: ChainDb
    journal: Journal
    store: SecretStore
    counter_name: str = "desk-1"
    shop: str = "shop-1"

    def settings(self) -> QSettings:
        return QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)


def make_desk(folder: Path, db: ChainDb, counter: str = "desk-1") -> Desk:
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    store.store(SecretName.CHAIN_PASSWORD, Secret(db.password.reveal()))
    desk = Desk(folder, db, Journal(folder / "journal.sqlite3"), store, counter)
    settings = desk.settings()
    for key, value in db.for_counter(counter, shop=desk.shop).settings().items():
        settings.setValue(key, value)
    settings.sync()
    return desk


Factory = Callable[[dict[str, object], object], object]


def open_window(qtbot: QtBot, desk: Desk, factory: Factory | None = None) -> MainWindow:
    from app.startup import open_counter

    def training(values: dict[str, object], _journal: object) -> object:
        return open_counter(values, journal=desk.journal, store=desk.store)

    window = MainWindow(
        factory or training,
        desk.settings(),
        training=True,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
        store=desk.store,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    window.chain.indicator.timer.setInterval(100)
    return window


def close(window: MainWindow) -> None:
    if window.flow.display is not None:
        window.flow.display.close()
    window.close()


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path, chain_db: ChainDb) -> Iterator[Desk]:
    configure(qapp)
    made = make_desk(tmp_path, chain_db)
    yield made
    made.journal.close()


def _publish(db: ChainDb, prices: PriceList | None = None) -> None:
    with db.connect() as conn:
        publish_prices(conn, prices or chain_prices(), by="owner")
        publish_shop(conn, SHOP, by="owner")


def pull_now(qtbot: QtBot, window: MainWindow) -> None:
    """The minute's pull, without waiting a minute: once the one out has answered."""
    central = window.chain.central
    qtbot.waitUntil(lambda: central.last is not None and not central.pulling, timeout=WAIT)
    with qtbot.waitSignal(central.applied, timeout=WAIT):
        central.pull()


def _stored_prices(window: MainWindow) -> str:
    return str(window.pricing.settings.value(schema.PRICE_LIST.key) or "")


def _sell_one(qtbot: QtBot, window: MainWindow) -> Order:
    find_by_keyboard(qtbot, window, "JP")
    pick_plan_by_keyboard(qtbot, window, 0)
    sell_by_keyboard(qtbot, window)
    wait_outcome(qtbot, window)
    order = window.flow.last_order
    assert order is not None
    return order


def _charged_the_chains_price(order: Order, journal: Journal) -> None:
    stored = journal.get(order.reference)
    assert stored is not None and stored.quote is not None
    expected = chain_prices().quote(stored.plan, today=date.today())
    assert stored.quote.gross == expected.gross
    assert stored.quote.gross != PriceList().quote(stored.plan, today=date.today()).gross
    assert stored.quote.tax_rate == Decimal(15)


def test_a_joined_window_sells_at_the_published_prices_under_the_published_shop_name(
    qtbot: QtBot, desk: Desk
) -> None:
    window = open_window(qtbot, desk)
    assert _stored_prices(window) != dumps(chain_prices())  # the local default so far
    _publish(desk.db)
    pull_now(qtbot, window)
    qtbot.waitUntil(lambda: _stored_prices(window) == dumps(chain_prices()), timeout=WAIT)
    assert "price list (version 1) is now in use" in window.statusBar().currentMessage()
    assert window.shop.text() == SHOP["name"]  # the header, without reopening

    order = _sell_one(qtbot, window)  # by keyboard, as the clerk sells
    _charged_the_chains_price(order, desk.journal)
    stored = desk.journal.get(order.reference)
    assert stored is not None
    receipt = receipt_for_order(
        stored,
        shop=shop_details(window.pricing.settings),
        number=1,
        quote=stored.quote,
        payment=stored.payment,
    )
    assert (receipt.shop.name, receipt.shop.address, receipt.shop.tax_number) == (
        SHOP["name"],
        SHOP["address"],
        SHOP["tax_number"],
    )
    # Said once: the next pull of the same data changes nothing and says nothing.
    window.statusBar().clearMessage()
    pull_now(qtbot, window)
    assert window.statusBar().currentMessage() == ""
    # A local edit lasts until the next pull; the price screen says so.
    window.pricing.save(PriceList())
    pull_now(qtbot, window)
    assert _stored_prices(window) == dumps(chain_prices())
    close(window)


def test_the_price_list_screen_and_the_shop_fields_say_the_chain_replaces_edits(
    qtbot: QtBot, desk: Desk
) -> None:
    from app.ui.price_list_dialog import PriceListDialog
    from app.ui.receipts.settings_tab import ReceiptsTab

    window = open_window(qtbot, desk)
    dialog = PriceListDialog(window.pricing, [], "en_US", window)
    qtbot.addWidget(dialog)
    assert dialog.chain_note is not None
    assert "esim-counter chain publish-prices FILE" in dialog.chain_note.text()
    tab = ReceiptsTab(window.pricing.settings, window.runner, window)
    qtbot.addWidget(tab)
    assert tab.chain_note is not None and "publish-shop" in tab.chain_note.text()
    # A counter in no chain has no such note.
    window.pricing.settings.setValue(schema.CHAIN_ENABLED.key, False)
    assert PriceListDialog(window.pricing, [], "en_US", window).chain_note is None
    assert ReceiptsTab(window.pricing.settings, window.runner, window).chain_note is None
    close(window)


def test_restarted_with_the_server_stopped_it_sells_with_the_copy(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, private_pg: PgServer
) -> None:
    configure(qapp)
    desk = make_desk(tmp_path, private_pg.db)
    _publish(desk.db)
    window = open_window(qtbot, desk)
    qtbot.waitUntil(lambda: _stored_prices(window) == dumps(chain_prices()), timeout=WAIT)
    qtbot.waitUntil(lambda: (tmp_path / CACHE_FILE).exists(), timeout=WAIT)
    close(window)

    private_pg.stop()
    # Nothing of the chain's left in the settings: only the copy beside the journal.
    settings = desk.settings()
    for setting in (schema.PRICE_LIST, schema.SHOP_NAME):
        settings.remove(setting.key)
    settings.sync()
    window = open_window(qtbot, desk)
    indicator = window.chain.indicator
    qtbot.waitUntil(lambda: _stored_prices(window) == dumps(chain_prices()), timeout=WAIT)
    central = window.chain.central
    qtbot.waitUntil(lambda: central.last is not None and central.last.from_copy, timeout=WAIT)
    qtbot.waitUntil(lambda: window.shop.text() == SHOP["name"], timeout=WAIT)
    qtbot.waitUntil(
        lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=WAIT
    )
    assert "copied at" in window.statusBar().currentMessage()

    # Nothing waits to be pushed yet, but the pull could not reach the server: the
    # indicator says offline, and which copy the prices come from.
    qtbot.waitUntil(
        lambda: indicator.status is not None and indicator.status.state is SyncState.OFFLINE,
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: "; prices from " in indicator.text(), timeout=WAIT)
    assert "cannot be used" in indicator.toolTip()
    assert indicator.text().startswith("Offline — selling on; ")

    order = _sell_one(qtbot, window)
    _charged_the_chains_price(order, desk.journal)
    qtbot.waitUntil(
        lambda: indicator.status is not None and indicator.status.waiting > 0, timeout=WAIT
    )
    assert indicator.status.state is SyncState.OFFLINE

    # The server is back: Push now (a click on the indicator) tries the pull too.
    private_pg.start()
    indicator.click()
    qtbot.waitUntil(
        lambda: indicator.status is not None and indicator.status.state is SyncState.IN_SYNC,
        timeout=WAIT,
    )
    assert central.offline is None and central.last is not None and not central.last.from_copy
    close(window)
    desk.journal.close()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_published_clerk_signs_in_with_their_pin(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    # The owner's counter has Nadia; it publishes its clerks to the chain.
    with Journal(tmp_path / "owner.sqlite3") as owner:
        ClerkBook(owner).add("Nadia", "2580", Role.SUPERVISOR)
        with desk.db.connect() as conn:
            publish_clerks(conn, owner.clerks(), by="owner")
    settings = desk.settings()
    settings.setValue(schema.REQUIRE_SIGN_IN.key, True)
    settings.sync()
    window = open_window(qtbot, desk)
    qtbot.waitUntil(lambda: [c.name for c in desk.journal.clerks()] == ["Nadia"], timeout=WAIT)
    gate = window.clerk_gate
    if gate.prompt is None:
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: gate.prompt is not None, timeout=WAIT)
    prompt = gate.prompt
    assert prompt is not None
    qtbot.waitUntil(lambda: prompt.isVisible() and prompt.isAncestorOf(_focused()))
    if _focused() is not prompt.pin:
        QTest.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(_focused(), "Nadia")
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is prompt.pin
    QTest.keyClicks(_focused(), "2580")
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gate.name == "Nadia", timeout=WAIT)
    assert window.counter is not None and window.counter.clerk == "Nadia"
    close(window)


@pytest.fixture
def sandbox() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001))
    yield made
    made.close()


@pytest.mark.parametrize("seen_by", ["push", "pull"])
def test_a_running_window_gives_a_bumped_match_back_and_delivers_its_own_order(
    qtbot: QtBot, desk: Desk, sandbox: TrainingSetup, tmp_path: Path, seen_by: str
) -> None:
    """As tests/chain/test_claims.py's running counter: this counter (A) matched its lost
    sale to B's order before B pushed. B's push arrives while the window runs; A's next
    push (a sale), or its next pull when it sells nothing, makes the window recheck, and
    the sale comes back with its own order."""
    db = desk.db
    a = Counter(sandbox.providers, desk.journal, training=True, claims=claims_for(db, "A"))
    with Journal(tmp_path / "b.sqlite3") as journal_b:
        b = Counter(sandbox.providers, journal_b, training=True, claims=claims_for(db, "B"))
        plan = _plans(a)[0]
        theirs = b.sell(plan).order
        mine = _lost(a, sandbox, plan)
        a.reconcile_all(refunds=False)
        held = desk.journal.get(mine.reference)
        assert held is not None and held.provider_order_id == theirs.provider_order_id

        settings = desk.settings()
        for key, value in db.for_counter("A").settings().items():
            settings.setValue(key, value)  # the window pushes as counter A
        settings.sync()
        window = open_window(qtbot, desk, lambda _values, _journal: a)
        indicator = window.chain.indicator
        qtbot.waitUntil(
            lambda: indicator.status is not None and indicator.status.state is SyncState.IN_SYNC,
            timeout=WAIT,
        )
        assert mine.reference not in window.flow.pending  # resolved: nothing to follow

        central = window.chain.central
        # The rechecks of the start (after its push and its pull) have found nothing.
        qtbot.waitUntil(lambda: window.runner.pending(central) == 0, timeout=WAIT)
        rechecked: list[list[object]] = []
        central.rechecked.connect(rechecked.append)
        push_sales(journal_b, db, "B")  # B's direct answer reaches the chain
        if seen_by == "push":
            _sell_one(qtbot, window)  # a sale: its push shows, and the window rechecks
        else:
            pull_now(qtbot, window)  # the minute's pull, without waiting the minute
        qtbot.waitUntil(lambda: any(rechecked), timeout=WAIT)

    qtbot.waitUntil(lambda: mine.reference in window.flow.pending, timeout=WAIT)
    back = window.flow.pending[mine.reference]
    assert back.status is OrderStatus.DELIVERED, back.failure_reason
    assert back.provider_order_id == _own_orders(sandbox)[mine.reference]
    assert back.provider_order_id != theirs.provider_order_id
    assert any(o.reference == mine.reference for o in window.pending.orders())
    assert "An eSIM is ready" in window.statusBar().currentMessage()
    close(window)


def test_leaving_the_chain_stops_the_pulls(qtbot: QtBot, desk: Desk) -> None:
    window = open_window(qtbot, desk)
    central = window.chain.central
    qtbot.waitUntil(lambda: central.timer.isActive(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.pending(central) == 0, timeout=WAIT)
    settings = window.pricing.settings
    settings.setValue(schema.CHAIN_ENABLED.key, False)
    window.chain.journal_opened(desk.journal)
    assert not central.timer.isActive()
    _publish(desk.db)
    central.pull()  # nothing to pull with: the chain was left
    assert not central.pulling and window.runner.pending(central) == 0
    assert _stored_prices(window) != dumps(chain_prices())
    label = window.findChild(QLabel, "shopName")
    assert label is not None and label.text() != SHOP["name"]
    close(window)


def test_never_two_rechecks_at_once(qtbot: QtBot, desk: Desk) -> None:
    window = open_window(qtbot, desk)
    central = window.chain.central
    central.timer.stop()  # (the pull timer's own rechecks are not this test's)
    qtbot.waitUntil(lambda: window.runner.pending(central) == 0, timeout=WAIT)
    counter = window.counter
    assert counter is not None
    running, most = [0], [0]
    lock = threading.Lock()
    check = counter.recheck_bumped

    def watched() -> list[SaleOutcome]:  # on the Runner: how many run at once
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            return check()
        finally:
            with lock:
                running[0] -= 1

    counter.recheck_bumped = watched  # type: ignore[method-assign]
    done: list[list[object]] = []
    central.rechecked.connect(done.append)
    for _ in range(3):  # three pushes seen in a row
        central.recheck()
    assert window.runner.pending(central) == 1  # one runs; the others wait for it
    # ... and are answered by one more after it, which sees the bumps of all three.
    qtbot.waitUntil(lambda: len(done) >= 2, timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.pending(central) == 0, timeout=WAIT)
    assert most[0] == 1
    close(window)


def test_a_refused_publication_keeps_the_last_good_prices_and_says_so_once(
    qtbot: QtBot, desk: Desk
) -> None:
    from app.chain.pull import publish

    window = open_window(qtbot, desk)
    _publish(desk.db)
    pull_now(qtbot, window)
    assert _stored_prices(window) == dumps(chain_prices())
    with desk.db.connect() as conn:
        publish(conn, "prices", {"rules": "not a list"}, by="owner")
    window.statusBar().clearMessage()
    pull_now(qtbot, window)
    assert _stored_prices(window) == dumps(chain_prices())  # the last good list stays
    message = window.statusBar().currentMessage()
    assert message.startswith("The chain's latest publication cannot be used"), message
    window.statusBar().clearMessage()
    pull_now(qtbot, window)
    assert window.statusBar().currentMessage() == ""  # said once
    close(window)
