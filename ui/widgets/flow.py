"""Layouts that reflow to the width they get, so nothing is cut off on a small screen.

:class:`FlowLayout` puts its widgets in a row and wraps them onto further rows when the row
is too narrow (buttons). With ``columns=n`` it is a grid of up to *n* equal columns that
drops to fewer, down to one, when the items no longer fit side by side (the accounts list).
Both answer height-for-width, so a scroll area around them scrolls only vertically.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        columns: int | None = None,
        align_right: bool = False,
        cell_em: int = 20,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.columns = columns
        self.align_right = align_right
        #: In columns: a column is as wide as its widest item, up to this many "M"s (longer
        #: items wrap, so one long name does not put every item in a single column).
        self.cell_em = cell_em
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout --------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        m = self.contentsMargins()
        if not shown:
            return QSize(m.left() + m.right(), m.top() + m.bottom())
        sp = self._spacing()
        if self.columns:
            cols = min(self.columns, len(shown))
            w = cols * self._cell_width(shown) + (cols - 1) * sp
        else:
            w = sum(i.sizeHint().width() for i in shown) + sp * (len(shown) - 1)
        w += m.left() + m.right()
        return QSize(w, self.heightForWidth(w))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        m = self.contentsMargins()
        w = max((i.minimumSize().width() for i in shown), default=0) + m.left() + m.right()
        return QSize(w, self.heightForWidth(max(w, self.geometry().width())))

    # -- placing --------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        out = []
        for item in self._items:
            w = item.widget()
            if w is not None and w.isHidden():
                continue
            out.append(item)
        return out

    def _spacing(self) -> int:
        sp = self.spacing()
        if sp >= 0:
            return sp
        parent = self.parentWidget()
        return parent.fontMetrics().height() // 3 if parent is not None else 6

    def _cell_width(self, shown: list[QLayoutItem]) -> int:
        parent = self.parentWidget()
        cap = parent.fontMetrics().horizontalAdvance("M") * self.cell_em if parent else 10**6
        return min(max(i.sizeHint().width() for i in shown), cap)

    def _item_height(self, item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return item.sizeHint().height()

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        shown = self._shown()
        if not shown:
            return m.top() + m.bottom()
        sp = self._spacing()
        width = max(area.width(), 1)
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        if self.columns:
            cell = self._cell_width(shown)
            cols = max(1, min(self.columns, (width + sp) // (cell + sp), len(shown)))
            col_w = (width - sp * (cols - 1)) // cols
            for item in shown:
                if len(rows[-1]) == cols:
                    rows.append([])
                rows[-1].append((item, col_w))
        else:
            used = 0
            for item in shown:
                w = min(item.sizeHint().width(), width)
                if rows[-1] and used + sp + w > width:
                    rows.append([])
                    used = 0
                used += (sp if rows[-1] else 0) + w
                rows[-1].append((item, w))
        y = area.top()
        for row in rows:
            h = max(self._item_height(item, w) for item, w in row)
            x = area.left()
            if self.align_right and not self.columns:
                x += width - (sum(w for _, w in row) + sp * (len(row) - 1))
            for item, w in row:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, h)))
                x += w + sp
            y += h + sp
        return y - sp - rect.top() + m.bottom()
