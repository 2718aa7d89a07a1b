"""The bundled app's start to a mapped window against the source install's, in one run.

``python -m bench.bundle_start [--quick] [--runs N] [--bundle DIR | --rebuild] [--json PATH]``

*DIR* is the bundle's app folder (the one holding the ``huella`` executable); by default the
last one ``scripts/build-bundle.sh`` built (``build/release/huella-*/huella``), built first if
there is none. One private Xvfb for the run (``bench/real_window.py``: the parent watches the
X server for the first top-level window mapped, from its ``Popen``); sides alternate A B B A
…, one discarded warm-up each:

* ``source``: the ``huella`` launcher pip installed beside this Python (the README's install);
* ``bundle``: the bundle's ``huella``, with no Python on PATH and nothing of the checkout's.

Each side gets the same fresh HOME and XDG folders. Prints two rows (start and peak RSS:
bundle, source, ratio) and, with ``--json``, the raw series. A bundle older than the source
is compared with code it does not hold: the run says so (``--rebuild`` builds it first).
The ratio has no target: a bundle unpacks nothing and imports from one archive, so it is
expected near 1x; docs/packaging.md gives the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.procs import ROOT
from bench.real_window import MapWatcher, start_xvfb, time_to_map, why_not
from bench.stats import Row, median, spread, table

SIDES = ("source", "bundle")


def find_bundle() -> Path | None:
    """The app folder of the newest bundle built by scripts/build-bundle.sh, if any."""
    folders = (ROOT / "build" / "release").glob("huella-*/huella")
    found = sorted((p for p in folders if (p / "huella").exists()), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def stale(bundle: Path) -> bool:
    """Whether a source file changed after *bundle* was built."""
    built = (bundle / "huella").stat().st_mtime
    for folder in ("privacy_audit", "ui", "checks", "assets"):
        for p in (ROOT / folder).rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts and p.stat().st_mtime > built:
                return True
    return False


def build_bundle() -> Path:
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-bundle.sh")],
        env={**os.environ, "PYTHON": sys.executable},
        cwd=ROOT,
        check=True,
        stdout=sys.stderr,
    )
    found = find_bundle()
    if found is None:
        raise RuntimeError("scripts/build-bundle.sh built no bundle")
    return found


def clean_env(scratch: Path) -> dict[str, str]:
    """A minimal environment: fresh HOME and XDG folders, no Python on PATH."""
    env = {"PATH": "/usr/local/sbin:/usr/sbin:/sbin", "LANG": "C.UTF-8"}
    for name, var in (
        ("home", "HOME"),
        ("data", "XDG_DATA_HOME"),
        ("config", "XDG_CONFIG_HOME"),
        ("cache", "XDG_CACHE_HOME"),
        ("state", "XDG_STATE_HOME"),
        ("run", "XDG_RUNTIME_DIR"),
        ("tmp", "TMPDIR"),
    ):
        d = scratch / name
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[var] = str(d)
    return env


def starts(bundle: Path, runs: int) -> dict[str, list[float]]:
    """Seconds to a mapped window (``<side>``) and peak RSS then (``<side>_rss_mib``)."""
    launchers = {"source": Path(sys.executable).parent / "huella", "bundle": bundle / "huella"}
    xvfb, display = start_xvfb()
    watcher = MapWatcher(display)
    out: dict[str, list[float]] = {k: [] for side in SIDES for k in (side, f"{side}_rss_mib")}
    try:
        with tempfile.TemporaryDirectory(prefix="huella-bench-bundle-") as tmp:
            env = {**clean_env(Path(tmp)), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            for i in range(runs + 1):
                for side in SIDES if i % 2 == 0 else SIDES[::-1]:
                    seconds, rss = time_to_map([str(launchers[side])], env, watcher)
                    if i:
                        out[side].append(seconds)
                        out[f"{side}_rss_mib"].append(rss)
    finally:
        watcher.close()
        xvfb.terminate()
        xvfb.wait(timeout=10)
    return out


def build_rows(series: dict[str, list[float]]) -> list[Row]:
    n = len(series["bundle"])
    return [
        Row(
            "bundle_window_s",
            f"Start to a mapped window (Xvfb, xcb): bundle vs source install (median of {n})",
            median(series["bundle"]),
            "s",
            median(series["source"]),
            "(no target)",
        ),
        Row(
            "bundle_window_rss_mib",
            "  peak RSS at that moment: bundle vs source install",
            median(series["bundle_rss_mib"]),
            "MiB",
            median(series["source_rss_mib"]),
            "(no target)",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bundle_start", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2 starts per side")
    parser.add_argument("--runs", type=int, default=None, help="starts per side (default 11)")
    parser.add_argument("--bundle", type=Path, help="the bundle's app folder")
    parser.add_argument("--json", type=Path, help="also write the rows and raw series here")
    parser.add_argument("--rebuild", action="store_true", help="build the bundle first")
    args = parser.parse_args(argv)
    reason = why_not()
    if reason:
        print(f"bundle start: skipped ({reason})")
        return 0
    bundle = args.bundle or (None if args.rebuild else find_bundle()) or build_bundle()
    if stale(bundle):
        print(f"note: {bundle} is older than the source; --rebuild to compare the same code")
    runs = args.runs or (2 if args.quick else 11)
    series = starts(bundle, runs)
    rows = build_rows(series)
    print(table(rows))
    print("(Huella column: the bundle; floor column: the source install.)")
    print(
        f"Spread (IQR/median): bundle {spread(series['bundle']):.0%}, "
        f"source {spread(series['source']):.0%}; bundle: {bundle}"
    )
    if args.json:
        out = {"rows": [r.as_dict() for r in rows], "series_s": series, "bundle": str(bundle)}
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
