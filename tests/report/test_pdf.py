"""Real PDFs read back with poppler: sections, findings and actions in each language, paper
sizes, page numbers, non-blank pages, fonts, the safe-to-carry copy, nothing left behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.report import ReportOptions, build_report, render_report_html
from privacy_audit.report.strings import rt
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.scoring.present import score_json

from .conftest import (
    PdfMaker,
    body_text,
    column_text,
    ink_pixels,
    norm,
    page_images,
    pdfinfo,
    pdftotext,
)

pytestmark = pytest.mark.gui

PAPER_PTS = {"letter": (612.0, 792.0), "a4": (595.3, 841.9)}


def _report_html(content: Content, answers: Answers, lang: str, **opts: object) -> str:
    return render_report_html(build_report(content, answers, lang, ReportOptions(**opts)))  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_report_pdf_has_every_section_finding_and_action(
    content: Content,
    scorer: Scorer,
    answers_by_name: dict[str, Answers],
    make_pdf: PdfMaker,
    lang: str,
) -> None:
    for name, answers in answers_by_name.items():
        pdf = make_pdf(_report_html(content, answers, lang))
        text = body_text(pdf)
        data = score_json(scorer, answers, lang)
        body = build_report(content, answers, lang).bodies[0]
        assert body.summary is not None and body.ladder is not None
        expected = [
            body.header.title,
            body.summary.score_line,
            body.summary.band_line,
            body.ladder.heading,
            body.ladder.note,
            rt("findings", lang),
            body.plan.heading,
            body.closing.legal_heading,
            body.closing.advice_heading,
            body.closing.disclaimer,
            body.closing.sources_heading,
            *body.summary.what_if,
        ]
        expected += [r.label for r in body.ladder.rungs]
        expected += [f["label"] for tier in data["tiers"] for f in tier["items"]]
        expected += [step["title"] for step in data["plan"]]
        expected += [p["name"] for p in data["platforms"]]
        expected += [h.url for h in body.closing.legal_help]
        for phrase in expected:
            assert norm(phrase) in text, (name, lang, phrase)
        assert text.count("\u2610") == len(data["plan"]), name


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_paper_size_page_numbers_and_no_blank_page(
    content: Content,
    answers_by_name: dict[str, Answers],
    make_pdf: PdfMaker,
    tmp_path: Path,
    paper: str,
) -> None:
    html = _report_html(content, answers_by_name["riskiest"], "es")
    pdf = make_pdf(html, paper)
    info = pdfinfo(pdf)
    width, height = PAPER_PTS[paper]
    assert abs(info.width - width) < 1 and abs(info.height - height) < 1
    # Sane: the findings and the plan each start a page after the summary and the ladder.
    assert 3 <= info.pages <= 200
    for n in range(1, info.pages + 1):
        page = norm(pdftotext(pdf, n, n))
        assert rt("page_of", "es", n=n, m=info.pages) in page
    images = page_images(pdf, tmp_path / "png", dpi=36)
    assert len(images) == info.pages
    for img_path in images:
        # Ink above the footer zone (the bottom eighth holds only "Page N of M"): even a last
        # page with two lines of sources has some; a blank or box-only page has none.
        assert ink_pixels(img_path, top_fraction=0.875) >= 25, img_path.name


def test_letter_and_a4_page_counts_agree(
    content: Content, answers_by_name: dict[str, Answers], make_pdf: PdfMaker
) -> None:
    html = _report_html(content, answers_by_name["riskiest"], "en")
    letter, a4 = (pdfinfo(make_pdf(html, p)).pages for p in ("letter", "a4"))
    assert abs(letter - a4) <= max(2, letter // 5)


def test_bilingual_report_puts_both_languages_in_one_pdf(
    content: Content, scorer: Scorer, answers_by_name: dict[str, Answers], make_pdf: PdfMaker
) -> None:
    answers = answers_by_name["one_platform"]
    pdf = make_pdf(_report_html(content, answers, "both"), "a4")
    report = build_report(content, answers, "both")
    # English on the left, Spanish on the right, every block beside its translation.
    for column, body in enumerate(report.bodies):
        text = column_text(pdf, column)
        assert body.summary is not None and body.ladder is not None
        phrases = [body.header.title, body.summary.score_line, body.plan.heading]
        phrases += [r.label for r in body.ladder.rungs]
        data = score_json(scorer, answers, body.lang)
        phrases += [step["title"] for step in data["plan"]]
        phrases += [f["label"] for tier in data["tiers"] for f in tier["items"]]
        for phrase in phrases:
            assert norm(phrase) in text, (body.lang, phrase)
        other = report.bodies[1 - column]
        assert norm(other.header.title) not in text
    first = norm(pdftotext(pdf, 1, 1))
    assert "Page 1 of" in first and "Página 1 de" in first
    assert pdftotext(pdf).count("\u2610") == 2 * len(report.bodies[0].plan.items)


def test_safe_to_carry_pdf_has_the_checklist_and_no_finding(
    content: Content, scorer: Scorer, answers_by_name: dict[str, Answers], make_pdf: PdfMaker
) -> None:
    answers = answers_by_name["riskiest"]
    pdf = make_pdf(_report_html(content, answers, "en", safe_to_carry=True))
    text = body_text(pdf)
    data = score_json(scorer, answers, "en")
    for step in data["plan"]:
        assert norm(step["title"]) in text
    assert text.count("\u2610") == len(data["plan"])
    assert norm(rt("safe_intro", "en")) in text
    # Remove the action texts themselves (a step may name its app); nothing else may remain
    # that tells what the person uses or what was found.
    texts: set[str] = set()
    for step in data["plan"]:
        detail = step["detail"]
        texts.update((detail["title"], detail["why"]))
        texts.update(s["text"] for group in detail["steps"].values() for s in group)
    rest = text
    for piece in sorted(texts, key=len, reverse=True):
        rest = rest.replace(norm(piece), " ")
    body = build_report(content, answers, "en").bodies[0]
    assert body.summary is not None
    forbidden = [body.summary.score_line, body.summary.band_line, rt("findings", "en")]
    forbidden += [f["label"] for tier in data["tiers"] for f in tier["items"]]
    findings = [f for tier in data["tiers"] for f in tier["items"]]
    forbidden += [f["answer"] for f in findings if len(f["answer"]) > 3]
    forbidden += [t.label.get("en") for t in content.ladder.tiers]
    forbidden += [p.platform.name.get("en") for p in content.platforms]
    for phrase in forbidden:
        assert norm(phrase) not in rest, phrase


def test_fonts_cover_spanish_and_boxes_and_text_is_extractable(
    qapp: object, content: Content, answers_by_name: dict[str, Answers], make_pdf: PdfMaker
) -> None:
    from PySide6.QtGui import QFontInfo, QFontMetrics

    from ui.report_render import FONT_FAMILY, REQUIRED_GLYPHS, report_font

    font = report_font()
    assert QFontInfo(font).family() == FONT_FAMILY
    metrics = QFontMetrics(font)
    for ch in REQUIRED_GLYPHS:
        assert metrics.inFontUcs4(ord(ch)), ch
    pdf = make_pdf(_report_html(content, answers_by_name["riskiest"], "es"))
    text = pdftotext(pdf)
    for ch in "áéíóúñ¿\u2610":
        assert ch in text, ch
    assert "\ufb01" not in text  # no "fi" ligature: copy-paste and screen readers get letters


def test_shipped_fonts_load(qapp: object) -> None:
    from PySide6.QtGui import QFontDatabase

    from ui.report_render import FONT_FAMILY, _fonts_dir

    folder = _fonts_dir()
    assert folder is not None
    ttfs = sorted(folder.glob("*.ttf"))
    assert ttfs
    for ttf in ttfs:
        fid = QFontDatabase.addApplicationFont(str(ttf))
        assert fid >= 0 and FONT_FAMILY in QFontDatabase.applicationFontFamilies(fid)
        QFontDatabase.removeApplicationFont(fid)


def test_render_pdf_writes_only_the_chosen_file(
    qapp: object, content: Content, answers_by_name: dict[str, Answers], tmp_path: Path
) -> None:
    from ui.report_render import RenderError, render_pdf

    html = _report_html(content, answers_by_name["one_platform"], "en")
    tmp_root = Path(tempfile.gettempdir())
    before = set(os.listdir(tmp_root))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "report.pdf"
    target.write_bytes(b"old")
    pages = render_pdf(html, target, paper="a4")
    assert pages == pdfinfo(target).pages
    assert sorted(os.listdir(out_dir)) == ["report.pdf"]
    # pytest's own tmp_path lives under the temp dir; nothing else may appear there.
    assert set(os.listdir(tmp_root)) - before <= {tmp_path.parents[1].name}
    with pytest.raises(RenderError):
        render_pdf(html, tmp_path / "missing" / "r.pdf")
    assert not (tmp_path / "missing").exists()
    assert sorted(os.listdir(out_dir)) == ["report.pdf"]
