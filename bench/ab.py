"""What one change saves at start-up: ``python -m bench.ab VARIANT_DIR [--runs N]``.

*VARIANT_DIR* is a copy of the checkout (at least ``privacy_audit/``, ``ui/``, ``checks/``,
``assets/``) with one change, e.g. a start-up trick taken out. The two sides run the same
``huella`` launcher; only ``PYTHONPATH`` differs (it comes before the editable install), and
they alternate A B B A ... Two measures, medians printed as JSON:

* ``map_s``, ``map_rss_mib``: to a mapped window on a private Xvfb (``bench.real_window``);
* ``paint_s``, ``ready_s``, ``ready_rss_mib``: offscreen, to the first paint and to ready
  (``bench/child_start.py huella``).

``docs/performance.md`` lists what each start-up trick saves, measured with this.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.procs import BENCH, ROOT, _run_child, child_env
from bench.real_window import MapWatcher, start_xvfb, time_to_map
from bench.stats import median


def measure(variant: Path, runs: int) -> dict[str, Any]:
    sides = {"base": ROOT, "variant": variant.resolve()}
    series: dict[str, dict[str, list[float]]] = {
        side: {k: [] for k in ("map_s", "map_rss_mib", "paint_s", "ready_s", "ready_rss_mib")}
        for side in sides
    }
    launcher = [str(Path(sys.executable).parent / "huella")]
    with tempfile.TemporaryDirectory(prefix="huella-ab-") as tmp:
        base_env = child_env(Path(tmp))
        xvfb, display = start_xvfb()
        watcher = MapWatcher(display)
        try:
            for i in range(runs + 1):
                order = list(sides) if i % 2 == 0 else list(sides)[::-1]
                for side in order:
                    env = {**base_env, "PYTHONPATH": str(sides[side])}
                    x_env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
                    map_s, map_rss = time_to_map(launcher, x_env, watcher)
                    (paint_s, _), (ready_s, ready) = _run_child(
                        [str(BENCH / "child_start.py"), "huella"], env, lines=2
                    )
                    if i == 0:
                        continue  # warm-up
                    s = series[side]
                    s["map_s"].append(map_s)
                    s["map_rss_mib"].append(map_rss)
                    s["paint_s"].append(paint_s)
                    s["ready_s"].append(ready_s)
                    s["ready_rss_mib"].append(float(ready["rss_kib"]) / 1024)
        finally:
            watcher.close()
            xvfb.terminate()
            xvfb.wait(timeout=10)
    medians = {side: {k: round(median(v), 4) for k, v in s.items()} for side, s in series.items()}
    saved = {k: round(medians["variant"][k] - medians["base"][k], 4) for k in medians["base"]}
    return {"runs": runs, "median": medians, "variant_minus_base": saved, "series": series}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__)
    parser.add_argument("variant", type=Path, help="a copy of the checkout with one change")
    parser.add_argument("--runs", type=int, default=15, help="starts per side (default 15)")
    args = parser.parse_args(argv)
    result = measure(args.variant, args.runs)
    print(json.dumps({k: v for k, v in result.items() if k != "series"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
