"""Who is at the counter, in the window: sign-in, switching clerk, the idle lock, and the
one gate every action above a clerk's role goes through.

:class:`ClerkGate` (``window.clerk_gate``) holds the :class:`~app.till.session.Session`.
The UI calls :meth:`ClerkGate.may` before an action (``Action.REFUND``, ``CLOSE_SHIFT``…):
allowed, it runs; not allowed, an override is asked and, once approved, journalled
(``Journal.record_override``: the action, the clerk who asked, who approved) before the
action runs. The existing manager-PIN prompts (price list, cost and margin, a sale below
cost) come here too through :class:`~app.ui.manager_override.ManagerOverride`.

Who approves (see docs/decisions.md, "Clerks at the counter"):
- one-person mode (the default, no sign-in): the manager PIN, as before; approver
  :data:`MANAGER`. With no manager PIN set the shop guards nothing: the action runs and no
  override is journalled (nothing was approved).
- sign-in mode: an active clerk whose role allows the action types their name and PIN;
  if the shop has no such clerk, the manager PIN as above.

PINs are checked on the Runner (scrypt is slow), never on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu

from app.till.clerks import ClerkBook
from app.till.model import Clerk
from app.till.roles import Action, Role
from app.till.session import Policy, Session
from app.ui.clerk_override import MANAGER, OverrideMixin, Then, describe
from app.ui.clerk_rows import JournalRows
from app.ui.runner import Runner
from app.ui.settings_store import snapshot
from app.ui.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from app.journal import Journal
    from app.ui.manager_override import ManagerOverride

__all__ = ["MANAGER", "Action", "ClerkGate"]


log = logging.getLogger(__name__)
IDLE_CHECK_MS = 15_000
# Their entry points ask the manager PIN themselves (the price list, cost and margin,
# Settings): in one-person mode the gate hands them on to that prompt, unchanged.
OWN_PROMPT = frozenset({Action.PRICES, Action.MARGINS, Action.SETTINGS})
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class ClerkGate(OverrideMixin):
    clerk_changed = Signal(str)  # the name journalled from now on ("" while signed out)

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        runner: Runner,
        journal: Callable[[], Journal | None],
        *,
        menu: QMenu | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._runner = runner
        self._journal = journal
        self.manager: ManagerOverride | None = None  # set once the window's panes exist
        self.book = ClerkBook(JournalRows(journal))
        self.session = Session(self.book, Policy.from_settings(snapshot(settings)), clock=clock)
        self.prompt: SignInDialog | None = None  # the open sign-in or approval prompt
        self._waived = False  # inside an approved action: the prompts it opens pass
        # Inside an approved override: who approved it (None for an action the role allows).
        self.approver: str | None = None
        self._last_name = ""  # who was locked out, offered first on the sign-in prompt
        self._journal_open = False
        self.label = QLabel("", window)
        self.label.setObjectName("clerkName")
        window.statusBar().addPermanentWidget(self.label)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.switch_action: QAction | None = None
        self.sign_out_action: QAction | None = None
        if menu is not None:
            self.add_to_menu(menu)
        self._apply_policy()

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Switch clerk (Ctrl+L: "two keystrokes", then the name and PIN) and Sign out,
        at the end of ``menu`` or above ``before``."""
        self.switch_action = QAction(self.tr("S&witch clerk…"), menu)
        self.switch_action.triggered.connect(self.switch_clerk)
        self.switch_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action = QAction(self.tr("Sign &out"), menu)
        self.sign_out_action.triggered.connect(self.sign_out)
        if before is None:
            menu.addActions([self.switch_action, self.sign_out_action])
            menu.addSeparator()
        else:
            menu.insertActions(before, [self.switch_action, self.sign_out_action])
            menu.insertSeparator(before)
        self._enable_actions()

    # -- who is at the counter ----------------------------------------------------------

    def use_manager(self, manager: ManagerOverride) -> None:
        """The window's manager-PIN prompt: its asks come here, its PIN approves overrides."""
        self.manager = manager
        manager.gate = self

    @property
    def name(self) -> str:
        """The clerk every new sale, payment, refund, override and shift event carries."""
        return self.session.name

    @property
    def waived(self) -> bool:
        """True while an approved action runs: its own PIN prompt has nothing to add."""
        return self._waived

    @property
    def signing_in(self) -> bool:
        return self.session.policy.require_sign_in

    def reload(self) -> None:
        """The settings were saved: sign-in required or not, idle minutes and action."""
        self.session.policy = Policy.from_settings(snapshot(self._settings))
        self._apply_policy()

    def journal_opened(self) -> None:
        """The counter opened (or reopened): its sales carry the clerk; sign in now."""
        self._journal_open = True
        self._changed()

    def _apply_policy(self) -> None:
        policy = self.session.policy
        app = QApplication.instance()
        idle = policy.require_sign_in and policy.idle_minutes > 0
        # Only with an idle time: every event of the program passes this filter.
        if app is not None:
            app.removeEventFilter(self)
            if idle:
                app.installEventFilter(self)
        if idle:
            self.idle_timer.start()
        else:
            self.idle_timer.stop()
        self._enable_actions()
        self._changed()

    def _enable_actions(self) -> None:
        for action in (self.switch_action, self.sign_out_action):
            if action is not None:
                action.setEnabled(self.signing_in)

    def _changed(self) -> None:
        name = self.session.name
        counter = getattr(self._window, "counter", None)
        # begin_sale reads it: the sale carries who sold it. (One-person mode: the counter
        # was opened with the Settings clerk name already, which the session also uses.)
        if counter is not None and self.signing_in:
            counter.clerk = name
        if self.session.clerk is None:
            self.label.setText(self.tr("Signed out"))
        else:
            self.label.setText(self.tr("Clerk: %1").replace("%1", name) if name else "")
        self.clerk_changed.emit(name)
        if self.session.clerk is None and self._journal_open:
            self.show_sign_in()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.session.touch()
        return False

    def check_idle(self) -> None:
        """(The timer's.) Sign out or lock after the idle time."""
        clerk = self.session.clerk
        if self.session.expire():
            self._last_name = clerk.name if clerk is not None else ""
            self._changed()

    def sign_out(self) -> None:
        if self.signing_in:
            clerk = self.session.clerk
            self._last_name = clerk.name if clerk is not None else ""
            self.session.sign_out()
            self._changed()

    def switch_clerk(self) -> None:
        """Ctrl+L: the sign-in prompt over the counter; the clerk stays until another signs in."""
        if self.signing_in:
            self.show_sign_in(switching=True)

    # -- the sign-in prompt -------------------------------------------------------------

    def show_sign_in(self, *, switching: bool = False) -> None:
        if self.prompt is not None:
            self.prompt.raise_()
            self.prompt.activateWindow()
            return
        self._runner.run(
            lambda: [c.name for c in self.book.all(active_only=True)],
            lambda names: self._open_sign_in(names, switching),
            self._journal_failed,
        )

    def _open_sign_in(self, names: list[str], switching: bool) -> None:
        if self.prompt is not None:
            return
        if not names:
            # Sign-in required but no clerk can sign in: the counter would be locked for
            # good. It runs as the one anonymous clerk until the owner adds clerks.
            log.warning("sign-in required but there are no active clerks")
            self._window.statusBar().showMessage(
                self.tr("Sign-in is on but there are no clerks: add them in Settings › Clerks.")
            )
            return
        acting = switching and self.session.clerk is not None
        prompt = SignInDialog(
            self._window,
            title=self.tr("Switch clerk") if acting else self.tr("Sign in"),
            intro=self.tr("Type your name and PIN to use the counter."),
            names=names,
            chosen="" if acting else self._last_name,
            can_cancel=acting,
        )
        self.prompt = prompt
        prompt.submitted.connect(lambda name, pin: self._check_sign_in(prompt, name, pin))
        prompt.quit_requested.connect(self._window.close)
        prompt.finished.connect(lambda _result: self._prompt_closed(prompt))
        prompt.open()

    def _check_sign_in(self, prompt: SignInDialog, name: str, pin: str) -> None:
        def signed_in(clerk: Clerk) -> None:
            self.session.adopt(clerk)
            self._last_name = clerk.name
            prompt.finish()
            self._changed()

        self._runner.run(
            lambda: self.book.verify(name, pin),
            signed_in,
            lambda error: prompt.show_error(describe(error)),
        )

    def _prompt_closed(self, prompt: SignInDialog) -> None:
        if self.prompt is prompt:
            self.prompt = None
        prompt.deleteLater()

    def _journal_failed(self, error: BaseException) -> None:
        self._window.statusBar().showMessage(describe(error), 15000)

    # -- the gate -----------------------------------------------------------------------

    def may(
        self,
        action: Action,
        then: Then,
        refused: Then | None = None,
        *,
        reference: str | None = None,
        reason: str = "",
    ) -> None:
        """Run ``then`` if whoever is at the counter may do ``action``; otherwise ask for
        an override and journal it first. ``refused`` if it is not approved."""
        if self._waived or self.session.may(action):
            self._run_waived(then)
        elif self.session.clerk is None:
            self.show_sign_in()
            if refused is not None:
                refused()
        elif not self.signing_in and action in OWN_PROMPT:
            then()  # its own manager-PIN prompt asks, exactly as before
        else:
            self._override(action, reason or self._reason(action), reference, then, refused)

    def approve(self, action: Action, reason: str, granted: Then, refused: Then | None) -> None:
        """(ManagerOverride.ask's.) The manager-PIN prompts of the price list, cost and
        margin and a sale below cost: approved at once within an approved action or for
        a role that may; otherwise an override like :meth:`may`'s."""
        if self._waived or self.session.may(action):
            granted()
        elif self.session.clerk is None:
            self.show_sign_in()
            if refused is not None:
                refused()
        else:
            self._override(action, reason, None, granted, refused)

    def _run_waived(self, then: Then) -> None:
        self._waived, before = True, self._waived
        try:
            then()
        finally:
            self._waived = before


def role_name(role: Role) -> str:
    """The role as the owner reads it (the Clerks tab, the prompts)."""
    names = {
        Role.CLERK: QApplication.translate("ClerkGate", "Clerk"),
        Role.SUPERVISOR: QApplication.translate("ClerkGate", "Supervisor"),
        Role.OWNER: QApplication.translate("ClerkGate", "Owner"),
    }
    return names[Role(role)]
