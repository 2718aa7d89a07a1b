"""Run by tests/ui/test_screens.py in a subprocess, on a real X screen (Xvfb, xcb platform):
open the app as ``run()`` does, walk every page and report, as one JSON line, everything
that does not fit the screen.

    python screen_probe.py '{"lang": "es", "workshop": false, "presenter": 1.0}'

Checks, on every page: the window (frame included) lies within the screen; every visible
navigation button lies within the screen's available area; the page's content is no wider
than its viewport (no horizontal scrolling, nothing clipped on the right); every visible
widget on the page lies within the content's width. With ``presenter`` > 1 the presenter
scale is raised by its keyboard shortcut (Ctrl+=) first, and the presenter view is checked too.
With ``shots`` (a folder), a screenshot of the whole screen is saved for every page.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(spec: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

    import ui.app
    from privacy_audit.scoring.answers import Answers
    from ui.pages.base import Page
    from ui.workshop import mode_of

    window = ui.app.build_window(workshop=spec["workshop"], lang=spec["lang"], defer=False)
    assert not isinstance(window, int)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(50)
    screen = window.screen()
    full, avail = screen.geometry(), screen.availableGeometry()
    problems: list[str] = []
    shots = Path(spec["shots"]) if spec.get("shots") else None
    out: dict[str, Any] = {
        "screen": full.getRect(),
        "dpr": screen.devicePixelRatio(),
        "first_window": window.frameGeometry().getRect(),
    }

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
        QTest.qWait(30)

    def global_rect(w: QWidget) -> QRect:
        return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())

    def check_window(where: str, win: QWidget) -> None:
        frame = win.frameGeometry()
        if not full.contains(frame):
            problems.append(f"{where}: window {frame.getRect()} outside screen {full.getRect()}")

    def check_scroll(where: str, area: QScrollArea) -> None:
        body = area.widget()
        if body is None or not area.isVisible():
            return
        if body.width() > area.viewport().width():
            problems.append(
                f"{where}: content {body.width()} wider than viewport {area.viewport().width()}"
            )
        if area.horizontalScrollBar().maximum() > 0:
            problems.append(f"{where}: scrolls sideways by {area.horizontalScrollBar().maximum()}")
        for child in body.findChildren(QWidget):
            if not child.isVisible() or isinstance(child, QScrollArea):
                continue
            if not isinstance(child, (QLabel, QAbstractButton)) and child.parent() is not body:
                continue
            right = child.mapTo(body, QPoint(child.width(), 0)).x()
            if right > body.width() + 1:
                name = child.objectName() or type(child).__name__
                problems.append(f"{where}: {name} ends at {right}, content is {body.width()}")

    def check_page(key: str, n: int) -> None:
        settle()
        check_window(key, window)
        inside = window.mapToGlobal(QPoint(0, 0))
        shown = QRect(inside, window.size())
        for b in (window.back_button, window.skip_button, window.next_button):
            if b.isVisible() and not avail.contains(global_rect(b)):
                problems.append(f"{key}: {b.objectName()} at {global_rect(b).getRect()} off screen")
            # On screen is not enough: a wrapped button row cut off by the window's own
            # bottom edge is on the screen and still cannot be seen.
            if b.isVisible() and not shown.contains(global_rect(b)):
                problems.append(
                    f"{key}: {b.objectName()} at {global_rect(b).getRect()} outside the window"
                )
        page = window.stack.currentWidget()
        assert isinstance(page, Page)
        check_scroll(key, page)
        if shots is not None:
            screen.grabWindow(0).save(str(shots / f"{n:02d}-{key.replace('platform:', '')}.png"))

    mode = mode_of(window)
    if spec.get("presenter", 1.0) > 1.0:
        assert mode is not None
        window.activateWindow()
        while mode.scale.factor < spec["presenter"] - 1e-6:
            QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
            settle()
        out["presenter"] = mode.scale.factor
    content = window.content
    persona = content.persona(spec.get("persona", "rosa"))
    for pid in window.session.choosable_platforms() if spec.get("all") else persona.platforms:
        if content.platform_by_id[pid].platform.kind == "platform":
            window.session.set_platform(pid, True)
    for qid, oid in Answers(persona.answers).answers.items():
        window.session.set_answer(qid, oid)
    pages = window.session.pages()
    out["pages"] = len(pages)
    for n, key in enumerate(pages, 1):
        window.show_page(key)
        check_page(key, n)
    out["last_window"] = window.frameGeometry().getRect()
    if mode is not None:
        view = mode.open_presenter()
        settle()
        check_window("presenter view", view)
        for area in view.findChildren(QScrollArea):
            check_scroll("presenter view", area)
        rung = view.rung_labels[0]
        out["presenter_px"] = rung.fontInfo().pixelSize()
        out["presenter_window"] = view.frameGeometry().getRect()
        if shots is not None:
            screen.grabWindow(0).save(str(shots / "presenter.png"))
        view.close()
    out["problems"] = problems
    return out


if __name__ == "__main__":
    result = main(json.loads(sys.argv[1]))
    print(json.dumps(result), flush=True)
    os._exit(0)
