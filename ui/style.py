"""The app's one stylesheet, and the high-contrast variant."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from privacy_audit.paths import assets_dir


def apply(high_contrast: bool = False) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    folder = assets_dir() / "style"
    sheet = (folder / "huella.qss").read_text(encoding="utf-8")
    if high_contrast:
        sheet += "\n" + (folder / "high-contrast.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet)
