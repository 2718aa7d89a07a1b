"""The printable report as a typed tree, built from content and answers. Qt-free, pure data.

One :class:`ReportBody` per language (two for ``--lang both``); every body of a report has
the same shape, so the HTML renderer can put them side by side block by block. What a
finding or a plan step says comes from :mod:`privacy_audit.scoring.present`, as everywhere else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from privacy_audit.content import LANGS, Content
from privacy_audit.content.model import NO_JUDGE, TIER_RANK
from privacy_audit.errors import UserError
from privacy_audit.report.strings import rt
from privacy_audit.report.types import (
    Closing,
    Header,
    Labels,
    Ladder,
    LegalHelpEntry,
    Plan,
    PlanGroup,
    PlanItem,
    PlatformFinding,
    PlatformSection,
    Report,
    ReportBody,
    ReportOptions,
    Rung,
    SourceRef,
    Stairs,
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


def _band_label(scorer: Scorer, score: float, lang: str) -> str:
    band = scorer.band(float(score))
    return next(b.label.get(lang) for b in scorer.content.ladder.bands if b.id == band)


def _stairs(scorer: Scorer, data: dict[str, Any], lang: str) -> Stairs | None:
    plan = data["plan"]
    if not plan:
        return None
    scores = (int(data["overall"]), *(int(s["shown_after"]) for s in plan))
    words = " ".join(
        [rt("stairs_words_now", lang, score=scores[0])]
        + [rt("stairs_words_step", lang, n=n, score=sc) for n, sc in enumerate(scores[1:], 1)]
    )
    n = len(plan)
    key = "stairs_caption_one" if n == 1 else "stairs_caption_few" if n <= 3 else None
    fmt: dict[str, object] = {
        "now": scores[0],
        "last": scores[-1],
        "n": n,
        "band": _band_label(scorer, plan[-1]["cumulative_score"], lang),
    }
    if key is None:
        key, fmt["three"] = "stairs_caption_other", scores[3]
    return Stairs(
        heading=t("staircase", lang),
        scores=scores,
        now_label=rt("stairs_now", lang),
        words=words,
        caption=rt(key, lang, **fmt),
    )


def _summary(
    scorer: Scorer, data: dict[str, Any], lang: str, start: tuple[PlanItem, ...]
) -> Summary:
    notes: list[str] = []
    if data["points"]:
        notes.append(t("no_judge", lang, pct=data["no_judge_share"]))
    if data["unanswered"]:
        notes.append(tn("unanswered", len(data["unanswered"]), lang))
    if data["unsure"]:
        notes.append(tn("unsure_count", len(data["unsure"]), lang))
    band = data["band"]
    return Summary(
        heading=rt("summary", lang),
        score=data["overall"],
        score_line=f"{t('overall', lang)}: {t('out_of', lang, score=data['overall'])}",
        band_line=f"{t('band', lang)}: {band['label'] if band else rt('level_none', lang)}",
        meaning=band["meaning"] if band else data["band_missing"]["text"],
        scale=data["scale"],
        notes=tuple(notes),
        stairs=_stairs(scorer, data, lang),
        start_heading=t("start_here", lang) if start else "",
        start=start,
        has_band=band is not None,
    )


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
        count_heading=rt("count_col", lang),
        rung_heading=rt("rung_col", lang),
    )


def _answer_text(f: dict[str, Any], lang: str, from_download: frozenset[str]) -> str:
    if f["question"] in from_download:
        return f"{f['answer']} ({t('from_download', lang)})"
    return str(f["answer"])


def by_account(content: Content, question: str, item: str, tier: str) -> bool:
    """True when the item is there whatever the person answers: every option of the question
    that is not "not sure" exposes it, at this rung or lower (records every account has)."""
    q = content.questions[question]
    rank = TIER_RANK[tier]
    sure = [o for o in q.options if not o.unsure]
    if not sure:
        return False
    for o in sure:
        ranks = [
            TIER_RANK[e.tier or content.items[e.item].tier] for e in o.exposes if e.item == item
        ]
        if not ranks or min(ranks) > rank:
            return False
    return True


def why_found(content: Content, f: dict[str, Any], lang: str, answer: str = "") -> str:
    """Why a finding is there: the account itself, or the answer that put it there."""
    if by_account(content, f["question"], f["item"], f["tier"]):
        info = content.platform_by_id[f["platform"]].platform
        key = "because_account" if info.kind == "platform" else "because_section"
        return rt(key, lang, platform=info.name.get(lang))
    return rt("because_answer", lang, question=f["question_text"], answer=answer or f["answer"])


def confidence_mark(confidence: str, lang: str) -> str:
    """Nothing for facts from the company's own guide or the law; else which kind of gap."""
    if confidence == "secondary":
        return rt("mark_secondary", lang)
    if confidence == "unverified":
        return rt("mark_missing", lang)
    return ""


