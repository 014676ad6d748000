"""Options several commands share, defined once so their spelling, choices and help agree."""

from __future__ import annotations

import argparse

from ..beleid import Verjaardag29Februari
from ..tabel import CODERINGEN
from ..teksten import Taal


def taal(p: argparse.ArgumentParser) -> None:
    """``--taal nl|en``: the language of texts for users (Dutch by default)."""
    p.add_argument("--taal", choices=[t.value for t in Taal], default="nl", help="nl (default) or en")


def verjaardag_29_februari(p: argparse.ArgumentParser) -> None:
    """``--verjaardag-29-februari``: the policy for a birthday on 29 February in a common year."""
    p.add_argument(
        "--verjaardag-29-februari",
        choices=[v.value for v in Verjaardag29Februari],
        default=Verjaardag29Februari.EEN_MAART.value,
        help="policy: birthday of someone born on 29 February in a common year",
    )


_SCHEIDINGSTEKENS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t"}


def tabel(p: argparse.ArgumentParser) -> None:
    """``--encoding`` and ``--scheidingsteken``: how the one tabular reader reads a CSV file."""
    p.add_argument(
        "--encoding",
        choices=CODERINGEN,
        default="utf-8",
        help="CSV encoding: utf-8 (default, with or without byte-order mark) or cp1252 (Excel, Dutch locale)",
    )
    p.add_argument(
        "--scheidingsteken",
        choices=tuple(_SCHEIDINGSTEKENS),
        help="CSV separator: ',', ';' or tab (default: the one the header line uses most)",
    )


def scheidingsteken(args: argparse.Namespace | None) -> str | None:
    """The separator chosen with ``--scheidingsteken`` (``None``: detect it)."""
    gekozen: str | None = getattr(args, "scheidingsteken", None)
    return None if gekozen is None else _SCHEIDINGSTEKENS[gekozen]
