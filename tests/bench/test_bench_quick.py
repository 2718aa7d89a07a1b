"""The benchmark runs end to end in quick mode and prints every row with numbers.

Not a timed test: nothing here looks at how fast anything was (speed is in ``bench/`` and
``docs/performance.md``); it proves the one documented command works.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

ROW_KEYS = [
    "start_s",
    "ready_s",
    "same_start_s",
    "map_cli_s",
    "map_gui_s",
    "rss_mib",
    "same_rss_mib",
    *(
        f"rescore_{name}_{factor}"
        for factor in ("1x", "10x")
        for name in ("ui", "live", "score", "plan")
    ),
    "export_s",
    "export_html_s",
    "export_pdf_s",
    "content_cold_s",
    "content_import_s",
    "content_warm_s",
    "content_warm_toml_s",
    "content_x10_s",
    "content_x10_compiled_s",
    "scorer_x10_s",
    "pack_apply_s",
    "pack_load_s",
]
RATIO_KEYS = {"start_s", "map_cli_s", "map_gui_s", "rss_mib", "export_s"}


@pytest.mark.slow
def test_quick_benchmark_prints_every_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(out.read_text())
    rows = {r["key"]: r for r in data["rows"]}
    assert list(rows) == ROW_KEYS
    lines = proc.stdout.splitlines()
    assert lines[0].split(" | ")[0].strip() == "metric"
    for key, row in rows.items():
        assert isinstance(row["value"], float) and math.isfinite(row["value"]), row
        assert row["value"] > 0, row
        # The printed table has this row, with its number in the Huella column.
        printed = [ln for ln in lines if ln.startswith(row["metric"] + " ")]
        assert len(printed) == 1, (key, proc.stdout)
        cells = [c.strip() for c in printed[0].split(" | ")]
        assert cells[1].split()[0].replace(".", "", 1).isdigit(), cells
        if key in RATIO_KEYS:
            assert math.isfinite(row["floor"]) and row["floor"] > 0, row
            assert cells[3].endswith("x") and float(cells[3][:-1]) > 0, cells
            assert cells[5] in ("pass", "MISS"), cells
        if key.startswith("rescore_"):
            assert row["p99"] >= row["value"], row
    # Re-score series cover 1x and 10x content (10x has ten times the questions).
    assert data["rescore"]["10x"]["questions"] == 10 * data["rescore"]["1x"]["questions"]
    # The start-up path: the welcome page paints before the rest is ready; no pydantic.
    start = data["start"]["huella"]
    assert all(r > p for p, r in zip(start["seconds"], start["ready_s"], strict=True))
    assert "Content load imported pydantic: no." in proc.stdout
    assert "against the same window in bare PySide6" in proc.stdout
    # A private session: the bench's children left nothing of Huella's behind.
    assert data["huella_files"] == []
    assert "Private session: nothing of Huella's was written." in proc.stdout
