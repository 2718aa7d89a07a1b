"""Platform and app icons: a shipped SVG when there is one, otherwise a drawn letter badge.

Brand logos are trademarks, so by default each platform gets a neutral badge with its
initial; an ``assets/icons/platforms/<id>.svg`` file replaces it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from privacy_audit.paths import assets_dir


def app_icon() -> QIcon:
    path = assets_dir() / "icons" / "huella.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


@cache
def platform_icon(pid: str, letter: str) -> QIcon:
    path = assets_dir() / "icons" / "platforms" / f"{pid}.svg"
    if path.is_file():
        return QIcon(str(path))
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
