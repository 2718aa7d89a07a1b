"""The live exposure panel: the score and the ladder, updated as answers change.

Score changes are announced to screen readers (an accessibility announcement event) and
kept in :attr:`ExposurePanel.last_announcement` so tests can check what was said.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from privacy_audit.scoring.present import gaps_json
from privacy_audit.session import AuditSession
from ui.a11y import announce
from ui.widgets.chart import Bar, BarChart


class ExposurePanel(QFrame):
    """Score, level in words, and each rung's share of the score.

    Signals:
        announced(str): the sentence given to screen readers after a score change.
    """

    announced = Signal(str)

    def __init__(self, session: AuditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("exposurePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.last_announcement = ""
        self._last_score: int | None = None
        lay = QVBoxLayout(self)
        self._lay = lay
        self.heading = QLabel()
        self.heading.setObjectName("panelHeading")
        self.heading.setWordWrap(True)
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLabel")
        big = QFont(self.score_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.score_label.setFont(big)
        self.band_label = QLabel()
        self.band_label.setObjectName("bandLabel")
        self.band_label.setWordWrap(True)
        self.ladder_heading = QLabel()
        self.ladder_heading.setWordWrap(True)
        self.ladder = BarChart(stacked=True)
        self.ladder.setObjectName("ladderChart")
        self.ladder_note = QLabel()
        self.ladder_note.setWordWrap(True)
        self.ladder_note.setObjectName("ladderNote")
        for w in (
            self.heading,
            self.score_label,
            self.band_label,
            self.ladder_heading,
            self.ladder,
            self.ladder_note,
        ):
            lay.addWidget(w)
        # Compact (a narrow or short window): one wrapped line below the page instead.
        self.compact_label = QLabel()
        self.compact_label.setObjectName("compactScoreLabel")
        self.compact_label.setWordWrap(True)
        self.compact_label.setVisible(False)
        lay.addWidget(self.compact_label)
        lay.addStretch(1)
        self.compact = False
        self.refresh(announce_change=False)

    def set_compact(self, compact: bool) -> None:
        """One line (score and level) below the page, or the whole panel beside it."""
        self.compact = compact
        full = (
            self.heading,
            self.score_label,
            self.band_label,
            self.ladder_heading,
            self.ladder,
            self.ladder_note,
        )
        for w in full:
            w.setVisible(not compact)
        self.compact_label.setVisible(compact)
        m = self.fontMetrics().height() // (4 if compact else 1)
        self._lay.setContentsMargins(m, m, m, m)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.compact:
            return hint
        # Beside the page: wide enough for the ladder's labels, at any text size.
        return QSize(
            max(hint.width(), self.fontMetrics().horizontalAdvance("M") * 22), hint.height()
        )

    def retranslate(self) -> None:
        self.refresh(announce_change=False)

    def refresh(self, announce_change: bool = True) -> None:
        s = self.session
        report = s.live()  # not report(): findings and platforms are not shown here
        self.heading.setText(self.tr("Your exposure so far"))
        answered = bool(s.answers().answers)
        if report.band is None:
            # Too few answers for a level: the score so far (a dash before any answer), a dash
            # for the level and what is missing; never "low".
            band = "—"
            self.score_label.setText(
                self.tr("%1 of 100").replace("%1", str(report.score)) if answered else "—"
            )
            missing = gaps_json(s.content, report.gaps, s.lang)
            self.band_label.setText(
                self.tr("Level: %1").replace("%1", band)
                + "\n"
                + (missing["text"] if missing else "")
            )
        else:
            band, _meaning = s.band_text(report.band)
            self.score_label.setText(self.tr("%1 of 100").replace("%1", str(report.score)))
            self.band_label.setText(self.tr("Level: %1").replace("%1", band))
        self.ladder_heading.setText(self.tr("Who could get it, and how (easiest first):"))
        bars = []
        for tr_ in report.tiers:
            tier = s.content.tiers[tr_.id]
            bars.append(
                Bar(
                    tier.label.get(s.lang),
                    tr_.share,
                    self.tr("%1 points").replace("%1", str(round(tr_.share))),
                )
            )
        # A fixed scale (the whole 0-100 score), not shares of the current total: a bar only
        # grows when more of the person's things sit on that rung.
        self.ladder.set_bars(bars, 100.0, self.tr("The ladder"))
        self.ladder_note.setText(self.tr("The first three rungs need no judge at all."))
        if not answered:
            summary = self.tr("No answers yet, so no score.")
        elif report.band is None:
            summary = self.tr(
                "Exposure score so far %1 of 100; not enough answers yet for a level."
            ).replace("%1", str(report.score))
        else:
            summary = (
                self.tr("Exposure score %1 of 100, level %2.")
                .replace("%1", str(report.score))
                .replace("%2", band)
            )
        self.compact_label.setText(
            self.tr("Your exposure so far: %1").replace(
                "%1", self.score_label.text() + " · " + self.band_label.text().split("\n")[0]
            )
        )
        self.setAccessibleName(self.tr("Live exposure score"))
        self.score_label.setAccessibleName(summary)
        shown = report.score if answered else None
        if announce_change and shown != self._last_score:
            self.last_announcement = summary
            announce(self.score_label, summary)
            self.announced.emit(summary)
        else:
            self.score_label.setAccessibleDescription(summary)
        self._last_score = shown
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
