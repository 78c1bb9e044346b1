"""The command line: a headless twin of every export, import and check, on the same entry point.

Contract (kept exactly; add, never rename): exit 0 on success, 1 on failure, 2 on bad usage;
errors are one line on stderr in the UI language, never a traceback for a user error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from hagiang_desktop import __version__

#: Modules that each add their subcommands with ``register(subparsers)``.
COMMAND_MODULES = (
    "hagiang_desktop.cli.units",
    "hagiang_desktop.cli.demo",
    "hagiang_desktop.cli.nominations",
    "hagiang_desktop.cli.dashboard",
    "hagiang_desktop.cli.maintenance",
    "hagiang_desktop.cli.keys",
    "hagiang_desktop.cli.bundle",
    "hagiang_desktop.cli.template",
    "hagiang_desktop.cli.export",
    "hagiang_desktop.cli.followup",
    "hagiang_desktop.cli.own_plan",
    "hagiang_desktop.cli.pdf",
    "hagiang_desktop.cli.office",
    "hagiang_desktop.cli.server",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit 2 with one line, as argparse does, but in our words
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    import importlib

    parser = _Parser(prog="hagiang-desktop", description="hagiang-desktop – Kế hoạch 127/KH-UBND")
    parser.add_argument("--version", action="version", version=f"hagiang-desktop {__version__}")
    from hagiang_desktop.cli.common import db_location_arg

    parser.add_argument(
        "--db",
        dest="db_global",
        type=db_location_arg,
        help="database file (default: the user data folder), or a postgresql:// server URL",
    )
    parser.add_argument("--lang", choices=("vi", "en"), help="language of messages (default vi)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


_COMMANDS = {"units", "demo", "nominations", "dashboard", "export", "bundle", "keys", "check", "template"}
_COMMANDS |= {"backup", "restore", "purge"}  # cli.maintenance
_COMMANDS |= {"followup"}  # cli.followup (#24)
_COMMANDS |= {"own-plan"}  # cli.own_plan (#16)
_COMMANDS |= {"pdf"}  # cli.pdf (#21)
_COMMANDS |= {"office"}  # cli.office (#15)
_COMMANDS |= {"server"}  # cli.server (#22)


def is_command_line(args: list[str]) -> bool:
    """Tell whether the arguments ask for a headless command rather than the window."""
    return any(arg in _COMMANDS for arg in args) or "--version" in args or "-h" in args or "--help" in args


def run_cli(args: list[str]) -> int:
    """Run one command; return the exit status (0 ok, 1 failure, 2 bad usage)."""
    # Imported here: cli.common loads the database layer, which the window loads only after it shows.
    from hagiang_desktop.cli.common import CliError, check_outputs, last_resort_message
    from hagiang_desktop.cli.messages import message

    lang = _peek_lang(args)
    if lang:
        os.environ["HAGIANG_LANG"] = lang
    parser = build_parser()
    namespace = parser.parse_args(args)
    handler: Callable[[argparse.Namespace], int] | None = getattr(namespace, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return 2
    try:
        check_outputs(namespace)  # before any work: a file that cannot be written is said first
        return handler(namespace)
    except CliError as error:
        print(str(error), file=sys.stderr)
        return error.status
    except BrokenPipeError:  # `| head` closed the pipe: not an error of ours
        return 0
    except KeyboardInterrupt:
        print(message("interrupted"), file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the contract: one line, never a traceback
        if os.environ.get("HAGIANG_DEBUG"):
            raise
        print(last_resort_message(namespace, error), file=sys.stderr)
        return 1


def _peek_lang(args: list[str]) -> str | None:
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


__all__ = ["build_parser", "is_command_line", "run_cli"]
