"""Saved audits under real-world damage: a flipped bit in the passphrase file, a passphrase
file from elsewhere, look-alike and bidi names, loose folder modes, an unreadable folder, a
full disk during a save, files hard-linked from outside Huella's folders.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.storage import (
    AuditStore,
    DuplicateNameError,
    InvalidNameError,
    KeyStatus,
    StorageError,
    StorageIOError,
    WrongPassphraseError,
    crypto,
    data_dir,
    wipe_everything,
)

from .conftest import Dirs, MemoryKeyring, answer_sets

ROOT = Path(__file__).resolve().parents[2]
PASS = "una frase larga de prueba"


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """New passphrases with scrypt N = 2**15 (the smallest a reader accepts): ~0.1 s a try."""
    monkeypatch.setattr(
        crypto.KdfParams, "new", staticmethod(lambda: crypto.KdfParams(os.urandom(16), 15))
    )


def _flip(path: Path, offset: int, bit: int) -> bytes:
    good = path.read_bytes()
    bad = bytearray(good)
    bad[offset] ^= 1 << bit
    path.write_bytes(bytes(bad))
    return good


@pytest.mark.usefixtures("no_keyring", "fast_scrypt")
def test_one_flipped_bit_in_the_passphrase_file_is_damage_not_a_wrong_passphrase(
    xdg: Dirs,
) -> None:
    store = AuditStore()
    store.set_passphrase(PASS)
    size = store.check_path.stat().st_size
    # One byte in every field: magic, version, kind, KDF, scrypt N/r/p, salt, key id, nonce,
    # ciphertext, tag, and the checksum at the end.
    offsets = sorted({0, 7, 8, 9, 10, 11, 12, 13, 14, 29, 30, 37, 38, 49, 50, 51, size // 2,
                      size - 41, size - 40, size - 33, size - 32, size - 1})  # fmt: skip
    for offset in offsets:
        good = _flip(store.check_path, offset, offset % 8)
        fresh = AuditStore()
        # Damage never makes Huella offer to choose a new passphrase over the old one.
        assert fresh.key_status() is KeyStatus.PASSPHRASE_NEEDED, offset
        if offset >= 38:
            # The header up to the key id is whole: the key id proves the passphrase, and
            # the file is written again.
            fresh.unlock_with_passphrase(PASS)
            AuditStore().unlock_with_passphrase(PASS)
            assert store.check_path.read_bytes() != good  # repaired: a fresh nonce
        else:
            with pytest.raises(StorageError) as err:
                fresh.unlock_with_passphrase(PASS)
            assert not isinstance(err.value, WrongPassphraseError), offset
            assert "passphrase file is damaged" in err.value.message("en"), offset
            assert "está dañado" in err.value.message("es"), offset
        store.check_path.write_bytes(good)
    with pytest.raises(WrongPassphraseError):  # an intact file: a wrong one is still wrong
        AuditStore().unlock_with_passphrase(PASS + "?")


@pytest.mark.usefixtures("no_keyring", "fast_scrypt")
def test_a_damaged_passphrase_file_is_repaired_when_an_audit_confirms_the_passphrase(
    xdg: Dirs, content: Content
) -> None:
    store = AuditStore(content=content)
    store.set_passphrase(PASS)
    info = store.save("Rosa", answer_sets(content)[0])
    _flip(store.check_path, 20, 3)  # inside the salt
    fresh = AuditStore(content=content)
    with pytest.raises(WrongPassphraseError):  # the audit says this one is wrong
        fresh.unlock_with_passphrase(PASS + "?")
    fresh.unlock_with_passphrase(PASS)
    assert fresh.load(info.id).answers == answer_sets(content)[0]
    AuditStore(content=content).unlock_with_passphrase(PASS)  # repaired: the check file works


@pytest.mark.usefixtures("fast_scrypt")
def test_a_passphrase_file_from_elsewhere_does_not_lock_a_keyring_folder(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content, tmp_path: Path
) -> None:
    first, second = answer_sets(content)
    store = AuditStore(content=content)
    mine = store.save("Mine", first)
    other = AuditStore(tmp_path / "elsewhere", content=content)
    other.set_passphrase("someone else's passphrase")
    theirs = other.save("Theirs", second)
    dropped = store.audits_dir / theirs.path.name
    dropped.write_bytes(theirs.path.read_bytes())
    fresh = AuditStore(content=content)
    assert fresh.key_status() is KeyStatus.KEYRING
    listed = fresh.list_audits()
    assert [i.name for i in listed if not i.damaged] == ["Mine"]
    assert [i.id for i in listed if i.damaged] == [theirs.id]
    assert "different key" in listed[-1].message
    assert fresh.load(mine.id).answers == first
    fresh.save("Another", second)


@pytest.mark.parametrize(
    "name",
    [
        "Rosa\u202egpj.exe",  # right-to-left override
        "Rosa\u2066x\u2069",  # isolates
        "Rosa\u200f",  # right-to-left mark
        "Ro\u00adsa",  # soft hyphen (invisible)
        "Rosa\u2028Maria",  # line separator
        "Rosa\x00",
        "Rosa\udcff",  # a byte that was not UTF-8 (surrogateescape)
        "\ufeffRosa",
    ],
)
def test_names_with_direction_marks_or_invisible_characters_are_refused(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content, name: str
) -> None:
    with pytest.raises(InvalidNameError) as err:
        AuditStore(content=content).save(name, answer_sets(content)[0])
    assert "text-direction" in err.value.message("en")


@pytest.mark.parametrize("twin", ["ＲＯＳＡ", "rosa", "Rosa\u0301", "ﬁna", "Ⓡosa"])
def test_look_alike_names_are_duplicates(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content, twin: str
) -> None:
    store = AuditStore(content=content)
    store.save("Rosa" if "ﬁ" not in twin else "fina", answer_sets(content)[0])
    if twin == "Rosa\u0301":  # a combining accent makes another name, not a look-alike
        store.save(twin, answer_sets(content)[1])
        return
    with pytest.raises(DuplicateNameError):
        store.save(twin, answer_sets(content)[1])


def test_emoji_with_joiners_are_still_fine(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content
) -> None:
    info = AuditStore(content=content).save("Familia 👩\u200d👧", answer_sets(content)[0])
    assert info.name == "Familia 👩\u200d👧"


def test_an_existing_loose_data_folder_is_tightened(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content
) -> None:
    base = data_dir()
    (base / "audits").mkdir(parents=True)
    base.chmod(0o755)
    (base / "audits").chmod(0o755)
    AuditStore(content=content).save("Rosa", answer_sets(content)[0])
    assert stat.S_IMODE(base.stat().st_mode) == 0o700
    assert stat.S_IMODE((base / "audits").stat().st_mode) == 0o700


def test_an_unreadable_audits_folder_says_so(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content, tmp_path: Path
) -> None:
    AuditStore(content=content).save("Rosa", answer_sets(content)[0])
    audits = data_dir() / "audits"
    command = [sys.executable, "-m", "privacy_audit", "audits"]
    if os.geteuid() == 0:  # root reads any folder: run the command without that power
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    audits.chmod(0o000)
    try:
        proc = subprocess.run(
            command,
            cwd=ROOT,
            env=dict(os.environ),
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        audits.chmod(0o700)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "No saved audits" not in proc.stdout
    assert "cannot read its saved audits folder" in proc.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> object:
    """A 1 MiB tmpfs (root only), so a save can really run out of space."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mnt = tmp_path / "small"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mnt)],
                   check=True)  # fmt: skip
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_failed_save_keeps_the_previous_backup(
    small_disk: Path, memory_keyring: MemoryKeyring, content: Content
) -> None:
    first, second = answer_sets(content)
    store = AuditStore(small_disk / "huella", content=content)
    info = store.save("Rosa", first)
    store.save("Rosa", second, audit_id=info.id)  # the backup is now the first version
    backup = store.audits_dir / f"{info.id}.huella.bak"
    backup_before, current_before = backup.read_bytes(), info.path.read_bytes()
    _fill(small_disk)
    with pytest.raises(StorageIOError):
        store.save("Rosa", first, audit_id=info.id)
    assert backup.read_bytes() == backup_before
    assert info.path.read_bytes() == current_before
    (small_disk / "filler").unlink()
    assert store.load(info.id).answers == second
    assert [p.name for p in store.audits_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_delete_and_wipe_never_overwrite_a_file_linked_from_outside(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content, tmp_path: Path
) -> None:
    store = AuditStore(content=content)
    one = store.save("One", answer_sets(content)[0])
    two = store.save("Two", answer_sets(content)[1])
    outside = tmp_path / "outside"
    outside.mkdir()
    mine = outside / "my-own-file.txt"
    mine.write_bytes(b"someone's own words\n" * 20)
    # Someone's files, hard-linked into Huella's folders (or an audit linked out of them).
    os.link(mine, store.audits_dir / "notes.txt")
    os.link(one.path, outside / "kept.huella")
    kept = (outside / "kept.huella").read_bytes()
    store.delete(one.id)
    assert (outside / "kept.huella").read_bytes() == kept
    os.link(two.path, outside / "kept2.huella")
    kept2 = (outside / "kept2.huella").read_bytes()
    report = wipe_everything(keyring_entry=False)
    assert report.ok, report.problems()
    assert not store.base_dir.exists()
    assert mine.read_bytes() == b"someone's own words\n" * 20
    assert (outside / "kept2.huella").read_bytes() == kept2
