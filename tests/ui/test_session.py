"""AuditSession, the Qt-free model the desktop app drives (no Qt needed here)."""

from __future__ import annotations

import pytest

from privacy_audit.content import TIER_RANK, Content
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.session import ACCOUNTS, PLATFORM_PREFIX, RESULTS, WELCOME, AuditSession


def choosable(content: Content) -> list[str]:
    return [p.platform.id for p in content.platforms if p.platform.kind == "platform"]


def test_pages_follow_content_order_and_always_include_sections(content: Content) -> None:
    s = AuditSession(content)
    ids = choosable(content)
    s.set_platform(ids[-1], True)
    s.set_platform(ids[0], True)
    assert s.selected == (ids[0], ids[-1])  # content order, not click order
    pages = s.pages()
    assert pages[0] == WELCOME and pages[1] == ACCOUNTS and pages[-1] == RESULTS
    plats = [p[len(PLATFORM_PREFIX) :] for p in pages[2:-1]]
    sections = [p.platform.id for p in content.platforms if p.platform.kind == "section"]
    assert set(plats) == {ids[0], ids[-1], *sections}
    order = [p.platform.id for p in content.platforms]
    assert plats == sorted(plats, key=order.index)
    assert s.next_page() == ACCOUNTS and s.previous_page() == WELCOME


def test_search_ignores_case_and_accents_in_both_languages(content: Content) -> None:
    s = AuditSession(content)
    for pid in choosable(content):
        name = content.platform_by_id[pid].platform.name
        for text in (name.en, name.es):
            assert pid in s.search_platforms(text.upper()[:4])
    assert s.search_platforms("") == s.choosable_platforms()
    assert s.search_platforms("zzzz-no-such") == ()


def test_unticked_platform_answers_are_kept_but_not_counted(content: Content) -> None:
    s = AuditSession(content)
    pid = choosable(content)[0]
    s.set_platform(pid, True)
    q = content.platform_by_id[pid].questions[0]
    s.set_answer(q.id, q.options[0].id)
    assert q.id in s.answers().answers
    s.set_platform(pid, False)
    assert q.id not in s.answers().answers
    assert s.all_answers() == {q.id: q.options[0].id}
    s.set_platform(pid, True)
    assert s.answers().answers[q.id] == q.options[0].id


def test_what_if_applies_ticked_actions_in_plan_order(content: Content, scorer: Scorer) -> None:
    persona = content.personas[0]
    s = AuditSession.from_answers(Answers(persona.answers, tuple(persona.platforms)), content)
    plan = s.plan()
    assert len(plan) >= 3
    s.set_done(plan[2].action, True)
    s.set_done(plan[0].action, True)
    expected = scorer.apply(scorer.apply(s.answers(), plan[0].action), plan[2].action)
    assert s.what_if() == scorer.score(expected)
    assert s.what_if().overall < s.report().overall
    assert s.start_here() == plan[:3]
    s.set_done(plan[0].action, False)
    assert s.done == {plan[2].action}


def test_consequences_name_the_rung_easiest_first(content: Content) -> None:
    s = AuditSession(content, lang="es")
    (qid, oid), opt = max(content.options.items(), key=lambda kv: len(kv[1].exposes))
    s.set_answer(qid, oid)
    cons = s.consequences(qid)
    assert len(cons) == len(opt.exposes) > 0
    ranks = [TIER_RANK[c.tier] for c in cons]
    assert ranks == sorted(ranks)
    for c in cons:
        assert c.tier_label == content.tiers[c.tier].label.es
        assert c.label == content.items[c.item].label.es


def test_from_answers_restores_platforms_and_ticks(content: Content) -> None:
    persona = content.personas[0]
    answers = Answers(persona.answers, tuple(persona.platforms))
    s = AuditSession.from_answers(answers, content, done=("no_such_action",), saving=True)
    assert s.saving and s.done == frozenset()
    assert set(s.selected) == {
        p for p in persona.platforms if content.platform_by_id[p].platform.kind == "platform"
    }
    assert s.answers().answers == dict(persona.answers)


@pytest.mark.parametrize(
    ("said", "platform"),
    [
        ("wasap", "whatsapp"),
        ("guasap", "whatsapp"),
        ("guatsap", "whatsapp"),
        ("wats", "whatsapp"),
        ("feis", "facebook"),
        ("insta", "instagram"),
        ("tuiter", "x"),
        ("twitter", "x"),
        ("yutub", "google"),
        ("hotmail", "microsoft"),
    ],
)
def test_search_finds_the_names_people_say(content: Content, said: str, platform: str) -> None:
    """The names people say out loud (content data: each platform's ``aliases``), whatever
    the case and the accents, and with stray spaces."""
    s = AuditSession(content)
    assert said in " ".join(content.platform_by_id[platform].platform.aliases) or said in (
        content.platform_by_id[platform].platform.name.en.casefold()
    )
    accented = said.replace("a", "á", 1).replace("u", "ú", 1)
    for text in (said, said.upper(), said.title(), accented, accented.upper(), f"  {said} "):
        found = s.search_platforms(text)
        assert platform in found, (text, found)
        assert len(found) <= 3, (text, found)  # it narrows the list, too
