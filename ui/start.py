"""The main window's two-step start, and the desktop side's start-up tricks, in one place.

:class:`TwoStep` watches the window for its first paint, then loads the content and hands
it to :meth:`ui.main_window.MainWindow.attach`. See ``docs/desktop.md``.

The tricks each earned their place by measurement (``docs/performance.md``, "Start-up
tricks"): :func:`forget_module_sources` (memory), and :func:`set_shortcut` and
:func:`no_horizontal_scroll`, which keep PySide6 from building its ``Qt`` namespace before
the first paint. The core's are the compiled content copy (``content/compiled.py``, with a
CRC) and the XDG folders (``userdirs.py``).
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QAbstractScrollArea

    from privacy_audit.content import Content
    from ui.main_window import MainWindow

#: When the content is loaded even if the window has not painted yet (milliseconds).
LOAD_AT_THE_LATEST_MS = 1000


def forget_module_sources() -> None:
    """Drop the module sources PySide6 leaves behind (~3 MiB for Huella's modules).

    PySide6's import hook reads the source of every module imported after it (to look for
    ``from __feature__ import``), and ``linecache`` keeps every line. Huella uses no such
    feature; the cache only helps tracebacks, which can read the files again.
    """
    linecache.clearcache()


#: The value of ``Qt.ScrollBarPolicy.ScrollBarAlwaysOff``.
SCROLL_BAR_ALWAYS_OFF = 1


def set_shortcut(action: QAction, sequence: QKeySequence) -> None:
    """``action.setShortcut(sequence)``, without building PySide6's ``Qt`` namespace.

    The first use of ``PySide6.QtCore.Qt`` creates all of its ~100 enums (~15-20 ms and
    ~1 MiB before the first paint); choosing among ``setShortcut``'s overloads does that,
    ``setShortcuts`` with a list does not.
    """
    action.setShortcuts([sequence])


def no_horizontal_scroll(area: QAbstractScrollArea) -> None:
    """Text wraps; it never scrolls sideways. Set through the property system:
    ``Qt.ScrollBarPolicy.ScrollBarAlwaysOff`` would build the ``Qt`` namespace (see
    :func:`set_shortcut`). ``tests/ui/test_start.py`` checks the policy really is "always off".
    """
    area.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)


class TwoStep(QObject):
    """Loads the content with *loader* right after *window* first paints, then attaches it.

    A content error is shown as a clear message and the application ends with code 2.
    """

    def __init__(self, window: MainWindow, loader: Callable[[], Content]) -> None:
        super().__init__(window)
        self.window = window
        self._loader: Callable[[], Content] | None = loader
        window.installEventFilter(self)
        # Should no paint come (a window started minimised, a compositor that waits), the
        # content still loads.
        QTimer.singleShot(LOAD_AT_THE_LATEST_MS, self, self.finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            if self._loader is not None:
                QTimer.singleShot(0, self, self.finish)
        return False

    def finish(self) -> bool:
        """Load and attach the content now, if that has not happened yet; False on an error."""
        if self.window.is_ready:
            return True
        loader, self._loader = self._loader, None
        if loader is None:
            return False
        # What attach() needs, imported before the content is built, so that the memory of
        # the sources PySide6 read meanwhile is free again for it.
        import privacy_audit.session  # noqa: F401
        from privacy_audit.errors import UserError
        from ui.dialogs.errors import show_error

        forget_module_sources()
        try:
            content = loader()
        except UserError as exc:
            show_error(self.window, exc, lang=self.window.start_lang)
            from PySide6.QtWidgets import QApplication

            QApplication.exit(2)
            return False
        self.window.attach(content)
        forget_module_sources()
        return True
