"""The real entry point in a real X window: ``privacy-audit`` with no arguments, under Xvfb,
with Qt's xcb platform (not offscreen). It must map a window titled "Huella", load its content
after the first paint (Alt+Right then reaches the next page), take keyboard input from the X
server (typed by xdotool) and exit cleanly on Ctrl+Q, writing nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from xvfb import running_xvfb

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (scripts/system-deps.sh installs them)",
)


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    with running_xvfb("1280x800") as display:
        yield display


def _home_env(tmp_path: Path, display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = display
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        d = tmp_path / "real-window" / var.lower()
        d.mkdir(parents=True)
        env[var] = str(d)
    return env


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_privacy_audit_opens_a_real_window_and_quits_by_keyboard(xvfb: str, tmp_path: Path) -> None:
    env = _home_env(tmp_path, xvfb)
    tmp_path = tmp_path / "real-window"
    exe = Path(sys.executable).parent / "privacy-audit"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "privacy_audit"]
    before = _files(tmp_path)
    app = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        window = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not window:
            assert app.poll() is None, app.stderr.read().decode() if app.stderr else ""
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(app.pid)],
                env=env,
                capture_output=True,
                text=True,
            )
            window = found.stdout.split()[0] if found.stdout.split() else ""
            time.sleep(0.2)
        assert window, "no visible window of privacy-audit appeared on the X server"
        name = subprocess.run(
            ["xdotool", "getwindowname", window], env=env, capture_output=True, text=True
        ).stdout
        assert name.count("Huella") == 1, name  # Qt adds the app name once, by itself
        assert "Welcome" in name, name
        # The content loads after the first paint: once it has, Alt+Right goes to the next
        # page and the title changes (before that the command waits, by design).
        moved = ""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not moved:
            subprocess.run(
                [
                    "xdotool",
                    "windowfocus",
                    "--sync",
                    window,
                    "key",
                    "--clearmodifiers",
                    "alt+Right",
                ],
                env=env,
                check=False,
                capture_output=True,
            )
            time.sleep(0.3)
            title = subprocess.run(
                ["xdotool", "getwindowname", window], env=env, capture_output=True, text=True
            ).stdout
            moved = title if "Welcome" not in title else ""
        assert "accounts" in moved.lower(), f"the content never loaded in a real window: {name}"
        subprocess.run(
            # No window manager runs on Xvfb: focus the window directly, then type.
            ["xdotool", "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+q"],
            env=env,
            check=False,
            capture_output=True,
        )
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    stderr = app.stderr.read().decode() if app.stderr else ""
    assert code == 0, stderr
    assert "Traceback" not in stderr
    # A private session (the default) leaves no file behind, in a real X session too.
    assert _files(tmp_path) == before
