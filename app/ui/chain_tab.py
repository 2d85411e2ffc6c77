"""Settings › Chain (issue 16): join this counter to a chain's PostgreSQL, test the
connection, leave the chain.

The address, the user, the shop and the counter are settings (``chain/…``, read into a
``ChainConfig``); the password goes to the OS keyring only (``SecretName.CHAIN_PASSWORD``,
through the dialog's secret changes), never into QSettings. Test connection runs on the
Runner and says what failed in plain words. Saving the dialog starts or stops the sync
(the window's chain link follows the settings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings_schema as schema
from app.core.errors import CounterError
from app.core.secret import Secret
from app.ui.runner import Runner
from app.ui.settings_store import read, snapshot

if TYPE_CHECKING:
    from app.chain.config import ChainConfig
    from app.secrets import SecretStore

# (sslmode, label): the owner picks words, not libpq's names.
SECURITY = ("verify-full", "require", "disable")


class ChainTab(QWidget):
    def __init__(
        self, settings: QSettings, runner: Runner, store: SecretStore, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chainTab")
        self._runner = runner
        self._store = store
        self._password_stored = False
        self.leaving = False  # "Leave the chain" pressed: saving removes the chain
        self._rootcert = read(settings, schema.CHAIN_SSLROOTCERT)

        self.intro = QLabel(
            self.tr(
                "In a chain, this counter copies every sale to the chain's PostgreSQL "
                "database and takes the chain's prices and clerks from it. It keeps "
                "selling when the database cannot be reached, and catches up later."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.state = QLabel("", self)
        self.state.setObjectName("chainState")
        self.state.setWordWrap(True)
        self.host = self._edit(read(settings, schema.CHAIN_HOST), self.tr("Database server"))
        self.host.setPlaceholderText(self.tr("db.example.com"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(read(settings, schema.CHAIN_PORT))
        self.port.setAccessibleName(self.tr("Port"))
        self.dbname = self._edit(read(settings, schema.CHAIN_DBNAME), self.tr("Database"))
        self.user = self._edit(read(settings, schema.CHAIN_USER), self.tr("Database user"))
        self.password = self._edit("", self.tr("Database password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleDescription(
            self.tr("Kept in the system keyring only; leave empty to keep the stored one")
        )
        self.shop = self._edit(read(settings, schema.CHAIN_SHOP), self.tr("Shop in the chain"))
        self.counter = self._edit(
            read(settings, schema.CHAIN_COUNTER), self.tr("This counter's name")
        )
        self.counter.setAccessibleDescription(
            self.tr("A name no other counter of the chain uses, such as desk-2")
        )
        self.security = QComboBox(self)
        self.security.addItem(self.tr("Encrypted, server certificate checked"), "verify-full")
        self.security.addItem(self.tr("Encrypted, certificate not checked"), "require")
        self.security.addItem(self.tr("Not encrypted (same machine only)"), "disable")
        self.security.setAccessibleName(self.tr("Connection security"))
        stored_mode = read(settings, schema.CHAIN_SSLMODE)
        self.security.setCurrentIndex(max(0, self.security.findData(stored_mode)))

        self.test_button = self._button(self.tr("Test connection"), self.test_connection)
        self.leave_button = self._button(self.tr("Leave the chain"), self.leave)
        self.message = QLabel("", self)
        self.message.setObjectName("chainMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Database server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.dbname)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow(self.tr("Counter"), self.counter)
        form.addRow(self.tr("Security"), self.security)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._joined = read(settings, schema.CHAIN_ENABLED)
        self._show_state()
        for edit in (self.host, self.dbname, self.user, self.shop, self.counter, self.password):
            edit.textEdited.connect(self._edited)

    def _edit(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        return edit

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAutoDefault(False)  # Enter in a field must not press it (nor save)
        button.clicked.connect(slot)
        return button

    def _show_state(self) -> None:
        if self.leaving:
            text = self.tr("This counter leaves the chain when you save.")
        elif self._joined:
            text = self.tr("This counter is in the chain as %1 of %2.")
            text = text.replace("%1", self.counter.text()).replace("%2", self.shop.text())
        else:
            text = self.tr("This counter is in no chain: fill in the fields and save to join.")
        self.state.setText(text)
        self.leave_button.setEnabled(self._joined and not self.leaving)

    def _edited(self) -> None:
        if self.leaving:  # typing again after Leave means joining again
            self.leaving = False
            self._show_state()

    def set_password_stored(self, stored: bool) -> None:
        """From the dialog's keyring read: whether a password is already kept."""
        self._password_stored = stored
        self.password.setPlaceholderText(
            self.tr("Stored in the keyring; type to replace it") if stored else ""
        )

    # -- what the owner typed ---------------------------------------------------------------

    def typed_config(self) -> ChainConfig | None:
        """The chain as typed; None when every field is empty (no chain). Raises
        CounterError with a sentence when some are missing or unusable."""
        from app.chain.config import ChainConfig

        texts = [e.text().strip() for e in (self.host, self.dbname, self.user)]
        names = [e.text().strip() for e in (self.shop, self.counter)]
        if not any(texts + names):
            return None
        config = ChainConfig(
            host=texts[0],
            port=self.port.value(),
            dbname=texts[1],
            user=texts[2],
            shop=names[0],
            counter=names[1],
            sslmode=str(self.security.currentData()),
            sslrootcert=self._rootcert or "system",
        )
        if config.missing():
            raise CounterError(
                self.tr(
                    "To join a chain, fill in the server, the database, the user, the shop "
                    "and this counter's name."
                )
            )
        try:
            config.settings()
        except schema.SettingError:
            raise CounterError(
                self.tr("Each chain field is one line of at most 200 characters.")
            ) from None
        return config

    def typed_password(self) -> Secret | None:
        text = self.password.text()
        return Secret(text) if text else None

    # -- test and leave ---------------------------------------------------------------------

    def test_connection(self) -> None:
        try:
            config = self.typed_config()
        except CounterError as exc:
            self._said(exc.message, False)
            return
        if config is None:
            self._said(self.tr("Fill in the chain's database first."), False)
            return
        typed, store = self.typed_password(), self._store
        self._said(self.tr("Testing…"), True)
        from app.ui.chain_tasks import check_chain

        self._runner.run(
            lambda: check_chain(config, typed, store),
            self._tested,
            self._test_failed,
            owner=self,
            key=f"chain-test:{id(self)}",
        )

    def _tested(self, version: tuple[int, int]) -> None:
        self._said(
            self.tr("Connected. The chain's database is ready (schema %1.%2).")
            .replace("%1", str(version[0]))
            .replace("%2", str(version[1])),
            True,
        )

    def _test_failed(self, error: BaseException) -> None:
        from app.ui.chain_messages import describe_chain

        self._said(describe_chain(error), False)

    def _said(self, text: str, good: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("bad", not good)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def leave(self) -> None:
        """Forget the chain on saving: the fields empty, the password removed from the
        keyring. This counter's journal keeps every sale; nothing central is deleted."""
        for edit in (self.host, self.dbname, self.user, self.password, self.shop, self.counter):
            edit.clear()
        self.leaving = True
        self._said(
            self.tr(
                "Save to leave the chain. This counter's sales stay in its own journal; "
                "what was copied to the chain stays there."
            ),
            True,
        )
        self._show_state()

    # -- saved with the dialog --------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """The chain settings to write (never the password)."""
        config = self.typed_config()
        if config is None:
            return {
                schema.CHAIN_ENABLED.key: schema.CHAIN_ENABLED.dump(False),
                **{s.key: s.dump(s.default) for s in _FIELDS},
            }
        if self.typed_password() is None and not self._password_stored:
            raise CounterError(
                self.tr("Type the chain database's password: it is kept in the keyring.")
            )
        return config.settings(enabled=True)

    def password_change(self) -> tuple[Secret | None, bool]:
        """(password to store, whether to remove the stored one)."""
        if self.leaving or (self.typed_config() is None and self._password_stored):
            return None, self._password_stored
        return self.typed_password(), False


_FIELDS: tuple[schema.Setting[Any], ...] = (
    schema.CHAIN_HOST,
    schema.CHAIN_PORT,
    schema.CHAIN_DBNAME,
    schema.CHAIN_USER,
    schema.CHAIN_SHOP,
    schema.CHAIN_COUNTER,
    schema.CHAIN_SSLMODE,
)


def current_config(settings: QSettings) -> ChainConfig | None:
    """The chain this counter is joined to (as saved), or None."""
    from app.chain.config import ChainConfig

    return ChainConfig.load(snapshot(settings))
