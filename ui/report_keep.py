"""Keeping a printed report's parts together across pages.

Qt's text layout breaks pages anywhere: a heading can end a page, a table row can split, a
short table can start at a page's last line. :func:`keep_together` walks a laid-out document
and puts a page break before each unit (a heading with what follows it, a row, a short table)
that would otherwise be cut, and shrinks spacers so nothing runs onto a blank last page. The
PDF writer, the printer and the preview all use it through ``report_render.make_document``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

#: A table up to this share of a page moves to the next page rather than split.
TABLE_KEEP_MAX = 0.6
#: A table no taller than this (layout pixels) that opens with a heading counts as one.
HEADING_ROW_MAX = 90.0
#: A paragraph no taller than this (three lines or so) under a heading stays with both.
INTRO_MAX = 60.0


def _break_before(owner: QTextBlock | QTextTable, on: bool = True) -> bool:
    """Give a top-level block or table a page break before it (or take it back); False if
    nothing changed."""
    flag = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    want = flag if on else QTextFormat.PageBreakFlag.PageBreak_Auto
    if isinstance(owner, QTextTable):
        tfmt = owner.format()
        if bool(tfmt.pageBreakPolicy() & flag) == on:
            return False
        tfmt.setPageBreakPolicy(want)
        owner.setFormat(tfmt)
        return True
    bfmt = owner.blockFormat()
    if bool(bfmt.pageBreakPolicy() & flag) == on:
        return False
    bfmt.setPageBreakPolicy(want)
    QTextCursor(owner).setBlockFormat(bfmt)
    return True


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 and bool(block.text().strip())


@dataclass
class _Unit:
    """A top-level block or table: what the page breaks are decided for."""

    owner: QTextBlock | QTextTable
    first: int
    top: float
    bottom: float
    heading: bool
    empty: bool


class _Keeper:
    """Moves to the next page what a page break would cut: a table (every row of a
    side-by-side report is a table of its own, so both languages of a row stay on one page;
    the staircase, a checklist step and the legal-help frame are too), and a heading left
    as the last line of a page, with what follows it.

    Only top-level tables and blocks get breaks: Qt honours a break before a table or a
    top-level block exactly once, but a break inside a table cell moves only that cell (or,
    in every cell of a row, the row twice)."""

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.layout = doc.documentLayout()
        self.page_h = doc.pageSize().height()
        self.root = doc.rootFrame()
        #: Where this keeper put a page break (first positions of those units).
        self.pushed: set[int] = set()

    def page(self, y: float) -> int:
        return int(y // self.page_h)

    def units(self, since: int = 0) -> list[_Unit]:
        """The top-level blocks and tables from the one holding position *since* on."""
        tables = [f for f in self.root.childFrames() if isinstance(f, QTextTable)]
        out: list[_Unit] = []
        block = self.doc.findBlock(since)
        ti = 0
        while block.isValid():
            pos = block.position()
            while ti < len(tables) and tables[ti].lastPosition() < pos:
                ti += 1
            table = tables[ti] if ti < len(tables) and tables[ti].firstPosition() <= pos else None
            if table is None:
                rect = self.layout.blockBoundingRect(block)
                text = block.text().strip()
                out.append(
                    _Unit(block, pos, rect.top(), rect.bottom(), _is_heading(block), not text)
                )
                block = block.next()
                continue
            rect = self.layout.frameBoundingRect(table)
            first_text: QTextBlock | None = None
            while block.isValid() and block.position() <= table.lastPosition():
                if first_text is None and block.text().strip():
                    first_text = block
                block = block.next()
            # A short table that opens with a heading (a group's name row, or a heading and
            # its translation side by side) is kept with what follows it, like a heading.
            heading = (
                first_text is not None
                and _is_heading(first_text)
                and rect.height() <= HEADING_ROW_MAX
            )
            out.append(
                _Unit(
                    table,
                    table.firstPosition(),
                    rect.top(),
                    rect.bottom(),
                    heading,
                    first_text is None,
                )
            )
        return out

    def first_problem(self, units: list[_Unit]) -> list[_Unit]:
        """Candidates to move, first in the document first."""
        shown = [u for u in units if not u.empty]
        for i, u in enumerate(shown):
            prev = shown[i - 1] if i else None
            if (
                isinstance(u.owner, QTextTable)
                and self.page(u.top) != self.page(u.bottom - 1)
                and u.bottom - u.top <= TABLE_KEEP_MAX * self.page_h
            ):
                if prev is not None and prev.heading:
                    return [prev, u]
                return [u]
            if u.heading:
                # What the heading is about: past its short intro lines, if any.
                j = i + 1
                while (
                    j + 1 < len(shown)
                    and isinstance(shown[j].owner, QTextBlock)
                    and not shown[j].heading
                    and shown[j].bottom - shown[j].top <= INTRO_MAX
                ):
                    j += 1
                nxt = shown[j] if j < len(shown) else None
                if nxt is not None and self.page(u.bottom - 1) != self.page(nxt.top):
                    # What follows goes with the heading: a break given to it before is
                    # taken back (it would now open one page too many).
                    for later in shown[i + 1 : j + 1]:
                        if later.first in self.pushed:
                            _break_before(later.owner, on=False)
                            self.pushed.discard(later.first)
                    return [u]
        return []

    def run(self, passes: int = 400) -> None:
        """Fix the first problem in the document, then look again from just before it: a fix
        only moves what comes after it, so what comes before stays right."""
        since = 0
        for _ in range(passes):
            units = self.units(since)
            fix = self.first_problem(units)[:1]
            if not fix or not _break_before(fix[0].owner):
                return
            self.pushed.add(fix[0].first)
            start = fix[0].first
            before = [u.first for u in units if u.first < start]
            since = before[-2] if len(before) >= 2 else 0


def keep_together(doc: QTextDocument) -> None:
    """Lay *doc* out so that no short table and no heading is cut from what follows it by a
    page break (see :class:`_Keeper`)."""
    _shrink_spacers(doc)
    # Qt's incremental relayout can leave blocks after a changed table stale (zero height):
    # lay everything out again once.
    doc.markContentsDirty(0, doc.characterCount())
    _Keeper(doc).run()


def _shrink_spacers(doc: QTextDocument) -> None:
    """Qt puts an empty paragraph between two tables; make it a hairline, so a run of
    one-row tables reads as one table."""
    root = doc.rootFrame()
    edit = QTextCursor(doc)
    edit.beginEditBlock()  # one relayout at the end, not one per spacer
    block = doc.begin()
    while block.isValid():
        nxt = block.next()
        if (
            not block.text()
            and QTextCursor(block).currentFrame() is root
            and block.previous().isValid()
            and QTextCursor(block.previous()).currentFrame() is not root
            and nxt.isValid()
            and QTextCursor(nxt).currentFrame() is not root
        ):
            bfmt = block.blockFormat()
            bfmt.setTopMargin(0)
            bfmt.setBottomMargin(0)
            bfmt.setLineHeight(1.0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            QTextCursor(block).setBlockFormat(bfmt)
        block = nxt
    edit.endEditBlock()
