"""Command ``werklijst``: absence records in, the week's worklist per school, group or woongemeente out.

Input: what ``analyseer`` reads (JSON, JSON Lines or the records CSV, with ``groep`` and
``woongemeente`` per pupil). Output: a table, CSV (spreadsheet-safe), JSON, or a printable HTML page
per group. Only pseudonymous keys appear. Exit 0: every pupil analysed; 1: some pupils invalid (listed
as errors); 2: usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from ..beleid import Beleid
from ..fouten import Foutrij, Invoerfout
from ..teksten import Taal
from ..werklijst.lijst import Opbouw, Werklijst, Werkregel
from ..werklijst.uitvoer import Groepskop
from . import opties
from .analyse import invoer_rijen, invoeropties, met_school, schoolopties, standaardschool
from .invoer import VOORTGANG, Gebruiksfout, open_invoer
from .opslag import Sorteerder, Spool


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
    if args.recent < 1:
        raise Gebruiksfout("recent_te_klein")
    school = standaardschool(args)
    opbouw = _OpSchijf(
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
    try:
        if args.map:
            _per_groep(opbouw, Path(args.map))
        elif not args.uitvoer:
            _schrijf(opbouw, args.formaat, sys.stdout)
        else:
            try:
                with open(args.uitvoer, "w", encoding="utf-8", newline="") as uit:
                    _schrijf(opbouw, args.formaat, uit)
            except OSError as fout:
                raise Gebruiksfout.bij_bestand("schrijven_mislukt", str(args.uitvoer), fout) from None
        return 1 if opbouw.foutspool else 0
    finally:
        opbouw.sluit()


def _volgorde(regel: Werkregel) -> tuple[Any, ...]:
    """The worklist's order: groups by name, then :meth:`Werkregel.sorteersleutel` (stable)."""
    return (regel.groep, *regel.sorteersleutel())


class _OpSchijf(Opbouw):
    """:class:`~verzuimregels.werklijst.lijst.Opbouw` with bounded memory (issue 11): the rows go to an
    external sort on disk, the error rows to a spool; in memory only each group's heading (counts)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.sorteerder: Sorteerder[Werkregel] = Sorteerder(_volgorde)
        self.foutspool: Spool[Foutrij] = Spool()
        self.koppen: dict[str, Groepskop] = {}

    def bewaar(self, groep: str, regels: list[Werkregel]) -> None:
        kop = self.koppen.get(groep) or Groepskop(groep, 0, 0, 0, 0)
        for r in regels:
            kop = kop.tel(r)
            self.sorteerder.voeg_toe(r)
        self.koppen[groep] = kop

    def bewaar_fout(self, fout: Foutrij) -> None:
        self.foutspool.voeg_toe(fout)

    def kop(self) -> Werklijst:
        """The list's date, indeling and version (without groups and errors)."""
        return Werklijst(peildatum=self.peildatum, indeling=self.indeling, groepen=())

    def groepen(self) -> Iterator[tuple[Groepskop, Iterator[Werkregel]]]:
        """Every group by name, its rows in order (read once, group after group)."""
        stroom = iter(self.sorteerder)
        volgende = [next(stroom, None)]

        def regels(naam: str) -> Iterator[Werkregel]:
            while volgende[0] is not None and volgende[0].groep == naam:
                yield volgende[0]
                volgende[0] = next(stroom, None)

        for naam in sorted(self.aantal):
            kop = dataclasses.replace(self.koppen[naam], leerlingen=self.aantal[naam])
            deze = regels(naam)
            yield kop, deze
            for _ in deze:  # rows the caller left unread
                pass

    def sluit(self) -> None:
        """Remove the temporary files."""
        self.sorteerder.sluit()
        self.foutspool.sluit()


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


def _per_groep(opbouw: _OpSchijf, map_: Path) -> None:
    from ..werklijst.uitvoer import schrijf_html

    kop = opbouw.kop()
    try:
        map_.mkdir(parents=True, exist_ok=True)
        gebruikt: set[str] = set()
        for groep, regels in opbouw.groepen():
            with open(map_ / bestandsnaam(groep.naam, gebruikt), "w", encoding="utf-8") as uit:
                titel = f"{'Worklist' if opbouw.taal is Taal.EN else 'Werklijst'} {groep.naam}"
                schrijf_html(kop, [(groep, regels)], (), uit, titel=titel, taal=opbouw.taal)
    except OSError as fout:
        raise Gebruiksfout.bij_bestand("schrijven_mislukt", str(map_), fout) from None
    for f in opbouw.foutspool:  # not on any group's page: named here, never echoed
        regel = (
            "row {rij} ({sleutel}) not processed"
            if opbouw.taal is Taal.EN
            else "rij {rij} ({sleutel}) niet verwerkt"
        )
        print("verzuimregels: " + regel.format(rij=f.rij, sleutel=f.sleutel or "-"), file=sys.stderr)


_T = TypeVar("_T")


def _geteld(rijen: Iterable[_T]) -> Iterator[_T]:
    """``rijen``, each counted in :data:`VOORTGANG` once the writer asks for the next (it has written
    this one): the message of a closed pipe or a full disk says how many rows got out."""
    for rij in rijen:
        yield rij
        VOORTGANG.geschreven += 1


def _schrijf(opbouw: _OpSchijf, formaat: str, uit: IO[str]) -> None:
    from ..werklijst.uitvoer import schrijf_csv_stroom, schrijf_html, schrijf_json, schrijf_tekst

    kop, fouten = opbouw.kop(), _geteld(opbouw.foutspool)
    groepen = ((groep, _geteld(regels)) for groep, regels in opbouw.groepen())
    if formaat == "csv":
        schrijf_csv_stroom((r for _, regels in groepen for r in regels), fouten, uit, taal=opbouw.taal)
    elif formaat == "json":
        schrijf_json(kop, groepen, fouten, uit)
    elif formaat == "html":
        schrijf_html(kop, groepen, fouten, uit, taal=opbouw.taal)
    else:
        schrijf_tekst(kop, groepen, fouten, uit, taal=opbouw.taal)
