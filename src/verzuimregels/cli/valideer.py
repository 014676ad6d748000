"""Command ``valideer``: check a file of verzuimmeldingen before it goes to DUO's verzuimloket.

Reads CSV (the documented header, ``docs/valideren.md``), a JSON array, one JSON object or JSON Lines,
streamed with bounded memory, and writes one report row per input row, in input order, nothing
dropped: as JSON, as a readable table, or as CSV. Exit code 0: no finding at error level (warnings
allowed); 1: at least one; 2: usage error (bad arguments, unreadable file), the report on stdout is
then incomplete and must be discarded.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..beleid import Beleid, Verjaardag29Februari
from ..fouten import Invoerfout
from ..melding.feiten import CONTROLES_FEITEN, Registratie
from ..melding.modellen import MELDINGVELDEN, Leerlingrapport, Rijrapport, Status
from ..melding.valideer import Validator
from ..registratie import Leerling, lees_leerling
from ..spreadsheet import veilige_cel
from ..tabel import Celfout, Tabelrij, lees_datum, lees_tabel
from ..teksten import Taal
from . import export, opties
from .analyse import csv_rijen, met_school, schoolopties, standaardschool
from .invoer import VOORTGANG, Gebruiksfout, Rij, _eerste_teken, lees_json_stroom, lees_rijen, open_invoer
from .opslag import EinddataOpSchijf

CSV_KOP = ",".join(MELDINGVELDEN)
"""The documented CSV header (any order, any subset; ``,`` ``;`` or tab)."""

RAPPORTKOLOMMEN = ("rij", "regel", "sleutel", "status", "ernst", "code", "velden", "melding")
"""Columns of the CSV report and the table: one line per finding, one line for a row without any."""


_HULP = f"""\
input: CSV with a header row (separator ',', ';' or tab; UTF-8, or cp1252 with --encoding), a JSON
array, one JSON object, or JSON Lines; '-' reads stdin. CSV columns (any order, any subset; empty
cells are not given; dates also dd-mm-jjjj):
  {", ".join(MELDINGVELDEN)}
