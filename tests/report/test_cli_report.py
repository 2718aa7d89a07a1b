"""``privacy-audit report`` and ``privacy-audit worksheet``: real PDFs, real errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_audit.cli import main
from privacy_audit.content import Content
from privacy_audit.report.strings import rt
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.scoring.present import score_json

from .conftest import ROOT, body_text, column_text, norm, pdfinfo, pdftotext

pytestmark = pytest.mark.gui


def _answers_file(tmp_path: Path, answers: Answers) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers.to_json()), encoding="utf-8")
    return path


def test_report_command_writes_a_bilingual_a4_pdf(
    qapp: object,
    tmp_path: Path,
    content: Content,
    scorer: Scorer,
    answers_by_name: dict[str, Answers],
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = answers_by_name["one_platform"]
    src = _answers_file(tmp_path, answers)
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    rc = main(["report", str(src), "-o", str(out), "--lang", "both", "--paper", "a4"])
    assert rc == 0
    info = pdfinfo(out)
    assert abs(info.width - 595.3) < 1 and abs(info.height - 841.9) < 1
    assert f"({info.pages} pages)" in capsys.readouterr().out
    assert os.listdir(out.parent) == ["report.pdf"]
    for column, lang in enumerate(("en", "es")):
        text = column_text(out, column)
        data = score_json(scorer, answers, lang)
        for step in data["plan"]:
            assert norm(step["title"]) in text


def test_report_name_only_when_asked(
    qapp: object, tmp_path: Path, answers_by_name: dict[str, Answers]
) -> None:
    src = _answers_file(tmp_path, answers_by_name["one_platform"])
    plain, named, safe = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    assert main(["report", str(src), "-o", str(plain)]) == 0
    assert main(["report", str(src), "-o", str(named), "--include-name", "Rosa Ejemplo"]) == 0
    assert (
        main(["report", str(src), "-o", str(safe), "--safe-to-carry", "--include-name", "Rosa"])
        == 0
    )
    assert "Rosa" not in pdftotext(plain)
    assert "Prepared for: Rosa Ejemplo" in norm(pdftotext(named))
    assert "Rosa" not in pdftotext(safe)
    assert norm(rt("safe_title", "en")) in norm(pdftotext(safe))


def test_done_steps_print_ticked(
    qapp: object, tmp_path: Path, content: Content, answers_by_name: dict[str, Answers]
) -> None:
    answers = answers_by_name["one_platform"]
    first = Scorer(content).plan(answers)[0].action
    src = _answers_file(tmp_path, answers)
    out = tmp_path / "r.pdf"
    assert main(["report", str(src), "-o", str(out), "--done", first]) == 0
    text = pdftotext(out)
    assert text.count("\u2611") == 1
    assert f"({rt('done', 'en')})" in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_worksheet_command(qapp: object, tmp_path: Path, content: Content, lang: str) -> None:
    out = tmp_path / f"worksheet-{lang}.pdf"
    assert main(["worksheet", "-o", str(out), "--lang", lang]) == 0
    info = pdfinfo(out)
    assert abs(info.width - 612) < 1 and abs(info.height - 792) < 1
    text = body_text(out)
    for pf in content.platforms:
        assert norm(pf.platform.name.get(lang)) in text
        for q in pf.questions:
            assert norm(q.text.get(lang)) in text, q.id
    assert text.count("\u2610") >= sum(len(q.options) for q in content.questions.values())
    for tier in content.ladder.tiers:
        assert norm(tier.label.get(lang)) in text
    # The facilitator guide is the one last page.
    guide = norm(rt("guide", lang))
    assert guide in norm(pdftotext(out, info.pages, info.pages))
    assert guide not in norm(pdftotext(out, 1, info.pages - 1))
    assert norm(rt("guide_remind_1", lang)) in text
    assert norm(content.ladder.legal_help[0].url) in text


def test_worksheet_for_chosen_platforms_only(
    qapp: object, tmp_path: Path, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "two.pdf"
    assert main(["worksheet", "-o", str(out), "--platforms", "whatsapp, phone_email"]) == 0
    text = body_text(out)
    chosen = {"whatsapp", "phone_email"}
    for pf in content.platforms:
        for q in pf.questions:
            assert (norm(q.text.en) in text) == (pf.platform.id in chosen), q.id
    # The ladder and the facilitator guide come with any choice of platforms.
    assert norm(content.ladder.tiers[0].label.en) in text
    assert norm(rt("guide", "en")) in text
    full = tmp_path / "all.pdf"
    assert main(["worksheet", "-o", str(full)]) == 0
    assert pdfinfo(out).pages < pdfinfo(full).pages

    capsys.readouterr()
    assert main(["worksheet", "-o", str(tmp_path / "x.pdf"), "--platforms", "myspace"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown platform 'myspace'" in err[0]
    assert not (tmp_path / "x.pdf").exists()


def test_html_output_needs_no_qt(tmp_path: Path, answers_by_name: dict[str, Answers]) -> None:
    src = _answers_file(tmp_path, answers_by_name["one_platform"])
    out = tmp_path / "r.html"
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from privacy_audit.cli import main\n"
        f"sys.exit(main(['report', {str(src)!r}, '-o', {str(out)!r}, '--lang', 'es']))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(os.listdir(tmp_path)) == ["answers.json", "r.html"]


def test_pdf_without_pyside_is_one_clear_line(
    tmp_path: Path, answers_by_name: dict[str, Answers]
) -> None:
    src = _answers_file(tmp_path, answers_by_name["one_platform"])
    out = tmp_path / "r.pdf"
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from privacy_audit.cli import main\n"
        f"sys.exit(main(['report', {str(src)!r}, '-o', {str(out)!r}]))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    assert "PySide6" in done.stderr and ".html" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "{tmp}/missing/r.pdf"], "folder not found"),
        (["-o", "{tmp}"], "is a folder"),
        (["-o", "{tmp}/r.pdf", "--done", "no_such_action"], "unknown action"),
    ],
)
def test_bad_output_or_options_are_one_line(
    tmp_path: Path,
    answers_by_name: dict[str, Answers],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    src = _answers_file(tmp_path, answers_by_name["one_platform"])
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    assert main(["report", str(src), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert sorted(os.listdir(tmp_path)) == ["answers.json"]


def test_bad_answers_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.json"
    src.write_text("{not json", encoding="utf-8")
    assert main(["report", str(src), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
