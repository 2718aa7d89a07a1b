"""Scoring: exact numbers on known content, and properties over the real content."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_audit.content import TIER_RANK, Content, load_content
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import KNEE, Change, Scorer

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_known_numbers(mini_dir: Path) -> None:
    c = load_content(mini_dir)
    s = Scorer(c)
    scale = c.ladder.scale_points
    sw = c.ladder.sensitivity_weights
    r = s.score(Answers({"mini_posts_q": "public", "mini_phone_q": "yes"}))
    # posts: sensitivity 2's weight x public 1.0; phone: sensitivity 3's x admin_subpoena 0.7
    points = sw[1] * 1.0 + sw[2] * 0.7
    assert math.isclose(r.points, points)
    # Linear in points below the knee: every point is worth the same.
    assert math.isclose(r.overall, 100 * points / scale)
    assert r.band is not None and r.gaps == ()
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


def test_plan_puts_sensitive_no_judge_data_first_and_predicts_rescore(mini_dir: Path) -> None:
    s = Scorer(load_content(mini_dir))
    a = Answers({"mini_posts_q": "public", "mini_phone_q": "yes"})
    plan = s.plan(a)
    # The phone number (sensitivity 3, no judge) goes first although it takes more effort
    # than making posts friends-only (sensitivity 2): effort does not bury a bigger win.
    assert [p.action for p in plan] == ["mini_remove_phone", "mini_friends"]
    alone = s.score(Answers({"mini_posts_q": "public", "mini_phone_q": "no"})).overall
    assert math.isclose(plan[0].score_after, alone)
    both = s.score(Answers({"mini_posts_q": "friends", "mini_phone_q": "no"})).overall
    assert math.isclose(plan[1].cumulative_score, both)


def test_each_step_says_which_items_leave_which_rung(mini_dir: Path) -> None:
    c = load_content(mini_dir)
    plan = Scorer(c).plan(Answers({"mini_posts_q": "public", "mini_phone_q": "yes"}))
    phone, friends = plan
    assert phone.changes == (Change("mini_phone", "mini", "admin_subpoena", None),)
    # Friends-only posts keep the item at its own rung (a warrant in the mini content).
    assert friends.changes == (Change("mini_posts", "mini", "public", c.items["mini_posts"].tier),)


def test_an_empty_or_thin_audit_gets_no_level(mini_dir: Path) -> None:
    s = Scorer(load_content(mini_dir))
    empty = s.score(Answers({}, ("mini",)))
    assert empty.band is None and empty.gaps
    # Nothing chosen at all: no level either, and no reassuring "low".
    assert s.score(Answers({})).band is None
    # One of the two questions of the platform in use is enough (half, rounded up).
    one = s.score(Answers({"mini_posts_q": "friends"}, ("mini",)))
    assert one.band is not None and one.gaps == ()


def test_score_is_linear_then_bends_below_100(mini_dir: Path) -> None:
    s = Scorer(load_content(mini_dir))
    scale = s.scale
    assert math.isclose(s.overall(scale * 0.5), 50.0)
    assert math.isclose(s.overall(scale * KNEE / 100), KNEE)
    high = [s.overall(scale * f) for f in (1.0, 1.5, 2.0, 3.0)]
    assert all(KNEE < a < b < 100 for a, b in itertools.pairwise(high))
    # Still moves by whole points near the knee, so a step there shows.
    assert round(s.overall(scale * 0.9)) - round(s.overall(scale * 0.87)) >= 1


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
        assert step.score_after <= s.score(a).overall + 1e-9


@PROPS
@given(answer_sets(REAL))
def test_every_step_lowers_the_running_score_and_lists_its_changes(
    answers: dict[str, str],
) -> None:
    s = Scorer(REAL)
    a = Answers(answers)
    last = s.score(a).overall
    moved: set[str] = set()
    for step in s.plan(a):
        assert step.cumulative_score < last - 1e-9
        last = step.cumulative_score
        assert step.changes, step.action
        for ch in step.changes:
            assert ch.after is None or TIER_RANK[ch.after] > TIER_RANK[ch.before]
        moved |= {c.item for c in step.changes}
    # The plan lists only actions that still change something: no action twice.
    actions = [p.action for p in s.plan(a)]
    assert len(actions) == len(set(actions))


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


def test_the_persons_phone_comes_first() -> None:
    s = Scorer(REAL)
    worst = {
        qid: max(q.options, key=lambda o: s.points({qid: o.id})).id
        for qid, q in REAL.questions.items()
        if REAL.question_platform[qid] == "devices"
    }
    for phone, other in (("android", "iphone"), ("iphone", "android")):
        plan = s.plan(Answers(worst, ("devices",), phone))
        devices = [p.device for p in plan]
        assert phone in devices, devices
        # Steps for the other kind of phone come after all the others ...
        if other in devices:
            first_other = devices.index(other)
            assert all(d == other for d in devices[first_other:]), devices
        # ... and where both phones have a step for the same setting, the person's own is the
        # one in the plan (the other then changes nothing more and is left out).
        location = [p.action for p in plan if p.action.startswith("dv_location_review_")]
        assert location == [f"dv_location_review_{phone}"]
