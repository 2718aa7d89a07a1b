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
* ``pack_apply``: a signed content pack of today's content (built once, outside the timing)
  verified as a download is (signature, every file's size and hash, the loader's every check,
  in memory) and applied (written, swapped in atomically) to a scratch data folder.
* ``pack_load``: the content in use at start with that pack applied (``load_in_use``: the pack
  checked again, then validated), against ``warm`` (the bundled content, compiled).
The cold load (fresh process, with imports) is measured by ``bench/child_load.py``.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from bench.procs import child_main


def _pack_series(runs: int) -> tuple[list[float], list[float]]:
    import os
    import tempfile
    from pathlib import Path

    from privacy_audit.paths import content_dir
    from privacy_audit.updates.build import build_pack
    from privacy_audit.updates.keys import generate, read_secret
    from privacy_audit.updates.state import apply, bundled_release, load_in_use
    from privacy_audit.updates.verify import FolderSource, verify

    apply_s, load_s = [], []
    with tempfile.TemporaryDirectory(prefix="huella-bench-pack-") as tmp:
        base = Path(tmp)
        _pub, key_path = generate(base / "keys", "bench")
        key = read_secret(key_path)
        pack = build_pack(content_dir(), bundled_release().version + 1, [key], base / "pack")
        old = os.environ.get("XDG_DATA_HOME")
        os.environ["XDG_DATA_HOME"] = str(base / "data")
        try:
            from privacy_audit.updates.keys import add_user_key

            add_user_key(key.public)  # trusted as an organisation's key would be
            for _ in range(runs):
                t0 = time.perf_counter()
                apply(verify(FolderSource(pack), [key.public]))
                apply_s.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                _content, info = load_in_use()
                load_s.append(time.perf_counter() - t0)
                if info.source != "pack":
                    raise RuntimeError(f"the applied pack was not used: {info.problem}")
        finally:
            if old is None:
                os.environ.pop("XDG_DATA_HOME", None)
            else:
                os.environ["XDG_DATA_HOME"] = old
    return apply_s, load_s


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
    pack_apply, pack_load = _pack_series(runs)
    return {
        "series_s": {
            "pack_apply": pack_apply,
            "pack_load": pack_load,
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