dagen: '2026-03-02=dag;2026-03-03=1,2,3' (whole day, or lesuren 1-12); vrijstellingen:
'2025-09-01/2026-07-31;2026-09-01/' (open end allowed). verzuimsoort: a verzuimloket code (V3, V4,
RMC, L, LRV, O) or a library verzuimsoort (zestien_uur, langdurig_relatief_verzuim, rmc,
luxe_verzuim, overig_verzuim).
--records: the pupils' attendance records, as 'verzuimregels analyseer' reads them (JSON, JSON Lines,
or CSV by its .csv name, with the school options); a melding finds its pupil by its 'leerling' key,
else its 'sleutel'. Meldingen due that the file lacks are reported per pupil after the rows.
exit codes: 0 no errors (warnings allowed); 1 findings at error level; 2 usage error.
See docs/valideren.md."""


def registreer(sub: Any) -> None:
    """Add the ``valideer`` command to the parser."""
    p = sub.add_parser(
        "valideer",
        help="check verzuimmeldingen before they go to DUO's verzuimloket",
        description=(
            "Check each verzuimmelding in FILE against the rules of the verzuimloket and the "
            "Leerplichtwet, and write a report with one entry per input row, in input order."
        ),
        epilog=_HULP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("bestand", metavar="FILE", help="CSV, JSON or JSON Lines file; '-' for stdin")
    opties.formaat(p, ("json", "tekst", "tabel", "csv"))
    p.add_argument(
        "--invoer",
        dest="invoerformaat",
        choices=("auto", "csv", "json"),
        default="auto",
        help="auto (default): JSON if the file starts with '[' or '{', else CSV",
    )
    opties.oude_naam(p, "--invoerformaat", "--invoer", dest="invoerformaat", choices=("auto", "csv", "json"))
    p.add_argument(
        "--peildatum",
        dest="peildatum",
        type=opties.datum,
        help="the day of submission: enables the checks on future dates and the 5-werkdagen deadline",
    )
    opties.oude_naam(p, "--vandaag", "--peildatum", dest="peildatum", type=opties.datum)
    p.add_argument(
        "--eerdere",
        metavar="FILE",
        help="meldingen already submitted (same formats), for the 7-day check on vervolgmeldingen",
    )
    p.add_argument(
        "--records",
        metavar="FILE",
        help="the pupils' attendance records (as 'analyseer' reads them): check each melding against them",
    )
    p.add_argument(
        "--records-formaat",
        choices=("auto", "json", "csv"),
        default="auto",
        help="auto (default): CSV if the name ends in .csv, else JSON / JSON Lines",
    )
    export.bronopties(p, "--records")
    opties.tabel(p)
    opties.volgorde(p)
    schoolopties(p)
    opties.taal(p)
    opties.verjaardag_29_februari(p)
    p.set_defaults(uitvoeren=_valideer)


def _is_json(bron: IO[bytes], invoerformaat: str) -> bool:
    if invoerformaat != "auto":
        return invoerformaat == "json"
    return _eerste_teken(bron, streng=False) in (b"[", b"{")


DATUMVELDEN = ("geboortedatum", "begindatum", "einddatum")
"""The date columns of a melding CSV, read as the one tabular reader reads dates (also dd-mm-jjjj)."""


def lees_meldingrijen(
    bron: IO[bytes], invoerformaat: str = "auto", args: argparse.Namespace | None = None
) -> Iterator[Rij]:
    """The rows of a melding file, streamed; raises a usage error for an unknown CSV column (named by
    its position). ``args``: ``--encoding`` and ``--scheidingsteken`` for CSV."""
    if _is_json(bron, invoerformaat):
        return lees_json_stroom(bron)[1]
    tabel = lees_tabel(
        bron,
        codering=getattr(args, "encoding", "utf-8"),
        scheidingsteken=opties.scheidingsteken(args),
        kolommen=MELDINGVELDEN,
    )
    return (_meldingrij(r) for r in tabel.rijen)


def _meldingrij(rij: Tabelrij) -> Rij:
    """A CSV row as a melding mapping: a Dutch date becomes a date; one that is no date is left as
    written, so the melding's own check reports the field."""
    if rij.cellen is None:
        return Rij(rij.positie, None, rij.fout, regel=rij.regel)
    cellen: dict[str, Any] = dict(rij.cellen)
    for veld in DATUMVELDEN:
        if veld in cellen:
            with contextlib.suppress(Celfout):
                cellen[veld] = lees_datum(cellen[veld])
    return Rij(rij.positie, cellen, regel=rij.regel)


def _eerdere(pad: str, invoerformaat: str, args: argparse.Namespace) -> Iterator[Any]:
    """The meldingen of the ``--eerdere`` file, streamed."""
    with open_invoer(pad) as bron:
        for rij in lees_meldingrijen(bron, invoerformaat, args):
            if rij.fout is not None:
                raise Gebruiksfout("eerdere_rij", positie=rij.positie)
            yield rij.waarde


def _leerlingen(args: argparse.Namespace) -> Iterator[Leerling]:
    """The pupils of the ``--records`` file; one that cannot be read or is invalid is a usage error."""
    school = standaardschool(args)
    is_csv = args.records_formaat == "csv" or (
        args.records_formaat == "auto" and args.records.lower().endswith(".csv")
    )
    with open_invoer(args.records) as bron:
        if args.bron != "eigen":
            if args.peildatum is None:
                raise Gebruiksfout("bron_zonder_peildatum", bron=args.bron)
            rijen = export.export_rijen(bron, args, school)
        else:
            rijen = csv_rijen(bron, args) if is_csv else lees_rijen(bron)[1]
        for rij in rijen:
            fout = rij.fout
            if fout is None:
                try:
                    if not isinstance(rij.waarde, dict):
                        raise Invoerfout.enkel("", "geen_object", "a pupil must be a JSON object")
                    yield lees_leerling(met_school(rij.waarde, school, args))
                    continue
                except Invoerfout as f:
                    fout = f
            problemen = Invoerfout(fout.fouten[:5], fout.context[:5])  # each field's rule, in --taal
            raise Gebruiksfout("records_leerling", positie=rij.positie, problemen=problemen)


