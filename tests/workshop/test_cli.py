"""``privacy-audit handout`` and ``privacy-audit agenda``: real PDFs read back with poppler."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from report.conftest import body_text, norm, pdfinfo

from privacy_audit.cli import main
from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.workshop.paper import AGENDAS
from privacy_audit.workshop.strings import wt

pytestmark = pytest.mark.gui


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    return d


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_handout_is_one_page_with_every_rung(
    qapp: object, out_dir: Path, content: Content, lang: str, paper: str
) -> None:
    out = out_dir / "ladder.pdf"
    assert main(["handout", "-o", str(out), "--lang", lang, "--paper", paper]) == 0
    info = pdfinfo(out)
    assert info.pages == 1
    assert info.title == wt("handout_title", lang)
    text = body_text(out)
    # Table cells wrap, and pdftotext interleaves the columns' lines: compare words.
    words = set(text.split())
    for tid in TIER_ORDER:
        tier = content.tiers[tid]
        for field in (tier.label, tier.who_signs, tier.told):
            missing = set(norm(field.get(lang)).split()) - words
            assert not missing, (tid, missing)
    for h in content.ladder.legal_help:
        assert norm(h.name.get(lang)) in text
    assert os.listdir(out_dir) == ["ladder.pdf"]


@pytest.mark.parametrize("minutes", sorted(AGENDAS))
@pytest.mark.parametrize("lang", ["en", "es"])
def test_agenda_pdf_has_every_block(
    qapp: object, tmp_path: Path, lang: str, minutes: int, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agenda.pdf"
    code = main(["agenda", "--minutes", str(minutes), "-o", str(out), "--lang", lang])
    assert code == 0
    assert str(out) in capsys.readouterr().out
    assert pdfinfo(out).title == wt("agenda_title", lang, minutes=minutes)
    text = body_text(out)
    for title, todo, _n in AGENDAS[minutes]:
        assert norm(wt(title, lang)) in text
        assert norm(wt(todo, lang))[:50] in text
    assert norm(wt("shortcut_bigger", lang)) in text


def test_handout_side_by_side_and_as_html(qapp: object, tmp_path: Path) -> None:
    both = tmp_path / "both.pdf"
    assert main(["handout", "-o", str(both), "--lang", "both"]) == 0
    text = body_text(both)
    assert norm(wt("handout_title", "en")) in text and norm(wt("handout_title", "es")) in text
    page = tmp_path / "agenda.html"
    assert main(["agenda", "--minutes", "90", "-o", str(page), "--lang", "es"]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and wt("b_platforms", "es") in html


def test_agenda_of_other_length_is_refused(
    out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["agenda", "--minutes", "45", "-o", str(out_dir / "a.pdf")])
    assert exc.value.code == 2
    assert "60, 90" in capsys.readouterr().err
    assert os.listdir(out_dir) == []
