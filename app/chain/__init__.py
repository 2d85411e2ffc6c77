"""Chains of shops (issue 16): many counters, one PostgreSQL.

Every counter keeps its own SQLite journal (the truth for what it sold); a counter joined to
a chain also pushes every journal row to PostgreSQL through a local outbox
(:mod:`app.chain.push`), and reads central data back (:mod:`app.chain.central`).

Central tables (created by :mod:`app.chain.migrations`) are named ``c_<local table>``:
``c_sales``, ``c_esims``, ``c_payments``, ``c_receipts``, ``c_refunds``,
``c_refund_payments``, ``c_shifts``, ``c_shift_balances``, ``c_cash_moves``,
``c_z_reports``, ``c_overrides`` and ``c_clerks``. Each has the local table's column names
plus ``shop`` and ``counter`` (text) and ``pushed_at`` (when the row last arrived, the
central clock), and its primary key is ``(counter, <local key>)``.
Money is ``NUMERIC`` (never float), timestamps ``timestamptz``, flags and numbers
``bigint``. ``counters`` lists every counter that ever pushed.

Nothing here imports Qt; importing this package imports nothing heavy (psycopg is loaded
by the modules that talk to the server, never before the first paint).
"""
