"""The Qt side the app calls: document layout, printing, the preview and the export dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from privacy_audit.content import Content
from privacy_audit.report import build_report, render_report_html
from privacy_audit.scoring.answers import Answers

from .conftest import norm, pdfinfo, pdftotext

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def html(content: Content, answers_by_name: dict[str, Answers]) -> str:
    return render_report_html(build_report(content, answers_by_name["one_platform"], "es"))


def test_make_document_paginates_for_the_paper(qapp: object, html: str) -> None:
    from ui.report_render import make_document

    letter = make_document(html, "letter")
    a4 = make_document(html, "a4")
    # Letter is wider and shorter than A4 (at 96 dpi: 816 x 1056 against 793.7 x 1122.5).
    assert letter.pageSize().width() == pytest.approx(816, abs=0.5)
    assert a4.pageSize().height() == pytest.approx(1122.5, abs=0.5)
    assert letter.pageCount() >= 2 and a4.pageCount() >= 2
    with pytest.raises(ValueError, match="unknown paper"):
        make_document(html, "legal")


def test_print_document_on_a_pdf_printer_matches_the_layout(
    qapp: object, html: str, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ui.report_render import make_document, print_document

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    from PySide6.QtGui import QPageSize

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    pages = print_document(printer, html, "a4")
    assert pages == make_document(html, "a4").pageCount() == pdfinfo(out).pages
    assert "Página 1 de" in norm(pdftotext(out, 1, 1))


def test_preview_dialog_paints_the_report(qapp: object, qtbot: object, html: str) -> None:
    from ui.report_render import make_preview_dialog

    dialog = make_preview_dialog(None, html, "letter")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000):  # type: ignore[attr-defined]
        dialog.show()
    dialog.close()


def test_export_dialog_writes_the_chosen_file(
    qapp: object, qtbot: object, html: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

    from ui.report_render import export_pdf_with_dialog

    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    target = tmp_path / "mi-informe"  # no suffix: ".pdf" is added

    def answer() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        # Type the name as a person would (the default folder is tmp_path).
        edit = dlg.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(target.name)
        dlg.accept()

    QTimer.singleShot(50, answer)
    path = export_pdf_with_dialog(parent, html, str(tmp_path / "report.pdf"), "a4")
    assert path == tmp_path / "mi-informe.pdf"
    assert pdfinfo(path).pages >= 2
    assert sorted(os.listdir(tmp_path)) == ["mi-informe.pdf"]


def test_export_dialog_cancel_writes_nothing(
    qapp: object, qtbot: object, html: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

    from ui.report_render import export_pdf_with_dialog

    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]

    def cancel() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QFileDialog):
            QTimer.singleShot(50, cancel)
            return
        dlg.reject()

    QTimer.singleShot(50, cancel)
    assert export_pdf_with_dialog(parent, html, str(tmp_path / "r.pdf"), "letter") is None
    assert os.listdir(tmp_path) == []


def test_rendering_keeps_references_to_none(qapp: object, html: str, tmp_path: Path) -> None:
    """PySide6 6.12 loses a reference to None per void Qt call; a long render must give them
    back, or the interpreter aborts ("none_dealloc") once the count reaches zero."""
    import sys

    from ui.report_render import render_pdf

    render_pdf(html, tmp_path / "warm.pdf")
    before = sys.getrefcount(None)
    for i in range(3):
        render_pdf(html, tmp_path / f"r{i}.pdf", paper="a4")
    assert sys.getrefcount(None) >= before - 20


def test_pdf_is_written_off_the_gui_thread(
    qapp: object, qtbot: object, html: str, tmp_path: Path
) -> None:
    """While a long report is written the window keeps handling events (a person on an old
    laptop can still see it redraw), and the PDF is the same as one written directly."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from ui.report_render import render_pdf, save_pdf_in_background

    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(1))
    saved: list[Path] = []
    target = tmp_path / "report.pdf"
    long_html = html.replace("</body>", html.split("<body", 1)[1].split(">", 1)[1] * 2)
    timer.start()
    relay = save_pdf_in_background(parent, long_html, target, "letter", saved.append)
    with qtbot.waitSignal(relay.finished, timeout=30_000):  # type: ignore[attr-defined]
        pass
    timer.stop()
    qtbot.wait(50)  # type: ignore[attr-defined]  # the task's deferred deletions, parent alive
    assert saved == [target]
    assert len(ticks) >= 3, "the GUI thread was blocked while the PDF was written"
    direct = tmp_path / "direct.pdf"
    pages = render_pdf(long_html, direct, paper="letter")
    assert pdfinfo(target).pages == pages >= 2
    assert norm(pdftotext(target)) == norm(pdftotext(direct))
    assert sorted(os.listdir(tmp_path)) == ["direct.pdf", "report.pdf"]


def test_pdf_that_cannot_be_saved_is_one_message_and_nothing_left(
    qapp: object, qtbot: object, html: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from ui.report_render import save_pdf_in_background

    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    gone = tmp_path / "removed-folder"  # e.g. a USB stick pulled out after the dialog
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    saved: list[Path] = []
    relay = save_pdf_in_background(parent, html, gone / "r.pdf", "a4", saved.append)
    with qtbot.waitSignal(relay.finished, timeout=30_000):  # type: ignore[attr-defined]
        pass
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)  # type: ignore[attr-defined]
    qtbot.wait(50)  # type: ignore[attr-defined]  # the task's deferred deletions, parent alive
    assert saved == []
    assert seen and "could not be saved" in seen[0]
    assert os.listdir(tmp_path) == []
