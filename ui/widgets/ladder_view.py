"""The legal-process ladder on screen: each rung with who signs, whether a judge is involved,
whether the company must comply and whether the person is likely to be told, plus how many of
the person's own things sit on it.

One row per rung, easiest to get first, each a word-wrapped label (it reflows at any width and
a screen reader reads it as one sentence-like row). Rung numbers and a fill pattern mark the
rows, never colour alone.

``LadderView(large=True)`` is the presenter view's ladder for a room: larger type, the rungs
drawn as a ladder (two rails joining numbered rungs), and each fact on its own line after its
row label (who signs / a judge? / must the company comply? / will you be told?).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from privacy_audit.content import NO_JUDGE, TIER_ORDER, Content
from privacy_audit.text import t

_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.Dense3Pattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.NoBrush,
)


class _Swatch(QWidget):
    """The rung's number in a patterned box (dense = easy to get); with *rails*, the two
    rails of the ladder run down the whole row, so the rows together draw a ladder."""

    def __init__(self, number: int, rails: bool = False) -> None:
        super().__init__()
        self.number = number
        self.rails = rails
        self._fit()

    def _fit(self) -> None:
        side = self.fontMetrics().height() * 2
        if self.rails:
            self.setFixedWidth(side + side // 2)
            self.setMinimumHeight(side)
        else:
            self.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenter scale, large type
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        side = self.fontMetrics().height() * 2
        if self.rails:
            pen = QPen(pal.color(QPalette.ColorRole.WindowText), max(side // 10, 2))
            p.setPen(pen)
            x0, x1 = side // 8, self.width() - side // 8
            p.drawLine(x0, 0, x0, self.height())
            p.drawLine(x1, 0, x1, self.height())
            r = self.rect().adjusted(side // 8, side // 4, -(side // 8), 0)
            r.setHeight(side)
        else:
            r = self.rect().adjusted(1, 1, -1, -1)
        p.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1))
        p.setBrush(QBrush(pal.color(QPalette.ColorRole.Highlight), _PATTERNS[self.number - 1]))
        p.drawRect(r)
        p.setBrush(pal.color(QPalette.ColorRole.Window))
        fm = self.fontMetrics()
        box = r.adjusted(r.width() // 4, r.height() // 4, -r.width() // 4, -r.height() // 4)
        box.setWidth(max(box.width(), fm.horizontalAdvance("0") + 4))
        p.drawRect(box)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(self.number))
        p.end()


class LadderView(QFrame):
    """The six rungs with their facts and the person's count on each."""

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.large = large
        self.setObjectName("presenterLadderView" if large else "ladderView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        if large:
            lay.setSpacing(0)  # the rails of one rung meet those of the next
        self.rows: dict[str, QLabel] = {}
        for i, tid in enumerate(TIER_ORDER, 1):
            row = QHBoxLayout()
            swatch = _Swatch(i, rails=large)
            if large:
                row.addWidget(swatch, 0)
            else:
                row.addWidget(swatch, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel()
            label.setObjectName(f"ladder_{tid}Label")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            if large:  # room between rungs, inside the row, so the rails stay joined
                label.setContentsMargins(0, 0, 0, label.fontMetrics().height())
            row.addWidget(label, 1)
            lay.addLayout(row)
            self.rows[tid] = label
        self.note = QLabel()
        self.note.setObjectName("ladderViewNote")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)

    def set_content(
        self,
        content: Content,
        lang: str,
        counts: dict[str, int] | None,
        things: Callable[[int], str] | None,
        note: str,
        rung_names: Callable[[int], str] | None = None,
    ) -> None:
        """*things(n)*: "n of your things" in the language (no counts in the presenter
        view: *counts* None); *note*: the no-judge line; *rung_names(n)*: "Rung n"."""
        plain: list[str] = []
        for n_rung, tid in enumerate(TIER_ORDER, 1):
            tier = content.tiers[tid]
            count = things(counts.get(tid, 0)) if counts is not None and things else ""
            facts = [
                (t("who_signs", lang), tier.who_signs.get(lang)),
                (t("judge", lang), tier.judge.get(lang)),
                (t("must_comply", lang), tier.must_comply.get(lang)),
                (t("told", lang), tier.told.get(lang)),
            ]
            head = _esc(tier.label.get(lang))
            if rung_names is not None:
                head = f"{_esc(rung_names(n_rung))}: {head}"
            if self.large:
                html = f"<b><big>{head}</big></b>" + "".join(
                    f"<br><b>{_esc(_ask(q))}</b> {_esc(a)}" for q, a in facts
                )
            else:
                html = f"<b>{head}</b> — {_esc(count)}<br>" + "<br>".join(
                    f"<i>{_esc(_ask(q))}</i> {_esc(a)}" for q, a in facts
                )
            self.rows[tid].setText(html)
            lead = f"{tier.label.get(lang)}: {count}. " if count else f"{tier.label.get(lang)}. "
            sentence = lead + " ".join(f"{q} {a}" for q, a in facts)
            self.rows[tid].setAccessibleName(sentence)
            plain.append(sentence)
        self.note.setText(note)
        self.setAccessibleName(t("tiers", lang))
        self.setAccessibleDescription(" ".join(plain))

    def row_text(self, tier_id: str) -> str:
        """The row as a screen reader gets it (for tests)."""
        return self.rows[tier_id].accessibleName()


def no_judge_count(counts: dict[str, int]) -> int:
    return sum(n for tid, n in counts.items() if tid in NO_JUDGE)


def _ask(label: str) -> str:
    """A row label as a lead-in: "Who signs it:" (questions keep their question mark)."""
    return label if label.endswith(("?", ":")) else label + ":"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
