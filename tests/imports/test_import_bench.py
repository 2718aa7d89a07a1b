"""The data-download benchmark runs end to end in quick mode (32 MB) and reports its numbers.

Not a timed test: speed and memory are read from ``python -m bench.imports`` (2 GB), recorded
in docs/data-downloads.md. This proves the command works and measures what it says.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_import_benchmark(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    before = set(Path(tempfile.gettempdir()).glob("huella-bench-import-*"))
    proc = subprocess.run(
        [sys.executable, "-m", "bench.imports", "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(out.read_text())
    assert data["import"]["format"] == "2023-25"
    assert data["import"]["posts"] > 1000  # the importer really read the posts
    assert data["json_bytes"] > 10_000_000
    assert data["floor_all"]["bytes"] == data["uncompressed_bytes"]  # every entry's bytes
    assert data["floor_json"]["bytes"] == data["json_bytes"]
    for key in ("import_json_mb_s", "floor_all_mb_s", "ratio_vs_floor_all", "peak_mib"):
        assert data[key] > 0
    assert "peak memory" in proc.stdout and "floor_all" in proc.stdout
    # the synthetic archive was deleted
    assert set(Path(tempfile.gettempdir()).glob("huella-bench-import-*")) <= before
