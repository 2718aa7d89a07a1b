"""The main window: pages in a stack, the live exposure panel, navigation and menus.

It knows nothing of workshop mode: :mod:`ui.app` composes the window and installs that
(``ui/workshop/``), which uses :meth:`new_session` (a fresh participant) and scales fonts
itself. Saving, opening, exporting and printing are :attr:`files`
(:class:`ui.file_commands.FileCommands`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_audit.pages import ACCOUNTS, PLATFORM_PREFIX, RESULTS, WELCOME
from ui import screen_fit, style
from ui.a11y import name
from ui.file_commands import FileCommands
from ui.i18n import Translators
from ui.menus import Menus
from ui.pages.base import Page
from ui.pages.welcome import WelcomePage
from ui.start import no_horizontal_scroll
from ui.widgets.flow import FlowLayout

if TYPE_CHECKING:
    from privacy_audit.content import Content
    from privacy_audit.scoring.engine import Scorer
    from privacy_audit.session import AuditSession
    from ui.start import TwoStep
    from ui.widgets.exposure_panel import ExposurePanel


class MainWindow(QMainWindow):
    """The window; it starts in two steps so a person sees it as soon as possible.

    1. The frame: menus, buttons and the welcome page, none of which needs content.
    2. :meth:`attach`: the content and the audit session. The other pages and the live panel
       are built the first time they are shown.

    ``MainWindow(content)`` does both at once. The app itself (``ui.app``) builds the frame,
    shows it and calls :meth:`load_after_first_paint`, so the content is loaded while the
    welcome page is already on screen. Until then the buttons and menu commands do nothing.

    Signals:
    ready(): the content is attached; every command works.
    """

    ready = Signal()

    content: Content
    scorer: Scorer
    session: AuditSession
    _panel: ExposurePanel | None = None

    def __init__(
        self,
        content: Content | None = None,
        *,
        lang: str = "en",
        translators: Translators | None = None,
        restore: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        #: Set by workshop mode (``ui/workshop/``) when it takes this window over.
        self.workshop = False
        self.translators = translators or Translators()
        self.is_ready = False
        #: The language the window starts in, until a session has its own.
        self.start_lang = lang if lang in ("en", "es") else "en"
        self._on_ready: list[Callable[[], object]] = []
        self._start: TwoStep | None = None
        self.files = FileCommands(self)
        #: What "Start over" does, from the menu or the results page: a fresh audit here.
        #: Workshop mode makes it "next participant" (``ui/workshop/mode.py``).
        self.start_over_intent: Callable[[], object] = self.start_over
        self.pages: dict[str, Page] = {}
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        central = QWidget()
        outer = QVBoxLayout(central)
        # The page and the live panel side by side, or the panel below (compact) when narrow.
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.addWidget(self.stack, 3)
        outer.addLayout(self._row, 1)
        # The navigation: where you are on the left, the buttons on the right; on a narrow
        # window the buttons go below (and wrap), so they are always on screen.
        self._nav = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        info = QVBoxLayout()
        info.setSpacing(2)
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("answeredProgressBar")
        # The count is written beside the bar, never on it: text drawn over the bar's fill
        # cannot be read in high contrast.
        self.progress.setTextVisible(False)
        self.progress_text = QLabel("\u00a0")
        self.progress_text.setObjectName("progressText")
        self.progress_text.setWordWrap(True)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.progress, 1)
        bar_row.addWidget(self.progress_text, 2)
        info.addWidget(self.step_label)
        info.addLayout(bar_row)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skipButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self._buttons = QWidget()
        self._buttons.setObjectName("navButtons")
        flow = self._flow = FlowLayout(self._buttons, align_right=True)
        for b in (self.back_button, self.skip_button, self.next_button):
            flow.addWidget(b)
        self._nav.addLayout(info, 1)
        self._nav.addWidget(self._buttons)
        outer.addLayout(self._nav)
        self._narrow: tuple[bool, bool] | None = None
        self._placed = False
        self._sized = False  # resized by the caller before it was shown
        # Set when a saved session's window size was restored (then only kept on screen).
        self.restored_geometry = False
        self.setCentralWidget(central)
        self.back_button.clicked.connect(self._when_ready_only(self.go_back))
        self.skip_button.clicked.connect(self._when_ready_only(self.go_next))
        self.next_button.clicked.connect(self._when_ready_only(self.go_next))
        handlers: dict[str, Callable[[], object]] = {
            "savedAudits": self.files.open_saved_audits,
            "readDownload": self.read_download,
            "exportPdf": self.files.export_pdf,
            "print": self.files.print_report,
            "startOver": lambda: self.start_over_intent(),
            "quit": self.close,
            "back": self.go_back,
            "next": self.go_next,
            "results": lambda: self.show_page(RESULTS),
            "english": lambda: self.set_language("en"),
            "spanish": lambda: self.set_language("es"),
            "switchLanguage": lambda: self.set_language(
                "en" if self.session.lang == "es" else "es"
            ),
            "highContrast": self.toggle_high_contrast,
            "deleteEverything": self.files.delete_everything,
            "about": self.about,
            "legalHelp": self.legal_help,
            "checkUpdates": self.check_for_updates,
        }
        always = ("quit", "highContrast", "about")
        self.menus = Menus(
            self,
            {k: f if k in always else self._when_ready_only(f) for k, f in handlers.items()},
        )
        self.menus.set_lang(self.start_lang)
        if self.translators.applied != self.start_lang:
            self.translators.apply(self.start_lang)
        if restore:
            self.files.restore_settings()
        self.menus.saved.setEnabled(False)
        self.welcome = WelcomePage(self.start_lang)
        self.welcome.language_requested.connect(self._when_ready_only(self.set_language))
        self.welcome.saving_requested.connect(self._when_ready_only(self.files.set_saving))
        self.welcome.saved_audits_requested.connect(
            self._when_ready_only(self.files.open_saved_audits)
        )
        self.pages[WELCOME] = self.welcome
        self.stack.addWidget(self.welcome)
        self._retranslate_frame()
        self.setWindowTitle(self.welcome.title())
        # The navigation as it will be on the welcome page, so nothing moves once it is ready.
        self.back_button.setEnabled(False)
        self.menus.back.setEnabled(False)
        self.skip_button.setVisible(False)
        self.welcome.first_focus().setFocus()
        self.step_label.setText(self.welcome.title())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        if content is not None:
            self.attach(content)

    # -- starting --------------------------------------------------------------------------
    def load_after_first_paint(self, loader: Callable[[], Content]) -> None:
        """Step 2 later: load the content with *loader* right after the first paint."""
        from ui.start import TwoStep

        self._start = TwoStep(self, loader)

    def finish_start(self) -> bool:
        """Load and attach the content now, if that has not happened yet; False on an error."""
        return self.is_ready or (self._start is not None and self._start.finish())

    def when_ready(self, fn: Callable[[], object]) -> None:
        """Run *fn* from the event loop once the content is attached."""
        if self.is_ready:
            QTimer.singleShot(0, fn)
        else:
            self._on_ready.append(fn)

    def _when_ready_only(self, fn: Callable[..., object]) -> Callable[..., None]:
        """*fn*, ignored until the content is attached (a key pressed in the first instant)."""

        def guarded(*args: object) -> None:
            if self.is_ready:
                fn(*args)

        return guarded

    def attach(self, content: Content) -> None:
        """Step 2 of the start: the content and everything that needs it."""
        from privacy_audit.scoring.engine import Scorer
        from privacy_audit.session import AuditSession
        from ui.icons import app_icon  # after the first paint: Qt's icon types and files

        self.setWindowIcon(app_icon())
        self.content = content
        self.scorer = Scorer(content)
        self.session = AuditSession(content, self.scorer, lang=self.start_lang)
        self.menus.saved.setEnabled(self.session.saving)
        self._build_fixed_pages()
        self.retranslate()
        self.show_page(WELCOME)
        self.is_ready = True  # last: a paint during the steps above is not "ready" yet
        waiting, self._on_ready = self._on_ready, []
        for fn in waiting:
            QTimer.singleShot(0, fn)
        self.ready.emit()

    # -- pages ---------------------------------------------------------------------------
    @property
    def panel(self) -> ExposurePanel:
        """The live exposure panel, built the first time it is needed (not on the welcome)."""
        if self._panel is None:
            from ui.widgets.exposure_panel import ExposurePanel

            self._panel = ExposurePanel(self.session)
            # In its own scroll area: a short window scrolls the panel, never grows for it.
            area = QScrollArea()
            area.setObjectName("panelScrollArea")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            no_horizontal_scroll(area)
            area.setWidget(self._panel)
            area.setVisible(False)
            self._panel_area = area
            self._row.addWidget(area, 1)
            self._narrow = None
            self._reflow()
        return self._panel

    def _build_fixed_pages(self) -> None:
        """A fresh set of pages for a new session: the welcome page stays, the others go."""
        for key, page in list(self.pages.items()):
            if key != WELCOME:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.pages = {WELCOME: self.welcome}
        if self._panel is not None:
            self._panel.session = self.session
        self.sync_welcome()

    def sync_welcome(self) -> None:
        self.welcome.sync(self.session.lang, self.session.saving)

    def page(self, key: str) -> Page:
        """The page for *key*, built the first time it is needed."""
        page = self.pages.get(key)
        if page is None:
            if key.startswith(PLATFORM_PREFIX):
                from ui.pages.platform import PlatformPage

                pp = PlatformPage(self.session, key[len(PLATFORM_PREFIX) :])
                pp.answer_changed.connect(self._answer_changed)
                pp.import_requested.connect(self.read_download)
                page = pp
            elif key == ACCOUNTS:
                from ui.pages.accounts import AccountsPage

                ap = AccountsPage(self.session)
                ap.platforms_changed.connect(self._platforms_changed)
                page = ap
            elif key == RESULTS:
                from ui.pages.results import ResultsPage

                rp = ResultsPage(self.session)
                rp.export_requested.connect(self.files.export_pdf)
                rp.print_requested.connect(self.files.print_report)
                rp.start_over_requested.connect(lambda: self.start_over_intent())
                page = rp
            else:
                raise KeyError(key)
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def current_page(self) -> Page:
        return self.page(self.session.page)

    def show_page(self, key: str) -> None:
        self.session.go(key)
        page = self.page(key)
        page.refresh()
        self.stack.setCurrentWidget(page)
        with_panel = key not in (WELCOME, RESULTS)
        if with_panel or self._panel is not None:
            _ = self.panel
            self._panel_area.setVisible(with_panel)
        self._update_nav()
        target = page.first_focus()
        if target is not None:
            target.setFocus()  # Qt.FocusReason.OtherFocusReason
            page.ensureWidgetVisible(target)

    def go_next(self) -> None:
        pages = self.session.pages()
        i = self.session.page_index()
        if i < len(pages) - 1:
            self.show_page(pages[i + 1])

    def go_back(self) -> None:
        pages = self.session.pages()
        i = self.session.page_index()
        if i > 0:
            self.show_page(pages[i - 1])

    def _update_nav(self) -> None:
        pages = self.session.pages()
        i = self.session.page_index()
        key = self.session.page
        page = self.page(key)
        self.step_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(i + 1))
            .replace("%2", str(len(pages)))
            .replace("%3", page.title())
        )
        answered, total = self.session.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(answered)
        text = self.tr("%1 of %2 questions answered").replace("%1", str(answered))
        text = text.replace("%2", str(total))
        self.progress_text.setText(text)
        name(self.progress, self.tr("Progress"), text)
        self.back_button.setEnabled(i > 0)
        self.menus.back.setEnabled(i > 0)
        at_end = key == RESULTS
        self.next_button.setEnabled(not at_end)
        self.menus.next.setEnabled(not at_end)
        self.skip_button.setVisible(key.startswith(PLATFORM_PREFIX))
        self._label_skip(key)
        nxt = pages[i + 1] if i + 1 < len(pages) else ""
        self.next_button.setText(self.tr("See my &results") if nxt == RESULTS else self.tr("&Next"))
        name(
            self.next_button,
            self.next_button.text().replace("&", ""),
            self.tr("Go to the next page"),
        )
        self._fit_nav()
        # Qt adds the application display name ("Huella") to every window title itself.
        self.setWindowTitle(page.title())

    def read_download(self, platform: str | None = None) -> None:
        """ "Read my data download…" (ui/import_flow.py)."""
        from ui.import_flow import start_import

        start_import(self, platform or None)

    def _answer_changed(self, qid: str, oid: str) -> None:
        self.panel.refresh()
        self._fit_panel()
        self._update_nav()
        self.files.autosave()

    def _platforms_changed(self) -> None:
        self.panel.refresh()
        self._fit_panel()
        self._update_nav()
        self.files.autosave()

    # -- language, session, look -----------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch language live; every answer is kept."""
        if lang == self.session.lang and self.translators.lang == lang:
            return
        self.session.lang = lang
        self.translators.apply(lang)
        self.menus.set_lang(lang)
        self.retranslate()
        self.files.autosave()

    def _label_skip(self, key: str) -> None:
        """The skip button says "this platform", or "this section" on the cross-cutting sections."""
        pid = key.removeprefix(PLATFORM_PREFIX)
        content = getattr(self.session, "content", None) if hasattr(self, "session") else None
        pf = content.platform_by_id.get(pid) if content is not None else None
        if pf is not None and pf.platform.kind == "section":
            self.skip_button.setText(self.tr("S&kip this section"))
            spoken = self.tr("Skip this section")
        else:
            self.skip_button.setText(self.tr("S&kip this platform"))
            spoken = self.tr("Skip this platform")
        name(
            self.skip_button,
            spoken,
            self.tr("Leave the rest of this page unanswered and go on"),
        )

    def _retranslate_frame(self) -> None:
        """The texts that need no content: menus and buttons."""
        self.menus.retranslate()
        self.back_button.setText(self.tr("&Back"))
        name(self.back_button, self.tr("Back"), self.tr("Go to the previous page"))
        self._label_skip(self.session.page if hasattr(self, "session") else "")
        self.next_button.setText(self.tr("&Next"))
        name(
            self.next_button,
            self.next_button.text().replace("&", ""),
            self.tr("Go to the next page"),
        )
        self._fit_nav()

    def retranslate(self) -> None:
        self._retranslate_frame()
        for page in self.pages.values():
            page.retranslate()
        self.welcome.set_disclaimer(self.content.ladder.disclaimer.get(self.session.lang))
        self.sync_welcome()
        if self._panel is not None:
            self._panel.retranslate()
        self._update_nav()

    def new_session(self, *, saving: bool | None = None) -> None:
        """A fresh audit (start over / next participant); language and saving choice stay."""
        from privacy_audit.session import AuditSession

        self.use_session(
            AuditSession(
                self.content,
                self.scorer,
                lang=self.session.lang,
                saving=self.session.saving if saving is None else saving,
            )
        )
        self.show_page(WELCOME)

    def use_session(self, session: AuditSession) -> None:
        """Show *session* (fresh, or opened from a saved audit); pages are rebuilt for it."""
        self.session = session
        self.files.report_choices = None  # the next report starts from this session's language
        self.menus.saved.setEnabled(session.saving)
        if self.translators.lang != session.lang:
            self.translators.apply(session.lang)
            self.menus.set_lang(session.lang)
        self._build_fixed_pages()
        if self._panel is not None:
            self._panel.refresh(announce_change=False)
        self.retranslate()

    def start_over(self) -> None:
        from ui.dialogs.confirm import confirm

        if (self.session.all_answers() or self.session.selected) and not confirm(
            self,
            self.tr("Start over"),
            self.tr("Start a new audit? The answers on screen will be cleared."),
        ):
            return
        self.new_session()

    def toggle_high_contrast(self) -> None:
        style.apply(high_contrast=self.menus.contrast.isChecked())

    def legal_help(self) -> None:
        """Where to find free legal help (from the content, in the session language)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        lang = self.session.lang
        ladder = self.content.ladder
        lines = [
            f"• {h.name.get(lang)} — {h.description.get(lang)}\n  {h.url}"
            for h in ladder.legal_help
        ]
        box = QMessageBox(self)
        box.setObjectName("legalHelpMessageBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Free legal help"))
        box.setText("\n\n".join(lines))
        box.setInformativeText(ladder.disclaimer.get(lang))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.content_updates import describe_in_use

        QMessageBox.about(
            self,
            self.tr("About Huella"),
            self.tr(
                "Huella shows what could be learned about you from your online accounts, "
                "under which kind of legal process, and how to lower it. Nothing leaves this "
                "computer. It is not legal advice."
            )
            + "\n\n"
            + describe_in_use(),
        )

    def check_for_updates(self) -> None:
        """Help > Check for updated guides (network only after the person agrees)."""
        from ui.content_updates import check_for_updates

        check_for_updates(self)

    # -- every screen -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            # A size chosen by the caller (tests, screenshots) is kept; a restored one is
            # only brought back on screen.
            if self.restored_geometry:
                screen_fit.keep_on_screen(self)
            elif not self._sized:
                screen_fit.place_first(self)
            QTimer.singleShot(0, self, self.keep_on_screen)
        self._reflow()

    def resize(self, *size: Any) -> None:
        """As ``QWidget.resize``; a size given before the window shows is kept."""
        self._sized = True
        super().resize(*size)

    def keep_on_screen(self) -> None:
        """Back inside the screen (after presenter scale, a restored size, a new font)."""
        if self.isVisible():
            screen_fit.keep_on_screen(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
        self._fit_nav()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._narrow = None
            self._reflow()

    def _reflow(self) -> None:
        """Side by side when there is room; stacked (live panel compact, below) when not."""
        em = self.fontMetrics().horizontalAdvance("M")
        width = self.width()
        narrow_nav = width < em * 52
        narrow_panel = width < em * 72
        if self._narrow == (narrow_nav, narrow_panel):
            return
        self._narrow = (narrow_nav, narrow_panel)
        d = QBoxLayout.Direction
        self._nav.setDirection(d.TopToBottom if narrow_nav else d.LeftToRight)
        self._fit_nav()
        self._row.setDirection(d.TopToBottom if narrow_panel else d.LeftToRight)
        if self._panel is not None:
            self._panel.set_compact(narrow_panel)
            self._row.setStretchFactor(self._panel_area, 0 if narrow_panel else 1)
            self._fit_panel()

    def _fit_nav(self) -> None:
        """Beside the progress, the buttons keep one row (the progress gives way); below it, on
        a narrow window, they may wrap and get the height their rows need. (A wrapped row
        would otherwise be cut off: the window's layout does not ask the buttons' height for
        their width.)"""
        if self._narrow is not None and self._narrow[0]:
            self._buttons.setMinimumWidth(0)
            width = max(self.width() - 2 * self.fontMetrics().horizontalAdvance("M"), 1)
            self._buttons.setMinimumHeight(self._flow.heightForWidth(width))
        else:
            self._buttons.setMinimumHeight(0)
            self._buttons.setMinimumWidth(self._flow.sizeHint().width())

    def _fit_panel(self) -> None:
        """Compact, the panel is a line or two: its area takes just that height."""
        if self._panel is None:
            return
        if not self._panel.compact:
            self._panel_area.setMaximumHeight(16_777_215)
            return
        width = max(self._panel_area.width(), self.width() // 2)
        need = self._panel.heightForWidth(width)
        self._panel_area.setMaximumHeight(need if need > 0 else self._panel.sizeHint().height())

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        """The page scrolls to whatever gets the keyboard focus (arrow keys included)."""
        page = self.stack.currentWidget()
        if now is None or not isinstance(page, Page) or not page.isAncestorOf(now):
            return
        page.ensureWidgetVisible(now, 0, self.fontMetrics().height())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_ready and self.session.saving:
            self.files.autosave(now=True)
            self.files.save_settings()
        super().closeEvent(event)
