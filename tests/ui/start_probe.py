"""Run the real start-up path in a fresh process and report what happened, as one JSON line.

``python tests/ui/start_probe.py order``: when the first paint comes, whether the content was
already loaded; then, once ready, which heavy modules were ever imported.
``python tests/ui/start_probe.py broken``: the content fails to load after the first paint;
the message shown and the exit code of ``ui.app.run``.
"""

from __future__ import annotations

import json
import os
import sys


def main(mode: str) -> int:
    import ui.app
    from privacy_audit.errors import ContentError

    seen: dict[str, object] = {}
    if mode == "broken":

        def broken() -> object:
            raise ContentError(["signal.toml: questions (id 'x'): field 'text': is missing"])

        ui.app._load_content = broken  # type: ignore[assignment]

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = ui.app.build_window(lang="en")
    assert not isinstance(window, int)

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint" not in seen:
                seen["first_paint"] = {
                    "ready": window.is_ready,
                    "content_imported": "privacy_audit.content.model" in sys.modules,
                    "page": window.stack.currentWidget().objectName()
                    or type(window.stack.currentWidget()).__name__,
                }
                seen["first_nav"] = nav()
            return False

    watch = Watch()
    window.installEventFilter(watch)

    def nav() -> dict[str, object]:
        """Where the navigation is, what it allows, and who has the keyboard."""
        focus = QApplication.focusWidget()
        return {
            "next": window.next_button.geometry().getRect(),
            "back": window.back_button.geometry().getRect(),
            "progress": window.progress.geometry().getRect(),
            "back_enabled": window.back_button.isEnabled(),
            "skip_visible": window.skip_button.isVisible(),
            "focus": focus.objectName() if focus is not None else None,
        }

    def on_ready() -> None:
        QTimer.singleShot(30, lambda: seen.setdefault("ready_nav", nav()))
        seen["ready"] = {
            "pages": sorted(window.pages),
            "step": window.step_label.text(),
            "disclaimer": bool(window.welcome.disclaimer.text()),
            "modules": sorted(
                m
                for m in ("pydantic", "pydantic_core", "tomli", "tomllib", "hashlib")
                if m in sys.modules
            ),
        }
        QTimer.singleShot(60, lambda: QApplication.exit(0))

    window.ready.connect(on_ready)

    def answer_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["message"] = box.text()
            box.accept()
        else:
            QTimer.singleShot(20, answer_box)

    if mode == "broken":
        QTimer.singleShot(20, answer_box)
    window.show()
    seen["exit"] = QApplication.exec()
    print(json.dumps(seen), flush=True)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
