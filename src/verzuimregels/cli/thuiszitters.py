"""Command ``thuiszitters``: a gemeente's pupils in, the thuiszitter counts under each definition out.

Input: JSON (one situation, an array, or JSON Lines) of :class:`~verzuimregels.thuiszitters.Situatie`
(as ``examples/gemeente.jsonl``). Output: per peildatum (and group) the count of every category and
the total of every definition side by side (OCW 2016, Thuiszitterspact, Balans 2020), as a table,
CSV (spreadsheet-safe) or JSON. A situation that fails validation is counted nowhere and listed as an
error (position and key only); exit 1 then.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from typing import IO, Any

from ..beleid import Beleid
from ..fouten import Foutrij, Invoerfout, lees_model
from ..spreadsheet import veilige_cel as neutraliseer
from ..thuiszitters import Situatie
from ..thuiszitters.modellen import Categorie
from ..thuiszitters.telling import GROEPSVELDEN, Telling, tel
from . import opties
from .invoer import lees_rijen, open_invoer


def registreer(sub: Any) -> None:
    """Add the ``thuiszitters`` command to the parser."""
    p = sub.add_parser(
        "thuiszitters",
        help="count thuiszitters under each definition side by side, per peildatum",
        description=(
            "Read pupils' situations (JSON, array or JSON Lines, as examples/gemeente.jsonl) from FILE "
            "('-' for stdin) and write, per --peildatum (repeatable) and group, the count of every "
            "category and every definition's total side by side. Exit 0: all counted; 1: some rows "
            "invalid (listed, not counted); 2: usage error."
        ),
    )
    p.add_argument("bestand", metavar="FILE", help="JSON or JSON Lines file; '-' for stdin")
    p.add_argument(
        "--peildatum",
        required=True,
        action="append",
        type=opties.datum,
        help="a day counted (YYYY-MM-DD); repeatable",
    )
    p.add_argument(
        "--groep-op",
        action="append",
        choices=GROEPSVELDEN,
        default=[],
        help="group the counts by this field (repeatable): gemeente, school, regio, sector",
    )
    opties.formaat(p, ("tabel", "tekst", "csv", "json"), "tabel")  # tekst: the same as tabel
    p.add_argument(
        "--vakantiedagen-meetellen",
        action="store_true",
        help="policy: days in a school holiday count towards the 4 weeks",
    )
    p.set_defaults(uitvoeren=_thuiszitters)


def _thuiszitters(args: argparse.Namespace) -> int:
    situaties: list[Situatie] = []
    fouten: list[Foutrij] = []
    with open_invoer(args.bestand) as bron:
        for rij in lees_rijen(bron)[1]:
            sleutel = rij.waarde.get("sleutel") if isinstance(rij.waarde, dict) else None
            try:
                if rij.fout is not None:
                    raise rij.fout
                if not isinstance(rij.waarde, dict):
                    raise Invoerfout.enkel("", "geen_object", "a situation must be a JSON object")
                situaties.append(lees_model(Situatie, rij.waarde))
            except Invoerfout as fout:
                fouten.append(
                    Foutrij(
                        rij=rij.positie,
                        sleutel=sleutel if isinstance(sleutel, str) else None,
                        fouten=fout.fouten,
                    )
                )
    peildata = sorted(set(args.peildatum))
    beleid = Beleid(vakantiedagen_meetellen=args.vakantiedagen_meetellen)
    telling = tel(situaties, peildata, groep_op=args.groep_op, beleid=beleid)
    {"csv": schrijf_csv, "json": schrijf_json, "tabel": schrijf_tabel, "tekst": schrijf_tabel}[args.formaat](
        telling, fouten, sys.stdout
    )
    return 1 if fouten else 0


def kolommen(telling: Telling) -> list[str]:
    """Peildatum, the grouping fields, every definition's total, then every category's count."""
    return [
        "peildatum",
        *telling.groep_op,
        *(d.naam for d in telling.definities),
        *(c.value for c in Categorie),
    ]


def _tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    return waarde.isoformat() if isinstance(waarde, date) else str(waarde)


def schrijf_csv(telling: Telling, fouten: list[Foutrij], uit: IO[str]) -> None:
    """One line per peildatum and group; the errors go to standard error (they are counted nowhere)."""
    schrijver = csv.writer(uit, lineterminator="\n")
    kop = kolommen(telling)
    schrijver.writerow(kop)
    for rij in telling.rijen():
        schrijver.writerow([neutraliseer(_tekst(rij[k])) for k in kop])
    _fouten_naar_stderr(fouten)


def schrijf_tabel(telling: Telling, fouten: list[Foutrij], uit: IO[str]) -> None:
    """The definitions side by side (the categories behind them in the CSV and JSON)."""
    namen = [d.naam for d in telling.definities]
    kop = ["peildatum", *telling.groep_op, *namen]
    rijen = [
        ["".join(t if t.isprintable() else "?" for t in _tekst(r[k])) for k in kop] for r in telling.rijen()
    ]
    breedtes = [max(len(k), *(len(r[i]) for r in rijen)) if rijen else len(k) for i, k in enumerate(kop)]
    for r in [kop, *rijen]:
        uit.write("  ".join(w.rjust(b) for w, b in zip(r, breedtes, strict=True)).rstrip() + "\n")
    for d in telling.definities:
        uit.write(f"\n{d.naam}: {d.omschrijving}" + (f" ({d.bron.titel})" if d.bron else ""))
    uit.write("\n")
    _fouten_naar_stderr(fouten)


def schrijf_json(telling: Telling, fouten: list[Foutrij], uit: IO[str]) -> None:
    """``{"definities": [...], "rijen": [...], "fouten": [...]}``."""
    definities = [
        {
            "naam": d.naam,
            "omschrijving": d.omschrijving,
            "categorieen": sorted(c.value for c in d.categorieen),
            "bron": None if d.bron is None else d.bron.model_dump(mode="json"),
        }
        for d in telling.definities
    ]
    rijen = [{k: _tekst(v) if isinstance(v, date) else v for k, v in r.items()} for r in telling.rijen()]
    json.dump(
        {"definities": definities, "rijen": rijen, "fouten": [f.model_dump(mode="json") for f in fouten]},
        uit,
        ensure_ascii=False,
        indent=1,
    )
    uit.write("\n")


def _fouten_naar_stderr(fouten: list[Foutrij]) -> None:
    for f in fouten:
        meldingen = "; ".join(f"{v.veld or '<invoer>'}: {v.melding}" for v in f.fouten)
        print(f"verzuimregels: rij {f.rij} ({f.sleutel or '-'}) niet geteld: {meldingen}", file=sys.stderr)
