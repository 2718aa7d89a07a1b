"""Fixtures for workshop mode: a workshop window offscreen, data dirs in tmp_path.

The keyboard helpers come from the desktop app's tests (``tests/ui/ui_drive.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from privacy_audit.content import Content
from ui.app import make_window
from ui.i18n import Translators
from ui.main_window import MainWindow
from ui.workshop import mode_of
from ui.workshop.mode import WorkshopMode

UI_TESTS = Path(__file__).resolve().parents[1] / "ui"
if str(UI_TESTS) not in sys.path:
    sys.path.insert(0, str(UI_TESTS))


@pytest.fixture(autouse=True)
def _isolated(isolated_dirs: Path) -> None:
    """Anything the app might write (saved audits, settings) lands in tmp_path."""


@pytest.fixture
def translators() -> Iterator[Translators]:
    tr = Translators()
    yield tr
    tr.apply("en")  # translators are process-wide: leave English for the next test


@pytest.fixture
def window(qtbot: QtBot, content: Content, translators: Translators) -> Iterator[MainWindow]:
    """A main window started in workshop mode, as ``privacy-audit --workshop`` does."""
    w = make_window(content, lang="en", workshop=True, translators=translators)
    qtbot.addWidget(w)
    w.resize(1000, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()  # ends workshop mode: the presenter scale goes back to 1.0


@pytest.fixture
def mode(window: MainWindow) -> WorkshopMode:
    m = mode_of(window)
    assert m is not None
    return m
