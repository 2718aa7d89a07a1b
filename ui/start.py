"""The main window's two-step start: show the frame, then load the content.

A mixin for :class:`ui.main_window.MainWindow` (which builds the frame and has ``attach``),
kept apart so the window stays readable. See ``docs/desktop.md`` and ``docs/performance.md``.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from privacy_audit.content import Content

    _Host = QMainWindow
else:
    _Host = object

#: When the content is loaded even if the window has not painted yet (milliseconds).
LOAD_AT_THE_LATEST_MS = 1000


def forget_module_sources() -> None:
    """Drop the module sources PySide6 leaves behind (~3 MiB for Huella's modules).

    PySide6's import hook reads the source of every module imported after it (to look for
    ``from __feature__ import``), and ``linecache`` keeps every line. Huella uses no such
    feature; the cache only helps tracebacks, which can read the files again.
    """
    linecache.clearcache()


class WindowStart(_Host):
    """Loads the content after the first paint; commands wait until it is attached."""

    if TYPE_CHECKING:  # provided by MainWindow
        is_ready: bool
        _lang: str
        _loader: Callable[[], Content] | None
        _on_ready: list[Callable[[], object]]

        def attach(self, content: Content) -> None: ...

    def load_after_first_paint(self, loader: Callable[[], Content]) -> None:
        """Load the content with *loader* right after the window first paints.

        A content error is shown as a clear message and the application ends with code 2.
        """
        self._loader = loader
        self.installEventFilter(self)
        # Should no paint come (a window started minimised, a compositor that waits), the
        # content still loads.
        QTimer.singleShot(LOAD_AT_THE_LATEST_MS, self, self.finish_start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and self._loader is not None:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self.finish_start)
        return super().eventFilter(watched, event)

    def finish_start(self) -> bool:
        """Load and attach the content now, if that has not happened yet; False on an error."""
        if self.is_ready:
            return True
        loader, self._loader = self._loader, None
        if loader is None:
            return False
        # What attach() needs, imported before the content is built, so that the memory of
        # the sources PySide6 read meanwhile is free again for it.
        import privacy_audit.session  # noqa: F401
        import ui.workshop  # noqa: F401
        from privacy_audit.errors import UserError
        from ui.dialogs.errors import show_error

        forget_module_sources()
        try:
            content = loader()
        except UserError as exc:
            show_error(self, exc, lang=self._lang)
            from PySide6.QtWidgets import QApplication

            QApplication.exit(2)
            return False
        self.attach(content)
        forget_module_sources()
        return True

    def when_ready(self, fn: Callable[[], object]) -> None:
        """Run *fn* from the event loop once the content is attached."""
        if self.is_ready:
            QTimer.singleShot(0, fn)
        else:
            self._on_ready.append(fn)

    def _when_ready_only(self, fn: Callable[..., object]) -> Callable[..., None]:
        """*fn*, ignored until the content is attached (a key pressed in the first instant)."""

        def guarded(*args: object) -> None:
            if self.is_ready:
                fn(*args)

        return guarded
