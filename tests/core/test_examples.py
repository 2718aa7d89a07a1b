"""The example people: examples/<id>.json equal the personas in checks/_personas.toml, score
as docs/scoring.md says, and print in both languages through the CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.scoring.answers import load_answers_file
from privacy_audit.scoring.engine import Scorer, shown

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {"rosa", "daniel", "mei", "organiser"}


def test_the_design_personas_exist(content: Content) -> None:
    assert {p.id for p in content.personas} >= EXPECTED


def test_examples_equal_personas(content: Content) -> None:
    for p in content.personas:
        path = ROOT / "examples" / f"{p.id}.json"
        answers = load_answers_file(path, content)
        assert dict(answers.answers) == p.answers, p.id
        assert answers.platforms == tuple(p.platforms), p.id


def test_personas_answer_every_question_of_their_platforms(content: Content) -> None:
    for p in content.personas:
        for pid in p.platforms:
            missing = [q.id for q in content.platform_by_id[pid].questions if q.id not in p.answers]
            assert not missing, f"{p.id}: {missing}"


def _documented_scores() -> dict[str, int]:
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    return {m[0]: int(m[1]) for m in re.findall(r"^\| `(\w+)` \| \w[^|]* \| (\d+) \|", text, re.M)}


def test_personas_score_as_documented(content: Content, scorer: Scorer) -> None:
    documented = _documented_scores()
    actual = {
        p.id: scorer.score(load_answers_file(ROOT / "examples" / f"{p.id}.json", content)).score
        for p in content.personas
    }
    assert documented == actual, "update the table in docs/scoring.md section 6"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_cli_prints_each_persona(lang: str) -> None:
    for path in sorted((ROOT / "examples").glob("*.json")):
        r = subprocess.run(
            [sys.executable, "-m", "privacy_audit", "score", str(path), "--lang", lang],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0, r.stderr
        heading = "Your action plan" if lang == "en" else "Su plan de acción"
        assert heading in r.stdout
        data = json.loads(
            subprocess.run(
                [sys.executable, "-m", "privacy_audit", "score", str(path), "--json"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        assert data["plan"], f"{path.name}: an example person should have steps to take"


def test_first_three_steps_matter_and_each_moves_the_number(
    content: Content, scorer: Scorer
) -> None:
    """The heart of the plan: for every example person, "start with these three" carries at
    least a third of everything the plan can do, and each of the three visibly changes the
    score the person sees."""
    for p in content.personas:
        answers = load_answers_file(ROOT / "examples" / f"{p.id}.json", content)
        before = scorer.score(answers)
        plan = scorer.plan(answers)
        assert len(plan) >= 3, p.id
        whole = before.overall - plan[-1].cumulative_score
        first_three = before.overall - plan[2].cumulative_score
        assert first_three >= whole / 3, (p.id, first_three, whole)
        shown_before = before.score
        for step in plan[:3]:
            now = shown(step.cumulative_score)
            assert now < shown_before, (p.id, step.action, shown_before, now)
            assert step.changes, (p.id, step.action)
            shown_before = now


def test_documented_plan_columns_are_true(content: Content, scorer: Scorer) -> None:
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| [^|]* \| (\d+) \| (\w+) \| (\d+) \| (\d+) \|", text, re.M)
    assert {r[0] for r in rows} == {p.id for p in content.personas}
    for pid, score, band, three, whole in rows:
        answers = load_answers_file(ROOT / "examples" / f"{pid}.json", content)
        report = scorer.score(answers)
        plan = scorer.plan(answers)
        assert (report.score, report.band) == (int(score), band), pid
        assert shown(plan[2].cumulative_score) == int(three), pid
        assert shown(plan[-1].cumulative_score) == int(whole), pid
