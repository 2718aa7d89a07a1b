"""Every screen, in a real X server (Xvfb, Qt's xcb platform, real window geometry).

One Xvfb for the module with three screens: 1366x768 (a common laptop), 1024x600 (a small
netbook) and 1024x768 (a projector). Each case runs the app in a subprocess
(``screen_probe.py``) that walks every page and reports what does not fit:

- 1366x768 at 200% (``QT_SCALE_FACTOR=2``: a 683x384 screen in Qt's units);
- 1024x600 in Spanish (the longer language), every platform chosen;
- workshop mode at presenter scale 200% (Ctrl+= pressed until 200%) on 1366x768, with the
  presenter view; and the presenter view's ladder on a 1024x768 projector, in large type;
- ``huella --workshop --lang es``, the installed launcher: a Spanish window in workshop mode
  (F5 opens the presenter view, which only workshop mode has), inside the screen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from xvfb import running_xvfb

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("screen_probe.py")
SCREENS = ("1366x768", "1024x600", "1024x768")

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (scripts/system-deps.sh installs them)",
)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with running_xvfb(*SCREENS) as display:
        yield display


def _env(tmp_path: Path, display: str, screen: int, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR")
    }
    env["DISPLAY"] = f"{display}.{screen}"
    env["QT_QPA_PLATFORM"] = "xcb"
    # The checkout's code, also for the installed launcher (its venv may point elsewhere).
    env["PYTHONPATH"] = str(ROOT)
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        d = tmp_path / var.lower()
        d.mkdir(parents=True, exist_ok=True)
        env[var] = str(d)
    env.update(extra)
    return env


def _probe(env: dict[str, str], **spec: Any) -> dict[str, Any]:
    spec = {"lang": "en", "workshop": False, "presenter": 1.0, **spec}
    shots = os.environ.get("HUELLA_SCREEN_SHOTS")  # to look at them: a folder
    if shots:
        folder = Path(shots) / "-".join(str(v) for v in spec.values())
        folder.mkdir(parents=True, exist_ok=True)
        spec["shots"] = str(folder)
    out = subprocess.run(
        [sys.executable, str(PROBE), json.dumps(spec)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_200_percent_on_1366x768(display: str, tmp_path: Path) -> None:
    seen = _probe(_env(tmp_path, display, 0, QT_SCALE_FACTOR="2"))
    assert seen["dpr"] == 2.0 and seen["screen"] == [0, 0, 683, 384]
    # The window takes the screen it has (not the 1466x926 it once asked for).
    assert seen["first_window"] == [0, 0, 683, 384]
    assert seen["pages"] >= 8
    assert not seen["problems"], "\n".join(seen["problems"][:30])


def test_1024x600_in_spanish_with_every_platform(display: str, tmp_path: Path) -> None:
    seen = _probe(_env(tmp_path, display, 1), lang="es", all=True)
    assert seen["screen"] == [0, 0, 1024, 600]
    _x, _y, w, h = seen["first_window"]
    assert (w, h) == (900, 600), seen["first_window"]  # 900x600 where the screen allows
    assert seen["pages"] > 20
    assert not seen["problems"], "\n".join(seen["problems"][:30])


def test_workshop_at_presenter_scale_200_percent(display: str, tmp_path: Path) -> None:
    seen = _probe(_env(tmp_path, display, 0), workshop=True, presenter=2.0)
    assert seen["presenter"] == 2.0
    # Presenter scale never pushes the window past the screen.
    _x, _y, w, h = seen["last_window"]
    assert w <= 1366 and h <= 768
    assert not seen["problems"], "\n".join(seen["problems"][:30])


def test_presenter_ladder_on_a_1024x768_projector(display: str, tmp_path: Path) -> None:
    seen = _probe(_env(tmp_path, display, 2), workshop=True, lang="es")
    assert not seen["problems"], "\n".join(seen["problems"][:30])
    # Large type on a 1024x768 projector: each rung's facts at least 24 pixels high (the
    # desktop's own text there is 12; the rung's name is larger still).
    assert seen["presenter_px"] >= 24, seen["presenter_px"]


def _xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, check=False
    ).stdout.strip()


def _wait_window(env: dict[str, str], pid: int, name: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for wid in _xdotool(env, "search", "--onlyvisible", "--pid", str(pid)).split():
            if name in _xdotool(env, "getwindowname", wid):
                return wid
        time.sleep(0.2)
    return ""


def test_huella_launcher_opens_workshop_mode_in_spanish(display: str, tmp_path: Path) -> None:
    env = _env(tmp_path, display, 0)
    exe = Path(sys.executable).parent / "huella"
    assert exe.exists(), "the huella launcher is not installed in this environment"
    app = subprocess.Popen(
        [str(exe), "--workshop", "--lang", "es"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        main = _wait_window(env, app.pid, "Bienvenida")
        assert main, "no Spanish window appeared"
        geometry = _xdotool(env, "getwindowgeometry", "--shell", main)
        fields = dict(line.split("=") for line in geometry.splitlines())
        x, y, w, h = (int(fields[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768, geometry
        assert w >= 900 and h >= 600, geometry  # a large share of the screen
        # F5 is workshop mode's presenter view: it only exists in workshop mode.
        _xdotool(env, "windowfocus", "--sync", main, "key", "--clearmodifiers", "F5")
        view = _wait_window(env, app.pid, "Vista para proye", timeout=20)
        assert view, "F5 opened no presenter view: not in workshop mode"
        _xdotool(env, "windowfocus", "--sync", view, "key", "Escape")
        time.sleep(0.3)
        _xdotool(env, "windowfocus", "--sync", main, "key", "--clearmodifiers", "ctrl+q")
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    stderr = app.stderr.read().decode() if app.stderr else ""
    assert code == 0, stderr
    assert "Traceback" not in stderr
