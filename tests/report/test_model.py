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
from privacy_audit.report.strings import REPORT_MESSAGES, rt
from privacy_audit.scoring.answers import Answers, load_answers_file
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
    opts = ReportOptions(date=dt.date(2026, 1, 2), details=True)
    report = build_report(content, answers, lang, opts)
    (body,) = report.bodies
    assert body.lang == lang and body.header.date == "2026-01-02"
    assert body.summary is not None and body.summary.score == data["overall"]
    assert data["band"]["meaning"] == body.summary.meaning
    assert body.summary.scale == data["scale"]
    assert body.ladder is not None
    assert [r.id for r in body.ladder.rungs] == list(TIER_ORDER)
    for rung, tier in zip(body.ladder.rungs, data["tiers"], strict=True):
        assert [f.label for f in rung.findings] == [f["label"] for f in tier["items"]]
        assert rung.count == len(tier["items"])
    assert [p.id for p in body.platforms] == [p["id"] for p in data["platforms"]]
    assert [i.action for i in body.plan.items] == [s["action"] for s in data["plan"]]
    assert [i.title for i in body.plan.items] == [s["title"] for s in data["plan"]]
    assert all(i.steps and i.platform for i in body.plan.items)
    # Grouped by app, every step once, in plan order inside each group.
    grouped = [i.number for g in body.plan.groups for i in g.items]
    assert sorted(grouped) == [i.number for i in body.plan.items]
    for g in body.plan.groups:
        assert [i.number for i in g.items] == sorted(i.number for i in g.items)
        assert {i.platform for i in g.items} == {g.platform}
    for item, step in zip(body.plan.items, data["plan"], strict=True):
        assert bool(item.caution) == bool(step["caution"]) == bool(item.caution_short)
        assert item.staleness == (step["staleness"] or "")
        assert bool(item.staleness_short) == bool(step["staleness"])
    assert body.summary.start_items == tuple(s["title"] for s in data["plan"][:3])
    assert body.summary.stairs is not None
    assert body.summary.stairs.scores == (
        data["overall"],
        *(s["shown_after"] for s in data["plan"]),
    )
    dates = {s.last_verified for s in body.closing.sources}
    assert dates and all(d is None or re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    for src in body.closing.sources:
        read = rt("src_read", lang, date=src.last_verified) if src.last_verified else None
        assert (read or rt("src_never_read", lang)) in src.dates
    assert [h.url for h in body.closing.legal_help] == [h.url for h in content.ladder.legal_help]
    # The summary alone has neither findings by platform nor sources.
    (plain,) = build_report(content, answers, lang).bodies
    assert plain.platforms == () and plain.closing.sources == () and not plain.details


@pytest.mark.parametrize("lang", ["en", "es"])
def test_rung_titles_carry_their_qualifier_once(content: Content, lang: str) -> None:
    (body,) = build_report(content, riskiest_answers(content), lang).bodies
    assert body.ladder is not None
    sheet = build_worksheet(content, lang)
    for r in (*body.ladder.rungs, *sheet.bodies[0].rungs):
        assert r.title.count("(") <= 1, r.title
        assert r.title.startswith(r.label)
    page = render_report_html(build_report(content, riskiest_answers(content), lang))
    page += render_worksheet_html(sheet)
    assert not re.search(r"\(([^()]+)\)\s*\(([^()]+)\)", html.unescape(page))


def test_findings_say_why_they_are_there(content: Content) -> None:
    answers = Answers(
        {
            "wa_profile_visibility": "everyone",
            "fb_posts_audience": "public",
        }
    )
    (body,) = build_report(content, answers, "en", ReportOptions(details=True)).bodies
    found = {f.label: f for p in body.platforms for f in p.findings}
    records = found[content.items["wa_account_records"].label.en]
    assert records.why == rt("because_account", "en", platform="WhatsApp")
    # The public profile photo is there because of the answer, and says so.
    photo = found[content.items["wa_profile"].label.en]
    assert "Everyone" in photo.why and "profile photo" in photo.why
    # Confidence marks only where the source is secondary or missing, and which.
    for p in body.platforms:
        for f in p.findings:
            item = next(i for i in content.items.values() if i.label.en == f.label)
            expected = {
                "primary": "",
                "secondary": rt("mark_secondary", "en"),
                "unverified": rt("mark_missing", "en"),
            }[item.confidence]
            assert f.mark == expected, f.label
    assert records.mark == ""  # WhatsApp's own guide states it


def test_no_level_yet_is_said_calmly(content: Content, scorer: Scorer) -> None:
    answers = Answers({"fb_posts_audience": "public"}, platforms=("facebook",))
    data = score_json(scorer, answers, "es")
    assert data["band"] is None
    (body,) = build_report(content, answers, "es").bodies
    assert body.summary is not None and not body.summary.has_band
    assert body.summary.meaning == data["band_missing"]["text"]
    assert rt("level_none", "es") in body.summary.band_line


def test_the_guides_version_is_printed_when_known(content: Content) -> None:
    answers = riskiest_answers(content)
    for opts in (
        ReportOptions(guides="2026120700 (2026-12-06)"),
        ReportOptions(guides="2026120700 (2026-12-06)", safe_to_carry=True),
    ):
        page = render_report_html(build_report(content, answers, "es", opts))
        assert "Versión de las guías: 2026120700 (2026-12-06)" in html.unescape(page)
    assert rt("guides", "en") not in render_report_html(build_report(content, answers, "en"))


def test_long_plans_print_compactly(content: Content, scorer: Scorer) -> None:
    from privacy_audit.report.model import COMPACT_AFTER, checklist_lines

    for path in sorted((ROOT / "examples").glob("*.json")):
        answers = load_answers_file(path, content)
        lines = checklist_lines(score_json(scorer, answers, "en")["plan"])
        assert build_report(content, answers, "en").bodies[0].plan.compact == (
            lines > COMPACT_AFTER
        )
    plan = build_report(content, riskiest_answers(content), "es").bodies[0].plan
    assert plan.compact and len(plan.legend) == 2
    assert any(rt("mark_deletes", "es") in i.marks for i in plan.items)


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
    # Each step names its app (else it cannot be followed); no score anywhere.
    assert body.plan.items and all(i.platform for i in body.plan.items)
    assert all(not (i.score_line or i.score_change or i.changes) for i in body.plan.items)
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
