"""HTML (from ``privacy_audit.report``) -> PDF file or printer, with Qt's rich-text engine.

The document is laid out once, at 96 dpi on the chosen paper, and painted page by page so
every page gets a "Page N of M" footer in the report's language (the template travels in the
HTML as ``<meta name="huella-footer">``). The font is pinned to DejaVu Sans, which covers
Spanish and the ☐ box; the TTFs ship in ``assets/fonts/`` for machines without them.

Public API (used by the app and by ``privacy-audit report``): :func:`render_pdf`,
:func:`make_document`, :func:`print_with_dialog`, :func:`export_pdf_with_dialog`.
"""

from __future__ import annotations

import contextlib
import errno
import html as html_mod
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
    QUrlQuery,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from privacy_audit.files import write_atomic
from ui.dialogs.files import ask_pdf_path
from ui.report_keep import keep_together

if TYPE_CHECKING:
    from ui.tasks import Relay

FONT_FAMILY = "DejaVu Sans"
# Spanish letters and the checklist boxes every PDF must be able to draw.
REQUIRED_GLYPHS = "áéíóúñÁÉÍÓÚÑü¿¡☐☑—·"
PAPERS: dict[str, QPageSize.PageSizeId] = {
    "letter": QPageSize.PageSizeId.Letter,
    "a4": QPageSize.PageSizeId.A4,
}
# The layout resolution: CSS pixels and points convert as on a 96-dpi screen.
LAYOUT_DPI = 96
# Page margins in millimetres: left, top, right, bottom (the footer sits in the bottom one).
MARGINS_MM = (16.0, 14.0, 16.0, 18.0)
FOOTER_FROM_BOTTOM_MM = 9.0
FOOTER_PT = 8.0
_FOOTER_META = re.compile(r'<meta\s+name="huella-footer"\s+content="([^"]*)"', re.IGNORECASE)
_FOOTER_PROPERTY = "huellaFooter"

_app: QGuiApplication | None = None
_ref_devices = threading.local()
_fonts_ready = False


class RenderError(OSError):
    """The PDF could not be written; the message is one plain sentence."""


