"""No secret leaves the keyring: not into the journal, settings, log files, log records,
crash dialogs or error messages, raw or encoded."""

from __future__ import annotations

import base64
import logging
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.plans import ProviderId
from app.journal import Journal
from app.logs import close_logging, setup_logging
from app.sandbox import Fault, Sandbox, SandboxConfig, serve
from app.secrets import SecretName, SecretStore
from app.startup import open_counter
from app.ui import crash
from app.ui.app import configure
from app.ui.main_window import MainWindow
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from .clerk import find_by_keyboard, pick_plan_by_keyboard, row_of, sell_by_keyboard, wait_outcome

MARKERS = {
    SecretName.ESIMFLY_ACCESS_CODE: "esf_MARKER_ACCESS_7f3a9c",
    SecretName.ESIMFLY_SECRET_KEY: "sk_MARKER_SECRET_b81d44",
    SecretName.OCTOPUS_API_KEY: "oc_MARKER_KEY_5e02aa",
    SecretName.OCTOPUS_API_SECRET: "oc_MARKER_SECRET_c9d177",
}


def encodings(marker: str) -> list[bytes]:
    raw = marker.encode()
    return [
        raw,
        base64.b64encode(raw),
        base64.urlsafe_b64encode(raw).rstrip(b"="),
        raw.hex().encode(),
        raw.hex().upper().encode(),
        marker.encode("utf-16-le"),
    ]


