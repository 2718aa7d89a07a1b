"""File dialogs: Qt's own whenever the desktop's could leave a trace.

The desktop's dialog may be GTK's, which records every file saved *or opened* with it in the
list of recently used files (``recently-used.xbel``, shown by file managers under "Recent").
In a private session or in workshop mode every Huella dialog (export, handouts, room tally,
reading a data download) is Qt's own, which records nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def needs_own_dialog(parent: QWidget | None) -> bool:
    """Whether a file dialog for *parent* must be Qt's own rather than the desktop's.

    True in a private session and in workshop mode (and when there is no session to ask):
    the desktop's dialog may be GTK's, which records every saved file in the list of
    recently used files (``recently-used.xbel``, shown by file managers under "Recent"), so
    the next person at a shared laptop would see that a Huella report was exported, and
    where. Qt's own dialog records nothing (its QSettings are kept away, see
    :func:`ui.app.keep_qt_settings_away`).
    """
    window = parent.window() if parent is not None else None
    session = getattr(window, "session", None)
    if session is None or getattr(session, "saving", False) is not True:
        return True
    if getattr(window, "workshop", False) is True:
        return True
    return window is not None and any(
        type(child).__name__ == "WorkshopMode" for child in window.children()
    )


def file_dialog(parent: QWidget | None, title: str, default_name: str = "") -> QFileDialog:
    """A QFileDialog for *parent*: Qt's own whenever :func:`needs_own_dialog` says so."""
    dialog = QFileDialog(parent, title, default_name)
    if needs_own_dialog(parent):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def save_file_dialog(
    parent: QWidget | None, title: str, default_name: str, name_filter: str, suffix: str
) -> QFileDialog:
    """A "save as" dialog that adds *suffix* to a name typed without it; Qt's own dialog
    whenever :func:`needs_own_dialog` says so."""
    dialog = file_dialog(parent, title, default_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    # A name typed without the suffix gets it, and the overwrite question is about the real
    # file.
    dialog.setDefaultSuffix(suffix)
    return dialog


def ask_pdf_path(parent: QWidget, default_name: str) -> Path | None:
    """Ask where to save a PDF (a save dialog that adds ".pdf"); None if cancelled."""
    dialog = save_file_dialog(
        parent,
        QCoreApplication.translate("ReportRender", "Export PDF"),
        default_name,
        QCoreApplication.translate("ReportRender", "PDF (*.pdf)"),
        "pdf",
    )
    dialog.selectFile(default_name)
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()
    if not accepted or not files:
        return None
    return Path(files[0])
