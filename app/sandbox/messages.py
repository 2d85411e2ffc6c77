"""Plain request/response values shared by the WSGI layer and the API handlers."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl

import simplejson

JSON_TYPE = "application/json; charset=utf-8"


class BadJson(ValueError):
    pass


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: bytes = b""

    @classmethod
    def build(
        cls, method: str, path: str, query_string: str, headers: Mapping[str, str], body: bytes
    ) -> Request:
        # First value wins: a repeated parameter is almost always a client bug, and the
        # sandbox answering for the first one keeps the behaviour predictable.
        query: dict[str, str] = {}
        for key, value in parse_qsl(query_string, keep_blank_values=True):
            query.setdefault(key, value)
        return cls(method.upper(), path, query, {k.lower(): v for k, v in headers.items()}, body)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        if not self.body.strip():
            raise BadJson("empty body")
        try:
            return simplejson.loads(self.body.decode("utf-8"), use_decimal=True)
        except (UnicodeDecodeError, simplejson.JSONDecodeError) as exc:
            raise BadJson(str(exc)) from exc


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    def set_header(self, name: str, value: str) -> None:
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))

    def get_header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


def dumps(obj: Any) -> bytes:
    return simplejson.dumps(obj, use_decimal=True, ensure_ascii=False).encode("utf-8")


def json_response(status: int, obj: Any, headers: Iterable[tuple[str, str]] = ()) -> Response:
    return Response(status, dumps(obj), [("Content-Type", JSON_TYPE), *headers])


def html_response(status: int, html: str) -> Response:
    return Response(status, html.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])


def iso(moment: datetime) -> str:
    """ISO 8601 UTC with a Z, to the second, as both APIs print timestamps."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def parse_iso(text: str) -> datetime:
    """ISO 8601 date or date-time; naive values are taken as UTC."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def total_pages(total: int, per_page: int) -> int:
    return math.ceil(total / per_page) if per_page else 0


def page_slice(items: list[Any], page: int, per_page: int) -> list[Any]:
    start = (page - 1) * per_page
    return items[start : start + per_page]


def positive_int(text: str | None, default: int) -> int | None:
    """Parse a query integer >= 1; None when it is present but not one."""
    if text is None or text == "":
        return default
    if not text.isdigit():
        return None
    value = int(text)
    return value if value >= 1 else None