def ensure_app() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no display)."""
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["privacy-audit"])
    return _app


def _fonts_dir() -> Path | None:
    try:
        from privacy_audit.paths import assets_dir

        folder = assets_dir() / "fonts"
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def ensure_fonts() -> str:
    """Make sure DejaVu Sans is available (system copy, else the shipped one); its family name."""
    global _fonts_ready
    if not _fonts_ready:
        if FONT_FAMILY not in QFontDatabase.families():
            folder = _fonts_dir()
            for ttf in sorted(folder.glob("*.ttf")) if folder else []:
                QFontDatabase.addApplicationFont(str(ttf))
        _fonts_ready = True
    return FONT_FAMILY


def report_font(point_size: float = 10.0) -> QFont:
    font = QFont(ensure_fonts())
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # No ligatures: "fi" must stay two letters for copy-paste, search and screen readers.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _reference_device() -> QImage:
    """A 1x1 image at exactly 96 dpi: the layout's paint device, the same on every screen.

    One per thread (a PDF may be written in a worker thread), kept alive for the documents
    that point to it.
    """
    img: QImage | None = getattr(_ref_devices, "image", None)
    if img is None:
        img = QImage(1, 1, QImage.Format.Format_RGB32)
        dpm = round(LAYOUT_DPI / 0.0254)
        img.setDotsPerMeterX(dpm)
        img.setDotsPerMeterY(dpm)
        _ref_devices.image = img
    return img


def page_size_id(paper: str) -> QPageSize.PageSizeId:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r} (choose one of: {', '.join(PAPERS)})") from None


def _mm(mm: float) -> float:
    return mm / 25.4 * LAYOUT_DPI


def _layout_size(page: QPageSize) -> QSizeF:
    pt = page.size(QPageSize.Unit.Point)
    return QSizeF(pt.width() * LAYOUT_DPI / 72.0, pt.height() * LAYOUT_DPI / 72.0)


def footer_template(html: str) -> str:
    m = _FOOTER_META.search(html)
    return html_mod.unescape(m.group(1)) if m else "{n} / {m}"


#: How much sharper than the layout the staircase picture is drawn (crisp on paper).
STAIRS_OVERSAMPLE = 4
STAIRS_SCHEME = "huella-stairs"


def stairs_image(scores: list[int], now: str, width: int, height: int) -> QImage:
    """The plan as a falling staircase, black on white: the score now, then after each
    step, with the number on its tread and a hatched area (never colour alone)."""
    k = STAIRS_OVERSAMPLE
    img = QImage(max(1, width * k), max(1, height * k), QImage.Format.Format_RGB32)
    img.fill(QColor(255, 255, 255))
    if len(scores) < 2:
        return img
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(k, k)
    font = report_font(7.5)
    font.setPixelSize(10)
    p.setFont(font)
    fm = QFontMetricsF(font)
    w, h = float(width), float(height)
    line_h = fm.height()
    top, bottom = line_h * 1.3, h - line_h * 1.4
    left = fm.horizontalAdvance(now) + 8
    n = len(scores)
    tread = (w - left) / n
    peak = max(max(scores), 1)

    def y_of(score: int) -> float:
        return bottom - (bottom - top) * score / peak

    path = QPainterPath(QPointF(left, bottom))
    for i, sc in enumerate(scores):
        path.lineTo(left + i * tread, y_of(sc))
        path.lineTo(left + (i + 1) * tread, y_of(sc))
    path.lineTo(w, bottom)
    path.closeSubpath()
    black = QColor(0, 0, 0)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(90, 90, 90), Qt.BrushStyle.BDiagPattern))
    p.drawPath(path)
    p.setPen(QPen(black, 1.4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(QPen(black, 0.8))
    p.drawLine(QPointF(left, bottom), QPointF(w, bottom))
    # A number on every tread when they fit; else the first, the last and every k-th.
    every = max(1, int((fm.horizontalAdvance("100") + 3) // max(tread, 0.1)) + 1)
    label_every = max(every, int((fm.horizontalAdvance("00") + 6) // max(tread, 0.1)) + 1)
    last_num = last_label = -1e9
    num_w = fm.horizontalAdvance("100") + 3
    lab_w = fm.horizontalAdvance("000") + 3
    for i, sc in enumerate(scores):
        x = left + i * tread
        mid = x + tread / 2
        # The last tread always gets its number; others only where they do not touch the
        # one before (nor the last).
        end = left + (n - 0.5) * tread
        if (i % every == 0 and mid - last_num >= num_w and end - mid >= num_w) or i == n - 1:
            box = QRectF(x - tread, y_of(sc) - line_h * 1.15, tread * 3, line_h)
            p.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(sc)
            )
            last_num = mid
        if i and (
            (i % label_every == 0 and mid - last_label >= lab_w and end - mid >= lab_w)
            or i == n - 1
        ):
            box = QRectF(x - tread, bottom + 2, tread * 3, line_h)
            p.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(i))
            last_label = mid
    p.drawText(
        QRectF(0, bottom + 2, left + tread, line_h),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        now,
    )
    p.end()
    return img


class ReportDocument(QTextDocument):
    """A QTextDocument that draws the report's own pictures (the staircase) on request."""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        if isinstance(name, QUrl) and name.scheme() == STAIRS_SCHEME:
            query = QUrlQuery(name)
            try:
                scores = [int(x) for x in name.path().split("-") if x]
                width = int(query.queryItemValue("w") or 600)
                height = int(query.queryItemValue("h") or 150)
            except ValueError:
                scores, width, height = [], 10, 10
            now = query.queryItemValue("now", QUrl.ComponentFormattingOption.FullyDecoded)
            return stairs_image(scores, now, width, height)
        return super().loadResource(type, name)


