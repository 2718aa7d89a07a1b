"""Content load in this process: ``python -m bench.content_load [--quick]`` prints JSON.

* ``warm``: ``load_content()`` again once the imports are done: what the app does, from the
  pre-validated copy (``checks/_compiled.jsonl``: read, rebuild, index).
* ``warm_toml``: ``load_content(compiled=False)``: read the TOML, validate, index (what
  ``check-content`` does, and the app when a content author has edited the TOML).
* ``x10``: the 10x synthetic content's validation and cross-check (each platform file's
  data through the schema, then indexing and every cross-reference check) — everything of
  a TOML load but the parsing, which grows in proportion to the files' size.
* ``x10_compiled``: the same 10x content rebuilt from its compiled form (JSON) and indexed.
* ``scorer_x10``: building the :class:`Scorer` tables for 10x content.
The cold load (fresh process, with imports) is measured by ``bench/child_load.py``.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from bench.procs import child_main


def measure(quick: bool) -> dict[str, Any]:
    import dataclasses
    import json

    from bench.synth import synthetic_content
    from privacy_audit.content import compiled, load_content
    from privacy_audit.content.loader import Content, _index_and_check
    from privacy_audit.content.model import PlatformFile
    from privacy_audit.content.validate import validate
    from privacy_audit.scoring.engine import Scorer

    runs = 3 if quick else 10
    warm, warm_toml = [], []
    load_content()
    load_content(compiled=False)
    for _ in range(runs):
        t0 = time.perf_counter()
        load_content()
        t1 = time.perf_counter()
        load_content(compiled=False)
        warm.append(t1 - t0)
        warm_toml.append(time.perf_counter() - t1)
    big = synthetic_content(10)
    dumps = [dataclasses.asdict(pf) for pf in big.platforms]
    lines = [json.dumps(compiled.to_data(pf)) for pf in big.platforms]
    build = compiled.builder(PlatformFile)
    x10, x10_compiled = [], []
    scorer = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fast = tuple(build(json.loads(line)) for line in lines)
        c = Content(root=big.root, ladder=big.ladder, platforms=fast, personas=())
        _index_and_check(c, [])
        x10_compiled.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        platforms = tuple(validate(PlatformFile, d) for d in dumps)
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
        "series_s": {
            "warm": warm,
            "warm_toml": warm_toml,
            "x10": x10,
            "x10_compiled": x10_compiled,
            "scorer_x10": scorer,
        },
        "platforms_x10": len(big.platforms),
    }


if __name__ == "__main__":
    sys.exit(child_main(measure, __doc__))
