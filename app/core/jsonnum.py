"""JSON that keeps numbers exact.

Providers send money as JSON numbers (``4.50``, ``4.275``). Parsing them as float would
lose exactness and Octopus resolves a plan by echoing the amount back, so every number
with a fraction or exponent becomes a :class:`~decimal.Decimal` and is written back
digit for digit.
"""

from __future__ import annotations

from typing import Any

import simplejson  # no stubs: pyproject.toml lets mypy take it as Any


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"JSON {name} is not a number")


def loads(data: str | bytes) -> Any:
    """Parse JSON; non-integer numbers become Decimal, never float.

    Anything that is not plain JSON raises ValueError: NaN and Infinity, and nesting too
    deep for the parser (a RecursionError is not the caller's to catch).
    """
    try:
        return simplejson.loads(data, use_decimal=True, parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply") from exc


def dumps(value: Any) -> str:
    """Serialise compactly; Decimal values are written exactly as they are."""
    text: str = simplejson.dumps(value, use_decimal=True, separators=(",", ":"), ensure_ascii=False)
    return text
