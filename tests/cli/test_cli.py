"""The command line: subcommands, JSON shapes, languages, and one clear line for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from privacy_audit import __version__
from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.scoring.engine import Scorer


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacy_audit", *args], capture_output=True, text=True, cwd=cwd
    )


def worst_answers(content: Content) -> dict[str, str]:
    s = Scorer(content)
    return {
        qid: max(q.options, key=lambda o: s.points({qid: o.id})).id
        for qid, q in content.questions.items()
    }


@pytest.fixture
def answers_file(tmp_path: Path, content: Content) -> Path:
    p = tmp_path / "answers.json"
    data = {"format": "huella-answers", "version": 1, "answers": worst_answers(content)}
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_help_lists_subcommands_and_version() -> None:
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("questions", "score", "catalog", "check-content"):
        assert cmd in r.stdout
    v = run("--version")
    assert v.returncode == 0 and __version__ in v.stdout


def test_questions_json_shape(content: Content) -> None:
    for lang in ("en", "es"):
        r = run("questions", "--json", "--lang", lang)
        assert r.returncode == 0, r.stderr
        data = json.loads(r.stdout)
        assert len(data["questions"]) == len(content.questions)
        q = data["questions"][0]
        assert set(q) >= {"id", "platform", "text", "help", "options"}
        assert set(q["options"][0]) >= {"id", "text"}
        expected = content.questions[q["id"]].text.get(lang)
        assert q["text"] == expected


def test_score_json_shape_and_consistency(answers_file: Path, content: Content) -> None:
    r = run("score", str(answers_file), "--json")
    assert r.returncode == 0, r.stderr
    data: dict[str, Any] = json.loads(r.stdout)
    assert 0 <= data["overall"] <= 100
    assert [t["id"] for t in data["tiers"]] == list(TIER_ORDER)
    assert all(set(t) >= {"id", "label", "points", "items"} for t in data["tiers"])
    assert all(set(p) >= {"id", "name", "points"} for p in data["platforms"])
    assert data["plan"], "worst answers must leave something to fix"
    step = data["plan"][0]
    assert set(step) >= {
        "action",
        "title",
        "score_if_done_alone",
        "cumulative_score",
        "changes",
        "caution",
    }
    cum = [s["cumulative_score"] for s in data["plan"]]
    assert cum == sorted(cum, reverse=True)
    # Every step says what it moves: which item, from which rung, to which (None: gone).
    rank = {t: i for i, t in enumerate(TIER_ORDER)}
    for s in data["plan"]:
        assert s["changes"], s["action"]
        for ch in s["changes"]:
            assert ch["item"] in content.items and ch["from"] in TIER_ORDER
            assert ch["to"] is None or rank[ch["to"]] > rank[ch["from"]]
        action = content.actions[s["action"]]
        assert (s["caution"] is not None) == action.deletes
    assert data["band"] is not None and data["band_missing"] is None
    assert "100" in data["scale"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_audit_without_enough_answers_has_no_band(
    tmp_path: Path, content: Content, lang: str
) -> None:
    path = tmp_path / "thin.json"
    fb = [q.id for q in content.platform_by_id["facebook"].questions]
    answers = {fb[0]: content.questions[fb[0]].options[0].id}
    path.write_text(
        json.dumps(
            {
                "format": "huella-answers",
                "version": 1,
                "answers": answers,
                "platforms": ["facebook"],
            }
        ),
        encoding="utf-8",
    )
    r = run("score", str(path), "--json", "--lang", lang)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["band"] is None
    missing = data["band_missing"]
    assert missing["missing"][0]["platform"] == "facebook"
    assert missing["missing"][0]["answered"] == 1
    text = run("score", str(path), "--lang", lang).stdout
    low = next(b for b in content.ladder.bands if b.id == "low")
    assert low.meaning.get(lang) not in text
    assert ("Not enough answers" if lang == "en" else "no hay suficientes respuestas") in text
    # Every finding is explainable: answer, item, tier, source.
    f = data["tiers"][0]["items"][0]
    assert f["question"] in content.questions and f["sources"][0]["last_verified"]


def test_score_text_in_both_languages(answers_file: Path) -> None:
    en = run("score", str(answers_file))
    es = run("score", str(answers_file), "--lang", "es")
    assert en.returncode == es.returncode == 0
    assert "Your action plan" in en.stdout and "Free legal help" in en.stdout
    assert "Su plan de acción" in es.stdout and "Ayuda legal gratuita" in es.stdout
    assert "Citación administrativa" in es.stdout


def test_catalog_json_shape(content: Content) -> None:
    r = run("catalog", "--json", "--lang", "es")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [t["id"] for t in data["tiers"]] == list(TIER_ORDER)
    assert {p["id"] for p in data["platforms"]} == set(content.platform_by_id)
    for p in data["platforms"]:
        for it in p["items"]:
            assert it["tier"] in TIER_ORDER
            assert it["sources"]
            for s in it["sources"]:
                # the day it was read (None when the page itself could not be read), and the
                # date of the version read
                assert s["last_verified"] is None or len(s["last_verified"]) == 10
                assert s["as_of"] == "unknown" or s["as_of"][:4].isdigit()
        for a in p["actions"]:
            assert a["sources"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (None, "file not found"),
        (b"{not json", "not valid JSON (line 1"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "not a Huella answers file"),
        (b'{"format": "other", "version": 1, "answers": {}}', "not a Huella answers file"),
        (
            b'{"format": "huella-answers", "version": 9, "answers": {}}',
            "version 9 is not supported",
        ),
        (
            b'{"format": "huella-answers", "version": 1, "answers": {"nope": "x"}}',
            "unknown question",
        ),
        (b'{"format": "huella-answers", "version": 1, "answers": []}', "must be an object"),
        (b"[" * 100000, "nested too deeply"),
    ],
)
def test_bad_answers_one_clear_line(tmp_path: Path, body: bytes | None, expected: str) -> None:
    p = tmp_path / "in.json"
    if body is not None:
        p.write_bytes(body)
    r = run("score", str(p))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert expected in lines[0] and "Traceback" not in r.stderr


def test_unknown_option(tmp_path: Path, content: Content) -> None:
    qid = next(iter(content.questions))
    p = tmp_path / "in.json"
    p.write_text(json.dumps({"format": "huella-answers", "version": 1, "answers": {qid: "zz"}}))
    r = run("score", str(p))
    assert r.returncode == 2 and f"unknown option 'zz' for question '{qid}'" in r.stderr


def test_bad_arguments_exit_2() -> None:
    r = run("score")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = run("questions", "--lang", "fr")
    assert r.returncode == 2


def test_opening_the_app_imports_no_subcommand_module() -> None:
    """``privacy-audit`` alone (and with the app's own options) goes straight to the app:
    no subcommand module, no content, no scoring is imported first."""
    code = (
        "import sys, privacy_audit.cli as cli\n"
        "cli.run_gui = lambda **kw: 0\n"
        "assert cli.main([]) == 0 and cli.main(['--workshop', '--lang', 'es']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('privacy_audit')))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.replace("'", '"')) == [
        "privacy_audit",
        "privacy_audit.cli",
        "privacy_audit.errors",
    ]


def test_every_subcommand_declares_its_arguments_and_handler() -> None:
    import argparse

    from privacy_audit.cli import COMMANDS, declare

    for name in COMMANDS:
        p = argparse.ArgumentParser(prog=name)
        declare(name, p)
        assert callable(p.get_default("func")), name


def _launcher(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed console script *name* (as a desktop menu starts it), on this checkout."""
    exe = Path(sys.executable).parent / name
    assert exe.exists(), f"{name} is not installed in this environment"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env)


