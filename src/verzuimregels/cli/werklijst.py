"""Command ``werklijst``: absence records in, the week's worklist per school, group or woongemeente out.

Input: what ``analyseer`` reads (JSON, JSON Lines or the records CSV, with ``groep`` and
``woongemeente`` per pupil). Output: a table, CSV (spreadsheet-safe), JSON, or a printable HTML page
per group. Only pseudonymous keys appear. Exit 0: every pupil analysed; 1: some pupils invalid (listed
as errors); 2: usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..beleid import Beleid
from ..fouten import Invoerfout
from . import opties
from .analyse import invoer_rijen, invoeropties, met_school, schoolopties, standaardschool
from .invoer import Gebruiksfout, open_invoer

if TYPE_CHECKING:  # pragma: no cover
    from ..werklijst import Werklijst


def registreer(sub: Any) -> None:
    """Add the ``werklijst`` command to the parser."""
    p = sub.add_parser(
        "werklijst",
        help="the week's worklist: meldingen to make (overdue first) and signals, per group",
        description=(
            "Read pupils with their absence records from FILE ('-' for stdin), as analyseer reads them, "
            "and write per school, group (a pupil's 'groep') or woongemeente the meldingen to make on "
            "--peildatum (with their last day; overdue first), then the signals, in order of urgency. "
            "Exit 0: all analysed; 1: some pupils invalid (listed); 2: usage error."
        ),
    )
    p.add_argument("bestand", metavar="FILE", help="JSON, JSON Lines or CSV file; '-' for stdin")
    p.add_argument("--peildatum", required=True, type=opties.datum, help="the day of the list (YYYY-MM-DD)")
    p.add_argument(
        "--per",
        choices=("school", "groep", "woongemeente"),
        default="groep",
        help="one list per school, per groep (default) or per woongemeente",
    )
    opties.formaat(p, ("tabel", "tekst", "csv", "json", "html"), "tabel")  # tekst: the same as tabel
    p.add_argument("--uitvoer", metavar="PAD", help="write to this file instead of standard output")
    p.add_argument(
        "--map",
        metavar="MAP",
        help="html: one file per group in this directory (to hand each mentor their own page)",
    )
    p.add_argument(
        "--recent",
        type=opties.geheel_getal,
        default=28,
        help="other signals (not the early-warning ones) stay on the list this many days (default 28)",
    )
    invoeropties(p)
    schoolopties(p)
    opties.taal(p)
    p.add_argument(
        "--vakantiedagen-meetellen",
        action="store_true",
        help="policy: days in a school holiday count towards the 28 days",
    )
    p.set_defaults(uitvoeren=_werklijst)


def _werklijst(args: argparse.Namespace) -> int:
    from ..werklijst.lijst import Opbouw

    if args.recent < 1:
        raise Gebruiksfout("--recent must be at least 1")
    school = standaardschool(args)
    opbouw = Opbouw(
        args.peildatum,
        args.per,
        Beleid(vakantiedagen_meetellen=args.vakantiedagen_meetellen),
        args.taal,
        args.recent,
    )
    with open_invoer(args.bestand) as bron:
        rijen = invoer_rijen(bron, args, school)[1]
        for rij in rijen:
            sleutel = rij.waarde.get("sleutel") if isinstance(rij.waarde, dict) else None
            sleutel = sleutel if isinstance(sleutel, str) else None
            try:
                if rij.fout is not None:
                    raise rij.fout
                if not isinstance(rij.waarde, dict):
                    raise Invoerfout.enkel("", "geen_object", "a pupil must be a JSON object")
                opbouw.leerling(rij.positie, met_school(rij.waarde, school, args))
            except Invoerfout as fout:
                opbouw.fout(rij.positie, sleutel, fout)
    lijst = opbouw.lijst()
    if args.map:
        _per_groep(lijst, Path(args.map))
        return 1 if lijst.fouten else 0
    if not args.uitvoer:
        _schrijf(lijst, args.formaat, sys.stdout)
        return 1 if lijst.fouten else 0
    try:
        with open(args.uitvoer, "w", encoding="utf-8", newline="") as uit:
            _schrijf(lijst, args.formaat, uit)
    except OSError as fout:
        raise Gebruiksfout(f"cannot write {args.uitvoer}: {fout.strerror}") from None
    return 1 if lijst.fouten else 0


def bestandsnaam(groep: str, gebruikt: set[str]) -> str:
    """A safe file name for a group's page: letters, digits, ``-`` and ``_`` only (a group name is
    input: no path in it), unique within the directory."""
    basis = re.sub(r"[^A-Za-z0-9_-]+", "_", groep).strip("_") or "groep"
    naam, n = basis, 1
    while naam.lower() in gebruikt:
        n += 1
        naam = f"{basis}-{n}"
    gebruikt.add(naam.lower())
    return naam + ".html"


def _per_groep(lijst: Werklijst, map_: Path) -> None:
    from ..werklijst.uitvoer import werklijst_html

    try:
        map_.mkdir(parents=True, exist_ok=True)
        gebruikt: set[str] = set()
        for groep in lijst.groepen:
            een = lijst.model_copy(update={"groepen": (groep,), "fouten": ()})
            (map_ / bestandsnaam(groep.naam, gebruikt)).write_text(
                werklijst_html(een, titel=f"Werklijst {groep.naam}"), encoding="utf-8"
            )
    except OSError as fout:
        raise Gebruiksfout(f"cannot write in {map_}: {fout.strerror}") from None
    for f in lijst.fouten:  # not on any group's page: named here, never echoed
        print(f"verzuimregels: rij {f.rij} ({f.sleutel or '-'}) niet verwerkt", file=sys.stderr)


def _schrijf(lijst: Werklijst, formaat: str, uit: IO[str]) -> None:
    from ..werklijst.uitvoer import schrijf_csv, werklijst_html, werklijst_tekst

    if formaat == "csv":
        schrijf_csv(lijst, uit)
    elif formaat == "json":
        uit.write(lijst.model_dump_json(indent=1) + "\n")
    elif formaat == "html":
        uit.write(werklijst_html(lijst))
    else:
        uit.write(werklijst_tekst(lijst))
