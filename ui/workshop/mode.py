"""Workshop mode on a main window: private sessions only, presenter scale, next participant,
example people, presenter view, handouts and the optional room tally.

Attached to an existing :class:`ui.main_window.MainWindow` (see :func:`ui.workshop.install`),
so the walk-through itself is the ordinary one. Decisions (what a persona answers, what the
tally counts) live in :mod:`privacy_audit.workshop.room`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from privacy_audit.session import PLATFORM_PREFIX, RESULTS, AuditSession
from privacy_audit.workshop.room import RoomTally, persona_session
from ui import screen_fit
from ui.dialogs.confirm import confirm
from ui.pages.results import ResultsPage
from ui.pages.welcome import WelcomePage
from ui.workshop import output
from ui.workshop.bar import HANDOUTS, WorkshopBar, WorkshopMenu
from ui.workshop.presenter import PresenterView
from ui.workshop.scale import PresenterScale

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: The presenter scale a workshop starts with (Ctrl+0 goes back to 1.0).
START_SCALE = 1.25


def forget(session: AuditSession) -> None:
    """Empty a session in place: answers, chosen platforms and ticked steps."""
    for qid in list(session.all_answers()):
        session.set_answer(qid, None)
    for pid in session.selected:
        session.set_platform(pid, False)
    for aid in session.done:
        session.set_done(aid, False)


class WorkshopMode(QObject):
    """The workshop layer of one window. ``tally`` is None while the room tally is off."""

    scale: PresenterScale

    def __init__(self, window: MainWindow, *, scale: float = START_SCALE) -> None:
        super().__init__(window)
        self.window = window
        self.content = window.content
        self.room_lang = window.session.lang
        self.demo = ""  # the example person on screen, if any
        self.tally: RoomTally | None = None
        self.presenter: PresenterView | None = None
        window.workshop = True
        if window.session.saving:
            window.files.autosave(now=True)  # keep what the owner of this laptop had saved
        if window.session.saving or window.session.all_answers() or window.session.selected:
            window.new_session(saving=False)
        self.bar = WorkshopBar(window)
        window.addToolBar(self.bar)
        handlers: dict[str, Callable[[], object]] = {
            "nextParticipant": self.next_participant,
            "presenterView": self.open_presenter,
            "largerText": lambda: self.scale.larger(),
            "smallerText": lambda: self.scale.smaller(),
            "normalText": lambda: self.scale.reset(),
            "roomTally": self._tally_toggled,
            "exportTally": self.export_tally,
        }
        for p in self.content.personas:
            handlers[f"persona_{p.id}"] = lambda *_a, pid=p.id: self.load_persona(pid)
        for k in HANDOUTS:
            handlers[f"print_{k}"] = lambda *_a, k=k: output.print_handout(self, k)
            handlers[f"pdf_{k}"] = lambda *_a, k=k: output.save_handout(self, k)
        self.menu = WorkshopMenu(window, self.content, handlers, window.menus.help.menuAction())
        self.bar.next_button.clicked.connect(self.next_participant)
        self.bar.personas_button.setMenu(self.menu.personas)
        self.bar.presenter_button.clicked.connect(self.open_presenter)
        # Nothing can be saved or exported with answers in it.
        for a in (window.menus.saved, window.menus.export, window.menus.delete_all):
            a.setEnabled(False)
        window.start_over_intent = self.next_participant
        window.stack.currentChanged.connect(self._page_shown)
        window.installEventFilter(self)
        self.scale = PresenterScale(self)
        self.scale.changed.connect(lambda _f: self._update_status())
        # Larger text never pushes the window past its screen.
        self.scale.changed.connect(lambda _f: QTimer.singleShot(0, self, window.keep_on_screen))
        self.retranslate()
        self._page_shown()
        self.scale.set_factor(scale)

    # -- keeping the window private --------------------------------------------------------
    def _page_shown(self, _index: int = 0) -> None:
        page = self.window.stack.currentWidget()
        if isinstance(page, WelcomePage):
            page.set_saving_available(False, self.tr("Workshop mode: nothing is saved."))
            page.saved_button.hide()
        elif isinstance(page, ResultsPage) and not page.property("huellaWorkshop"):
            page.setProperty("huellaWorkshop", True)
            page.export_button.hide()
        self.window.menus.export.setEnabled(False)
        self.window.menus.saved.setEnabled(False)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                if not self._has_answers() and not self.demo:
                    # Chosen before anyone started: the room's language from now on.
                    self.room_lang = self.window.session.lang
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.end()
        return False

    def retranslate(self) -> None:
        self.bar.retranslate()
        self.menu.retranslate(self.window.session.lang)
        page = self.window.pages.get("welcome")
        if isinstance(page, WelcomePage):
            page.set_saving_available(False, self.tr("Workshop mode: nothing is saved."))
        self._update_status()

    def _update_status(self) -> None:
        parts = [self.tr("Text size: %1%").replace("%1", str(round(self.scale.factor * 100)))]
        if self.tally is None:
            parts.append(self.tr("Room tally: off"))
        else:
            parts.append(
                self.tr("Room tally: on, %1 counted").replace("%1", str(self.tally.participants))
            )
        if self.demo:
            who = self.content.persona(self.demo).name.get(self.window.session.lang)
            parts.append(self.tr("Example person: %1").replace("%1", who))
        self.bar.status.setText(" · ".join(parts))

    # -- participants ----------------------------------------------------------------------
    def _has_answers(self) -> bool:
        s = self.window.session
        return bool(s.all_answers() or s.selected)

    def _ask(self, title: str, text: str) -> bool:
        return confirm(self.window, title, text)

    def _replace_session(self, session: AuditSession) -> None:
        w = self.window
        old = w.session
        w.use_session(session)
        forget(old)
        w.files.last_task = None  # a finished report task may still hold a copy of the answers

    def next_participant(self, *, confirm: bool = True) -> bool:
        """Forget everything on screen (counting it first if the tally is on); welcome page."""
        w = self.window
        if (
            confirm
            and self._has_answers()
            and w.session.page != RESULTS
            and not self.demo
            and not self._ask(
                self.tr("Next participant"),
                self.tr("Clear this participant's answers and start again for the next person?"),
            )
        ):
            return False
        if self.tally is not None and not self.demo:
            self.tally.add(w.session.answers())
        self.demo = ""
        self._replace_session(AuditSession(self.content, w.scorer, lang=self.room_lang))
        w.statusBar().clearMessage()
        w.show_page("welcome")
        if w.translators.lang != self.room_lang:
            w.set_language(self.room_lang)
        self._update_status()
        return True

    def load_persona(self, persona_id: str, *, confirm: bool = True) -> None:
        """Show an example person's answers (never counted in the tally)."""
        w = self.window
        if (
            confirm
            and self._has_answers()
            and not self.demo
            and not self._ask(
                self.tr("Example people"),
                self.tr("Replace the answers on screen with an example person's answers?"),
            )
        ):
            return
        lang = w.session.lang
        self._replace_session(persona_session(self.content, persona_id, w.scorer, lang=lang))
        self.demo = persona_id
        first = next((k for k in w.session.pages() if k.startswith(PLATFORM_PREFIX)), RESULTS)
        w.show_page(first)
        self._update_status()

    # -- presenter view, tally --------------------------------------------------------------
    def open_presenter(self) -> PresenterView:
        if self.presenter is not None:
            self.presenter.close()
            self.presenter.deleteLater()
        view = PresenterView(self.content, self.window.session.lang, self.window)
        self.presenter = view
        view.open()
        # As large as the screen (a projector), and never larger.
        screen_fit.fill_screen(view)
        QTimer.singleShot(0, view, lambda: screen_fit.keep_on_screen(view))
        return view

    def _tally_toggled(self) -> None:
        self.set_tally(self.menu.tally.isChecked())

    def set_tally(self, on: bool) -> None:
        """Turn the room tally on (empty) or off (its counts are dropped)."""
        if on and self.tally is None:
            self.tally = RoomTally(self.content, self.window.scorer)
        elif not on and self.tally is not None:
            self.tally.clear()
            self.tally = None
        self.menu.tally.setChecked(on)
        self._update_status()

    def export_tally(self) -> None:
        output.export_tally(self)

    def end(self) -> None:
        """The window closes: drop the tally, the answers, and the presenter scale."""
        self.set_tally(False)
        forget(self.window.session)
        if self.presenter is not None:
            self.presenter.close()
        self.scale.restore()
