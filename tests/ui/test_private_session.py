"""A private session writes nothing anywhere and opens no socket.

A whole walk-through (keyboard only, with a ticked step, a PDF export, a language switch,
start over and quit) runs in a subprocess whose HOME, XDG folders and TMPDIR are fresh
folders. The exported PDF, which the person asked for, is the only file allowed. A first run
lets Qt and fontconfig build their caches (Qt's, not Huella's; see docs/desktop.md); then
every file under those folders is snapshotted, the walk runs again under an audit hook,
and the snapshot must be unchanged and the hook must have seen no write and no socket.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DIRS = ("home", "data", "config", "cache", "state", "runtime", "tmp")


def scratch_env(base: Path) -> tuple[dict[str, Path], dict[str, str]]:
    """Fresh, empty HOME, XDG folders and TMPDIR under *base*, and a minimal environment for
    a child process that uses them (offscreen Qt, no .pyc writes, the checkout importable)."""
    dirs = {d: base / d for d in DIRS}
    for d in dirs.values():
        d.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(dirs["home"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_STATE_HOME": str(dirs["state"]),
        "XDG_RUNTIME_DIR": str(dirs["runtime"]),
        "TMPDIR": str(dirs["tmp"]),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)]),
    }
    return dirs, env


def snapshot(top: Path) -> dict[str, tuple[int, int, int]]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            out[str(p.relative_to(top))] = (st.st_mode, st.st_size, st.st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def private_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("private")
    dirs, env = scratch_env(base)

    def run(mode: str, extra: dict[str, str] | None = None) -> dict[str, Any]:
        proc = subprocess.run(
            [sys.executable, str(HERE / "private_walk.py"), mode],
            env={**env, **(extra or {})},
            cwd=str(base),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        last = proc.stdout.strip().splitlines()[-1]
        result: dict[str, Any] = json.loads(last)
        return result

    run("warm", {"PRIVATE_WALK_PDF": str(dirs["tmp"] / "warm-report.pdf")})
    before = snapshot(base)
    result = run("check", {"PRIVATE_WALK_PDF": str(dirs["tmp"] / "check-report.pdf")})
    result["before"] = before
    result["after"] = snapshot(base)
    result["cache_files"] = [k for k in before if k.startswith("cache/")]
    # The same walk with a deliberate write and socket: the checks must see both.
    canary = dirs["tmp"] / "canary.txt"
    seen = run("check", {"PRIVATE_WALK_CANARY": str(canary)})
    result["canary"] = {
        "file": canary.exists(),
        "write_seen": any("canary.txt" in w for w in seen["writes"]),
        "socket_seen": any("socket.connect" in s for s in seen["sockets"]),
    }
    return result


def test_private_session_changes_no_file(private_run: dict[str, Any]) -> None:
    before, after = private_run["before"], private_run["after"]
    # The one file the person asked for: the exported report.
    assert after.pop("tmp/check-report.pdf", None) is not None, "the export did not happen"
    # The folder the PDF went into has a new modification time; its other contents are
    # still compared one by one.
    before, after = dict(before), dict(after)
    assert before.pop("tmp")[:2] == after.pop("tmp")[:2]
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    assert not (added or removed or changed), f"added {added} removed {removed} changed {changed}"
    assert "home/.config/QtProject.conf" not in after and "config/QtProject.conf" not in after
    assert private_run["answers"] > 0, "the walk should have reached a plan on the results page"


def test_private_session_opens_nothing_for_writing(private_run: dict[str, Any]) -> None:
    others = [w for w in private_run["writes"] if "check-report.pdf" not in w]
    assert others == []
    assert private_run["writes"], "the exported PDF should have been seen being written"


def test_default_audit_opens_no_socket(private_run: dict[str, Any]) -> None:
    assert private_run["sockets"] == []


def test_the_checks_catch_a_write_and_a_socket(private_run: dict[str, Any]) -> None:
    assert private_run["canary"] == {"file": True, "write_seen": True, "socket_seen": True}
