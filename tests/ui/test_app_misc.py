"""Export from the results page, start over, tab order, and starting with no display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import ui_drive as drive
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from privacy_audit.content import Content
from privacy_audit.scoring.engine import Scorer
from privacy_audit.session import RESULTS, WELCOME
from ui import app as ui_app
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def answer_first_platform(window: MainWindow, content: Content) -> None:
    pid = window.session.choosable_platforms()[0]
    window.session.set_platform(pid, True)
    for q in content.platform_by_id[pid].questions:
        window.session.set_answer(q.id, q.options[0].id)


def test_export_pdf_from_results_by_keyboard(
    qtbot: QtBot, window: MainWindow, content: Content, scorer: Scorer, tmp_path: Path
) -> None:
    answer_first_platform(window, content)
    window.show_page(RESULTS)
    target = tmp_path / "my report.pdf"

    drive.through_report_options(drive.save_as(target))
    window.activateWindow()
    drive.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "my report.pdf" in window.statusBar().currentMessage(), timeout=5000)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    report = scorer.score(window.session.answers())
    assert str(report.score) in text
    first_step = scorer.plan(window.session.answers())[0]
    title = content.actions[first_step.action].title.en
    assert " ".join(title.split()[:3]) in " ".join(text.split())


def test_start_over_asks_then_gives_a_fresh_session(window: MainWindow, content: Content) -> None:
    answer_first_platform(window, content)
    window.show_page(RESULTS)
    old = window.session

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    drive.when_modal(cancel)
    window.start_over()
    assert window.session is old and window.session.all_answers()

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    drive.when_modal(yes)
    window.start_over()
    assert window.session is not old
    assert window.session.all_answers() == {} and window.session.selected == ()
    assert window.session.page == WELCOME
    assert window.session.lang == old.lang


def test_tab_order_follows_reading_order_on_welcome(window: MainWindow) -> None:
    window.activateWindow()
    window.show_page(WELCOME)
    seen: list[QWidget] = [drive.focused()]
    for _ in range(8):
        drive.key(Qt.Key.Key_Tab)
        seen.append(drive.focused())
    names = [w.objectName() for w in seen]
    # Language first, then the session choice, then the navigation at the bottom.
    assert names.index("englishRadioButton") < names.index("privateRadioButton")
    assert names.index("privateRadioButton") < names.index("nextButton")
    ys = [w.mapTo(window, w.rect().topLeft()).y() for w in seen[: names.index("nextButton") + 1]]
    assert ys == sorted(ys), f"focus jumps up the page: {list(zip(names, ys, strict=False))}"


def test_no_display_gives_a_clear_message_not_an_abort(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display variable")
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "privacy_audit"], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "no graphical display" in proc.stderr
    assert "no se encontró una pantalla gráfica" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not ui_app.has_display()


def test_print_opens_a_preview_of_the_report(
    qtbot: QtBot, window: MainWindow, content: Content
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    answer_first_platform(window, content)
    window.show_page(RESULTS)
    seen: list[str] = []

    def close_preview(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, QPrintPreviewDialog)
        dialog.reject()

    drive.through_report_options(close_preview)
    window.activateWindow()
    drive.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)


def test_legal_help_lists_the_content_in_the_session_language(
    window: MainWindow, content: Content
) -> None:
    window.set_language("es")
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle() + "\n" + box.text())
        box.accept()

    drive.when_modal(read)
    window.menus.legal.trigger()
    assert seen and seen[0].startswith("Ayuda legal gratuita")
    for h in content.ladder.legal_help:
        assert h.name.es in seen[0] and h.url in seen[0]


def test_high_contrast_by_keyboard_and_never_colour_only(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    try:
        window.activateWindow()
        drive.key(
            Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        assert window.menus.contrast.isChecked()
        assert "background: white" in app.styleSheet()
        # The level is always written in words next to the number.
        assert "Level:" in window.panel.band_label.text()
    finally:
        app.setStyleSheet(before)


def test_report_options_both_languages_a4_safe_to_carry(
    qtbot: QtBot, window: MainWindow, content: Content, scorer: Scorer, tmp_path: Path
) -> None:
    """Export asks what to print first: the choices reach the PDF, and are kept for the next
    report of the session; cancelling the choices writes nothing."""
    from report.conftest import pdfinfo

    from privacy_audit.report.strings import rt
    from ui.dialogs.report_options import ReportOptionsDialog

    answer_first_platform(window, content)
    window.show_page(RESULTS)
    target = tmp_path / "carry.pdf"

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportOptionsDialog)
        dialog.lang_radios["both"].click()
        dialog.paper_radios["a4"].click()
        QTest.keyClick(dialog.safe, Qt.Key.Key_Space)  # ticked by keyboard

    drive.through_report_options(drive.save_as(target), choose=choose)
    window.activateWindow()
    drive.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=15_000)
    qtbot.waitUntil(lambda: "carry.pdf" in window.statusBar().currentMessage(), timeout=5000)
    info = pdfinfo(target)
    assert (round(info.width), round(info.height)) == (595, 842)  # A4
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert rt("safe_title", "en") in text and rt("safe_title", "es") in text  # both
    for lang in ("en", "es"):  # safe to carry: no score, no findings
        assert rt("summary", lang) not in text and rt("findings", lang) not in text
    first = content.actions[scorer.plan(window.session.answers())[0].action].title
    assert " ".join(first.en.split()[:3]) in text and " ".join(first.es.split()[:3]) in text

    # The next report starts from these choices; cancelling them writes nothing.
    seen: list[tuple[str, str, bool]] = []

    def look_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportOptionsDialog)
        c = dialog.choices()
        seen.append((c.lang, c.paper, c.safe_to_carry))
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    drive.when_modal(look_and_cancel)
    window.activateWindow()
    drive.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [("both", "a4", True)]
    qtbot.wait(200)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["carry.pdf"]


def test_skip_names_a_section_as_a_section(window: MainWindow) -> None:
    """ "Skip this platform" on "Your phone number and email" would be wrong: it is a section."""
    window.show_page("platform:phone_email")
    assert window.skip_button.text() == "S&kip this section"
    window.set_language("es")
    assert window.skip_button.text() == "&Omitir esta sección"
    pid = window.session.choosable_platforms()[0]
    window.session.set_platform(pid, True)
    window.show_page(f"platform:{pid}")
    assert window.skip_button.text() == "&Omitir esta plataforma"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_nav_buttons_are_never_cut_off_by_the_window(window: MainWindow, lang: str) -> None:
    """At the size the window opens at on a 1366x768 screen, with the longest button texts
    (Spanish, a platform page with Skip), every navigation button is inside the window."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    window.resize(1093, 660)
    window.show()
    window.set_language(lang)
    pid = window.session.choosable_platforms()[0]
    window.session.set_platform(pid, True)
    for key in ("welcome", "accounts", f"platform:{pid}", "platform:phone_email"):
        window.show_page(key)
        for _ in range(3):
            QApplication.processEvents()
        inside = QRect(QPoint(0, 0), window.size())
        for b in (window.back_button, window.skip_button, window.next_button):
            if b.isVisible():
                rect = QRect(b.mapTo(window, QPoint(0, 0)), b.size())
                assert inside.contains(rect), (key, b.objectName(), rect.getRect())