@pytest.mark.parametrize("name", ["huella", "privacy-audit"])
def test_both_launchers_take_the_apps_options(name: str) -> None:
    """``huella`` takes every option ``privacy-audit`` takes for the app (it once dropped
    them all and opened a saving window for a facilitator who asked for workshop mode)."""
    h = _launcher(name, "--help")
    assert h.returncode == 0, h.stderr
    for option in ("--workshop", "--lang {en,es}", "--version", "--help"):
        assert option in h.stdout, (name, option)
    v = _launcher(name, "--version")
    assert v.returncode == 0 and v.stdout.strip() == f"{name} {__version__}"
    bad = _launcher(name, "--lang", "fr")
    assert bad.returncode == 2 and "invalid choice: 'fr'" in bad.stderr
    assert "Traceback" not in bad.stderr
    # With the options but no display: the one clear sentence, not a Qt abort.
    gone = _launcher(name, "--workshop", "--lang", "es")
    assert gone.returncode == 1 and "no graphical display" in gone.stderr


def test_huella_passes_workshop_and_language_to_the_app() -> None:
    code = (
        "import privacy_audit.cli as cli\n"
        "seen = []\n"
        "cli.run_gui = lambda **kw: seen.append(kw) or 0\n"
        "assert cli.gui_main(['--workshop', '--lang', 'es']) == 0\n"
        "assert cli.gui_main([]) == 0\n"
        "print(seen)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[{'workshop': True, 'lang': 'es'}, {}]"


def test_a_step_under_one_point_says_so() -> None:
    """A step that moves the shown score by less than a point says so, instead of "30 → 30"
    reading as "nothing happened"."""
    path = str(Path(__file__).resolve().parents[2] / "examples" / "rosa.json")
    data = json.loads(run("score", path, "--json").stdout)
    before = data["overall"]
    small = []
    for step in data["plan"]:
        if step["shown_after"] == before:
            small.append(step["title"])
        before = step["shown_after"]
    assert small, "Rosa's plan has steps worth less than a point"
    text = run("score", path, "--lang", "es").stdout
    assert text.count("(menos de 1 punto)") == len(small)
