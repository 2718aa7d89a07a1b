"""Render the app icon's PNG sizes from ``assets/icons/huella.svg``.

The window icon is loaded from these PNGs: Qt reads PNG without a plugin, while an SVG icon
loads Qt's SVG libraries (~1.3 MiB) at start-up. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py

``tests/ui/test_desktop_entry.py`` checks that the PNGs still match the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> object:
    """The SVG drawn at *size* x *size* pixels, as a QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "huella.svg")).render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICONS / f"huella-{size}.png"


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (image drawing needs an application)
    for size in SIZES:
        if not render(size).save(str(png_path(size))):  # type: ignore[attr-defined]
            print(f"could not write {png_path(size)}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
