"""Workshop mode for community facilitators (see ``docs/workshop.md``).

:func:`install` is called by :mod:`ui.app` for every main window once its content is
attached: a workshop window gets the workshop layer (:class:`ui.workshop.mode.WorkshopMode`);
any other window gets a "Workshop mode…" entry in its View menu that turns it into one. The
main window itself imports nothing from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.workshop.mode import WorkshopMode


def mode_of(window: MainWindow) -> WorkshopMode | None:
    """The workshop layer of *window*, if it is in workshop mode."""
    from ui.workshop.mode import WorkshopMode

    found = window.findChild(WorkshopMode)
    return found if isinstance(found, WorkshopMode) else None


def start(window: MainWindow) -> WorkshopMode:
    """Turn *window* into a workshop window (idempotent)."""
    from ui.workshop.mode import WorkshopMode

    return mode_of(window) or WorkshopMode(window)


class _Entry(QObject):
    """View > Workshop mode… in an ordinary window (retranslated on language change)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("workshopModeAction")
        window.menus.view.addSeparator()
        window.menus.view.addAction(self.action)
        self.action.triggered.connect(self.ask)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("Workshop", "&Workshop mode…"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def ask(self) -> None:
        from ui.dialogs.confirm import confirm

        ok = confirm(
            self.window,
            QCoreApplication.translate("Workshop", "Workshop mode"),
            QCoreApplication.translate(
                "Workshop",
                "Switch to workshop mode? Nothing is saved in workshop mode, and the answers "
                "on screen are cleared. To leave workshop mode, close Huella.",
            ),
        )
        if ok:
            self.action.setVisible(False)
            start(self.window)


def install(window: MainWindow, workshop: bool) -> None:
    """Workshop mode (*workshop*), or the View menu entry that starts it, in *window*."""
    if workshop:
        start(window)
    else:
        _Entry(window)
