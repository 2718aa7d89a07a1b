"""Confirmed findings fill answers marked "from your data download" (session and report)."""

from __future__ import annotations

from pathlib import Path

import dl_synth as synth
import pytest

from privacy_audit.content import Content
from privacy_audit.imports import read_download
from privacy_audit.report.model import build_report
from privacy_audit.report.types import ReportOptions
from privacy_audit.session import AuditSession


def test_confirmed_answers_are_marked_and_scored(tmp_path: Path, content: Content) -> None:
    result = read_download(synth.instagram_2022(tmp_path))
    s = AuditSession(content)
    before = s.live().overall
    filled = s.fill_from_download(result.proposals())
    assert set(filled) == set(result.proposals())
    assert "instagram" in s.selected  # the platform is chosen with its answers
    assert s.answer("ig_account_private") == "private"
    assert s.from_download == frozenset(filled)
    assert s.live().overall != before  # flows into the score
    # Changing an answer by hand makes it the person's own again.
    s.set_answer("ig_dms", "no")
    assert "ig_dms" not in s.from_download
    with pytest.raises(KeyError):
        s.fill_from_download({"ig_dms": "not_an_option"})


@pytest.mark.parametrize(
    ("lang", "mark"), [("en", "from your data download"), ("es", "de su descarga de datos")]
)
def test_report_marks_answers_from_the_download(
    tmp_path: Path, content: Content, lang: str, mark: str
) -> None:
    s = AuditSession(content)
    s.fill_from_download({"ig_account_private": "public"})
    s.set_answer("ig_phone", "yes")
    # Findings and answers are printed with the details (the summary has none).
    opts = ReportOptions(from_download=s.from_download, details=True)
    rep = build_report(content, s.answers(), lang, opts)
    rows = [f for body in rep.bodies for p in body.platforms for f in p.findings]
    marked = [f for f in rows if mark in f.answer]
    assert marked and all(
        f.question == content.questions["ig_account_private"].text.get(lang) for f in marked
    )
    assert any(f.question == content.questions["ig_phone"].text.get(lang) for f in rows)
    plain = build_report(content, s.answers(), lang, ReportOptions(details=True))
    assert not any(mark in f.answer for b in plain.bodies for p in b.platforms for f in p.findings)
