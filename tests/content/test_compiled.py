"""The pre-validated copy of the built-in content (``checks/_compiled.jsonl``).

The app starts from it without pydantic; it must be exactly what validating the TOML gives,
be used only while it still matches the TOML, and never for another content folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_audit.content import compiled, load_content
from privacy_audit.content.loader import compile_content, write_compiled
from privacy_audit.paths import content_dir

ROOT = Path(__file__).resolve().parents[2]


def test_committed_copy_is_up_to_date() -> None:
    committed = (content_dir() / compiled.COMPILED_FILE).read_text(encoding="utf-8")
    assert committed == compile_content(), (
        "checks/_compiled.jsonl is out of date: run `privacy-audit check-content --compile`"
    )
    assert compiled.is_current(content_dir())


def test_copy_gives_exactly_the_validated_content() -> None:
    fast = load_content()
    validated = load_content(compiled=False)
    assert fast.ladder == validated.ladder
    assert fast.platforms == validated.platforms
    assert fast.personas == validated.personas
    assert fast.items == validated.items and fast.actions == validated.actions
    assert (
        fast.options == validated.options and fast.question_platform == validated.question_platform
    )


def test_app_start_path_loads_content_without_pydantic_or_toml() -> None:
    code = (
        "import sys; from privacy_audit.content import load_content; c = load_content(); "
        "print(len(c.questions), sorted(m for m in ('pydantic', 'tomli', 'tomllib') "
        "if m in sys.modules))"
    )
    out = subprocess.check_output([sys.executable, "-c", code], text=True, cwd=ROOT)
    count, loaded = out.split(" ", 1)
    assert int(count) == len(load_content().questions)
    assert loaded.strip() == "[]"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the built-in content, with its compiled copy."""
    dest = tmp_path / "checks"
    shutil.copytree(content_dir(), dest)
    return dest


def test_an_edited_toml_makes_the_copy_stale(folder: Path) -> None:
    assert compiled.read(folder) is not None
    path = folder / "signal.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert compiled.read(folder) is None
    assert not compiled.is_current(folder)
    write_compiled(folder)
    assert compiled.is_current(folder) and compiled.read(folder) is not None


@pytest.mark.parametrize(
    "damage",
    ["truncate", "garbage", "not_entries", "unknown_field", "missing", "schema_changed"],
)
def test_a_damaged_copy_falls_back_to_the_toml(
    folder: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The built-in folder with a damaged copy still loads, from its TOML, with no error."""
    path = folder / compiled.COMPILED_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if damage == "truncate":
        path.write_text("".join(lines[:3]) + lines[3][:50], encoding="utf-8")
    elif damage == "garbage":
        path.write_bytes(b"\x00\xff" * 100)
    elif damage == "not_entries":
        i = next(i for i, line in enumerate(lines) if json.loads(line).get("kind") == "platform")
        entry = json.loads(lines[i])
        entry["data"]["items"] = "nope"
        lines[i] = json.dumps(entry) + "\n"
        path.write_text("".join(lines), encoding="utf-8")
    elif damage == "unknown_field":
        entry = json.loads(lines[1])
        entry["data"]["surprise"] = 1
        lines[1] = json.dumps(entry) + "\n"
        path.write_text("".join(lines), encoding="utf-8")
    elif damage == "missing":
        path.unlink()
    elif damage == "schema_changed":
        header = json.loads(lines[0])
        header["digest"]["schema"] = "00000000"
        lines[0] = json.dumps(header) + "\n"
        path.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setattr("privacy_audit.paths.content_dir", lambda: folder)
    loaded = load_content()
    assert loaded.root == folder
    assert loaded.platforms == load_content(compiled=False).platforms


def test_copy_is_never_used_for_another_folder(folder: Path) -> None:
    """A folder that is not the built-in one is always validated from its TOML, even when it
    carries a compiled copy that claims to match."""
    path = folder / compiled.COMPILED_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entry = json.loads(lines[1])  # the ladder
    entry["data"]["scale_points"] = 1.0
    lines[1] = json.dumps(entry) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    assert compiled.is_current(folder)  # same TOML: the header still matches
    assert (
        load_content(folder).ladder.scale_points == load_content(compiled=False).ladder.scale_points
    )


def test_check_content_validates_toml_and_writes_the_copy(folder: Path) -> None:
    (folder / compiled.COMPILED_FILE).unlink()
    cli = [sys.executable, "-m", "privacy_audit", "check-content"]
    out = subprocess.run([*cli, str(folder), "--compile"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "Wrote" in out.stdout and compiled.is_current(folder)
    bad = folder / "signal.toml"
    bad.write_text(bad.read_text(encoding="utf-8").replace('id = "signal"', 'id = "Signal!"', 1))
    out = subprocess.run([*cli, str(folder), "--compile"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2 and "signal.toml" in out.stderr and "Traceback" not in out.stderr
    assert not compiled.is_current(folder)  # nothing written for invalid content
