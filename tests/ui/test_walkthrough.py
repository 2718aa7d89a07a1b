"""The whole walk-through, keyboard only, ends on results equal to the core's own score."""

from __future__ import annotations

import ui_drive as drive
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from privacy_audit.content import Content
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.session import RESULTS
from ui.main_window import MainWindow
from ui.pages.platform import PlatformPage
from ui.pages.results import ResultsPage


def some_platforms(content: Content) -> list[str]:
    ids = [p.platform.id for p in content.platforms if p.platform.kind == "platform"]
    return sorted({ids[0], ids[-1], ids[len(ids) // 2]}, key=ids.index)


def test_keyboard_walkthrough_results_equal_core(
    window: MainWindow, content: Content, scorer: Scorer
) -> None:
    wanted = some_platforms(content)
    chosen = drive.walk(window, wanted)
    asked = window.session.asked_platforms()
    assert set(wanted) <= set(asked)
    # Every question on every asked platform was answered by keyboard.
    n_questions = sum(len(content.platform_by_id[p].questions) for p in asked)
    assert len(chosen) == n_questions
    expected = Answers(chosen, asked)
    report = scorer.score(expected)
    page = window.current_page()
    assert isinstance(page, ResultsPage)
    assert window.session.answers() == expected
    assert f"{report.score} of 100" in page.score_label.text()
    band = next(b for b in content.ladder.bands if b.id == report.band)
    assert band.label.en in page.score_label.text()
    assert [b.value for b in page.tier_chart.bars()] == [t.share for t in report.tiers]
    assert [b.value for b in page.platform_chart.bars()] == [p.share for p in report.platforms]
    plan = scorer.plan(expected)
    assert [c.step.action for c in page.cards] == [s.action for s in plan]
    assert plan, "the chosen answers should leave something to do"

    # Tick the first plan step "done" with the keyboard: the what-if score follows the core.
    target = page.cards[0].done
    for _ in range(12):
        if drive.focused() is target:
            break
        drive.key(Qt.Key.Key_Tab)
    assert drive.focused() is target
    drive.key(Qt.Key.Key_Space)
    assert window.session.done == {plan[0].action}
    after = scorer.score(scorer.apply(expected, plan[0].action))
    assert f"{after.score} of 100" in page.what_if.text()


def test_live_panel_and_announcement_follow_answers(
    qtbot: QtBot, window: MainWindow, content: Content, scorer: Scorer
) -> None:
    pid = some_platforms(content)[0]
    window.session.set_platform(pid, True)
    window.show_page(f"platform:{pid}")
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    # Pick, for some question, the option that exposes the most: the score must move.
    best = max(
        ((box, oid) for box in page.questions for oid in box.buttons),
        key=lambda bo: scorer.points({bo[0].qid: bo[1]}),
    )
    box, oid = best
    with qtbot.waitSignal(window.panel.announced, timeout=2000) as blocker:
        box.buttons[oid].setFocus()
        drive.key(Qt.Key.Key_Space)
    expected = scorer.score(window.session.answers())
    assert expected.score > 0
    said = blocker.args[0]
    assert f"{expected.score} of 100" in said
    assert window.panel.score_label.text() == f"{expected.score} of 100"
    assert window.panel.last_announcement == said
    # The ladder in the panel is the core's per-tier share.
    assert [b.value for b in window.panel.ladder.bars()] == [t.share for t in expected.tiers]
    # "Who could get this" under the question names the rung of what it exposes.
    tier_labels = {content.tiers[c.tier].label.en for c in window.session.consequences(box.qid)}
    assert all(label in box.who.text() for label in tier_labels)


def test_back_and_skip_keep_answers(window: MainWindow, content: Content) -> None:
    pid = some_platforms(content)[0]
    drive.walk(window, [pid])
    answers = window.session.all_answers()
    drive.key(Qt.Key.Key_Left, drive.ALT)
    assert window.session.page != RESULTS
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    for box in page.questions:
        assert box.buttons[answers[box.qid]].isChecked()
    window.skip_button.click()
    assert window.session.page == RESULTS
    assert window.session.all_answers() == answers
