"""Command ``toets``: run test cases written as data (YAML or JSON) and show a diff per failing case."""

from __future__ import annotations

import argparse
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


def _toets(args: argparse.Namespace) -> int:
    try:
        gevallen = lees_gevallen(Path(args.bestand))
        uitslagen = toets(gevallen)
    except Toetsfout as fout:
        raise Gebruiksfout("toetsbestand", reden=str(fout)) from None
    except OntbrekendeExtra as fout:
        raise Gebruiksfout("extra_ontbreekt", reden=str(fout)) from None
    sys.stdout.write(verslag(uitslagen, Taal(args.taal)))
    return 0 if all(u.geslaagd for u in uitslagen) else 1
