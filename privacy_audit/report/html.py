"""Report model -> HTML for Qt's rich-text engine (QTextDocument). Pure functions, no Qt.

Every text is escaped with :func:`html.escape`. Only the HTML/CSS subset QTextDocument
understands is used: tables, headings, lists, ``page-break-before``. Meaning never rests on
colour: boxes are glyphs (☐, ☑ with the word "done"), levels are words.

With two languages each section becomes a two-column table (English | Spanish) with one row
per block, so a paragraph and its translation sit side by side.
"""

from __future__ import annotations

import html
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from privacy_audit.report.types import (
    Closing,
    Header,
    Labels,
    Ladder,
    Plan,
    PlanItem,
    PlatformSection,
    Report,
    ReportBody,
    Stairs,
    Summary,
)

#: The font the PDF pins (ships in ``assets/fonts/``; covers á é í ó ú ñ ¿ ¡ ☐ ☑).
FONT_FAMILY = "DejaVu Sans"
BOX = "\u2610"  # ☐
BOX_DONE = "\u2611"  # ☑

CSS = f"""
body {{ font-family: '{FONT_FAMILY}'; font-size: 10pt; color: #000000; }}
h1 {{ font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: 13.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }}
h3 {{ font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }}
p {{ margin-top: 0px; margin-bottom: 5px; }}
ul, ol {{ margin-top: 0px; margin-bottom: 4px; }}
li {{ margin-bottom: 2px; }}
.small {{ font-size: 8.5pt; }}
.meta {{ font-size: 9pt; }}
.score {{ font-size: 15pt; font-weight: bold; }}
.band {{ font-size: 12pt; font-weight: bold; }}
.box {{ font-size: 15pt; }}
.ititle {{ font-size: 12pt; font-weight: bold; }}
.tag {{ font-weight: bold; }}
.count {{ font-size: 13pt; font-weight: bold; }}
.tight {{ font-size: 9pt; margin-bottom: 6px; }}
.col {{ font-size: 9pt; }}
table.frame {{ border-style: solid; border-color: #000000; margin-bottom: 6px; }}
table.cols {{ margin-bottom: 0px; }}
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def page_shell(title: str, lang: str, footer: str, body: str) -> str:
    """A whole HTML document; the renderer reads the page-number template from the meta tag."""
    return (
        f'<!DOCTYPE html><html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        f'<meta name="huella-footer" content="{esc(footer)}">'
        f"<style>{CSS}</style></head><body>{body}</body></html>"
    )


@dataclass(frozen=True)
class Section:
    """A run of blocks; blocks of the same index in each language are translations."""

    blocks: tuple[str, ...]
    page_break: bool = False


def heading(level: int, text: str, page_break: bool = False) -> str:
    style = ' style="page-break-before: always"' if page_break else ""
    return f"<h{level}{style}>{esc(text)}</h{level}>"


def para(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{esc(text)}</p>"


def bullets(lines: Sequence[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + f"</{tag}>"


def facts_table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td width="32%" valign="top"><b>{esc(k)}</b></td><td valign="top">{esc(v)}</td></tr>'
        for k, v in rows
    )
    return f'<table width="100%" cellspacing="0" cellpadding="2">{cells}</table>'


def framed(inner: str) -> str:
    return (
        '<table class="frame" width="100%" border="1" cellspacing="0" cellpadding="6">'
        f"<tr><td>{inner}</td></tr></table>"
    )


def compose(per_lang: Sequence[Sequence[Section]], langs: Sequence[str]) -> str:
    """One language: the blocks in order. Two: one two-column table per pair of blocks (a
    block beside its translation), so the renderer can move a pair to the next page whole."""
    if len(per_lang) == 1:
        return "".join("".join(s.blocks) for s in per_lang[0])
    out: list[str] = []
    width = f"{100 // len(per_lang)}%"
    for secs in zip(*per_lang, strict=True):
        first = secs[0].page_break
        for blocks in zip(*(s.blocks for s in secs), strict=True):
            if not any(blocks):
                continue
            cells = "".join(
                f'<td width="{width}" valign="top" lang="{esc(lg)}">{b}</td>'
                for lg, b in zip(langs, blocks, strict=True)
            )
            style = ' style="page-break-before: always"' if first else ""
            first = False
            out.append(
                f'<table class="cols" width="100%" cellspacing="0" cellpadding="5"{style}>'
                f"<tr>{cells}</tr></table>"
            )
    return "".join(out)


def render_document(
    bodies: Sequence[object],
    langs: Sequence[str],
    sections: Callable[[object, bool], list[Section]],
    title: str,
    footer: str,
) -> str:
    single = len(bodies) == 1
    per_lang = [sections(b, single) for b in bodies]
    return page_shell(title, langs[0] if single else "en", footer, compose(per_lang, langs))


def footer_text(labels: Sequence[Labels]) -> str:
    """``Page {n} of {m}`` in each language printed, for the renderer to fill in."""
    return " · ".join(lb.page_of for lb in labels)


# -- report sections ------------------------------------------------------------------------

#: The staircase picture: an ``<img>`` whose source names the scores; ``ui.report_render``
#: draws it (numbers on every tread, a hatched area, never colour alone). Elsewhere (an
#: .html file) the alternative text gives the same numbers in words.
STAIRS_SCHEME = "huella-stairs"


def header_blocks(h: Header) -> tuple[str, ...]:
    meta = [f"{esc(h.date_label)}: {esc(h.date)}", f"{esc(h.language_label)}: {esc(h.language)}"]
    if h.guides:
        meta.append(f"{esc(h.guides_label)}: {esc(h.guides)}")
    meta += [f"{esc(k)}: {esc(v)}" for k, v in h.identity]
    blocks = [f"<h1>{esc(h.title)}</h1>", f'<p class="meta">{" · ".join(meta)}</p>']
    if h.privacy_note:
        blocks.append(para(h.privacy_note, "meta"))
    return tuple(blocks)


def stairs_img(st: Stairs, width: int, height: int) -> str:
    scores = "-".join(str(x) for x in st.scores)
    query = urllib.parse.urlencode({"now": st.now_label, "w": width, "h": height})
    src = f"{STAIRS_SCHEME}:{scores}?{query}"
    return f'<p><img src="{esc(src)}" width="{width}" height="{height}" alt="{esc(st.words)}"></p>'


def start_table(items: Sequence[PlanItem], labels: Labels) -> str:
    rows = []
    for it in items:
        meta = " · ".join(x for x in (it.platform, it.effort, it.score_words) if x)
        rows.append(
            f'<tr><td width="26" valign="top"><span class="box">{BOX_DONE if it.done else BOX}'
            f"</span></td>"
            f'<td valign="top"><span class="ititle">{it.number}. {esc(it.title)}</span>'
            f"{_done(it, labels)}<br>"
            f'<span class="meta"><b>{esc(meta)}</b></span><br>'
            f'<span class="small">{esc(it.changes)}</span></td></tr>'
        )
    return f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def _done(it: PlanItem, labels: Labels) -> str:
    return f" ({esc(labels.done)})" if it.done else ""


def summary_blocks(s: Summary, labels: Labels, single: bool) -> tuple[str, ...]:
    inner = (
        f'<p class="score">{esc(s.score_line)}</p>'
        f'<p class="band">{esc(s.band_line)}</p>'
        f"<p>{esc(s.meaning)}</p>"
        f'<p class="small">{esc(s.scale)}</p>'
    )
    blocks = [heading(2, s.heading), framed(inner), bullets(s.notes) if s.notes else ""]
    if s.stairs is not None:
        width, height = (660, 170) if single else (320, 130)
        blocks += [
            heading(2, s.stairs.heading),
            stairs_img(s.stairs, width, height) + para(s.stairs.caption),
        ]
    if s.start:
        blocks.append(heading(2, s.start_heading))
        if single:
            blocks.append(start_table(s.start, labels))
        else:
            blocks += [start_table((it,), labels) for it in s.start]
    return tuple(blocks)


def ladder_table(ld: Ladder) -> str:
    """The six rungs in one table, with the person's own count on each."""
    widths = ("21%", "30%", "10%", "17%", "12%", "10%")
    facts = ld.rungs[0].facts
    head_cells = [ld.rung_heading, *(k for k, _v in facts), ld.count_heading]
    head = "".join(
        f'<th width="{w}" align="left" valign="bottom"><span class="meta">{esc(k)}</span></th>'
        for w, k in zip(widths, head_cells, strict=True)
    )
    rows = []
    for r in ld.rungs:
        cells = "".join(
            f'<td valign="top"><span class="meta">{esc(v)}</span></td>' for _k, v in r.facts
        )
        rows.append(
            f'<tr><td valign="top"><b>{esc(r.number)}</b><br><b>{esc(r.title)}</b></td>{cells}'
            f'<td valign="top" align="center"><span class="count">{r.count}</span></td></tr>'
        )
    return (
        '<table class="frame" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )


def ladder_blocks(ld: Ladder, single: bool, page_break: bool) -> tuple[str, ...]:
    """One table of six rungs (one language); side by side, one row per rung, so each rung
    sits beside its translation."""
    blocks = [heading(2, ld.heading, page_break), para(ld.intro) + para(ld.note, "tag")]
    if single:
        blocks.append(ladder_table(ld))
        return tuple(blocks)
    for r in ld.rungs:
        blocks.append(
            f"<p><b>{esc(r.number)} — {esc(r.title)}</b><br>"
            f'{esc(ld.count_heading)}: <span class="count">{r.count}</span></p>'
            + facts_table(r.facts)
        )
    return tuple(blocks)


def _notes(it: PlanItem) -> str:
    notes = [x for x in (it.caution_short, it.staleness_short) if x]
    return f'<br><span class="small"><i>{esc(" · ".join(notes))}</i></span>' if notes else ""


def checklist_blocks(plan: Plan, labels: Labels, single: bool) -> tuple[str, ...]:
    """The plan as a checklist grouped by app: one table (one language), or one row per
    group name and per step (side by side, so each step sits beside its translation)."""
    if not plan.items:
        return (para(plan.empty_text),)
    _step_col, effort_col, score_col = plan.columns
    if plan.compact:
        # A long plan: each app's steps as one paragraph, notes as short marks.
        legend = "".join(para(x, "small") for x in plan.legend)
        paras = []
        for g in plan.groups:
            steps = " · ".join(
                f"{BOX_DONE if it.done else BOX}&nbsp;<b>{it.number}.</b> "
                f"{esc(it.title)}{_done(it, labels)} "
                f'<span class="meta">({esc("; ".join((it.effort, *it.marks)))})</span>'
                for it in g.items
            )
            paras.append(f'<p class="tight"><b>{esc(g.platform)}:</b> {steps}</p>')
        if single:
            return (legend + "".join(paras),)
        return (legend, *paras)
    if single:
        table = '<table width="100%" cellspacing="0" cellpadding="2">'
        out = []
        for g in plan.groups:
            out.append(
                f"{table}<tr><td><h3>{esc(g.platform)}</h3></td>"
                f'<td width="17%" valign="bottom"><span class="meta">{esc(effort_col)}</span></td>'
                f'<td width="13%" valign="bottom"><span class="meta">{esc(score_col)}</span></td>'
                "</tr></table>"
            )
            for it in g.items:
                out.append(
                    f'{table}<tr><td width="26" valign="top"><span class="box">'
                    f"{BOX_DONE if it.done else BOX}</span></td>"
                    f'<td valign="top"><b>{it.number}.</b> {esc(it.title)}{_done(it, labels)}'
                    f"{_notes(it)}</td>"
                    f'<td width="17%" valign="top"><span class="meta">{esc(it.effort)}</span></td>'
                    f'<td width="13%" valign="top"><span class="meta">{esc(it.score_change)}'
                    "</span></td></tr></table>"
                )
        return ("".join(out),)
    blocks: list[str] = []
    for g in plan.groups:
        blocks.append(heading(3, g.platform))
        for it in g.items:
            meta = " · ".join(x for x in (it.effort, it.score_words) if x)
            blocks.append(
                f'<p><span class="box">{BOX_DONE if it.done else BOX}</span> '
                f"<b>{it.number}.</b> {esc(it.title)}{_done(it, labels)}<br>"
                f'<span class="meta">{esc(meta)}</span>{_notes(it)}</p>'
            )
    return tuple(blocks)


def plan_blocks(
    plan: Plan, labels: Labels, single: bool, page_break: bool, intro: str
) -> tuple[str, ...]:
    return (
        heading(2, plan.heading, page_break),
        para(intro),
        *checklist_blocks(plan, labels, single),
    )


def platform_blocks(
    platforms: Sequence[PlatformSection], labels: Labels, heading_text: str, page_break: bool
) -> tuple[str, ...]:
    blocks = [heading(2, heading_text, page_break)]
    for p in platforms:
        rows = []
        for f in p.findings:
            flags = [esc(f.why)]
            if f.unsure:
                flags.append(f"<b>{esc(labels.unsure)}</b>")
            if f.mark:
                flags.append(f"<i>{esc(f.mark)}</i>")
            rows.append(
                f"<li><b>{esc(f.label)}</b> — {esc(labels.could_be_obtained)}: "
                f"{esc(f.tier_label)}<br>"
                f'<span class="meta">{"<br>".join(flags)}</span></li>'
            )
        found = f"<ul>{''.join(rows)}</ul>" if rows else para(p.empty_text)
        blocks.append(heading(3, p.name))
        blocks.append(
            para(p.answered_line, "meta") + para(p.summary) + facts_table(p.facts) + found
        )
    return tuple(blocks)


def plan_item_html(it: PlanItem, labels: Labels) -> str:
    """One step with its instructions, in a frame: the safe-to-carry copy and the details."""
    box = BOX_DONE if it.done else BOX
    meta = [x for x in (it.number_label, it.platform, f"{labels.effort}: {it.effort}") if x]
    steps = "".join(
        f"<p><b>{esc(g.label)}:</b></p>" + bullets(g.steps, ordered=True) for g in it.steps
    )
    small = "; ".join(x for x in (it.score_line, it.verified) if x)
    notes = "".join(f"<p><i>{esc(x)}</i></p>" for x in (it.caution, it.staleness) if x)
    inner = (
        # The title a bit larger than body text, so the ☐ beside it and the title read as
        # one line when text is copied or read aloud from the PDF.
        f'<p><span class="ititle">{esc(it.title)}</span>{_done(it, labels)}<br>'
        f'<span class="meta"><b>{esc(" · ".join(meta))}</b></span></p>'
        f"<p>{esc(labels.why)}: {esc(it.why)}</p>"
        f"{notes}{steps}"
        f'<p class="small">{esc(small)}</p>'
    )
    return (
        '<table class="frame" width="100%" border="1" cellspacing="0" cellpadding="5"><tr>'
        f'<td width="30" valign="top" align="center"><span class="box">{box}</span></td>'
        f'<td valign="top">{inner}</td></tr></table>'
    )


def howto_blocks(
    plan: Plan, labels: Labels, heading_text: str, page_break: bool
) -> tuple[str, ...]:
    blocks = [heading(2, heading_text, page_break)]
    if not plan.items:
        blocks.append(para(plan.empty_text))
    blocks.extend(plan_item_html(it, labels) for it in plan.items)
    return tuple(blocks)


def legal_blocks(c: Closing, page_break: bool = False) -> tuple[str, ...]:
    """ "Not legal advice", then "Free legal help", in one frame that is never split: the list
    comes last, as the disclaimer says ("listed at the end")."""
    helps = "".join(
        f"<li><b>{esc(h.name)}</b><br>{esc(h.description)}<br>{esc(h.url)}</li>"
        for h in c.legal_help
    )
    inner = (
        f"<h2>{esc(c.advice_heading)}</h2>{para(c.disclaimer)}"
        f"<h2>{esc(c.legal_heading)}</h2><ul>{helps}</ul>"
    )
    style = ' style="page-break-before: always"' if page_break else ""
    return (
        f'<table class="frame" width="100%" border="1" cellspacing="0" cellpadding="6"{style}>'
        f"<tr><td>{inner}</td></tr></table>",
    )


def sources_blocks(c: Closing, page_break: bool = False) -> tuple[str, ...]:
    if not c.sources:
        return ()
    rows = "".join(
        f'<li class="small">{esc(s.title)}<br>{esc(s.url)} — {esc(s.dates)}</li>' for s in c.sources
    )
    return (
        heading(2, c.sources_heading, page_break),
        para(c.sources_intro, "small"),
        f"<ul>{rows}</ul>",
    )


def report_sections(body: object, single: bool) -> list[Section]:
    """Summary: score, staircase, first three steps (page 1); the ladder; the checklist by
    app. Details add the findings, how to do each step and the sources. The closing (not
    legal advice, then free legal help) always comes last."""
    assert isinstance(body, ReportBody)
    b = body
    secs = [Section(header_blocks(b.header))]
    if b.summary is None:
        # Safe to carry: the steps with their instructions right under the title.
        secs.append(Section((para(b.safe_intro), *howto_blocks(b.plan, b.labels, "", False)[1:])))
        secs.append(Section(legal_blocks(b.closing)))
        return secs
    secs.append(Section(summary_blocks(b.summary, b.labels, single)))
    if b.ladder is not None:
        secs.append(Section(ladder_blocks(b.ladder, single, single), page_break=single))
    secs.append(Section(plan_blocks(b.plan, b.labels, single, False, b.plan.intro)))
    if b.details:
        secs.append(
            Section(
                platform_blocks(b.platforms, b.labels, b.findings_heading, single),
                page_break=True,
            )
        )
        secs.append(
            Section(howto_blocks(b.plan, b.labels, b.plan.howto_heading, single), page_break=True)
        )
        if b.closing.sources:
            secs.append(Section(sources_blocks(b.closing, single), page_break=True))
    secs.append(Section(legal_blocks(b.closing)))
    return secs


def render_report_html(report: Report) -> str:
    """The whole report as one HTML document (A4 and Letter alike; the renderer paginates)."""
    return render_document(
        report.bodies,
        report.langs,
        report_sections,
        " / ".join(dict.fromkeys(b.header.title for b in report.bodies)),
        footer_text([b.labels for b in report.bodies]),
    )
