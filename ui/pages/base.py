"""What every page of the walk-through offers the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.start import no_horizontal_scroll

if TYPE_CHECKING:
    from privacy_audit.session import AuditSession


def heading(level: int = 1) -> QLabel:
    """A heading label, larger than body text, scaled from the system font."""
    label = QLabel()
    label.setWordWrap(True)
    f = QFont(label.font())
    f.setPointSizeF(f.pointSizeF() * (1.6 if level == 1 else 1.25))
    f.setBold(True)
    label.setFont(f)
    label.setObjectName("heading" if level == 1 else "subheading")
    return label


def para(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class Page(QScrollArea):
    """A scrollable page; subclasses fill :attr:`body` and implement :meth:`retranslate`."""

    key = ""
    session: AuditSession

    def __init__(self, session: AuditSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if session is not None:  # every page but the welcome page, which needs no content
            self.session = session
        self.setWidgetResizable(True)
        no_horizontal_scroll(self)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(16, 16, 16, 16)
        self.body.setSpacing(12)
        self.setWidget(inner)

    def retranslate(self) -> None:
        """Set every text again in the current language (Qt strings and content texts)."""

    def title(self) -> str:
        return ""

    def first_focus(self) -> QWidget | None:
        """The widget that gets keyboard focus when the page opens."""
        return None

    def refresh(self) -> None:
        """Re-read the session (answers may have changed elsewhere)."""
