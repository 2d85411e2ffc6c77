"""The till side of a shop with several clerks (issue 15): roles and what each may do,
clerks with PINs, manager overrides, shifts with their opening float and petty cash, and
the X and numbered Z reports. Qt-free, like ``app.core``; the journal keeps the rows.

Where to start:

- :mod:`app.till.roles`: ``allowed(role, action)``, the one table of permissions.
- :mod:`app.till.clerks`: ``ClerkBook`` (add, rename, PIN, role, deactivate, verify).
- :mod:`app.till.session`: who is at the counter now, sign-in, switching, idle lock.
- :mod:`app.till.model`: ``Shift``, ``CashMove``, ``BalanceReading``, ``ZRecord``.
- :mod:`app.till.shift_report`: ``build_report`` (a pure function: X and Z).
- :mod:`app.till.report_codec`: the report as canonical, versioned JSON (what Z stores).
- Journal methods: ``open_shift``, ``current_shift``, ``record_cash_move``, ``x_report``,
  ``close_shift``, ``correct_z``, ``z_report(s)``, ``record_override``, clerk rows
  (see :mod:`app.journal.shifts` and :mod:`app.journal.clerks`).
"""