@pytest.fixture
def everything(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        yield caplog


def test_no_secret_in_anything_the_program_wrote(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    everything: pytest.LogCaptureFixture,
) -> None:
    configure(qapp)
    sandbox = Sandbox(
        SandboxConfig(
            clock_scale=0.001,
            esimfly_access_code=MARKERS[SecretName.ESIMFLY_ACCESS_CODE],
            esimfly_secret_key=MARKERS[SecretName.ESIMFLY_SECRET_KEY],
            octopus_api_key=MARKERS[SecretName.OCTOPUS_API_KEY],
            octopus_api_secret=MARKERS[SecretName.OCTOPUS_API_SECRET],
        )
    )
    written = tmp_path / "written"
    log_path = setup_logging(written / "logs")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    uninstall = crash.install(log_path)
    keyring = MemoryKeyring()
    store = SecretStore(keyring, allowed=TEST_ALLOWED)
    settings = QSettings(str(written / "settings.ini"), QSettings.Format.IniFormat)
    journal = Journal(written / "journal.sqlite3")
    try:
        with serve(sandbox) as server:
            window = MainWindow(
                lambda values, _j: open_counter(values, journal=journal, store=store),
                settings,
                training=True,
                full_screen_display=False,
                display_timeout=0,
                poll_delays=(0.05,),
                store=store,
            )
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda: window.counter is not None, timeout=15000)

            # The owner types both accounts' secrets into the settings dialog.
            window.open_settings()
            dialog = window.settings_flow.dialog  # type: ignore[union-attr]
            assert dialog is not None
            qtbot.waitUntil(lambda: not dialog.keyring_state.text().startswith("Checking"))
            for box in (dialog.esimfly, dialog.octopus):
                box.enabled.setChecked(True)
                box.base_url.setText(server.url)
                for name, field in box.fields.items():
                    field.edit.setText(MARKERS[name])
            # A test connection with a wrong key first.
            dialog.octopus.fields[SecretName.OCTOPUS_API_KEY].edit.setText("oc_wrong")
            qtbot.mouseClick(dialog.octopus.test_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Testing" not in dialog.octopus.result.text(), timeout=10000)
            errors_seen = [dialog.octopus.result.text()]
            dialog.octopus.fields[SecretName.OCTOPUS_API_KEY].edit.setText(
                MARKERS[SecretName.OCTOPUS_API_KEY]
            )
            with qtbot.waitSignal(dialog.saved, timeout=10000):
                dialog.save()
            qtbot.waitUntil(
                lambda: window.counter is not None and not window.counter.training, timeout=15000
            )

            # Sales: delivered, failed, unknown.
            outcomes = []
            for provider, arrange in (
                (ProviderId.OCTOPUS, lambda: None),
                (ProviderId.ESIMFLY, lambda: sandbox.set_balance("esimfly", Decimal("0"))),
                (
                    ProviderId.OCTOPUS,
                    lambda: sandbox.inject(
                        Fault(kind="reset", provider="octopus", method="POST", when="after")
                    ),
                ),
            ):
                find_by_keyboard(qtbot, window, "germ")
                pick_plan_by_keyboard(qtbot, window, row_of(window, provider))
                arrange()
                sell_by_keyboard(qtbot, window)
                outcomes.append(wait_outcome(qtbot, window))
                errors_seen.append(window.sell_panel.outcome.text())
                if window.flow.display is not None:
                    window.flow.display.close()
            assert outcomes == ["success", "failed", "unknown"]

            # A crash, with a message that quotes the failing call.
            try:
                raise RuntimeError("boom while talking to the provider")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
            errors_seen.extend(shown)
            errors_seen.append(repr(window.counter.providers))
            window.close()
    finally:
        uninstall()
        close_logging()
        settings.sync()
        journal.close()

    assert keyring.entries  # the secrets did go somewhere: the keyring
    files = [p for p in written.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"journal.sqlite3", "settings.ini", "esim-counter.log"}
    records = "\n".join(
        f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in everything.records
    ).encode()
    texts = "\n".join(errors_seen).encode()
    for name, marker in MARKERS.items():
        for form in encodings(marker):
            for path in files:
                assert form not in path.read_bytes(), f"{name} found in {path.name}"
            assert form not in records, f"{name} found in a log record"
            assert form not in texts, f"{name} found in a message shown to the clerk"


CHAIN_MARKER = "pg_MARKER_CHAIN_41d7e0"


def test_no_chain_password_outside_the_keyring(
    tmp_path: Path,
    make_chain_db: object,
    everything: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 16: the chain's PostgreSQL password, known, through settings, pushes that work
    and pushes that fail (wrong password, server gone), central reads and the command line:
    found only in the keyring."""
    import dataclasses

    from app.chain import cli
    from app.chain.central import CentralJournal
    from app.chain.config import PASSWORD_ENV, read_password, store_password
    from app.chain.connection import ChainUnavailable
    from app.chain.push import Pusher
    from app.chain.sync import ChainSync
    from app.core.secret import Secret
    from app.ui import settings_store
    from tests.chain.fixtures import ChainDb
    from tests.chain.pg_server import free_port
    from tests.chain.shift_script import run_shift

    db: ChainDb = make_chain_db()  # type: ignore[operator]
    role = f"scan_{db.dbname}"
    with db.admin() as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{CHAIN_MARKER}'")  # type: ignore[arg-type]
        admin.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}")  # type: ignore[arg-type]
    config = dataclasses.replace(db.config, user=role)

    written = tmp_path / "written"
    log_path = setup_logging(written / "logs")
    keyring = MemoryKeyring()
    store = SecretStore(keyring, allowed=TEST_ALLOWED)
    settings = QSettings(str(written / "settings.ini"), QSettings.Format.IniFormat)
    messages: list[str] = []
    try:
        store_password(Secret(CHAIN_MARKER), store)
        for key, value in config.settings().items():
            settings.setValue(key, value)
        assert settings_store.snapshot(settings)["chain/user"] == role
        password = read_password(store)
        assert password == Secret(CHAIN_MARKER)
        journal_path = written / "journal.sqlite3"
        with Journal(journal_path) as journal:
            run_shift(journal, sales=2)
        # A push that fails (wrong password), one that cannot connect, then one that works.
        for wrong_config, wrong_password in (
            (config, Secret(CHAIN_MARKER + "x")),
            (dataclasses.replace(config, port=free_port()), password),
        ):
            sync = ChainSync(Pusher(journal_path, wrong_config, wrong_password, timeout_s=1))
            sync._cycle()
            messages.append(str(sync.status()))
            sync.stop()
        pusher = Pusher(journal_path, config, password)
        assert pusher.push_all() > 0
        pusher.close()
        central = CentralJournal(dataclasses.replace(config, port=free_port()), password)
        with pytest.raises(ChainUnavailable) as caught:
            central.count()
        messages += [str(caught.value), repr(caught.value)]
        central.close()
        monkeypatch.setenv(PASSWORD_ENV, CHAIN_MARKER + "x")
        options = [f"--{k}={getattr(config, k)}" for k in ("host", "port", "dbname", "user")]
        assert cli.main(["init", *options, "--sslmode=disable"], {}) == 1
        monkeypatch.delenv(PASSWORD_ENV)
    finally:
        close_logging()
        settings.sync()
    out = capsys.readouterr()
    messages += [out.out, out.err]

    assert keyring.entries == {("eSIM Counter", "chain.password"): CHAIN_MARKER}
    files = [p for p in written.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"journal.sqlite3", "settings.ini", log_path.name}
    records = "\n".join(
        f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in everything.records
    ).encode()
    assert b"password" in records  # the failures were logged, without the password
    texts = "\n".join(messages).encode()
    for form in encodings(CHAIN_MARKER):
        for path in files:
            assert form not in path.read_bytes(), f"chain password found in {path.name}"
        assert form not in records, "chain password found in a log record"
        assert form not in texts, "chain password found in a message"