def _registratie(args: argparse.Namespace) -> Registratie:
    """The pupils of ``--records`` as a stream into a :class:`Registratie` (bounded memory, issue 11);
    the caller closes it."""
    leerlingen = _leerlingen(args)
    try:
        return Registratie(leerlingen)
    except Invoerfout as fout:
        for _ in leerlingen:  # an unreadable pupil further on is reported first, as when all were read
            pass
        raise Gebruiksfout("records_ongeldig", reden=Invoerfout(fout.fouten[:1], fout.context[:1])) from None


def _valideer(args: argparse.Namespace) -> int:
    beleid = Beleid(verjaardag_29_februari=Verjaardag29Februari(args.verjaardag_29_februari))
    feiten = _registratie(args) if args.records else None
    einddata = EinddataOpSchijf()  # bounded memory for the 7-day check (issue 11)
    try:
        validator = Validator(
            peildatum=args.peildatum,
            taal=Taal(args.taal),
            beleid=beleid,
            eerdere=_eerdere(args.eerdere, args.invoerformaat, args) if args.eerdere else (),
            extra_controles=CONTROLES_FEITEN if feiten is not None else (),
            feiten=feiten,
            einddata=einddata,
        )
    except Invoerfout as fout:
        einddata.sluit()
        if feiten is not None:
            feiten.sluit()
        raise Gebruiksfout("eerdere_ongeldig", aantal=len(fout.fouten)) from None
    try:
        with open_invoer(args.bestand) as bron:
            rijen = lees_meldingrijen(bron, args.invoerformaat, args)
            rapporten = (validator.rij(r.waarde, r.positie, regel=r.regel, fout=r.fout) for r in rijen)
            schrijver = {
                "json": schrijf_json,
                "tekst": schrijf_tabel,
                "tabel": schrijf_tabel,
                "csv": schrijf_csv,
            }[args.formaat]
            fouten = schrijver(rapporten, sys.stdout, validator)
    finally:
        einddata.sluit()
        if feiten is not None:
            feiten.sluit()  # the temporary file of the pupils beyond the in-memory limit
    return 1 if fouten else 0


# --- Writing the report ----------------------------------------------------------------------------


def neutraliseer(cel: str) -> str:
    """A cell a spreadsheet neither runs as a formula nor splits into rows (see verzuimregels.spreadsheet)."""
    return veilige_cel(cel)


def _leesbaar(cel: str) -> str:
    """For the table: control characters (line breaks, terminal escapes) replaced by '?'."""
    return "".join(t if t.isprintable() else "?" for t in cel)


def _regels(rapport: Rijrapport | Leerlingrapport) -> Iterator[tuple[str, ...]]:
    if isinstance(rapport, Leerlingrapport):  # tied to no row: rij and regel empty, the pupil's key
        basis: tuple[str, ...] = ("", "", rapport.leerling or "")
    else:
        basis = (str(rapport.rij), "" if rapport.regel is None else str(rapport.regel), rapport.sleutel or "")
    if not rapport.bevindingen:
        yield (*basis, rapport.status.value, "", "", "", "")
    for b in rapport.bevindingen:
        yield (*basis, rapport.status.value, b.ernst.value, b.code, ",".join(b.velden), b.melding)