def make_document(html: str, paper: str = "letter") -> QTextDocument:
    """A QTextDocument of *html*, paginated for *paper* ("letter" or "a4"), fonts pinned,
    laid out so that no row of a table and no heading is cut from what follows it."""
    ensure_app()
    doc = ReportDocument()
    doc.documentLayout().setPaintDevice(_reference_device())
    doc.setUseDesignMetrics(True)
    doc.setDefaultFont(report_font())
    doc.setHtml(html)
    doc.setProperty(_FOOTER_PROPERTY, footer_template(html))
    fmt = doc.rootFrame().frameFormat()
    left, top, right, bottom = MARGINS_MM
    fmt.setLeftMargin(_mm(left))
    fmt.setTopMargin(_mm(top))
    fmt.setRightMargin(_mm(right))
    fmt.setBottomMargin(_mm(bottom))
    doc.rootFrame().setFrameFormat(fmt)
    doc.setPageSize(_layout_size(QPageSize(page_size_id(paper))))
    keep_together(doc)
    return doc


def content_pages(doc: QTextDocument) -> int:
    """The pages that hold something: Qt keeps an empty paragraph after a closing table,
    and when the table ends at the foot of a page that paragraph alone would open a blank
    last page."""
    layout = doc.documentLayout()
    page_h = doc.pageSize().height()
    block = doc.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    if not block.isValid():
        return max(1, doc.pageCount())
    last = layout.blockBoundingRect(block).bottom()
    frame = QTextCursor(block).currentFrame()
    while frame is not None and frame is not doc.rootFrame():
        last = max(last, layout.frameBoundingRect(frame).bottom())
        frame = frame.parentFrame()
    return max(1, min(doc.pageCount(), int((last - 1) // page_h) + 1))


def paint_document(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Paint every page of *doc* on *device* (a QPdfWriter or QPrinter); the page count.

    The device's paper wins: if it differs from the document's, the document is laid out again.
    """
    layout = device.pageLayout()
    want = _layout_size(layout.pageSize())
    if doc.pageSize() != want:
        doc.setPageSize(want)
    template = str(doc.property(_FOOTER_PROPERTY) or "{n} / {m}")
    pages = content_pages(doc)
    page_w, page_h = want.width(), want.height()
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the PDF file could not be opened for writing")
    try:
        full = layout.fullRectPixels(device.logicalDpiX())
        scale = device.logicalDpiX() / LAYOUT_DPI
        footer_font = report_font(FOOTER_PT)
        dpi_y = device.logicalDpiY()
        line_h = FOOTER_PT * 2 * dpi_y / 72.0
        painter.setPen(Qt.GlobalColor.black)
        for i in range(pages):
            if i:
                device.newPage()
            painter.save()
            # With full-page printing the origin is the paper's corner.
            painter.scale(scale, scale)
            painter.translate(0, -i * page_h)
            doc.drawContents(painter, QRectF(0, i * page_h, page_w, page_h))
            painter.restore()
            painter.setFont(footer_font)
            text = template.replace("{n}", str(i + 1)).replace("{m}", str(pages))
            bottom = full.height() - FOOTER_FROM_BOTTOM_MM / 25.4 * dpi_y
            box = QRectF(0, bottom - line_h, full.width(), line_h)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text
            )
    finally:
        painter.end()
    return pages


def _title(html: str) -> str:
    m = re.search(r"<title>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    return html_mod.unescape(m.group(1)) if m else "Huella"


def render_pdf(html: str, path: Path, *, paper: str = "letter") -> int:
    """Write *html* as a PDF at *path*; returns the page count.

    The PDF is built in memory and checked (:func:`check_pdf_bytes`), then written with
    :func:`privacy_audit.files.write_atomic`: a temp file beside *path*, synced, renamed over
    it. A failure (a full disk) raises :class:`RenderError` and leaves an earlier file at
    *path* as it was, and nothing in a temp folder.
    """
    path = Path(path)
    doc = make_document(html, paper)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size_id(paper)),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(_title(html))
    writer.setCreator("Huella")
    pages = paint_document(doc, writer)
    del writer  # flushes the PDF into the buffer (Qt reports no write error itself)
    data = bytes(buffer.data().data())
    check_pdf_bytes(data, pages)
    try:
        write_atomic(path, data)
    except OSError as exc:  # e.g. a full disk: the earlier file at *path* is unchanged
        raise RenderError(exc.errno, exc.strerror or str(exc)) from None
    return pages


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_AT = re.compile(rb"xref\s|\d+\s+\d+\s+obj\b")
_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")


def check_pdf_bytes(data: bytes, pages: int) -> None:
    """Raise :class:`RenderError` unless *data* is a whole PDF of *pages* pages: the ``%PDF-``
    header, a ``startxref`` that points at the cross-reference table, the ``%%EOF`` trailer
    at the end, and a page tree that counts *pages*. Nothing incomplete is ever written."""
    m = _STARTXREF.search(data[-1024:])
    ok = (
        len(data) >= 64
        and data.startswith(b"%PDF-")
        and m is not None
        and int(m.group(1)) < len(data)
        and _XREF_AT.match(data, int(m.group(1))) is not None
        and pages in {int(a or b) for a, b in _COUNT.findall(data)}
    )
    if not ok:
        raise RenderError(errno.EIO, "the PDF could not be made completely")


def _printer(paper: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(page_size_id(paper)),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    return printer


def print_document(printer: QPrinter, html: str, paper: str = "letter") -> int:
    """Print *html* on an already configured *printer*; the page count."""
    printer.setFullPage(True)
    return paint_document(make_document(html, paper), printer)


def make_preview_dialog(parent: QWidget | None, html: str, paper: str) -> QPrintPreviewDialog:
    """A print preview (with its Print button, which opens the system print dialog)."""
    doc = make_document(html, paper)
    printer = _printer(paper)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportRender", "Print preview"))

    def paint(target: QPrinter) -> None:
        # A slot must not raise: a printer that cannot start simply gets no pages.
        with contextlib.suppress(RenderError):
            paint_document(doc, target)

    dialog.paintRequested.connect(paint)
    # Keep the printer alive as long as the dialog (Qt does not own it).
    dialog._huella_printer = printer  # type: ignore[attr-defined]
    return dialog


def print_with_dialog(parent: QWidget, html: str, paper: str = "letter") -> None:
    """Show a print preview; its Print button opens the print dialog and prints."""
    dialog = make_preview_dialog(parent, html, paper)
    dialog.exec()
    dialog.deleteLater()


def export_pdf_with_dialog(
    parent: QWidget, html: str, default_name: str, paper: str = "letter"
) -> Path | None:
    """Ask where to save (QFileDialog), write the PDF there; the path, or None if cancelled."""
    path = ask_pdf_path(parent, default_name)
    if path is None:
        return None
    try:
        render_pdf(html, path, paper=paper)
    except OSError as exc:
        _could_not_save(parent, exc)
        return None
    return path


def _could_not_save(parent: QWidget | None, exc: OSError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ReportRender", "Export PDF"),
        QCoreApplication.translate("ReportRender", "The PDF could not be saved: {reason}").format(
            reason=exc.strerror or exc
        ),
    )


def save_pdf_in_background(
    parent: QWidget, html: str, path: Path, paper: str, on_saved: Callable[[Path], None]
) -> Relay:
    """Write the PDF in a worker thread, so the window stays responsive (a long report takes
    a moment on an old laptop; a progress note shows after half a second). *on_saved* gets
    the path in the GUI thread; a failure is one clear message and nothing is left behind."""
    from ui.dialogs.errors import show_error
    from ui.tasks import run_task

    ensure_fonts()  # the application fonts are registered here, in the GUI thread

    def write() -> Path:
        render_pdf(html, path, paper=paper)
        return path

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            _could_not_save(parent, exc)
        else:
            show_error(parent, exc)

    return run_task(
        parent,
        QCoreApplication.translate("ReportRender", "Saving the PDF…"),
        write,
        on_saved,
        failed,
    )
