"""Crash-safety stress test of saved audits: kill a saving process with SIGKILL, thousands of times.

    .venv/bin/python bench/crash_stress.py                 # 3000 kills, 1-30 ms apart
    .venv/bin/python bench/crash_stress.py --kills 10000 --max-ms 10

A "zygote" process unlocks a passphrase-locked store once (so no child touches the keyring
or runs scrypt), then forks children on request. Each child saves alternating versions of
one audit in a loop, logging ``start i`` before and ``done i`` after each save to its own
log file. The driver kills the child after a random delay and then checks that the audit
loads and is exactly version ``S`` or ``S-1`` (``S`` = the last version started), and ``S``
if the child had logged ``done S``. Linux/macOS only (fork).

``--zygote DIR`` runs the zygote itself (tests/storage/test_crash.py drives it too).
Protocol on stdin/stdout, one line each: ``fork LOG START`` -> ``pid N``;
``wait N`` -> ``status S`` (raw wait status); ``quit``.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from privacy_audit.content import load_content  # noqa: E402
from privacy_audit.scoring.answers import Answers  # noqa: E402
from privacy_audit.storage import AuditStore, KeyStatus  # noqa: E402

PASSPHRASE = "crash-stress passphrase"


Sample = tuple[list[tuple[str, str]], list[str]]


def sample() -> Sample:
    """Some real answers and action ids from the built-in content."""
    content = load_content()
    pairs = [(qid, q.options[0].id) for qid, q in list(content.questions.items())[:12]]
    return pairs, list(content.actions)[:2]


def version_of(smp: Sample, i: int) -> tuple[str, Answers, list[str]]:
    """Version *i* of the audit: its name, answers and ticked actions (alternating by parity)."""
    pairs, actions = smp
    half = pairs[::2] if i % 2 else pairs[1::2]
    return f"crash v{i} ✓ ñ/..", Answers(dict(half)), [actions[i % len(actions)]]


def zygote(folder: Path) -> int:
    store = AuditStore(folder)
    pw = os.environ.get("HUELLA_PASSPHRASE", PASSPHRASE)
    if store.key_status() is not KeyStatus.PASSPHRASE_NEEDED:
        store.set_passphrase(pw)  # also with a keyring: children must not use D-Bus
    else:
        store.unlock_with_passphrase(pw)
    pairs = sample()
    existing = store.list_audits()
    if existing:
        audit_id = existing[0].id
    else:
        name, answers, done = version_of(pairs, 0)
        audit_id = store.save(name, answers, done_actions=done).id
    print(f"ready {audit_id}", flush=True)
    for line in sys.stdin:
        cmd = line.split()
        if cmd[0] == "fork":
            log, start = cmd[1], int(cmd[2])
            pid = os.fork()
            if pid == 0:
                _child(store, audit_id, pairs, log, start)
            print(f"pid {pid}", flush=True)
        elif cmd[0] == "wait":
            _, status = os.waitpid(int(cmd[1]), 0)
            print(f"status {status}", flush=True)
        elif cmd[0] == "quit":
            break
    return 0


def _child(store: AuditStore, audit_id: str, pairs: Sample, log: str, i: int) -> None:
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        while True:
            name, answers, done = version_of(pairs, i)
            os.write(fd, f"start {i}\n".encode())
            store.save(name, answers, audit_id=audit_id, done_actions=done)
            os.write(fd, f"done {i}\n".encode())
            i += 1
    except BaseException:
        os.write(fd, ("error\n" + traceback.format_exc()).encode())
    finally:
        os._exit(3)


class Zygote:
    """Driver side of the protocol."""

    def __init__(self, folder: Path, passphrase: str = PASSPHRASE) -> None:
        env = dict(os.environ, HUELLA_PASSPHRASE=passphrase)
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--zygote", str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        ready = self._read().split()
        assert ready[0] == "ready", ready
        self.audit_id = ready[1]

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"zygote ended (exit {self.proc.wait()})")
        return line.strip()

    def _send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def run_and_kill(self, log: Path, start: int, delay: float) -> int:
        """Fork a saver starting at version *start*, SIGKILL it *delay* s after it began its
        first save (so a slow machine does not waste kills on start-up); return the wait
        status."""
        self._send(f"fork {log} {start}")
        pid = int(self._read().split()[1])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if log.exists() and log.stat().st_size > 0:
                break
            time.sleep(0.0005)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        self._send(f"wait {pid}")
        return int(self._read().split()[1])

    def close(self) -> None:
        if self.proc.poll() is None:
            self._send("quit")
        self.proc.wait(timeout=30)


def expected_versions(log_text: str, previous: int) -> set[int]:
    """Versions the audit may hold after a kill, given the child's log."""
    started = [int(ln.split()[1]) for ln in log_text.splitlines() if ln.startswith("start ")]
    finished = {int(ln.split()[1]) for ln in log_text.splitlines() if ln.startswith("done ")}
    if not started:
        return {previous}
    last = started[-1]
    return {last} if last in finished else {last - 1, last}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=3000)
    ap.add_argument("--max-ms", type=float, default=30.0)
    ap.add_argument("--zygote", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.zygote:
        return zygote(args.zygote)
    with tempfile.TemporaryDirectory() as tmp:
        folder, logs = Path(tmp) / "store", Path(tmp) / "logs"
        logs.mkdir()
        z = Zygote(folder)
        store = AuditStore(folder)
        store.unlock_with_passphrase(PASSPHRASE)
        pairs = sample()
        version, failures, mid_save, t0 = 0, 0, 0, time.perf_counter()
        for n in range(args.kills):
            log = logs / f"{n}.log"
            status = z.run_and_kill(log, version + 1, random.uniform(0.001, args.max_ms / 1000))
            text = log.read_text() if log.exists() else ""
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                print(f"kill {n}: child ended on its own:\n{text}")
                return 1
            allowed = expected_versions(text, version)
            mid_save += len(allowed) == 2
            saved = store.load(z.audit_id)
            got = int(saved.info.name.split()[1][1:])
            name, answers, done = version_of(pairs, got)
            ok = got in allowed and saved.answers == answers and list(saved.done_actions) == done
            ok = ok and saved.info.name == name
            if not ok:
                failures += 1
                print(f"kill {n}: got version {got}, allowed {sorted(allowed)}")
            version = got
            log.unlink(missing_ok=True)
        z.close()
        elapsed = time.perf_counter() - t0
        leftovers = len(list((folder / "audits").glob(".*.tmp")))
    print(
        f"{args.kills} kills in {elapsed:.1f} s ({elapsed / args.kills * 1000:.1f} ms each); "
        f"{mid_save} landed during a save; final version {version}; "
        f"{leftovers} stray temp files; {failures} failures"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
