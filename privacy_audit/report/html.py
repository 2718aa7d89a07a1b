"""Report model -> HTML for Qt's rich-text engine (QTextDocument). Pure functions, no Qt.

Every text is escaped with :func:`html.escape`. Only the HTML/CSS subset QTextDocument
understands is used: tables, headings, lists, ``page-break-before``. Meaning never rests on
colour: boxes are glyphs (☐, ☑ with the word "done"), levels are words.

With two languages each section becomes a two-column table (English | Spanish) with one row
per block, so a paragraph and its translation sit side by side.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from privacy_audit.report.strings import rt
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
    """One language: the blocks in order. Two: one two-column table per section."""
    if len(per_lang) == 1:
        return "".join("".join(s.blocks) for s in per_lang[0])
    out: list[str] = []
    width = f"{100 // len(per_lang)}%"
    for secs in zip(*per_lang, strict=True):
        style = ' style="page-break-before: always"' if secs[0].page_break else ""
        rows = []
        for blocks in zip(*(s.blocks for s in secs), strict=True):
            cells = "".join(
                f'<td width="{width}" valign="top" lang="{esc(lg)}">{b}</td>'
                for lg, b in zip(langs, blocks, strict=True)
            )
            rows.append(f"<tr>{cells}</tr>")
        out.append(
            f'<table class="cols" width="100%" cellspacing="0" cellpadding="5"{style}>'
            + "".join(rows)
            + "</table>"
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


def header_blocks(h: Header) -> tuple[str, ...]:
    meta = [f"{esc(h.date_label)}: {esc(h.date)}", f"{esc(h.language_label)}: {esc(h.language)}"]
    if h.guides:
        meta.append(f"{esc(h.guides_label)}: {esc(h.guides)}")
    meta += [f"{esc(k)}: {esc(v)}" for k, v in h.identity]
    blocks = [f"<h1>{esc(h.title)}</h1>", f'<p class="meta">{"<br>".join(meta)}</p>']
    if h.privacy_note:
        blocks.append(para(h.privacy_note, "meta"))
    return tuple(blocks)


def summary_blocks(s: Summary) -> tuple[str, ...]:
    inner = (
        f'<p class="score">{esc(s.score_line)}</p>'
        f'<p class="band">{esc(s.band_line)}</p>'
        f"<p>{esc(s.meaning)}</p>"
    )
    return (
        heading(2, s.heading),
        framed(inner),
        bullets(s.notes) if s.notes else "",
        heading(3, s.what_if_heading),
        "".join(para(x) for x in s.what_if),
        (heading(3, s.start_heading) + bullets(s.start_items, ordered=True))
        if s.start_items
        else "",
    )


def ladder_blocks(ld: Ladder, labels: Labels, page_break: bool) -> tuple[str, ...]:
    blocks = [heading(2, ld.heading, page_break), para(ld.intro), para(ld.note, "tag")]
    for r in ld.rungs:
        tag = f" ({esc(r.judge_tag)})" if r.judge_tag else ""
        found = (
            bullets(
                [
                    f"{f.platform}: {f.label}" + (f" — {labels.unsure}" if f.unsure else "")
                    for f in r.findings
                ]
            )
            if r.findings
            else para(r.empty_text)
        )
        blocks.append(
            f"<h3>{esc(r.number)} — {esc(r.label)}{tag}</h3>"
            + facts_table(r.facts)
            + f"<p><b>{esc(r.data_heading)}:</b></p>"
            + found
        )
    return tuple(blocks)


def platform_blocks(
    platforms: Sequence[PlatformSection], labels: Labels, heading_text: str, page_break: bool
) -> tuple[str, ...]:
    blocks = [heading(2, heading_text, page_break)]
    for p in platforms:
        rows = []
        for f in p.findings:
            flags = [
                x for x, on in ((labels.unsure, f.unsure), (labels.unverified, f.unverified)) if on
            ]
            flag = f" ({esc('; '.join(flags))})" if flags else ""
            rows.append(
                f"<li><b>{esc(f.label)}</b>{flag}<br>"
                f"{esc(labels.could_be_obtained)}: {esc(f.tier_label)}<br>"
                f'<span class="meta">{esc(labels.your_answer)}: {esc(f.question)} — '
                f"{esc(f.answer)}</span></li>"
            )
        found = f"<ul>{''.join(rows)}</ul>" if rows else para(p.empty_text)
        blocks.append(
            f"<h3>{esc(p.name)}</h3>"
            + para(p.answered_line, "meta")
            + para(p.summary)
            + facts_table(p.facts)
            + found
        )
    return tuple(blocks)


def plan_item_html(it: PlanItem, labels: Labels) -> str:
    box = BOX_DONE if it.done else BOX
    done = f" ({esc(labels.done)})" if it.done else ""
    meta = [x for x in (it.number_label, it.platform, f"{labels.effort}: {it.effort}") if x]
    steps = "".join(
        f"<p><b>{esc(g.label)}:</b></p>" + bullets(g.steps, ordered=True) for g in it.steps
    )
    small = "; ".join(x for x in (it.score_line, it.verified) if x)
    inner = (
        # The title a bit larger than body text, so the ☐ beside it and the title read as
        # one line when text is copied or read aloud from the PDF.
        f'<p><span class="ititle">{esc(it.title)}</span>{done}<br>'
        f'<span class="meta">{esc(" · ".join(meta))}</span></p>'
        f"<p>{esc(labels.why)}: {esc(it.why)}</p>"
        f"{steps}"
        f'<p class="small">{esc(small)}</p>'
    )
    return (
        '<table class="frame" width="100%" border="1" cellspacing="0" cellpadding="5"><tr>'
        f'<td width="30" valign="top" align="center"><span class="box">{box}</span></td>'
        f'<td valign="top">{inner}</td></tr></table>'
    )


def plan_blocks(plan: Plan, labels: Labels, page_break: bool, intro: str = "") -> tuple[str, ...]:
    blocks = [heading(2, plan.heading, page_break), para(intro or plan.intro)]
    if not plan.items:
        blocks.append(para(plan.empty_text))
    blocks.extend(plan_item_html(it, labels) for it in plan.items)
    return tuple(blocks)


def legal_blocks(c: Closing, page_break: bool = False) -> tuple[str, ...]:
    helps = "".join(
        f"<li><b>{esc(h.name)}</b><br>{esc(h.description)}<br>{esc(h.url)}</li>"
        for h in c.legal_help
    )
    return (
        heading(2, c.legal_heading, page_break),
        f"<ul>{helps}</ul>",
        heading(3, c.advice_heading),
        para(c.disclaimer),
    )


def sources_blocks(c: Closing) -> tuple[str, ...]:
    if not c.sources:
        return ()
    rows = "".join(
        f'<li class="small">{esc(s.title)}<br>{esc(s.url)} — {esc(s.last_verified or "?")}</li>'
        for s in c.sources
    )
    return (heading(2, c.sources_heading), para(c.sources_intro, "small"), f"<ul>{rows}</ul>")


def report_sections(body: object, single: bool) -> list[Section]:
    assert isinstance(body, ReportBody)
    b = body
    secs = [Section(header_blocks(b.header))]
    if b.summary is not None:
        secs.append(Section(summary_blocks(b.summary)))
    if b.ladder is not None:
        secs.append(Section(ladder_blocks(b.ladder, b.labels, False)))
    if b.platforms:
        secs.append(
            Section(
                platform_blocks(b.platforms, b.labels, rt("findings", b.lang), single),
                page_break=True,
            )
        )
    if b.summary is None:
        # Safe to carry: the checklist right under the title, with its own short intro.
        secs.append(Section(plan_blocks(b.plan, b.labels, False, rt("safe_intro", b.lang))))
    else:
        secs.append(Section(plan_blocks(b.plan, b.labels, single), page_break=True))
    secs.append(Section(legal_blocks(b.closing)))
    if b.closing.sources:
        secs.append(Section(sources_blocks(b.closing)))
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
