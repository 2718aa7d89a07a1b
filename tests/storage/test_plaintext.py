"""No plaintext anywhere: a marker in the audit's name, and its answers, never reach the data,
config, cache or temp folders, in any common encoding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import keyring.backend
import pytest

from privacy_audit.content import Content
from privacy_audit.scoring.answers import Answers
from privacy_audit.storage import AuditStore

from .conftest import Dirs
from .scan import find_leaks

ROOT = Path(__file__).resolve().parents[2]


def _marker() -> str:
    return f"HuellaMarker{uuid.uuid4().hex[:12]}ñ"


def _answer_markers(answers: Answers) -> list[str]:
    """Question ids and the answers' JSON: distinctive strings that must stay encrypted."""
    qids = [q for q in answers.answers if len(q) >= 8]
    return [*qids, json.dumps(dict(answers.answers), separators=(",", ":"))[1:40]]


def _exercise(store: AuditStore, content: Content, marker: str, tmp_path: Path) -> Answers:
    pairs = [(qid, q.options[0].id) for qid, q in content.questions.items()]
    answers = Answers(dict(pairs[:8]))
    info = store.save(f"Audit of {marker} / ñ", answers, lang="es")
    store.save(f"Audit of {marker} / ñ", answers, audit_id=info.id)  # makes the backup
    store.rename(info.id, f"Renamed {marker}")
    store.save(f"Second {marker}", Answers(dict(pairs[3:6])))
    for audit in store.list_audits():
        store.load(audit.id)
    answers_file = tmp_path / "outside" / "answers.json"
    answers_file.parent.mkdir()
    answers_file.write_text(json.dumps(answers.to_json()), encoding="utf-8")
    cli = [sys.executable, "-m", "privacy_audit"]
    run = dict(cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=60)
    out = subprocess.run([*cli, "save", str(answers_file), "--name", f"CLI {marker}"], **run)
    assert out.returncode == 0, out.stderr
    out = subprocess.run([*cli, "audits", "--json"], **run)
    assert out.returncode == 0 and out.stdout.count(marker) == 3, out.stderr
    out = subprocess.run([*cli, "export", f"CLI {marker}", "-o", "-"], **run)
    assert out.returncode == 0 and json.loads(out.stdout) == answers.to_json(), out.stderr
    return answers


def test_no_plaintext_with_the_keyring(
    xdg: Dirs, real_keyring: keyring.backend.KeyringBackend, content: Content, tmp_path: Path
) -> None:
    marker = _marker()
    answers = _exercise(AuditStore(content=content), content, marker, tmp_path)
    assert any(xdg.data.rglob("*.huella")), "nothing was saved, so nothing was checked"
    for needle in [marker, *_answer_markers(answers)]:
        assert find_leaks(xdg.all(), needle) == []


@pytest.mark.usefixtures("no_keyring")
def test_no_plaintext_with_a_passphrase(
    xdg: Dirs, content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = _marker()
    passphrase = f"pass {marker}"
    monkeypatch.setenv("HUELLA_PASSPHRASE", passphrase)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no keyring for the CLI
    store = AuditStore(content=content)
    store.set_passphrase(passphrase)
    answers = _exercise(store, content, marker, tmp_path)
    assert (xdg.data / "huella" / "passphrase.huella").is_file()
    for needle in [marker, passphrase, *_answer_markers(answers)]:
        assert find_leaks(xdg.all(), needle) == []


def test_the_scan_finds_planted_leaks(tmp_path: Path) -> None:
    import base64

    marker = _marker()
    raw = marker.encode()
    plants = {
        "a.txt": raw,
        "b.bin": b"\x00" + marker.encode("utf-16-le") + b"\x00",
        "c.bin": marker.encode("utf-16-be"),
        "d.b64": b"xx" + base64.b64encode(b"ab" + raw + b"z"),
        "e.b64": base64.urlsafe_b64encode(b"q" + raw),
        "f.hex": raw.hex().encode(),
    }
    for i, (name, data) in enumerate(plants.items()):
        (tmp_path / f"{i}").mkdir()
        (tmp_path / f"{i}" / name).write_bytes(data)
    (tmp_path / f"x{marker}").mkdir()
    leaks = find_leaks([tmp_path], marker)
    for name in plants:
        assert any(f"/{name}:" in leak for leak in leaks), name
    assert any("in the file name" in leak for leak in leaks)
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "other.txt").write_bytes(b"nothing to see " * 10)
    assert find_leaks([tmp_path / "clean"], marker) == []
