"""Command ``toets``: run test cases written as data (YAML or JSON) and show a diff per failing case."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from ..fouten import OntbrekendeExtra
from ..teksten import Taal
from ..toets import Toetsfout, lees_gevallen, toets, verslag
from . import opties
from .invoer import Gebruiksfout


def registreer(sub: Any) -> None:
    """Add the ``toets`` command to the parser."""
    p = sub.add_parser(
        "toets",
        help="run test cases written as data (YAML or JSON): input, options, expected outcome",
        description=(
            "Run every case of GEVALLEN (a YAML or JSON list; format in docs/toets.md) and compare the "
            "output with 'verwacht' on the keys it names. Exit 0: all passed; 1: some failed (a diff "
            "per failing case); 2: the file cannot be used. YAML needs: pip install 'verzuimregels[toets]'."
        ),
    )
    p.add_argument("bestand", metavar="GEVALLEN", help="a .yaml/.yml or .json file of cases")
    opties.taal(p)
    p.set_defaults(uitvoeren=_toets)


MAX_BYTES = 10_000_000
"""The largest file of test cases (about 20,000 cases): read whole, it needs about ten times its size
in memory (issue 11: bounded memory on every command)."""


def _toets(args: argparse.Namespace) -> int:
    pad = Path(args.bestand)
    with contextlib.suppress(OSError):  # an unreadable file: lees_gevallen names it
        if pad.stat().st_size > MAX_BYTES:
            raise Gebruiksfout("toetsbestand", reden=Toetsfout("toets_te_groot", mb=MAX_BYTES // 1_000_000))
    try:
        gevallen = lees_gevallen(pad)
        uitslagen = toets(gevallen, met_uitvoer=False)
    except Toetsfout as fout:
        raise Gebruiksfout("toetsbestand", reden=fout) from None
    except OntbrekendeExtra as fout:
        raise Gebruiksfout("extra_ontbreekt", reden=fout.reden) from None
    sys.stdout.write(verslag(uitslagen, Taal(args.taal)))
    return 0 if all(u.geslaagd for u in uitslagen) else 1
