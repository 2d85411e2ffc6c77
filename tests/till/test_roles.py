"""The permissions table, read as a table: every role against every action."""

from __future__ import annotations

import pytest

from app.till.roles import PERMISSIONS, Action, Role, allowed, lowest_role

A = Action
# Row: action; columns: clerk, supervisor, owner.
TABLE = {
    A.SELL: (True, True, True),
    A.REPRINT: (True, True, True),
    A.HISTORY: (True, True, True),
    A.REFUND: (False, True, True),
    A.CLOSE_SHIFT: (False, True, True),
    A.MARGINS: (False, False, True),
    A.PRICES: (False, False, True),
    A.SETTINGS: (False, False, True),
}


def test_the_table_covers_every_action() -> None:
    assert set(TABLE) == set(Action)
    assert set(PERMISSIONS) == set(Role)


@pytest.mark.parametrize("action", list(Action))
def test_who_may_do_what(action: Action) -> None:
    got = tuple(allowed(role, action) for role in (Role.CLERK, Role.SUPERVISOR, Role.OWNER))
    assert got == TABLE[action]


@pytest.mark.parametrize("action", list(Action))
def test_a_higher_role_may_do_all_a_lower_one_may(action: Action) -> None:
    clerk, supervisor, owner = TABLE[action]
    assert clerk <= supervisor <= owner
    assert (
        lowest_role(action) is [Role.CLERK, Role.SUPERVISOR, Role.OWNER][TABLE[action].index(True)]
    )


def test_the_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        PERMISSIONS[Role.CLERK] = frozenset(Action)  # type: ignore[index]
    assert allowed("clerk", "sell")  # type: ignore[arg-type]  # settings hand back text
