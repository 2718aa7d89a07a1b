"""The report model and its HTML, without Qt: what is printed, what is left out, languages."""

from __future__ import annotations

import datetime as dt
import html
import re
import string
import subprocess
import sys

import pytest

from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.errors import UserError
from privacy_audit.report import ReportOptions, build_report, render_report_html
from privacy_audit.report.strings import REPORT_MESSAGES
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer
from privacy_audit.scoring.present import score_json
from privacy_audit.workshop.worksheet import build_worksheet, render_worksheet_html

from .conftest import ROOT, riskiest_answers


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_report_string_has_both_languages_and_the_same_placeholders() -> None:
    for key, entry in REPORT_MESSAGES.items():
        assert set(entry) == {"en", "es"}, key
        assert entry["en"].strip() and entry["es"].strip(), key
        assert _fields(entry["en"]) == _fields(entry["es"]), key


def test_core_report_modules_never_import_qt() -> None:
    pattern = re.compile(r"^\s*(from|import) +(PySide6|PyQt)", re.MULTILINE)
    for path in (ROOT / "privacy_audit").rglob("*.py"):
        assert not pattern.search(path.read_text(encoding="utf-8")), path
    code = (
        "import sys, privacy_audit.cli.report, privacy_audit.workshop.worksheet;"
        "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


@pytest.mark.parametrize("lang", ["en", "es"])
def test_report_model_matches_the_scorer(content: Content, scorer: Scorer, lang: str) -> None:
    answers = riskiest_answers(content)
    data = score_json(scorer, answers, lang)
    report = build_report(content, answers, lang, ReportOptions(date=dt.date(2026, 1, 2)))
    (body,) = report.bodies
    assert body.lang == lang and body.header.date == "2026-01-02"
    assert body.summary is not None and body.summary.score == data["overall"]
    assert data["band"]["meaning"] == body.summary.meaning
    assert body.ladder is not None
    assert [r.id for r in body.ladder.rungs] == list(TIER_ORDER)
    for rung, tier in zip(body.ladder.rungs, data["tiers"], strict=True):
        assert [f.label for f in rung.findings] == [f["label"] for f in tier["items"]]
    assert [p.id for p in body.platforms] == [p["id"] for p in data["platforms"]]
    assert [i.action for i in body.plan.items] == [s["action"] for s in data["plan"]]
    assert [i.title for i in body.plan.items] == [s["title"] for s in data["plan"]]
    assert all(i.steps for i in body.plan.items)
    assert body.summary.start_items == tuple(s["title"] for s in data["plan"][:3])
    last = round(data["plan"][-1]["cumulative_score"])
    assert any(f" {last} " in line for line in body.summary.what_if)
    dates = {s.last_verified for s in body.closing.sources}
    assert dates and all(d is None or re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert [h.url for h in body.closing.legal_help] == [h.url for h in content.ladder.legal_help]


def test_both_languages_have_the_same_shape(content: Content) -> None:
    report = build_report(content, riskiest_answers(content), "both")
    en, es = report.bodies
    assert (en.lang, es.lang) == ("en", "es")
    assert len(en.platforms) == len(es.platforms)
    assert [i.action for i in en.plan.items] == [i.action for i in es.plan.items]
    text = render_report_html(report)
    assert html.escape(en.header.title) in text and html.escape(es.header.title) in text
    assert en.labels.page_of in html.unescape(text) and es.labels.page_of in html.unescape(text)


def test_no_name_unless_chosen_and_never_on_safe_copy(content: Content) -> None:
    answers = riskiest_answers(content)
    name = "Rosa <Test> Q."
    hidden = render_report_html(
        build_report(content, answers, "en", ReportOptions(name=name, notes="call María"))
    )
    assert "Rosa" not in hidden and "María" not in hidden
    shown = render_report_html(
        build_report(
            content, answers, "en", ReportOptions(include_identifying=True, name=name, notes="hi")
        )
    )
    assert html.escape(name) in shown and name not in shown  # printed, and escaped
    safe = render_report_html(
        build_report(
            content,
            answers,
            "en",
            ReportOptions(include_identifying=True, name=name, safe_to_carry=True),
        )
    )
    assert "Rosa" not in safe


def test_safe_to_carry_model_keeps_only_the_checklist(content: Content) -> None:
    report = build_report(
        content, riskiest_answers(content), "es", ReportOptions(safe_to_carry=True)
    )
    (body,) = report.bodies
    assert body.summary is None and body.ladder is None and body.platforms == ()
    assert body.closing.sources == ()
    assert body.plan.items and all(not i.platform and not i.score_line for i in body.plan.items)
    assert body.closing.legal_help and body.closing.disclaimer


def test_done_actions_are_ticked_and_unknown_ones_refused(content: Content) -> None:
    answers = riskiest_answers(content)
    first = Scorer(content).plan(answers)[0].action
    report = build_report(content, answers, "en", ReportOptions(done_actions=frozenset({first})))
    items = report.bodies[0].plan.items
    assert [i.done for i in items] == [i.action == first for i in items]
    assert "\u2611" in render_report_html(report)
    with pytest.raises(UserError, match="unknown action"):
        build_report(content, answers, "en", ReportOptions(done_actions=frozenset({"nope"})))


def test_unknown_language_is_one_clear_error(content: Content) -> None:
    with pytest.raises(UserError, match="unknown language"):
        build_report(content, Answers({}), "fr")


def test_empty_answers_still_make_a_report(content: Content) -> None:
    report = build_report(content, Answers({}), "en")
    body = report.bodies[0]
    assert body.summary is not None and body.summary.score == 0
    assert body.plan.items == ()
    assert html.escape(body.plan.empty_text) in render_report_html(report)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_worksheet_lists_every_question_and_option(content: Content, lang: str) -> None:
    ws = build_worksheet(content, lang)
    text = render_worksheet_html(ws)
    for pf in content.platforms:
        assert html.escape(pf.platform.name.get(lang)) in text
        for q in pf.questions:
            assert html.escape(q.text.get(lang)) in text, q.id
            for o in q.options:
                assert html.escape(o.text.get(lang)) in text, (q.id, o.id)
    n_options = sum(len(q.options) for q in content.questions.values())
    assert text.count("\u2610") >= n_options + len(content.actions)
    for tier in content.ladder.tiers:
        assert html.escape(tier.label.get(lang)) in text
