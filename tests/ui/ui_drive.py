"""Drive the desktop app by keyboard only, as a person would (shared by several tests).

Used by pytest tests and by the private-session subprocess check, so it needs only Qt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from privacy_audit.session import PLATFORM_PREFIX, RESULTS
from ui.main_window import MainWindow
from ui.pages.accounts import AccountsPage
from ui.pages.platform import PlatformPage

ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has keyboard focus"
    return w


def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, mod)


def type_ascii(text: str) -> None:
    assert text.isascii(), "QTest.keyClicks aborts on non-ASCII text"
    for ch in text:
        QTest.keyClick(focused(), ch)


def next_page() -> None:
    key(Qt.Key.Key_Right, ALT)


def pick_platforms(window: MainWindow, wanted: list[str]) -> None:
    """On the accounts page: Tab through the boxes, Space on the wanted ones."""
    page = window.current_page()
    assert isinstance(page, AccountsPage)
    assert focused() is page.search
    remaining = set(wanted)
    for _ in range(len(page.boxes) + 2):
        key(Qt.Key.Key_Tab)
        w = focused()
        pid = next((p for p, b in page.boxes.items() if b is w), None)
        if pid is None:
            break
        if pid in remaining:
            key(Qt.Key.Key_Space)
            remaining.discard(pid)
    assert not remaining, f"could not reach {remaining} by Tab"


def choice_for(index: int, n_options: int) -> int:
    """A spread of answers: the k-th question gets option k mod n."""
    return index % n_options


def answer_page(window: MainWindow, start: int) -> dict[str, str]:
    """Answer every question of the current platform page by keyboard; returns what was chosen."""
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    chosen: dict[str, str] = {}
    for n, box in enumerate(page.questions):
        buttons = list(box.buttons.values())
        assert focused() is buttons[0], (
            f"focus should be on the first answer of {box.qid}, is {focused().objectName()}"
        )
        k = choice_for(start + n, len(buttons))
        for _ in range(k):
            key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Space)
        oid = list(box.buttons)[k]
        assert buttons[k].isChecked()
        chosen[box.qid] = oid
        if n + 1 < len(page.questions):
            key(Qt.Key.Key_Tab)
    return chosen


def walk(window: MainWindow, platforms: list[str]) -> dict[str, str]:
    """Welcome -> accounts -> every platform page -> results, keyboard only."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    next_page()
    pick_platforms(window, platforms)
    chosen: dict[str, str] = {}
    next_page()
    while window.session.page.startswith(PLATFORM_PREFIX):
        chosen.update(answer_page(window, len(chosen)))
        next_page()
    assert window.session.page == RESULTS
    return chosen


def when_modal(handle: object, tries: int = 200) -> None:
    """Call *handle(dialog)* once a modal dialog is up (for dialogs opened with exec()).

    A "please wait" progress note (shown when slow work takes over half a second) is not a
    dialog a person answers: it is passed over.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    def poll(left: int) -> None:
        w = QApplication.activeModalWidget()
        if w is not None and w.isVisible() and not isinstance(w, QProgressDialog):
            handle(w)  # type: ignore[operator]
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def through_report_options(then: object, tries: int = 500, choose: object = None) -> None:
    """Answer the report-options dialog that Export and Print open first (*choose(dialog)*
    may change the choices; Enter keeps them), then hand the next dialog to *then*."""
    from ui.dialogs.report_options import ReportOptionsDialog

    def options(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportOptionsDialog), type(dialog).__name__
        if choose is not None:
            choose(dialog)  # type: ignore[operator]
        when_modal(then, tries)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(options, tries)


def save_as(path: object) -> object:
    """A handler for a save dialog that types *path*'s name into it in *path*'s folder, as a
    person would (selectFile() can lose a race with the dialog's folder model)."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QLineEdit

    target = Path(str(path))

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog).__name__
        dialog.setDirectory(str(target.parent))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(target.name)
        dialog.accept()

    return handle
