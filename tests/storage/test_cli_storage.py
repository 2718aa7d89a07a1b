"""The storage subcommands: save, audits, export, delete, wipe (in-process, in-memory keyring)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacy_audit.cli import main
from privacy_audit.content import Content
from privacy_audit.storage import AuditStore, data_dir

from .conftest import Dirs, MemoryKeyring, answer_sets


@pytest.fixture
def files(xdg: Dirs, memory_keyring: MemoryKeyring, content: Content, tmp_path: Path) -> list[Path]:
    out = []
    for i, answers in enumerate(answer_sets(content)):
        path = tmp_path / f"answers{i}.json"
        path.write_text(json.dumps(answers.to_json()), encoding="utf-8")
        out.append(path)
    return out


def _audits(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["audits", "--json"]) == 0
    data: list[dict[str, object]] = json.loads(capsys.readouterr().out)["audits"]
    return data


def test_save_list_export_delete(
    files: list[Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["save", str(files[0]), "--name", "Rosa ñ"]) == 0
    assert 'Saved "Rosa ñ"' in capsys.readouterr().out
    assert main(["save", str(files[1]), "--name", "ROSA Ñ"]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--replace" in err and "Traceback" not in err
    assert main(["save", str(files[1]), "--name", "rosa ñ", "--replace", "--lang", "es"]) == 0
    assert "Se guardó" in capsys.readouterr().out
    [audit] = _audits(capsys)
    assert audit["name"] == "rosa ñ" and audit["damaged"] is False and audit["has_backup"] is True

    out = tmp_path / "exported.json"
    assert main(["export", "Rosa Ñ", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(files[1].read_text("utf-8"))
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert main(["export", "Rosa Ñ", "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["export", "nadie", "-o", "-"]) == 2
    assert 'no saved audit "nadie"' in capsys.readouterr().err

    assert main(["delete", "ROSA ñ"]) == 0
    assert _audits(capsys) == []
    assert list((data_dir() / "audits").iterdir()) == []


def test_a_damaged_audit_is_listed_and_deleted_by_id(
    files: list[Path], capsys: pytest.CaptureFixture[str], content: Content
) -> None:
    assert main(["save", str(files[0]), "--name", "Good"]) == 0
    assert main(["save", str(files[1]), "--name", "Bad"]) == 0
    bad = AuditStore(content=content).find("Bad")
    bad.path.write_bytes(bad.path.read_bytes()[:-1])
    capsys.readouterr()
    assert main(["audits", "--lang", "es"]) == 0
    text = capsys.readouterr().out
    assert "Good" in text and f"[DAÑADA] {bad.id}: {bad.path}" in text
    listed = _audits(capsys)
    assert [a["damaged"] for a in listed] == [False, True]
    assert listed[1]["file"] == str(bad.path) and "damaged" in str(listed[1]["message"])
    assert main(["export", "Bad", "-o", "-"]) == 2
    assert "(damaged: 1)" in capsys.readouterr().err
    assert main(["delete", bad.id]) == 0
    assert [a["name"] for a in _audits(capsys)] == ["Good"]


def test_bad_answers_file_is_one_clear_line(
    files: list[Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["save", str(broken), "--name", "X"]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "not valid JSON" in err and len(err.strip().splitlines()) == 1
    assert not (data_dir() / "audits").exists()


def test_wipe_needs_confirmation(files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["save", str(files[0]), "--name", "Rosa"]) == 0
    assert main(["wipe", "--lang", "es"]) == 2  # stdin is not a terminal under pytest
    assert "--yes" in capsys.readouterr().err
    assert data_dir().exists()
    assert main(["wipe", "--yes"]) == 0
    assert not data_dir().exists()
