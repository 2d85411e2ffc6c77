"""Regenerate the README's screenshots: ``python docs/make_screenshots.py``.

Runs the real counter offscreen in training mode (temporary journal and settings), picks
Japan, selects a plan, opens the sell confirmation and completes the sale, grabbing the main
window, the confirmation and the customer display into docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.plans import ProviderId  # noqa: E402
from app.core.secret import Secret  # noqa: E402
from app.counter import Counter  # noqa: E402
from app.journal import Journal  # noqa: E402
from app.sandbox import Fault, SandboxConfig  # noqa: E402
from app.secrets import SecretName, SecretStore  # noqa: E402
from app.training import training_setup  # noqa: E402
from app.ui.app import configure  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.runner import Runner  # noqa: E402
from app.ui.settings_dialog import SettingsDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


class _ScreenshotKeyring(KeyringBackend):
    """A keyring in memory, so the screenshot never touches the real one."""

    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


_KEYRING = f"{_ScreenshotKeyring.__module__}.{_ScreenshotKeyring.__qualname__}"
SIZE = (1280, 800)


def wait_until(condition: Callable[[], object], timeout_ms: int = 15000) -> None:
    loop = QEventLoop()
    waited = 0
    while not condition():
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the counter did not get there in time")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    configure(app)
    with tempfile.TemporaryDirectory() as tmp:
        setup = training_setup(SandboxConfig(clock_scale=0.001))
        journal = Journal(Path(tmp) / "journal.sqlite3")
        counter = Counter(setup.providers, journal, training=True)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            lambda *_: counter,
            settings,
            training=True,
            full_screen_display=False,
            shop_name="Sunrise Mobile — Terminal 2",
            display_timeout=300,
        )
        window.resize(*SIZE)
        window.show()
        wait_until(lambda: window.counter is not None)
        window.picker.search.setText("jap")
        window.picker._choose_current()
        wait_until(lambda: window.plans_proxy.rowCount() > 0)
        plans = [
            window.plans_proxy.plan_at(window.plans_proxy.index(r, 0))
            for r in range(window.plans_proxy.rowCount())
        ]
        # An Octopus plan that delivers inline (the KDDI ones go pending).
        row = next(
            r
            for r, plan in enumerate(plans)
            if plan.provider is ProviderId.OCTOPUS and "KDDI" not in plan.name
        )
        index = window.plans_proxy.index(row, 0)
        window.plans_view.selectRow(row)
        window._plan_activated(index)
        window.grab().save(str(OUT / "main-window.png"))

        window.sell_panel.sell_button.click()
        wait_until(lambda: window.flow.confirm_dialog is not None)
        dialog = window.flow.confirm_dialog
        dialog.adjustSize()
        dialog.grab().save(str(OUT / "sell-confirmation.png"))
        dialog.accept()

        wait_until(lambda: window.flow.display is not None)
        display = window.flow.display
        display.resize(*SIZE)
        wait_until(lambda: display.isVisible())
        display.grab().save(str(OUT / "customer-display.png"))
        window.grab().save(str(OUT / "main-window-sold.png"))
        display.close()

        # A few more sales, one whose answer is lost, for the history.
        for plan in plans[:3]:
            counter.sell(plan)
        setup.sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST", when="after"))
        counter.sell(next(p for p in plans if p.provider is ProviderId.ESIMFLY))
        window.open_history()
        history = window.history
        wait_until(lambda: history.model.rowCount() == 5 and not history.model.loading)
        history.table.selectRow(0)
        history.grab().save(str(OUT / "history.png"))
        history.close()
        window.open_day_report()
        report = window.day_report
        wait_until(lambda: report.model.rowCount() == 2 and "now" in report.balances.text())
        report.grab().save(str(OUT / "day-report.png"))
        report.close()

        # The settings, with an eSIMfly account whose secrets are in a (stand-in) keyring.
        store = SecretStore(_ScreenshotKeyring(), allowed={_KEYRING: "the system keyring"})
        store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret("esf_example"))
        store.store(SecretName.ESIMFLY_SECRET_KEY, Secret("sk_example"))
        settings.setValue("accounts/esimfly/enabled", "true")
        settings.setValue("accounts/esimfly/base_url", "https://esimfly.net")
        runner = Runner()
        dialog = SettingsDialog(settings, runner, store)
        dialog.show()
        wait_until(lambda: not dialog.keyring_state.text().startswith("Checking"))
        dialog.esimfly.show_result("Connected. Balance: USD\u00a01,000.00", True)
        dialog.grab().save(str(OUT / "settings.png"))
        dialog.close()
        runner.shutdown()
        window.close()
        window.deleteLater()
        journal.close()
        setup.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
