"""Hostile input to the command line: devices, FIFOs, huge numbers, deep nesting, bytes that
are not UTF-8, and an output that cannot be written. Each gives the documented clear exit 2
with one line on stderr, within seconds, never "unexpected problem" or a hang.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "rosa.json"


def _run(
    args: list[str | bytes], *, env: dict[str, str] | None = None, stdout: int | None = None
) -> tuple[subprocess.CompletedProcess[bytes], float]:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "privacy_audit", *args],
        cwd=ROOT,
        env={**os.environ, "HUELLA_DEBUG": "", **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    return proc, time.monotonic() - started


def _clear_exit_2(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert "unexpected problem" not in err and "Traceback" not in err, err
    assert err.startswith("privacy-audit: "), err
    return err


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["/dev/zero", "/dev/urandom", "fifo"])
@pytest.mark.parametrize("command", ["save", "score", "report"])
def test_device_files_and_fifos_as_answers_exit_2_within_seconds(
    kind: str, command: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    source = str(request.getfixturevalue("fifo")) if kind == "fifo" else kind
    args: list[str | bytes] = {
        "save": ["save", source, "--name", "Rosa"],
        "score": ["score", source],
        "report": ["report", source, "-o", str(tmp_path / "r.pdf")],
    }[command]
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HUELLA_PASSPHRASE": "a long passphrase"}
    proc, took = _run(args, env=env)
    err = _clear_exit_2(proc)
    assert "not a regular file" in err
    assert took < 20, took


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "checks"
    shutil.copytree(ROOT / "checks", copy)
    (copy / "_compiled.jsonl").unlink()
    return copy


@pytest.mark.parametrize("kind", ["/dev/zero", "/dev/urandom", "fifo"])
def test_device_files_and_fifos_as_content_exit_2_within_seconds(
    kind: str, content_copy: Path
) -> None:
    target = content_copy / "apple.toml"
    target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(kind)
    proc, took = _run(["check-content", str(content_copy)])
    err = _clear_exit_2(proc)
    assert "apple.toml: not a regular file" in err
    assert took < 20, took


def test_a_content_file_too_large_is_refused_without_reading_it(content_copy: Path) -> None:
    with open(content_copy / "apple.toml", "ab") as f:
        f.truncate(64 * 1024 * 1024 * 1024)  # sparse: 64 GiB on paper, nothing on disk
    proc, took = _run(["check-content", str(content_copy)])
    assert "apple.toml: too large" in _clear_exit_2(proc)
    assert took < 20


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "huella-answers", "version": 1, "answers": {}, "n": ' + "9" * 5000 + "}",
        '{"format": "huella-answers", "version": ' + "1" * 5000 + ', "answers": {}}',
        '{"format": "huella-answers", "version": 1, "answers": '
        + "[" * 100000
        + "]" * 100000
        + "}",
    ],
    ids=["huge-int", "huge-version", "deep"],
)
def test_huge_numbers_and_deep_nesting_in_answers_exit_2(text: str, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(text, encoding="utf-8")
    for args in (["score", str(answers)], ["report", str(answers), "-o", str(tmp_path / "r.pdf")]):
        proc, _ = _run(list(args))
        _clear_exit_2(proc)


@pytest.mark.parametrize(
    "extra",
    [
        "\n[zz]\nn = " + "9" * 5000 + "\n",
        "\n[zz]\nn = " + "[" * 5000 + "]" * 5000 + "\n",
        "\n[zz]\nn = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n",
        "\n[" + ".".join(["k"] * 5000) + "]\nx = 1\n",
    ],
    ids=["huge-int", "deep-array", "deep-inline-table", "deep-dotted-table"],
)
def test_huge_numbers_and_deep_nesting_in_content_exit_2(extra: str, content_copy: Path) -> None:
    with open(content_copy / "apple.toml", "a", encoding="utf-8") as f:
        f.write(extra)
    proc, _ = _run(["check-content", str(content_copy)])
    assert "apple.toml" in _clear_exit_2(proc)


def test_a_name_that_is_not_utf8_exits_2(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HUELLA_PASSPHRASE": "a long passphrase"}
    proc, _ = _run(["save", str(EXAMPLE), "--name", b"Ros\xff"], env=env)
    assert "audit name" in _clear_exit_2(proc)
    proc, _ = _run(
        ["report", str(EXAMPLE), "--include-name", b"Ros\xff", "-o", str(tmp_path / "r.pdf")]
    )
    _clear_exit_2(proc)
    assert not (tmp_path / "r.pdf").exists()


def test_a_passphrase_that_is_not_utf8_exits_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-m", "privacy_audit", "save", str(EXAMPLE), "--name", "Rosa"],
        cwd=ROOT,
        env={
            **{k.encode(): v.encode() for k, v in env.items()},
            b"HUELLA_PASSPHRASE": b"una frase \xff larga",
        },
        capture_output=True,
        timeout=60,
    )
    assert "UTF-8" in _clear_exit_2(proc)


@pytest.mark.parametrize("command", [["questions"], ["catalog", "--json"], ["score", str(EXAMPLE)]])
def test_standard_output_on_a_full_device_exits_2(command: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc, _ = _run(list(command), stdout=full.fileno())
    err = _clear_exit_2(proc)
    assert "output could not be written" in err
    assert len(err.strip().splitlines()) == 1, err
