"""One person's audit as the desktop app walks through it: the model the UI drives.

The UI presents and collects; every decision is made here: which pages exist and in which
order, what counts as progress, which platforms a search finds, what an answer would expose
and to whom, and the "what if" score once some plan steps are ticked as done.
A fresh :class:`AuditSession` is "start over" / "next participant".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from privacy_audit.content import TIER_RANK, Content
from privacy_audit.pages import ACCOUNTS, PLATFORM_PREFIX, RESULTS, WELCOME
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import ExposureReport, Gap, PlanStep, Scorer, shown
from privacy_audit.scoring.live import LiveTally

__all__ = [
    "ACCOUNTS",
    "PLATFORM_PREFIX",
    "RESULTS",
    "START_HERE",
    "WELCOME",
    "AuditSession",
    "Consequence",
    "LiveScore",
    "TierShare",
]
#: How many plan steps "start with these" shows to someone who feels overwhelmed.
START_HERE = 3


def _fold(text: str) -> str:
    """Lower case without accents, so "espanol" finds "Español"."""
    norm = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class TierShare:
    id: str
    points: float
    #: This rung's part of the overall score (the parts add up to the overall).
    share: float


@dataclass(frozen=True, slots=True)
class LiveScore:
    """What the live panel shows after each answer: one pass, no findings, no plan."""

    overall: float
    #: None until enough is answered to say something (then :attr:`gaps` says what is missing).
    band: str | None
    tiers: tuple[TierShare, ...]
    gaps: tuple[Gap, ...] = ()

    @property
    def score(self) -> int:
        return shown(self.overall)


@dataclass(frozen=True, slots=True)
class Consequence:
    """What one answer puts within reach: one data item, on one rung of the ladder."""

    item: str
    label: str
    tier: str
    tier_label: str
    who_signs: str
    unsure: bool


class AuditSession:
    """Answers, chosen platforms, language, ticked actions and the current page."""

    def __init__(
        self,
        content: Content,
        scorer: Scorer | None = None,
        *,
        lang: str = "en",
        saving: bool = False,
    ) -> None:
        self.content = content
        self.scorer = scorer or Scorer(content)
        self.lang = lang if lang in ("en", "es") else "en"
        self.saving = saving
        self._answers: dict[str, str] = {}
        self._platforms: list[str] = []
        #: The kind of phone the person said they use (None: not said).
        self.phone: str | None = None
        self._asked: tuple[str, ...] | None = None  # cache of asked_platforms()
        self._tally: LiveTally | None = None  # the live score, built on first use
        self._asked_qids: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._done: set[str] = set()
        #: Questions answered from the person's data download (after they confirmed).
        self._from_download: set[str] = set()
        self.page = WELCOME
        #: The saved audit this session continues (None until first saved).
        self.audit_id: str | None = None
        self.audit_name = ""

    # -- platforms -------------------------------------------------------------------------
    def choosable_platforms(self) -> tuple[str, ...]:
        """Accounts a person can pick (sections such as general questions are always asked)."""
        return tuple(p.platform.id for p in self.content.platforms if p.platform.kind == "platform")

    def sections(self) -> tuple[str, ...]:
        return tuple(p.platform.id for p in self.content.platforms if p.platform.kind == "section")

    def search_platforms(self, query: str) -> tuple[str, ...]:
        """Choosable platforms whose name (in either language) or id contains *query*."""
        q = _fold(query.strip())
        if not q:
            return self.choosable_platforms()
        out = []
        for pid in self.choosable_platforms():
            name = self.content.platform_by_id[pid].platform.name
            aliases = self.content.platform_by_id[pid].platform.aliases
            hay = " ".join(
                (_fold(name.en), _fold(name.es), pid.replace("_", " "), *map(_fold, aliases))
            )
            if q in hay:
                out.append(pid)
        return tuple(out)

    @property
    def selected(self) -> tuple[str, ...]:
        return tuple(self._platforms)

    def set_platform(self, pid: str, used: bool) -> None:
        if pid not in self.content.platform_by_id:
            raise KeyError(pid)
        self._asked = None
        self._tally = None
        if used and pid not in self._platforms:
            self._platforms.append(pid)
            order = {p.platform.id: i for i, p in enumerate(self.content.platforms)}
            self._platforms.sort(key=lambda p: order[p])
        elif not used and pid in self._platforms:
            self._platforms.remove(pid)

    def asked_platforms(self) -> tuple[str, ...]:
        """Platforms whose questions are asked, in content order: chosen ones plus sections."""
        # Asked several times on every answer change (pages, progress, answers): cached until
        # the platform choice changes.
        if self._asked is None:
            chosen = set(self._platforms) | set(self.sections())
            self._asked = tuple(
                p.platform.id for p in self.content.platforms if p.platform.id in chosen
            )
        return self._asked

    # -- pages -----------------------------------------------------------------------------
    def pages(self) -> tuple[str, ...]:
        plats = tuple(PLATFORM_PREFIX + p for p in self.asked_platforms())
        return (WELCOME, ACCOUNTS, *plats, RESULTS)

    def page_index(self) -> int:
        pages = self.pages()
        return pages.index(self.page) if self.page in pages else 0

    def go(self, page: str) -> None:
        if page not in self.pages():
            raise KeyError(page)
        self.page = page

    def next_page(self) -> str:
        pages = self.pages()
        i = self.page_index()
        self.page = pages[min(i + 1, len(pages) - 1)]
        return self.page

    def previous_page(self) -> str:
        pages = self.pages()
        i = self.page_index()
        self.page = pages[max(i - 1, 0)]
        return self.page

    # -- answers ---------------------------------------------------------------------------
    def answer(self, qid: str) -> str | None:
        return self._answers.get(qid)

    def set_answer(self, qid: str, oid: str | None) -> None:
        if qid not in self.content.questions:
            raise KeyError(qid)
        if oid is not None and (qid, oid) not in self.content.options:
            raise KeyError((qid, oid))
        old = self._answers.get(qid)
        self._from_download.discard(qid)  # a changed answer is the person's own again
        if oid is None:
            self._answers.pop(qid, None)
        else:
            self._answers[qid] = oid
        tally = self._tally
        if tally is not None and self.content.question_platform[qid] in tally.platforms:
            tally.change(qid, old, oid)

    def fill_from_download(self, confirmed: dict[str, str]) -> tuple[str, ...]:
        """Fill the answers the person confirmed after reading their data download.

        Each is marked "from your data download" (:attr:`from_download`) until the person
        changes it; its platform is added to the chosen ones. Returns the questions filled.
        """
        for qid, oid in confirmed.items():
            if (qid, oid) not in self.content.options:
                raise KeyError((qid, oid))
        for qid, oid in confirmed.items():
            pid = self.content.question_platform[qid]
            if self.content.platform_by_id[pid].platform.kind == "platform":
                self.set_platform(pid, True)
            self.set_answer(qid, oid)
            self._from_download.add(qid)
        return tuple(confirmed)

    @property
    def from_download(self) -> frozenset[str]:
        """Questions whose current answer came from the person's data download."""
        return frozenset(self._from_download)

    def answers(self) -> Answers:
        """The answers that count: those on the asked platforms, with the platform list."""
        asked = set(self.asked_platforms())
        kept = {
            q: o for q, o in self._answers.items() if self.content.question_platform[q] in asked
        }
        return Answers(kept, self.asked_platforms(), self.phone)

    def all_answers(self) -> dict[str, str]:
        """Every answer given, including those on platforms unticked later (kept, not counted)."""
        return dict(self._answers)

    def progress(self) -> tuple[int, int]:
        """(answered, total) questions on the asked platforms."""
        asked = self.asked_platforms()
        if self._asked_qids is None or self._asked_qids[0] != asked:
            qids = tuple(q.id for pid in asked for q in self.content.platform_by_id[pid].questions)
            self._asked_qids = (asked, qids)
        qids = self._asked_qids[1]
        return sum(map(self._answers.__contains__, qids)), len(qids)

    def consequences(self, qid: str, oid: str | None = None) -> tuple[Consequence, ...]:
        """What an answer (default: the current one) exposes, and who could get it, and how."""
        oid = oid if oid is not None else self._answers.get(qid)
        if oid is None:
            return ()
        c = self.content
        opt = c.options[(qid, oid)]
        out = []
        for e in opt.exposes:
            item = c.items[e.item]
            tier = c.tiers[e.tier or item.tier]
            out.append(
                Consequence(
                    item=item.id,
                    label=item.label.get(self.lang),
                    tier=tier.id,
                    tier_label=tier.label.get(self.lang),
                    who_signs=tier.who_signs.get(self.lang),
                    unsure=opt.unsure,
                )
            )
        out.sort(key=lambda c: TIER_RANK[c.tier])  # easiest to get first, as on the ladder
        return tuple(out)

    # -- results ---------------------------------------------------------------------------
    def report(self) -> ExposureReport:
        return self.scorer.score(self.answers())

    def live(self) -> LiveScore:
        """The live panel's numbers (as in :meth:`Scorer.score`), kept up to date per answer."""
        if self._tally is None:
            asked = self.asked_platforms()
            self._tally = LiveTally(self.scorer, self.answers().answers, frozenset(asked))
        overall, per_tier = self._tally.summary()
        total = sum(per_tier.values())
        tiers = tuple(
            TierShare(tid, pts, overall * pts / total if total > 0 else 0.0)
            for tid, pts in per_tier.items()
        )
        gaps = self.scorer.gaps(self._answers, self.asked_platforms())
        return LiveScore(overall, None if gaps else self.scorer.band(overall), tiers, gaps)

    def plan(self) -> tuple[PlanStep, ...]:
        return self.scorer.plan(self.answers())

    def start_here(self) -> tuple[PlanStep, ...]:
        return self.plan()[:START_HERE]

    @property
    def done(self) -> frozenset[str]:
        return frozenset(self._done)

    def set_done(self, action_id: str, done: bool) -> None:
        if action_id not in self.content.actions:
            raise KeyError(action_id)
        if done:
            self._done.add(action_id)
        else:
            self._done.discard(action_id)

    def answers_with_done(self) -> Answers:
        """The answers as they would be once every ticked action is done, in plan order."""
        answers = self.answers()
        ticked = [s.action for s in self.scorer.plan(answers) if s.action in self._done]
        for aid in ticked:
            answers = self.scorer.apply(answers, aid)
        return answers

    def what_if(self) -> ExposureReport:
        """The score if every ticked action were done."""
        return self.scorer.score(self.answers_with_done())

    def band_text(self, band_id: str) -> tuple[str, str]:
        """(label, meaning) of a score band in the session language."""
        band = next(b for b in self.content.ladder.bands if b.id == band_id)
        return band.label.get(self.lang), band.meaning.get(self.lang)

    # -- saved audits (the storage layer encrypts and writes) -------------------------------
    @classmethod
    def from_answers(
        cls,
        answers: Answers,
        content: Content,
        scorer: Scorer | None = None,
        *,
        lang: str = "en",
        done: tuple[str, ...] | frozenset[str] = (),
        saving: bool = False,
    ) -> AuditSession:
        """A session continuing saved (or imported) answers; unknown action ids are ignored."""
        s = cls(content, scorer, lang=lang, saving=saving)
        s._answers = dict(answers.answers)
        for pid in answers.used_platforms(content):
            if content.platform_by_id[pid].platform.kind == "platform":
                s.set_platform(pid, True)
        s._done = {a for a in done if a in content.actions}
        s.phone = answers.phone
        return s
