"""Start-up on a real X server: each launcher to a mapped window, against the bare floor.

One private Xvfb (``-displayfd``, nothing listening on TCP) for the whole run; the children
use Qt's ``xcb`` platform, as on a desktop. The parent watches the X server itself (Xlib via
ctypes: ``MapNotify`` of a top-level window on the root) and times from its ``Popen`` to the
first window the child maps; then the child is ended. Sides, alternating ABC CBA ...:

* ``floor``: ``bench/floor_window.py``, a bare PySide6 ``QMainWindow`` shown;
* ``privacy-audit``: the console script with no arguments (the README's run command);
* ``huella``: the launcher of the desktop menus (``privacy_audit.cli:gui_main``).

Both launchers are the scripts pip installed beside this Python. Skipped, with a reason, when
Xvfb, libX11 or the scripts are missing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.procs import BENCH, CHILD_TIMEOUT, ROOT

SIDES = ("floor", "privacy-audit", "huella")
_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _XEvent(ctypes.Union):
    _fields_ = (("type", ctypes.c_int), ("pad", ctypes.c_long * 24))


class MapWatcher:
    """Tells when the next top-level window is mapped on *display*."""

    def __init__(self, display: str) -> None:
        path = ctypes.util.find_library("X11") or "libX11.so.6"
        x = ctypes.cdll.LoadLibrary(path)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        x.XSelectInput.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long)
        x.XPending.argtypes = (ctypes.c_void_p,)
        x.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_XEvent))
        x.XFlush.argtypes = (ctypes.c_void_p,)
        x.XConnectionNumber.argtypes = (ctypes.c_void_p,)
        x.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        self._x = x
        self._dpy = x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display}")
        x.XSelectInput(self._dpy, x.XDefaultRootWindow(self._dpy), _SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self._dpy)
        self._fd = x.XConnectionNumber(self._dpy)
        self._event = _XEvent()

    def _next_map(self) -> bool:
        """Read queued events; True on a MapNotify of an ordinary (not override-redirect)
        top-level window."""
        x = self._x
        while x.XPending(self._dpy) > 0:
            x.XNextEvent(self._dpy, ctypes.byref(self._event))
            if self._event.type == _MAP_NOTIFY:
                # XMapEvent: type, serial, send_event, display, event, window, override_redirect
                override_redirect = self._event.pad[6] & 0xFFFFFFFF
                if not override_redirect:
                    return True
        return False

    def drain(self) -> None:
        while self._next_map():
            pass

    def wait(self, timeout: float) -> float | None:
        """``time.perf_counter()`` when the next window was mapped, or None after *timeout*."""
        deadline = time.perf_counter() + timeout
        while True:
            if self._next_map():
                return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            select.select([self._fd], [], [], left)

    def close(self) -> None:
        self._x.XCloseDisplay(self._dpy)


def why_not() -> str | None:
    """Why the real-window measure cannot run here, or None."""
    if not shutil.which("Xvfb"):
        return "Xvfb is not installed"
    if not (
        ctypes.util.find_library("X11") or Path("/usr/lib/x86_64-linux-gnu/libX11.so.6").exists()
    ):
        return "libX11 is not installed"
    for name in ("privacy-audit", "huella"):
        if not (Path(sys.executable).parent / name).exists():
            return f"the {name} script is not installed beside {sys.executable}"
    return None


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb at 1366x768 (no TCP) and its display name, e.g. ``":5"``."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, f":{number}"


def _command(side: str) -> list[str]:
    if side == "floor":
        return [sys.executable, str(BENCH / "floor_window.py")]
    return [str(Path(sys.executable).parent / side)]


def _peak_rss_mib(pid: int) -> float:
    """The peak RSS of a running process so far (``VmHWM``; 0 where /proc has none)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def time_to_map(
    command: list[str], env: dict[str, str], watcher: MapWatcher
) -> tuple[float, float]:
    """Run *command*; (seconds from ``Popen`` to its first mapped window, peak RSS in MiB
    then), after which it is ended."""
    watcher.drain()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    mapped = watcher.wait(CHILD_TIMEOUT)
    rss = _peak_rss_mib(proc.pid)
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    if mapped is None:
        raise RuntimeError(
            f"{command[-1]} mapped no window:\n{err.decode(errors='replace')[-2000:]}"
        )
    return mapped - t0, rss


def real_window_starts(
    runs: int, env: dict[str, str], sides: tuple[str, ...] = SIDES
) -> dict[str, dict[str, list[float]]]:
    """*runs* starts per side to a mapped window (after one discarded warm-up each): the
    seconds from ``Popen`` to the map, and the peak RSS (MiB) at that moment."""
    xvfb, display = start_xvfb()
    watcher = MapWatcher(display)
    env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    out: dict[str, dict[str, list[float]]] = {s: {"seconds": [], "rss_mib": []} for s in sides}
    try:
        for i in range(runs + 1):
            order = sides if i % 2 == 0 else sides[::-1]
            for side in order:
                seconds, rss = time_to_map(_command(side), env, watcher)
                if i:
                    out[side]["seconds"].append(seconds)
                    out[side]["rss_mib"].append(rss)
    finally:
        watcher.close()
        xvfb.terminate()
        xvfb.wait(timeout=10)
    return out
