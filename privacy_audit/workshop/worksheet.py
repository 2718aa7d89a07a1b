"""The workshop worksheet: the blank checklist on paper, the ladder, a facilitator guide.

For people without a laptop: every question of every platform with its options as ☐ boxes,
the steps each platform offers, one page explaining the ladder and one page for the person
running the workshop. Nothing about any person is in it. Qt-free; rendered with the report's
HTML helpers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from privacy_audit.content import Content
from privacy_audit.content.model import TIER_ORDER
from privacy_audit.errors import UserError
from privacy_audit.report.html import (
    BOX,
    Section,
    bullets,
    esc,
    facts_table,
    footer_text,
    header_blocks,
    heading,
    legal_blocks,
    para,
    render_document,
)
from privacy_audit.report.model import closing_for, labels_for, report_langs, rung
from privacy_audit.report.strings import rt
from privacy_audit.report.types import Closing, Header, Labels, Rung
from privacy_audit.scoring.present import questions_json


@dataclass(frozen=True)
class WsQuestion:
    number: int
    text: str
    help: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class WsPlatform:
    id: str
    name: str
    summary: str
    questions: tuple[WsQuestion, ...]
    actions_heading: str
    actions: tuple[str, ...]


@dataclass(frozen=True)
class GuidePart:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class WorksheetBody:
    lang: str
    header: Header
    labels: Labels
    intro: str
    platforms: tuple[WsPlatform, ...]
    ladder_heading: str
    ladder_intro: str
    ladder_note: str
    ladder_how: str
    rungs: tuple[Rung, ...]
    guide_heading: str
    guide: tuple[GuidePart, ...]
    closing: Closing


@dataclass(frozen=True)
class Worksheet:
    langs: tuple[str, ...]
    bodies: tuple[WorksheetBody, ...]


_GUIDE = (
    ("guide_before", ("guide_before_1", "guide_before_2")),
    ("guide_say", ("guide_say_1", "guide_say_2", "guide_say_3")),
    (
        "guide_time",
        ("guide_time_1", "guide_time_2", "guide_time_3", "guide_time_4", "guide_time_5"),
    ),
    ("guide_remind", ("guide_remind_1", "guide_remind_2", "guide_remind_3", "guide_remind_4")),
)


def _body(
    content: Content,
    lang: str,
    langs: tuple[str, ...],
    today: dt.date,
    only: frozenset[str] | None = None,
) -> WorksheetBody:
    questions = questions_json(content, lang)["questions"]
    platforms = []
    number = 0
    for pf in content.platforms:
        pid = pf.platform.id
        if only is not None and pid not in only:
            continue
        qs = []
        for q in questions:
            if q["platform"] != pid:
                continue
            number += 1
            qs.append(
                WsQuestion(number, q["text"], q["help"], tuple(o["text"] for o in q["options"]))
            )
        platforms.append(
            WsPlatform(
                id=pid,
                name=pf.platform.name.get(lang),
                summary=pf.platform.summary.get(lang),
                questions=tuple(qs),
                actions_heading=rt("ws_actions", lang),
                actions=tuple(a.title.get(lang) for a in pf.actions),
            )
        )
    rungs = [rung(content, tid, n, lang) for n, tid in enumerate(TIER_ORDER, 1)]
    shown = "lang_both" if len(langs) > 1 else f"lang_{langs[0]}"
    header = Header(
        title=rt("ws_title", lang),
        date_label=rt("date", lang),
        date=today.isoformat(),
        language_label=rt("language", lang),
        language=rt(shown, lang),
        identity=(),
        privacy_note="",
    )
    return WorksheetBody(
        lang=lang,
        header=header,
        labels=labels_for(lang),
        intro=rt("ws_intro", lang),
        platforms=tuple(platforms),
        ladder_heading=rt("ws_ladder", lang),
        ladder_intro=rt("ladder_intro", lang),
        ladder_note=rt("admin_note", lang),
        ladder_how=rt("ws_ladder_how", lang),
        rungs=tuple(rungs),
        guide_heading=rt("guide", lang),
        guide=tuple(
            GuidePart(rt(h, lang), tuple(rt(k, lang) for k in lines)) for h, lines in _GUIDE
        ),
        closing=closing_for(content, lang, ()),
    )


def build_worksheet(
    content: Content,
    lang: str = "en",
    *,
    date: dt.date | None = None,
    platforms: Sequence[str] | None = None,
) -> Worksheet:
    """The blank worksheet in ``"en"``, ``"es"`` or ``"both"`` (side by side).

    *platforms* limits it to those platforms and sections (a workshop about two apps need not
    print every question of every app); ``None`` prints them all.
    """
    langs = report_langs(lang)
    today = date or dt.date.today()
    only: frozenset[str] | None = None
    if platforms is not None:
        unknown = [p for p in platforms if p not in content.platform_by_id]
        if unknown or not platforms:
            known = ", ".join(pf.platform.id for pf in content.platforms)
            raise UserError(
                f"unknown platform {unknown[0]!r} (choose from: {known})"
                if unknown
                else f"no platform given (choose from: {known})"
            )
        only = frozenset(platforms)
    return Worksheet(langs, tuple(_body(content, lg, langs, today, only) for lg in langs))


# -- rendering ------------------------------------------------------------------------------


def _question_html(q: WsQuestion) -> str:
    opts = "&nbsp;&nbsp;&nbsp; ".join(
        f'<span class="box">{BOX}</span>&nbsp;{esc(o)}' for o in q.options
    )
    return (
        f"<p><b>{q.number}. {esc(q.text)}</b><br>"
        f'<span class="small">{esc(q.help)}</span></p>'
        f'<p style="margin-left: 14px; margin-bottom: 9px;">{opts}</p>'
    )


def _platform_blocks(p: WsPlatform) -> list[str]:
    """One block for the platform's name, one per question, one for its steps: with two
    languages each question sits beside its translation."""
    blocks = [f"<h2>{esc(p.name)}</h2>" + para(p.summary, "meta")]
    blocks.extend(_question_html(q) for q in p.questions)
    if p.actions:
        items = "<br>".join(f'<span class="box">{BOX}</span>&nbsp;{esc(a)}' for a in p.actions)
        blocks.append(f"<p><b>{esc(p.actions_heading)}:</b></p><p>{items}</p>")
    return blocks


def worksheet_sections(body: object, single: bool) -> list[Section]:
    assert isinstance(body, WorksheetBody)
    b = body
    rungs = tuple(
        f"<h3>{esc(r.number)} — {esc(r.label)}"
        + (f" ({esc(r.judge_tag)})" if r.judge_tag else "")
        + "</h3>"
        + facts_table(r.facts)
        for r in b.rungs
    )
    guide = tuple(heading(3, g.heading) + bullets(g.lines) for g in b.guide)
    legal = legal_blocks(b.closing)
    return [
        Section((*header_blocks(b.header), para(b.intro))),
        Section(tuple(block for p in b.platforms for block in _platform_blocks(p))),
        Section(
            (
                heading(2, b.ladder_heading, single),
                para(b.ladder_intro),
                para(b.ladder_note, "tag"),
                *rungs,
                para(b.ladder_how),
            ),
            page_break=True,
        ),
        Section((heading(2, b.guide_heading, single), *guide, *legal), page_break=True),
    ]


def render_worksheet_html(ws: Worksheet) -> str:
    return render_document(
        ws.bodies,
        ws.langs,
        worksheet_sections,
        " / ".join(dict.fromkeys(b.header.title for b in ws.bodies)),
        footer_text([b.labels for b in ws.bodies]),
    )
