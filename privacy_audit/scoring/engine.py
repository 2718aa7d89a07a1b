"""Answers -> exposure report, and the ranked what-if action plan. Pure functions.

The formula is documented in ``docs/scoring.md``:

* each exposed data item scores ``sensitivity x tier weight``, counted once per item
  (an item belongs to one platform, so the same kind of data on two platforms counts twice:
  each platform is a separate door), at the lowest rung any answer puts it on;
* the score is linear in points up to a knee (``scale_points`` points read 100 on the linear
  part), so every step is worth the same at any score a person is likely to have; above the
  knee (80) it bends towards 100 without reaching it, and a step there still moves it;
* each tier's and platform's *share* of the overall is proportional to its points, so the
  shares add up to the overall;
* an audit gets a band only when enough is answered (see :func:`Scorer.coverage`);
* the plan is ordered by what matters: what a step takes off the rungs that need no judge,
  weighted by how sensitive it is; effort only breaks near-ties (see :meth:`Scorer.plan`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from privacy_audit.content import NO_JUDGE, TIER_ORDER, TIER_RANK, Content
from privacy_audit.scoring.answers import Answers

#: Where the score stops being linear in points, and how it bends above (never reaching 100).
KNEE = 80.0
#: Each platform the person uses needs at least this share of its questions answered (and at
#: least one) before the audit gets a band (``docs/scoring.md``, "Enough answers").
ENOUGH_SHARE = 0.5


def shown(overall: float) -> int:
    """A score as a person sees it: a whole number, halves rounded up.

    Points are sums of multiples of 0.05, so exact halves are common; a tolerance keeps the
    same score from showing as 29 in one place and 30 in another when two sums of the same
    numbers differ in the last bit.
    """
    return math.floor(overall + 0.5 + 1e-6)


class Finding(NamedTuple):
    """One data item the answers expose: which answer, which item, which rung, how many points."""

    platform: str
    item: str
    tier: str
    sensitivity: int
    points: float
    unsure: bool
    question: str
    option: str


@dataclass(frozen=True, slots=True)
class TierResult:
    id: str
    points: float
    share: float
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class PlatformResult:
    id: str
    points: float
    share: float
    questions: int
    answered: int
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class Gap:
    """A platform the person uses with too few answers to say something about it."""

    platform: str
    answered: int
    needed: int
    questions: int


@dataclass(frozen=True, slots=True)
class ExposureReport:
    overall: float
    #: None until enough is answered (then :attr:`gaps` says what is missing).
    band: str | None
    points: float
    tiers: tuple[TierResult, ...]
    platforms: tuple[PlatformResult, ...]
    findings: tuple[Finding, ...]
    answered: int
    unanswered: tuple[str, ...]
    unsure: tuple[str, ...]
    #: Platforms with too few answers (empty when the audit says enough for a band).
    gaps: tuple[Gap, ...] = ()

    @property
    def enough(self) -> bool:
        return self.band is not None

    @property
    def score(self) -> int:
        """The overall score as shown to a person (0-100, whole number)."""
        return shown(self.overall)

    @property
    def no_judge_points(self) -> float:
        return sum(t.points for t in self.tiers if t.id in ("public", "broker", "admin_subpoena"))


@dataclass(frozen=True, slots=True)
class Change:
    """One of the person's data items that a plan step moves up the ladder (or removes)."""

    item: str
    platform: str
    #: The rung it is on before the step.
    before: str
    #: The rung after the step; None when the step removes it altogether.
    after: str | None


@dataclass(frozen=True, slots=True)
class PlanStep:
    action: str
    platform: str
    effort: int
    #: Score if this action alone were done.
    score_after: float
    drop: float
    #: Score after doing every step of the plan up to and including this one.
    cumulative_score: float
    #: What this step moves, following the plan from the top (items already moved by an
    #: earlier step are not repeated).
    changes: tuple[Change, ...] = ()
    #: The step deletes something: it carries the caution to ask free legal help first.
    deletes: bool = False
    #: The step is for one kind of phone only ("iphone" / "android").
    device: str | None = None


# (item id, tier rank, points) for one answer option.
_Exp = tuple[str, int, float]


