"""The printable report as a typed tree, built from content and answers. Qt-free, pure data.

One :class:`ReportBody` per language (two for ``--lang both``); every body of a report has
the same shape, so the HTML renderer can put them side by side block by block. What a
finding or a plan step says comes from :mod:`privacy_audit.scoring.present`, as everywhere else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import replace
from typing import Any

from privacy_audit.content import LANGS, Content
from privacy_audit.content.model import NO_JUDGE
from privacy_audit.errors import UserError
from privacy_audit.report.strings import rt
from privacy_audit.report.types import (
    Closing,
    Header,
    Labels,
    Ladder,
    LegalHelpEntry,
    Plan,
    PlanItem,
    PlatformFinding,
    PlatformSection,
    Report,
    ReportBody,
    ReportOptions,
    Rung,
    SourceRef,
    StepGroup,
    Summary,
    TierFinding,
)
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.scoring.present import score_json, sources_json, tier_json
from privacy_audit.text import effort_label, t, tn

#: What ``--lang`` accepts.
LANG_CHOICES: tuple[str, ...] = ("en", "es", "both")


def report_langs(lang: str) -> tuple[str, ...]:
    """``"en"``, ``"es"`` or ``"both"`` -> the languages to print, in column order."""
    if lang == "both":
        return LANGS
    if lang in LANGS:
        return (lang,)
    raise UserError(f"unknown language {lang!r} (choose one of: {', '.join(LANG_CHOICES)})")


def labels_for(lang: str) -> Labels:
    return Labels(
        page_of=rt("page_of", lang, n="{n}", m="{m}"),
        done=rt("done", lang),
        why=rt("why", lang),
        effort=t("effort", lang),
        unsure=t("unsure_flag", lang),
        unverified=t("unverified", lang),
        platform=rt("platform", lang),
        could_be_obtained=rt("could_be_obtained", lang),
        your_answer=rt("your_answer", lang),
    )


def _header(lang: str, langs: tuple[str, ...], opts: ReportOptions, today: dt.date) -> Header:
    identity: list[tuple[str, str]] = []
    if opts.include_identifying and not opts.safe_to_carry:
        if opts.name.strip():
            identity.append((rt("prepared_for", lang), opts.name.strip()))
        if opts.notes.strip():
            identity.append((rt("notes", lang), opts.notes.strip()))
    shown = "lang_both" if len(langs) > 1 else f"lang_{langs[0]}"
    return Header(
        title=rt("safe_title" if opts.safe_to_carry else "report_title", lang),
        date_label=rt("date", lang),
        date=today.isoformat(),
        language_label=rt("language", lang),
        language=rt(shown, lang),
        identity=tuple(identity),
        privacy_note="" if identity or opts.safe_to_carry else rt("no_identifying", lang),
        guides_label=rt("guides", lang),
        guides=opts.guides,
    )


def _summary(data: dict[str, Any], lang: str) -> Summary:
    notes: list[str] = []
    if data["points"]:
        notes.append(t("no_judge", lang, pct=data["no_judge_share"]))
    if data["unanswered"]:
        notes.append(tn("unanswered", len(data["unanswered"]), lang))
    if data["unsure"]:
        notes.append(tn("unsure_count", len(data["unsure"]), lang))
    return Summary(
        heading=rt("summary", lang),
        score=data["overall"],
        score_line=f"{t('overall', lang)}: {t('out_of', lang, score=data['overall'])}",
        band_line=f"{t('band', lang)}: {data['band']['label'] if data['band'] else '—'}",
        meaning=data["band"]["meaning"] if data["band"] else data["band_missing"]["text"],
        notes=tuple(notes),
        what_if_heading=rt("what_if", lang),
        what_if=(),
    )


def _what_if(scorer: Scorer, data: dict[str, Any], lang: str) -> tuple[str, ...]:
    plan = data["plan"]
    if not plan:
        return (rt("what_if_none", lang),)
    after = plan[-1]["shown_after"]
    band = scorer.band(float(after))
    band_label = next(b.label.get(lang) for b in scorer.content.ladder.bands if b.id == band)
    lines = [rt("what_if_all", lang, before=data["overall"], after=after, band=band_label)]
    if len(plan) > 3:
        lines.append(rt("what_if_three", lang, score=plan[2]["shown_after"]))
    return tuple(lines)


def _platform_name(content: Content, pid: str, lang: str) -> str:
    return content.platform_by_id[pid].platform.name.get(lang)


def judge_tag(tier_id: str, lang: str) -> str:
    """ "No judge" or "a judge signs" for a rung (nothing for data out of reach)."""
    if tier_id == "unavailable":
        return ""
    return rt("no_judge_tag" if tier_id in NO_JUDGE else "judge_tag", lang)


def rung(content: Content, tier_id: str, n: int, lang: str, *, who_label: str = "") -> Rung:
    """Rung *n* of the ladder as every printed page shows it; *who_label* replaces the
    "Who signs it" question (the handout asks "Who can get it")."""
    tier = content.tiers[tier_id]
    return Rung(
        id=tier_id,
        number=rt("rung_n", lang, n=n),
        label=tier.label.get(lang),
        judge_tag=judge_tag(tier_id, lang),
        facts=(
            (who_label or t("who_signs", lang), tier.who_signs.get(lang)),
            (t("judge", lang), tier.judge.get(lang)),
            (t("must_comply", lang), tier.must_comply.get(lang)),
            (t("told", lang), tier.told.get(lang)),
        ),
    )


def _ladder(content: Content, data: dict[str, Any], lang: str) -> Ladder:
    rungs = [
        dataclasses.replace(
            rung(content, tier["id"], n, lang),
            data_heading=rt("your_data_here", lang),
            findings=tuple(
                TierFinding(_platform_name(content, f["platform"], lang), f["label"], f["unsure"])
                for f in tier["items"]
            ),
            empty_text=t("nothing_here", lang),
        )
        for n, tier in enumerate(data["tiers"], 1)
    ]
    return Ladder(
        heading=t("by_tier", lang),
        intro=rt("ladder_intro", lang),
        note=rt("admin_note", lang),
        rungs=tuple(rungs),
    )


def _platforms(content: Content, data: dict[str, Any], lang: str) -> tuple[PlatformSection, ...]:
    by_platform: dict[str, list[dict[str, Any]]] = {}
    for tier in data["tiers"]:
        for f in tier["items"]:
            by_platform.setdefault(f["platform"], []).append(f)
    out = []
    for p in data["platforms"]:
        info = content.platform_by_id[p["id"]].platform
        out.append(
            PlatformSection(
                id=p["id"],
                name=p["name"],
                answered_line=rt(
                    "answered_of", lang, answered=p["answered"], questions=p["questions"]
                ),
                summary=info.summary.get(lang),
                facts=(
                    (t("notice", lang), info.notice.get(lang)),
                    (t("encryption", lang), info.encryption.get(lang)),
                ),
                findings=tuple(
                    PlatformFinding(
                        label=f["label"],
                        tier_label=content.tiers[f["tier"]].label.get(lang),
                        question=f["question_text"],
                        answer=f["answer"],
                        unsure=f["unsure"],
                        unverified=f["confidence"] != "primary",
                    )
                    for f in by_platform.get(p["id"], [])
                ),
                empty_text=rt("no_findings", lang),
            )
        )
    return tuple(out)


_STEP_KINDS = (("phone", "phone_steps"), ("web", "web_steps"), ("other", "other_steps"))


def _plan(content: Content, data: dict[str, Any], lang: str, opts: ReportOptions) -> Plan:
    items = []
    for n, step in enumerate(data["plan"], 1):
        detail = step["detail"]
        groups = tuple(
            StepGroup(t(label, lang), tuple(s["text"] for s in detail["steps"][kind]))
            for kind, label in _STEP_KINDS
            if detail["steps"][kind]
        )
        score_line = (
            ""
            if opts.safe_to_carry
            else t(
                "score_after",
                lang,
                alone=round(step["score_after"]),
                n=n,
                cum=round(step["cumulative_score"]),
            )
        )
        items.append(
            PlanItem(
                number=n,
                number_label=rt("step_n", lang, n=n),
                action=step["action"],
                title=step["title"],
                why=detail["why"],
                platform=""
                if opts.safe_to_carry
                else _platform_name(content, step["platform"], lang),
                effort=effort_label(step["effort"], lang),
                done=step["action"] in opts.done_actions,
                score_line=score_line,
                steps=groups,
                verified=t("verified", lang, date=detail["last_verified"]),
            )
        )
    return Plan(
        heading=t("plan", lang),
        intro=rt("plan_intro", lang),
        empty_text=t("plan_empty", lang),
        items=tuple(items),
    )


def legal_help_entries(content: Content, lang: str) -> tuple[LegalHelpEntry, ...]:
    return tuple(
        LegalHelpEntry(h.name.get(lang), h.description.get(lang), h.url)
        for h in content.ladder.legal_help
    )


def _sources(content: Content, data: dict[str, Any], safe: bool) -> tuple[SourceRef, ...]:
    if safe:
        # A safe-to-carry copy lists no sources: their titles would name the person's apps.
        return ()
    found: list[dict[str, Any]] = []
    for tier in data["tiers"]:
        found.extend(tier_json(content, tier["id"], "en")["sources"])
        for f in tier["items"]:
            found.extend(f["sources"])
    for step in data["plan"]:
        found.extend(step["detail"]["sources"])
    for h in content.ladder.legal_help:
        found.extend(sources_json(content, None, h.sources))
    seen: dict[tuple[str, str], SourceRef] = {}
    for s in found:
        seen.setdefault((s["title"], s["url"]), SourceRef(s["title"], s["url"], s["last_verified"]))
    return tuple(seen.values())


def closing_for(content: Content, lang: str, sources: tuple[SourceRef, ...]) -> Closing:
    return Closing(
        legal_heading=t("legal_help", lang),
        legal_help=legal_help_entries(content, lang),
        advice_heading=rt("not_legal_advice", lang),
        disclaimer=content.ladder.disclaimer.get(lang),
        sources_heading=t("sources", lang),
        sources_intro=rt("sources_intro", lang),
        sources=sources,
    )


def build_report(
    content: Content,
    answers: Answers,
    lang: str = "en",
    options: ReportOptions | None = None,
    *,
    scorer: Scorer | None = None,
) -> Report:
    """The report for *answers* in ``"en"``, ``"es"`` or ``"both"``."""
    opts = options or ReportOptions()
    langs = report_langs(lang)
    unknown = sorted(a for a in opts.done_actions if a not in content.actions)
    if unknown:
        raise UserError(f"unknown action {unknown[0]!r}")
    scorer = scorer or Scorer(content)
    report = scorer.score(answers)
    today = opts.date or dt.date.today()
    bodies = []
    for lg in langs:
        data = score_json(scorer, answers, lg, report)
        safe = opts.safe_to_carry
        summary = None
        if not safe:
            summary = replace(
                _summary(data, lg),
                what_if=_what_if(scorer, data, lg),
                start_heading=t("start_here", lg) if data["plan"] else "",
                start_items=tuple(s["title"] for s in data["plan"][:3]),
            )
        bodies.append(
            ReportBody(
                lang=lg,
                header=_header(lg, langs, opts, today),
                labels=labels_for(lg),
                summary=summary,
                ladder=None if safe else _ladder(content, data, lg),
                platforms=() if safe else _platforms(content, data, lg),
                plan=_plan(content, data, lg, opts),
                closing=closing_for(content, lg, _sources(content, data, safe)),
            )
        )
    return Report(langs=langs, options=opts, bodies=tuple(bodies))


__all__ = [
    "LANG_CHOICES",
    "Report",
    "ReportBody",
    "ReportOptions",
    "build_report",
    "report_langs",
]
