"""Switching language mid-audit retranslates everything live and keeps every answer."""

from __future__ import annotations

import ui_drive as drive
from PySide6.QtCore import Qt

from privacy_audit.content import Content
from privacy_audit.scoring.engine import Scorer
from privacy_audit.session import RESULTS
from ui.main_window import MainWindow
from ui.pages.platform import PlatformPage
from ui.pages.results import ResultsPage


def test_switch_language_mid_audit_keeps_answers(
    window: MainWindow, content: Content, scorer: Scorer
) -> None:
    pids = [p.platform.id for p in content.platforms if p.platform.kind == "platform"][:2]
    window.activateWindow()
    drive.next_page()
    drive.pick_platforms(window, pids)
    drive.next_page()
    chosen = drive.answer_page(window, 0)
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    menu_before = window.menus.file.title()

    drive.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # switch language

    assert window.session.lang == "es"
    assert window.session.all_answers() == chosen
    assert window.session.selected == tuple(pids)
    assert window.current_page() is page  # same page, not rebuilt
    for box in page.questions:
        q = content.questions[box.qid]
        assert box.title() == q.text.es
        assert box.buttons[chosen[box.qid]].isChecked()
        for opt in q.options:
            assert box.buttons[opt.id].text() == opt.text.es
    # Qt strings come from the translation file, content texts from the core.
    assert window.menus.file.title() != menu_before
    assert window.menus.file.title() == "&Archivo"
    assert window.back_button.text() == "A&trás"
    assert "de 100" in window.panel.score_label.text()
    welcome = window.pages["welcome"]
    assert welcome.spanish.isChecked()  # type: ignore[attr-defined]

    # Finish the audit in Spanish: results match the core, in Spanish.
    drive.next_page()
    while window.session.page != RESULTS:
        chosen.update(drive.answer_page(window, len(chosen)))
        drive.next_page()
    report = scorer.score(window.session.answers())
    assert window.session.answers().answers == chosen
    results = window.current_page()
    assert isinstance(results, ResultsPage)
    band = next(b for b in content.ladder.bands if b.id == report.band)
    assert f"{report.score} de 100" in results.score_label.text()
    assert band.label.es in results.score_label.text()

    # And back to English: still the same answers and score.
    window.set_language("en")
    assert window.session.answers().answers == chosen
    assert f"{report.score} of 100" in results.score_label.text()
    assert window.menus.file.title() == "&File"
