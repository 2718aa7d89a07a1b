"""Workshop mode writes nothing: not one Python-level write (audit hook), and not one file
anywhere under the home, config, data, cache, state, runtime or temp folders (snapshot)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FOLDERS = ("home", "config", "data", "cache", "state", "runtime", "tmp", "cwd")


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under *root*: size and modification time."""
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


def test_a_whole_workshop_writes_nothing(tmp_path: Path) -> None:
    for name in FOLDERS:
        (tmp_path / name).mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "HUELLA_")) and k not in ("HOME", "TMPDIR")
    }
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        TMPDIR=str(tmp_path / "tmp"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    before = snapshot(tmp_path)
    run = subprocess.run(
        [sys.executable, str(HERE / "drive_private.py")],
        cwd=tmp_path / "cwd",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["counted"] == 3, "the drive did not run the whole workshop"
    assert report["events"] == []
    assert snapshot(tmp_path) == before
