"""Scoring: exact numbers on known content, and properties over the real content."""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_audit.content import TIER_RANK, Content, load_content
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_known_numbers(mini_dir: Path) -> None:
    c = load_content(mini_dir)
    s = Scorer(c)
    k = c.ladder.scale_k
    r = s.score(Answers({"mini_posts_q": "public", "mini_phone_q": "yes"}))
    # posts: sensitivity 2 x public 1.0; phone: 3 x admin_subpoena 0.7
    assert math.isclose(r.points, 2 * 1.0 + 3 * 0.7)
    assert math.isclose(r.overall, 100 * (1 - math.exp(-(2 + 2.1) / k)))
    by_tier = {t.id: t for t in r.tiers}
    assert [f.item for f in by_tier["public"].findings] == ["mini_posts"]
    assert [f.item for f in by_tier["admin_subpoena"].findings] == ["mini_phone"]
    f = by_tier["public"].findings[0]
    assert (f.question, f.option, f.platform, f.unsure) == ("mini_posts_q", "public", "mini", False)


def test_unsure_is_counted_and_flagged_unanswered_is_not(mini_dir: Path) -> None:
    s = Scorer(load_content(mini_dir))
    r = s.score(Answers({"mini_posts_q": "unsure"}))
    assert r.unsure == ("mini_posts_q",)
    assert r.unanswered == ("mini_phone_q",)
    assert r.findings[0].unsure and r.findings[0].tier == "public"
    assert math.isclose(r.points, 2.0)


def test_plan_ranks_by_drop_per_effort_and_predicts_rescore(mini_dir: Path) -> None:
    s = Scorer(load_content(mini_dir))
    a = Answers({"mini_posts_q": "public", "mini_phone_q": "yes"})
    plan = s.plan(a)
    assert [p.action for p in plan] == ["mini_friends", "mini_remove_phone"]
    alone = s.score(Answers({"mini_posts_q": "friends", "mini_phone_q": "yes"})).overall
    assert math.isclose(plan[0].score_after, alone)
    both = s.score(Answers({"mini_posts_q": "friends", "mini_phone_q": "no"})).overall
    assert math.isclose(plan[1].cumulative_score, both)


def test_action_never_applies_to_a_safer_answer(mini_dir: Path) -> None:
    s = Scorer(load_content(mini_dir))
    a = Answers({"mini_phone_q": "no"})
    assert s.apply(a, "mini_remove_phone") is a
    assert s.plan(a) == ()


# ---- properties over the real content ---------------------------------------------------


@st.composite
def answer_sets(draw: st.DrawFn, content: Content) -> dict[str, str]:
    qids = sorted(content.questions)
    chosen = draw(st.lists(st.sampled_from(qids), unique=True, max_size=len(qids)))
    return {q: draw(st.sampled_from([o.id for o in content.questions[q].options])) for q in chosen}


REAL = load_content()


def _exposure(c: Content, qid: str, oid: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in c.options[(qid, oid)].exposes:
        r = TIER_RANK[e.tier or c.items[e.item].tier]
        out[e.item] = min(r, out.get(e.item, r))
    return out


@PROPS
@given(answer_sets(REAL), st.data())
def test_exposing_more_never_lowers_the_score(base: dict[str, str], data: st.DataObject) -> None:
    s = Scorer(REAL)
    before = s.score(Answers(base)).overall
    qid = data.draw(st.sampled_from(sorted(REAL.questions)))
    old = base.get(qid)
    for opt in REAL.questions[qid].options:
        # The new answer exposes everything the old one did, at the same or a lower rung.
        old_exp = _exposure(REAL, qid, old) if old else {}
        new_exp = _exposure(REAL, qid, opt.id)
        if all(i in new_exp and new_exp[i] <= r for i, r in old_exp.items()):
            after = s.score(Answers({**base, qid: opt.id})).overall
            assert after >= before - 1e-9


@PROPS
@given(answer_sets(REAL))
def test_an_action_never_raises_the_score(answers: dict[str, str]) -> None:
    s = Scorer(REAL)
    a = Answers(answers)
    before = s.score(a).overall
    for aid in REAL.actions:
        assert s.score(s.apply(a, aid)).overall <= before + 1e-9


@PROPS
@given(answer_sets(REAL))
def test_plan_predictions_equal_a_real_rescore(answers: dict[str, str]) -> None:
    s = Scorer(REAL)
    a = Answers(answers)
    running = dict(answers)
    for step in s.plan(a):
        # Re-apply the action's answers independently of Scorer.apply.
        alone = dict(answers)
        for qid, oid in REAL.actions[step.action].sets.items():
            for target in (alone, running):
                cur = target.get(qid)
                if cur is None:
                    continue
                cur_exp, new_exp = _exposure(REAL, qid, cur), _exposure(REAL, qid, oid)
                if all(i in cur_exp and cur_exp[i] <= r for i, r in new_exp.items()):
                    target[qid] = oid
        assert math.isclose(step.score_after, s.score(Answers(alone)).overall, abs_tol=1e-9)
        assert math.isclose(step.cumulative_score, s.score(Answers(running)).overall, abs_tol=1e-9)
        assert step.score_after < s.score(a).overall


@PROPS
@given(answer_sets(REAL))
def test_tier_and_platform_totals_add_up(answers: dict[str, str]) -> None:
    r = Scorer(REAL).score(Answers(answers))
    assert math.isclose(sum(t.points for t in r.tiers), r.points, abs_tol=1e-9)
    assert math.isclose(sum(t.share for t in r.tiers), r.overall, abs_tol=1e-6)
    assert math.isclose(sum(p.points for p in r.platforms), r.points, abs_tol=1e-9)
    assert math.isclose(sum(p.share for p in r.platforms), r.overall, abs_tol=1e-6)
    assert 0 <= r.overall < 100
    assert all(f.points == 0 for f in r.findings if f.tier == "unavailable")


def _safest(c: Content) -> dict[str, str]:
    s = Scorer(c)
    return {
        qid: min(q.options, key=lambda o: s.points({qid: o.id})).id
        for qid, q in c.questions.items()
    }


@PROPS
@given(st.data())
def test_all_safest_answers_give_the_minimum(data: st.DataObject) -> None:
    s = Scorer(REAL)
    safest = s.score(Answers(_safest(REAL))).overall
    full = {
        qid: data.draw(st.sampled_from([o.id for o in q.options]))
        for qid, q in REAL.questions.items()
    }
    assert safest <= s.score(Answers(full)).overall + 1e-9


def test_score_grows_with_more_accounts_but_stays_below_100() -> None:
    s = Scorer(REAL)
    worst = {
        qid: max(q.options, key=lambda o: s.points({qid: o.id})).id
        for qid, q in REAL.questions.items()
    }
    by_platform: dict[str, dict[str, str]] = {}
    for qid, oid in worst.items():
        by_platform.setdefault(REAL.question_platform[qid], {})[qid] = oid
    running: dict[str, str] = {}
    last = 0.0
    for answers in by_platform.values():
        running.update(answers)
        now = s.score(Answers(running)).overall
        assert last <= now < 100
        last = now
