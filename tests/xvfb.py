"""A private X server (Xvfb) for the tests that need a real window (xcb)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def running_xvfb(*screens: str) -> Iterator[str]:
    """Start Xvfb with one screen per size ("1366x768"), yield its display (":N"), stop it.

    ``-displayfd``: Xvfb picks a free display number and writes it once it is ready, so tests
    running side by side never collide and never wait on a guess.
    """
    read_fd, write_fd = os.pipe()
    args = ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp"]
    for i, size in enumerate(screens or ("1366x768",)):
        args += ["-screen", str(i), f"{size}x24"]
    proc = subprocess.Popen(args, pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
