"""A painted horizontal bar chart (QtCharts is not part of PySide6-Essentials).

Every bar carries its label and value as text, and each row gets its own fill pattern,
so the chart never relies on colour. The whole chart is summarised in its accessible
description for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.Dense3Pattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    value_text: str


class BarChart(QWidget):
    """Rows of ``label | bar | value``; bars scale to *maximum*."""

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        #: Label on its own line above the bar (for narrow places such as the side panel).
        self.stacked = stacked
        self._bars: list[Bar] = []
        self._maximum = 100.0
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_bars(self, bars: list[Bar], maximum: float, summary_name: str) -> None:
        self._bars = list(bars)
        self._maximum = max(maximum, 1e-9)
        self.setAccessibleName(summary_name)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value_text}" for b in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def maximum(self) -> float:
        """The value a full-width bar stands for."""
        return self._maximum

    def _label_height(self, label: str, width: int) -> int:
        """Height of a wrapped label (stacked mode: labels wrap rather than being cut)."""
        rect = self.fontMetrics().boundingRect(
            0, 0, max(width, 10), 10_000, int(Qt.TextFlag.TextWordWrap), label
        )
        return rect.height()

    def _rows(self, width: int) -> list[tuple[int, int, int]]:
        """(top, label height, row height) of each bar at *width*."""
        fm = self.fontMetrics()
        out = []
        y = 0
        for bar in self._bars:
            if self.stacked:
                lh = self._label_height(bar.label, width)
                rh = lh + int(fm.height() * 1.7)
            else:
                lh, rh = 0, int(fm.height() * 1.8)
            out.append((y, lh, rh))
            y += rh
        return out

    def _total_height(self, width: int) -> int:
        rows = self._rows(width)
        return (rows[-1][0] + rows[-1][2] + 4) if rows else 4

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._total_height(width)

    def sizeHint(self) -> QSize:
        w = self.fontMetrics().horizontalAdvance("M") * (24 if self.stacked else 40)
        return QSize(w, self._total_height(max(self.width(), w)))

    def minimumSizeHint(self) -> QSize:
        w = self.fontMetrics().horizontalAdvance("M") * (14 if self.stacked else 20)
        return QSize(w, self._total_height(max(self.width(), w)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stacked and self.height() != self._total_height(self.width()):
            self.setMinimumHeight(self._total_height(self.width()))
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        pal = self.palette()
        w = self.width()
        value_w = max(fm.horizontalAdvance(b.value_text) for b in self._bars) + 12
        if self.stacked:
            label_w = 0
        else:
            widest = max(fm.horizontalAdvance(b.label) for b in self._bars) + 12
            label_w = min(widest, int(w * 0.45))
        bar_w = max(w - label_w - value_w, 10)
        text_pen = QPen(pal.color(QPalette.ColorRole.WindowText))
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        for i, (bar, (y, lh, rh)) in enumerate(zip(self._bars, self._rows(w), strict=True)):
            p.setPen(text_pen)
            if self.stacked:
                p.drawText(
                    QRectF(0, y, w, lh),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                    bar.label,
                )
                row_top, row_h = y + lh + fm.height() * 0.1, fm.height() * 1.4
                bar_top, bar_h = row_top + fm.height() * 0.15, fm.height() * 1.1
            else:
                label_rect = QRectF(0, y, label_w - 8, rh)
                elided = fm.elidedText(
                    bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width())
                )
                p.drawText(label_rect, left, elided)
                row_top, row_h = y, rh
                bar_top, bar_h = y + rh * 0.2, rh * 0.6
            frac = max(0.0, min(1.0, bar.value / self._maximum))
            track = QRectF(label_w, bar_top, bar_w, bar_h)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            p.drawRect(track)
            if frac > 0:
                fill = QRectF(
                    track.left(), track.top(), max(track.width() * frac, 2.0), track.height()
                )
                brush = QBrush(
                    pal.color(QPalette.ColorRole.Highlight), _PATTERNS[i % len(_PATTERNS)]
                )
                p.setBrush(brush)
                p.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1))
                p.drawRect(fill)
            p.setPen(text_pen)
            p.drawText(QRectF(label_w + bar_w + 6, row_top, value_w, row_h), left, bar.value_text)
        p.end()
