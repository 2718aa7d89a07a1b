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
    #: Plan steps the person has already ticked in the app.
    done_actions: frozenset[str] = frozenset()
    #: The date printed on the report (default: today).
    date: dt.date | None = None
    #: Which guides the report was made from ("2026120700 (2026-12-06)"); empty: not printed.
    guides: str = ""


@dataclass(frozen=True)
class SourceRef:
    title: str
    url: str
    last_verified: str | None


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
class Summary:
    heading: str
    score: int
    score_line: str
    band_line: str
    meaning: str
    #: Extra facts: share without a judge, unanswered and "not sure" counts.
    notes: tuple[str, ...]
    what_if_heading: str
    what_if: tuple[str, ...]
    #: "Start with these three": the first plan steps, by title.
    start_heading: str = ""
    start_items: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class Ladder:
    heading: str
    intro: str
    note: str
    rungs: tuple[Rung, ...]


@dataclass(frozen=True)
class PlatformFinding:
    label: str
    tier_label: str
    question: str
    answer: str
    unsure: bool
    unverified: bool


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
    platform: str
    effort: str
    done: bool
    score_line: str
    steps: tuple[StepGroup, ...]
    verified: str


@dataclass(frozen=True)
class Plan:
    heading: str
    intro: str
    empty_text: str
    items: tuple[PlanItem, ...]


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


@dataclass(frozen=True)
class Report:
    langs: tuple[str, ...]
    options: ReportOptions
    bodies: tuple[ReportBody, ...] = field(default=())

    @property
    def safe_to_carry(self) -> bool:
        return self.options.safe_to_carry


# -- building -------------------------------------------------------------------------------
