"""The X/Z report as canonical JSON: what a Z row stores, read back to an equal report.

Canonical: keys sorted, no spaces, ASCII only, every amount a string of its exact Decimal
(``"5.990"`` stays ``"5.990"``), times in ISO 8601 UTC with microseconds. The same report
always gives the same text, so a stored Z can be compared byte for byte. Versioned like
:mod:`app.core.pricing_codec`: a reader refuses a version it does not know rather than
guess. The encoder walks the report's dataclasses by their type hints, so a field added
to :mod:`app.till.report_model` is written and read without touching this file (but a
change of meaning needs a new VERSION).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from app.core.money import Money, MoneyError, parse_currency, to_decimal
from app.till.report_model import ShiftReport

VERSION = 1
MAX_TEXT = 5_000_000  # characters; a shift of thousands of sales is far below


class ReportCodecError(ValueError):
    """Stored report text that cannot be read back; the message says what is wrong."""


def _encode(value: Any) -> Any:
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    if isinstance(value, bool | int | str) and not isinstance(value, Enum):
        return value
    if isinstance(value, Enum):
        return value.value
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError("a report time must be timezone-aware")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    raise TypeError(f"a report cannot hold {type(value).__name__}")


def to_dict(report: ShiftReport) -> dict[str, Any]:
    return {"version": VERSION, "report": _encode(report)}


def dumps(report: ShiftReport) -> str:
    return json.dumps(to_dict(report), ensure_ascii=True, sort_keys=True, separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _decode(inner, data, where)
    if origin is tuple:
        item_kind = typing.get_args(kind)[0]
        if not isinstance(data, list):
            raise ReportCodecError(f"{where} is not a list")
        return tuple(_decode(item_kind, item, f"{where}[{i}]") for i, item in enumerate(data))
    if kind is Money:
        if not isinstance(data, dict) or set(data) != {"amount", "currency"}:
            raise ReportCodecError(f"{where} is not an amount")
        return Money(to_decimal(_str(data["amount"], where)), parse_currency(data["currency"]))
    if kind is datetime:
        moment = datetime.fromisoformat(_str(data, where))
        if moment.utcoffset() is None:
            raise ReportCodecError(f"{where} has no time zone")
        return moment.astimezone(UTC)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is bool or kind is int:
        if type(data) is not kind:
            raise ReportCodecError(f"{where} is not {kind.__name__}")
        return data
    if kind is str:
        return _str(data, where)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(data, dict):
            raise ReportCodecError(f"{where} is not an object")
        hints = _hints(kind)
        names = {f.name for f in dataclasses.fields(kind)}
        if set(data) != names:
            raise ReportCodecError(f"{where} has fields {sorted(set(data) ^ names)} unexpected")
        return kind(**{name: _decode(hints[name], data[name], f"{where}.{name}") for name in names})
    raise ReportCodecError(f"{where}: cannot read {kind!r}")


def _str(data: Any, where: str) -> str:
    if not isinstance(data, str):
        raise ReportCodecError(f"{where} is not text")
    return data


def loads(text: str) -> ShiftReport:
    """The report stored as ``text``; :class:`ReportCodecError` if it cannot be read."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise ReportCodecError("the stored report is not text of a sensible length")
    try:
        data = json.loads(text, parse_float=Decimal, parse_int=int)
    except (ValueError, RecursionError) as exc:
        raise ReportCodecError("the stored report is not valid JSON") from exc
    if not isinstance(data, dict) or set(data) != {"version", "report"}:
        raise ReportCodecError("the stored report is not a versioned report")
    if data["version"] != VERSION:
        raise ReportCodecError(f"the stored report is version {data['version']!r}")
    try:
        report = _decode(ShiftReport, data["report"], "report")
    except (MoneyError, ValueError, TypeError) as exc:
        if isinstance(exc, ReportCodecError):
            raise
        raise ReportCodecError(f"the stored report is not usable: {exc}") from exc
    assert isinstance(report, ShiftReport)
    return report
