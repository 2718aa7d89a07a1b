"""Content load in a fresh process: ``python bench/child_load.py``.

Prints one JSON line: seconds to import the content package (the model's dataclasses) and
seconds for ``load_content()`` as the app runs it (the pre-validated copy: read, rebuild,
index), and whether pydantic was imported (it must not be).
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    t0 = time.perf_counter()
    from privacy_audit.content import load_content

    t1 = time.perf_counter()
    load_content()
    t2 = time.perf_counter()
    pydantic = "pydantic" in sys.modules
    print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "pydantic": pydantic}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
