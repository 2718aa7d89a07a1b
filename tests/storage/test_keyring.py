"""The key in the real system keyring (gnome-keyring's Secret Service), and what counts as
a secure keyring. Run through scripts/test.sh, which starts an unlocked gnome-keyring."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail, null

from privacy_audit.content import Content
from privacy_audit.storage import (
    AuditStore,
    KeyringFailedError,
    KeyStatus,
    OtherKeyError,
    crypto,
    keys,
)

from .conftest import Dirs, MemoryKeyring, answer_sets, unregister

ROOT = Path(__file__).resolve().parents[2]


def _all_bytes(dirs: Dirs) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for d in dirs.all() for p in d.rglob("*") if p.is_file()]


def test_key_lives_in_the_secret_service_and_never_on_disk(
    xdg: Dirs, real_keyring: keyring.backend.KeyringBackend, content: Content
) -> None:
    store = AuditStore(content=content)
    assert store.key_status() is KeyStatus.KEYRING
    info = store.save("Rosa", answer_sets(content)[0])
    stored = keyring.get_password(keys.SERVICE, keys.ACCOUNT)
    assert stored is not None and stored.startswith("huella-key-v1:")
    key = base64.b64decode(stored.split(":", 1)[1])
    assert len(key) == 32
    header = crypto.read_header(info.path.read_bytes())
    assert header.kind is crypto.KeyKind.KEYRING and header.key_id == crypto.key_id(key)
    for path, data in _all_bytes(xdg):
        for needle in (key, stored.encode(), stored.split(":", 1)[1].encode(), key.hex().encode()):
            assert needle not in data, path


def test_another_process_reads_with_the_keyring_key(
    xdg: Dirs, real_keyring: keyring.backend.KeyringBackend, content: Content
) -> None:
    first, _ = answer_sets(content)
    AuditStore(content=content).save("Rosa ñ", first)
    out = subprocess.run(
        [sys.executable, "-m", "privacy_audit", "audits", "--json"],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    [audit] = json.loads(out.stdout)["audits"]
    assert audit["name"] == "Rosa ñ" and audit["damaged"] is False


def test_audits_become_unreadable_when_the_key_is_gone(
    xdg: Dirs, real_keyring: keyring.backend.KeyringBackend, content: Content
) -> None:
    info = AuditStore(content=content).save("Rosa", answer_sets(content)[0])
    assert keys.delete_key() is True
    store = AuditStore(content=content)
    [listed] = store.list_audits()
    assert listed.damaged and isinstance(listed.problem, OtherKeyError)
    assert str(info.path) in listed.message
    with pytest.raises(OtherKeyError):
        store.load(info.id)


def test_a_foreign_keyring_entry_is_refused_not_overwritten(
    xdg: Dirs, real_keyring: keyring.backend.KeyringBackend, content: Content
) -> None:
    keyring.set_password(keys.SERVICE, keys.ACCOUNT, "someone else's secret")
    with pytest.raises(KeyringFailedError, match="not a Huella key"):
        AuditStore(content=content).save("Rosa", answer_sets(content)[0])
    assert keyring.get_password(keys.SERVICE, keys.ACCOUNT) == "someone else's secret"


class _AltLike(MemoryKeyring):
    """Stands for any backend from keyrings.alt (plaintext files), by module name."""


_AltLike.__module__ = "keyrings.alt.file"
unregister(_AltLike)


class _LowPriority(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


unregister(_LowPriority)


class _Chain(chainer.ChainerBackend):
    """keyring's chainer, with a fixed list of backends instead of discovery."""

    backends: list[keyring.backend.KeyringBackend] = []  # type: ignore[assignment]  # noqa: RUF012


unregister(_Chain)


def test_which_keyrings_count_as_secure(real_keyring: keyring.backend.KeyringBackend) -> None:
    assert keys.backend_problem(real_keyring) is None
    assert keys.backend_problem(MemoryKeyring()) is None
    assert "fail" in (keys.backend_problem(fail.Keyring()) or "")
    assert "null" in (keys.backend_problem(null.Keyring()) or "")
    assert "keyrings.alt" in (keys.backend_problem(_AltLike()) or "")
    assert "priority 0.5" in (keys.backend_problem(_LowPriority()) or "")
    mixed = _Chain()
    mixed.backends = [real_keyring, _AltLike()]
    assert "keyrings.alt" in (keys.backend_problem(mixed) or "")
    mixed.backends = [real_keyring]
    assert keys.backend_problem(mixed) is None
    mixed.backends = []
    assert keys.backend_problem(mixed) == "no keyring backend"
