"""Content load in this process: ``python -m bench.content_load [--quick]`` prints JSON.

* ``warm``: ``load_content()`` again once the imports are done (read TOML, validate, index).
* ``x10``: the 10x synthetic content's validation and cross-check (each platform file's
  data through the schema, then indexing and every cross-reference check) — everything of
  a load but the TOML parsing, which grows in proportion to the files' size.
* ``scorer_x10``: building the :class:`Scorer` tables for 10x content.
The cold load (fresh process, with imports) is measured by ``bench/child_load.py``.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from bench.procs import child_main


def measure(quick: bool) -> dict[str, Any]:
    from bench.synth import synthetic_content
    from privacy_audit.content import load_content
    from privacy_audit.content.loader import Content, _index_and_check
    from privacy_audit.content.model import PlatformFile
    from privacy_audit.scoring import Scorer

    runs = 3 if quick else 10
    warm = []
    load_content()
    for _ in range(runs):
        t0 = time.perf_counter()
        load_content()
        warm.append(time.perf_counter() - t0)
    big = synthetic_content(10)
    dumps = [pf.model_dump() for pf in big.platforms]
    x10 = []
    scorer = []
    for _ in range(runs):
        t0 = time.perf_counter()
        platforms = tuple(PlatformFile.model_validate(d) for d in dumps)
        c = Content(root=big.root, ladder=big.ladder, platforms=platforms, personas=())
        problems: list[str] = []
        _index_and_check(c, problems)
        t1 = time.perf_counter()
        if problems:
            raise RuntimeError(problems[0])
        Scorer(c)
        t2 = time.perf_counter()
        x10.append(t1 - t0)
        scorer.append(t2 - t1)
    return {
        "series_s": {"warm": warm, "x10": x10, "scorer_x10": scorer},
        "platforms_x10": len(big.platforms),
    }


if __name__ == "__main__":
    sys.exit(child_main(measure, __doc__))
