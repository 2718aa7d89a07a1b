"""At twice the system font size (as with 200% scaling or large-text settings), nothing is cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from privacy_audit.content import Content
from ui.main_window import MainWindow


@pytest.fixture
def big_font() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(big)
    yield
    app.setFont(before)


@pytest.mark.usefixtures("big_font")
def test_every_page_fits_its_text_at_double_size(window: MainWindow, content: Content) -> None:
    persona = content.personas[0]
    for pid in persona.platforms:
        if content.platform_by_id[pid].platform.kind == "platform":
            window.session.set_platform(pid, True)
    for qid, oid in persona.answers.items():
        window.session.set_answer(qid, oid)
    window.resize(1000, 720)
    cut: list[str] = []
    for key in window.session.pages():
        window.show_page(key)
        QApplication.processEvents()
        for label in window.findChildren(QLabel):
            if not label.isVisible() or not label.text() or not label.wordWrap():
                continue
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                cut.append(
                    f"{key}: {label.objectName() or label.text()[:40]!r} {need}>{label.height()}"
                )
        for button in window.findChildren(QAbstractButton):
            if button.isVisible() and button.width() < button.minimumSizeHint().width():
                cut.append(f"{key}: button {button.objectName()} too narrow")
    assert not cut, "\n".join(cut[:20])
