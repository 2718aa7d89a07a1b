"""Run a whole private session through the UI in this process and report what it touched.

``python private_walk.py warm`` runs the walk with no checks (so Qt and fontconfig build
their caches); ``python private_walk.py check`` installs an audit hook first and prints one
JSON line: every open-for-writing, file-system change and socket use seen from Python.
Used by ``test_private_session.py`` in a subprocess, because audit hooks cannot be removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from typing import Any

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
FS_EVENTS = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.symlink",
    "os.link",
    "os.truncate",
    "os.chmod",
    "os.utime",
    "shutil.copyfile",
    "shutil.move",
    "shutil.rmtree",
    "tempfile.mkstemp",
    "tempfile.mkdtemp",
}
NET_EVENTS = {
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
}

writes: list[str] = []
sockets: list[str] = []
checking = False


def hook(event: str, args: tuple[Any, ...]) -> None:
    if not checking:
        return
    if event == "open":
        path, mode, flags = [*args, None, None, None][:3]
        wants_write = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE_FLAGS
        )
        if wants_write:
            writes.append(f"open {path!r} mode={mode!r} flags={flags!r}")
    elif event in FS_EVENTS:
        writes.append(f"{event} {args!r}"[:300])
    elif event in NET_EVENTS or event.startswith("socket."):
        sockets.append(f"{event} {args!r}"[:300])


def main(mode: str) -> int:
    global checking
    if mode == "check":
        sys.addaudithook(hook)
        checking = True
    import ui_drive as drive
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window

    window = build_window(lang="en")  # the real start-up path
    assert not isinstance(window, int), "the app did not start"
    app = QApplication.instance()
    window.resize(1000, 720)
    window.show()
    assert window.finish_start(), "the content did not load"  # the rest of the start-up path
    content = window.content
    ids = [p.platform.id for p in content.platforms if p.platform.kind == "platform"]
    drive.walk(window, [ids[0], ids[-1]])
    page = window.current_page()
    cards = getattr(page, "cards", [])
    if cards:
        cards[0].done.setFocus()
        drive.key(Qt.Key.Key_Space)
    pdf = os.environ.get("PRIVATE_WALK_PDF")
    if pdf:  # export the report: the chosen PDF must be the only file written
        drive.through_report_options(drive.save_as(pdf), tries=1000)
        drive.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        for _ in range(1000):
            if os.path.exists(pdf) and "PDF" in window.statusBar().currentMessage():
                break
            app.processEvents()
            time.sleep(0.01)
    drive.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # switch language
    drive.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # and back
    canary = os.environ.get("PRIVATE_WALK_CANARY")
    if canary:  # proves the checks work: this write and this socket must be reported
        import socket

        with open(canary, "w") as fh:
            fh.write("x")
        with (
            socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
            contextlib.suppress(OSError),
        ):
            sock.connect(("127.0.0.1", 9))
    window.new_session()  # "start over" / next participant
    window.close()
    app.processEvents()
    checking = False
    print(json.dumps({"writes": writes, "sockets": sockets, "answers": len(cards)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "check"))
