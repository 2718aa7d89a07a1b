"""The workshop bar (always visible: "nothing is saved", next participant, example people,
presenter view) and the Workshop menu. Texts use the "Workshop" translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from privacy_audit.content import Content
from privacy_audit.workshop.room import persona_choices
from ui.a11y import name
from ui.widgets.flow import FlowLayout

#: What the Print / Save as PDF submenus offer, in order (ids used by the controller).
HANDOUTS = ("worksheet", "handout", "agenda60", "agenda90")


def handout_title(kind: str) -> str:
    return {
        "worksheet": QCoreApplication.translate("Workshop", "Blank worksheet"),
        "handout": QCoreApplication.translate(
            "Workshop", "What each legal process means (one page)"
        ),
        "agenda60": QCoreApplication.translate("Workshop", "Facilitator agenda, 60 minutes"),
        "agenda90": QCoreApplication.translate("Workshop", "Facilitator agenda, 90 minutes"),
    }[kind]


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at its width.

    A toolbar's layout does not do height-for-width, so the label sets its own minimum height.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class FlowHost(QWidget):
    """Holds a :class:`FlowLayout` in a toolbar, taking the height its rows need."""

    def __init__(self) -> None:
        super().__init__()
        self.flow = FlowLayout(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        need = self.flow.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class WorkshopBar(QToolBar):
    """A fixed bar at the top of the window; its texts wrap at large presenter scales."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("workshopBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        host = QWidget()
        host.setObjectName("workshopBarBody")
        lay = QVBoxLayout(host)
        lay.setContentsMargins(6, 4, 6, 4)
        self.reminder = WrapLabel()
        self.reminder.setObjectName("workshopReminderLabel")
        f = self.reminder.font()
        f.setBold(True)
        self.reminder.setFont(f)
        # The buttons wrap onto more rows, and the status goes below them, when narrow.
        self.buttons = FlowHost()
        row = self.buttons.flow
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextParticipantButton")
        self.personas_button = QPushButton()
        self.personas_button.setObjectName("examplePeopleButton")
        self.presenter_button = QPushButton()
        self.presenter_button.setObjectName("presenterViewButton")
        self.status = WrapLabel()
        self.status.setObjectName("workshopStatusLabel")
        for b in (self.next_button, self.personas_button, self.presenter_button):
            row.addWidget(b)
        lay.addWidget(self.reminder)
        lay.addWidget(self.buttons)
        lay.addWidget(self.status)
        self.addWidget(host)

    def retranslate(self) -> None:
        self.reminder.setText(
            self.tr(
                "Workshop mode — nothing is saved. Each participant's answers are cleared "
                "when you press Next participant."
            )
        )
        self.reminder.setAccessibleName(self.reminder.text())
        self.next_button.setText(self.tr("Next parti&cipant"))
        name(
            self.next_button,
            self.tr("Next participant"),
            self.tr("Clear every answer and result, and go back to the welcome page"),
        )
        self.personas_button.setText(self.tr("E&xample people"))
        name(
            self.personas_button,
            self.tr("Example people"),
            self.tr("Load a fictional person to show how answers move the score"),
        )
        self.presenter_button.setText(self.tr("Presen&ter view"))
        name(
            self.presenter_button,
            self.tr("Presenter view"),
            self.tr("Show the ladder and what each legal process reaches, in large type"),
        )


class WorkshopMenu:
    """The Workshop menu, inserted before Help; :meth:`retranslate` sets its texts."""

    def __init__(
        self,
        window: QMainWindow,
        content: Content,
        handlers: dict[str, Callable[[], object]],
        before: QAction,
    ) -> None:
        self.content = content
        self.menu = QMenu(window)
        self.menu.setObjectName("workshopMenu")
        window.menuBar().insertMenu(before, self.menu)

        def act(key: str, menu: QMenu, *shortcuts: str) -> QAction:
            a = QAction(window)
            a.setObjectName(f"{key}Action")
            if shortcuts:
                a.setShortcuts([QKeySequence(s) for s in shortcuts])
                a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            if key in handlers:
                a.triggered.connect(handlers[key])
            menu.addAction(a)
            return a

        self.next = act("nextParticipant", self.menu, "Ctrl+Shift+N")
        self.personas = QMenu(window)
        self.personas.setObjectName("examplePeopleMenu")
        self.menu.addMenu(self.personas)
        self.persona_actions: dict[str, QAction] = {}
        for p in content.personas:
            a = act(f"persona_{p.id}", self.personas)
            self.persona_actions[p.id] = a
        self.presenter = act("presenterView", self.menu, "F5")
        self.menu.addSeparator()
        self.larger = act("largerText", self.menu, "Ctrl+=", "Ctrl++")
        self.smaller = act("smallerText", self.menu, "Ctrl+-")
        self.reset = act("normalText", self.menu, "Ctrl+0")
        self.menu.addSeparator()
        self.print_menu = QMenu(window)
        self.pdf_menu = QMenu(window)
        self.menu.addMenu(self.print_menu)
        self.menu.addMenu(self.pdf_menu)
        self.print_actions = {k: act(f"print_{k}", self.print_menu) for k in HANDOUTS}
        self.pdf_actions = {k: act(f"pdf_{k}", self.pdf_menu) for k in HANDOUTS}
        self.menu.addSeparator()
        self.tally = act("roomTally", self.menu)
        self.tally.setCheckable(True)
        self.export_tally = act("exportTally", self.menu)

    def retranslate(self, lang: str) -> None:
        self.menu.setTitle(QCoreApplication.translate("WorkshopMenu", "&Workshop"))
        self.next.setText(QCoreApplication.translate("WorkshopMenu", "&Next participant"))
        self.personas.setTitle(QCoreApplication.translate("WorkshopMenu", "&Example people"))
        for p in persona_choices(self.content, lang):
            self.persona_actions[p.id].setText(p.name)
            self.persona_actions[p.id].setToolTip(p.summary)
        self.presenter.setText(
            QCoreApplication.translate("WorkshopMenu", "&Presenter view of the ladder")
        )
        self.larger.setText(QCoreApplication.translate("WorkshopMenu", "&Larger text"))
        self.smaller.setText(QCoreApplication.translate("WorkshopMenu", "&Smaller text"))
        self.reset.setText(QCoreApplication.translate("WorkshopMenu", "N&ormal text size"))
        self.print_menu.setTitle(QCoreApplication.translate("WorkshopMenu", "P&rint handouts"))
        self.pdf_menu.setTitle(QCoreApplication.translate("WorkshopMenu", "Save handouts as P&DF"))
        for k in HANDOUTS:
            self.print_actions[k].setText(handout_title(k) + "…")
            self.pdf_actions[k].setText(handout_title(k) + "…")
        self.tally.setText(QCoreApplication.translate("WorkshopMenu", "Room &tally (counts only)"))
        self.export_tally.setText(
            QCoreApplication.translate("WorkshopMenu", "E&xport room tally (CSV)…")
        )
