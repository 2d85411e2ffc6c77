"""Look up one eSIMfly eSIM by ICCID (issue 17): three reads, merged.

- ``GET /esims?search=<iccid>`` finds it (an account that never sold it lists nothing) and
  gives its package, lifecycle status, data and validity as eSIMfly stored them;
- ``GET /esims/usage/query?iccid=`` gives the order reference and the data figures;
- ``POST /esims/status`` is live from the network: the status, last network and its
  connection type, the device, activation and expiry.

The first read decides whether eSIMfly knows the eSIM (its failure is the lookup's); the
other two only add to it: when one fails the answer is still shown, marked incomplete.
The freshest source wins for each field (live status, then usage, then the list).
Whether a top-up can be sold is the package's ``features.is_rechargeable``
(api-packages.md), read from the packages of the eSIM's first country.

Every field is checked here; only CounterErrors leave (the provider wraps the entry).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.core import lookup as core
from app.core.errors import CounterError
from app.core.lookup import EsimLookup, EsimState
from app.core.plans import ProviderId
from app.providers import esimfly_json, fields, http

if TYPE_CHECKING:
    from app.providers.esimfly import EsimflyProvider

NAME = "eSIMfly"
SEARCH_LIMIT = 10  # an ICCID matches one eSIM; a few more rows cover a fuzzy search
MAX_MB = 10**9  # a petabyte: more is not a plan's figure
MAX_GB = Decimal(10**6)
PACKAGE_PAGES = 5
DATA_KEYS = (
    "unlimited",
    "total",
    "used",
)  # pages of one country's packages read to find the eSIM's package


@dataclass
class _Found:
    """What the reads said so far (None: not said)."""

    status: str | None = None
    order_id: str | None = None
    plan_name: str | None = None
    plan_code: str | None = None
    country: str | None = None
    unlimited: bool | None = None
    total: int | None = None
    used: int | None = None
    left: int | None = None
    activated_at: datetime | None = None
    expires_at: datetime | None = None
    network: str | None = None
    connection: str | None = None
    device: str | None = None
    missing: list[str] = field(default_factory=list)

    def take(self, **values: Any) -> None:
        """Later reads are fresher: a value they give replaces an earlier one."""
        for key, value in values.items():
            if value is not None:
                setattr(self, key, value)

    def fill(self, **values: Any) -> None:
        """Only what is still unknown (the live status's data figures are rounded
        gigabytes: the whole megabytes of the other reads are worth more)."""
        self.take(**{key: value for key, value in values.items() if getattr(self, key) is None})


def lookup_esim(provider: EsimflyProvider, iccid: str) -> EsimLookup | None:
    """The eSIM with this ICCID, or None when this eSIMfly account does not list it."""
    listed = provider._get("/esims", {"search": iccid, "limit": SEARCH_LIMIT})
    row = listed_row(listed, iccid)
    if row is None:
        return None
    found = _Found()
    found.take(**esim_row(row))
    try:
        found.take(**usage_answer(provider._get("/esims/usage/query", {"iccid": iccid}), iccid))
    except CounterError as exc:
        found.missing.append(f"usage: {exc.message}")
    try:
        body = provider._retry.run(
            lambda: provider._call("POST", "/esims/status", body={"iccid": iccid})
        )
        live = status_answer(body, iccid)
        found.fill(**{key: live.pop(key) for key in DATA_KEYS if key in live})
        found.take(**live)
    except CounterError as exc:
        found.missing.append(f"live status: {exc.message}")
    rechargeable = False
    if found.plan_code is not None and found.country is not None:
        try:
            rechargeable = is_rechargeable(provider, found.country, found.plan_code)
        except CounterError as exc:
            found.missing.append(f"package: {exc.message}")
    return merged(found, iccid, rechargeable)


def merged(found: _Found, iccid: str, rechargeable: bool) -> EsimLookup:
    unlimited = found.unlimited is True
    result = EsimLookup(
        provider=ProviderId.ESIMFLY,
        iccid=iccid,
        state=core.state_of(found.status),
        provider_status=found.status,
        order_id=found.order_id,
        plan_name=found.plan_name,
        plan_code=found.plan_code,
        unlimited=unlimited,
        # eSIMfly writes 0 MB total and left for unlimited plans: not figures to show.
        total_bytes=None if unlimited else found.total,
        used_bytes=found.used,
        left_bytes=None if unlimited else found.left,
        activated_at=found.activated_at,
        expires_at=found.expires_at,
        network=found.network,
        connection_type=found.connection,
        device_model=found.device,
        rechargeable=rechargeable,
        incomplete=tuple(found.missing),
    )
    if result.state is EsimState.ACTIVE and result.data_left == 0:
        # Some networks keep saying ACTIVE once the data is gone; the figures say more.
        result = replace(result, state=EsimState.USED_UP)
    return result


# -- the answers, field by field (pure) ------------------------------------------------


def listed_row(body: Any, iccid: str) -> dict[str, Any] | None:
    """The ``GET /esims`` row of exactly this ICCID (the search also matches names)."""
    data = http.field(body, "data", NAME, dict)
    for row in fields.items(data.get("esims"), NAME, "list of eSIMs"):
        if fields.iccid(row.get("iccid"), NAME, placeholder_ok=True) == iccid:
            return row
    return None


def esim_row(row: dict[str, Any]) -> dict[str, Any]:
    countries = row.get("countries")
    country = None
    if isinstance(countries, list) and countries:
        country = fields.clean_text(countries[0], 80)
    return {
        "status": _status(row.get("status")),
        "plan_name": fields.clean_text(row.get("package_name"), 120),
        "plan_code": fields.optional_code_text(row.get("package_code"), NAME, "package code"),
        "country": country,
        **_data(row.get("data")),
        **_validity(row.get("validity")),
    }


def usage_answer(body: Any, iccid: str) -> dict[str, Any]:
    """``GET /esims/usage/query``'s ``data``: the eSIM, its data and validity."""
    data = http.field(body, "data", NAME, dict)
    esim = data.get("esim")
    values: dict[str, Any] = {}
    if esim is not None:
        if not isinstance(esim, dict):
            raise fields.bad(NAME, "eSIM")
        asked = fields.iccid(esim.get("iccid"), NAME, placeholder_ok=False)
        if asked is not None and asked != iccid:
            raise fields.bad(NAME, "ICCID")
        values["status"] = _status(esim.get("status"))
        values["order_id"] = fields.optional_code_text(esim.get("order_id"), NAME, "order id")
        values["plan_name"] = fields.clean_text(esim.get("package_name"), 120)
    return {**values, **_data(data.get("data")), **_validity(data.get("validity"))}


