"""The legal-process ladder on screen: each rung with who signs, whether a judge is involved,
whether the company must comply and whether the person is likely to be told, plus how many of
the person's own things sit on it.

One row per rung, easiest to get first, each a word-wrapped label (it reflows at any width and
a screen reader reads it as one sentence-like row). Rung numbers and a fill pattern mark the
rows, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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
    """The rung's number in a patterned box (dense = easy to get)."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        side = self.fontMetrics().height() * 2
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ladderView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.rows: dict[str, QLabel] = {}
        for i, tid in enumerate(TIER_ORDER, 1):
            row = QHBoxLayout()
            row.addWidget(_Swatch(i), 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel()
            label.setObjectName(f"ladder_{tid}Label")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
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
        counts: dict[str, int],
        things: Callable[[int], str],
        note: str,
    ) -> None:
        """*things(n)*: "n of your things" in the language; *note*: the no-judge line."""
        plain: list[str] = []
        for tid in TIER_ORDER:
            tier = content.tiers[tid]
            n = counts.get(tid, 0)
            count = things(n)
            facts = [
                (t("who_signs", lang), tier.who_signs.get(lang)),
                (t("judge", lang), tier.judge.get(lang)),
                (t("must_comply", lang), tier.must_comply.get(lang)),
                (t("told", lang), tier.told.get(lang)),
            ]
            html = f"<b>{_esc(tier.label.get(lang))}</b> — {_esc(count)}<br>" + "<br>".join(
                f"<i>{_esc(_ask(q))}</i> {_esc(a)}" for q, a in facts
            )
            self.rows[tid].setText(html)
            sentence = f"{tier.label.get(lang)}: {count}. " + " ".join(f"{q} {a}" for q, a in facts)
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
