"""Slow work runs in a worker thread; the progress note never strands the keyboard focus."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.tasks import SHOW_AFTER_MS, run_task


def _window(qtbot: QtBot) -> tuple[QWidget, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second = QPushButton("First"), QPushButton("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    return window, second


def _note_takes_focus(qtbot: QtBot, button: QPushButton) -> None:
    """Wait for the progress note, and give it the focus as a window manager would."""
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QProgressDialog), timeout=5000
    )
    note = QApplication.activeModalWidget()
    assert isinstance(note, QProgressDialog)
    note.activateWindow()
    note.setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus(), timeout=2000)


def test_work_runs_off_the_gui_thread_and_focus_comes_back(qtbot: QtBot) -> None:
    window, button = _window(qtbot)
    seen: dict[str, object] = {}

    def slow() -> str:
        seen["thread"] = threading.current_thread() is threading.main_thread()
        time.sleep(SHOW_AFTER_MS / 1000 + 1.0)  # long enough for the progress note to show
        return "done"

    relay = run_task(window, "Working…", slow, lambda r: seen.setdefault("result", r), print)
    _note_takes_focus(qtbot, button)
    with qtbot.waitSignal(relay.finished, timeout=10_000):
        pass
    qtbot.wait(50)  # the progress note is deleted (deleteLater)
    assert seen == {"thread": False, "result": "done"}
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    assert QApplication.focusWidget() is button


def test_a_failure_goes_to_on_error_and_focus_comes_back(qtbot: QtBot) -> None:
    window, button = _window(qtbot)
    errors: list[BaseException] = []

    def broken() -> None:
        time.sleep(SHOW_AFTER_MS / 1000 + 1.0)
        raise OSError(28, "No space left on device")

    relay = run_task(window, "Working…", broken, lambda r: None, errors.append)
    _note_takes_focus(qtbot, button)
    with qtbot.waitSignal(relay.finished, timeout=10_000):
        pass
    qtbot.wait(50)
    assert len(errors) == 1 and isinstance(errors[0], OSError)
    qtbot.waitUntil(button.hasFocus, timeout=2000)
