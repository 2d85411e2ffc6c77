"""Roles and what each may do: one table, data only.

A clerk asking for something their role does not allow gets the manager-PIN prompt; the
approval is journalled as an override (``Journal.record_override``) naming who asked and
who approved. The table is the only place that says who may do what: code asks
:func:`allowed`, never compares roles itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    OWNER = "owner"


class Action(StrEnum):
    SELL = "sell"
    REFUND = "refund"
    REPRINT = "reprint"
    HISTORY = "history"  # open History
    MARGINS = "margins"  # see cost and margin
    PRICES = "prices"  # change the price list
    SETTINGS = "settings"
    CLOSE_SHIFT = "close_shift"  # Z close (an X report is part of HISTORY)


_CLERK = frozenset({Action.SELL, Action.REPRINT, Action.HISTORY})
_SUPERVISOR = _CLERK | {Action.REFUND, Action.CLOSE_SHIFT}

#: Who may do what. Read-only: a shop's own table would be a setting loaded over this.
PERMISSIONS: Mapping[Role, frozenset[Action]] = MappingProxyType(
    {
        Role.CLERK: _CLERK,
        Role.SUPERVISOR: _SUPERVISOR,
        Role.OWNER: frozenset(Action),
    }
)


def allowed(role: Role, action: Action) -> bool:
    """Whether ``role`` may do ``action`` without an override."""
    return action in PERMISSIONS[Role(role)]


def lowest_role(action: Action) -> Role:
    """The least role allowed ``action``: whom the override prompt asks for."""
    for role in (Role.CLERK, Role.SUPERVISOR, Role.OWNER):
        if allowed(role, action):
            return role
    raise ValueError(f"no role may {action}")  # the owner may do everything; never reached
