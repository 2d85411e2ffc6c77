"""JSON that keeps numbers exact.

Providers send money as JSON numbers (``4.50``, ``4.275``). Parsing them as float would
lose exactness and Octopus resolves a plan by echoing the amount back, so every number
with a fraction or exponent becomes a :class:`~decimal.Decimal` and is written back
digit for digit.
"""

from __future__ import annotations

from typing import Any

import simplejson


def loads(data: str | bytes) -> Any:
    """Parse JSON; non-integer numbers become Decimal, never float."""
    return simplejson.loads(data, use_decimal=True)


def dumps(value: Any) -> str:
    """Serialise compactly; Decimal values are written exactly as they are."""
    return simplejson.dumps(value, use_decimal=True, separators=(",", ":"), ensure_ascii=False)
