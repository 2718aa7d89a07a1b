""" "Read my data download…": choose it, read it in a worker thread (progress, Cancel),
review the findings, fill the confirmed answers.

The download is only read (``privacy_audit.imports``): nothing is extracted, copied or
saved, so this works the same in a private session. The file chooser's own memory of the
last folder is kept away from disk by ``ui.app.keep_qt_settings_away``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import announce, name
from ui.dialogs.files import file_dialog

if TYPE_CHECKING:
    from privacy_audit.imports import ImportResult
    from ui.main_window import MainWindow

#: Platforms whose data download Huella reads (the ids of checks/exports/*.toml).
IMPORTABLE = ("facebook", "instagram", "google", "x", "tiktok")


def _keep_qt_settings_away() -> None:
    """As ``ui.app.keep_qt_settings_away`` (which this module may not import: a cycle), in
    case the flow runs in a window the app did not start (tests, embedding)."""
    import os

    from PySide6.QtCore import QSettings

    if os.name != "posix":
        return
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, "/dev/null/huella-no-qt-settings")


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it.

    Signals:
        progress(object, object): bytes read, bytes to read.
        succeeded(object): the ImportResult.
        failed(object): the exception.
    """

    progress = Signal(object, object)
    succeeded = Signal(object)
    failed = Signal(object)


