"""The Qt side the app calls: document layout, printing, the preview and the export dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from privacy_audit.answers import Answers
from privacy_audit.content import Content
from privacy_audit.report import build_report, render_report_html

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