def status_answer(body: Any, iccid: str) -> dict[str, Any]:
    """``POST /esims/status``: the refunds' parser for what it reads, plus the rest."""
    live = esimfly_json.live_status(body, iccid)
    data = body["data"]  # checked to be an object by live_status
    network = data.get("last_network")
    connection = None
    if isinstance(network, dict):
        connection = fields.clean_text(network.get("connection_type"), 40)
    usage = data.get("data_usage")
    values: dict[str, Any] = {}
    if isinstance(usage, dict):
        unlimited = usage.get("unlimited", data.get("unlimited"))
        values["unlimited"] = _flag(unlimited, "unlimited")
        values["used"] = _gigabytes(usage.get("used_gb"), "data used")
        if values["unlimited"] is not True:
            values["total"] = _gigabytes(usage.get("total_gb"), "data total")
    return {
        "status": live.status,
        "activated_at": live.activated_at,
        "expires_at": live.expires_at,
        "network": live.network,
        "connection": connection,
        "device": live.device_model,
        **values,
    }


def _status(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return fields.code_text(value, NAME, "eSIM status", esimfly_json.MAX_STATUS).upper()


def _flag(value: Any, what: str) -> bool | None:
    if value is None:
        return None
    if not isinstance(value, bool):
        raise fields.bad(NAME, what)
    return value


def _megabytes(value: Any, what: str) -> int | None:
    """Whole megabytes (a JSON integer; an integral number is taken too) as bytes."""
    if value is None:
        return None
    amount = fields.amount(value, NAME, what)
    if amount != amount.to_integral_value() or amount > MAX_MB:
        raise fields.bad(NAME, what)
    return core.mb_to_bytes(int(amount))


def _gigabytes(value: Any, what: str) -> int | None:
    if value is None:
        return None
    amount = fields.amount(value, NAME, what)
    if amount > MAX_GB:
        raise fields.bad(NAME, what)
    return core.gb_to_bytes(amount)


def _data(data: Any) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise fields.bad(NAME, "data usage")
    return {
        "unlimited": _flag(data.get("is_unlimited"), "unlimited"),
        "total": _megabytes(data.get("total_mb"), "data total"),
        "used": _megabytes(data.get("used_mb"), "data used"),
        "left": _megabytes(data.get("remaining_mb"), "data left"),
    }


def _validity(validity: Any) -> dict[str, Any]:
    if validity is None:
        return {}
    if not isinstance(validity, dict):
        raise fields.bad(NAME, "validity")
    return {
        "activated_at": fields.time(validity.get("activated_at"), NAME, "activation date"),
        "expires_at": fields.time(validity.get("expires_at"), NAME, "expiry date"),
    }


def is_rechargeable(provider: EsimflyProvider, country: str, code: str) -> bool:
    """``features.is_rechargeable`` of the package ``code``, found among the packages of
    ``country`` (the packages search is by country name); False when not found."""
    page = 1
    while page <= PACKAGE_PAGES:
        query = {"search": country, "page": page, "limit": 100}
        data = http.field(provider._get("/esims/packages", query), "data", NAME, dict)
        for package in fields.items(data.get("packages"), NAME, "packages"):
            if package.get("package_code") == code:
                features = package.get("features")
                return isinstance(features, dict) and features.get("is_rechargeable") is True
        paging = data.get("pagination") or {}
        pages = paging.get("totalPages", paging.get("total_pages", 1))
        if not isinstance(pages, int) or page >= pages:
            return False
        page = http.next_page(page, NAME)
    return False
