"""``analyseer FILE --bron SYSTEEM``: a school system's export in, and ``codetabel SYSTEEM`` to start a table.

The adapters live in :mod:`verzuimregels.schoolsystemen`; this module only wires them to the options.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..foutteksten import Tekst
from ..schoolsystemen import (
    SYSTEMEN,
    Verslag,
    laad_codetabel,
    lees_export,
    lees_leerlingen,
    standaardtabel_tekst,
)
from ..teksten import Taal
from . import opties
from .invoer import Gebruiksfout, Rij, open_invoer

BRONNEN = ("eigen", *SYSTEMEN)
"""``--bron``: the library's own format (default) or a school system's export."""


def bronopties(p: argparse.ArgumentParser, bestand: str = "FILE") -> None:
    """``--bron``, ``--leerlingen`` and ``--codetabel``, for ``analyseer`` and ``valideer --records``."""
    p.add_argument(
        "--bron",
        choices=BRONNEN,
        default="eigen",
        help=f"what {bestand} is: eigen (default: the library's JSON or records CSV), or the export of "
        "somtoday (absentiemeldingen, JSON), magister (absences, JSON), eduarte (CSV), edfi "
        "(StudentSchoolAttendanceEvent-shaped JSON)",
    )
    p.add_argument(
        "--leerlingen",
        metavar="FILE",
        help="with --bron: the pupils file (CSV or JSON: leerling, geboortedatum, school fields)",
    )
    p.add_argument(
        "--codetabel",
        metavar="FILE",
        help="with --bron: the school's code table (TOML); default: the library's table for the system "
        "(print it with 'verzuimregels codetabel SYSTEEM')",
    )


def export_rijen(bron: IO[bytes], args: argparse.Namespace, school: dict[str, Any] | None) -> Iterator[Rij]:
    """The pupils of the export in FILE, joined with ``--leerlingen``, as rows for ``analyseer``.

    After the last row, what was skipped by rule is written to stderr."""
    if not args.leerlingen:
        raise Gebruiksfout("bron_zonder_leerlingen", bron=args.bron)
    if args.schooljaar is not None:
        raise Gebruiksfout("bron_met_schooljaar")
    codering, teken = args.encoding, opties.scheidingsteken(args)
    with open_invoer(args.leerlingen) as f:
        leerlingen = lees_leerlingen(f, codering=codering, scheidingsteken=teken, standaardschool=school)
    with leerlingen:  # a large pupils file is on disk (Leerlingen): removed when the export is read
        tabel = laad_codetabel(args.codetabel, args.bron) if args.codetabel else None
        verslag = Verslag()
        rijen = lees_export(
            bron,
            args.bron,
            leerlingen,
            args.peildatum,
            codetabel=tabel,
            codering=codering,
            scheidingsteken=teken,
            verslag=verslag,
            volgorde=args.volgorde,
        )
        for rij in rijen:
            yield Rij(rij.positie, rij.waarde if rij.fout is None else {"sleutel": rij.sleutel}, rij.fout)
    if verslag.overgeslagen:
        delen = ", ".join(f"{code} ×{n}" for code, n in sorted(verslag.overgeslagen.items()))
        buiten = _BUITEN.in_taal(Taal(args.taal)) if "buiten_schooljaar" in verslag.overgeslagen else ""
        tekst = _OVERGESLAGEN.in_taal(Taal(args.taal)).format(delen=delen, buiten=buiten)
        print(f"verzuimregels: {tekst}", file=sys.stderr)


_OVERGESLAGEN = Tekst(
    "records overgeslagen: {delen} (codes die de codetabel overslaat: geen verzuim{buiten})",
    "records read past: {delen} (codes the code table skips (no absence){buiten})",
)
_BUITEN = Tekst(
    "; buiten_schooljaar: records buiten het schooljaar van --peildatum",
    "; buiten_schooljaar: records outside the school year of --peildatum",
)


def registreer(sub: Any) -> None:
    """Add the ``codetabel`` command."""
    p = sub.add_parser(
        "codetabel",
        help="print the default code table of a school system (TOML), to start your own from",
        description="Print the library's default code table for SYSTEEM: what each of the system's "
        "absence codes means in law (the library's reden), with its sources. Copy it, review it against "
        "your school's codes, and pass it to 'analyseer --bron SYSTEEM --codetabel FILE'.",
    )
    p.add_argument("systeem", choices=SYSTEMEN, metavar="SYSTEEM", help=", ".join(SYSTEMEN))
    p.set_defaults(uitvoeren=_codetabel)


def _codetabel(args: argparse.Namespace) -> int:
    sys.stdout.write(standaardtabel_tekst(args.systeem))
    return 0
