"""Write the first page of an example report as a PNG for the README.

    .venv/bin/python scripts/report_screenshot.py [--answers examples/rosa.json]
        [--lang en|es|both] [--paper letter|a4] [--dpi 80] [-o docs/report-example.png]

The PDF is rendered exactly as ``privacy-audit report`` does, into a temporary folder that is
removed afterwards, and its first page is rasterised with poppler's ``pdftoppm``. With no
examples/ file, it uses the riskiest answer of every question of the first platform.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from privacy_audit.content import Content, load_content  # noqa: E402
from privacy_audit.report import ReportOptions, build_report, render_report_html  # noqa: E402
from privacy_audit.scoring.answers import Answers, load_answers_file  # noqa: E402
from privacy_audit.scoring.engine import Scorer  # noqa: E402


def fallback_answers(content: Content) -> Answers:
    scorer = Scorer(content)
    first = content.platforms[0]
    return Answers(
        {
            q.id: max(q.options, key=lambda o: scorer.points({q.id: o.id})).id
            for q in first.questions
        }
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--answers", type=Path, default=ROOT / "examples" / "rosa.json")
    p.add_argument("--lang", choices=("en", "es", "both"), default="en")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument("--dpi", type=int, default=80)
    p.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "report-example.png")
    args = p.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1

    from ui.report_render import render_pdf

    content = load_content()
    if args.answers.is_file():
        answers = load_answers_file(args.answers, content)
    else:
        answers = fallback_answers(content)
    # A fixed date keeps the picture stable from one run to the next.
    options = ReportOptions(date=dt.date(2026, 11, 22))
    html = render_report_html(build_report(content, answers, args.lang, options))
    with tempfile.TemporaryDirectory(prefix="huella-shot-") as tmp:
        pdf = Path(tmp) / "report.pdf"
        render_pdf(html, pdf, paper=args.paper)
        stem = Path(tmp) / "page"
        cmd = ["pdftoppm", "-png", "-singlefile", "-f", "1", "-l", "1", "-r", str(args.dpi)]
        subprocess.run([*cmd, str(pdf), str(stem)], check=True)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stem.with_suffix(".png"), args.output)
    print(f"Wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