class Scorer:
    """Precomputes what each answer option exposes, so a re-score is one pass over answers."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.scale = content.ladder.scale_points
        sw = content.ladder.sensitivity_weights
        self._item_weight = {i: sw[it.sensitivity - 1] for i, it in content.items.items()}
        weights = [content.tiers[t].weight for t in TIER_ORDER]
        self._weights = weights
        self._exp: dict[tuple[str, str], tuple[_Exp, ...]] = {}
        self._unsure: dict[tuple[str, str], bool] = {}
        for (qid, oid), opt in content.options.items():
            exps: dict[str, _Exp] = {}
            for e in opt.exposes:
                item = content.items[e.item]
                rank = TIER_RANK[e.tier or item.tier]
                prev = exps.get(e.item)
                if prev is None or rank < prev[1]:
                    exps[e.item] = (e.item, rank, self.item_weight(e.item) * weights[rank])
            self._exp[(qid, oid)] = tuple(exps.values())
            self._unsure[(qid, oid)] = opt.unsure
        self._bands = sorted(content.ladder.bands, key=lambda b: b.min_score)
        #: Platforms with at least one answer that counts points (informational sections,
        #: such as "if you get a notice", are not needed for a level).
        self._platform_qids: dict[str, tuple[str, ...]] = {
            pf.platform.id: tuple(q.id for q in pf.questions) for pf in content.platforms
        }
        self._scored = frozenset(
            content.question_platform[qid] for (qid, _), exps in self._exp.items() if exps
        )

    def item_weight(self, item: str) -> float:
        """Points of *item* per unit of rung weight (its sensitivity's weight)."""
        return self._item_weight[item]

    def exposures(self, qid: str, oid: str) -> tuple[tuple[str, int, float], ...]:
        """(item, tier rank, points) for each item the option exposes, at its lowest rung."""
        return self._exp.get((qid, oid), ())

    # -- the core computation -------------------------------------------------------------
    def _best(self, answers: Mapping[str, str]) -> dict[str, tuple[int, bool, str, str, float]]:
        """item -> (tier rank, unsure, question, option, points) at the item's lowest rung."""
        best: dict[str, tuple[int, bool, str, str, float]] = {}
        exp_map = self._exp
        for qid, oid in answers.items():
            key = (qid, oid)
            exps = exp_map.get(key)
            if not exps:
                continue
            unsure = self._unsure[key]
            for item, rank, pts in exps:
                prev = best.get(item)
                if prev is None or rank < prev[0] or (rank == prev[0] and prev[1] and not unsure):
                    best[item] = (rank, unsure, qid, oid, pts)
        return best

    def points(self, answers: Mapping[str, str]) -> float:
        return sum(v[4] for v in self._best(answers).values())

    def overall(self, points: float) -> float:
        """The score shown to a person: linear in points up to :data:`KNEE`, then bending."""
        linear = 100.0 * points / self.scale
        if linear <= KNEE:
            return linear
        room = 100.0 - KNEE
        return KNEE + room * (1.0 - math.exp(-(linear - KNEE) / room))

    def coverage(self, answers: Answers) -> tuple[Gap, ...]:
        """The platforms the person uses that have too few answers to say something.

        Enough means: at least one platform or section is used, and each one used that can add
        points has at least half of its questions answered (at least one). "Not sure" is an
        answer.
        """
        return self.gaps(answers.answers, answers.used_platforms(self.content))

    def gaps(self, given: Mapping[str, str], used: tuple[str, ...]) -> tuple[Gap, ...]:
        """:meth:`coverage` for *given* answers (answers on other platforms are ignored) and
        the platforms in *used*: no copy of the answers, so the live panel can ask often."""
        out: list[Gap] = []
        any_answer = False
        for pid in used:
            qids = self._platform_qids.get(pid, ())
            answered = sum(1 for q in qids if q in given)
            any_answer = any_answer or answered > 0
            if not qids or pid not in self._scored:
                continue
            needed = max(1, math.ceil(ENOUGH_SHARE * len(qids)))
            if answered < needed:
                out.append(Gap(pid, answered, needed, len(qids)))
        if not any_answer:
            out.insert(0, Gap("", 0, 1, 0))
        return tuple(out)

    def band(self, overall: float) -> str:
        score = shown(overall)
        band = self._bands[0].id
        for b in self._bands:
            if score >= b.min_score:
                band = b.id
        return band

    def score(self, answers: Answers) -> ExposureReport:
        c = self.content
        best = self._best(answers.answers)
        item_platform = c.item_platform
        items = c.items
        findings = [
            Finding(
                platform=item_platform[item],
                item=item,
                tier=TIER_ORDER[rank],
                sensitivity=items[item].sensitivity,
                points=pts,
                unsure=unsure,
                question=qid,
                option=oid,
            )
            for item, (rank, unsure, qid, oid, pts) in best.items()
        ]
        findings.sort(key=lambda f: (TIER_RANK[f.tier], -f.points, f.platform, f.item))
        total = sum(f.points for f in findings)
        overall = self.overall(total)

        def share(p: float) -> float:
            return overall * p / total if total > 0 else 0.0

        by_tier: dict[str, list[Finding]] = {tid: [] for tid in TIER_ORDER}
        by_platform: dict[str, list[Finding]] = {}
        for f in findings:
            by_tier[f.tier].append(f)
            by_platform.setdefault(f.platform, []).append(f)
        tiers = []
        for tid in TIER_ORDER:
            tf = by_tier[tid]
            tp = sum(f.points for f in tf)
            tiers.append(TierResult(tid, tp, share(tp), tuple(tf)))

        # The platforms the person uses, then any other platform a finding comes from.
        used = answers.used_platforms(c)
        order = list(dict.fromkeys([*used, *by_platform]))
        platforms = []
        unanswered: list[str] = []
        answered_qs = answers.answers
        for pid in order:
            qids = [q.id for q in c.platform_by_id[pid].questions]
            answered = sum(1 for q in qids if q in answered_qs)
            if pid in used:
                unanswered.extend(q for q in qids if q not in answered_qs)
            pfind = by_platform.get(pid, [])
            pp = sum(f.points for f in pfind)
            platforms.append(PlatformResult(pid, pp, share(pp), len(qids), answered, tuple(pfind)))
        unsure = tuple(q for q, o in answered_qs.items() if self._unsure.get((q, o), False))
        gaps = self.coverage(answers)
        return ExposureReport(
            overall=overall,
            band=None if gaps else self.band(overall),
            points=total,
            tiers=tuple(tiers),
            platforms=tuple(platforms),
            findings=tuple(findings),
            answered=sum(1 for q in answered_qs if q in c.questions),
            unanswered=tuple(unanswered),
            unsure=unsure,
            gaps=gaps,
        )

    # -- actions --------------------------------------------------------------------------
    def _dominated(self, new: tuple[str, str], old: tuple[str, str]) -> bool:
        """True when *new* exposes nothing more than *old*, nor at a lower rung."""
        old_rank = {item: rank for item, rank, _ in self._exp.get(old, ())}
        for item, rank, _ in self._exp.get(new, ()):
            prev = old_rank.get(item)
            if prev is None or rank < prev:
                return False
        return True

    def apply(self, answers: Answers, action_id: str) -> Answers:
        """The answers after doing an action: each answer it covers moves to the safer option.

        An answer is only replaced when the action's option exposes nothing more than the
        current one, so doing an action can never raise the score.
        """
        action = self.content.actions[action_id]
        changes: dict[str, str] = {}
        for qid, oid in action.sets.items():
            current = answers.answers.get(qid)
            if current is None or current == oid:
                continue
            if self._dominated((qid, oid), (qid, current)):
                changes[qid] = oid
        return answers.with_answers(changes) if changes else answers

    def _moves(self, answers: Answers, action_id: str) -> list[tuple[str, str, str]]:
        """(question, current option, new option) for each answer the action would change."""
        action = self.content.actions[action_id]
        moves = []
        for qid, oid in action.sets.items():
            current = answers.answers.get(qid)
            if current is None or current == oid:
                continue
            if self._dominated((qid, oid), (qid, current)):
                moves.append((qid, current, oid))
        return moves

    def plan(self, answers: Answers) -> tuple[PlanStep, ...]:
        """The steps that lower this person's exposure, most important first.

        Greedy: each next step is the one whose own changes, on top of the steps before it,
        matter most (:meth:`_priority`: sensitive data leaving the rungs that need no judge
        first); effort divides only mildly, so it breaks near-ties and lets quick wins of the
        same weight go first, but never buries a big win. Steps that no longer change anything
        after earlier ones are left out, so overlapping steps appear once. When the person said
        which phone they use, steps for the other kind of phone come last.
        """
        c = self.content
        weights = self._weights
        sens = {i: self.item_weight(i) for i in c.items}
        # item -> number of current answers exposing it, per rung (as LiveTally keeps them)
        counts: dict[str, list[int]] = {}
        for answer in answers.answers.items():
            for item, rank, _ in self._exp.get(answer, ()):
                counts.setdefault(item, [0] * len(TIER_ORDER))[rank] += 1

        def lowest(cnt: list[int]) -> int | None:
            return next((r for r, n in enumerate(cnt) if n > 0), None)

        def effect(moves: list[tuple[str, str, str]]) -> dict[str, tuple[int, int | None]]:
            """item -> (rung before, rung after) for the items these answer moves change."""
            delta: dict[str, list[int]] = {}
            for qid, old, new in moves:
                for item, rank, _ in self._exp.get((qid, old), ()):
                    d = delta.setdefault(item, [0] * len(TIER_ORDER))
                    d[rank] -= 1
                for item, rank, _ in self._exp.get((qid, new), ()):
                    d = delta.setdefault(item, [0] * len(TIER_ORDER))
                    d[rank] += 1
            out: dict[str, tuple[int, int | None]] = {}
            for item, d in delta.items():
                cnt = counts.get(item, [0] * len(TIER_ORDER))
                before = lowest(cnt)
                after = lowest([a + b for a, b in zip(cnt, d, strict=True)])
                if before is not None and before != after:
                    out[item] = (before, after)
            return out

        def drop_of(eff: dict[str, tuple[int, int | None]]) -> float:
            return sum(
                sens[i] * (weights[b] - (weights[a] if a is not None else 0.0))
                for i, (b, a) in eff.items()
            )

        total = self.points(answers.answers)
        before = self.overall(total)
        alone: dict[str, tuple[float, float]] = {}
        pending: list[str] = []
        for aid in c.actions:
            moves = self._moves(answers, aid)
            if not moves:
                continue
            pending.append(aid)
            after = self.overall(total - drop_of(effect(moves)))
            alone[aid] = (after, before - after)

        other_phone = {"iphone": "android", "android": "iphone"}.get(answers.phone or "")
        steps: list[PlanStep] = []
        running = answers
        # An action's effect depends only on the counts of the items its questions can expose
        # and on the current answers to those questions: after each chosen step, only the
        # actions touching what it changed are evaluated again (the same result as evaluating
        # every action every round, far fewer evaluations).
        touches: dict[str, set[str]] = {}  # item or question -> actions that depend on it
        for aid in pending:
            for qid in c.actions[aid].sets:
                touches.setdefault("?" + qid, set()).add(aid)
                for opt in c.questions[qid].options:
                    for item, _, _ in self._exp.get((qid, opt.id), ()):
                        touches.setdefault(item, set()).add(aid)
        Entry = tuple[tuple[int, float, float, str], str, dict[str, Any], list[Any]]

        def evaluate(aid: str) -> Entry | None:
            action = c.actions[aid]
            moves = self._moves(running, aid)
            eff = effect(moves)
            drop = drop_of(eff)
            if drop <= 1e-9:
                return None
            later = 1 if other_phone is not None and action.device == other_phone else 0
            prio = self._priority(eff, sens) / (1.0 + 0.15 * (action.effort - 1))
            return ((later, -prio, -drop, aid), aid, eff, moves)

        cache: dict[str, Entry | None] = {aid: evaluate(aid) for aid in pending}
        while pending:
            entries = [e for e in (cache[a] for a in pending) if e is not None]
            if not entries:
                break
            best = min(entries, key=lambda e: e[0])
            _, aid, eff, moves = best
            pending.remove(aid)
            dirty: set[str] = set()
            for qid, old, new in moves:
                dirty |= touches.get("?" + qid, set())
                for item, rank, _ in self._exp.get((qid, old), ()):
                    counts[item][rank] -= 1
                    dirty |= touches.get(item, set())
                for item, rank, _ in self._exp.get((qid, new), ()):
                    counts.setdefault(item, [0] * len(TIER_ORDER))[rank] += 1
                    dirty |= touches.get(item, set())
            running = running.with_answers({q: n for q, _, n in moves})
            for other in dirty & set(pending):
                cache[other] = evaluate(other)
            total -= drop_of(eff)
            action = c.actions[aid]
            changes = tuple(
                Change(
                    item=i,
                    platform=c.item_platform[i],
                    before=TIER_ORDER[b],
                    after=TIER_ORDER[a] if a is not None else None,
                )
                for i, (b, a) in sorted(eff.items(), key=lambda kv: (kv[1][0], -sens[kv[0]], kv[0]))
            )
            steps.append(
                PlanStep(
                    action=aid,
                    platform=c.action_platform[aid],
                    effort=action.effort,
                    score_after=alone[aid][0],
                    drop=alone[aid][1],
                    cumulative_score=self.overall(max(total, 0.0)),
                    changes=changes,
                    deletes=action.deletes,
                    device=action.device,
                )
            )
        return tuple(steps)

    def _priority(
        self, eff: Mapping[str, tuple[int, int | None]], weight: Mapping[str, float]
    ) -> float:
        """How much a step's changes matter: the points it removes, with what leaves the rungs
        that need no judge counted once more (points already weigh sensitive items most)."""
        weights = self._weights
        value = 0.0
        for item, (b, a) in eff.items():
            after = weights[a] if a is not None else 0.0
            value += weight[item] * (weights[b] - after)
            if TIER_ORDER[b] in NO_JUDGE and (a is None or TIER_ORDER[a] not in NO_JUDGE):
                value += weight[item] * weights[b]
        return value


def score(content: Content, answers: Answers) -> ExposureReport:
    """Convenience: score once (builds a :class:`Scorer`)."""
    return Scorer(content).score(answers)
