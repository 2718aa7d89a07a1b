"""Shared fixtures. Qt runs offscreen unless a test starts Xvfb itself."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import _netguard
import pytest

from privacy_audit.content import Content, load_content
from privacy_audit.paths import content_dir
from privacy_audit.scoring.engine import Scorer

ROOT = Path(__file__).resolve().parent.parent

# Never the internet: any connection or lookup beyond loopback is refused and fails the run.
_netguard.install()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _netguard.BLOCKED:
        print("\nNetwork guard: tests tried to reach beyond 127.0.0.1:", *_netguard.BLOCKED)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _no_network_beyond_loopback() -> Iterator[None]:
    """Names the test that tried (the audit hook has already refused the connection)."""
    before = len(_netguard.BLOCKED)
    yield
    assert _netguard.BLOCKED[before:] == [], "this test tried to reach beyond 127.0.0.1"


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="session")
def scorer(content: Content) -> Scorer:
    return Scorer(content)


@pytest.fixture
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The XDG folders moved into *tmp_path* (each its own subfolder), which is returned:
    anything the app writes (saved audits, settings) lands there."""
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        d = tmp_path / var.lower()
        d.mkdir()
        monkeypatch.setenv(var, str(d))
    return tmp_path


#: A tiny content folder with known numbers (content and scoring tests).
MINI = """
format = "huella-content"
version = 1

[platform]
id = "mini"
name = { en = "Mini", es = "Mini" }
summary = { en = "A test platform.", es = "Una plataforma de prueba." }
notice = { en = "It says it tells you.", es = "Dice que le avisa." }
encryption = { en = "None.", es = "Ninguno." }
sources = ["mini_le"]

[sources.mini_le]
title = "Mini law enforcement guide"
url = "https://example.org/le"
last_verified = 2026-11-01
kind = "law_enforcement_guide"

[[items]]
id = "mini_posts"
label = { en = "Posts", es = "Publicaciones" }
tier = "warrant"
sensitivity = 2
sources = ["mini_le"]

[[items]]
id = "mini_phone"
label = { en = "Phone", es = "Teléfono" }
tier = "admin_subpoena"
sensitivity = 3
sources = ["mini_le"]

[[questions]]
id = "mini_posts_q"
text = { en = "Who sees your posts?", es = "¿Quién ve sus publicaciones?" }
help = { en = "Public posts are public.", es = "Las publicaciones públicas son públicas." }
[[questions.options]]
id = "public"
text = { en = "Everyone", es = "Todos" }
exposes = [{ item = "mini_posts", tier = "public" }]
[[questions.options]]
id = "friends"
text = { en = "Friends", es = "Amigos" }
exposes = [{ item = "mini_posts" }]
[[questions.options]]
id = "unsure"
text = { en = "Not sure", es = "No estoy seguro/a" }
unsure = true
exposes = [{ item = "mini_posts", tier = "public" }]

[[questions]]
id = "mini_phone_q"
text = { en = "Is your phone on it?", es = "¿Su teléfono está ahí?" }
help = { en = "A phone is basic account data.", es = "Un teléfono es un dato básico." }
[[questions.options]]
id = "yes"
text = { en = "Yes", es = "Sí" }
exposes = [{ item = "mini_phone" }]
[[questions.options]]
id = "no"
text = { en = "No", es = "No" }
[[questions.options]]
id = "unsure"
text = { en = "Not sure", es = "No estoy seguro/a" }
unsure = true
exposes = [{ item = "mini_phone" }]

[[actions]]
id = "mini_friends"
title = { en = "Friends only", es = "Solo amigos" }
why = { en = "Less public.", es = "Menos público." }
effort = 1
sets = { mini_posts_q = "friends" }
sources = ["mini_le"]
last_verified = 2026-11-01
[actions.steps]
web = [{ en = "Click Privacy.", es = "Haga clic en Privacidad." }]

[[actions]]
id = "mini_remove_phone"
title = { en = "Remove phone", es = "Quite el teléfono" }
why = { en = "Less data.", es = "Menos datos." }
effort = 2
sets = { mini_phone_q = "no" }
sources = ["mini_le"]
last_verified = 2026-11-01
[actions.steps]
phone = [{ en = "Tap Settings.", es = "Toque Configuración." }]
"""


@pytest.fixture
def mini_dir(tmp_path: Path) -> Path:
    """A content folder with the real ladder and one small, known platform."""
    d = tmp_path / "checks"
    d.mkdir()
    shutil.copy(content_dir() / "_ladder.toml", d / "_ladder.toml")
    (d / "mini.toml").write_text(MINI, encoding="utf-8")
    return d
