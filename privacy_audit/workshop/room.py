"""Workshop mode in the core (no Qt): example people, the reach catalog, and the room tally.

* Example people (``checks/_personas.toml``) become ordinary audit sessions, so a facilitator
  can show how answers move the score without anyone revealing their own data.
* :func:`reach_catalog` is "what each legal process reaches, platform by platform", for the
  presenter view and the printed handout.
* :class:`RoomTally` keeps, in memory only, how many participants had each kind of finding.
  It holds integers keyed by content ids and nothing else: no answers, no order, no times.
  Exported counts below :data:`MIN_COUNT` are left out, and exporting ends the tally (see
  ``docs/workshop.md`` for why).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from privacy_audit.content import NO_JUDGE, TIER_ORDER, Content
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.session import AuditSession

#: Exported counts below this are left out, so a count cannot point to one or two people.
MIN_COUNT = 3
#: The tally cannot be exported before this many participants were counted.
MIN_PARTICIPANTS = 3

#: Kinds of count the tally keeps (the first CSV column).
PARTICIPANTS = "participants"
PLATFORM = "platform"
NO_JUDGE_ITEM = "no_judge_item"
BAND = "band"
KINDS = (PARTICIPANTS, PLATFORM, NO_JUDGE_ITEM, BAND)
CSV_HEADER = ("kind", "id", "label", "count")


# -- example people --------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonaChoice:
    id: str
    name: str
    summary: str


def persona_choices(content: Content, lang: str) -> tuple[PersonaChoice, ...]:
    """The example people, in content order, with their name and one-line story in *lang*."""
    return tuple(
        PersonaChoice(p.id, p.name.get(lang), p.summary.get(lang)) for p in content.personas
    )


def persona_answers(content: Content, persona_id: str) -> Answers:
    """An example person's answers and platforms (raises KeyError for an unknown id)."""
    p = content.persona(persona_id)
    return Answers(dict(p.answers), tuple(p.platforms))


def persona_session(
    content: Content, persona_id: str, scorer: Scorer | None = None, *, lang: str = "en"
) -> AuditSession:
    """A private session holding an example person's answers (never saved)."""
    return AuditSession.from_answers(
        persona_answers(content, persona_id), content, scorer, lang=lang, saving=False
    )


# -- what each legal process reaches ---------------------------------------------------------
@dataclass(frozen=True)
class RungReach:
    tier: str
    label: str
    no_judge: bool
    items: tuple[str, ...]


@dataclass(frozen=True)
class PlatformReach:
    id: str
    name: str
    kind: str
    rungs: tuple[RungReach, ...]


def reach_catalog(content: Content, lang: str) -> tuple[PlatformReach, ...]:
    """For every platform and section: on each rung, the data items that process reaches.

    An item sits on its own rung (what the company keeps, and the lowest process that gets
    it); settings that make something public are shown on the person's own results.
    """
    out = []
    for pf in content.platforms:
        rungs = []
        for tid in TIER_ORDER:
            labels = tuple(it.label.get(lang) for it in pf.items if it.tier == tid)
            rungs.append(
                RungReach(tid, content.tiers[tid].label.get(lang), tid in NO_JUDGE, labels)
            )
        out.append(
            PlatformReach(
                pf.platform.id, pf.platform.name.get(lang), pf.platform.kind, tuple(rungs)
            )
        )
    return tuple(out)


# -- the room tally --------------------------------------------------------------------------
@dataclass(frozen=True)
class TallyRow:
    kind: str
    id: str
    label: str
    count: int


class TallyTooSmall(ValueError):
    """Fewer than :data:`MIN_PARTICIPANTS` participants: nothing may be exported yet."""


class RoomTally:
    """Counts only, in memory: how many participants had each kind of finding.

    :meth:`add` takes one finished participant's answers, adds 1 to each count that applies
    and keeps nothing else; the caller then drops the answers. ``counts`` maps
    ``(kind, content id)`` to an integer; that is the whole state.
    """

    def __init__(self, content: Content, scorer: Scorer | None = None) -> None:
        self._content = content
        self._scorer = scorer or Scorer(content)
        self.counts: dict[tuple[str, str], int] = {}

    @property
    def participants(self) -> int:
        return self.counts.get((PARTICIPANTS, PARTICIPANTS), 0)

    def _bump(self, keys: Iterable[tuple[str, str]]) -> None:
        for key in set(keys):
            self.counts[key] = self.counts.get(key, 0) + 1

    def add(self, answers: Answers) -> bool:
        """Count one participant; False (nothing counted) when there is no answer at all."""
        if not answers.answers:
            return False
        report = self._scorer.score(answers)
        content = self._content
        keys: list[tuple[str, str]] = [(PARTICIPANTS, PARTICIPANTS)]
        if report.band is not None:  # too few answers for a level: counted, without one
            keys.append((BAND, report.band))
        keys += [
            (PLATFORM, pid)
            for pid in answers.used_platforms(content)
            if content.platform_by_id[pid].platform.kind == "platform"
        ]
        keys += [(NO_JUDGE_ITEM, f.item) for f in report.findings if f.tier in NO_JUDGE]
        self._bump(keys)
        return True

    def clear(self) -> None:
        self.counts.clear()

    def _label(self, kind: str, key: str, lang: str) -> str:
        c = self._content
        if kind == PLATFORM:
            return c.platform_by_id[key].platform.name.get(lang)
        if kind == NO_JUDGE_ITEM:
            return c.items[key].label.get(lang)
        if kind == BAND:
            band = next(b for b in c.ladder.bands if b.id == key)
            return band.label.get(lang)
        return ""

    def rows(self, lang: str = "en", min_count: int = MIN_COUNT) -> tuple[TallyRow, ...]:
        """Counts of at least *min_count*, labelled from the content, in a fixed order.

        The order comes from the content (kinds, then platforms/items/bands as authored), never
        from when a participant was counted.
        """
        c = self._content
        order: list[tuple[str, str]] = [(PARTICIPANTS, PARTICIPANTS)]
        order += [(PLATFORM, p.platform.id) for p in c.platforms]
        order += [(NO_JUDGE_ITEM, i) for i in c.items]
        order += [(BAND, b.id) for b in c.ladder.bands]
        out = []
        for kind, key in order:
            n = self.counts.get((kind, key), 0)
            if n >= min_count:
                out.append(TallyRow(kind, key, self._label(kind, key, lang), n))
        return tuple(out)

    def to_csv(self, lang: str = "en") -> str:
        """The exportable tally; raises :class:`TallyTooSmall` below the participant minimum."""
        if self.participants < MIN_PARTICIPANTS:
            raise TallyTooSmall(self.participants)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(CSV_HEADER)
        for r in self.rows(lang):
            w.writerow((r.kind, r.id, r.label, r.count))
        return buf.getvalue()
