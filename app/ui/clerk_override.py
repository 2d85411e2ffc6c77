"""Overrides: what happens when someone asks for more than their role (issue 15).

Part of :class:`~app.ui.clerk_session.ClerkGate` (a mixin, to keep each module small):
who approves, the approval prompt, and the override journalled before the action runs.
See the gate's module for the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMainWindow

from app import settings_schema as schema
from app.till.clerks import ClerkBook
from app.till.model import Clerk
from app.till.roles import Action, allowed
from app.till.session import Session
from app.ui.runner import Runner
from app.ui.settings_store import read
from app.ui.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from app.journal import Journal
    from app.ui.manager_override import ManagerOverride

MANAGER = "manager PIN"  # the approver journalled when the shop's manager PIN allowed it
Then = Callable[[], None]


def describe(error: BaseException) -> str:
    # (Loaded when first needed, as the window's own: not before the first paint.)
    from app.ui import messages

    return messages.describe(error)


class OverrideMixin(QObject):
    """Needs the gate's session, book, runner, window, settings, journal and prompt."""

    if TYPE_CHECKING:
        session: Session
        book: ClerkBook
        manager: ManagerOverride | None
        prompt: SignInDialog | None
        _runner: Runner
        _window: QMainWindow
        _settings: QSettings
        _journal: Callable[[], Journal | None]
        approver: str | None

        @property
        def signing_in(self) -> bool: ...
        def _run_waived(self, then: Then) -> None: ...
        def _prompt_closed(self, prompt: SignInDialog) -> None: ...
        def _journal_failed(self, error: BaseException) -> None: ...

    def _override(
        self, action: Action, reason: str, reference: str | None, then: Then, refused: Then | None
    ) -> None:
        def approved(approver: str) -> None:
            self._journal_override(action, approver, reference, reason, then)

        if not self.signing_in:
            self._manager_pin(reason, approved, refused)
            return

        def approvers(names: list[str]) -> None:
            if names:
                self._ask_approver(action, reason, names, approved, refused)
            else:
                self._manager_pin(reason, approved, refused)

        def failed(error: BaseException) -> None:
            self._journal_failed(error)
            if refused is not None:
                refused()

        self._runner.run(
            lambda: [c.name for c in self.book.all(active_only=True) if allowed(c.role, action)],
            approvers,
            failed,
        )

    def _manager_pin(
        self, reason: str, approved: Callable[[str], None], refused: Then | None
    ) -> None:
        if not read(self._settings, schema.PIN_HASH) or self.manager is None:
            approved("")  # the shop guards nothing: no override to journal
            return
        self.manager.ask_pin(reason, lambda: approved(MANAGER), refused)

    def _ask_approver(
        self,
        action: Action,
        reason: str,
        names: list[str],
        approved: Callable[[str], None],
        refused: Then | None,
    ) -> None:
        if self.prompt is not None:  # one prompt at a time (a second Ctrl+M, say)
            self.prompt.raise_()
            self.prompt.activateWindow()
            if refused is not None:
                refused()
            return
        prompt = SignInDialog(
            self._window,
            title=self.tr("Approval needed"),
            intro=reason
            + "\n"
            + self.tr("Asked by %1.").replace("%1", self.session.name)
            + "\n\n"
            + self.tr("A supervisor or the owner types their PIN to allow it."),
            names=names,
            action_text=self.tr("Allow"),
        )
        prompt.setObjectName("approvalDialog")
        self.prompt = prompt
        done = [False]

        def checked(clerk: Clerk) -> None:
            if not allowed(clerk.role, action):
                prompt.show_error(
                    self.tr("%1 may not allow this. A supervisor or the owner must.").replace(
                        "%1", clerk.name
                    )
                )
                return
            done[0] = True
            prompt.finish()
            approved(clerk.name)

        prompt.submitted.connect(
            lambda name, pin: self._runner.run(
                lambda: self.book.verify(name, pin),
                checked,
                lambda error: prompt.show_error(describe(error)),
            )
        )
        prompt.finished.connect(lambda _r: self._prompt_closed(prompt))
        prompt.rejected.connect(lambda: refused() if refused is not None and not done[0] else None)
        prompt.open()

    def _journal_override(
        self, action: Action, approver: str, reference: str | None, reason: str, then: Then
    ) -> None:
        journal = self._journal()
        if not approver or journal is None:
            self._run_waived(then)  # no PIN set (nothing approved), or no journal yet
            return
        counter = getattr(self._window, "counter", None)
        # The name the counter's sales carry (the gate sets it when clerks sign in; a
        # one-person counter keeps the one it opened with).
        clerk = getattr(counter, "clerk", None) or self.session.name
        training = bool(getattr(counter, "training", False))
        self._runner.run(
            lambda: journal.record_override(
                action,
                clerk=clerk,
                approver=approver,
                reference=reference,
                reason=reason,
                training=training,
            ),
            lambda _row: self._run_approved(approver, then),
            self._journal_failed,  # not journalled: not done either
        )

    def _run_approved(self, approver: str, then: Then) -> None:
        """Run ``then`` with :attr:`approver` naming who approved it (a refund journals it)."""
        before = self.approver
        self.approver = approver
        try:
            self._run_waived(then)
        finally:
            self.approver = before

    def _reason(self, action: Action) -> str:
        words = {
            Action.REFUND: self.tr("A refund needs a supervisor's approval."),
            Action.CLOSE_SHIFT: self.tr("Closing the shift needs a supervisor's approval."),
            Action.SETTINGS: self.tr("The settings are for the owner."),
            Action.PRICES: self.tr("The price list is for the owner."),
            Action.MARGINS: self.tr("Cost and margin are for the owner."),
        }
        return words.get(action, self.tr("This needs a supervisor's or the owner's approval."))