def schrijf_json(rapporten: Iterator[Rijrapport], uit: IO[str], validator: Validator) -> int:
    """``{"rijen": [...], "samenvatting": {...}}``, streamed; returns the number of rows with errors."""
    fouten = 0
    uit.write('{"rijen": [')
    for i, rapport in enumerate(rapporten):
        uit.write(",\n" if i else "\n")
        uit.write(rapport.model_dump_json())
        VOORTGANG.geschreven += 1
        fouten += rapport.status is Status.FOUT
    uit.write('\n], "leerlingen": [')
    for i, leerling in enumerate(validator.ontbrekend_stroom()):
        uit.write(",\n" if i else "\n")
        uit.write(leerling.model_dump_json())
        fouten += leerling.status is Status.FOUT
    samenvatting = json.loads(validator.samenvatting().model_dump_json())
    uit.write('\n], "samenvatting": ' + json.dumps(samenvatting, ensure_ascii=False) + "}\n")
    return fouten


def schrijf_csv(rapporten: Iterator[Rijrapport], uit: IO[str], validator: Validator) -> int:
    """One CSV line per finding (a row without findings gets one line); every cell neutralised."""
    fouten = 0
    schrijver = csv.writer(uit, lineterminator="\n")
    schrijver.writerow(RAPPORTKOLOMMEN)
    for rapport in _en_leerlingen(rapporten, validator):
        schrijver.writerows([neutraliseer(c) for c in regel] for regel in _regels(rapport))
        VOORTGANG.geschreven += 1
        fouten += rapport.status is Status.FOUT
    return fouten


def _en_leerlingen(
    rapporten: Iterator[Rijrapport], validator: Validator
) -> Iterator[Rijrapport | Leerlingrapport]:
    """The row reports, then (once the rows are done) the pupils' reports tied to no row."""
    yield from rapporten
    yield from validator.ontbrekend_stroom()


_BREEDTES = (6, 6, 16, 12, 12, 30, 34)
_TOTAAL = {
    Taal.NL: "{s.rijen} {rijen}: {s.goed} goed, {s.met_waarschuwing} met waarschuwing, "
    "{s.met_fout} met fout ({s.regelversie})",
    Taal.EN: "{s.rijen} {rijen}: {s.goed} clean, {s.met_waarschuwing} with warnings, "
    "{s.met_fout} with errors ({s.regelversie})",
}

_RIJEN = {Taal.NL: ("rij", "rijen"), Taal.EN: ("row", "rows")}
"""The summary's noun, singular for one row."""


_LEERLINGEN = {
    Taal.NL: "leerlingen met een ontbrekende melding: {s.leerlingen_met_fout} met fout, "
    "{s.leerlingen_met_waarschuwing} met waarschuwing",
    Taal.EN: "pupils with a missing melding: {s.leerlingen_met_fout} with errors, "
    "{s.leerlingen_met_waarschuwing} with warnings",
}


def schrijf_tabel(rapporten: Iterator[Rijrapport], uit: IO[str], validator: Validator) -> int:
    """A readable table for a person, streamed, then the totals; every cell neutralised."""
    fouten = 0
    kop = RAPPORTKOLOMMEN[:-1]
    uit.write("  ".join(k.ljust(b) for k, b in zip(kop, _BREEDTES, strict=True)) + "  melding\n")
    for rapport in _en_leerlingen(rapporten, validator):
        for regel in _regels(rapport):
            cellen = [_leesbaar(neutraliseer(c)) for c in regel]
            kort = [c if len(c) <= b else c[: b - 1] + "…" for c, b in zip(cellen, _BREEDTES, strict=False)]
            uit.write(
                "  ".join(c.ljust(b) for c, b in zip(kort, _BREEDTES, strict=False))
                + "  "
                + cellen[-1]
                + "\n"
            )
        VOORTGANG.geschreven += 1
        fouten += rapport.status is Status.FOUT
    s = validator.samenvatting()
    sjabloon = _TOTAAL[validator.context.taal]
    rijen = _RIJEN[validator.context.taal][s.rijen != 1]
    uit.write("\n" + sjabloon.format(s=s, rijen=rijen) + "\n")
    if s.leerlingen_met_fout or s.leerlingen_met_waarschuwing:
        uit.write(_LEERLINGEN[validator.context.taal].format(s=s) + "\n")
    return fouten