class _Read(QRunnable):
    def __init__(
        self, path: Path, relay: _Relay, stop: threading.Event, content_root: Path | None
    ) -> None:
        super().__init__()
        self.path = path
        self.content_root = content_root
        self.relay = relay
        self.stop = stop

    def run(self) -> None:
        from privacy_audit.imports import read_download

        try:
            result = read_download(
                self.path,
                progress=self.relay.progress.emit,
                cancelled=self.stop.is_set,
                content_root=self.content_root,
            )
        except Exception as exc:  # every failure reaches the person as a dialog
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class ChooseDownloadDialog(QDialog):
    """What will happen, then: a file (.zip or Timeline .json) or an unzipped folder."""

    def __init__(self, platform_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseDownloadDialog")
        self.choice = ""
        self.setWindowTitle(QCoreApplication.translate("ImportFlow", "Read my data download"))
        lay = QVBoxLayout(self)
        lead = (
            QCoreApplication.translate(
                "ImportFlow", "Choose the data download you got from %1."
            ).replace("%1", platform_name)
            if platform_name
            else QCoreApplication.translate(
                "ImportFlow",
                "Choose the data download you got from Facebook, Instagram, Google, X or TikTok.",
            )
        )
        texts = [
            lead,
            QCoreApplication.translate(
                "ImportFlow",
                "Huella reads it on this computer and shows what it holds about you: counts, "
                "dates, and your own emails and phone numbers. Nothing from it is copied or "
                "saved, and nothing is sent anywhere.",
            ),
            QCoreApplication.translate(
                "ImportFlow",
                "Choose the .zip file as you downloaded it, the folder you unzipped it to, or "
                "the Timeline .json file exported from Google Maps on your phone.",
            ),
        ]
        for text in texts:
            label = QLabel(text)
            label.setWordWrap(True)
            lay.addWidget(label)
        buttons = QDialogButtonBox()
        self.file_button = QPushButton(QCoreApplication.translate("ImportFlow", "Choose a &file…"))
        self.file_button.setObjectName("chooseFileButton")
        self.folder_button = QPushButton(
            QCoreApplication.translate("ImportFlow", "Choose a f&older…")
        )
        self.folder_button.setObjectName("chooseFolderButton")
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("ImportFlow", "Cancel"))
        self.file_button.clicked.connect(lambda: self._chose("file"))
        self.folder_button.clicked.connect(lambda: self._chose("folder"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.file_button.setDefault(True)
        self.file_button.setFocus()
        name(self, self.windowTitle(), " ".join(texts))
        self.setMinimumWidth(min(520, max(360, self.sizeHint().width())))

    def _chose(self, what: str) -> None:
        self.choice = what
        self.accept()


class DownloadImport(QObject):
    """One run of the flow, owned by the window until it ends.

    Signals:
        done(object): the dict of answers filled (empty when none were).
    """

    done = Signal(object)

    def __init__(self, window: MainWindow, platform: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.platform = platform
        self.stop = threading.Event()
        self.progress: QProgressDialog | None = None
        self.relay: _Relay | None = None

    # -- 1. choose ---------------------------------------------------------------------------
    def start(self) -> None:
        content = self.window.session.content
        pname = ""
        if self.platform and self.platform in content.platform_by_id:
            pname = content.platform_by_id[self.platform].platform.name.get(
                self.window.session.lang
            )
        chooser = ChooseDownloadDialog(pname, self.window)
        accepted = chooser.exec() == QDialog.DialogCode.Accepted
        what = chooser.choice
        chooser.deleteLater()
        if not accepted or not what:
            return self._end({})
        path = self.ask_path(what)
        if path is None:
            return self._end({})
        self.read(path)

    def ask_path(self, what: str) -> Path | None:
        _keep_qt_settings_away()  # the chooser's memory of folders never reaches disk
        # Qt's own dialog in a private session: GTK's would list the download under "Recent".
        dialog = file_dialog(
            self.window, QCoreApplication.translate("ImportFlow", "Read my data download")
        )
        dialog.setObjectName("downloadFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        if what == "folder":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilters(
                [
                    QCoreApplication.translate("ImportFlow", "Data downloads (*.zip *.json)"),
                    QCoreApplication.translate("ImportFlow", "All files (*)"),
                ]
            )
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        dialog.deleteLater()
        if not accepted or not files:
            return None
        return Path(files[0])

    # -- 2. read (worker thread) ------------------------------------------------------------
    def read(self, path: Path) -> None:
        label = QCoreApplication.translate("ImportFlow", "Reading your data download…")
        progress = QProgressDialog(
            label, QCoreApplication.translate("ImportFlow", "Cancel"), 0, 1000, self.window
        )
        progress.setObjectName("importProgressDialog")
        progress.setWindowTitle(QCoreApplication.translate("ImportFlow", "Read my data download"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.setAccessibleName(label)
        progress.canceled.connect(self.stop.set)
        self.progress = progress
        relay = _Relay(self)
        relay.progress.connect(self._progress)
        relay.succeeded.connect(self._read_ok)
        relay.failed.connect(self._read_failed)
        self.relay = relay
        root = getattr(self.window.content, "root", None)  # the guides in use
        QThreadPool.globalInstance().start(_Read(path, relay, self.stop, root))

    def cancel(self) -> None:
        """Stop reading (the Cancel button does the same)."""
        self.stop.set()

    def _progress(self, done: Any, total: Any) -> None:
        if self.progress is not None and not self.stop.is_set() and total:
            self.progress.setValue(min(999, int(1000 * int(done) / int(total))))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _read_failed(self, exc: object) -> None:
        from privacy_audit.imports import Cancelled
        from ui.dialogs.errors import show_error

        self._close_progress()
        if isinstance(exc, Cancelled):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ImportFlow", "Reading stopped. Nothing from the download was kept."
                ),
                8000,
            )
            announce(
                self.window,
                QCoreApplication.translate(
                    "ImportFlow", "Reading stopped. Nothing from the download was kept."
                ),
            )
        elif isinstance(exc, BaseException):
            show_error(
                self.window,
                exc,
                QCoreApplication.translate("ImportFlow", "Read my data download"),
                self.window.session.lang,
            )
        self._end({})

    # -- 3. review and fill -----------------------------------------------------------------
    def _read_ok(self, result: ImportResult) -> None:
        from ui.dialogs.import_review import ImportReviewDialog

        self._close_progress()
        dialog = ImportReviewDialog(self.window.session, result, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        confirmed = dialog.confirmed() if accepted else {}
        dialog.deleteLater()
        if confirmed:
            fill_answers(self.window, confirmed, result.platform)
            msg = self.tr("%n answer(s) filled from your data download.", "", len(confirmed))
            self.window.statusBar().showMessage(msg, 8000)
            announce(self.window, msg)
        self._end(confirmed)

    def _end(self, filled: dict[str, str]) -> None:
        self.done.emit(filled)
        self.deleteLater()


def start_import(window: MainWindow, platform: str | None = None) -> DownloadImport:
    """Run the flow from the File menu (no platform) or a platform page."""
    flow = DownloadImport(window, platform)
    flow.start()
    return flow


def fill_answers(window: MainWindow, confirmed: dict[str, str], platform: str) -> None:
    """Fill the confirmed answers (marked "from your data download") and show their page."""
    from privacy_audit.pages import PLATFORM_PREFIX

    window.session.fill_from_download(confirmed)
    for page in window.pages.values():
        page.refresh()
    window.panel.refresh()
    key = PLATFORM_PREFIX + platform
    if key in window.session.pages():
        window.show_page(key)
    window.files.autosave()