def _platforms(
    content: Content,
    data: dict[str, Any],
    lang: str,
    from_download: frozenset[str] = frozenset(),
) -> tuple[PlatformSection, ...]:
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
                        answer=_answer_text(f, lang, from_download),
                        unsure=f["unsure"],
                        unverified=f["confidence"] != "primary",
                        why=why_found(content, f, lang, _answer_text(f, lang, from_download)),
                        mark=confidence_mark(f["confidence"], lang),
                    )
                    for f in by_platform.get(p["id"], [])
                ),
                empty_text=rt("no_findings", lang),
            )
        )
    return tuple(out)


_STEP_KINDS = (("phone", "phone_steps"), ("web", "web_steps"), ("other", "other_steps"))


#: Past this many checklist lines (a step is one, a caution or staleness note most of another,
#: an app's name one and a half), the summary prints each app's steps as one paragraph, so
#: that it stays within four pages however many apps a person uses.
COMPACT_AFTER = 56.0


def checklist_lines(plan: list[dict[str, Any]]) -> float:
    notes = sum(1 for s in plan if s["caution"] or s["staleness"])
    return len(plan) + 0.8 * notes + 1.5 * len({s["platform"] for s in plan})


def _plan(
    content: Content, data: dict[str, Any], lang: str, opts: ReportOptions, compact: bool
) -> tuple[Plan, tuple[PlanItem, ...]]:
    """The plan (every step, and the steps grouped by app) and its first three steps."""
    safe = opts.safe_to_carry
    items = []
    before = int(data["overall"])
    for n, step in enumerate(data["plan"], 1):
        detail = step["detail"]
        groups = tuple(
            StepGroup(t(label, lang), tuple(s["text"] for s in detail["steps"][kind]))
            for kind, label in _STEP_KINDS
            if detail["steps"][kind]
        )
        score_line = (
            ""
            if safe
            else t(
                "score_after",
                lang,
                alone=step["shown_if_done_alone"],
                n=n,
                cum=step["shown_after"],
            )
        )
        after = int(step["shown_after"])
        items.append(
            PlanItem(
                number=n,
                number_label=rt("step_n", lang, n=n),
                action=step["action"],
                title=step["title"],
                why=detail["why"],
                platform=_platform_name(content, step["platform"], lang),
                effort=effort_label(step["effort"], lang),
                done=step["action"] in opts.done_actions,
                score_line=score_line,
                steps=groups,
                verified=t("verified", lang, date=detail["last_verified"]),
                score_change="" if safe else f"{before} → {after}",
                score_words=""
                if safe
                else rt("score_change", lang, before=before, after=after)
                + (" " + t("under_one_point", lang) if before == after else ""),
                changes="" if safe else step["what_it_changes"],
                caution=step["caution"] or "",
                staleness=step["staleness"] or "",
                platform_id=step["platform"],
                marks=tuple(
                    m
                    for m, on in (
                        (rt("mark_deletes", lang), step["caution"]),
                        (
                            rt("mark_guide", lang, year=step["checked_against_year"]),
                            step["staleness"],
                        ),
                    )
                    if on
                ),
                caution_short=rt("caution_short", lang) if step["caution"] else "",
                staleness_short=rt("stale_short", lang, year=step["checked_against_year"])
                if step["staleness"]
                else "",
            )
        )
        before = after
    by_app: dict[str, list[PlanItem]] = {}
    for it in items:
        by_app.setdefault(it.platform_id, []).append(it)
    plan = Plan(
        heading=t("plan", lang),
        intro=rt("checklist_intro", lang),
        empty_text=t("plan_empty", lang),
        items=tuple(items),
        groups=tuple(PlanGroup(g[0].platform, tuple(g)) for g in by_app.values()),
        columns=(rt("col_step", lang), rt("col_effort", lang), rt("col_score", lang)),
        howto_heading=rt("howto", lang),
        compact=compact,
        legend=tuple(
            line
            for line, on in (
                (
                    rt("legend_deletes", lang, caution=t("caution", lang)),
                    any(i.caution for i in items),
                ),
                (rt("legend_guide", lang), any(i.staleness for i in items)),
            )
            if on and compact
        ),
    )
    return plan, tuple(items[:3])


