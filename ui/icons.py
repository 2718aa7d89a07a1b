"""Platform and app icons: a shipped SVG when there is one, otherwise a drawn letter badge.

Brand logos are trademarks, so by default each platform gets a neutral badge with its
initial; an ``assets/icons/platforms/<id>.svg`` file replaces it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from privacy_audit.paths import assets_dir

#: The PNG sizes of the app icon (``scripts/render_icons.py`` draws them from the SVG).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The window icon: PNGs, which Qt reads without loading its SVG libraries at start-up."""
    folder = assets_dir() / "icons"
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = folder / f"huella-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    if icon.isNull() and (folder / "huella.svg").is_file():
        icon = QIcon(str(folder / "huella.svg"))
    return icon


@cache
def platform_icon(pid: str, letter: str) -> QIcon:
    path = assets_dir() / "icons" / "platforms" / f"{pid}.svg"
    if path.is_file():
        return QIcon(str(path))
    # Imported here: the window's first paint needs none of these.
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    icon = QIcon()
    for size in (24, 32, 48, 64):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        hue = sum(map(ord, pid)) * 47 % 360
        p.setBrush(QColor.fromHsv(hue, 120, 110))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
        f = QFont()
        f.setPixelSize(int(size * 0.55))
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter[:1].upper())
        p.end()
        icon.addPixmap(pm)
    return icon
