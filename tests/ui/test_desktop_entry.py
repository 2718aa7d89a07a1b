"""The desktop entry, the icon and the app id agree, so menus and Wayland show Huella right."""

from __future__ import annotations

import configparser
import tomllib
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from privacy_audit import APP_ID
from ui import app as ui_app
from ui.icons import app_icon

ROOT = Path(__file__).resolve().parents[2]


def test_desktop_file_matches_app_id_and_launcher() -> None:
    path = ROOT / "assets" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Comment[es]"] and entry["GenericName[es]"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert (ROOT / "assets" / "icons" / "huella.svg").is_file()


def test_app_sets_desktop_file_name_and_has_an_icon(qtbot: QtBot) -> None:
    import sys

    from PySide6.QtWidgets import QApplication

    hook = sys.excepthook
    window = ui_app.build_window(lang="en")  # also sets the app stylesheet and excepthook
    try:
        assert not isinstance(window, int)
        qtbot.addWidget(window)
        assert QGuiApplication.desktopFileName() == APP_ID
        assert not app_icon().isNull()
        assert not window.windowIcon().isNull()
        window.translators.apply("en")
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
        sys.excepthook = hook