def legal_help_entries(content: Content, lang: str) -> tuple[LegalHelpEntry, ...]:
    return tuple(
        LegalHelpEntry(h.name.get(lang), h.description.get(lang), h.url)
        for h in content.ladder.legal_help
    )


def source_dates(as_of: str | None, last_verified: str | None, lang: str) -> str:
    """ "version of 2019-03; read on 2026-12-06", or that it was never read directly."""
    version = (
        rt("src_as_of", lang, date=as_of)
        if as_of and as_of != "unknown"
        else rt("src_as_of_unknown", lang)
    )
    read = rt("src_read", lang, date=last_verified) if last_verified else rt("src_never_read", lang)
    return f"{version}; {read}"


def _sources(
    content: Content, data: dict[str, Any], lang: str, wanted: bool
) -> tuple[SourceRef, ...]:
    if not wanted:
        # The summary and a safe-to-carry copy list no sources (on a safe copy their titles
        # would tell more than the steps do).
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
        seen.setdefault(
            (s["title"], s["url"]),
            SourceRef(
                s["title"],
                s["url"],
                s["last_verified"],
                s["as_of"],
                source_dates(s["as_of"], s["last_verified"], lang),
            ),
        )
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
    """The report for *answers* in ``"en"``, ``"es"`` or ``"both"``.

    By default the summary (score, staircase, ladder, the plan as a checklist by app, legal
    help); ``options.details`` adds the findings by platform, how to do each step and the
    sources; ``options.safe_to_carry`` keeps only the steps.
    """
    opts = options or ReportOptions()
    langs = report_langs(lang)
    unknown = sorted(a for a in opts.done_actions if a not in content.actions)
    if unknown:
        raise UserError(f"unknown action {unknown[0]!r}")
    scorer = scorer or Scorer(content)
    report = scorer.score(answers)
    today = opts.date or dt.date.today()
    safe = opts.safe_to_carry
    details = opts.details and not safe
    bodies = []
    compact: bool | None = None
    for lg in langs:
        data = score_json(scorer, answers, lg, report)
        if compact is None:
            compact = not safe and checklist_lines(data["plan"]) > COMPACT_AFTER
        plan, start = _plan(content, data, lg, opts, compact)
        bodies.append(
            ReportBody(
                lang=lg,
                header=_header(lg, langs, opts, today),
                labels=labels_for(lg),
                summary=None if safe else _summary(scorer, data, lg, start),
                ladder=None if safe else _ladder(content, data, lg),
                platforms=_platforms(content, data, lg, opts.from_download) if details else (),
                plan=plan,
                closing=closing_for(content, lg, _sources(content, data, lg, details)),
                details=details,
                findings_heading=rt("details_findings", lg),
                safe_intro=rt("safe_intro", lg),
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
