"""The main window's file commands: saving, opening, exporting, printing and "Delete
everything", as one object (:attr:`ui.main_window.MainWindow.files`).

Every decision about content stays in the core. Texts use the "WindowIO" translation
context explicitly (the name these commands had when they were part of the window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ui.dialogs.errors import show_error

if TYPE_CHECKING:
    from pathlib import Path

    from ui.dialogs.report_options import ReportChoices
    from ui.main_window import MainWindow
    from ui.saving import Saver
    from ui.tasks import Relay


class FileCommands(QObject):
    """The commands of one window that read or write files (or the keyring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: The last worker-thread task started (tests wait for it).
        self.last_task: Relay | None = None
        #: The last report choices (language, paper, safe to carry) of this session.
        self.report_choices: ReportChoices | None = None
        self._saver_obj: Saver | None = None
        self._autosave_timer: QTimer | None = None

    # -- saving ---------------------------------------------------------------------------
    def _saver(self) -> Saver:
        if self._saver_obj is None:
            from ui.saving import Saver  # storage is imported only when saving is used

            self._saver_obj = Saver(self.window.content)
        return self._saver_obj

    def set_saving(self, on: bool) -> None:
        """The welcome page's choice. Turning saving on may ask for a passphrase."""
        if on == self.window.session.saving:
            return
        if on and not self._saver().ready(self.window, self.window.session.lang):
            self.window.sync_welcome()
            return
        self.window.session.saving = on
        self.window.sync_welcome()
        self.window.menus.saved.setEnabled(on)
        if on:
            self.autosave(now=True)
            self.save_settings()

    def autosave(self, now: bool = False) -> None:
        """Save a moment after the last change (nothing at all in a private session)."""
        if not self.window.session.saving:
            return
        if not now:
            if self._autosave_timer is None:
                self._autosave_timer = QTimer(self)
                self._autosave_timer.setSingleShot(True)
                self._autosave_timer.setInterval(800)
                self._autosave_timer.timeout.connect(lambda: self.autosave(now=True))
            self._autosave_timer.start()
            return
        if not self.window.session.all_answers() and not self.window.session.selected:
            return  # nothing to keep yet
        try:
            info = self._saver().save(
                self.window.session, QCoreApplication.translate("WindowIO", "My audit, %1")
            )
        except Exception as exc:
            show_error(self.window, exc, lang=self.window.session.lang)
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("WindowIO", "Saved as \u201c%1\u201d.").replace(
                "%1", info.name
            ),
            4000,
        )

    def save_settings(self) -> None:
        """Window state and look, only when saving is on (private sessions: no QSettings)."""
        if not self.window.session.saving:
            return
        from ui.saving import writable_settings

        s = writable_settings()
        s.setValue("window/geometry", self.window.saveGeometry())
        s.setValue("lang", self.window.session.lang)
        s.setValue("highContrast", self.window.menus.contrast.isChecked())
        s.setValue("saving", True)
        s.sync()

    def restore_settings(self) -> bool:
        """Restore the window as it was, if an earlier session with saving on left settings."""
        from privacy_audit.storage import settings_path

        if not settings_path().is_file():
            return False
        from ui.saving import existing_settings

        s = existing_settings()
        if s is None:
            return False
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
            self.window.restored_geometry = True
        if str(s.value("highContrast", "false")).lower() == "true":
            self.window.menus.contrast.setChecked(True)
            self.window.toggle_high_contrast()
        if str(s.value("saving", "false")).lower() == "true":
            # Saving was on last time: turn it on again once the window shows (this may ask
            # for the passphrase; cancelling gives a private session).
            self.window.when_ready(lambda: self.set_saving(True))
        return True

    def open_saved_audits(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self.window.session.saving:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("WindowIO", "Saved audits"),
                QCoreApplication.translate(
                    "WindowIO",
                    "This is a private session, so nothing is saved. To keep audits on this "
                    "computer, choose \u201cSave my audit\u201d on the welcome page.",
                ),
            )
            return
        if not self._saver().ready(self.window, self.window.session.lang):
            return
        dialog = self.saved_audits_dialog()
        dialog.exec()
        dialog.deleteLater()

    def saved_audits_dialog(self) -> Any:
        """The saved-audits list, wired to open the chosen audit here."""
        from ui.dialogs.saved_audits import SavedAuditsDialog

        dialog = SavedAuditsDialog(self.window, self._saver(), self.window.session.lang)
        dialog.open_requested.connect(self.open_audit)
        return dialog

    def open_audit(self, audit_id: str) -> None:
        """Decrypt in a worker thread (progress after half a second), then show it."""
        saver = self._saver()
        lang = self.window.session.lang

        def loaded(saved: Any) -> None:
            from privacy_audit.session import AuditSession

            session = AuditSession.from_answers(
                saved.answers,
                self.window.content,
                self.window.scorer,
                lang=lang,
                done=tuple(saved.done_actions),
                saving=True,
            )
            session.audit_id = saved.info.id
            session.audit_name = saved.info.name
            self.window.use_session(session)
            self.window.show_page(self.window.session.pages()[-1])

        from ui.tasks import run_task  # a worker thread; not needed to show the window

        self.last_task = run_task(
            self.window,
            QCoreApplication.translate("WindowIO", "Opening the saved audit…"),
            lambda: saver.load(audit_id),
            loaded,
            lambda exc: show_error(self.window, exc, lang=lang),
        )

    def delete_everything(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.dialogs.confirm import confirm

        if not confirm(
            self.window,
            QCoreApplication.translate("WindowIO", "Delete everything"),
            QCoreApplication.translate(
                "WindowIO",
                "Delete every saved audit, Huella's settings and its key from this computer? "
                "This cannot be undone.",
            ),
            details=QCoreApplication.translate(
                "WindowIO", "PDF files you exported yourself are not touched."
            ),
            destructive=QCoreApplication.translate("WindowIO", "Delete everything"),
            button_name="confirmDeleteEverythingButton",
        ):
            return
        from ui.saving import Saver

        saver = self._saver() if self.window.session.saving else Saver(self.window.content)
        report = saver.wipe()
        self._saver_obj = None
        self.window.session.saving = False
        self.window.new_session(saving=False)
        from ui.content_updates import back_to_bundled

        back_to_bundled(self.window)  # downloaded guides were deleted too
        if report.ok:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("WindowIO", "Delete everything"),
                QCoreApplication.translate(
                    "WindowIO", "Everything Huella kept on this computer was deleted."
                ),
            )
        else:
            # The same sentences as `privacy-audit wipe` (from the core, in the session's
            # language), e.g. "Huella could not reach the system keyring, so its key may
            # still be there".
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("WindowIO", "Delete everything"),
                QCoreApplication.translate(
                    "WindowIO", "Some things could not be deleted:\n%1"
                ).replace("%1", "\n".join(report.problems(self.window.session.lang))),
            )

    # -- report ---------------------------------------------------------------------------
    def _with_html(self, then: Callable[[str, ReportChoices], None]) -> None:
        """Ask what to print, build the report's HTML in a worker thread, then hand it and the
        choices to *then* (GUI thread). Nothing happens if the person cancels.

        The answers are copied here, so later clicks cannot change a report being built. The
        choices are kept for the rest of the session, in memory only.
        """
        from privacy_audit.report import ReportOptions, build_report, render_report_html
        from ui.dialogs.report_options import ReportChoices, ask_report_choices

        s = self.window.session
        start = self.report_choices or ReportChoices(lang=s.lang)
        choices = ask_report_choices(self.window, start)
        if choices is None:
            return
        self.report_choices = choices
        content, scorer, answers, lang = (
            self.window.content,
            self.window.scorer,
            s.answers(),
            s.lang,
        )
        from ui.content_updates import in_use

        guides = f"{in_use().version} ({in_use().date})"
        options = ReportOptions(
            done_actions=s.done,
            safe_to_carry=choices.safe_to_carry,
            details=choices.details,
            guides=guides,
            from_download=s.from_download,
        )

        def build() -> str:
            report = build_report(content, answers, choices.lang, options, scorer=scorer)
            return render_report_html(report)

        from ui.tasks import run_task  # a worker thread; not needed to show the window

        self.last_task = run_task(
            self.window,
            QCoreApplication.translate("WindowIO", "Preparing the report…"),
            build,
            lambda html: then(str(html), choices),
            lambda exc: show_error(self.window, exc, lang=lang),
        )

    def export_pdf(self) -> None:
        """What to print, the report's HTML in a worker, the file dialog, then the PDF
        written in a worker."""

        def saved(path: Path) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("WindowIO", "Saved the PDF: %1").replace(
                    "%1", str(path)
                ),
                8000,
            )

        def go(html: str, choices: ReportChoices) -> None:
            from ui.dialogs.files import ask_pdf_path
            from ui.report_render import save_pdf_in_background

            default = QCoreApplication.translate("WindowIO", "huella-report.pdf")
            path = ask_pdf_path(self.window, default)
            if path is not None:
                self.last_task = save_pdf_in_background(
                    self.window, html, path, choices.paper, saved
                )

        self._with_html(go)

    def print_report(self) -> None:
        def go(html: str, choices: ReportChoices) -> None:
            from ui.report_render import print_with_dialog

            print_with_dialog(self.window, html, choices.paper)

        self._with_html(go)
