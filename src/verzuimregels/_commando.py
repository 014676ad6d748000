"""The command a command line names, read from its arguments alone: before anything is imported (the
program, :mod:`verzuimregels._programma`, decides its start by it) and by the parser
(:func:`verzuimregels.cli.parser` imports only that command's module)."""

from __future__ import annotations

from collections.abc import Sequence


def commando_van(argv: Sequence[str]) -> str | None:
    """The command named on the command line: its first argument that is not an option (the parser
    itself has no option that takes a value); ``""`` for ``--version`` before any command (no command
    module is needed); ``None`` (every module: ``--help`` lists them all) when none is given."""
    for arg in argv:
        if arg == "--version":
            return ""
        if not arg.startswith("-"):
            return arg
    return None
