"""Workshop paper from the command line: ``handout`` and ``agenda``.

Built like ``report`` and ``worksheet`` (same -o, --lang, --paper; a name ending in ``.html``
writes a web page and needs no Qt). Only the chosen file is written.
"""

from __future__ import annotations

import argparse

from privacy_audit.cli.report import add_output_options, write_output
from privacy_audit.updates.state import content_in_use
from privacy_audit.workshop.paper import (
    AGENDA_MINUTES,
    build_agenda,
    build_handout,
    render_agenda_html,
    render_handout_html,
)


def handout(p: argparse.ArgumentParser) -> None:
    """``handout``: write the one-page workshop handout (PDF): what each legal process means."""
    add_output_options(p)
    p.set_defaults(func=cmd_handout)


def agenda(p: argparse.ArgumentParser) -> None:
    """``agenda``: write the facilitator agenda (PDF) for a 60 or 90 minute workshop."""
    p.add_argument(
        "--minutes",
        type=int,
        choices=AGENDA_MINUTES,
        default=60,
        help="length of the session: 60 or 90 (default: 60)",
    )
    add_output_options(p)
    p.set_defaults(func=cmd_agenda)


def cmd_handout(args: argparse.Namespace) -> int:
    html = render_handout_html(build_handout(content_in_use(), args.lang))
    write_output(html, args.output, args.paper, args.lang)
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    html = render_agenda_html(build_agenda(content_in_use(), args.minutes, args.lang))
    write_output(html, args.output, args.paper, args.lang)
    return 0
