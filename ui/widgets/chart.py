"""A painted horizontal bar chart (QtCharts is not part of PySide6-Essentials).

Every bar carries its label and value as text, and each row gets its own fill pattern,
so the chart never relies on colour. The whole chart is summarised in its accessible
description for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
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

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * (2.9 if self.stacked else 1.8))

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("M") * 40, self._row_height() * len(self._bars) + 4
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 20, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        pal = self.palette()
        w = self.width()
        rh = self._row_height()
        value_w = max(fm.horizontalAdvance(b.value_text) for b in self._bars) + 12
        if self.stacked:
            label_w = 0
        else:
            widest = max(fm.horizontalAdvance(b.label) for b in self._bars) + 12
            label_w = min(widest, int(w * 0.45))
        bar_w = max(w - label_w - value_w, 10)
        text_pen = QPen(pal.color(QPalette.ColorRole.WindowText))
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        for i, bar in enumerate(self._bars):
            y = i * rh
            p.setPen(text_pen)
            if self.stacked:
                label_rect = QRectF(0, y, w, fm.height() * 1.2)
                bar_top, bar_h, row_top, row_h = (
                    y + fm.height() * 1.3,
                    fm.height() * 1.1,
                    y + fm.height() * 1.2,
                    fm.height() * 1.4,
                )
            else:
                label_rect = QRectF(0, y, label_w - 8, rh)
                bar_top, bar_h, row_top, row_h = y + rh * 0.2, rh * 0.6, y, rh
            elided = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            p.drawText(label_rect, left, elided)
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
