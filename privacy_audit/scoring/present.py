"""Plain, JSON-ready views of content and results in one language.

The CLI prints these, the report model builds on them and the desktop app shows them:
one place decides what a question, a finding or a plan step looks like to a person.
"""

from __future__ import annotations

from typing import Any

from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.content.model import Action, Source
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import ExposureReport, PlanStep, Scorer


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


def plan_json(content: Content, plan: tuple[PlanStep, ...], lang: str) -> list[dict[str, Any]]:
    return [
        {
            "action": s.action,
            "platform": s.platform,
            "title": content.actions[s.action].title.get(lang),
            "effort": s.effort,
            "score_after": round(s.score_after, 1),
            "cumulative_score": round(s.cumulative_score, 1),
            "detail": action_json(content, content.actions[s.action], lang),
        }
        for s in plan
    ]


def score_json(
    scorer: Scorer, answers: Answers, lang: str, report: ExposureReport | None = None
) -> dict[str, Any]:
    c = scorer.content
    r = report or scorer.score(answers)
    band = next(b for b in c.ladder.bands if b.id == r.band)
    return {
        "overall": r.score,
        "overall_exact": round(r.overall, 3),
        "band": {"id": band.id, "label": band.label.get(lang), "meaning": band.meaning.get(lang)},
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
        "plan": plan_json(c, scorer.plan(answers), lang),
        "legal_help": legal_help_json(c, lang),
        "disclaimer": c.ladder.disclaimer.get(lang),
    }
