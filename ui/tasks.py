"""Run slow work off the GUI thread; show progress if it takes longer than half a second."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

#: Work slower than this (milliseconds) shows a progress dialog.
SHOW_AFTER_MS = 500


class Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so slots run in the GUI thread.

    Signals:
        succeeded(object): the work's result.
        failed(object): the exception it raised.
        finished(): after either of the above has been handled.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # every failure goes to the GUI as a dialog, never a crash
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


def run_task(
    parent: QWidget,
    label: str,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Relay:
    """Start *fn* in a worker thread; the window stays responsive meanwhile.

    *fn* must not touch widgets. *on_done* / *on_error* run in the GUI thread. *parent* must
    outlive the task by one turn of the event loop (its progress note and relay are deleted
    with ``deleteLater``); the main window always does.
    """
    relay = Relay(parent)
    had_focus = QApplication.focusWidget()
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("taskProgressDialog")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setValue(0)  # starts the clock: Qt 6 shows the note only after a setValue call
    progress.setAccessibleName(label)
    progress.setAccessibleDescription(label)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def finish() -> None:
        QApplication.restoreOverrideCursor()
        progress.reset()
        progress.deleteLater()
        # The progress note (shown after half a second) took the keyboard focus; give it back,
        # so a keyboard or screen-reader user goes on where they were.
        focus = QApplication.focusWidget()
        lost = focus is None or focus is progress or progress.isAncestorOf(focus)
        window = parent.window()
        if lost and isValid(window) and window.isVisible():
            window.activateWindow()
            target = had_focus if had_focus is not None and isValid(had_focus) else None
            if target is None or not target.isVisible() or target.window() is not window:
                target = window.focusWidget() or window
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def ok(result: object) -> None:
        finish()
        try:
            on_done(result)
        finally:
            relay.finished.emit()
            relay.deleteLater()

    def bad(exc: object) -> None:
        finish()
        try:
            on_error(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))
        finally:
            relay.finished.emit()
            relay.deleteLater()

    relay.succeeded.connect(ok)
    relay.failed.connect(bad)
    QThreadPool.globalInstance().start(_Job(fn, relay))
    return relay
