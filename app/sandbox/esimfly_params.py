"""Query-parameter parsing shared by the eSIMfly list endpoints."""

from __future__ import annotations

from app.sandbox.messages import Request, Response, json_response, positive_int

MAX_LIMIT = 100


def bad_parameter(name: str) -> Response:
    return json_response(
        400,
        {
            "success": False,
            "error": f"Invalid query parameter: {name}",
            "code": "INVALID_PARAMETER",
        },
    )


def paging(request: Request, default_limit: int) -> tuple[int, int] | Response:
    """(page, limit) or the 400 answer; a limit above the maximum is clamped, not refused."""
    page = positive_int(request.query.get("page"), 1)
    limit = positive_int(request.query.get("limit"), default_limit)
    if page is None:
        return bad_parameter("page")
    if limit is None:
        return bad_parameter("limit")
    return page, min(limit, MAX_LIMIT)
