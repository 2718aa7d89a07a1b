"""The printed summary read back from real PDFs: at most four pages (eight side by side) for
every example person and for someone who answered every platform, on Letter and A4; page 1
holds the score and the first step; no heading ends a page; both languages of a row share a
page; each rung's qualifier printed once."""

from __future__ import annotations

import re

import pytest

from privacy_audit.content import Content
from privacy_audit.report import ReportOptions, build_report, render_report_html
from privacy_audit.report.types import ReportBody
from privacy_audit.scoring.answers import Answers
from privacy_audit.workshop.paper import build_handout, render_handout_html
from privacy_audit.workshop.worksheet import build_worksheet, render_worksheet_html

from .conftest import PdfMaker, body_text, last_line, norm, page_text, pdfinfo

pytestmark = pytest.mark.gui

#: The page budget of the summary, by number of languages printed.
MAX_PAGES = {1: 4, 2: 8}
#: "Court order (a judge) (a judge)", "Orden judicial (un juez) (con juez)".
TWICE = re.compile(r"\(([^()]+)\)\s*\(([^()]+)\)")


def _html(content: Content, answers: Answers, lang: str, **opts: object) -> str:
    return render_report_html(build_report(content, answers, lang, ReportOptions(**opts)))  # type: ignore[arg-type]


def _headings(body: ReportBody) -> list[str]:
    """Every heading the summary prints, in the body's language."""
    out = [body.header.title, body.plan.heading, body.closing.legal_heading]
    out.append(body.closing.advice_heading)
    if body.summary is not None:
        out += [body.summary.heading, body.summary.start_heading]
        if body.summary.stairs is not None:
            out.append(body.summary.stairs.heading)
    if body.ladder is not None:
        out.append(body.ladder.heading)
    if not body.plan.compact:
        out += [g.platform for g in body.plan.groups]
    return [norm(h) for h in out if h]


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("lang", ["en", "es", "both"])
def test_summary_fits_its_pages_for_everyone(
    content: Content,
    answers_by_name: dict[str, Answers],
    make_pdf: PdfMaker,
    lang: str,
    paper: str,
) -> None:
    counts = {}
    for name, answers in answers_by_name.items():
        report = build_report(content, answers, lang)
        pdf = make_pdf(render_report_html(report), paper)
        pages = pdfinfo(pdf).pages
        counts[name] = pages
        assert pages <= MAX_PAGES[len(report.langs)], (name, lang, paper, pages)
        # Page 1 holds the score and the first step (of each language printed).
        for column, body in enumerate(report.bodies):
            first = norm(page_text(pdf, 1, column if len(report.bodies) > 1 else None))
            assert body.summary is not None
            assert norm(body.summary.score_line) in first, (name, body.lang)
            if body.plan.items:
                assert norm(body.plan.items[0].title) in first, (name, body.lang)
        text = body_text(pdf)
        assert not TWICE.search(text), (name, TWICE.search(text))
    # The person who answered every platform has the longest plan, and still fits.
    assert counts["riskiest"] >= max(counts.values()) - 1


@pytest.mark.parametrize("lang", ["en", "es", "both"])
def test_no_heading_is_the_last_line_of_a_page(
    content: Content, answers_by_name: dict[str, Answers], make_pdf: PdfMaker, lang: str
) -> None:
    for name, answers in answers_by_name.items():
        report = build_report(content, answers, lang)
        for details in (False, True):
            if details and name not in ("example_rosa", "one_platform"):
                continue
            opts = ReportOptions(details=details)
            report = build_report(content, answers, lang, opts)
            pdf = make_pdf(render_report_html(report))
            pages = pdfinfo(pdf).pages
            columns: list[int | None] = [0, 1] if len(report.bodies) > 1 else [None]
            for column, body in zip(columns, report.bodies, strict=True):
                headings = set(_headings(body))
                if details:
                    headings |= {norm(p.name) for p in body.platforms}
                for page in range(1, pages):
                    last = last_line(pdf, page, column)
                    assert last not in headings, (name, lang, details, page, last)


def test_side_by_side_rows_keep_both_languages_on_one_page(
    content: Content, answers_by_name: dict[str, Answers], make_pdf: PdfMaker
) -> None:
    for name in ("example_rosa", "example_daniel", "riskiest"):
        report = build_report(content, answers_by_name[name], "both")
        pdf = make_pdf(render_report_html(report))
        en, es = report.bodies
        pages = pdfinfo(pdf).pages
        left = [norm(page_text(pdf, p, 0)) for p in range(1, pages + 1)]
        right = [norm(page_text(pdf, p, 1)) for p in range(1, pages + 1)]
        pairs = [
            (g.platform, h.platform) for g, h in zip(en.plan.groups, es.plan.groups, strict=False)
        ]
        if not en.plan.compact:
            # Every step: its English and its Spanish text start on the same page.
            pairs += [
                (f"{a.number}. {a.title}", f"{b.number}. {b.title}")
                for a, b in zip(en.plan.items, es.plan.items, strict=True)
            ]
        assert en.ladder is not None and es.ladder is not None
        pairs += [
            (a.title, b.title) for a, b in zip(en.ladder.rungs, es.ladder.rungs, strict=False)
        ]
        for a, b in pairs:
            on_left = [i for i, text in enumerate(left) if norm(a) in text]
            on_right = [i for i, text in enumerate(right) if norm(b) in text]
            assert on_left and on_left == on_right, (name, a, on_left, on_right)
        # A rung and its facts (down to whether you are told, the last of them) are never
        # cut across two pages.
        for body, texts in ((en, left), (es, right)):
            for rung in body.ladder.rungs:
                page = next(i for i, t in enumerate(texts) if norm(rung.title) in t)
                after = texts[page][texts[page].index(norm(rung.title)) :]
                for _question, answer in rung.facts:
                    start = " ".join(norm(answer).split()[:2])
                    assert start in after, (name, body.lang, rung.title, answer)


@pytest.mark.parametrize("lang", ["en", "es", "both"])
def test_worksheet_and_handout_print_each_qualifier_once(
    content: Content, make_pdf: PdfMaker, lang: str
) -> None:
    sheet = render_worksheet_html(build_worksheet(content, lang, platforms=["whatsapp"]))
    handout = render_handout_html(build_handout(content, lang))
    for html in (sheet, handout):
        text = body_text(make_pdf(html))
        assert not TWICE.search(text), TWICE.search(text)
    one = build_handout(content, "es" if lang == "es" else "en")
    text = body_text(make_pdf(render_handout_html(one)))
    # The disclaimer ("free legal help is listed at the end") comes before that list.
    body = one.bodies[0]
    assert text.index(norm(body.closing.disclaimer)) < text.index(
        norm(body.closing.legal_help[0].url)
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_legal_help_comes_after_the_line_that_points_to_it(
    content: Content, answers_by_name: dict[str, Answers], make_pdf: PdfMaker, lang: str
) -> None:
    for opts in ({}, {"details": True}, {"safe_to_carry": True}):
        report = build_report(content, answers_by_name["example_rosa"], lang, ReportOptions(**opts))  # type: ignore[arg-type]
        text = body_text(make_pdf(render_report_html(report)))
        closing = report.bodies[0].closing
        disclaimer = text.index(norm(closing.disclaimer))
        urls = [text.rindex(norm(h.url)) for h in closing.legal_help]
        assert all(disclaimer < u for u in urls), opts
        # Nothing but the list itself follows the disclaimer.
        assert text.rindex(norm(closing.legal_help[-1].url)) > len(text) - 200, opts
