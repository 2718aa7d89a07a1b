"""Content loading: the real content validates; every kind of malformed file gets a clear,
located message (file, entry, field) and never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from privacy_audit.content import TIER_ORDER, Content, load_content
from privacy_audit.errors import ContentError


def test_real_content_loads(content: Content) -> None:
    assert [t.id for t in content.ladder.tiers] == list(TIER_ORDER)
    assert content.platforms, "no platform files loaded"
    assert content.questions and content.items and content.actions


def test_mini_content_loads(mini_dir: Path) -> None:
    c = load_content(mini_dir)
    assert set(c.questions) == {"mini_posts_q", "mini_phone_q"}
    assert c.item_platform["mini_phone"] == "mini"
    assert c.source("mini", "mini_le").url == "https://example.org/le"
    assert c.source("mini", "usc2703").kind == "statute"


def _problems(d: Path) -> list[str]:
    with pytest.raises(ContentError) as exc:
        load_content(d)
    return exc.value.problems


def _edit(d: Path, old: str, new: str, count: int = 1) -> None:
    p = d / "mini.toml"
    text = p.read_text(encoding="utf-8")
    assert old in text, old
    p.write_text(text.replace(old, new, count), encoding="utf-8")


def test_missing_spanish_names_file_entry_and_field(mini_dir: Path) -> None:
    _edit(
        mini_dir,
        'text = { en = "Is your phone on it?", es = "¿Su teléfono está ahí?" }',
        'text = { en = "Is your phone on it?" }',
    )
    (msg,) = _problems(mini_dir)
    assert msg.startswith("mini.toml: ")
    assert "questions[1] (id 'mini_phone_q')" in msg
    assert "'text.es'" in msg


def test_missing_option_translation_names_the_option(mini_dir: Path) -> None:
    _edit(
        mini_dir, 'text = { en = "Friends", es = "Amigos" }', 'text = { en = "Friends", es = "" }'
    )
    (msg,) = _problems(mini_dir)
    assert "options[1] (id 'friends')" in msg and "'text.es'" in msg


def test_invalid_toml_names_file_and_line(mini_dir: Path) -> None:
    _edit(mini_dir, 'id = "mini_posts"', 'id = "mini_posts')
    (msg,) = _problems(mini_dir)
    assert msg.startswith("mini.toml: not valid TOML") and "line" in msg


def test_unknown_item_tier_source_and_option(mini_dir: Path) -> None:
    _edit(mini_dir, 'exposes = [{ item = "mini_phone" }]', 'exposes = [{ item = "mini_nope" }]')
    _edit(mini_dir, 'sources = ["mini_le"]\n\n[[questions]]', 'sources = ["nope"]\n\n[[questions]]')
    _edit(mini_dir, 'sets = { mini_phone_q = "no" }', 'sets = { mini_phone_q = "never" }')
    problems = "\n".join(_problems(mini_dir))
    assert "exposes unknown item 'mini_nope'" in problems
    assert "unknown source 'nope'" in problems
    assert "unknown question/option 'mini_phone_q' = 'never'" in problems


def test_bad_tier_value(mini_dir: Path) -> None:
    _edit(mini_dir, 'tier = "warrant"', 'tier = "maybe"')
    (msg,) = _problems(mini_dir)
    assert "items[0] (id 'mini_posts')" in msg and "'tier'" in msg


def test_question_without_not_sure_option(mini_dir: Path) -> None:
    text = (mini_dir / "mini.toml").read_text(encoding="utf-8")
    head, tail = text.split('[[questions]]\nid = "mini_phone_q"')
    tail = tail.replace("unsure = true\n", "", 1)
    (mini_dir / "mini.toml").write_text(head + '[[questions]]\nid = "mini_phone_q"' + tail, "utf-8")
    assert any("needs a 'not sure' option" in p for p in _problems(mini_dir))


def test_action_that_removes_nothing(mini_dir: Path) -> None:
    _edit(mini_dir, 'sets = { mini_posts_q = "friends" }', 'sets = { mini_posts_q = "public" }')
    assert any("(id 'mini_friends'): removes nothing" in p for p in _problems(mini_dir))


def test_source_without_last_verified(mini_dir: Path) -> None:
    _edit(mini_dir, "last_verified = 2026-11-01\nkind", "kind")
    (msg,) = _problems(mini_dir)
    assert "sources" in msg and "last_verified" in msg


def test_unread_source_says_why_in_its_note(mini_dir: Path) -> None:
    _edit(
        mini_dir,
        "last_verified = 2026-11-01\nkind",
        'as_of = "unknown"\nnote = "Not read: quoted by the catalog."\nkind',
    )
    content = load_content(mini_dir)
    src = content.source("mini", "mini_le")
    assert src.last_verified is None and src.as_of == "unknown"


def test_unknown_as_of_needs_a_note(mini_dir: Path) -> None:
    _edit(
        mini_dir,
        "last_verified = 2026-11-01\nkind",
        'last_verified = 2026-11-01\nas_of = "unknown"\nkind',
    )
    (msg,) = _problems(mini_dir)
    assert "as_of" in msg and "note" in msg


@pytest.mark.parametrize("written", ['"2019"', '"2019-03"', '"2019-03-14"'])
def test_as_of_may_be_a_year_month_or_day(mini_dir: Path, written: str) -> None:
    _edit(
        mini_dir,
        "last_verified = 2026-11-01\nkind",
        f"last_verified = 2026-11-01\nas_of = {written}\nkind",
    )
    assert load_content(mini_dir).source("mini", "mini_le").as_of == written.strip('"')


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2026-11-01T10:00:00", "not a date and time"),
        ('"2026-13-01"', "YYYY-MM-DD"),
        ('"1 Nov 2026"', "YYYY-MM-DD"),
        ('"20261101"', "YYYY-MM-DD"),
    ],
)
def test_last_verified_must_be_a_calendar_date(mini_dir: Path, written: str, problem: str) -> None:
    _edit(mini_dir, "last_verified = 2026-11-01\nkind", f"last_verified = {written}\nkind")
    (msg,) = _problems(mini_dir)
    assert "last_verified" in msg and problem in msg


def test_last_verified_is_kept_as_iso_text(mini_dir: Path) -> None:
    _edit(mini_dir, "last_verified = 2026-11-01\nkind", 'last_verified = "2026-10-31"\nkind')
    content = load_content(mini_dir)
    dates = {s.last_verified for pf in content.platforms for s in pf.sources.values()}
    assert "2026-10-31" in dates
    assert all(isinstance(d, str) and len(d) == 10 for d in dates)


def test_missing_ladder(mini_dir: Path) -> None:
    (mini_dir / "_ladder.toml").unlink()
    assert any("_ladder.toml: missing" in p for p in _problems(mini_dir))


def test_platform_id_must_match_file(mini_dir: Path) -> None:
    (mini_dir / "mini.toml").rename(mini_dir / "other.toml")
    assert any("must match the file name 'other'" in p for p in _problems(mini_dir))


def test_binary_garbage_file(mini_dir: Path) -> None:
    (mini_dir / "junk.toml").write_bytes(b"\xff\xfe\x00garbage")
    assert any(p.startswith("junk.toml: ") for p in _problems(mini_dir))


def test_check_content_cli_reports_without_traceback(mini_dir: Path) -> None:
    _edit(mini_dir, 'es = "Amigos"', 'es = ""')
    r = subprocess.run(
        [sys.executable, "-m", "privacy_audit", "check-content", str(mini_dir)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "mini.toml" in r.stderr and "text.es" in r.stderr


def test_check_content_cli_ok(mini_dir: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "privacy_audit", "check-content", str(mini_dir)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("OK: 1 platform")
