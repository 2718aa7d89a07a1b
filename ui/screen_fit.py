"""The window and the screen it is on: its first size, and never larger than that screen.

A new window takes a large share of the screen's available area (at least 900x600 where the
screen is that big), so a person on an old laptop or a projector gets a window that fits and
needs no resizing. Whatever changes later (a restored size from a saved session, presenter
scale in workshop mode) is brought back inside the screen by :func:`keep_on_screen`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

#: The smallest first size, where the screen allows it.
MIN_FIRST = QSize(900, 600)
#: The share of the available width and height a new window takes.
SHARE = (0.8, 0.86)


def first_size(available: QSize) -> QSize:
    """The size a new window opens at on a screen with *available* room."""
    w = min(available.width(), max(MIN_FIRST.width(), round(available.width() * SHARE[0])))
    h = min(available.height(), max(MIN_FIRST.height(), round(available.height() * SHARE[1])))
    return QSize(w, h)


def _available(window: QWidget) -> QRect:
    screen = window.screen()
    return screen.availableGeometry()


def _frame_extra(window: QWidget) -> QSize:
    """What the window manager's frame adds (nothing before the window is mapped)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(frame.width() - inner.width(), 0), max(frame.height() - inner.height(), 0))


def place_first(window: QWidget) -> None:
    """Size *window* for the screen it is on and centre it there."""
    avail = _available(window)
    extra = _frame_extra(window)
    size = first_size(QSize(avail.width() - extra.width(), avail.height() - extra.height()))
    window.resize(size)
    window.move(
        avail.left() + (avail.width() - size.width() - extra.width()) // 2,
        avail.top() + (avail.height() - size.height() - extra.height()) // 2,
    )


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move *window* (frame included) inside its screen's available area."""
    if window.isMaximized() or window.isFullScreen():
        return
    avail = _available(window)
    extra = _frame_extra(window)
    w = min(window.width(), avail.width() - extra.width())
    h = min(window.height(), avail.height() - extra.height())
    if (w, h) != (window.width(), window.height()):
        window.resize(w, h)
    frame = window.frameGeometry()
    x = min(max(frame.left(), avail.left()), avail.right() + 1 - frame.width())
    y = min(max(frame.top(), avail.top()), avail.bottom() + 1 - frame.height())
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def fill_screen(window: QWidget) -> None:
    """*window* as large as its screen's available area (the presenter view on a projector)."""
    avail = _available(window)
    extra = _frame_extra(window)
    window.resize(avail.width() - extra.width(), avail.height() - extra.height())
    window.move(avail.topLeft())
