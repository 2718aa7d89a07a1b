"""No secure keyring: a passphrase (scrypt) instead, or nothing saved; never plaintext.

Uses keyring's own ``fail`` backend (what a headless box gets) in-process, and a real
subprocess with no D-Bus session at all for the CLI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.storage import (
    AuditStore,
    KeyStatus,
    LockedError,
    NoPassphraseError,
    NoSecureKeyringError,
    PassphraseAlreadySetError,
    PassphraseTooShortError,
    WrongPassphraseError,
    crypto,
    data_dir,
)

from .conftest import Dirs, MemoryKeyring, answer_sets

ROOT = Path(__file__).resolve().parents[2]
PASS = "una frase larga de prueba"


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.usefixtures("no_keyring")
def test_without_keyring_nothing_is_saved_until_a_passphrase(xdg: Dirs, content: Content) -> None:
    store = AuditStore(content=content)
    assert store.key_status() is KeyStatus.PASSPHRASE_NEW
    with pytest.raises(NoSecureKeyringError, match="fail") as err:
        store.save("Rosa", answer_sets(content)[0])
    assert "passphrase" in str(err.value) and "private session" in str(err.value)
    assert "frase de contraseña" in err.value.message("es")
    assert _files(xdg.data) == [] and _files(xdg.config) == [] and _files(xdg.tmp) == []
    with pytest.raises(PassphraseTooShortError):
        store.set_passphrase("short")
    with pytest.raises(NoPassphraseError):
        store.unlock_with_passphrase(PASS)
    assert store.list_audits() == []


@pytest.mark.usefixtures("no_keyring")
def test_passphrase_locks_and_unlocks(xdg: Dirs, content: Content) -> None:
    first, second = answer_sets(content)
    store = AuditStore(content=content)
    store.set_passphrase(PASS)
    assert store.key_status() is KeyStatus.UNLOCKED
    info = store.save("Rosa", first)
    header = crypto.read_header(info.path.read_bytes())
    assert header.kind is crypto.KeyKind.PASSPHRASE
    assert header.kdf is not None and (header.kdf.log2_n, header.kdf.r, header.kdf.p) == (17, 8, 1)
    with pytest.raises(PassphraseAlreadySetError):
        store.set_passphrase("another passphrase")

    again = AuditStore(content=content)
    assert again.key_status() is KeyStatus.PASSPHRASE_NEEDED
    with pytest.raises(LockedError):
        again.list_audits()
    with pytest.raises(LockedError):
        again.save("Other", second)
    with pytest.raises(WrongPassphraseError):
        again.unlock_with_passphrase(PASS + "!")
    assert again.key_status() is KeyStatus.PASSPHRASE_NEEDED
    again.unlock_with_passphrase(PASS)
    assert again.load(info.id).answers == first
    again.save("Other", second)
    assert sorted(i.name for i in again.list_audits()) == ["Other", "Rosa"]


def test_passphrase_mode_sticks_even_when_a_keyring_appears(
    xdg: Dirs, memory_keyring: MemoryKeyring, content: Content
) -> None:
    store = AuditStore(content=content)
    assert store.key_status() is KeyStatus.KEYRING
    store.set_passphrase(PASS)  # chosen on purpose although a keyring exists
    store.save("Rosa", answer_sets(content)[0])
    assert memory_keyring.items == {}
    assert AuditStore(content=content).key_status() is KeyStatus.PASSPHRASE_NEEDED


@pytest.mark.usefixtures("no_keyring")
def test_lost_check_file_still_unlocks_from_an_audit(xdg: Dirs, content: Content) -> None:
    first, _ = answer_sets(content)
    store = AuditStore(content=content)
    store.set_passphrase(PASS)
    info = store.save("Rosa", first)
    store.check_path.unlink()
    again = AuditStore(content=content)
    assert again.key_status() is KeyStatus.PASSPHRASE_NEEDED
    again.unlock_with_passphrase(PASS)
    assert again.check_path.exists()
    assert again.load(info.id).answers == first


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacy_audit", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_cli_without_dbus_refuses_then_uses_the_passphrase(xdg: Dirs, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    answers = tmp_path / "answers.json"
    answers.write_text(
        '{"format": "huella-answers", "version": 1, "answers": {}}', encoding="utf-8"
    )
    refused = _run(["save", str(answers), "--name", "Rosa"], env)
    assert refused.returncode == 2, refused.stderr
    assert "no secure system keyring" in refused.stderr
    assert "HUELLA_PASSPHRASE" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _files(data_dir()) == []

    saved = _run(["save", str(answers), "--name", "Rosa"], {**env, "HUELLA_PASSPHRASE": PASS})
    assert saved.returncode == 0, saved.stderr
    locked = _run(["audits"], env)
    assert locked.returncode == 2 and "passphrase" in locked.stderr
    listed = _run(["audits", "--json"], {**env, "HUELLA_PASSPHRASE": PASS})
    assert listed.returncode == 0, listed.stderr
    assert '"name": "Rosa"' in listed.stdout
    wrong = _run(["audits"], {**env, "HUELLA_PASSPHRASE": "not the one at all"})
    assert wrong.returncode == 2 and "not the passphrase" in wrong.stderr


def test_a_plaintext_keyring_backend_is_never_used(xdg: Dirs, content: Content) -> None:
    """A keyrings.alt-style backend (plaintext file) as the default: treated as no keyring."""
    import keyring

    from .conftest import unregister

    class PlaintextFile(MemoryKeyring):
        priority = 1.5  # type: ignore[assignment]

    PlaintextFile.__module__ = "keyrings.alt.file"
    unregister(PlaintextFile)
    previous = keyring.get_keyring()
    backend = PlaintextFile()
    keyring.set_keyring(backend)
    try:
        store = AuditStore(content=content)
        assert store.key_status() is KeyStatus.PASSPHRASE_NEW
        with pytest.raises(NoSecureKeyringError, match=r"keyrings\.alt"):
            store.save("Rosa", answer_sets(content)[0])
        assert backend.items == {}
        assert _files(xdg.data) == []
    finally:
        keyring.set_keyring(previous)
