"""Start-up: the window paints its welcome page first, then loads the content.

A person on an old laptop sees Huella as soon as possible (``docs/performance.md``); the
content is loaded right after the first paint, and until then no command can act on it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from privacy_audit.page_keys import ACCOUNTS, WELCOME
from ui import app as ui_app

ROOT = Path(__file__).resolve().parents[2]


def probe(mode: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "ui" / "start_probe.py"), mode],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_first_paint_comes_before_the_content_and_pydantic_is_never_loaded() -> None:
    seen = probe("order")
    assert seen["first_paint"] == {
        "ready": False,
        "content_imported": False,
        "page": "WelcomePage",
    }
    ready = seen["ready"]
    assert ready["pages"] == [WELCOME]  # the others are built when first shown
    assert ready["step"].startswith("Step 1 of") and ready["disclaimer"]
    assert ready["modules"] == []  # no validation library, no TOML parser, no OpenSSL
    assert seen["exit"] == 0


def test_content_that_fails_after_the_first_paint_is_one_clear_message_and_exit_2() -> None:
    seen = probe("broken")
    assert "checklist files have a problem" in seen["message"]
    assert seen["exit"] == 2
    assert "ready" not in seen


def test_commands_wait_for_the_content(qtbot: QtBot) -> None:
    window = ui_app.build_window(lang="en")
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert not window.is_ready
    # A key pressed in the first instant: nothing happens, nothing breaks.
    window.next_button.click()
    window.menus.next.trigger()
    window.menus.spanish.trigger()
    window.welcome.save_radio.click()
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    assert window.is_ready and window.session.lang == "en" and not window.session.saving
    assert not window.welcome.save_radio.isChecked()  # the early click was not kept
    window.next_button.click()
    assert window.session.page == ACCOUNTS
    assert window.finish_start()  # idempotent
