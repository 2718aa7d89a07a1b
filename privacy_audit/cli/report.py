"""Subcommands that print on paper: ``report`` and ``worksheet``.

The HTML is built here, in the Qt-free core; the PDF renderer (``ui.report_render``, which
needs PySide6) is loaded by name only when a PDF is asked for. An ``-o`` name ending in
``.html`` writes the HTML instead and needs no Qt at all. Only the chosen file is written.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from privacy_audit.errors import UserError
from privacy_audit.files import write_atomic
from privacy_audit.report.html import render_report_html
from privacy_audit.report.model import LANG_CHOICES, build_report
from privacy_audit.report.strings import rt
from privacy_audit.report.types import ReportOptions
from privacy_audit.scoring.answers import load_answers_file
from privacy_audit.updates.state import content_in_use
from privacy_audit.workshop.worksheet import build_worksheet, render_worksheet_html

PAPERS = ("letter", "a4")


def report(p: argparse.ArgumentParser) -> None:
    """``report``: write the printable report (PDF) for an answers file."""
    p.description = (
        "Write the printable report for ANSWERS.json. Names are left out unless "
        "--include-name is given; --safe-to-carry prints only the action checklist."
    )
    p.add_argument("answers", type=Path, metavar="ANSWERS.json")
    add_output_options(p)
    p.add_argument(
        "--safe-to-carry",
        action="store_true",
        help="print only the action checklist: no score, no findings, no answers",
    )
    p.add_argument(
        "--include-name",
        metavar="NAME",
        default="",
        help="print this name on the report (by default no name is printed)",
    )
    p.add_argument(
        "--done",
        metavar="ACTION",
        action="append",
        default=[],
        help="mark a plan step as already done (an action id; may be repeated)",
    )
    p.set_defaults(func=cmd_report)


def worksheet(p: argparse.ArgumentParser) -> None:
    """``worksheet``: the blank workshop worksheet, with the ladder and a facilitator guide."""
    add_output_options(p)
    p.add_argument(
        "--platforms",
        metavar="IDS",
        help="only these platforms and sections, comma-separated "
        "(e.g. facebook,whatsapp,phone_email; default: all; ids: privacy-audit catalog --json)",
    )
    p.set_defaults(func=cmd_worksheet)


def add_output_options(p: argparse.ArgumentParser) -> None:
    """-o FILE, --lang en|es|both, --paper: shared by every command that writes a PDF."""
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the PDF to write (a name ending in .html writes a web page instead)",
    )
    p.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        default="en",
        help="language: en, es, or both side by side (default: en)",
    )
    p.add_argument("--paper", choices=PAPERS, default="letter", help="paper size (default: letter)")


def _msg_lang(lang: str) -> str:
    return "es" if lang == "es" else "en"


def _check_target(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(f"{path}: is a folder; give a file name such as report.pdf")
    if not folder.is_dir():
        raise UserError(f"{folder}: folder not found")


def load_renderer(lang: str) -> Any:
    """``ui.report_render``, or a clear :class:`UserError` when PySide6 is not there."""
    try:
        return importlib.import_module("ui.report_render")
    except ImportError as exc:
        raise UserError(rt("no_pdf", lang, reason=exc)) from None


def write_output(html: str, path: Path, paper: str, lang: str) -> None:
    _check_target(path)
    msg_lang = _msg_lang(lang)
    try:
        if path.suffix.lower() in (".html", ".htm"):
            write_atomic(path, html)
            print(rt("wrote_html", msg_lang, path=path))
            return
        renderer = load_renderer(msg_lang)
        pages = renderer.render_pdf(html, path, paper=paper)
    except OSError as exc:
        reason = exc.strerror or exc
        raise UserError(rt("not_written", msg_lang, path=path, reason=reason)) from None
    print(rt("wrote", msg_lang, path=path, pages=pages))


def cmd_report(args: argparse.Namespace) -> int:
    from privacy_audit.updates.state import load_in_use

    content, guides = load_in_use()  # updated guides, if some were downloaded and still pass
    answers = load_answers_file(args.answers, content)
    name = args.include_name.strip()
    if any(0xD800 <= ord(c) <= 0xDFFF for c in name):
        raise UserError("--include-name: not valid text (UTF-8); type the name again")
    options = ReportOptions(
        include_identifying=bool(name),
        name=name,
        safe_to_carry=args.safe_to_carry,
        done_actions=frozenset(args.done),
        guides=f"{guides.version} ({guides.date})",
    )
    html = render_report_html(build_report(content, answers, args.lang, options))
    write_output(html, args.output, args.paper, args.lang)
    return 0


def cmd_worksheet(args: argparse.Namespace) -> int:
    content = content_in_use()
    platforms = None
    if args.platforms is not None:
        platforms = [p.strip() for p in args.platforms.split(",") if p.strip()]
    html = render_worksheet_html(build_worksheet(content, args.lang, platforms=platforms))
    write_output(html, args.output, args.paper, args.lang)
    return 0
