"""Workshop paper and files: print or save the handouts, export the room tally (CSV).

The handouts hold no one's answers. The tally export is the one file workshop mode writes
with anything from the room in it, and only when the facilitator asks: counts of at least
:data:`privacy_audit.workshop.MIN_COUNT`, after which the tally is cleared.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from privacy_audit.files import write_atomic
from privacy_audit.workshop.paper import (
    build_agenda,
    build_handout,
    render_agenda_html,
    render_handout_html,
)
from privacy_audit.workshop.room import MIN_COUNT, MIN_PARTICIPANTS, TallyTooSmall
from privacy_audit.workshop.worksheet import build_worksheet, render_worksheet_html

if TYPE_CHECKING:
    from ui.workshop.mode import WorkshopMode

PAPER = "letter"
_FILE_NAMES = {
    "worksheet": "huella-worksheet.pdf",
    "handout": "huella-legal-processes.pdf",
    "agenda60": "huella-agenda-60.pdf",
    "agenda90": "huella-agenda-90.pdf",
}


def handout_html(mode: WorkshopMode, kind: str) -> str:
    """The HTML of a handout in the window's language."""
    content, lang = mode.content, mode.window.session.lang
    if kind == "worksheet":
        return render_worksheet_html(build_worksheet(content, lang))
    if kind == "handout":
        return render_handout_html(build_handout(content, lang))
    minutes = {"agenda60": 60, "agenda90": 90}[kind]
    return render_agenda_html(build_agenda(content, minutes, lang))


def print_handout(mode: WorkshopMode, kind: str) -> None:
    from ui.report_render import print_with_dialog

    print_with_dialog(mode.window, handout_html(mode, kind), PAPER)


def save_handout(mode: WorkshopMode, kind: str) -> Path | None:
    from ui.report_render import export_pdf_with_dialog

    return export_pdf_with_dialog(mode.window, handout_html(mode, kind), _FILE_NAMES[kind], PAPER)


def export_tally(mode: WorkshopMode) -> Path | None:
    """Ask where to save the tally CSV, write it, then clear the tally; the path or None."""
    w = mode.window
    title = QCoreApplication.translate("WorkshopOutput", "Export room tally")
    tally = mode.tally
    try:
        if tally is None:
            raise TallyTooSmall(0)
        text = tally.to_csv(w.session.lang)
    except TallyTooSmall:
        QMessageBox.information(
            w,
            title,
            QCoreApplication.translate(
                "WorkshopOutput",
                "There is nothing to export yet: the room tally needs at least %1 participants, "
                "so that no count points to one person.",
            ).replace("%1", str(MIN_PARTICIPANTS)),
        )
        return None
    from ui.dialogs.files import save_file_dialog

    # Qt's own dialog (workshop mode): the desktop's may record the file as recently used.
    dialog = save_file_dialog(
        w,
        title,
        "huella-room-tally.csv",
        QCoreApplication.translate("WorkshopOutput", "CSV (*.csv)"),
        "csv",
    )
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()
    if not accepted or not files:
        return None
    path = Path(files[0])
    try:
        write_atomic(path, text)
    except OSError as exc:
        QMessageBox.warning(
            w,
            title,
            QCoreApplication.translate("WorkshopOutput", "The file could not be saved: %1").replace(
                "%1", str(exc.strerror or exc)
            ),
        )
        return None
    mode.set_tally(False)
    QMessageBox.information(
        w,
        title,
        QCoreApplication.translate(
            "WorkshopOutput",
            "Saved. Counts below %1 were left out. The room tally is now cleared and off, so "
            "no later export can be compared with this one.",
        ).replace("%1", str(MIN_COUNT)),
    )
    return path
