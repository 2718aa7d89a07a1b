"""Shared fixtures. Qt runs offscreen unless a test starts Xvfb itself."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import _netguard
import pytest

from privacy_audit.content import Content, load_content
from privacy_audit.scoring import Scorer

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
