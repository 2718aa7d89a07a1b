"""The plan as a picture: the score now, then after each step, as a falling staircase.

Each step is a tread drawn at its score with the number written on it, so the picture reads
without colour (numbers and a hatched area, never colour alone). Its accessible description
says the same in words for screen readers: "Now 71. After step 1: 68. ..."
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class Staircase(QWidget):
    """Scores ``[now, after step 1, after step 2, ...]`` drawn as descending treads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: list[int] = []
        self._labels: list[str] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_steps(self, scores: list[int], labels: list[str], summary: str, name: str) -> None:
        """*scores*: the score now, then after each step; *labels*: one under each tread."""
        self._scores = list(scores)
        self._labels = list(labels)
        self.setAccessibleName(name)
        self.setAccessibleDescription(summary)
        self.updateGeometry()
        self.update()

    def scores(self) -> list[int]:
        return list(self._scores)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("M") * 40, fm.height() * 9)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("M") * 12, fm.height() * 9)

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self._scores) < 2:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        text = QPen(pal.color(QPalette.ColorRole.WindowText))
        w, h = self.width(), self.height()
        top, bottom = fm.height() * 1.4, h - fm.height() * 1.6
        n = len(self._scores)
        tread = w / n
        peak = max(max(self._scores), 1)

        def y_of(score: int) -> float:
            return bottom - (bottom - top) * score / peak

        # The area under the staircase, hatched, with a solid outline on top.
        path = QPainterPath(QPointF(0, bottom))
        for i, s in enumerate(self._scores):
            path.lineTo(i * tread, y_of(s))
            path.lineTo((i + 1) * tread, y_of(s))
        path.lineTo(w, bottom)
        path.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(pal.color(QPalette.ColorRole.Highlight), Qt.BrushStyle.BDiagPattern))
        p.drawPath(path)
        p.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        # Numbers on the treads; labels under them when there is room (first, last and every
        # k-th otherwise, so they never overlap).
        widest = max(fm.horizontalAdvance(lbl) for lbl in self._labels) + 6
        every = max(1, int(widest // max(tread, 1)) + 1)
        p.setPen(text)
        for i, s in enumerate(self._scores):
            x = i * tread
            # the first and the last tread always; every k-th between, unless it would touch
            # the last one's label
            show = i in (0, n - 1) or (i % every == 0 and n - 1 - i >= every)
            if show or tread >= fm.horizontalAdvance("100") + 4:
                p.drawText(
                    QRectF(x, y_of(s) - fm.height() * 1.2, tread, fm.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    str(s),
                )
            if show and i < len(self._labels):
                p.drawText(
                    QRectF(x - tread, bottom + 2, tread * 3, fm.height() * 1.4),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    self._labels[i],
                )
        p.end()
