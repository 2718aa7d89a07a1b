"""The live score, kept up to date one answer at a time.

:meth:`Scorer.score` passes over every answer; on every click of a long audit that would be
the slowest part of the live panel (see ``docs/performance.md``). :class:`LiveTally` keeps,
for each data item, how many current answers put it on each rung, so one answer change costs
only the exposures of the old and new options. The numbers equal the full report's
(``tests/bench/test_live_score.py``): an item counts once, at its lowest rung, for
``sensitivity x rung weight`` points.
"""

from __future__ import annotations

from collections.abc import Mapping

from privacy_audit.content import TIER_ORDER
from privacy_audit.scoring.engine import Scorer

_RUNGS = len(TIER_ORDER)


class LiveTally:
    """Per-rung sensitivity totals of the answers on *platforms*, updated incrementally."""

    def __init__(
        self, scorer: Scorer, answers: Mapping[str, str], platforms: frozenset[str]
    ) -> None:
        self.scorer = scorer
        #: The platforms whose answers count (a new tally is needed when they change).
        self.platforms = platforms
        self._sensitivity = {i: scorer.item_weight(i) for i in scorer.content.items}
        self._weights = [scorer.content.tiers[t].weight for t in TIER_ORDER]
        self._counts: dict[str, list[int]] = {}  # item -> answers exposing it, per rung
        self._best: dict[str, int] = {}  # item -> its lowest rung
        self._units = [0.0] * _RUNGS  # sum of item weights of the items on each rung
        for qid, oid in answers.items():
            self._apply(qid, oid, 1)

    def _apply(self, qid: str, oid: str, sign: int) -> None:
        for item, rank, _pts in self.scorer.exposures(qid, oid):
            counts = self._counts.get(item)
            if counts is None:
                counts = self._counts[item] = [0] * _RUNGS
            counts[rank] += sign
            new = next((r for r, n in enumerate(counts) if n > 0), None)
            old = self._best.get(item)
            if new == old:
                continue
            sens = self._sensitivity[item]
            if old is not None:
                self._units[old] -= sens
            if new is None:
                del self._best[item]
            else:
                self._best[item] = new
                self._units[new] += sens

    def change(self, qid: str, old: str | None, new: str | None) -> None:
        """One answer changed from *old* to *new* (None: unanswered)."""
        if old is not None:
            self._apply(qid, old, -1)
        if new is not None:
            self._apply(qid, new, 1)

    def summary(self) -> tuple[float, dict[str, float]]:
        """(overall, points per rung), as the full report (:meth:`Scorer.score`) has them."""
        per_tier: dict[str, float] = {
            tid: units * w
            for tid, units, w in zip(TIER_ORDER, self._units, self._weights, strict=True)
        }
        return self.scorer.overall(sum(per_tier.values())), per_tier
