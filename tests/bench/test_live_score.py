"""The live panel's fast path (``AuditSession.live``, one pass) agrees with the full report.

The panel stopped computing the full :meth:`Scorer.score` on every answer change (see
``docs/performance.md``); these tests hold the two paths to the same numbers.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from privacy_audit.answers import load_answers_file
from privacy_audit.content import Content
from privacy_audit.scoring import Scorer
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
