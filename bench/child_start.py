"""One cold start, in a fresh process: ``python bench/child_start.py floor|huella``.

Run as a script (not ``-m``), so the floor imports nothing but PySide6 and the standard
library. Each side prints two JSON lines: ``paint`` at the first Paint event on its main
window, and ``ready`` with the peak RSS (``ru_maxrss``, KiB) once everything is loaded and on
screen. The parent times from its ``Popen`` to each line, the same way for both sides.

* ``floor``: a bare PySide6 process that shows an empty ``QMainWindow``; it is ready at its
  first paint.
* ``same``: Huella's first window written in bare PySide6 (``bench/same_window.py``), a
  reference: what showing that window costs without any of Huella's code.
* ``huella``: the real path of the ``huella`` launcher: :func:`ui.app.build_window` (style,
  translations, the window with its welcome page), ``show()`` - exactly what
  :func:`ui.app.run` does before ``exec()``. The window loads the content after its first
  paint; ``ready`` is the first paint after that (content loaded and validated, the audit
  session, the live panel and the accounts page built).
"""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path


def _report(side: str, event: str) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"side": side, "event": event, "rss_kib": rss}), flush=True)


def main(side: str) -> int:
    if side == "floor":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    elif side == "same":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from same_window import build

        app, window = build()
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

    def is_ready() -> bool:
        return side in ("floor", "same") or bool(getattr(window, "is_ready", False))

    class Paints(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if not self.painted:
                    self.painted = True
                    _report(side, "paint")
                if is_ready():
                    _report(side, "ready")
                    # Skip interpreter and Qt teardown: the parent has what it needs.
                    os._exit(0)
            return False

    watcher = Paints()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
