"""The Qt-free workshop core: example people, the reach catalog, the counts-only tally, and the
handout and agenda models."""

from __future__ import annotations

import csv
import io

import pytest

from privacy_audit.content import NO_JUDGE, TIER_ORDER, Content
from privacy_audit.errors import UserError
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.workshop.paper import AGENDAS, build_agenda, build_handout
from privacy_audit.workshop.room import (
    BAND,
    CSV_HEADER,
    KINDS,
    MIN_COUNT,
    MIN_PARTICIPANTS,
    NO_JUDGE_ITEM,
    PARTICIPANTS,
    PLATFORM,
    RoomTally,
    TallyTooSmall,
    persona_answers,
    persona_choices,
    persona_session,
    reach_catalog,
)
from privacy_audit.workshop.strings import WORKSHOP_MESSAGES


def content_ids(content: Content) -> dict[str, set[str]]:
    return {
        PARTICIPANTS: {PARTICIPANTS},
        PLATFORM: {p.platform.id for p in content.platforms},
        NO_JUDGE_ITEM: set(content.items),
        BAND: {b.id for b in content.ladder.bands},
    }


def test_persona_sessions_hold_the_personas_answers(content: Content, scorer: Scorer) -> None:
    choices = persona_choices(content, "es")
    assert [c.id for c in choices] == [p.id for p in content.personas]
    for p in content.personas:
        s = persona_session(content, p.id, scorer, lang="es")
        assert s.all_answers() == p.answers
        assert not s.saving
        assert s.report().score == scorer.score(persona_answers(content, p.id)).score
        assert {c.summary for c in choices if c.id == p.id} == {p.summary.es}
    with pytest.raises(KeyError):
        persona_answers(content, "nobody")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_reach_catalog_puts_every_item_on_its_own_rung(content: Content, lang: str) -> None:
    cat = reach_catalog(content, lang)
    assert [p.id for p in cat] == [p.platform.id for p in content.platforms]
    for p, pf in zip(cat, content.platforms, strict=True):
        assert [r.tier for r in p.rungs] == list(TIER_ORDER)
        for r in p.rungs:
            expected = [it.label.get(lang) for it in pf.items if it.tier == r.tier]
            assert list(r.items) == expected
            assert r.no_judge == (r.tier in NO_JUDGE)
            assert r.label == content.tiers[r.tier].label.get(lang)


def _participants(content: Content) -> list[Answers]:
    """Four example people plus two made-up participants (one uses only Facebook)."""
    people = [persona_answers(content, p.id) for p in content.personas]
    fb = content.platform_by_id["facebook"]
    worst = {q.id: q.options[0].id for q in fb.questions}
    people.append(Answers(worst, ("facebook",)))
    people.append(Answers(worst, ("facebook",)))
    return people


def test_tally_holds_only_integers_keyed_by_content_ids(content: Content, scorer: Scorer) -> None:
    tally = RoomTally(content, scorer)
    people = _participants(content)
    for a in people:
        assert tally.add(a)
    assert not tally.add(Answers({}))  # nobody answered anything: nothing is counted
    ids = content_ids(content)
    # The whole state of the tally is this one dict, and it holds counts only.
    assert set(vars(tally)) == {"_content", "_scorer", "counts"}
    for key, n in tally.counts.items():
        assert isinstance(key, tuple) and len(key) == 2
        kind, cid = key
        assert kind in KINDS and cid in ids[kind], key
        assert type(n) is int and 1 <= n <= len(people)
    # Nothing about a single answer: no question or option id is a key.
    answer_ids = set(content.questions) | {o for _q, o in content.options}
    assert not {cid for _k, cid in tally.counts} & (answer_ids - set(content.items))
    assert tally.participants == len(people)
    # Each count is what it says: e.g. how many participants used each platform.
    for pid in ids[PLATFORM]:
        used = sum(pid in a.used_platforms(content) for a in people)
        if content.platform_by_id[pid].platform.kind == "platform":
            assert tally.counts.get((PLATFORM, pid), 0) == used, pid
    for a_item in ids[NO_JUDGE_ITEM]:
        had = sum(
            any(f.item == a_item and f.tier in NO_JUDGE for f in scorer.score(a).findings)
            for a in people
        )
        assert tally.counts.get((NO_JUDGE_ITEM, a_item), 0) == had, a_item
    assert sum(n for (k, _c), n in tally.counts.items() if k == BAND) == len(people)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_tally_csv_has_counts_of_at_least_the_minimum(
    content: Content, scorer: Scorer, lang: str
) -> None:
    tally = RoomTally(content, scorer)
    people = _participants(content)
    for a in people:
        tally.add(a)
    rows = list(csv.reader(io.StringIO(tally.to_csv(lang))))
    assert tuple(rows[0]) == CSV_HEADER
    ids = content_ids(content)
    seen = set()
    for kind, cid, label, count in rows[1:]:
        assert kind in KINDS and cid in ids[kind]
        assert count.isdigit() and int(count) == tally.counts[(kind, cid)]
        assert int(count) >= MIN_COUNT
        expected = {
            PARTICIPANTS: "",
            PLATFORM: content.platform_by_id[cid].platform.name.get(lang)
            if kind == PLATFORM
            else "",
            NO_JUDGE_ITEM: content.items[cid].label.get(lang) if kind == NO_JUDGE_ITEM else "",
            BAND: next((b.label.get(lang) for b in content.ladder.bands if b.id == cid), ""),
        }[kind]
        assert label == expected
        seen.add((kind, cid))
    small = {k for k, n in tally.counts.items() if n < MIN_COUNT}
    assert small, "the example room should have some counts below the minimum"
    assert not small & seen
    assert seen == {k for k, n in tally.counts.items() if n >= MIN_COUNT}
    assert (PARTICIPANTS, PARTICIPANTS) in seen


def test_tally_refuses_to_export_a_tiny_room(content: Content, scorer: Scorer) -> None:
    tally = RoomTally(content, scorer)
    for a in _participants(content)[: MIN_PARTICIPANTS - 1]:
        tally.add(a)
    with pytest.raises(TallyTooSmall):
        tally.to_csv()
    tally.clear()
    assert tally.counts == {} and tally.participants == 0


def test_every_workshop_message_has_both_languages() -> None:
    for key, entry in WORKSHOP_MESSAGES.items():
        assert set(entry) == {"en", "es"}, key
        assert all(v.strip() for v in entry.values()), key


@pytest.mark.parametrize("minutes", sorted(AGENDAS))
def test_agenda_blocks_add_up_to_the_session(content: Content, minutes: int) -> None:
    assert sum(n for _t, _d, n in AGENDAS[minutes]) == minutes
    agenda = build_agenda(content, minutes, "both")
    en, es = agenda.bodies
    assert en.blocks[-1].start.endswith(f"{minutes // 60}:{minutes % 60:02d}")
    assert [b.start for b in en.blocks] == [b.start for b in es.blocks]
    assert str(minutes) in en.title and str(minutes) in es.title
    assert en.blocks[0].title != es.blocks[0].title


def test_agenda_of_another_length_is_a_clear_error(content: Content) -> None:
    with pytest.raises(UserError, match="60 or 90"):
        build_agenda(content, 45, "en")


def test_handout_has_every_rung_in_order(content: Content) -> None:
    for body in build_handout(content, "both").bodies:
        assert [r.label for r in body.rungs] == [
            content.tiers[t].label.get(body.lang) for t in TIER_ORDER
        ]
        for r, tid in zip(body.rungs, TIER_ORDER, strict=True):
            assert content.tiers[tid].who_signs.get(body.lang) in dict(r.facts).values()
