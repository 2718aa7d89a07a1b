"""Workshop paper: the one-page "what each legal process means" handout and the facilitator
agenda (60 or 90 minutes), as typed models rendered to HTML with the report's helpers.

Nothing about any person is in either. Qt-free; ``ui.report_render`` makes the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.errors import UserError
from privacy_audit.report.html import (
    Section,
    bullets,
    esc,
    footer_text,
    heading,
    legal_blocks,
    para,
    render_document,
)
from privacy_audit.report.model import closing_for, labels_for, report_langs, rung
from privacy_audit.report.strings import rt
from privacy_audit.report.types import Closing, Labels, Rung
from privacy_audit.workshop.strings import wt

#: (title key, what-to-do key, minutes) for each block of each agenda.
AGENDAS: dict[int, tuple[tuple[str, str, int], ...]] = {
    60: (
        ("b_welcome", "b_welcome_do", 5),
        ("b_ladder", "b_ladder_do", 10),
        ("b_demo", "b_demo_do", 10),
        ("b_turns", "b_turns_do", 20),
        ("b_steps", "b_steps_do", 10),
        ("b_close", "b_close_do", 5),
    ),
    90: (
        ("b_welcome", "b_welcome_long_do", 10),
        ("b_ladder", "b_ladder_long_do", 15),
        ("b_platforms", "b_platforms_do", 10),
        ("b_demo", "b_demo_long_do", 10),
        ("b_turns", "b_turns_do", 25),
        ("b_steps", "b_steps_long_do", 10),
        ("b_close", "b_close_long_do", 10),
    ),
}
AGENDA_MINUTES = tuple(AGENDAS)
_BEFORE = ("before_1", "before_2", "before_3", "before_4")
_SAY = ("say_1", "say_2", "say_3")
_REMIND = ("remind_1", "remind_2", "remind_3", "remind_4")
_SHORTCUTS = (
    "shortcut_bigger",
    "shortcut_smaller",
    "shortcut_reset",
    "shortcut_next",
    "shortcut_presenter",
)


# -- the handout -----------------------------------------------------------------------------
@dataclass(frozen=True)
class HandoutBody:
    lang: str
    title: str
    labels: Labels
    intro: str
    note: str
    how: str
    rungs: tuple[Rung, ...]
    closing: Closing


@dataclass(frozen=True)
class Handout:
    langs: tuple[str, ...]
    bodies: tuple[HandoutBody, ...]


def _handout_body(content: Content, lang: str) -> HandoutBody:
    who = wt("who_can_get", lang)
    rungs = [rung(content, tid, n, lang, who_label=who) for n, tid in enumerate(TIER_ORDER, 1)]
    return HandoutBody(
        lang=lang,
        title=wt("handout_title", lang),
        labels=labels_for(lang),
        intro=rt("ladder_intro", lang),
        note=rt("admin_note", lang),
        how=wt("handout_how", lang),
        rungs=tuple(rungs),
        closing=closing_for(content, lang, ()),
    )


def build_handout(content: Content, lang: str = "en") -> Handout:
    """The handout in ``"en"``, ``"es"`` or ``"both"`` (side by side)."""
    langs = report_langs(lang)
    return Handout(langs, tuple(_handout_body(content, lg) for lg in langs))


def _rung_table(rungs: tuple[Rung, ...]) -> str:
    """One row per rung, one column per question: the whole ladder fits on one page."""
    widths = ("34%", "11%", "19%", "18%")
    head = "".join(
        f'<th width="{w}" align="left" valign="bottom">{esc(k)}</th>'
        for w, (k, _v) in zip(widths, rungs[0].facts, strict=True)
    )
    rows = []
    for r in rungs:
        shown = r.judge_tag and r.judge_tag.casefold() not in r.label.casefold()
        tag = f"<br>({esc(r.judge_tag)})" if shown else ""
        cells = "".join(
            f'<td valign="top"><span class="meta">{esc(v)}</span></td>' for _k, v in r.facts
        )
        rows.append(
            f'<tr><td valign="top"><b>{esc(r.number)}<br>{esc(r.label)}</b>{tag}</td>{cells}</tr>'
        )
    return (
        '<table class="frame" width="100%" border="1" cellspacing="0" cellpadding="4">'
        f'<tr><th width="18%"></th>{head}</tr>{"".join(rows)}</table>'
    )


def _handout_sections(body: object, single: bool) -> list[Section]:
    assert isinstance(body, HandoutBody)
    b = body
    helps = "".join(f"<li>{esc(h.name)} — {esc(h.url)}</li>" for h in b.closing.legal_help)
    return [
        Section((f"<h1>{esc(b.title)}</h1>", para(b.intro), para(b.note, "tag"))),
        Section((_rung_table(b.rungs),)),
        Section(
            (
                para(b.how),
                heading(3, b.closing.legal_heading),
                f'<ul class="small">{helps}</ul>',
                para(b.closing.disclaimer, "small"),
            )
        ),
    ]


def render_handout_html(h: Handout) -> str:
    return render_document(
        h.bodies,
        h.langs,
        _handout_sections,
        " / ".join(dict.fromkeys(b.title for b in h.bodies)),
        footer_text([b.labels for b in h.bodies]),
    )


# -- the agenda ------------------------------------------------------------------------------
@dataclass(frozen=True)
class AgendaBlock:
    start: str
    minutes: str
    title: str
    todo: str


@dataclass(frozen=True)
class AgendaBody:
    lang: str
    title: str
    labels: Labels
    intro: str
    plan_heading: str
    blocks: tuple[AgendaBlock, ...]
    tally_note: str
    lists: tuple[tuple[str, tuple[str, ...]], ...]
    closing: Closing


@dataclass(frozen=True)
class Agenda:
    minutes: int
    langs: tuple[str, ...]
    bodies: tuple[AgendaBody, ...]


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _agenda_body(content: Content, minutes: int, lang: str) -> AgendaBody:
    blocks = []
    at = 0
    for title, todo, n in AGENDAS[minutes]:
        blocks.append(
            AgendaBlock(
                start=f"{_clock(at)}–{_clock(at + n)}",
                minutes=wt("minutes_short", lang, n=n),
                title=wt(title, lang),
                todo=wt(todo, lang),
            )
        )
        at += n
    return AgendaBody(
        lang=lang,
        title=wt("agenda_title", lang, minutes=minutes),
        labels=labels_for(lang),
        intro=wt("agenda_intro", lang),
        plan_heading=wt("agenda_plan", lang),
        blocks=tuple(blocks),
        tally_note=wt("b_tally", lang),
        lists=(
            (wt("before", lang), tuple(wt(k, lang) for k in _BEFORE)),
            (wt("say", lang), tuple(wt(k, lang) for k in _SAY)),
            (wt("remind", lang), tuple(wt(k, lang) for k in _REMIND)),
            (wt("shortcuts", lang), tuple(wt(k, lang) for k in _SHORTCUTS)),
        ),
        closing=closing_for(content, lang, ()),
    )


def build_agenda(content: Content, minutes: int, lang: str = "en") -> Agenda:
    """The facilitator agenda for a *minutes*-long session (60 or 90)."""
    langs = report_langs(lang)
    if minutes not in AGENDAS:
        raise UserError(wt("no_agenda", "es" if lang == "es" else "en", minutes=minutes))
    return Agenda(minutes, langs, tuple(_agenda_body(content, minutes, lg) for lg in langs))


def _agenda_sections(body: object, single: bool) -> list[Section]:
    assert isinstance(body, AgendaBody)
    b = body
    rows = "".join(
        f'<tr><td width="22%" valign="top"><b>{esc(x.start)}</b><br>'
        f'<span class="meta">{esc(x.minutes)}</span></td>'
        f'<td valign="top"><b>{esc(x.title)}</b><br>{esc(x.todo)}</td></tr>'
        for x in b.blocks
    )
    plan = (
        '<table class="frame" width="100%" border="1" cellspacing="0" cellpadding="5">'
        f"{rows}</table>"
    )
    lists = tuple(heading(2, h) + bullets(lines) for h, lines in b.lists)
    return [
        Section((f"<h1>{esc(b.title)}</h1>", para(b.intro))),
        Section((heading(2, b.plan_heading), plan, para(b.tally_note, "small"))),
        Section(lists),
        Section(legal_blocks(b.closing)),
    ]


def render_agenda_html(a: Agenda) -> str:
    return render_document(
        a.bodies,
        a.langs,
        _agenda_sections,
        " / ".join(dict.fromkeys(b.title for b in a.bodies)),
        footer_text([b.labels for b in a.bodies]),
    )
