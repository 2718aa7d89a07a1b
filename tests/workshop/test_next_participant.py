""" "Next participant" leaves nothing behind: not in the widgets, not in the model, not in memory.
Example people score as documented; the room tally keeps counts only."""

from __future__ import annotations

import csv
import gc
from pathlib import Path

import pytest
import ui_drive as drive
from core.test_examples import _documented_scores
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from privacy_audit.content import Content
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.session import ACCOUNTS, RESULTS, WELCOME, AuditSession
from privacy_audit.workshop.room import CSV_HEADER, KINDS, MIN_COUNT, PARTICIPANTS
from ui.main_window import MainWindow
from ui.pages.results import ResultsPage
from ui.workshop.mode import WorkshopMode

#: The only buttons checked on a fresh welcome page: the language and "private session".
FRESH_CHECKED = {"englishRadioButton", "privateRadioButton"}


def flush() -> None:
    """Let deleteLater() run, then collect: what is left is really still alive."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()


def some_platforms(content: Content) -> list[str]:
    ids = [p.platform.id for p in content.platforms if p.platform.kind == "platform"]
    return [ids[0], ids[len(ids) // 2]]


def participant(window: MainWindow, content: Content) -> dict[str, str]:
    """A participant walks the whole audit by keyboard and ticks a plan step on results."""
    chosen = drive.walk(window, some_platforms(content))
    page = window.current_page()
    assert isinstance(page, ResultsPage) and page.cards
    page.cards[0].done.setChecked(True)
    assert window.session.done
    return chosen


def checked_buttons(window: MainWindow) -> set[str]:
    return {
        b.objectName()
        for b in window.findChildren(QAbstractButton)
        if isinstance(b, QCheckBox | QRadioButton) and b.isChecked()
    }


def _objects() -> list[object]:
    """Every object gc tracks, plus what those refer to directly: CPython does not track a
    dict that holds only strings (like an answers dict), so gc.get_objects() alone misses it."""
    tracked = gc.get_objects()
    seen = {id(o) for o in tracked}
    extra = []
    for obj in tracked:
        for ref in gc.get_referents(obj):
            if type(ref) is dict and id(ref) not in seen:
                seen.add(id(ref))
                extra.append(ref)
    return tracked + extra


def _holds(obj: object, answers: dict[str, str] | None) -> str:
    if isinstance(obj, AuditSession) and (obj.all_answers() or obj.selected or obj.done):
        return f"AuditSession with {len(obj.all_answers())} answers"
    if isinstance(obj, Answers) and obj.answers:
        if answers is None or set(obj.answers.items()) <= set(answers.items()):
            return f"Answers with {len(obj.answers)} answers"
    if type(obj) is dict and len(obj) >= 3:
        if answers is None or obj.items() <= answers.items():
            return f"dict with {len(obj)} of the answers"
    return ""


def earlier_traces() -> set[int]:
    """Ids of objects that already hold answers before this participant starts: what earlier
    tests left in memory. The window's own (still empty) session is not among them."""
    return {id(obj) for obj in _objects() if _holds(obj, None)}


def live_traces(
    answers: dict[str, str], earlier: set[int] | frozenset[int] = frozenset()
) -> list[str]:
    """Every object in memory, not alive before the test, that still holds the answers."""
    skip = earlier | {id(answers)}  # the test's own copy of what was chosen
    return [t for obj in _objects() if id(obj) not in skip and (t := _holds(obj, answers))]


