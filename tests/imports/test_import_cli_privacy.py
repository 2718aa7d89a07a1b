"""``privacy-audit import``, the tables as data, and other people's details never copied."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import dl_synth as synth
import pytest

from privacy_audit.content import Content
from privacy_audit.errors import ContentError
from privacy_audit.imports import PLATFORMS, read_download
from privacy_audit.imports.tables import load_tables, match_pattern, norm_name, tables_dir
from privacy_audit.paths import content_dir

BUILDERS = {
    "facebook_2022": synth.facebook_2022,
    "facebook_2024": synth.facebook_2024,
    "facebook_label_values": synth.facebook_label_values,
    "instagram_2022": synth.instagram_2022,
    "instagram_2025": synth.instagram_2025,
    "google": synth.google_takeout,
    "x": synth.x_archive,
    "tiktok_2022": lambda d: synth.tiktok_zip(d, synth.tiktok_2022()),
    "tiktok_2024": lambda d: synth.tiktok_zip(d, synth.tiktok_2024(), "user_data_tiktok.json"),
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacy_audit", *args], capture_output=True, text=True
    )


# -- the command line -----------------------------------------------------------------------


def test_cli_json(tmp_path: Path, content: Content) -> None:
    r = run("import", str(synth.instagram_2022(tmp_path)), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["platform"], data["format_version"]) == ("instagram", "2021-22")
    assert data["proposed_answers"]["ig_account_private"] == "private"
    ids = {f["id"] for f in data["findings"]}
    assert {"emails", "phones", "followers", "posts"} <= ids
    for f in data["findings"]:
        assert f["text"]["en"] and f["text"]["es"] and f["text"]["en"] != f["text"]["es"]


def test_cli_text_in_spanish_names_questions_and_suggestions(
    tmp_path: Path, content: Content
) -> None:
    r = run("import", str(synth.instagram_2022(tmp_path)), "--lang", "es")
    assert r.returncode == 0, r.stderr
    q = content.questions["ig_account_private"]
    assert q.text.es in r.stdout
    private = next(o for o in q.options if o.id == "private")
    assert f"Respuesta sugerida: {private.text.es}" in r.stdout


@pytest.mark.parametrize("kind", ["not_download", "traversal", "missing"])
def test_cli_refuses_with_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    if kind == "not_download":
        path = synth.write_zip(tmp_path / "x.zip", {"a.txt": "hi"})
    elif kind == "traversal":
        path = synth.write_zip(tmp_path / "x.zip", {"../../etc/x.json": "{}"})
    else:
        path = tmp_path / "nope.zip"
    r = run("import", str(path), "--json")
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("privacy-audit: "), r.stderr
    assert "Traceback" not in r.stderr


# -- other people's details are counted, never copied ----------------------------------------


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_no_other_persons_details_in_findings(tmp_path: Path, name: str) -> None:
    path = BUILDERS[name](tmp_path)
    with zipfile.ZipFile(path) as zf:
        raw = b"".join(zf.read(n) for n in zf.namelist())
    result = read_download(path)
    out = json.dumps(result.to_json(), ensure_ascii=False) + repr(result)
    for lang in ("en", "es"):
        out += "".join(f.text(lang) for f in result.findings)
    present = [
        p
        for p in synth.OTHER_PEOPLE
        if p.encode() in raw
        or synth.meta(p).encode("latin-1") in raw
        or json.dumps(synth.meta(p)).strip('"').encode() in raw
        or json.dumps(p).strip('"').encode() in raw
    ]
    for person in synth.OTHER_PEOPLE:
        assert person not in out, (name, person)
        if person[0].isalpha() and " " in person:  # a first name alone is not copied either
            assert person.split()[0] not in out, (name, person)
    # The archives really hold other people's details (the test would prove nothing otherwise).
    if name.startswith(("facebook", "instagram_2022", "x", "tiktok_2022")):
        assert present, name


def test_friends_list_names_never_reach_findings(tmp_path: Path) -> None:
    names = [f"Amiga Número {i} Ñandú" for i in range(50)]
    files = synth._fb_common("", "2022")
    files["friends_and_followers/friends.json"] = synth.meta_json(
        {"friends_v2": [{"name": n, "timestamp": synth.T0 + i} for i, n in enumerate(names)]}
    )
    result = read_download(synth.write_zip(tmp_path / "fb.zip", files))
    friends = next(f for f in result.findings if f.id == "friends")
    assert friends.count == 50 and friends.values == ()
    out = json.dumps(result.to_json(), ensure_ascii=False) + repr(result)
    assert not any(n in out or n.split()[0] in out for n in names)
    assert "Ñandú" not in out


# -- the tables are data with a schema -------------------------------------------------------


def test_tables_load_for_every_platform(content: Content) -> None:
    tables = load_tables()
    assert tuple(tables) == PLATFORMS
    for pid, t in tables.items():
        assert pid in content.platform_by_id  # the platform ids are the content's
        assert t.sections and t.formats and t.markers
        for s in t.sections.values():
            assert s.source, (pid, s.id)
        assert t.html_hint.en != t.html_hint.es
    # the main content loader only reads checks/*.toml: the subfolder stays out of it
    assert (content_dir() / "exports").is_dir()
    assert not any(p.parent.name == "exports" for p in content_dir().glob("*.toml"))


def test_table_problems_are_named(tmp_path: Path) -> None:
    root = tmp_path / "checks"
    shutil.copytree(tables_dir(), root / "exports")
    bad = root / "exports" / "x.toml"
    text = bad.read_text(encoding="utf-8")
    text = text.replace('["account.js"]\nkind = "js"', '["account.js"]\nkind = "jss"', 1).replace(
        'id = "account"', 'id = "Account"\nbogus = 1', 1
    )
    bad.write_text(text, encoding="utf-8")
    (root / "exports" / "tiktok.toml").unlink()
    with pytest.raises(ContentError) as info:
        load_tables(root)
    problems = "\n".join(info.value.problems)
    assert "x.toml: sections[0]: kind" in problems
    assert "x.toml: sections[0]: id: must be lowercase snake_case" in problems
    assert "x.toml: sections[0]: bogus: not a field" in problems
    assert "tiktok.toml is missing" in problems


def test_a_changed_table_follows_format_drift(tmp_path: Path) -> None:
    """A content pack can teach the importer a renamed file without a new release."""
    files = synth._fb_common("", "2022")
    files["friends_and_followers/your_friends_renamed.json"] = files.pop(
        "friends_and_followers/friends.json"
    )
    path = synth.write_zip(tmp_path / "fb.zip", files)
    assert not any(f.id == "friends" for f in read_download(path).findings)
    root = tmp_path / "checks"
    shutil.copytree(tables_dir(), root / "exports")
    fb = root / "exports" / "facebook.toml"
    fb.write_text(
        fb.read_text(encoding="utf-8").replace(
            '"friends_and_followers/friends.json"]',
            '"friends_and_followers/friends.json", "your_friends_renamed.json"]',
        ),
        encoding="utf-8",
    )
    result = read_download(path, tables=load_tables(root))
    assert next(f for f in result.findings if f.id == "friends").count == 3
    # the same through the guides in use (an applied content pack's folder)
    result = read_download(path, content_root=root)
    assert next(f for f in result.findings if f.id == "friends").count == 3
    # a pack whose tables fail their checks is not used: the bundled tables are
    (root / "exports" / "x.toml").write_text("format = 1", encoding="utf-8")
    result = read_download(path, content_root=root)
    assert not any(f.id == "friends" for f in result.findings)
    assert result.platform == "facebook"


def test_path_patterns() -> None:
    parts = tuple(
        norm_name("fb-2024/Your_Facebook_Activity/pages/pages_you've_liked.json").split("/")
    )
    assert match_pattern("pages/pages_you_ve_liked.json", parts)
    assert match_pattern("pages/pages_you've_liked.json", parts)
    assert match_pattern("your_facebook_activity/", parts)
    assert not match_pattern("pages_you've_liked.json/", parts)
    assert not match_pattern("posts/pages_you've_liked.json", parts)
    assert match_pattern(
        "*/[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]_*.json",
        ("takeout", "historial", "2023", "2023_enero.json"),
    )
