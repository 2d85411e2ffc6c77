"""``esim-counter --smoke-test`` from the source tree: it sells, checks the QR on the
customer display against the journal, and says so; and it fails loudly when it cannot."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui import smoke, smoke_checks
from app.ui.qr_widget import QrWidget, qr_matrix

from .helpers import ROOT, SMOKE_LINE, offscreen_env

LPA = "LPA:1$smdp.example.com$ABCD-1234-EFGH"


def test_the_smoke_test_sells_from_the_command_line(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke-test", "--smoke-report", str(report)],
        env=offscreen_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1  # one line, nothing else
    found = re.match(SMOKE_LINE, lines[0])
    assert found, lines[0]
    assert report.read_text(encoding="utf-8").strip() == lines[0]
    assert done.stderr == ""  # Qt's own chatter went to the (temporary) log
    # It sold on a temporary journal: the shop's data folder was never created.
    assert not (tmp_path / "home" / "data").exists()


def _run_in_process(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], timeout: float = 60
) -> tuple[int, str]:
    code = smoke.run_smoke_test(timeout=timeout)
    return code, capsys.readouterr().out.strip()


def test_no_plan_that_delivers_at_once_fails(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(smoke, "SLOW_PLANS", "")  # every plan now counts as slow
    code, out = _run_in_process(qapp, capsys)
    assert code == smoke.FAILED
    assert out == "smoke test FAILED: no plan for JPN that delivers at once"


def test_a_counter_that_never_gets_there_times_out(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(smoke, "DESTINATION", "no such place")
    code, out = _run_in_process(qapp, capsys, timeout=1.5)
    assert code == smoke.TIMED_OUT
    assert out == "smoke test FAILED: timed out after 1.5 s waiting for the plans to load"


def test_an_exception_in_a_slot_fails_at_once(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.main_window import MainWindow

    def broken(self: MainWindow, index: object) -> None:
        raise RuntimeError("the sell panel broke")

    monkeypatch.setattr(MainWindow, "_plan_activated", broken)
    code, out = _run_in_process(qapp, capsys)
    assert code == smoke.FAILED
    assert out == "smoke test FAILED: unhandled RuntimeError: the sell panel broke"


# -- the QR check on its own --------------------------------------------------------------


def _painted(qtbot: QtBot, text: str, size: int = 400) -> QrWidget:
    widget = QrWidget(text)
    qtbot.addWidget(widget)
    widget.resize(size, size)
    return widget


def test_the_pixel_check_reads_back_the_painted_matrix(qtbot: QtBot) -> None:
    widget = _painted(qtbot, LPA)
    matrix = qr_matrix(LPA)
    smoke.check_qr_pixels(widget, matrix, widget.module_size())
    image = widget.grab().toImage()
    assert smoke_checks.painted_modules(image, len(matrix), widget.module_size()) == matrix


def test_the_pixel_check_catches_another_code(qtbot: QtBot) -> None:
    widget = _painted(qtbot, LPA)
    other = qr_matrix(LPA.replace("ABCD", "ABCE"))
    assert len(other) == len(qr_matrix(LPA))
    with pytest.raises(smoke.SmokeFailure, match="differs from the QR of the LPA string"):
        smoke.check_qr_pixels(widget, other, widget.module_size())


def test_the_pixel_check_catches_a_smudge(qtbot: QtBot) -> None:
    class Smudged(QrWidget):
        def paintEvent(self, event: object) -> None:  # type: ignore[override]
            super().paintEvent(event)  # type: ignore[arg-type]
            painter = QPainter(self)
            side = self.module_size() * 3
            centre = self.width() // 2
            painter.fillRect(centre - side, centre - side, side, side, QColor("black"))
            painter.end()

    widget = Smudged(LPA)
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    with pytest.raises(smoke.SmokeFailure, match="modules"):
        smoke.check_qr_pixels(widget, qr_matrix(LPA), widget.module_size())


def test_a_qr_too_small_for_a_phone_fails(qtbot: QtBot) -> None:
    widget = _painted(qtbot, LPA, size=120)
    with pytest.raises(smoke.SmokeFailure, match="too small"):
        smoke.check_qr_pixels(widget, qr_matrix(LPA), 1)


def test_zxing_reads_what_the_widget_paints(qtbot: QtBot) -> None:
    widget = _painted(qtbot, LPA)
    assert smoke.zxing_decode(widget) == [LPA]


def test_zxing_finds_nothing_on_a_blank_widget(qtbot: QtBot) -> None:
    blank = QWidget()
    qtbot.addWidget(blank)
    blank.resize(200, 200)
    assert smoke.zxing_decode(blank) == []


def test_painted_modules_refuses_a_symbol_larger_than_the_image() -> None:
    image = QImage(50, 50, QImage.Format.Format_Grayscale8)
    with pytest.raises(smoke.SmokeFailure, match="does not fit"):
        smoke_checks.painted_modules(image, 29, 4)


# -- translations and keyring backends -------------------------------------------------------


def test_qt_translations_of_the_shipped_languages_load(qapp: QApplication) -> None:
    assert smoke.check_translations().startswith("Qt translations de")


def test_a_missing_qt_translation_fails(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import i18n

    monkeypatch.setattr(i18n, "SHIPPED", ("en", "de", "xx"))
    with pytest.raises(smoke.SmokeFailure, match="translations for xx are not in"):
        smoke.check_translations()


def test_missing_counter_translations_fail(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.ui import i18n

    monkeypatch.setattr(i18n, "OWN_TRANSLATIONS", tmp_path)
    with pytest.raises(smoke.SmokeFailure, match="own translations do not load"):
        smoke.check_translations()


def test_the_shipped_translations_load(qapp: QApplication) -> None:
    from app.ui import i18n

    said = smoke.check_translations()
    own = said.split("counter translations ", 1)[1].split()
    # English too: its catalogue holds the plural forms of the English source.
    assert sorted(own) == sorted(i18n.SHIPPED)


# -- the keyring backends -------------------------------------------------------------------


def test_the_keyring_backend_of_this_os_is_there() -> None:
    assert smoke.check_keyring().startswith("keyring backend ")


def test_a_missing_keyring_dependency_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(smoke_checks.KEYRING_BACKENDS, "linux", ("SecretService", "no_such_module"))
    with pytest.raises(smoke.SmokeFailure, match="cannot load no_such_module"):
        smoke.check_keyring("linux")


def test_an_unregistered_keyring_backend_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(smoke_checks.KEYRING_BACKENDS, "linux", ("NoSuchBackend", "keyring"))
    with pytest.raises(smoke.SmokeFailure, match="not registered"):
        smoke.check_keyring("linux")


def test_the_startup_probe_reports_an_interactive_window(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--journal",
            str(tmp_path / "journal.sqlite3"),
            "--startup-probe",
        ],
        env=offscreen_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["shown", "ready"]
