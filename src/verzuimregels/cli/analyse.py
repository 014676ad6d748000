"""Command ``analyseer``: a pupil's absence records in, the meldingen due on a peildatum out.

Input: JSON (one pupil object, an array, or JSON Lines; see ``docs/registratie.md``) or CSV with the
header :data:`CSV_KOLOMMEN`, one row per record. Output: JSON in the shape of the input (CSV gives an
array) or a readable table. Every pupil comes back with a result or an error row, in input order.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import IO, Any

from pydantic import BaseModel

from ..beleid import Beleid
from ..fouten import Foutrij, Foutuitvoer, Invoerfout, lees_model, veilige_sleutel
from ..kalender import Regio
from ..registratie import Analyse, Onderwijssoort, School, analyseer
from ..registratie.kolommen import SIGNAAL_KOLOMMEN, UITVOER_KOLOMMEN
from ..registratie.signalen import signaal_details
from ..schoolsystemen.eigen import CSV_KOLOMMEN as CSV_KOLOMMEN
from ..schoolsystemen.eigen import VERPLICHT, lees_records_csv
from ..teksten import Taal
from ..teksten import uren_tekst as _getal
from . import export, opties
from .invoer import VOORTGANG, Rij, Vorm, lees_rijen, open_invoer, schrijf

_CSV_HELP = (
    f"CSV header (one row per record): {','.join(CSV_KOLOMMEN)}. Required: {', '.join(VERPLICHT)}; "
    "datum+reden per record; uren, or van/tot (HH:MM), or neither for a whole lesdag. "
    "Details: docs/registratie.md."
)


def registreer(sub: Any) -> None:
    """Add the ``analyseer`` command to the parser."""
    p = sub.add_parser(
        "analyseer",
        help="from absence records to the meldingen due on a peildatum",
        description=(
            "Read pupils with their absence records from FILE ('-' for stdin): JSON (one pupil object, "
            "an array, or JSON Lines) or CSV. Write per pupil the meldingen due on --peildatum, the "
            "meldingen made that were not due, and signals. Exit 0: all analysed; 1: some pupils "
            "invalid (error rows in place); 2: usage error."
        ),
        epilog=_CSV_HELP,
    )
    p.add_argument("bestand", metavar="FILE", help="JSON, JSON Lines or CSV file; '-' for stdin")
    p.add_argument("--peildatum", required=True, type=opties.datum, help="the day judged (YYYY-MM-DD)")
    opties.formaat(p, ("json", "tekst", "tabel", "csv"))  # csv: one line per melding and signal
    invoeropties(p)
    schoolopties(p)
    opties.taal(p)
    p.add_argument(
        "--vakantiedagen-meetellen",
        action="store_true",
        help="policy: days in a school holiday count towards the 28 days",
    )
    opties.luxe_verzuim_18plus(p)
    p.set_defaults(uitvoeren=_analyseer)


def schoolopties(p: argparse.ArgumentParser) -> None:
    """The options for pupils given without a school (CSV), shared with ``valideer --records``."""
    p.add_argument(
        "--onderwijssoort", choices=[o.value for o in Onderwijssoort], help="default school: po/vo/mbo"
    )
    p.add_argument("--regio", choices=[r.value for r in Regio], help="default school: holiday region")
    p.add_argument(
        "--lesuur-minuten", type=opties.geheel_getal, help="default school: minutes per registered lesuur"
    )
    p.add_argument("--uren-per-lesdag", type=opties.decimaal, help="default school: units a lesdag holds")
    p.add_argument(
        "--afspraak-gemeente-18plus", action="store_true", help="default school: report 18+ 16-uur"
    )
    p.add_argument(
        "--schooljaar",
        type=opties.geheel_getal,
        help="the school year (its first year); default: from the records",
    )


def met_school(
    waarde: dict[str, Any], school: dict[str, Any] | None, args: argparse.Namespace
) -> dict[str, Any]:
    """A pupil with the default school and school year of the options filled in where absent."""
    if "school" not in waarde:
        if school is None:
            raise Invoerfout.enkel("school", "school_ontbreekt", "give a school, or --onderwijssoort")
        waarde = {**waarde, "school": school}
    if "schooljaar" not in waarde and args.schooljaar is not None:
        waarde = {**waarde, "schooljaar": args.schooljaar}
    return waarde


def standaardschool(args: argparse.Namespace) -> dict[str, Any] | None:
    if args.onderwijssoort is None:
        gegeven = [
            veld
            for veld in ("regio", "lesuur_minuten", "uren_per_lesdag", "afspraak_gemeente_18plus")
            if getattr(args, veld) not in (None, False)
        ]
        if gegeven:  # the options describe the default school: without one they were silently unused
            optie = "--" + gegeven[0].replace("_", "-")
            raise Invoerfout.enkel(
                gegeven[0], "onderwijssoort_ontbreekt", f"{optie} needs --onderwijssoort (po, vo or mbo)"
            )
        return None
    school: dict[str, Any] = {"onderwijssoort": args.onderwijssoort}
    if args.regio:
        school["regio"] = args.regio
    if args.lesuur_minuten is not None:
        school["lesuur_minuten"] = args.lesuur_minuten
    if args.uren_per_lesdag is not None:
        school["uren_per_lesdag"] = args.uren_per_lesdag
    if args.afspraak_gemeente_18plus:
        school["afspraak_gemeente_18plus"] = True
    lees_model(School, school)  # an option out of range (--lesuur-minuten 0) is refused at once (Invoerfout),
    return school  # not silently unused where every pupil has its own school, nor an error row per pupil


def invoeropties(p: argparse.ArgumentParser) -> None:
    """The options that say how the records are read (format, school system, CSV dialect, order), shared
    by every command that reads what ``analyseer`` reads."""
    p.add_argument(
        "--invoer", choices=("auto", "json", "csv"), default="auto", help="input format (auto: by name)"
    )
    export.bronopties(p)
    opties.tabel(p)
    opties.volgorde(p)


def invoer_rijen(
    bron: IO[bytes], args: argparse.Namespace, school: dict[str, Any] | None
) -> tuple[Vorm, Iterator[Rij]]:
    """The pupils of the input as :func:`invoeropties` describe it: a school system's export, the
    records CSV, or JSON (an array, one object or JSON Lines)."""
    if args.bron != "eigen":
        return Vorm.ARRAY, export.export_rijen(bron, args, school)
    if args.invoer == "csv" or (args.invoer == "auto" and args.bestand.lower().endswith(".csv")):
        return Vorm.ARRAY, csv_rijen(bron, args)
    return lees_rijen(bron)


def _analyseer(args: argparse.Namespace) -> int:
    school = standaardschool(args)
    beleid = Beleid(
        vakantiedagen_meetellen=args.vakantiedagen_meetellen, luxe_verzuim_18plus=args.luxe_verzuim_18plus
    )
    fouten = [0]
    with open_invoer(args.bestand) as bron:
        vorm, rijen = invoer_rijen(bron, args, school)
        resultaten = verwerk_rijen(rijen, school, args, beleid, fouten)
        if args.formaat in ("tekst", "tabel"):
            for r in resultaten:
                sys.stdout.write(tabel(r, Taal(args.taal)))
                VOORTGANG.geschreven += 1
        elif args.formaat == "csv":
            from ..spreadsheet import veilige_cel as neutraliseer

            schrijver = csv.writer(sys.stdout, lineterminator="\n")
            schrijver.writerow(CSV_UITVOER)
            for r in resultaten:
                schrijver.writerows([neutraliseer(c) for c in regel] for regel in csv_regels(r))
                VOORTGANG.geschreven += 1
        else:
            schrijf(vorm, resultaten, sys.stdout)
    return 1 if fouten[0] else 0


def verwerk_rijen(
    rijen: Iterator[Rij],
    school: dict[str, Any] | None,
    args: argparse.Namespace,
    beleid: Beleid,
    teller: list[int],
) -> Iterator[BaseModel]:
    """Each input row of ``analyseer`` as its analysis or its error row, in order (``teller[0]`` counts
    the error rows). Shared with the HTTP API (``/analyseer``), so both give the same rows."""
    for rij in rijen:
        sleutel = rij.waarde.get("sleutel") if isinstance(rij.waarde, dict) else None
        fout = rij.fout
        if fout is None:
            try:
                yield _een(rij.waarde, school, args, beleid)
                continue
            except Invoerfout as f:
                fout = f
        teller[0] += 1
        yield Foutuitvoer(fout=Foutrij(rij=rij.positie, sleutel=veilige_sleutel(sleutel), fouten=fout.fouten))


def _een(waarde: Any, school: dict[str, Any] | None, args: argparse.Namespace, beleid: Beleid) -> Analyse:
    if not isinstance(waarde, dict):
        raise Invoerfout.enkel("", "geen_object", "a pupil must be a JSON object")
    return analyseer(met_school(waarde, school, args), args.peildatum, beleid=beleid, taal=args.taal)


def csv_rijen(bron: IO[bytes], args: argparse.Namespace | None = None) -> Iterator[Rij]:
    """The pupils of a records CSV (:func:`~verzuimregels.schoolsystemen.eigen.lees_records_csv`),
    streamed per pupil; a broken row makes its pupil an error row. ``args``: ``--encoding`` and
    ``--scheidingsteken``."""
    codering = getattr(args, "encoding", "utf-8")
    volgorde = getattr(args, "volgorde", "gegroepeerd")
    teken = opties.scheidingsteken(args)
    for rij in lees_records_csv(bron, codering=codering, scheidingsteken=teken, volgorde=volgorde):
        yield Rij(rij.positie, rij.waarde if rij.fout is None else {"sleutel": rij.sleutel}, rij.fout)


CSV_UITVOER = (*UITVOER_KOLOMMEN, *SIGNAAL_KOLOMMEN)
"""The CSV output: the columns of ``analyseer_frame(..., signalen=True)`` (docs/schaal-registratie.md),
one line per melding, signal or error; a pupil with neither gets one ``geen_melding`` line. An error
line's ``sleutel`` is the pupil's key, or its position (``rij N``) without one."""


def csv_regels(resultaat: BaseModel) -> Iterator[tuple[str, ...]]:
    """The CSV lines of one result (:data:`CSV_UITVOER`), every value as text."""

    def t(waarde: object) -> str:
        if waarde is None:
            return ""
        if isinstance(waarde, Decimal):
            return _getal(waarde)
        return waarde.isoformat() if isinstance(waarde, date) else str(waarde)

    if isinstance(resultaat, Foutuitvoer):
        f = resultaat.fout
        for v in f.fouten:
            yield (f.sleutel or f"rij {f.rij}", "fout", *[""] * 13, v.veld, v.regel, v.melding, *[""] * 5)
        return
    assert isinstance(resultaat, Analyse)
    a = resultaat
    basis = (a.sleutel or "", a.situatie.value)
    if not a.meldingen and not a.signalen:
        yield (*basis[:1], "geen_melding", basis[1], "0", *[""] * 19)
    for i, m in enumerate(a.meldingen, start=1):
        yield tuple(
            t(x)
            for x in (
                basis[0], "melding", basis[1], i, m.verzuimsoort.value, m.meldplicht.value, m.begindatum,
                m.einddatum, m.dag_plicht, m.uiterste_meld_dag, m.uren, m.aaneengesloten_dagen,
                " ".join(map(str, m.records)), m.status.value, m.oordeel.regelversie, *[None] * 8,
            )
        )  # fmt: skip
    for i, s in enumerate(a.signalen, start=len(a.meldingen) + 1):
        yield tuple(
            t(x)
            for x in (
                basis[0], "signaal", basis[1], i, None, None, s.van, s.tot, None, None, s.uren, None,
                " ".join(map(str, s.records)), None, None, None, None, None, s.soort.value,
                s.venster_tot or s.lrv_op or s.tot, s.nog_uren, s.op_lijst_sinds, s.aantal,
            )
        )  # fmt: skip


_LABELS = {
    Taal.NL: {
        "leerling": "leerling",
        "fout": "FOUT",
        "schooljaar": "schooljaar",
        "geen": "geen meldingen",
        "niet_verschuldigd": "niet verschuldigd: {soort} vanaf {begin}",
        "signaal": "signaal",
        "beleidskeuze": "beleidskeuze",
    },
    Taal.EN: {
        "leerling": "pupil",
        "fout": "ERROR",
        "schooljaar": "school year",
        "geen": "no meldingen",
        "niet_verschuldigd": "not due: {soort} from {begin}",
        "signaal": "signal",
        "beleidskeuze": "policy default",
    },
}
"""The table's own words per language (the law's Dutch words, codes and enum values stay as they are)."""


def tabel(resultaat: BaseModel, taal: Taal = Taal.NL) -> str:
    """A readable block per pupil (or per error row, its problems in ``taal``)."""
    t = _LABELS[taal]
    if isinstance(resultaat, Foutuitvoer):
        f = resultaat.fout
        regels = [f"{t['leerling']} {f.sleutel or f.rij}: {t['fout']}"]
        regels += [f"  {v.veld or '<invoer>'}: {v.tekst(taal)} [{v.regel}]" for v in f.fouten]
        return "\n".join(regels) + "\n\n"
    assert isinstance(resultaat, Analyse)
    a = resultaat
    regels = [
        f"{t['leerling']} {a.sleutel or '-'}  peildatum {a.peildatum}  {t['schooljaar']} {a.schooljaar}  "
        f"{a.situatie.value}"
    ]
    if not a.meldingen:
        regels.append(f"  {t['geen']}")
    else:
        regels.append(
            f"  {'verzuimsoort':<28} {'meldplicht':<17} {'begin':<10} {'einde':<10} "
            f"{'plicht':<10} {'uiterlijk':<10} {'uren':>6}  status"
        )
        for m in a.meldingen:
            regels.append(
                f"  {m.verzuimsoort.value:<28} {m.meldplicht.value:<17} {m.begindatum!s:<10} "
                f"{m.einddatum or 'open'!s:<10} {m.dag_plicht!s:<10} {m.uiterste_meld_dag or '-'!s:<10} "
                f"{_getal(m.uren, taal):>6}  {m.status.value}"
            )
    for g in a.niet_verschuldigd:
        regels.append("  " + t["niet_verschuldigd"].format(soort=g.verzuimsoort.value, begin=g.begindatum))
    for s in a.signalen:
        details = signaal_details(s, taal)
        regels.append(
            f"  {t['signaal']} {s.soort.value} {s.van}..{s.tot} (records {', '.join(map(str, s.records))})"
            + (f": {details}" if details else "")
        )
    for b in a.beleidskeuzes:
        regels.append(f"  {t['beleidskeuze']} {b.code}: {b.omschrijving}")
    return "\n".join(regels) + "\n\n"
