"""Fixtures for the desktop app tests: a main window offscreen, data dirs in tmp_path."""

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


@pytest.fixture(autouse=True)
def _isolated(isolated_dirs: Path) -> None:
    """Anything the app might write (saved audits, settings) lands in tmp_path."""


@pytest.fixture
def window(qtbot: QtBot, content: Content) -> Iterator[MainWindow]:
    tr = Translators()
    w = make_window(content, lang="en", translators=tr)
    qtbot.addWidget(w)
    w.resize(1000, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    tr.apply("en")  # translators are process-wide: leave English for the next test


@pytest.fixture
def app_styles() -> Iterator[None]:
    """build_window sets the app's stylesheet and excepthook; put them back afterwards."""
    hook = sys.excepthook
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet("")
    sys.excepthook = hook
