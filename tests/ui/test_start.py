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

from privacy_audit.content import Content
from privacy_audit.pages import ACCOUNTS, WELCOME
from ui import app as ui_app
from ui.app import make_window
from ui.main_window import MainWindow

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
    # Nothing moves when the content arrives: the first paint already shows the welcome
    # page's navigation, and the keyboard is on the first choice.
    assert seen["first_nav"] == seen["ready_nav"]
    assert seen["first_nav"]["focus"] == "englishRadioButton"
    assert not seen["first_nav"]["back_enabled"] and not seen["first_nav"]["skip_visible"]


def test_content_that_fails_after_the_first_paint_is_one_clear_message_and_exit_2() -> None:
    seen = probe("broken")
    assert "checklist files have a problem" in seen["message"]
    assert seen["exit"] == 2
    assert "ready" not in seen


def test_commands_wait_for_the_content(qtbot: QtBot, app_styles: None) -> None:
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


def test_pages_never_scroll_sideways(window: MainWindow) -> None:
    """The policy is set by number (see ``ui.start.no_horizontal_scroll``): it must be the one."""
    from PySide6.QtCore import Qt

    window.show_page(ACCOUNTS)
    window.show_page(window.session.pages()[2])
    assert len(window.pages) >= 3
    for page in window.pages.values():
        assert page.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_focused_radio_buttons_are_not_cut_short(
    qtbot: QtBot, content: Content, app_styles: None
) -> None:
    """The stylesheet's focus frame has its room kept when unfocused, so the layout (made
    before any radio button had focus) gives each one the size it needs with the frame."""
    from PySide6.QtWidgets import QRadioButton

    from ui import style
    from ui.i18n import Translators

    for high_contrast in (False, True):
        style.apply(high_contrast=high_contrast)  # first, as the app does
        window = make_window(content, lang="en", translators=Translators())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        radios = window.welcome.findChildren(QRadioButton)
        assert len(radios) == 4
        for radio in radios:
            radio.setFocus()
            qtbot.waitUntil(radio.hasFocus)
            need = radio.minimumSizeHint()
            assert radio.height() >= need.height(), (high_contrast, radio.objectName())
        window.close()


def test_content_loads_even_if_the_window_never_paints(qtbot: QtBot, app_styles: None) -> None:
    """A window started minimised (or whose compositor waits) still gets its content."""
    from ui.start import LOAD_AT_THE_LATEST_MS

    window = ui_app.build_window(lang="en")
    assert not isinstance(window, int)
    qtbot.addWidget(window)  # never shown: no paint
    assert not window.is_ready
    with qtbot.waitSignal(window.ready, timeout=LOAD_AT_THE_LATEST_MS + 5000):
        pass
    assert window.is_ready and window.session.page == WELCOME
