"""``privacy-audit``: the desktop app with no arguments, headless subcommands otherwise.

Every subcommand is one line of :data:`COMMANDS`: its name, its help line and the
``"module:function"`` that declares its arguments and sets its handler (``func``). A
command's module is imported only when that command is run (or its ``--help`` is asked
for), so ``privacy-audit`` alone opens the app as fast as the ``huella`` launcher. How to add
one: ``docs/layout.md``. Every handler returns an exit code; a
:class:`~privacy_audit.errors.UserError` becomes one line on stderr and exit code 2. No
traceback reaches a person unless ``HUELLA_DEBUG=1`` is set.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from privacy_audit import __version__
from privacy_audit.errors import ContentError, UserError

#: Every subcommand: name -> (help line, ``"module:function"``). The function takes the
#: command's ``argparse`` parser, declares its arguments and calls ``set_defaults(func=...)``.
COMMANDS: dict[str, tuple[str, str]] = {
    "questions": ("list every question and its options", "privacy_audit.cli.content:questions"),
    "score": ("score an answers file and print the action plan", "privacy_audit.cli.content:score"),
    "catalog": (
        "every platform, data item and action, with sources",
        "privacy_audit.cli.content:catalog",
    ),
    "check-content": (
        "validate a content folder (default: the built-in)",
        "privacy_audit.cli.content:check_content",
    ),
    "report": (
        "write the printable report (PDF) for an answers file",
        "privacy_audit.cli.report:report",
    ),
    "worksheet": (
        "write the blank workshop worksheet (PDF) with the ladder and a facilitator guide",
        "privacy_audit.cli.report:worksheet",
    ),
    "save": ("save an answers file as an encrypted audit", "privacy_audit.cli.storage:save"),
    "audits": ("list saved audits", "privacy_audit.cli.storage:audits"),
    "export": (
        "write a saved audit's answers to a (plain) JSON file",
        "privacy_audit.cli.storage:export",
    ),
    "delete": ("delete a saved audit and its backup", "privacy_audit.cli.storage:delete"),
    "wipe": (
        "delete everything Huella saved, and its keyring entry",
        "privacy_audit.cli.storage:wipe",
    ),
    "handout": (
        "write the one-page workshop handout (PDF): what each legal process means",
        "privacy_audit.cli.workshop:handout",
    ),
    "agenda": (
        "write the facilitator agenda (PDF) for a 60 or 90 minute workshop",
        "privacy_audit.cli.workshop:agenda",
    ),
    "import": (
        "read your data download (.zip, folder or Timeline .json) offline: what it shows",
        "privacy_audit.cli.imports:import_",
    ),
    "pack": ("build, sign and check content packs (maintainers)", "privacy_audit.cli.updates:pack"),
    "update": (
        "check for updated guides over the network (only when you run it)",
        "privacy_audit.cli.updates:update",
    ),
}

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own errors: one line plus the usage hint, exit 2, as everywhere else.
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def declare(name: str, parser: argparse.ArgumentParser) -> None:
    """Import the module of subcommand *name* and let it declare its arguments on *parser*."""
    module, _, function = COMMANDS[name][1].partition(":")
    getattr(importlib.import_module(module), function)(parser)


class _Subcommands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Declares a subcommand's arguments only once argparse has picked that subcommand."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        name = values[0]
        chosen = self.choices.get(name)
        if isinstance(chosen, argparse.ArgumentParser) and name in COMMANDS:
            declare(name, chosen)
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privacy-audit",
        description=(
            "Huella: see what could be learned about you from your online accounts, "
            "under which kind of legal process, and how to reduce it. "
            "With no command, opens the desktop app. Nothing leaves this computer unless you "
            "ask for updated guides (update)."
        ),
    )
    add_app_options(parser)
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, action=_Subcommands
    )
    for name, (help_line, _) in COMMANDS.items():
        sub.add_parser(name, help=help_line)
    return parser


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """The options of the desktop app, the same for ``privacy-audit`` and ``huella``."""
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--workshop",
        action="store_true",
        help="open the desktop app in workshop mode (private sessions only, presenter scale)",
    )
    parser.add_argument(
        "--lang", dest="app_lang", choices=("en", "es"), help="language of the desktop app"
    )


def build_app_parser(prog: str = "huella") -> argparse.ArgumentParser:
    """The ``huella`` launcher's command line: the app's options, no subcommands."""
    parser = _Parser(
        prog=prog,
        description=(
            "Huella: see what could be learned about you from your online accounts, "
            "under which kind of legal process, and how to reduce it. Opens the desktop app; "
            "nothing leaves this computer unless you ask for updated guides. The command line "
            "tools are in privacy-audit."
        ),
    )
    add_app_options(parser)
    return parser


def add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "es"), default="en", help="language (default: en)")


def run_gui(workshop: bool = False, lang: str | None = None) -> int:
    """Start the desktop front end (the ``ui`` package), loaded only when asked for."""
    from privacy_audit.text import t

    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        print(t("no_gui", lang or "en", reason=exc), file=sys.stderr)
        return 1
    code: int = app.run(workshop=workshop, lang=lang)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # A file name that is not valid UTF-8 reaches Python as lone surrogates; echoing it back
    # ("Wrote …") gives the same bytes rather than an encoding error.
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    try:
        if not args_list:  # the app, straight away: no parser, no subcommand module
            return run_gui()
        args = build_parser().parse_args(args_list)
        func: Handler | None = getattr(args, "func", None)
        if func is None:
            return run_gui(workshop=args.workshop, lang=args.app_lang)
        code = func(args)
        sys.stdout.flush()  # here, not at exit, so a full device is reported like any error
        return code
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
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            return _unexpected(exc)
        # Standard output cannot take more: a full disk, /dev/full, a quota. The rest of the
        # output goes nowhere (so Python's own flush at exit stays quiet), the reason to stderr.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        print(
            f"privacy-audit: the output could not be written ({exc.strerror or exc}).",
            file=sys.stderr,
        )
        return 2
    except Exception as exc:
        return _unexpected(exc)


#: errno values that mean "the output could not be written" rather than a bug.
_OUTPUT_ERRNOS = frozenset(
    getattr(errno, n) for n in ("ENOSPC", "EFBIG", "EDQUOT", "EIO") if hasattr(errno, n)
)


def _unexpected(exc: Exception) -> int:
    if os.environ.get("HUELLA_DEBUG"):
        raise exc
    print(
        f"privacy-audit: unexpected problem ({type(exc).__name__}). Nothing was changed. "
        "Please report it; set HUELLA_DEBUG=1 to see details.",
        file=sys.stderr,
    )
    return 1


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``huella`` launcher (desktop menus): always the app, with the same
    options as ``privacy-audit`` has for it (``--workshop``, ``--lang``, ``--help``,
    ``--version``)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return run_gui()
    args = build_app_parser().parse_args(args_list)
    return run_gui(workshop=args.workshop, lang=args.app_lang)
