""" "Delete everything": afterwards nothing of Huella remains on disk or in the keyring."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import keyring
import keyring.backend
import pytest

from privacy_audit.content import Content
from privacy_audit.storage import (
    AuditStore,
    OtherKeyError,
    cache_dir,
    config_dir,
    data_dir,
    keys,
    settings_path,
    wipe_everything,
)

from .conftest import Dirs, answer_sets
from .scan import find_leaks

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacy_audit", *args],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def _everything(dirs: Dirs) -> list[Path]:
    return [p for d in dirs.all() for p in d.rglob("*")]


def test_wipe_leaves_nothing_on_disk_or_in_the_keyring(
    xdg: Dirs, real_keyring: keyring.backend.KeyringBackend, content: Content, tmp_path: Path
) -> None:
    marker = f"WipeMarker{uuid.uuid4().hex[:10]}"
    first, second = answer_sets(content)
    store = AuditStore(content=content)
    info = store.save(f"{marker} uno", first)
    store.save(f"{marker} uno", second, audit_id=info.id)  # a backup too
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(first.to_json()), encoding="utf-8")
    assert _cli("save", str(answers_file), "--name", f"{marker} dos").returncode == 0
    settings_path(create_dir=True).write_text(f"[ui]\nlast={marker}\n", encoding="utf-8")
    (cache_dir() / "thumbs").mkdir(parents=True)
    (cache_dir() / "thumbs" / "x.png").write_bytes(marker.encode())
    stuck = data_dir() / "read-only"
    stuck.mkdir()
    (stuck / "f").write_text(marker, encoding="utf-8")
    stuck.chmod(0o500)
    kept_copy = tmp_path / "copy-made-before.huella"
    shutil.copyfile(info.path, kept_copy)
    assert keyring.get_password(keys.SERVICE, keys.ACCOUNT) is not None

    refused = _cli("wipe")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert info.path.exists() and settings_path().exists()

    done = _cli("wipe", "--yes")
    assert done.returncode == 0, done.stderr
    assert "keyring entry: removed" in done.stdout

    assert _everything(xdg) == []
    for d in (data_dir(), config_dir(), cache_dir()):
        assert not d.exists()
    assert keyring.get_password(keys.SERVICE, keys.ACCOUNT) is None
    assert keyring.get_credential(keys.SERVICE, None) is None
    assert find_leaks(xdg.all(), marker) == []

    # A copy made before the wipe is useless now: its key is gone.
    fresh = AuditStore(content=content)
    assert fresh.list_audits() == []
    fresh.save("New", first)
    target = fresh.audits_dir / kept_copy.name.replace("copy-made-before", info.id)
    shutil.copyfile(kept_copy, target)
    with pytest.raises(OtherKeyError):
        fresh.load(info.id)


@pytest.mark.usefixtures("no_keyring")
def test_wipe_in_passphrase_mode_and_custom_folders(
    xdg: Dirs, content: Content, tmp_path: Path
) -> None:
    store = AuditStore(content=content)
    store.set_passphrase("a long passphrase")
    store.save("Rosa", answer_sets(content)[0])
    custom = AuditStore(tmp_path / "custom", content=content)
    custom.set_passphrase("another long passphrase")
    custom.save("Rosa", answer_sets(content)[0])
    report = wipe_everything(extra_dirs=(custom.base_dir,))
    # Without a secure keyring the wipe cannot know whether a key is left there (one may
    # have been made in a desktop session): it says so instead of reporting success.
    assert not report.ok and not report.keyring_entry_removed and report.errors == []
    assert report.keyring_unreachable is not None
    assert report.problems("en")[-1].startswith(
        "Huella could not reach the system keyring, so its key may still be there"
    )
    assert report.problems("es")[-1].startswith("Huella no pudo comunicarse con el llavero")
    assert set(report.removed_dirs) == {data_dir(), custom.base_dir}
    assert report.removed_files == 4  # two audits, two passphrase check files
    assert _everything(xdg) == [] and not custom.base_dir.exists()
    again = wipe_everything(keyring_entry=False)
    assert again.ok and again.removed_dirs == [] and again.removed_files == 0
