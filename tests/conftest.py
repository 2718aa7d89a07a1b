"""Shared fixtures. Qt runs offscreen unless a test starts Xvfb itself."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from privacy_audit.content import Content, load_content
from privacy_audit.scoring.engine import Scorer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="session")
def scorer(content: Content) -> Scorer:
    return Scorer(content)
