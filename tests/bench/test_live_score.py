"""The live panel's fast path (``AuditSession.live``) agrees with the full report.

The panel stopped computing the full :meth:`Scorer.score` on every answer change: the
session keeps a :class:`privacy_audit.scoring.live.LiveTally` up to date one answer at a time (see
``docs/performance.md``). These tests hold it to the full report's numbers after every step
of random walks: answers set, changed and cleared, platforms ticked and unticked.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.scoring.answers import load_answers_file
from privacy_audit.scoring.engine import Scorer
from privacy_audit.session import AuditSession

ROOT = Path(__file__).resolve().parents[2]


def _same(session: AuditSession) -> None:
    full = session.report()
    live = session.live()
    assert live.score == full.score
    assert live.band == full.band
    assert live.overall == pytest.approx(full.overall)
    assert [t.id for t in live.tiers] == [t.id for t in full.tiers]
    for lt, ft in zip(live.tiers, full.tiers, strict=True):
        assert lt.points == pytest.approx(ft.points)
        assert lt.share == pytest.approx(ft.share)
    assert sum(t.share for t in live.tiers) == pytest.approx(full.overall)


@pytest.mark.parametrize("person", ["rosa", "daniel", "mei", "organiser"])
def test_live_matches_report_for_example_people(
    person: str, content: Content, scorer: Scorer
) -> None:
    answers = load_answers_file(ROOT / "examples" / f"{person}.json", content)
    _same(AuditSession.from_answers(answers, content, scorer))


@pytest.mark.parametrize("seed", range(6))
def test_live_matches_report_as_answers_change(seed: int, content: Content, scorer: Scorer) -> None:
    rng = random.Random(seed)
    session = AuditSession(content, scorer)
    for pid in rng.sample(session.choosable_platforms(), 5):
        session.set_platform(pid, True)
    _same(session)  # nothing answered yet
    qids = [
        q.id for pid in session.asked_platforms() for q in content.platform_by_id[pid].questions
    ]
    for _ in range(40):
        qid = rng.choice(qids)
        session.set_answer(qid, rng.choice(content.questions[qid].options).id)
        _same(session)
    assert session.live().overall > 0


@pytest.mark.parametrize("seed", range(4))
def test_live_follows_cleared_answers_and_platform_changes(
    seed: int, content: Content, scorer: Scorer
) -> None:
    rng = random.Random(100 + seed)
    session = AuditSession(content, scorer)
    choosable = list(session.choosable_platforms())
    for pid in rng.sample(choosable, 4):
        session.set_platform(pid, True)
    for step in range(150):
        roll = rng.random()
        if roll < 0.1:  # tick or untick a platform (answers on it are kept, not counted)
            session.set_platform(rng.choice(choosable), rng.random() < 0.6)
        else:
            qid = rng.choice(list(content.questions))  # also questions not asked right now
            if roll < 0.25:
                session.set_answer(qid, None)
            else:
                session.set_answer(qid, rng.choice(content.questions[qid].options).id)
        if step % 3 == 0 or roll < 0.1:
            _same(session)
            # progress() is cached per platform choice too: count it the slow way.
            qids = [
                q.id
                for pid in session.asked_platforms()
                for q in content.platform_by_id[pid].questions
            ]
            answered = sum(1 for q in qids if session.answer(q) is not None)
            assert session.progress() == (answered, len(qids))
    _same(session)
