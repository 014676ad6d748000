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
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from ..beleid import Beleid
from ..fouten import Foutrij, Invoerfout, lees_model
from ..foutteksten import Tekst
from ..spreadsheet import veilige_cel as neutraliseer
from ..teksten import Taal
from ..thuiszitters import Situatie
from ..thuiszitters.modellen import Categorie
from ..thuiszitters.telling import GROEPSVELDEN, Telling, tel
from . import opties
from .invoer import VOORTGANG, lees_rijen, open_invoer
from .opslag import Spool


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
    opties.taal(p)
    p.add_argument(
        "--vakantiedagen-meetellen",
        action="store_true",
        help="policy: days in a school holiday count towards the 4 weeks",
    )
    p.set_defaults(uitvoeren=_thuiszitters)


def _thuiszitters(args: argparse.Namespace) -> int:
    fouten: Spool[Foutrij] = Spool()
    peildata = sorted(set(args.peildatum))
    beleid = Beleid(vakantiedagen_meetellen=args.vakantiedagen_meetellen)
    positie = [0]  # the input row of the situation being counted

    def niet_te_tellen(situatie: Situatie, fout: Invoerfout) -> None:
        """A situation that cannot be classified on a peildatum: an error row, counted nowhere."""
        fouten.voeg_toe(Foutrij(rij=positie[0], sleutel=situatie.sleutel, fouten=fout.fouten))

    try:
        with open_invoer(args.bestand) as bron:
            # Streamed: the counting keeps the counts per peildatum, group and category, not the pupils.
            situaties = _situaties(bron, fouten, positie)
            telling = tel(situaties, peildata, groep_op=args.groep_op, beleid=beleid, bij_fout=niet_te_tellen)
        schrijf = {"csv": schrijf_csv, "json": schrijf_json, "tabel": schrijf_tabel, "tekst": schrijf_tabel}
        schrijf[args.formaat](telling, fouten, sys.stdout, taal=Taal(args.taal))
        return 1 if fouten else 0
    finally:
        fouten.sluit()


def _situaties(bron: IO[bytes], fouten: Spool[Foutrij], positie: list[int]) -> Iterator[Situatie]:
    """The valid situations of the input, one at a time (``positie[0]``: the row of the one yielded);
    the others go to ``fouten``."""
    for rij in lees_rijen(bron)[1]:
        sleutel = rij.waarde.get("sleutel") if isinstance(rij.waarde, dict) else None
        try:
            if rij.fout is not None:
                raise rij.fout
            if not isinstance(rij.waarde, dict):
                raise Invoerfout.enkel("", "geen_object", "a situation must be a JSON object")
            situatie = lees_model(Situatie, rij.waarde)
        except Invoerfout as fout:
            fouten.voeg_toe(
                Foutrij(
                    rij=rij.positie,
                    sleutel=sleutel if isinstance(sleutel, str) else None,
                    fouten=fout.fouten,
                )
            )
            continue
        positie[0] = rij.positie
        yield situatie


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


def schrijf_csv(telling: Telling, fouten: Iterable[Foutrij], uit: IO[str], *, taal: Taal = Taal.NL) -> None:
    """One line per peildatum and group; the errors go to standard error in ``taal`` (they are counted
    nowhere)."""
    schrijver = csv.writer(uit, lineterminator="\n")
    kop = kolommen(telling)
    schrijver.writerow(kop)
    for rij in telling.rijen():
        schrijver.writerow([neutraliseer(_tekst(rij[k])) for k in kop])
        VOORTGANG.geschreven += 1  # counted for the message of a closed pipe or a full disk
    _fouten_naar_stderr(fouten, taal)


def schrijf_tabel(telling: Telling, fouten: Iterable[Foutrij], uit: IO[str], *, taal: Taal = Taal.NL) -> None:
    """The definitions side by side (the categories behind them in the CSV and JSON), each described in
    ``taal``; the errors go to standard error in ``taal``."""
    namen = [d.naam for d in telling.definities]
    kop = ["peildatum", *telling.groep_op, *namen]
    rijen = [
        ["".join(t if t.isprintable() else "?" for t in _tekst(r[k])) for k in kop] for r in telling.rijen()
    ]
    breedtes = [max(len(k), *(len(r[i]) for r in rijen)) if rijen else len(k) for i, k in enumerate(kop)]
    for i, r in enumerate([kop, *rijen]):
        uit.write("  ".join(w.rjust(b) for w, b in zip(r, breedtes, strict=True)).rstrip() + "\n")
        VOORTGANG.geschreven += i > 0  # the rows, not the header
    for d in telling.definities:
        uit.write(f"\n{d.naam}: {d.beschrijving(taal)}" + (f" ({d.bron.titel})" if d.bron else ""))
    uit.write("\n")
    _fouten_naar_stderr(fouten, taal)


def schrijf_json(telling: Telling, fouten: Iterable[Foutrij], uit: IO[str], *, taal: Taal = Taal.NL) -> None:
    """``{"definities": [...], "rijen": [...], "fouten": [...]}``, each definition's ``omschrijving``
    in ``taal`` (the error rows as in every command's JSON)."""
    definities = [
        {
            "naam": d.naam,
            "omschrijving": d.beschrijving(taal),
            "categorieen": sorted(c.value for c in d.categorieen),
            "bron": None if d.bron is None else d.bron.model_dump(mode="json"),
        }
        for d in telling.definities
    ]
    rijen = [{k: _tekst(v) if isinstance(v, date) else v for k, v in r.items()} for r in telling.rijen()]
    stroom = iter(fouten)
    eerste = next(stroom, None)
    if eerste is None:
        leeg = {"definities": definities, "rijen": rijen, "fouten": []}
        uit.write(json.dumps(leeg, ensure_ascii=False, indent=1) + "\n")
        VOORTGANG.geschreven += len(rijen)
        return
    # The errors are streamed into the place of a marker, in json.dump's own layout (indent=1), one at a
    # time, so that they are never all in memory. "fouten" is the last key: its marker is the last one.
    document = {"definities": definities, "rijen": rijen, "fouten": [_PLEK]}
    voor, na = json.dumps(document, ensure_ascii=False, indent=1).rsplit(json.dumps(_PLEK), 1)
    uit.write(voor)
    VOORTGANG.geschreven += len(rijen)
    for n, f in enumerate(itertools.chain([eerste], stroom)):
        regels = json.dumps(f.model_dump(mode="json"), ensure_ascii=False, indent=1).split("\n")
        uit.write(("" if n == 0 else ",\n  ") + "\n  ".join(regels))
        VOORTGANG.geschreven += 1
    uit.write(na + "\n")


_PLEK = "\x00fouten\x00"
"""Marks where the errors go in the JSON document."""


_NIET_GETELD = Tekst(
    "rij {rij} ({sleutel}) niet geteld: {meldingen}", "row {rij} ({sleutel}) not counted: {meldingen}"
)
"""The line on standard error for a situation counted nowhere."""


def _fouten_naar_stderr(fouten: Iterable[Foutrij], taal: Taal) -> None:
    for f in fouten:
        meldingen = Invoerfout(f.fouten).tekst(taal)  # each field's text with its rule's context
        tekst = _NIET_GETELD.in_taal(taal).format(rij=f.rij, sleutel=f.sleutel or "-", meldingen=meldingen)
        print(f"verzuimregels: {tekst}", file=sys.stderr)
