"""The audit store: save/load/list/rename/delete, backups, damaged files, permissions.

These use a small in-memory keyring so they run fast; the real Secret Service is exercised
in test_keyring.py, the passphrase path in test_passphrase.py.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.storage import (
    AuditNotFoundError,
    AuditStore,
    DamagedAuditError,
    DuplicateNameError,
    InvalidLanguageError,
    InvalidNameError,
    KeyStatus,
    OtherKeyError,
    crypto,
    data_dir,
    payload,
)
from privacy_audit.storage.errors import AuditNotFoundAmongDamagedError

from .conftest import Dirs, MemoryKeyring, answer_sets

NAME = "Rosa Martínez / taller ñ ✓"


@pytest.fixture
def store(xdg: Dirs, memory_keyring: MemoryKeyring, content: Content) -> AuditStore:
    return AuditStore(content=content)


def test_round_trip_keeps_everything(store: AuditStore, content: Content) -> None:
    first, _ = answer_sets(content)
    actions = list(content.actions)[:2]
    info = store.save(NAME, first, done_actions=actions, lang="es")
    assert store.key_status() is KeyStatus.KEYRING
    assert info.path.parent == data_dir() / "audits"
    saved = store.load(info.id)
    assert saved.info.name == NAME
    assert saved.answers == first
    assert saved.lang == "es"
    assert saved.done_actions == tuple(actions)
    assert saved.dropped == ()
    assert [i.name for i in store.list_audits()] == [NAME]


def test_file_names_are_random_ids_never_the_name(store: AuditStore, content: Content) -> None:
    first, _ = answer_sets(content)
    info = store.save("../../etc/passwd", first)
    store.save(info.name, first, audit_id=info.id)  # second save makes the backup
    names = sorted(p.name for p in store.audits_dir.iterdir())
    assert names == [f"{info.id}.huella", f"{info.id}.huella.bak"]
    assert len(info.id) == 32 and int(info.id, 16) >= 0
    assert not (store.base_dir.parent / "etc").exists()


def test_folders_are_0700_and_files_0600(store: AuditStore, content: Content) -> None:
    first, second = answer_sets(content)
    info = store.save(NAME, first)
    store.save(NAME, second, audit_id=info.id)
    for d in (store.base_dir, store.audits_dir):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d
    files = list(store.audits_dir.iterdir())
    assert len(files) == 2
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_folders_already_there_are_made_private(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content
) -> None:
    audits = data_dir() / "audits"
    audits.mkdir(parents=True, mode=0o755)
    os.chmod(data_dir(), 0o755)
    os.chmod(audits, 0o755)
    AuditStore(content=content).save(NAME, answer_sets(content)[0])
    assert stat.S_IMODE(audits.stat().st_mode) == 0o700


def test_update_keeps_created_and_backs_up_previous(store: AuditStore, content: Content) -> None:
    first, second = answer_sets(content)
    info = store.save(NAME, first)
    time.sleep(0.01)
    updated = store.save(NAME, second, audit_id=info.id)
    assert updated.id == info.id
    assert updated.created == info.created
    assert updated.modified is not None and info.modified is not None
    assert updated.modified > info.modified
    assert store.load(info.id).answers == second
    assert updated.has_backup
    # The backup is the previous version: damage the main file and restore it.
    info.path.write_bytes(b"garbage")
    restored = store.restore_backup(info.id)
    assert restored.name == NAME
    assert store.load(info.id).answers == first


def test_names_are_unique_ignoring_case_and_accent_form(
    store: AuditStore, content: Content
) -> None:
    first, second = answer_sets(content)
    info = store.save("José", first)
    with pytest.raises(DuplicateNameError, match="already exists"):
        store.save("JOSE\u0301", second)  # same name, upper case and decomposed accent
    replaced = store.save("josé", second, replace=True)
    assert replaced.id == info.id
    assert len(store.list_audits()) == 1
    assert store.load(info.id).answers == second
    assert store.find("JOSÉ").id == info.id


def test_rename(store: AuditStore, content: Content) -> None:
    first, _ = answer_sets(content)
    a = store.save("Uno", first)
    store.save("Dos", first)
    with pytest.raises(DuplicateNameError):
        store.rename(a.id, "dos")
    renamed = store.rename(a.id, "Tres")
    assert renamed.name == "Tres" and renamed.created == a.created
    assert sorted(i.name for i in store.list_audits()) == ["Dos", "Tres"]
    assert store.load(a.id).answers == first


@pytest.mark.parametrize("bad", ["", "   ", "two\nlines", "tab\there", "x" * 201])
def test_unusable_names_are_refused(store: AuditStore, content: Content, bad: str) -> None:
    with pytest.raises(InvalidNameError):
        store.save(bad, answer_sets(content)[0])
    assert not store.audits_dir.exists()


def test_unknown_language_is_refused(store: AuditStore, content: Content) -> None:
    with pytest.raises(InvalidLanguageError):
        store.save(NAME, answer_sets(content)[0], lang="fr")


def test_delete_removes_audit_and_backup(store: AuditStore, content: Content) -> None:
    first, second = answer_sets(content)
    a = store.save("A", first)
    store.save("A", second, audit_id=a.id)
    b = store.save("B", first)
    store.delete(a.id)
    assert sorted(p.name for p in store.audits_dir.iterdir()) == [f"{b.id}.huella"]
    with pytest.raises(AuditNotFoundError):
        store.delete(a.id)
    with pytest.raises(AuditNotFoundError):
        store.load("../" + b.id)


def test_a_damaged_file_is_named_and_the_others_still_work(
    store: AuditStore, content: Content
) -> None:
    first, second = answer_sets(content)
    good = store.save("Good", first)
    bad = store.save("Bad", second)
    blob = bytearray(bad.path.read_bytes())
    blob[len(blob) // 2] ^= 0x10
    bad.path.write_bytes(bytes(blob))

    listed = store.list_audits()
    assert [i.name for i in listed if not i.damaged] == ["Good"]
    [damaged] = [i for i in listed if i.damaged]
    assert damaged.id == bad.id and damaged.name == ""
    assert str(bad.path) in damaged.message and "damaged" in damaged.message
    assert str(bad.path) in damaged.message_in("es") and "dañada" in damaged.message_in("es")
    with pytest.raises(DamagedAuditError, match=str(bad.path)):
        store.load(bad.id)
    assert store.load(good.id).answers == first
    with pytest.raises(AuditNotFoundAmongDamagedError, match=r"damaged: 1\)"):
        store.find("Bad")
    # "Keep": nothing changes, it is listed again. "Delete": it goes.
    assert [i.id for i in store.list_audits() if i.damaged] == [bad.id]
    store.delete(bad.id)
    assert [i.name for i in store.list_audits()] == ["Good"]


def test_flipping_any_byte_of_a_saved_audit_never_gives_data(
    store: AuditStore, content: Content
) -> None:
    first, _ = answer_sets(content)
    info = store.save(NAME, first)
    original = info.path.read_bytes()
    for pos in range(len(original)):
        bad = bytearray(original)
        bad[pos] ^= 0x01 if pos % 2 else 0xFF
        info.path.write_bytes(bytes(bad))
        with pytest.raises(DamagedAuditError) as err:
            store.load(info.id)
        assert str(info.path) in str(err.value)
    info.path.write_bytes(original)
    assert store.load(info.id).answers == first


def test_swapping_two_files_is_noticed(store: AuditStore, content: Content) -> None:
    first, second = answer_sets(content)
    a = store.save("A", first)
    b = store.save("B", second)
    shutil.copyfile(a.path, b.path)
    with pytest.raises(DamagedAuditError):
        store.load(b.id)


def test_a_file_locked_with_another_key_says_so(store: AuditStore, content: Content) -> None:
    info = store.save(NAME, answer_sets(content)[0])
    doc = payload.audit_doc(info.id, "x", payload.now_iso(), {}, "en", [])
    info.path.write_bytes(
        crypto.seal(payload.encode(doc), crypto.new_key(), crypto.KeyKind.KEYRING)
    )
    with pytest.raises(OtherKeyError, match="different key"):
        store.load(info.id)


def test_answers_to_removed_questions_are_left_out(store: AuditStore, content: Content) -> None:
    first, _ = answer_sets(content)
    info = store.save(NAME, first, done_actions=[next(iter(content.actions))])
    key, kind, kdf = store._write_key()
    doc = json.loads(
        crypto.unseal(info.path.read_bytes(), crypto.read_header(info.path.read_bytes()), key)
    )
    doc["answers"]["answers"]["question_removed_in_v2"] = "yes"
    doc["done_actions"].append("action_removed_in_v2")
    info.path.write_bytes(crypto.seal(payload.encode(doc), key, kind, kdf))
    saved = store.load(info.id)
    assert saved.answers == first
    assert saved.dropped == ("question_removed_in_v2", "action_removed_in_v2")
    assert saved.done_actions == (next(iter(content.actions)),)


def test_payload_is_padded_so_size_says_little(store: AuditStore, content: Content) -> None:
    first, _ = answer_sets(content)
    short = store.save("A", first)
    long = store.save("A much longer name for the same answers", first)
    assert short.path.stat().st_size == long.path.stat().st_size
    body = short.path.stat().st_size - crypto.HEADER_BYTES - crypto.TAG_BYTES
    assert body % payload.PAD_TO == 0


def test_stray_temp_files_of_crashed_saves_are_cleared(store: AuditStore, content: Content) -> None:
    store.save(NAME, answer_sets(content)[0])
    old = store.audits_dir / ".x.huella.0123.tmp"
    new = store.audits_dir / ".y.huella.4567.tmp"
    old.write_bytes(b"partial")
    new.write_bytes(b"in progress")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    assert [i.name for i in store.list_audits()] == [NAME]
    assert not old.exists() and new.exists()


def test_custom_base_dir(tmp_path: Path, memory_keyring: MemoryKeyring, content: Content) -> None:
    store = AuditStore(tmp_path / "elsewhere", content=content)
    info = store.save(NAME, answer_sets(content)[0])
    assert info.path.parent == tmp_path / "elsewhere" / "audits"
    assert AuditStore(tmp_path / "elsewhere", content=content).load(info.id).info.name == NAME


def test_backup_is_copied_where_hard_links_are_refused(
    store: AuditStore, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    first, second = answer_sets(content)
    info = store.save(NAME, first)
    store.save(NAME, second, audit_id=info.id)
    backup = store.audits_dir / f"{info.id}.huella.bak"
    assert backup.stat().st_ino != info.path.stat().st_ino
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    info.path.unlink()
    assert store.restore_backup(info.id).name == NAME
    assert store.load(info.id).answers == first
