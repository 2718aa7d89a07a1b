"""``privacy-audit``: the desktop app with no arguments, headless subcommands otherwise.

Each group of subcommands lives in its own module with a ``register(subparsers)``
function (see ``COMMAND_MODULES``). Every handler returns an exit code; a
:class:`~privacy_audit.errors.UserError` becomes one line on stderr and exit code 2.
No traceback reaches a person unless ``HUELLA_DEBUG=1`` is set.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from privacy_audit import __version__
from privacy_audit.errors import ContentError, UserError

#: Modules that add subcommands; each defines ``register(subparsers) -> None``.
COMMAND_MODULES: tuple[str, ...] = (
    "privacy_audit.cli_content",
    "privacy_audit.cli_import",
    "privacy_audit.cli_report",
    "privacy_audit.cli_storage",
    "privacy_audit.cli_workshop",
)

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own errors: one line plus the usage hint, exit 2, as everywhere else.
        self.print_usage(sys.stderr)
        sys.stderr.write(f"privacy-audit: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privacy-audit",
        description=(
            "Huella: see what could be learned about you from your online accounts, "
            "under which kind of legal process, and how to reduce it. "
            "With no command, opens the desktop app. Nothing leaves this computer."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--workshop",
        action="store_true",
        help="open the desktop app in workshop mode (private sessions only, presenter scale)",
    )
    parser.add_argument(
        "--lang", dest="app_lang", choices=("en", "es"), help="language of the desktop app"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "es"), default="en", help="language (default: en)")


def run_gui(workshop: bool = False, lang: str | None = None) -> int:
    """Start the desktop front end (the ``ui`` package), loaded only when asked for."""
    from privacy_audit.i18n import t

    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        print(t("no_gui", lang or "en", reason=exc), file=sys.stderr)
        return 1
    code: int = app.run(workshop=workshop, lang=lang)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        func: Handler | None = getattr(args, "func", None)
        if func is None:
            return run_gui(workshop=args.workshop, lang=args.app_lang)
        return func(args)
    except ContentError as exc:
        print("privacy-audit: the checklist content has problems:", file=sys.stderr)
        for line in exc.problems:
            print(f"  {line}", file=sys.stderr)
        return exc.exit_code
    except UserError as exc:
        print(f"privacy-audit: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("HUELLA_DEBUG"):
            raise
        print(
            f"privacy-audit: unexpected problem ({type(exc).__name__}). Nothing was changed. "
            "Please report it; set HUELLA_DEBUG=1 to see details.",
            file=sys.stderr,
        )
        return 1


def gui_main() -> int:
    """Entry point of the ``huella`` launcher (desktop menus): always the app."""
    return run_gui()
