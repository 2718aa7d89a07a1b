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


def test_app_sets_desktop_file_name_and_has_an_icon(qtbot: QtBot, app_styles: None) -> None:
    window = ui_app.build_window(lang="en")  # also sets the app stylesheet and excepthook
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert QGuiApplication.desktopFileName() == APP_ID
    assert not app_icon().isNull()
    assert window.finish_start()  # the icon is set with the content, after the first paint
    assert not window.windowIcon().isNull()
    window.translators.apply("en")


def test_window_icon_pngs_are_the_svg_drawn_at_each_size(qtbot: QtBot) -> None:
    """The window icon is read from PNGs (no SVG libraries at start-up); they must be the
    SVG's own rendering, so a changed SVG without ``scripts/render_icons.py`` fails here."""
    import importlib.util

    from PySide6.QtGui import QImage

    from ui.icons import APP_ICON_SIZES

    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "scripts" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    assert tuple(render_icons.SIZES) == APP_ICON_SIZES
    for size in APP_ICON_SIZES:
        png = QImage(str(render_icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert (png.width(), png.height()) == (size, size), f"huella-{size}.png"
        drawn = render_icons.render(size)
        worst = max(
            abs(a - b)
            for y in range(size)
            for x in range(size)
            for a, b in zip(
                png.pixelColor(x, y).getRgb(), drawn.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 2, f"huella-{size}.png differs from huella.svg: run scripts/render_icons.py"
    assert sorted(app_icon().availableSizes(), key=lambda s: s.width())[-1].width() == 256
