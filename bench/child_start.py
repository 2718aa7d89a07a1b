"""One cold start, in a fresh process: ``python bench/child_start.py floor|huella``.

Run as a script (not ``-m``), so the floor imports nothing but PySide6 and the standard
library. Both sides quit at the first Paint event on their main window and print one JSON
line: the peak RSS (``ru_maxrss``, KiB) at that moment. The parent times from its ``Popen``
to that line, the same way for both sides.

* ``floor``: a bare PySide6 process that shows an empty ``QMainWindow``.
* ``huella``: the real app path, :func:`ui.app.build_window` (content loaded and validated,
  style, translations, the main window with its first pages), then ``show()``.
"""

from __future__ import annotations

import json
import os
import resource
import sys


def _report(side: str) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"side": side, "rss_kib": rss}), flush=True)
    # Skip interpreter and Qt teardown: the parent has what it needs.
    os._exit(0)


def main(side: str) -> int:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                _report(side)
            return False

    if side == "floor":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    elif side == "huella":
        from PySide6.QtWidgets import QApplication

        from ui.app import build_window

        built = build_window()
        if isinstance(built, int):
            return built
        window = built
        app = QApplication.instance()  # type: ignore[assignment]
    else:
        print(f"unknown side {side!r}", file=sys.stderr)
        return 2
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
