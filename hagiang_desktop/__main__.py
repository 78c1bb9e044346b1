"""Entry point: ``hagiang-desktop`` opens the window; ``hagiang-desktop <command>`` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the program: the window without a command, the command line with one.

    Args:
        argv: the arguments (without the program name); ``sys.argv[1:]`` by default.

    Returns:
        The exit status.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    from hagiang_desktop.cli.main import is_command_line, run_cli

    if is_command_line(args):
        return run_cli(args)
    # The window is imported only here, so that scripts never load Qt.
    from hagiang_desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
