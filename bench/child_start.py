"""One cold start, in a fresh process: ``python bench/child_start.py floor|huella``.

Run as a script (not ``-m``), so the floor imports nothing but PySide6 and the standard
library. Both sides quit at the first Paint event on their main window and print one JSON
line: the peak RSS (``ru_maxrss``, KiB) at that moment. The parent times from its ``Popen``
to that line, the same way for both sides.

* ``floor``: a bare PySide6 process that shows an empty ``QMainWindow``.
* ``huella``: the real path of the ``huella`` launcher: :func:`ui.app.build_window` (content
  loaded and validated, style, translations, the main window with its first pages), then
  ``show()`` — exactly what :func:`ui.app.run` does before ``exec()``.
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
    if side == "floor":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    elif side == "huella":
        # As the ``huella`` launcher (privacy_audit.cli:gui_main -> ui.app.run) does, in the
        # same order: nothing of Qt is imported here before the app's own start-up code runs.
        import importlib

        import privacy_audit.cli  # noqa: F401  (the launcher's module)

        built = importlib.import_module("ui.app").build_window()
        if isinstance(built, int):
            return built
        from PySide6.QtWidgets import QApplication

        window = built
        app = QApplication.instance()  # type: ignore[assignment]
    else:
        print(f"unknown side {side!r}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                _report(side)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
