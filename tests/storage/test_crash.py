"""Crash safety: a process saving in a loop is killed with SIGKILL at random moments, 220
times; after each kill the audit loads and is the version before or the version being saved.

The saver children are forked from a "zygote" process (bench/crash_stress.py --zygote) that
unlocked a passphrase store once, so a kill costs milliseconds, not a Python start-up.
bench/crash_stress.py runs the same check thousands of times.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import sys
from pathlib import Path
from types import ModuleType

import pytest

from privacy_audit.storage import AuditStore

ROOT = Path(__file__).resolve().parents[2]
KILLS = 220

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (Linux, macOS)")


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "crash_stress", ROOT / "bench" / "crash_stress.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("crash_stress", module)
    spec.loader.exec_module(module)
    return module


def _started_and_done(log: Path) -> tuple[list[int], set[int]]:
    text = log.read_text() if log.exists() else ""
    assert "error" not in text, f"the saver failed on its own:\n{text}"
    started = [int(line.split()[1]) for line in text.splitlines() if line.startswith("start ")]
    done = {int(line.split()[1]) for line in text.splitlines() if line.startswith("done ")}
    return started, done


def test_sigkill_at_random_moments_leaves_old_or_new(tmp_path: Path) -> None:
    bench = _bench()
    folder, logs = tmp_path / "store", tmp_path / "logs"
    logs.mkdir()
    zygote = bench.Zygote(folder)
    try:
        store = AuditStore(folder)
        store.unlock_with_passphrase(bench.PASSPHRASE)
        sample = bench.sample()
        rng = random.Random(os.environ.get("PYTEST_SEED", "huella"))
        version, mid_save, completed = 0, 0, 0
        for n in range(KILLS):
            log = logs / f"{n}.log"
            status = zygote.run_and_kill(log, version + 1, rng.uniform(0.001, 0.030))
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, log.read_text()
            started, done = _started_and_done(log)
            saved = store.load(zygote.audit_id)  # raises if the file were broken
            got = int(saved.info.name.split()[1][1:])
            if not started:
                allowed = {version}
            elif started[-1] in done:
                allowed = {started[-1]}
            else:
                allowed = {started[-1] - 1, started[-1]}
                mid_save += 1
            assert got in allowed, f"kill {n}: loaded version {got}, expected one of {allowed}"
            name, answers, actions = bench.version_of(sample, got)
            assert saved.info.name == name
            assert saved.answers == answers
            assert list(saved.done_actions) == actions
            completed += len(done)
            version = got
    finally:
        zygote.close()
    # The kills must really have hit saves in progress, and saves must have completed.
    assert mid_save >= KILLS // 2, mid_save
    assert completed > 0 and version > 0
    listed = store.list_audits()
    assert [i.id for i in listed] == [zygote.audit_id] and not listed[0].damaged
    # The backup is always a whole earlier version too.
    backup = store.restore_backup(zygote.audit_id)
    assert int(backup.name.split()[1][1:]) <= version  # == if killed between link and rename
