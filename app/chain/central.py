"""Reads of the central journal: History, reports and the CSV across every counter.

:class:`CentralJournal` offers the local Journal's read methods under the same names
(``search``, ``count``, ``refunds.lines``, ``refunds.refunded_counts``, ``z_reports``),
each with the chain's filters ``shop``, ``counter`` and ``clerk``. Central rows are turned
back into the local text form (:mod:`app.chain.rows`) and decoded by the local journal's
own codec, so every Decimal is exactly the one the counter journalled.

Sale references are unique across the chain (random UUIDs), so a sale's eSIMs and
payments are joined on ``(counter, reference)`` all the same: the key the mirrors have.

Not for the GUI thread: every call is a round trip (the UI runs it through its Runner).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row

from app.chain.config import ChainConfig
from app.chain.connection import DEFAULT_TIMEOUT_S, connect, unavailable
from app.chain.rows import local_row
from app.core.iccid import normalise
from app.core.money import Money
from app.core.orders import Order, OrderStatus
from app.core.secret import Secret
from app.journal import codec
from app.journal.refunds import RefundLine
from app.journal.refunds import _from_row as refund_from_row
from app.journal.shift_rows import z_from_row
from app.till.model import ZRecord

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Where:
    """Who sold it: a shop, a counter, a clerk (None: any)."""

    shop: str | None = None
    counter: str | None = None
    clerk: str | None = None


@dataclass(frozen=True, slots=True)
class ChainSale:
    order: Order
    shop: str
    counter: str


@dataclass(frozen=True, slots=True)
class ChainZ:
    record: ZRecord
    shop: str
    counter: str


def _scope(alias: str, where: Where, clerk_column: str, sql: list[str], params: list[Any]) -> None:
    if where.shop is not None:
        sql.append(f"{alias}.shop = %s")
        params.append(where.shop)
    if where.counter is not None:
        sql.append(f"{alias}.counter = %s")
        params.append(where.counter)
    if where.clerk is not None:
        sql.append(f"{alias}.{clerk_column} = %s")
        params.append(where.clerk)


def _text(text: str, sql: list[str], params: list[Any]) -> None:
    """What the local History search matches (app.journal.query), centrally."""
    variants = sorted({text, text.upper(), text.lower()})
    parts = []
    iccid = normalise(text)
    if iccid:
        parts.append(
            "(s.counter, s.reference) IN (SELECT counter, reference FROM c_esims "
            "WHERE starts_with(iccid_search, %s))"
        )
        params.append(iccid)
    for variant in variants:
        parts.append("starts_with(s.provider_order_id, %s) OR starts_with(s.reference, %s)")
        params += [variant, variant]
    parts.append("s.destination_code = ANY(%s) OR s.destination_alpha3 = ANY(%s)")
    params += [variants, variants]
    if not (iccid.isascii() and iccid.isdigit() and len(iccid) >= 6):
        parts.append("s.destination_name ILIKE %s OR s.plan_name ILIKE %s")
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    sql.append("(" + " OR ".join(f"({part})" for part in parts) + ")")


def _sales_filter(
    *,
    text: str,
    status: OrderStatus | None,
    since: datetime | None,
    until: datetime | None,
    training: bool | None,
    where: Where,
) -> tuple[str, list[Any]]:
    sql: list[str] = []
    params: list[Any] = []
    text = text.strip()
    if text:
        _text(text, sql, params)
    if status is not None:
        sql.append("s.status = %s")
        params.append(str(OrderStatus(status)))
    if since is not None:
        sql.append("s.created_at >= %s")
        params.append(since)
    if until is not None:
        sql.append("s.created_at < %s")
        params.append(until)
    if training is not None:
        sql.append("s.training = %s")
        params.append(int(training))
    _scope("s", where, "clerk", sql, params)
    return (" WHERE " + " AND ".join(sql) if sql else ""), params


class CentralJournal:
    """The chain's journal, read-only. Safe from any thread (one connection, a lock)."""

    def __init__(
        self, config: ChainConfig, password: Secret | None, *, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> None:
        self.config = config
        self._password = password
        self.timeout_s = timeout_s
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Row] | None = None
        self.refunds = CentralRefunds(self)

    @contextmanager
    def read(self) -> Iterator[psycopg.Cursor[Row]]:
        """One read-only transaction (one snapshot); ChainUnavailable when the link fails."""
        with self._lock:
            try:
                if self._conn is None or self._conn.closed:
                    conn = connect(self.config, self._password, timeout_s=self.timeout_s)
                    conn.row_factory = dict_row  # type: ignore[assignment]  # rows as dicts from now on
                    self._conn = conn  # type: ignore[assignment]  # see the line above
                assert self._conn is not None
                with self._conn.transaction(), self._conn.cursor() as cur:
                    cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    yield cur
            except psycopg.Error as exc:
                error = unavailable(exc, self.config, self._password)
                self._close()
                raise error from None

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def close(self) -> None:
        with self._lock:
            self._close()

    # -- sales --------------------------------------------------------------------------
    def _orders(self, cur: psycopg.Cursor[Row], rows: list[Row]) -> list[ChainSale]:
        if not rows:
            return []
        keys = [(row["counter"], row["reference"]) for row in rows]
        children: dict[str, dict[tuple[str, str], list[Row]]] = {}
        for table in ("esims", "payments"):
            found: dict[tuple[str, str], list[Row]] = {key: [] for key in keys}
            cur.execute(
                f"SELECT * FROM c_{table} WHERE (counter, reference) IN "
                "(SELECT * FROM unnest(%s::text[], %s::text[])) "
                "ORDER BY counter, reference, position",
                ([k[0] for k in keys], [k[1] for k in keys]),
            )
            for child in cur.fetchall():
                found[(child["counter"], child["reference"])].append(local_row(child))
            children[table] = found
        return [
            ChainSale(
                codec.order_from_row(
                    local_row(row),
                    children["esims"][(row["counter"], row["reference"])],
                    children["payments"][(row["counter"], row["reference"])],
                ),
                row["shop"],
                row["counter"],
            )
            for row in rows
        ]

    def search_located(
        self,
        *,
        text: str = "",
        status: OrderStatus | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        training: bool | None = None,
        shop: str | None = None,
        counter: str | None = None,
        clerk: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[ChainSale]:
        """As :meth:`search`, each sale with the shop and counter that sold it."""
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        where, params = _sales_filter(
            text=text,
            status=status,
            since=since,
            until=until,
            training=training,
            where=Where(shop, counter, clerk),
        )
        with self.read() as cur:
            cur.execute(
                f"SELECT * FROM c_sales s{where} "
                "ORDER BY s.created_at DESC, s.reference DESC LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            return self._orders(cur, cur.fetchall())

    def search(self, **filters: Any) -> list[Order]:
        """Sales matching every filter, newest first: the local ``Journal.search`` filters
        (text, status, since, until, training, limit, offset) plus shop, counter, clerk."""
        return [sale.order for sale in self.search_located(**filters)]

    def count(
        self,
        *,
        text: str = "",
        status: OrderStatus | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        training: bool | None = None,
        shop: str | None = None,
        counter: str | None = None,
        clerk: str | None = None,
    ) -> int:
        where, params = _sales_filter(
            text=text,
            status=status,
            since=since,
            until=until,
            training=training,
            where=Where(shop, counter, clerk),
        )
        with self.read() as cur:
            cur.execute(f"SELECT count(*) AS n FROM c_sales s{where}", params)
            row = cur.fetchone()
        return 0 if row is None else int(row["n"])

    # -- shifts ---------------------------------------------------------------------------
    def z_reports(
        self,
        *,
        training: bool = False,
        shop: str | None = None,
        counter: str | None = None,
        clerk: str | None = None,
    ) -> list[ChainZ]:
        """Every Z of this mode, by counter and number (``clerk``: who closed it)."""
        sql = ["z.training = %s"]
        params: list[Any] = [int(training)]
        _scope("z", Where(shop, counter, clerk), "closed_by", sql, params)
        with self.read() as cur:
            cur.execute(
                "SELECT z.*, s.number AS shift_number FROM c_z_reports z JOIN c_shifts s "
                "ON s.counter = z.counter AND s.id = z.shift WHERE "
                + " AND ".join(sql)
                + " ORDER BY z.shop, z.counter, z.number",
                params,
            )
            rows = cur.fetchall()
        return [
            ChainZ(z_from_row(local_row(row)), row["shop"], row["counter"])  # type: ignore[arg-type]  # a Mapping reads the same
            for row in rows
        ]

    def counters(self) -> list[Row]:
        """Every counter that ever pushed: counter, shop, registered_at, last_push_at,
        app_version, journal_version."""
        with self.read() as cur:
            # (Named columns: caught_up_from may be 'infinity', which has no datetime.)
            cur.execute(
                "SELECT counter, shop, registered_at, last_push_at, app_version, "
                "journal_version FROM counters ORDER BY shop, counter"
            )
            return cur.fetchall()


class CentralRefunds:
    """The refunds' reads, as ``Journal.refunds`` offers them."""

    def __init__(self, central: CentralJournal) -> None:
        self._central = central

    def lines(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        shop: str | None = None,
        counter: str | None = None,
        clerk: str | None = None,
    ) -> list[RefundLine]:
        """Refunds paid back (REFUNDED, PENDING_PROVIDER) created in ``since`` ..
        ``until``, as negative lines: the local ``RefundBook.lines``, across counters."""
        sql = ["r.state IN ('REFUNDED', 'PENDING_PROVIDER')"]
        params: list[Any] = []
        if since is not None:
            sql.append("r.created_at >= %s")
            params.append(since)
        if until is not None:
            sql.append("r.created_at < %s")
            params.append(until)
        _scope("r", Where(shop, counter, clerk), "clerk", sql, params)
        with self._central.read() as cur:
            cur.execute(
                "SELECT * FROM c_refunds r WHERE "
                + " AND ".join(sql)
                + " ORDER BY r.created_at, r.counter, r.sale_reference, r.position",
                params,
            )
            rows = cur.fetchall()
            tenders: dict[tuple[str, str], list[Row]] = {}
            if rows:
                cur.execute(
                    "SELECT * FROM c_refund_payments WHERE (counter, refund_reference) IN "
                    "(SELECT * FROM unnest(%s::text[], %s::text[])) "
                    "ORDER BY counter, refund_reference, position",
                    ([r["counter"] for r in rows], [r["refund_reference"] for r in rows]),
                )
                for tender in cur.fetchall():
                    key = (tender["counter"], tender["refund_reference"])
                    tenders.setdefault(key, []).append(local_row(tender))
        refunds = [
            refund_from_row(
                local_row(row),  # type: ignore[arg-type]  # a Mapping reads the same
                tenders.get((row["counter"], row["refund_reference"]), []),  # type: ignore[arg-type]
            )
            for row in rows
        ]
        return [
            RefundLine(
                refund_reference=r.reference,
                sale_reference=r.sale_reference,
                at=r.created_at,
                clerk=r.clerk,
                amount=Money(-r.customer.amount, r.customer.currency),
                methods=r.tenders,
                provider_amount=r.provider_amount,
                provider=r.provider,
                state=r.state,
                training=r.training,
            )
            for r in refunds
        ]

    def refunded_counts(self, sale_references: list[str]) -> dict[str, int]:
        """For the chain History: eSIMs paid back per sale (sales with none left out)."""
        with self._central.read() as cur:
            cur.execute(
                "SELECT sale_reference, count(*) AS n FROM c_refunds WHERE state IN "
                "('REFUNDED', 'PENDING_PROVIDER') AND sale_reference = ANY(%s) "
                "GROUP BY sale_reference",
                (sale_references,),
            )
            return {row["sale_reference"]: int(row["n"]) for row in cur.fetchall()}
