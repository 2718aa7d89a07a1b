"""Answers -> exposure report, and the ranked what-if action plan. Pure functions.

The formula is documented in ``docs/scoring.md``:

* each exposed data item scores ``sensitivity x tier weight``, counted once per item
  (an item belongs to one platform, so the same kind of data on two platforms counts twice:
  each platform is a separate door), at the lowest rung any answer puts it on;
* ``overall = 100 x (1 - exp(-points / K))``: more accounts, more doors, yet never past 100;
* each tier's and platform's *share* of the overall is proportional to its points, so the
  shares add up to the overall.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from privacy_audit.content import TIER_ORDER, TIER_RANK, Content
from privacy_audit.scoring.answers import Answers


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
class ExposureReport:
    overall: float
    band: str
    points: float
    tiers: tuple[TierResult, ...]
    platforms: tuple[PlatformResult, ...]
    findings: tuple[Finding, ...]
    answered: int
    unanswered: tuple[str, ...]
    unsure: tuple[str, ...]

    @property
    def score(self) -> int:
        """The overall score as shown to a person (0-100, whole number)."""
        return round(self.overall)

    @property
    def no_judge_points(self) -> float:
        return sum(t.points for t in self.tiers if t.id in ("public", "broker", "admin_subpoena"))


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


# (item id, tier rank, points) for one answer option.
_Exp = tuple[str, int, float]


class Scorer:
    """Precomputes what each answer option exposes, so a re-score is one pass over answers."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.k = content.ladder.scale_k
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
                    exps[e.item] = (e.item, rank, item.sensitivity * weights[rank])
            self._exp[(qid, oid)] = tuple(exps.values())
            self._unsure[(qid, oid)] = opt.unsure
        self._bands = sorted(content.ladder.bands, key=lambda b: b.min_score)

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
        return 100.0 * (1.0 - math.exp(-points / self.k))

    def band(self, overall: float) -> str:
        shown = round(overall)
        band = self._bands[0].id
        for b in self._bands:
            if shown >= b.min_score:
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
        return ExposureReport(
            overall=overall,
            band=self.band(overall),
            points=total,
            tiers=tuple(tiers),
            platforms=tuple(platforms),
            findings=tuple(findings),
            answered=sum(1 for q in answered_qs if q in c.questions),
            unanswered=tuple(unanswered),
            unsure=unsure,
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

    def plan(self, answers: Answers) -> tuple[PlanStep, ...]:
        """Applicable actions ranked by score drop per unit of effort; quick wins first."""
        c = self.content
        before = self.overall(self.points(answers.answers))
        candidates: list[tuple[float, float, str, float]] = []
        for aid, action in c.actions.items():
            after_answers = self.apply(answers, aid)
            if after_answers is answers:
                continue
            after = self.overall(self.points(after_answers.answers))
            drop = before - after
            if drop <= 1e-9:
                continue
            candidates.append((drop / action.effort, drop, aid, after))
        candidates.sort(key=lambda t: (-t[0], -t[1], t[2]))
        steps: list[PlanStep] = []
        running = answers
        for _, drop, aid, after in candidates:
            running = self.apply(running, aid)
            cumulative = self.overall(self.points(running.answers))
            steps.append(
                PlanStep(
                    action=aid,
                    platform=c.action_platform[aid],
                    effort=c.actions[aid].effort,
                    score_after=after,
                    drop=drop,
                    cumulative_score=cumulative,
                )
            )
        return tuple(steps)


def score(content: Content, answers: Answers) -> ExposureReport:
    """Convenience: score once (builds a :class:`Scorer`)."""
    return Scorer(content).score(answers)
