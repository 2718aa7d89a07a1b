"""Fixtures of the storage tests: private XDG folders, the real keyring, the no-keyring path."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from privacy_audit.content import Content
from privacy_audit.scoring.answers import Answers
from privacy_audit.storage import keys


@dataclass
class Dirs:
    data: Path
    config: Path
    cache: Path
    tmp: Path

    def all(self) -> list[Path]:
        return [self.data, self.config, self.cache, self.tmp]


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dirs]:
    """XDG data/config/cache and TMPDIR pointed at fresh folders (platformdirs reads them)."""
    dirs = Dirs(*(tmp_path / n for n in ("data", "config", "cache", "tmp")))
    for d in dirs.all():
        d.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs.data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs.config))
    monkeypatch.setenv("XDG_CACHE_HOME", str(dirs.cache))
    monkeypatch.setenv("TMPDIR", str(dirs.tmp))
    monkeypatch.delenv("HUELLA_PASSPHRASE", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield dirs


@pytest.fixture
def real_keyring() -> Iterator[keyring.backend.KeyringBackend]:
    """The real Secret Service (gnome-keyring in the test's D-Bus session).

    Skips only without a D-Bus session, and fails instead when HUELLA_REQUIRE_KEYRING=1
    (scripts/test.sh sets it), so the keyring tests cannot silently stop running.
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("HUELLA_REQUIRE_KEYRING") == "1":
            pytest.fail("HUELLA_REQUIRE_KEYRING=1 but there is no D-Bus session for gnome-keyring")
        pytest.skip("no D-Bus session: run through scripts/test.sh for the real keyring")
    backend = keyring.get_keyring()
    problem = keys.backend_problem(backend)
    assert problem is None, f"the test keyring is not a secure one: {problem}"
    assert type(backend).__module__ == "keyring.backends.SecretService", type(backend)
    # Make gnome-keyring create (and unlock) its default collection now, in one process: a
    # desktop's login keyring always exists, but a fresh test daemon makes it on first use,
    # and two processes doing that at once get "Prompt dismissed" from gnome-keyring itself
    # (not what the tests are about: Huella's own key and its races).
    keyring.set_password("huella-test-warm-up", "warm-up", "1")
    keyring.delete_password("huella-test-warm-up", "warm-up")
    keys.delete_key()
    yield backend
    keys.delete_key()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's own "fail" backend, what a headless box without D-Bus gets."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def answer_sets(content: Content) -> tuple[Answers, Answers]:
    """Two different, valid sets of answers taken from the built-in content."""
    pairs = [(qid, q.options[0].id) for qid, q in content.questions.items()]
    other = [(qid, q.options[-1].id) for qid, q in content.questions.items()]
    return Answers(dict(pairs[:6])), Answers(dict(other[2:9]), platforms=None)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A small in-memory keyring for unit tests of the store (priority 1: counts as secure)."""

    priority = 1.0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


def unregister(cls: type[keyring.backend.KeyringBackend]) -> None:
    """Keep a test backend out of keyring's own discovery (every subclass registers itself,
    and two viable backends would make keyring pick its chainer for the whole test run)."""
    keyring.backend.KeyringBackend._classes.discard(cls)


unregister(MemoryKeyring)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
