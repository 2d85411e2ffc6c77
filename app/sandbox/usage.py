"""The traveller's data use, simulated (issue 17), and the controls tests turn.

Once installed, an eSIM uses ``UsageBook.mb_per_hour`` whole megabytes per hour of
sandbox time, until its data is gone or it expires (``validity_days`` after the install,
which the sandbox takes as the first activation). The sandbox clock only moves when a
test advances it (app/sandbox/clock.py), so "a week later" is ``clock.advance(7 * 86400)``
and costs nothing. Tests may also add use, use the data up or expire an eSIM at once.

Both providers read the same figures: eSIMfly's ``GET /esims``, ``/esims/usage/query``
and ``/esims/status``, and Octopus's ``activation_status`` (which has no data figures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox
    from app.sandbox.state import EsimflyEsim, EsimflyOrder

DEFAULT_MB_PER_HOUR = 50  # a 1 GB plan lasts about 20 hours of sandbox time


@dataclass
class UsageBook:
    """What tests changed, by ICCID; everything else follows from the clock."""

    mb_per_hour: int = DEFAULT_MB_PER_HOUR
    extra_mb: dict[str, int] = field(default_factory=dict)
    used_up_at: dict[str, datetime] = field(default_factory=dict)
    expired_at: dict[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class EsimUse:
    """One eSIM at one moment: eSIMfly's standardised status and the figures."""

    status: str  # NEW, ACTIVE, EXPIRED, DEPLETED, CANCELLED
    used_mb: int
    total_mb: int | None  # None: unlimited
    activated_at: datetime | None
    expires_at: datetime | None
    last_usage_at: datetime | None

    @property
    def remaining_mb(self) -> int:
        """eSIMfly writes 0 for an unlimited plan."""
        return 0 if self.total_mb is None else max(0, self.total_mb - self.used_mb)

    @property
    def percentage(self) -> int:
        if not self.total_mb:
            return 0
        return min(100, self.used_mb * 100 // self.total_mb)


def expires_at(book: UsageBook, iccid: str, installed: datetime, days: int) -> datetime:
    return book.expired_at.get(iccid, installed + timedelta(days=days))


def use_of(
    book: UsageBook,
    iccid: str,
    installed: datetime | None,
    total_mb: int | None,
    days: int,
    now: datetime,
    *,
    cancelled: bool = False,
) -> EsimUse:
    if installed is None:
        return EsimUse("CANCELLED" if cancelled else "NEW", 0, total_mb, None, None, None)
    expires = expires_at(book, iccid, installed, days)
    end = min(now, expires)
    seconds = max(0, int((end - installed).total_seconds()))
    used = book.extra_mb.get(iccid, 0) + seconds * book.mb_per_hour // 3600
    if total_mb is not None:
        used = total_mb if iccid in book.used_up_at else min(used, total_mb)
    last = end if used > 0 else None
    if cancelled:
        status = "CANCELLED"
    elif now >= expires:
        status = "EXPIRED"
    elif total_mb is not None and used >= total_mb:
        status = "DEPLETED"
    else:
        status = "ACTIVE"
    return EsimUse(status, used, total_mb, installed, expires, last)


# -- controls (Sandbox.install_esim & co. call these; the caller holds no lock) ---------


def install_esim(sandbox: Sandbox, iccid: str, at: datetime | None = None) -> datetime:
    """The traveller's phone downloads this eSIM ``at`` (default: now on the sandbox
    clock). Idempotent: an eSIM installed before keeps its first install time, which is
    returned."""
    with sandbox.lock:
        state = sandbox.state
        before = state.installed.get(iccid)
        sandbox.mark_installed(iccid)  # the checks, and the install for every reader
        # Whole seconds, as both APIs print times, so what a test set is what it reads.
        moment = (at or sandbox.clock.now()).replace(microsecond=0)
        if before is not None:
            moment = min(before, moment) if at is not None else before
        state.installed[iccid] = moment
        for order in state.esimfly_orders:
            for esim in order.esims:
                if esim.iccid == iccid:
                    esim.installed_at = moment
        for octopus in state.octopus_orders:
            if octopus.iccid == iccid and octopus.installed_at is not None:
                octopus.installed_at = moment
        return sandbox.state.installed[iccid]


def use_data(sandbox: Sandbox, iccid: str, mb: int) -> None:
    """The traveller uses ``mb`` more megabytes now (the eSIM is installed first)."""
    if mb < 0:
        raise ValueError("megabytes used only grow")
    with sandbox.lock:
        install_esim(sandbox, iccid)
        book = sandbox.state.usage
        book.extra_mb[iccid] = book.extra_mb.get(iccid, 0) + mb


def use_up(sandbox: Sandbox, iccid: str) -> None:
    """Every megabyte of the plan is used (DEPLETED); installed first if need be."""
    with sandbox.lock:
        install_esim(sandbox, iccid)
        sandbox.state.usage.used_up_at.setdefault(iccid, sandbox.clock.now())


def expire_esim(sandbox: Sandbox, iccid: str) -> None:
    """The plan's validity ends now (EXPIRED); installed first if need be."""
    with sandbox.lock:
        installed = install_esim(sandbox, iccid)
        now = sandbox.clock.now().replace(microsecond=0)
        sandbox.state.usage.expired_at[iccid] = max(installed, now)


def esimfly_use(book: UsageBook, order: EsimflyOrder, esim: EsimflyEsim, now: datetime) -> EsimUse:
    """One eSIMfly eSIM's use (its package says the total and the days; top-ups add to
    both)."""
    package = order.package
    total = None if package.is_unlimited else (package.data_amount_gb + esim.topup_gb) * 1024
    return use_of(
        book,
        esim.iccid or "",
        esim.installed_at,
        total,
        package.validity_days + esim.topup_days,
        now,
        cancelled=esim.cancelled_at is not None,
    )
