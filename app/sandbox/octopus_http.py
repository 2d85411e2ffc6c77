"""Octopus Cards conventions: the error envelope, list paging headers, rate limits.

Paging reading (the digest marks it inferred): eSIM lists take ``per_page`` and, as
the general Conventions page documents, ``limit`` as a synonym; ``per_page`` wins if
both are sent. Page size 1-10000 (the Conventions range), default 50. Anything else
is 400 ``BAD_REQUEST``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.sandbox.messages import (
    BadJson,
    Request,
    Response,
    json_response,
    page_slice,
    positive_int,
    total_pages,
)
from app.sandbox.state import State

ERROR_NAMES = {
    "VALIDATION_FAILURE": "ValidationException",
    "BAD_REQUEST": "BadRequestError",
    "UNAUTHORIZED": "UnauthorizedError",
    "FORBIDDEN": "ForbiddenError",
    "NOT_FOUND": "NotFoundError",
    "TOO_MANY_REQUESTS": "TooManyRequestsError",
    "INTERNAL_SERVER_ERROR": "InternalServerError",
}
STATUS_OF = {
    "VALIDATION_FAILURE": 400,
    "BAD_REQUEST": 400,
    "UNAUTHORIZED": 401,
    "FORBIDDEN": 403,
    "NOT_FOUND": 404,
    "TOO_MANY_REQUESTS": 429,
    "INTERNAL_SERVER_ERROR": 500,
}
MAX_PER_PAGE = 10_000


class OctopusError(Exception):
    def __init__(self, code: str, message: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = list(headers)

    def response(self) -> Response:
        return error_response(self.code, self.message, self.headers)


def error_response(code: str, message: str, headers: Iterable[tuple[str, str]] = ()) -> Response:
    body = {"error": {"name": ERROR_NAMES[code], "code": code, "message": message}}
    return json_response(STATUS_OF[code], body, headers)


def json_body(request: Request) -> dict[str, Any]:
    content_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise OctopusError("VALIDATION_FAILURE", "Content-Type must be application/json")
    try:
        body = request.json()
    except BadJson as exc:
        raise OctopusError("VALIDATION_FAILURE", "Request body is not valid JSON") from exc
    if not isinstance(body, dict):
        raise OctopusError("VALIDATION_FAILURE", "Request body must be a JSON object")
    return body


def paging(request: Request) -> tuple[int, int]:
    page = positive_int(request.query.get("page"), 1)
    size_text = request.query.get("per_page", request.query.get("limit"))
    per_page = positive_int(size_text, 50)
    if page is None or per_page is None or per_page > MAX_PER_PAGE:
        raise OctopusError("BAD_REQUEST", "Invalid pagination parameters")
    return page, per_page


def list_response(items: Sequence[Any], request: Request) -> Response:
    """Bare JSON array of one page, paging metadata in headers."""
    page, per_page = paging(request)
    chunk = page_slice(list(items), page, per_page)
    pages = total_pages(len(items), per_page)
    headers = [
        ("X-Page", str(page)),
        ("X-Per-Page", str(per_page)),
        ("X-Total-Count", str(len(items))),
        ("X-Total-Pages", str(pages)),
        ("X-Page-Size", str(len(chunk))),
        ("X-Has-More", "true" if page < pages else "false"),
    ]
    return json_response(200, chunk, headers)


def rate_class(method: str, path: str) -> str | None:
    if path == "/auth/login":
        return "login"
    if path == "/auth/refresh":
        return "refresh"
    if method == "GET":
        return "get"
    if method == "POST" and path == "/api/v1/esim/orders":
        return "orders"
    if method == "POST" and path == "/api/v1/esim/charges":
        return "charges"
    return None


def check_rate(state: State, method: str, path: str, now: float) -> None:
    name = rate_class(method, path)
    if name is None:
        return
    decision = state.octopus_limiters[name].hit(name, now)
    if not decision.allowed:
        seconds = decision.retry_after
        raise OctopusError(
            "TOO_MANY_REQUESTS",
            f"Rate limit exceeded. Retry after {seconds} seconds.",
            [("Retry-After", str(seconds))],
        )
