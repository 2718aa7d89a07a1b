"""Presenter scale: every font in the app larger or smaller, for a projector.

Qt widgets follow the application font, except those given their own font (headings, the
live score). Those keep their size relative to the base: each remembers its size at scale 1.0
(in a dynamic property) the first time it is seen, so scaling up and down never drifts. Our
widgets that fixed a minimum width from the font at start (the live panel) scale it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

#: The scales Ctrl+= / Ctrl+- step through (1.0 = the desktop's own size).
STEPS = (0.8, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
_BASE = "huellaBasePointSize"
_BASE_MIN_W = "huellaBaseMinimumWidth"


def _own_minimum(w: QWidget) -> bool:
    """Our widgets that fixed their own minimum width from the font (e.g. the live panel)."""
    return not w.isWindow() and type(w).__module__.startswith("ui.") and w.minimumWidth() > 0


class PresenterScale(QObject):
    """Signals:
    changed(float): the new scale factor.
    """

    changed = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._base_font = QFont(app.font())
        self.factor = 1.0

    def set_factor(self, factor: float) -> None:
        factor = min(max(factor, STEPS[0]), STEPS[-1])
        old = self.factor
        app_font = QFont(self._base_font)
        app_font.setPointSizeF(self._base_font.pointSizeF() * factor)
        # Remember every explicitly sized widget's base size before the change.
        own = [w for w in self._app.allWidgets() if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
        for w in own:
            if w.property(_BASE) is None and w.font().pointSizeF() > 0:
                w.setProperty(_BASE, w.font().pointSizeF() / old)
        widths = [w for w in self._app.allWidgets() if _own_minimum(w)]
        for w in widths:
            if w.property(_BASE_MIN_W) is None:
                w.setProperty(_BASE_MIN_W, w.minimumWidth() / old)
        QApplication.setFont(app_font)
        # Widgets whose font the stylesheet touches (e.g. radio buttons in a group box) took
        # a copy of the old application font when polished: polish them again.
        sheet = self._app.styleSheet()
        if sheet:
            self._app.setStyleSheet(sheet)
        self.factor = factor
        for w in widths:
            w.setMinimumWidth(round(float(w.property(_BASE_MIN_W)) * factor))
        for w in own:
            base = w.property(_BASE)
            if base is None:
                continue
            f = QFont(w.font())
            f.setPointSizeF(float(base) * factor)
            w.setFont(f)
        self.changed.emit(factor)

    def larger(self) -> None:
        self.set_factor(next((s for s in STEPS if s > self.factor + 1e-6), STEPS[-1]))

    def smaller(self) -> None:
        self.set_factor(next((s for s in reversed(STEPS) if s < self.factor - 1e-6), STEPS[0]))

    def reset(self) -> None:
        self.set_factor(1.0)

    def restore(self) -> None:
        """Back to the desktop's font (when the window closes)."""
        self.set_factor(1.0)
