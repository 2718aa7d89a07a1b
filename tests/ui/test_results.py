"""The results page tells a person what matters: the staircase of the plan with its numbers,
what each step moves, the ladder with its facts, and no verdict for an audit too thin to judge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.scoring.answers import load_answers_file
from privacy_audit.scoring.engine import Scorer, shown
from privacy_audit.session import ACCOUNTS, RESULTS, AuditSession
from ui.main_window import MainWindow
from ui.pages.results import ResultsPage

ROOT = Path(__file__).resolve().parents[2]


def _results_for(window: MainWindow, content: Content, person: str, lang: str) -> ResultsPage:
    answers = load_answers_file(ROOT / "examples" / f"{person}.json", content)
    window.use_session(AuditSession.from_answers(answers, content, lang=lang))
    window.set_language(lang)
    window.show_page(RESULTS)
    QApplication.processEvents()
    page = window.current_page()
    assert isinstance(page, ResultsPage)
    return page


@pytest.mark.parametrize("lang", ["en", "es"])
def test_staircase_shows_the_score_after_each_step(
    window: MainWindow, content: Content, scorer: Scorer, lang: str
) -> None:
    page = _results_for(window, content, "rosa", lang)
    answers = window.session.answers()
    report = scorer.score(answers)
    plan = scorer.plan(answers)
    expected = [report.score, *(shown(s.cumulative_score) for s in plan)]
    assert page.staircase.scores() == expected
    assert expected[3] < expected[0], "the first three steps must visibly lower the score"
    # The same numbers in words, for screen readers.
    desc = page.staircase.accessibleDescription()
    after = "After step" if lang == "en" else "Después del paso"
    assert f"{after} 1: {expected[1]}." in desc and f"{after} 3: {expected[3]}." in desc
    caption = page.stairs_caption.text()
    assert str(expected[0]) in caption and str(expected[3]) in caption
    assert str(expected[-1]) in caption
    # Each card shows the score before and after its step, and what it moves.
    card = page.cards[0]
    assert f"{expected[0]} → {expected[1]}" in card.meta.text()
    first = plan[0].changes[0]
    label = content.items[first.item].label.get(lang)
    assert label[1:] in card.changes.text()
    # What 100 means, in one sentence, so 71 is not read as a 71% chance.
    scale = page.scale.text()
    assert ("100" in scale) and (
        "not a chance" in scale if lang == "en" else "no es la probabilidad" in scale.lower()
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_ladder_is_explained_on_screen(
    window: MainWindow, content: Content, scorer: Scorer, lang: str
) -> None:
    page = _results_for(window, content, "rosa", lang)
    report = scorer.score(window.session.answers())
    counts = {t.id: len(t.findings) for t in report.tiers}
    judge = "A judge?" if lang == "en" else "¿Un juez?"
    told = "Are you likely to be told?" if lang == "en" else "¿Es probable que le avisen?"
    for tid in TIER_ORDER:
        tier = content.tiers[tid]
        row = page.ladder.row_text(tid)
        assert row.startswith(tier.label.get(lang)), row
        assert judge in row and told in row
        assert tier.who_signs.get(lang) in row and tier.must_comply.get(lang) in row
        assert f"{counts[tid]} " in row
    assert page.ladder.rows["public"].isVisible()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_empty_audit_gets_no_verdict(window: MainWindow, content: Content, lang: str) -> None:
    window.set_language(lang)
    panel = window.panel
    low = next(b for b in content.ladder.bands if b.id == "low")
    assert panel.score_label.text() == "—"
    assert low.label.get(lang) not in panel.band_label.text()
    window.show_page(ACCOUNTS)
    window.show_page(RESULTS)
    QApplication.processEvents()
    page = window.current_page()
    assert isinstance(page, ResultsPage)
    text = page.score_label.text() + " " + page.meaning.text()
    assert ("no level yet" if lang == "en" else "todavía sin nivel") in text
    assert low.meaning.get(lang) not in text and low.label.get(lang) not in text
    assert not page.staircase.isVisible()


def test_deleting_steps_carry_the_caution(
    window: MainWindow, content: Content, scorer: Scorer
) -> None:
    page = _results_for(window, content, "daniel", "es")
    deleting = [c for c in page.cards if c.step.deletes]
    assert deleting, "Daniel's plan has steps that delete something"
    for card in deleting:
        assert card.caution.isVisibleTo(page) and "ayuda legal gratuita" in card.caution.text()
    for card in page.cards:
        if not card.step.deletes:
            assert not card.caution.isVisibleTo(page)


def test_live_panel_bars_use_a_fixed_scale(window: MainWindow, content: Content) -> None:
    answers = load_answers_file(ROOT / "examples" / "organiser.json", content)
    window.use_session(AuditSession.from_answers(answers, content))
    panel = window.panel
    panel.refresh(announce_change=False)
    live = window.session.live()
    # Bars are parts of the 0-100 score, drawn against 100, not against the current total:
    # the biggest bar of a small score is not drawn full.
    assert panel.ladder.maximum() == 100.0
    assert [b.value for b in panel.ladder.bars()] == [t.share for t in live.tiers]
    assert max(b.value for b in panel.ladder.bars()) < 100.0
