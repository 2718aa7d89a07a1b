"""Report PDF export: ``python -m bench.export [--quick]`` prints JSON.

Huella: the report model and HTML for ``examples/rosa.json`` (English) plus
:func:`ui.report_render.render_pdf` (layout, page numbers, fonts pinned, atomic write).
Floor: the same HTML through a bare ``QTextDocument.setHtml`` -> ``QPdfWriter`` (Letter).
One process, one warm-up each, then alternating runs.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.procs import child_main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "rosa.json"


def measure(quick: bool) -> dict[str, Any]:
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    from privacy_audit.content import load_content
    from privacy_audit.report import build_report, render_report_html
    from privacy_audit.scoring.answers import load_answers_file
    from privacy_audit.scoring.engine import Scorer
    from ui.report_render import render_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    content = load_content()
    scorer = Scorer(content)
    answers = load_answers_file(EXAMPLE, content)
    html = render_report_html(build_report(content, answers, "en", scorer=scorer))
    runs = 3 if quick else 15
    out: dict[str, list[float]] = {"huella": [], "floor": [], "html": [], "pdf": []}
    pages: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="huella-bench-") as tmp:
        path = Path(tmp) / "report.pdf"
        bare = Path(tmp) / "bare.pdf"

        def huella() -> None:
            t0 = time.perf_counter()
            text = render_report_html(build_report(content, answers, "en", scorer=scorer))
            t1 = time.perf_counter()
            pages["huella"] = render_pdf(text, path, paper="letter")
            t2 = time.perf_counter()
            out["html"].append(t1 - t0)
            out["pdf"].append(t2 - t1)
            out["huella"].append(t2 - t0)

        def floor() -> None:
            t0 = time.perf_counter()
            doc = QTextDocument()
            doc.setHtml(html)
            writer = QPdfWriter(str(bare))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
            doc.print_(writer)
            del writer
            out["floor"].append(time.perf_counter() - t0)

        for i in range(runs + 1):
            for fn in (huella, floor) if i % 2 == 0 else (floor, huella):
                fn()
            if i == 0:  # warm-up
                for series in out.values():
                    series.clear()
        sizes = {"huella_bytes": path.stat().st_size, "floor_bytes": bare.stat().st_size}
    del app
    return {"series_s": out, "pages": pages, **sizes, "html_chars": len(html)}


if __name__ == "__main__":
    sys.exit(child_main(measure, __doc__))
