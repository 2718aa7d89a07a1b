"""Huella side by side with a bare Qt floor: ``python -m bench [--quick] [--json PATH]``.

Prints one table (metric, Huella, floor, ratio, target, result) and notes on the machine.
Ratios are what to read: the machines are shared and noisy, absolute times drift.
``--quick`` runs a few repetitions only (to prove the benchmark works, e.g. in CI); its
numbers mean little.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.procs import ROOT, child_env, cold_content_loads, cold_starts, huella_files
from bench.real_window import real_window_starts, why_not
from bench.stats import Row, median, percentile, spread, table

START_TARGET = 1.3
#: To a mapped window on a real X server, for each launcher: the README's ``privacy-audit``
#: must open the app as fast as the ``huella`` launcher does.
MAP_TARGET = 1.5
RSS_TARGET = 1.3
EXPORT_TARGET = 1.5
RESCORE_LIMIT_MS = 1.0


def _module(name: str, quick: bool, env: dict[str, str]) -> dict[str, Any]:
    args = [sys.executable, "-m", name, *(["--quick"] if quick else [])]
    proc = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{name} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def machine_notes() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:
        pyside = "?"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "system": f"{platform.system()} {platform.release()}",
        "loadavg_start": os.getloadavg(),
    }


def build_rows(data: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    st = data["start"]
    n = len(st["huella"]["seconds"])
    rows.append(
        Row(
            "start_s",
            f"Cold start to first paint, offscreen: the welcome page (median of {n})",
            median(st["huella"]["seconds"]),
            "s",
            median(st["floor"]["seconds"]),
            f"<= {START_TARGET}x",
            START_TARGET,
            "ratio",
        )
    )
    rows.append(
        Row(
            "ready_s",
            f"Cold start to ready: content loaded, welcome complete (median of {n})",
            median(st["huella"]["ready_s"]),
            "s",
            median(st["floor"]["ready_s"]),
            "(no target)",
        )
    )
    rows.append(
        Row(
            "same_start_s",
            "  reference: Huella's first window in bare PySide6, first paint",
            median(st["same"]["seconds"]),
            "s",
            median(st["floor"]["seconds"]),
            "(no target)",
        )
    )
    real = data.get("real_window")
    if real:
        m = len(real["floor"]["seconds"])
        for side, key in (("privacy-audit", "map_cli_s"), ("huella", "map_gui_s")):
            rows.append(
                Row(
                    key,
                    f"Real window (Xvfb, xcb): `{side}` to a mapped window (median of {m})",
                    median(real[side]["seconds"]),
                    "s",
                    median(real["floor"]["seconds"]),
                    f"<= {MAP_TARGET}x",
                    MAP_TARGET,
                    "ratio",
                )
            )
    rows.append(
        Row(
            "rss_mib",
            "Peak RSS when ready, all content loaded",
            median(st["huella"]["rss_mib"]),
            "MiB",
            median(st["floor"]["rss_mib"]),
            f"<= {RSS_TARGET}x",
            RSS_TARGET,
            "ratio",
        )
    )
    rows.append(
        Row(
            "same_rss_mib",
            "  reference: Huella's first window in bare PySide6, peak RSS",
            median(st["same"]["rss_mib"]),
            "MiB",
            median(st["floor"]["rss_mib"]),
            "(no target)",
        )
    )
    rs = data["rescore"]
    labels = {
        "ui": "UI answer change (panel + nav)",
        "live": "session.live (incremental)",
        "score": "Scorer.score (full report)",
        "plan": "Scorer.plan (action plan)",
    }
    for factor in ("1x", "10x"):
        info = rs[factor]
        for name, label in labels.items():
            series = info["series_ms"][name]
            targeted = factor == "10x" and name in ("ui", "live")
            rows.append(
                Row(
                    f"rescore_{name}_{factor}",
                    f"Re-score {factor} ({info['questions']} q.): {label}, "
                    f"p50 / p99 of {len(series)}",
                    percentile(series, 50),
                    "ms",
                    target=f"< {RESCORE_LIMIT_MS:g} ms" if targeted else "",
                    limit=RESCORE_LIMIT_MS if targeted else None,
                    limit_kind="max" if targeted else "",
                    p99=percentile(series, 99),
                )
            )
    ex = data["export"]["series_s"]
    rows.append(
        Row(
            "export_s",
            f"Report PDF export, rosa EN ({data['export']['pages']['huella']} pages; median)",
            median(ex["huella"]),
            "s",
            median(ex["floor"]),
            f"<= {EXPORT_TARGET}x",
            EXPORT_TARGET,
            "ratio",
        )
    )
    rows.append(Row("export_html_s", "  of which report model + HTML", median(ex["html"]), "s"))
    rows.append(Row("export_pdf_s", "  of which render_pdf", median(ex["pdf"]), "s"))
    cold = data["content_cold"]
    rows.append(
        Row(
            "content_cold_s",
            "Content load, fresh process: import + load_content()",
            median([a + b for a, b in zip(cold["import_s"], cold["load_s"], strict=True)]),
            "s",
        )
    )
    rows.append(
        Row(
            "content_import_s",
            "  of which imports (content model)",
            median(cold["import_s"]),
            "s",
        )
    )
    cs = data["content"]["series_s"]
    rows.append(
        Row(
            "content_warm_s",
            "Content load, warm: compiled copy + index (the app)",
            median(cs["warm"]),
            "s",
        )
    )
    rows.append(
        Row(
            "content_warm_toml_s",
            "Content load, warm: TOML + validate + index (check-content)",
            median(cs["warm_toml"]),
            "s",
        )
    )
    rows.append(
        Row("content_x10_s", "Content 10x: validate + index (no TOML)", median(cs["x10"]), "s")
    )
    rows.append(
        Row(
            "content_x10_compiled_s",
            "Content 10x: compiled JSON + rebuild + index",
            median(cs["x10_compiled"]),
            "s",
        )
    )
    rows.append(Row("scorer_x10_s", "Scorer tables, 10x content", median(cs["scorer_x10"]), "s"))
    rows.append(
        Row(
            "pack_apply_s",
            "Content pack: verify + apply today's content (floor: bundled load, compiled)",
            median(cs["pack_apply"]),
            "s",
            median(cs["warm"]),
            "(no target)",
        )
    )
    rows.append(
        Row(
            "pack_load_s",
            "Content load with a pack applied: check again + validate (floor: bundled)",
            median(cs["pack_load"]),
            "s",
            median(cs["warm"]),
            "(no target)",
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few repetitions (CI smoke run)")
    parser.add_argument("--runs", type=int, default=None, help="cold starts per side")
    parser.add_argument("--json", type=Path, help="also write rows and raw series here")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 21)
    notes = machine_notes()
    t0 = time.perf_counter()
    data: dict[str, Any] = {"quick": args.quick, "machine": notes}
    with tempfile.TemporaryDirectory(prefix="huella-bench-") as tmp:
        scratch = Path(tmp)
        env = child_env(scratch)
        print(f"cold starts: {runs} per side, alternating ...", file=sys.stderr, flush=True)
        data["start"] = cold_starts(runs, env)
        skip = why_not()
        if skip is None:
            print("real window (Xvfb) ...", file=sys.stderr, flush=True)
            data["real_window"] = real_window_starts(runs, env)
        else:
            data["real_window_skipped"] = skip
        print("content load ...", file=sys.stderr, flush=True)
        data["content_cold"] = cold_content_loads(max(2, runs // 2), env)
        data["content"] = _module("bench.content_load", args.quick, env)
        print("re-score ...", file=sys.stderr, flush=True)
        data["rescore"] = _module("bench.rescore", args.quick, env)
        print("report export ...", file=sys.stderr, flush=True)
        data["export"] = _module("bench.export", args.quick, env)
        left = huella_files(scratch)
    notes["loadavg_end"] = os.getloadavg()
    notes["seconds"] = round(time.perf_counter() - t0, 1)
    rows = build_rows(data)
    st = data["start"]
    print(table(rows))
    print()
    print(
        f"Machine: {notes['cpu']}, {notes['cores']} cores; Python {notes['python']}, "
        f"PySide6 {notes['pyside6']}; {notes['system']}."
    )
    same = median(st["same"]["seconds"])
    print(
        f"Huella's first paint against the same window in bare PySide6: "
        f"{median(st['huella']['seconds']) / same:.2f}x "
        f"(RSS when ready: {median(st['huella']['rss_mib']) / median(st['same']['rss_mib']):.2f}x)."
    )
    la0, la1 = notes["loadavg_start"], notes["loadavg_end"]
    print(
        f"Load average {la0[0]:.2f} at start, {la1[0]:.2f} at end; "
        f"start-up spread (IQR/median): Huella {spread(st['huella']['seconds']):.0%}, "
        f"floor {spread(st['floor']['seconds']):.0%}; {notes['seconds']} s in all"
        + (" (quick mode: too few runs to mean much)." if args.quick else ".")
    )
    if "real_window_skipped" in data:
        print(f"Real-window rows skipped: {data['real_window_skipped']}.")
    used = any(data["content_cold"]["pydantic"])
    print(f"Content load imported pydantic: {'yes' if used else 'no'}.")
    print(
        "Private session: "
        + ("nothing of Huella's was written." if not left else f"Huella wrote {left}!")
    )
    if args.json:
        out = {**data, "rows": [r.as_dict() for r in rows], "huella_files": left}
        args.json.write_text(json.dumps(out, indent=1))
    return 0 if not left else 1


if __name__ == "__main__":
    sys.exit(main())
