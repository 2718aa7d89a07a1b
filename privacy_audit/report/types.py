"""The report's typed tree: plain frozen dataclasses, built by :mod:`privacy_audit.report.model`
and rendered by :mod:`privacy_audit.report.html`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReportOptions:
    """What to print. By default nothing that names the person is printed."""

    #: Print the audit's name and the person's notes. Off by default.
    include_identifying: bool = False
    name: str = ""
    notes: str = ""
    #: Print only the action checklist: no score, no findings, no answers.
    safe_to_carry: bool = False
    #: Add every finding by platform, how to do each step, and the sources (off: the summary).
    details: bool = False
    #: Plan steps the person has already ticked in the app.
    done_actions: frozenset[str] = frozenset()
    #: The date printed on the report (default: today).
    date: dt.date | None = None
    #: Questions answered from the person's data download: their answers are marked so.
    from_download: frozenset[str] = frozenset()
    #: Which guides the report was made from ("2026120700 (2026-12-06)"); empty: not printed.
    guides: str = ""


@dataclass(frozen=True)
class SourceRef:
    title: str
    url: str
    last_verified: str | None
    as_of: str | None = None
    #: "version of 2019-03; read on 2026-12-06", or that it was never read directly.
    dates: str = ""


@dataclass(frozen=True)
class Header:
    title: str
    date_label: str
    date: str
    language_label: str
    language: str
    #: ``(label, value)`` rows shown only when the person chose to include them.
    identity: tuple[tuple[str, str], ...]
    #: A line saying nothing identifying is printed (absent in safe-to-carry copies).
    privacy_note: str
    #: The version and date of the guides used (content updates), when known.
    guides_label: str = ""
    guides: str = ""


@dataclass(frozen=True)
class Stairs:
    """The plan as a staircase: the score now, then after each step (numbers, never colour)."""

    heading: str
    scores: tuple[int, ...]
    now_label: str
    #: The same numbers in words (the picture's alternative text).
    words: str
    caption: str


@dataclass(frozen=True)
class Summary:
    heading: str
    score: int
    score_line: str
    band_line: str
    #: The band's sentence, or (no level yet) what is missing, said calmly.
    meaning: str
    #: What the scale means (``t("scale_meaning")``).
    scale: str
    #: Extra facts: share without a judge, unanswered and "not sure" counts.
    notes: tuple[str, ...]
    stairs: Stairs | None = None
    #: "Start with these three": the first plan steps, with their app.
    start_heading: str = ""
    start: tuple[PlanItem, ...] = ()
    #: Whether the audit has a level (False: ``meaning`` says what is missing).
    has_band: bool = True

    @property
    def start_items(self) -> tuple[str, ...]:
        return tuple(i.title for i in self.start)


@dataclass(frozen=True)
class TierFinding:
    platform: str
    label: str
    unsure: bool


@dataclass(frozen=True)
class Rung:
    """One rung of the legal-process ladder as printed: the report, the worksheet and the
    handout all use this (built by :func:`privacy_audit.report.model.rung`)."""

    id: str
    number: str
    label: str
    judge_tag: str
    #: ``(question, answer)`` rows: who signs, a judge?, must comply?, told?
    facts: tuple[tuple[str, str], ...]
    #: The personal report only: what of this person's data sits on this rung.
    data_heading: str = ""
    findings: tuple[TierFinding, ...] = ()
    empty_text: str = ""

    @property
    def title(self) -> str:
        """The label with its judge qualifier once: "Court order (a judge)", never twice.

        Content labels may already carry a qualifier in brackets; then none is added.
        """
        if not self.judge_tag or self.label.rstrip().endswith(")"):
            return self.label
        return f"{self.label} ({self.judge_tag})"

    @property
    def count(self) -> int:
        return len(self.findings)


@dataclass(frozen=True)
class Ladder:
    heading: str
    intro: str
    note: str
    rungs: tuple[Rung, ...]
    #: The column of the person's own count ("Your things here").
    count_heading: str = ""
    rung_heading: str = ""


@dataclass(frozen=True)
class PlatformFinding:
    label: str
    tier_label: str
    question: str
    answer: str
    unsure: bool
    unverified: bool
    #: Why it is there: "because you have a WhatsApp account", or the answer that caused it.
    why: str = ""
    #: Only where the source is secondary or missing, and which of the two.
    mark: str = ""


@dataclass(frozen=True)
class PlatformSection:
    id: str
    name: str
    answered_line: str
    summary: str
    facts: tuple[tuple[str, str], ...]
    findings: tuple[PlatformFinding, ...]
    empty_text: str


@dataclass(frozen=True)
class StepGroup:
    label: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class PlanItem:
    number: int
    number_label: str
    action: str
    title: str
    why: str
    #: The app (or section) the step is for; printed on every copy, safe to carry too.
    platform: str
    effort: str
    done: bool
    score_line: str
    steps: tuple[StepGroup, ...]
    verified: str
    #: "71 → 63" (empty on a safe-to-carry copy).
    score_change: str = ""
    #: What the step moves, in one sentence (empty on a safe-to-carry copy).
    changes: str = ""
    #: The deletes caution, where the step deletes something.
    caution: str = ""
    #: "Last checked against a guide from 2019; ...", where the guide is old.
    staleness: str = ""
    platform_id: str = ""
    #: The same two, short enough for one line of the checklist.
    caution_short: str = ""
    staleness_short: str = ""
    #: "score 71 → 63", where the numbers stand without a column heading.
    score_words: str = ""
    #: One or two words each, for the compact checklist ("deletes", "guide from 2019").
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanGroup:
    """The steps for one app, in plan order."""

    platform: str
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class Plan:
    heading: str
    intro: str
    empty_text: str
    items: tuple[PlanItem, ...]
    groups: tuple[PlanGroup, ...] = ()
    #: Column headings of the checklist: step, effort, score.
    columns: tuple[str, ...] = ()
    #: "How to do each step" (the details) heading.
    howto_heading: str = ""
    #: A long plan: each app's steps as one paragraph, notes as short marks (``legend``).
    compact: bool = False
    legend: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegalHelpEntry:
    name: str
    description: str
    url: str


@dataclass(frozen=True)
class Closing:
    legal_heading: str
    legal_help: tuple[LegalHelpEntry, ...]
    advice_heading: str
    disclaimer: str
    sources_heading: str
    sources_intro: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Labels:
    """Small words the renderer needs in this body's language."""

    page_of: str
    done: str
    why: str
    effort: str
    unsure: str
    unverified: str
    platform: str
    could_be_obtained: str
    your_answer: str


@dataclass(frozen=True)
class ReportBody:
    lang: str
    header: Header
    labels: Labels
    summary: Summary | None
    ladder: Ladder | None
    platforms: tuple[PlatformSection, ...]
    plan: Plan
    closing: Closing
    #: Findings by platform, how to do each step and the sources are printed.
    details: bool = False
    findings_heading: str = ""
    safe_intro: str = ""


@dataclass(frozen=True)
class Report:
    langs: tuple[str, ...]
    options: ReportOptions
    bodies: tuple[ReportBody, ...] = field(default=())

    @property
    def safe_to_carry(self) -> bool:
        return self.options.safe_to_carry
