"""Content quality bars from the content issue: sources and dates everywhere, plain English
(grade 8), the Spanish glossary, calm words, and a complete, projector-ready catalog."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import textstat

from privacy_audit.content import Content
from privacy_audit.scoring.engine import Scorer
from privacy_audit.scoring.present import catalog_json

MAX_GRADE = 8.0
TODAY = dt.date.today()

# English term -> Spanish glossary term that must then appear (docs/glossary.md).
GLOSSARY = {
    "administrative subpoena": "citación administrativa",
    "court order": "orden judicial",
    "search warrant": "orden de registro",
    "data broker": "corredor",
    "end-to-end encrypted": "cifrado de extremo a extremo",
    "location history": "historial de ubicaciones",
}
FEAR_WORDS = re.compile(
    r"\b(danger\w*|dangerous|scary|terrif\w*|you will be deported|peligr\w*|aterra\w*)\b",
    re.IGNORECASE,
)


def _all_texts(content: Content) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for pf in content.platforms:
        pid = pf.platform.id
        p = pf.platform
        for name, tx in (
            ("summary", p.summary),
            ("notice", p.notice),
            ("encryption", p.encryption),
        ):
            out.append((f"{pid}.{name}", tx.en, tx.es))
        for it in pf.items:
            out.append((it.id, it.label.en, it.label.es))
            if it.note:
                out.append((f"{it.id}.note", it.note.en, it.note.es))
        for q in pf.questions:
            out.append((q.id, q.text.en, q.text.es))
            out.append((f"{q.id}.help", q.help.en, q.help.es))
            out.extend((f"{q.id}.{o.id}", o.text.en, o.text.es) for o in q.options)
        for a in pf.actions:
            out.append((a.id, a.title.en, a.title.es))
            out.append((f"{a.id}.why", a.why.en, a.why.es))
            for kind in (a.steps.phone, a.steps.web, a.steps.other):
                out.extend((f"{a.id}.step", s.en, s.es) for s in kind)
    for t in content.ladder.tiers:
        for name in ("label", "who_signs", "judge", "must_comply", "told"):
            tx = getattr(t, name)
            out.append((f"tier.{t.id}.{name}", tx.en, tx.es))
    return out


def test_questions_read_at_grade_8_or_below(content: Content) -> None:
    grades = []
    for q in content.questions.values():
        text = f"{q.text.en} {q.help.en}"
        grades.append((textstat.flesch_kincaid_grade(text), q.id, text))
    too_hard = sorted((g for g in grades if g[0] > MAX_GRADE), reverse=True)
    worst = "\n".join(f"  {g:4.1f} {qid}: {text}" for g, qid, text in too_hard[:15])
    assert not too_hard, f"{len(too_hard)} question(s) above grade {MAX_GRADE}:\n{worst}"


def test_every_item_action_and_step_is_sourced_and_dated(content: Content) -> None:
    data = catalog_json(content, "en")
    problems: list[str] = []
    for p in data["platforms"]:
        if not p["sources"]:
            problems.append(f"{p['id']}: platform has no source")
        for it in p["items"]:
            if not it["sources"]:
                problems.append(f"{it['id']}: no source")
        for a in p["actions"]:
            if not a["sources"]:
                problems.append(f"{a['id']}: no source")
            for kind in ("phone", "web", "other"):
                for s in a["steps"][kind]:
                    if not s["last_verified"]:
                        problems.append(f"{a['id']}: step without a date")
    for pid, src in [(None, s) for s in content.ladder.sources.values()] + [
        (pf.platform.id, s) for pf in content.platforms for s in pf.sources.values()
    ]:
        if src.last_verified is None:
            if not src.note.strip():
                problems.append(f"{pid}: {src.title}: not read, and no note says why")
        elif dt.date.fromisoformat(src.last_verified) > TODAY + dt.timedelta(days=1):
            problems.append(f"{pid}: {src.title}: last_verified in the future")
        if src.as_of is None:
            problems.append(f"{pid}: {src.title}: no as_of (the date of the version read)")
        elif src.as_of != "unknown" and src.as_of > TODAY.isoformat():
            problems.append(f"{pid}: {src.title}: as_of in the future")
        elif src.as_of == "unknown" and not src.note.strip():
            problems.append(f"{pid}: {src.title}: as_of unknown, and no note says why")
    assert not problems, "\n".join(problems)


def test_no_scored_question_that_no_answer_can_change(content: Content) -> None:
    """A fact that is the same for everyone and cannot be changed is information, not score:
    every question that adds points has an option that adds fewer."""
    stuck = []
    for q in content.questions.values():
        exposures = {
            o.id: frozenset((e.item, e.tier or content.items[e.item].tier) for e in o.exposes)
            for o in q.options
            if not o.unsure
        }
        if any(exposures.values()) and len(set(exposures.values())) == 1:
            stuck.append(q.id)
    assert not stuck, f"these questions score the same whatever the answer: {stuck}"


def test_unverified_facts_say_so(content: Content) -> None:
    silent = [it.id for it in content.items.values() if it.confidence != "primary" and not it.note]
    assert not silent, f"items not confirmed by a primary source need a note: {silent}"


@pytest.mark.parametrize(("en_term", "es_term"), sorted(GLOSSARY.items()))
def test_spanish_uses_the_glossary(content: Content, en_term: str, es_term: str) -> None:
    bad = [
        where
        for where, en, es in _all_texts(content)
        if en_term in en.lower() and es_term not in es.lower()
    ]
    assert not bad, f"'{en_term}' not rendered as '{es_term}' in: {bad}"


def test_no_fear_words(content: Content) -> None:
    hits = [
        (where, m.group(0))
        for where, en, es in _all_texts(content)
        for m in [FEAR_WORDS.search(en) or FEAR_WORDS.search(es)]
        if m
    ]
    assert not hits, hits


def test_every_fixable_exposure_has_an_action(content: Content) -> None:
    """A question whose answers differ in exposure is fixable: some action must lead from the
    riskiest answer to a safer one, or the question says why none can (`no_action`)."""
    scorer = Scorer(content)
    by_question: dict[str, set[str]] = {}
    for a in content.actions.values():
        for q, o in a.sets.items():
            by_question.setdefault(q, set()).add(o)
    missing = []
    for q in content.questions.values():
        pts = {o.id: scorer.points({q.id: o.id}) for o in q.options if not o.unsure}
        worst = max(pts.values())
        if min(pts.values()) >= worst or q.no_action is not None:
            continue  # nothing to choose, or the content says why no step can help
        if not any(pts.get(o, worst) < worst for o in by_question.get(q.id, ())):
            missing.append(q.id)
    assert not missing, f"questions with a safer answer but no action leading to it: {missing}"


def test_legal_help_and_disclaimer_present(content: Content) -> None:
    assert content.ladder.legal_help
    assert "legal advice" in content.ladder.disclaimer.en
    assert "asesoría legal" in content.ladder.disclaimer.es


def _rungs(content: Content, item_id: str) -> set[str]:
    """Every rung an answer can put an item on (its own rung when an option names none)."""
    item = content.items[item_id]
    return {
        e.tier or item.tier
        for opt in content.options.values()
        for e in opt.exposes
        if e.item == item_id
    } | {item.tier}


def test_no_content_on_the_court_order_rung(content: Content) -> None:
    """What a person wrote, posted or stored needs a warrant for US users (18 U.S.C.
    2703(a)/(b)); a worldwide guide's "court order or warrant" does not lower that."""
    wrong = [
        f"{i.id}: {sorted(_rungs(content, i.id))}"
        for i in content.items.values()
        if i.content and "court_order" in _rungs(content, i.id)
    ]
    assert not wrong, "content on the court-order rung: " + "; ".join(wrong)
    # The marker is used where it matters: messages, posts, photos, files are marked.
    marked = {i.id for i in content.items.values() if i.content}
    assert {"fb_posts", "wa_msg_content", "g_gmail_content", "tt_messages"} <= marked


def test_no_item_bundles_two_rungs(content: Content) -> None:
    """An item sits on its own rung, or on one other an answer moves it to (made public, or out
    of reach); an item that could land on three rungs bundles things that belong apart (such
    as public check-ins and the location data a company keeps): split it."""
    bundled = {
        i.id: sorted(_rungs(content, i.id))
        for i in content.items.values()
        if len(_rungs(content, i.id)) > 2
    }
    assert not bundled, f"split these items, one rung each: {bundled}"
