"""The ``verzuimregels`` command line. Each command lives in its own module and registers itself.

Exit codes, for every command: 0 all rows judged; 1 some input rows invalid (their error rows are in
the output, in input order, nothing dropped); 2 usage error (bad arguments, unreadable input).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .._versie import __version__
from ..fouten import Leesfout
from . import analyse, export, keuzehulp, status, valideer, werklijst
from .invoer import Gebruiksfout

COMMANDO_MODULES = (keuzehulp, analyse, status, valideer, export, werklijst)
"""Modules whose ``registreer(subparsers)`` adds their commands."""


def parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    p = argparse.ArgumentParser(
        prog="verzuimregels",
        description="Dutch school-absence law (Leerplichtwet 1969, DUO) as exact, explainable rules.",
    )
    p.add_argument("--version", action="version", version=f"verzuimregels {__version__}")
    sub = p.add_subparsers(dest="commando", required=True, metavar="COMMAND")
    for module in COMMANDO_MODULES:
        module.registreer(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    try:
        code: int = args.uitvoeren(args)
    except (Gebruiksfout, Leesfout) as fout:
        print(f"verzuimregels: {fout}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