def test_next_participant_leaves_nothing_behind(
    qtbot: QtBot, window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    gc.collect()
    earlier = earlier_traces()
    chosen = participant(window, content)
    assert len(chosen) >= 3
    assert checked_buttons(window) - FRESH_CHECKED  # the participant's ticks are on screen
    window.set_language("es")  # the participant switched language; the room's comes back
    # Every page that showed the participant's answers; the welcome page asks none (it shows
    # the language and the saving choice, reset below) and stays.
    old_pages = [p for key, p in window.pages.items() if key != WELCOME]
    assert len(old_pages) >= 3

    mode.bar.next_button.setFocus()
    drive.key(Qt.Key.Key_Space)  # on the results page: no question asked
    flush()  # back in the event loop, as before anyone can look or click again

    # The model is fresh.
    s = window.session
    assert (s.all_answers(), s.selected, s.done, s.page) == ({}, (), frozenset(), WELCOME)
    assert not s.saving and s.lang == "en" and window.translators.lang == "en"
    # The widgets show nothing of the participant.
    assert window.stack.currentWidget() is window.pages[WELCOME]
    assert set(window.pages) == {WELCOME}  # the others are built anew when shown
    assert checked_buttons(window) == FRESH_CHECKED
    assert not window.back_button.isEnabled()
    # A fresh audit has no score to show yet: a dash, never "0" or "low".
    assert window.panel.score_label.text() == "—"
    for page in old_pages:
        with pytest.raises(RuntimeError):
            page.objectName()  # deleted, not hidden
    # Nothing in memory holds the answers any more.
    assert live_traces(chosen, earlier) == []
    # The results page of the new session shows nothing.
    window.show_page(RESULTS)
    results = window.current_page()
    assert isinstance(results, ResultsPage)
    assert results.cards == [] and "no level yet" in results.score_label.text()
    assert [b.value for b in results.tier_chart.bars()] == [0.0] * len(results.tier_chart.bars())
    assert not {b.objectName() for b in results.findChildren(QCheckBox) if b.isChecked()}


def test_next_participant_mid_audit_asks_first(
    window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    pid = some_platforms(content)[0]
    window.page(ACCOUNTS).boxes[pid].setChecked(True)  # type: ignore[attr-defined]
    window.show_page(f"platform:{pid}")
    q = content.platform_by_id[pid].questions[0]
    window.session.set_answer(q.id, q.options[0].id)

    def press(button: QMessageBox.StandardButton) -> None:
        def handle(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(button).click()

        drive.when_modal(handle)
        window.menus.start_over.trigger()  # Ctrl+N is "next participant" here

    press(QMessageBox.StandardButton.Cancel)
    assert window.session.all_answers() == {q.id: q.options[0].id}
    press(QMessageBox.StandardButton.Yes)
    assert window.session.all_answers() == {} and window.session.page == WELCOME


@pytest.mark.parametrize("lang", ["en", "es"])
def test_example_people_score_as_documented(
    window: MainWindow, mode: WorkshopMode, content: Content, scorer: Scorer, lang: str
) -> None:
    documented = _documented_scores()
    window.set_language(lang)
    mode.room_lang = lang
    for p in content.personas:
        mode.menu.persona_actions[p.id].trigger()
        assert window.session.all_answers() == p.answers
        assert window.session.page.startswith("platform:")
        window.show_page(RESULTS)
        page = window.current_page()
        assert isinstance(page, ResultsPage)
        score = scorer.score(Answers(p.answers, tuple(p.platforms))).score
        assert score == documented.get(p.id), f"{p.id}: docs/scoring.md section 6"
        out_of = "de 100" if lang == "es" else "of 100"
        assert f"{score} {out_of}" in page.score_label.text()
        assert p.name.get(lang) in mode.bar.status.text()
    mode.next_participant()  # a demo is cleared without a question
    assert window.session.all_answers() == {}


def test_tally_is_off_by_default_and_never_counts_demos(
    window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    assert mode.tally is None and not mode.menu.tally.isChecked()
    participant(window, content)
    mode.next_participant()
    assert mode.tally is None  # off: nothing was counted anywhere
    mode.menu.tally.trigger()
    assert mode.tally is not None and mode.tally.counts == {}
    mode.load_persona(content.personas[0].id)
    mode.next_participant()
    assert mode.tally.counts == {}


def test_tally_counts_only_and_exports_a_csv_once(
    qtbot: QtBot, window: MainWindow, mode: WorkshopMode, content: Content, tmp_path: Path
) -> None:
    mode.menu.tally.trigger()
    assert mode.tally is not None
    out = tmp_path / "room.csv"
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    # Too few participants: a message, no file dialog, no file.
    participant(window, content)
    mode.next_participant()
    drive.when_modal(read_and_close)
    mode.menu.export_tally.trigger()
    assert seen and "3" in seen[-1] and not out.exists()

    for _ in range(2):
        participant(window, content)
        mode.next_participant()
    tally = mode.tally
    assert tally.participants == 3
    for (kind, cid), n in tally.counts.items():
        assert kind in KINDS and isinstance(cid, str) and type(n) is int
    expected = {k: n for k, n in tally.counts.items() if n >= MIN_COUNT}

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        drive.when_modal(read_and_close)  # the "saved" notice that follows
        dialog.setDirectory(str(tmp_path))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText("room")
        dialog.accept()

    drive.when_modal(save_as)
    mode.menu.export_tally.trigger()
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert tuple(rows[0]) == CSV_HEADER
    assert {(k, c): int(n) for k, c, _label, n in rows[1:]} == expected
    assert expected[(PARTICIPANTS, PARTICIPANTS)] == 3
    # Exported once, then gone: no second snapshot to compare with.
    assert mode.tally is None and not mode.menu.tally.isChecked()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["room.csv"]


def test_language_chosen_before_anyone_starts_is_the_rooms(
    window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    window.set_language("es")  # the facilitator, on the empty welcome page
    QApplication.processEvents()
    pid = window.session.choosable_platforms()[0]
    window.session.set_platform(pid, True)
    window.set_language("en")  # a participant, mid-audit
    QApplication.processEvents()
    mode.next_participant(confirm=False)
    QApplication.processEvents()
    assert window.session.lang == "es" and window.translators.lang == "es"
    assert mode.bar.reminder.text().startswith("Modo taller")


def test_results_page_start_over_is_next_participant(
    window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    """In workshop mode the results page's "Start over" is "next participant" (the window's
    start-over intent): counted in the tally, no question asked at the end of an audit."""
    mode.set_tally(True)
    participant(window, content)
    window.show_page(RESULTS)
    page = window.current_page()
    assert isinstance(page, ResultsPage)
    asked: list[str] = []

    def cancel(box: QWidget) -> None:  # the ordinary "Start over" would ask first
        asked.append(box.windowTitle())
        box.close()

    drive.when_modal(cancel, tries=20)
    page.start_over_button.click()
    flush()
    assert asked == []
    assert window.session.all_answers() == {} and window.session.page == WELCOME
    assert mode.tally is not None and mode.tally.participants == 1
