"""Fresh-process measurements: cold start, peak RSS, cold content load.

Every child gets the same environment: ``QT_QPA_PLATFORM=offscreen``, ``HOME`` and the
``XDG_*`` folders in one scratch folder (so Huella finds no settings: a private session
that saves nothing), and the checkout on ``PYTHONPATH``. Huella and floor runs alternate
(ABAB...) so that a burst of load from other processes hits both sides.
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
CHILD_TIMEOUT = 120.0


def child_main(measure: Callable[[bool], dict[str, Any]], doc: str | None) -> int:
    """Entry point of a measuring child (``python -m bench.X [--quick]``): one JSON line."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(json.dumps(measure(args.quick)))
    return 0


class ChildFailed(RuntimeError):
    pass


def child_env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    # PYTHONDONTWRITEBYTECODE would make every run compile the modules changed since their
    # last .pyc again (~1 ms each); an installed Huella has its .pyc from pip, so the warm-up
    # run writes them here too.
    for var in (
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "PYTHONSTARTUP",
        "PYTHONPROFILEIMPORTTIME",
        "PYTHONDONTWRITEBYTECODE",
    ):
        env.pop(var, None)
    dirs = {}
    for name in ("home", "config", "data", "cache", "state", "run"):
        d = scratch / name
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
        dirs[name] = str(d)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=dirs["home"],
        XDG_CONFIG_HOME=dirs["config"],
        XDG_DATA_HOME=dirs["data"],
        XDG_CACHE_HOME=dirs["cache"],
        XDG_STATE_HOME=dirs["state"],
        XDG_RUNTIME_DIR=dirs["run"],
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
    )
    return env


def huella_files(scratch: Path) -> list[str]:
    """Anything Huella left in the scratch folders (a private session must leave nothing)."""
    return sorted(
        str(p.relative_to(scratch)) for p in scratch.rglob("*") if "huella" in p.name.lower()
    )


def _run_child(args: list[str], env: dict[str, str], lines: int = 1) -> list[tuple[float, Any]]:
    """[(seconds from Popen to the child's JSON line, that JSON)] for its first *lines* lines."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
    )
    assert proc.stdout is not None
    got: list[tuple[float, Any]] = []
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while len(got) < lines:
            # A child that never paints must not hang the run.
            if not sel.select(CHILD_TIMEOUT):
                break
            line = proc.stdout.readline()
            if not line.strip():
                break
            got.append((time.perf_counter() - t0, json.loads(line)))
    if len(got) < lines:
        proc.kill()
    try:
        _, err = proc.communicate(timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    if len(got) < lines:
        raise ChildFailed(
            f"{' '.join(args)} printed {len(got)} of {lines} lines (exit {proc.returncode}):\n{err}"
        )
    return got


def cold_starts(runs: int, env: dict[str, str]) -> dict[str, dict[str, list[float]]]:
    """*runs* cold starts per side (Huella, the floor, the same window in bare PySide6),
    alternating A B C C B A ..., after one discarded warm-up each."""
    sides = ("huella", "floor", "same")
    out: dict[str, dict[str, list[float]]] = {
        side: {"seconds": [], "ready_s": [], "rss_mib": []} for side in sides
    }
    script = str(BENCH / "child_start.py")
    for i in range(runs + 1):
        # Alternate which side goes first, too: ABCCBA...
        order = sides if i % 2 == 0 else sides[::-1]
        for side in order:
            (paint_s, _), (ready_s, ready) = _run_child([script, side], env, lines=2)
            if i == 0:
                continue  # warm-up: disk cache, .pyc files
            out[side]["seconds"].append(paint_s)
            out[side]["ready_s"].append(ready_s)
            out[side]["rss_mib"].append(float(ready["rss_kib"]) / 1024)
    return out


def cold_content_loads(runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    """Import + load_content() in fresh processes (after one discarded warm-up)."""
    out: dict[str, list[float]] = {"import_s": [], "load_s": [], "pydantic": []}
    script = str(BENCH / "child_load.py")
    for i in range(runs + 1):
        ((_, data),) = _run_child([script], env)
        if i == 0:
            continue
        out["import_s"].append(float(data["import_s"]))  # type: ignore[arg-type]
        out["load_s"].append(float(data["load_s"]))  # type: ignore[arg-type]
        out["pydantic"].append(float(bool(data["pydantic"])))
    return out
