"""Run a whole workshop through the UI in this process and report what it touched.

Like ``tests/ui/private_walk.py`` (whose audit hook this reuses): ``warm`` runs with no
checks so Qt and fontconfig can build their caches; ``check`` installs the hook first and
prints one JSON line with every open-for-writing, file-system change and socket use seen from
Python. Started as ``privacy-audit --workshop --lang es`` starts (``ui.app.build_window``).
"""

from __future__ import annotations

import json
import sys

import private_walk as hook


def main(mode: str) -> int:
    if mode == "check":
        sys.addaudithook(hook.hook)
        hook.checking = True
    import ui_drive as drive
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from ui.workshop import mode_of

    window = build_window(workshop=True, lang="es")
    assert not isinstance(window, int), "the app did not start"
    app = QApplication.instance()
    content = window.content
    window.resize(1000, 720)
    window.show()
    workshop = mode_of(window)
    assert workshop is not None
    workshop.set_tally(True)
    ids = [p.platform.id for p in content.platforms if p.platform.kind == "platform"]
    for n in range(3):  # three participants, by keyboard, with the tally on
        drive.walk(window, [ids[n], ids[-1 - n]])
        drive.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # switch language
        drive.key(
            Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for p in content.personas:
        workshop.load_persona(p.id)
    drive.key(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    view = workshop.open_presenter()
    view.next_button.click()
    view.close()
    workshop.next_participant()
    counted = workshop.tally.participants if workshop.tally else -1
    window.close()
    app.processEvents()
    hook.checking = False
    print(json.dumps({"writes": hook.writes, "sockets": hook.sockets, "counted": counted}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "check"))
