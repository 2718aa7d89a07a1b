"""Plain, JSON-ready views of content and results in one language.

The CLI prints these, the report model builds on them and the desktop app shows them:
one place decides what a question, a finding or a plan step looks like to a person.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from privacy_audit.content import NO_JUDGE, TIER_ORDER, Content
from privacy_audit.content.model import Action, Source
from privacy_audit.content.stale import stale_action_year
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Change, ExposureReport, Gap, PlanStep, Scorer, shown
from privacy_audit.text import t, tn


def source_json(src: Source) -> dict[str, Any]:
    return {
        "title": src.title,
        "url": src.url,
        "kind": src.kind,
        "as_of": src.as_of,
        "last_verified": src.last_verified,
    }


def sources_json(content: Content, platform: str | None, ids: list[str]) -> list[dict[str, Any]]:
    return [source_json(content.source(platform, s)) for s in ids]


def tier_json(content: Content, tier_id: str, lang: str) -> dict[str, Any]:
    t = content.tiers[tier_id]
    return {
        "id": t.id,
        "label": t.label.get(lang),
        "short": t.short.get(lang),
        "who_signs": t.who_signs.get(lang),
        "judge": t.judge.get(lang),
        "must_comply": t.must_comply.get(lang),
        "told": t.told.get(lang),
        "weight": t.weight,
        "sources": sources_json(content, None, t.sources),
    }


def questions_json(content: Content, lang: str) -> dict[str, Any]:
    return {
        "questions": [
            {
                "id": q.id,
                "platform": pf.platform.id,
                "text": q.text.get(lang),
                "help": q.help.get(lang),
                "no_action": q.no_action.get(lang) if q.no_action else None,
                "options": [
                    {"id": o.id, "text": o.text.get(lang), "unsure": o.unsure} for o in q.options
                ],
            }
            for pf in content.platforms
            for q in pf.questions
        ]
    }


def action_json(content: Content, action: Action, lang: str) -> dict[str, Any]:
    pid = content.action_platform[action.id]

    def steps(lst: list[Any]) -> list[dict[str, Any]]:
        return [
            {
                "text": s.get(lang),
                "last_verified": s.last_verified or action.last_verified,
            }
            for s in lst
        ]

    return {
        "id": action.id,
        "platform": pid,
        "title": action.title.get(lang),
        "why": action.why.get(lang),
        "effort": action.effort,
        "steps": {
            "phone": steps(action.steps.phone),
            "web": steps(action.steps.web),
            "other": steps(action.steps.other),
        },
        "last_verified": action.last_verified,
        "sources": sources_json(content, pid, action.sources),
    }


def catalog_json(content: Content, lang: str) -> dict[str, Any]:
    platforms = []
    for pf in content.platforms:
        pid = pf.platform.id
        platforms.append(
            {
                "id": pid,
                "name": pf.platform.name.get(lang),
                "kind": pf.platform.kind,
                "summary": pf.platform.summary.get(lang),
                "notice": pf.platform.notice.get(lang),
                "encryption": pf.platform.encryption.get(lang),
                "sources": sources_json(content, pid, pf.platform.sources),
                "items": [
                    {
                        "id": it.id,
                        "label": it.label.get(lang),
                        "tier": it.tier,
                        "sensitivity": it.sensitivity,
                        "confidence": it.confidence,
                        "note": it.note.get(lang) if it.note else None,
                        "sources": sources_json(content, pid, it.sources),
                    }
                    for it in pf.items
                ],
                "actions": [action_json(content, a, lang) for a in pf.actions],
            }
        )
    return {
        "tiers": [tier_json(content, t, lang) for t in TIER_ORDER],
        "platforms": platforms,
        "legal_help": legal_help_json(content, lang),
        "disclaimer": content.ladder.disclaimer.get(lang),
    }


def legal_help_json(content: Content, lang: str) -> list[dict[str, Any]]:
    return [
        {"name": h.name.get(lang), "description": h.description.get(lang), "url": h.url}
        for h in content.ladder.legal_help
    ]


def finding_json(content: Content, f: Any, lang: str) -> dict[str, Any]:
    item = content.items[f.item]
    q = content.questions[f.question]
    opt = content.options[(f.question, f.option)]
    return {
        "item": f.item,
        "label": item.label.get(lang),
        "platform": f.platform,
        "tier": f.tier,
        "points": round(f.points, 3),
        "unsure": f.unsure,
        "question": f.question,
        "question_text": q.text.get(lang),
        "answer": opt.text.get(lang),
        "confidence": item.confidence,
        "sources": sources_json(content, f.platform, item.sources),
    }


def change_json(content: Content, ch: Change, lang: str) -> dict[str, Any]:
    return {
        "item": ch.item,
        "label": content.items[ch.item].label.get(lang),
        "platform": ch.platform,
        "from": ch.before,
        "to": ch.after,
    }


def changes_summary(content: Content, changes: tuple[Change, ...], lang: str) -> str:
    """What a step moves, in one plain sentence: the biggest kind of change first.

    "2 things no one could get any more without a judge: your posts, your friends list".
    """
    freed = [c for c in changes if c.before in NO_JUDGE and (c.after not in NO_JUDGE)]
    gone = [c for c in changes if c.after is None and c not in freed]
    harder = [c for c in changes if c not in freed and c not in gone]
    parts = []
    for key, group in (("moves_no_judge", freed), ("moves_gone", gone), ("moves_harder", harder)):
        if group:
            labels = "; ".join(
                _lower_first(content.items[c.item].label.get(lang), content) for c in group
            )
            parts.append(tn(key, len(group), lang, labels=labels))
    return ". ".join(parts)


def change_lines(content: Content, changes: tuple[Change, ...], lang: str) -> list[str]:
    """One line per item a step moves: from which rung to which (or gone)."""
    out = []
    for c in changes:
        after = (
            content.tiers[c.after].label.get(lang)
            if c.after is not None
            else t("change_gone", lang)
        )
        out.append(
            t(
                "change_line",
                lang,
                label=content.items[c.item].label.get(lang),
                before=content.tiers[c.before].label.get(lang),
                after=after,
            )
        )
    return out


#: Words that keep their capital inside a sentence (besides the platforms' own names).
_PROPER = frozenset({"Gmail", "iCloud", "iPhone", "Android", "YouTube", "Marketplace", "Apple"})


def _lower_first(text: str, content: Content | None = None) -> str:
    """A label inside a sentence: "Your posts" -> "your posts", but "WhatsApp groups" and
    "Gmail" keep their capital."""
    first = text.split(" ", 1)[0].strip("«»\"'(),.:")
    if not first or not first[0].isupper() or not (first[1:] == "" or first[1:].islower()):
        return text
    names = _PROPER
    if content is not None:
        names = names | {
            w
            for pf in content.platforms
            if pf.platform.kind == "platform"
            for w in pf.platform.name.en.split()
        }
    return text if first in names else text[0].lower() + text[1:]


def plan_json(
    content: Content, plan: tuple[PlanStep, ...], lang: str, today: str | None = None
) -> list[dict[str, Any]]:
    day = today or dt.date.today().isoformat()
    out = []
    for s in plan:
        old = stale_action_year(content, s.action, day)
        action = content.actions[s.action]
        out.append(
            {
                "action": s.action,
                "platform": s.platform,
                "title": action.title.get(lang),
                "effort": s.effort,
                "score_if_done_alone": round(s.score_after, 1),
                "score_after": round(s.score_after, 1),
                "cumulative_score": round(s.cumulative_score, 1),
                # the whole numbers a person sees (halves rounded up, as everywhere)
                "shown_if_done_alone": shown(s.score_after),
                "shown_after": shown(s.cumulative_score),
                "changes": [change_json(content, c, lang) for c in s.changes],
                "what_it_changes": changes_summary(content, s.changes, lang),
                "deletes": s.deletes,
                "caution": t("caution", lang) if s.deletes else None,
                "device": s.device,
                "checked_against_year": old,
                "staleness": t("checked_against", lang, year=old) if old else None,
                "detail": action_json(content, action, lang),
            }
        )
    return out


def gaps_json(content: Content, gaps: tuple[Gap, ...], lang: str) -> dict[str, Any] | None:
    """Why an audit has no level yet (None when it has one)."""
    if not gaps:
        return None
    missing = [
        {
            "platform": g.platform,
            "name": content.platform_by_id[g.platform].platform.name.get(lang),
            "answered": g.answered,
            "needed": g.needed,
            "questions": g.questions,
        }
        for g in gaps
        if g.platform
    ]
    lines = [
        t("gap", lang, platform=m["name"], answered=m["answered"], needed=m["needed"])
        for m in missing
    ]
    text = t("no_band", lang) + " " + ("; ".join(lines) if lines else t("no_answers", lang))
    return {"text": text, "missing": missing}


def score_json(
    scorer: Scorer, answers: Answers, lang: str, report: ExposureReport | None = None
) -> dict[str, Any]:
    c = scorer.content
    r = report or scorer.score(answers)
    band = next((b for b in c.ladder.bands if b.id == r.band), None)
    return {
        "overall": r.score,
        "overall_exact": round(r.overall, 3),
        "scale": t("scale_meaning", lang),
        "band": None
        if band is None
        else {"id": band.id, "label": band.label.get(lang), "meaning": band.meaning.get(lang)},
        "band_missing": gaps_json(c, r.gaps, lang),
        "points": round(r.points, 3),
        "no_judge_share": round(100 * r.no_judge_points / r.points) if r.points else 0,
        "answered": r.answered,
        "unanswered": list(r.unanswered),
        "unsure": list(r.unsure),
        "tiers": [
            {
                "id": t.id,
                "label": c.tiers[t.id].label.get(lang),
                "points": round(t.points, 3),
                "share": round(t.share, 2),
                "items": [finding_json(c, f, lang) for f in t.findings],
            }
            for t in r.tiers
        ],
        "platforms": [
            {
                "id": p.id,
                "name": c.platform_by_id[p.id].platform.name.get(lang),
                "points": round(p.points, 3),
                "share": round(p.share, 2),
                "questions": p.questions,
                "answered": p.answered,
            }
            for p in r.platforms
        ],
        "phone": answers.phone,
        "plan": plan_json(c, scorer.plan(answers), lang),
        "legal_help": legal_help_json(c, lang),
        "disclaimer": c.ladder.disclaimer.get(lang),
    }
