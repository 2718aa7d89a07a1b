"""Presenter view: the ladder, and what each legal process reaches platform by platform,
in large type for the back of the room. Texts come from the core
(:mod:`privacy_audit.workshop.room`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.report.strings import rt
from privacy_audit.workshop.room import PlatformReach, reach_catalog
from ui.a11y import name
from ui.widgets.flow import FlowLayout
from ui.widgets.ladder_view import LadderView

#: The presenter view's text, relative to the (already scaled) application font: at the
#: workshop's starting scale on a 1024x768 projector, body text about 26 pixels high (20 pt)
#: and each rung's name about 31 (24 pt), for the back of a room.
ENLARGE = 1.75


def _label(bold: bool = False, object_name: str = "") -> QLabel:
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if bold:
        f = QFont(lab.font())
        f.setBold(True)
        lab.setFont(f)
    if object_name:
        lab.setObjectName(object_name)
    return lab


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


class PresenterView(QDialog):
    """Two tabs: the ladder (who signs, a judge?, must comply?, told?) and the catalog."""

    def __init__(self, content: Content, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.content = content
        self.lang = lang
        self.catalog: tuple[PlatformReach, ...] = reach_catalog(content, lang)
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("presenterTabs")
        lay.addWidget(self.tabs)
        # -- the ladder: drawn as a ladder, each rung with its four row labels
        ladder = QWidget()
        ll = QVBoxLayout(ladder)
        self.ladder_view = LadderView(large=True)
        self.ladder_view.set_content(
            content,
            lang,
            None,
            None,
            "",
            rung_names=lambda n: rt("rung_n", lang, n=n),
        )
        self.ladder_view.note.setVisible(False)
        ll.addWidget(self.ladder_view)
        self.rung_labels: list[QLabel] = [self.ladder_view.rows[tid] for tid in TIER_ORDER]
        self.ladder_note = _label(True, "ladderNoteLabel")
        self.ladder_note.setText(rt("ladder_intro", lang) + "\n" + rt("admin_note", lang))
        ll.addWidget(self.ladder_note)
        ll.addStretch(1)
        self.tabs.addTab(_scroll(ladder), "")
        # -- platform by platform
        reach = QWidget()
        rl = QVBoxLayout(reach)
        row_host = QWidget()
        row_ = FlowLayout(row_host)  # wraps onto more rows on a narrow screen
        self.prev_button = QPushButton()
        self.prev_button.setObjectName("previousPlatformButton")
        self.platform_combo = QComboBox()
        self.platform_combo.setObjectName("presenterPlatformComboBox")
        for p in self.catalog:
            self.platform_combo.addItem(p.name, p.id)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextPlatformButton")
        row_.addWidget(self.prev_button)
        row_.addWidget(self.platform_combo)
        row_.addWidget(self.next_button)
        rl.addWidget(row_host)
        self.reach_host = QWidget()
        self.reach_grid = QGridLayout(self.reach_host)
        self.reach_grid.setColumnStretch(1, 1)
        self.reach_heads: list[QLabel] = []
        self.reach_items: list[QLabel] = []
        for row, _tid in enumerate(TIER_ORDER):
            head = _label(True)
            items = _label()
            self.reach_grid.addWidget(head, row, 0, Qt.AlignmentFlag.AlignTop)
            self.reach_grid.addWidget(items, row, 1, Qt.AlignmentFlag.AlignTop)
            self.reach_heads.append(head)
            self.reach_items.append(items)
        self.reach_grid.setRowStretch(len(TIER_ORDER), 1)
        rl.addWidget(_scroll(self.reach_host), 1)
        self.tabs.addTab(reach, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closePresenterButton")
        lay.addWidget(buttons)
        self.platform_combo.currentIndexChanged.connect(self._show_platform)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        for keys, step in (("PgUp", -1), ("PgDown", 1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self._step(s))
        self.retranslate()
        self._show_platform(0)
        self._enlarge()

    def _enlarge(self) -> None:
        """Every text in the view larger. Set on each widget: with the app's stylesheet, Qt
        does not pass a dialog's font on to its tabs and their contents."""
        for w in (self, *self.findChildren(QWidget)):
            f = QFont(w.font())
            f.setPointSizeF(f.pointSizeF() * ENLARGE)
            w.setFont(f)

    def _step(self, by: int) -> None:
        n = self.platform_combo.count()
        self.tabs.setCurrentIndex(1)
        self.platform_combo.setCurrentIndex((self.platform_combo.currentIndex() + by) % n)

    def _show_platform(self, index: int) -> None:
        if index < 0:
            return
        p = self.catalog[index]
        for head, items, rung in zip(self.reach_heads, self.reach_items, p.rungs, strict=True):
            head.setText(rung.label)
            items.setText(
                "\n".join(f"• {x}" for x in rung.items) if rung.items else self.tr("(nothing here)")
            )
        name(
            self.platform_combo,
            self.tr("Platform"),
            self.tr("Choose a platform to show what each legal process reaches there"),
        )

    def shown_platform(self) -> str:
        return str(self.platform_combo.currentData())

    def reach_text(self) -> str:
        """Everything the catalog tab shows now, as plain text (for tests and screen readers)."""
        return "\n".join(
            f"{h.text()}\n{i.text()}"
            for h, i in zip(self.reach_heads, self.reach_items, strict=True)
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter view — the ladder"))
        self.tabs.setTabText(0, self.tr("The ladder"))
        self.tabs.setTabText(1, self.tr("What each legal process reaches"))
        self.prev_button.setText(self.tr("◀ Previous platform"))
        name(self.prev_button, self.tr("Previous platform"), self.tr("Show the platform before"))
        self.next_button.setText(self.tr("Next platform ▶"))
        name(self.next_button, self.tr("Next platform"), self.tr("Show the next platform"))
        name(self.close_button, self.tr("Close"), self.tr("Close the presenter view"))
