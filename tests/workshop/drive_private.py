"""Run a whole workshop in a fresh process and report every write it attempted (JSON on stdout).

An audit hook (PEP 578) is installed before anything else is imported, so every Python-level
file write, folder change, temp file or socket shows up. Used by ``test_private.py``; run with
HOME, XDG_* and TMPDIR pointed at an empty folder so a write below the hook (in C) shows up in
the file-system snapshot too.
"""

from __future__ import annotations

import json
import os
import sys

EVENTS: list[str] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_MUTATING = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.truncate",
    "os.symlink",
    "os.link",
    "os.chmod",
    "os.utime",
    "shutil.copyfile",
    "shutil.copytree",
    "shutil.move",
    "shutil.rmtree",
    "tempfile.mkstemp",
    "tempfile.mkdtemp",
    "sqlite3.connect",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
}


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "open":
        path, mode, flags = (*args, None, None)[:3]
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writes:
            EVENTS.append(f"open {path!r} mode={mode!r} flags={flags!r}")
    elif event in _MUTATING:
        EVENTS.append(f"{event} {args!r}"[:300])


sys.addaudithook(_hook)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), os.path.join(HERE, "..", "ui")]


def keep_singletons_alive() -> None:
    """PySide6 6.12 drops references to None, True and False (see ``ui/report_render.py``);
    a long scripted session could otherwise abort the interpreter when it shuts down, before
    the file-system snapshot is compared. These references are never released."""
    import ctypes

    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for obj in (None, True, False):
        for _ in range(100_000):
            incref(obj)


def main() -> None:
    keep_singletons_alive()
    import ui_drive as drive
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from privacy_audit.content import load_content
    from ui.i18n import Translators
    from ui.main_window import MainWindow
    from ui.workshop import mode_of

    app = QApplication(["huella-workshop-check"])
    content = load_content()
    window = MainWindow(content, lang="es", workshop=True, translators=Translators())
    window.resize(1000, 720)
    window.show()
    QTest.qWaitForWindowExposed(window)
    mode = mode_of(window)
    assert mode is not None
    mode.set_tally(True)
    ids = [p.platform.id for p in content.platforms if p.platform.kind == "platform"]
    for n in range(3):  # three participants, by keyboard, with the tally on
        drive.walk(window, [ids[n], ids[-1 - n]])
        window.set_language("en" if n % 2 else "es")
        mode.next_participant()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for p in content.personas:
        mode.load_persona(p.id)
    drive.key(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    view = mode.open_presenter()
    view.next_button.click()
    view.close()
    mode.next_participant()
    counted = mode.tally.participants if mode.tally else -1
    window.close()
    app.processEvents()
    print(json.dumps({"events": EVENTS, "counted": counted}))


if __name__ == "__main__":
    main()
