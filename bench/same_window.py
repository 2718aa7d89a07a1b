"""A reference for the start-up rows: Huella's first window, written in bare PySide6.

The same widgets as the window Huella paints first (``ui/main_window.py``,
``ui/pages/welcome.py``, ``ui/menus.py``): a menu bar of five menus and fifteen actions with
shortcuts, the navigation row, a scrolling page with a heading, paragraphs and two groups of
radio buttons, the app's stylesheet and its English translation file, but none of Huella's
own modules. Huella's first paint against this says how much Huella's code costs beyond the
window it shows; this against the empty floor says what showing that window costs at all.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Huella helps you see what an agency such as ICE could learn about you from your online "
    "accounts, what kind of legal paper it would need for each piece, and what you can do."
)


def build() -> tuple[Any, Any]:
    """(application, window), not shown."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QAction, QFont, QKeySequence
    from PySide6.QtWidgets import (
        QApplication,
        QButtonGroup,
        QFrame,
        QGroupBox,
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QMenu,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    app.setStyleSheet((ROOT / "assets" / "style" / "huella.qss").read_text(encoding="utf-8"))
    tr = QTranslator(app)
    tr.load(str(ROOT / "assets" / "i18n" / "huella_en.qm"))
    app.installTranslator(tr)
    window = QMainWindow()
    bar = window.menuBar()
    for i, title in enumerate(("&File", "&Go", "&View", "&Data", "&Help")):
        menu = QMenu(window)
        menu.setTitle(title)
        bar.addMenu(menu)
        for j in range(3):
            action = QAction(window)
            action.setText(f"Action {j}")
            action.setShortcuts([QKeySequence(f"Ctrl+Shift+{i}{j}")])
            menu.addAction(action)
    stack = QStackedWidget()
    central = QWidget()
    outer = QVBoxLayout(central)
    row = QHBoxLayout()
    row.addWidget(stack, 3)
    outer.addLayout(row, 1)
    nav = QHBoxLayout()
    nav.addWidget(QLabel("Step 1 of 13: Welcome"), 1)
    progress = QProgressBar()
    progress.setTextVisible(True)
    nav.addWidget(progress, 1)
    for text in ("&Back", "S&kip this platform", "&Next"):
        nav.addWidget(QPushButton(text))
    outer.addLayout(nav)
    window.setCentralWidget(central)
    page = QScrollArea()
    page.setWidgetResizable(True)
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setProperty("horizontalScrollBarPolicy", 1)
    inner = QWidget()
    body = QVBoxLayout(inner)
    page.setWidget(inner)
    heading = QLabel("Welcome to Huella")
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    heading.setFont(font)
    body.addWidget(heading)
    for _ in range(2):
        label = QLabel(PARAGRAPH)
        label.setWordWrap(True)
        body.addWidget(label)
    groups = (
        ("Language / Idioma", ("English", "Español")),
        ("Your session", ("Private session", "Save my audit on this computer (encrypted)")),
    )
    for title, options in groups:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        buttons = QButtonGroup(group)
        for text in options:
            radio = QRadioButton(text)
            buttons.addButton(radio)
            layout.addWidget(radio)
        body.addWidget(group)
    body.addWidget(QLabel("When you are ready, press Next."))
    body.addStretch(1)
    stack.addWidget(page)
    return app, window
