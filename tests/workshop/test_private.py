"""Workshop mode writes nothing: not one Python-level write or socket (audit hook), and not
one file changed under home, config, data, cache, state, runtime or temp (snapshot).

The same method and helpers as the private-session proof in ``tests/ui/test_private_session.py``
(a warm-up run first, so Qt's and fontconfig's own caches do not count), with a whole workshop.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from test_private_session import scratch_env, snapshot

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UI_TESTS = ROOT / "tests" / "ui"


def test_a_whole_workshop_writes_nothing(tmp_path: Path) -> None:
    _dirs, env = scratch_env(tmp_path)

    def run(mode: str) -> dict[str, Any]:
        proc = subprocess.run(
            [sys.executable, str(HERE / "drive_private.py"), mode],
            env=env,
            cwd=str(tmp_path),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result

    run("warm")
    before = snapshot(tmp_path)
    report = run("check")
    after = snapshot(tmp_path)
    assert report["counted"] == 3, "the drive did not run the whole workshop"
    assert report["writes"] == []
    assert report["sockets"] == []
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    assert not (added or removed or changed), f"added {added} removed {removed} changed {changed}"
