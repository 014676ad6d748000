"""Commands ``status`` (a pupil on a date) and ``verlof`` (judge a verlof request)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..beleid import Beleid, Verjaardag29Februari, Verlofdagen
from ..fouten import Invoerfout
from ..kalender import Regio, Schoolkalender
from ..status import Statusoordeel, bepaal_status
from ..teksten import Taal
from ..verlof import Verlofoordeel, beoordeel_verlof
from . import opties
from .invoer import json_rijen, open_invoer, schrijf, verwerk
from .tekst import schrijf_tekst


def registreer(sub: Any) -> None:
    """Add the status and verlof commands to the parser."""
    s = sub.add_parser(
        "status",
        help=(
            "is a pupil leerplichtig, kwalificatieplichtig, in the RMC (Doorstroompunt) age group, or "
            "none, on a date"
        ),
        description=(
            "Read one question (a JSON object with geboortedatum and peildatum), a JSON array, or JSON "
            "Lines from FILE ('-' for stdin) and write the verdicts as JSON in input order. Exit 0: all "
            "judged; 1: some rows invalid (error rows in place); 2: usage error."
        ),
    )
    s.add_argument("bestand", metavar="FILE", help="JSON or JSON Lines file, '-' for stdin")
    _gemeenschappelijk(s)
    opties.verjaardag_29_februari(s)
    s.set_defaults(uitvoeren=_status)

    v = sub.add_parser(
        "verlof",
        help="judge a verlof request (Lpw art. 13a, 14): who decides, which days",
        description=(
            "Read one request (a JSON object), a JSON array, or JSON Lines from FILE ('-' for stdin) and "
            "write the verdicts as JSON in input order. Exit 0: all judged; 1: some rows invalid (error "
            "rows in place); 2: usage error."
        ),
    )
    v.add_argument("bestand", metavar="FILE", help="JSON or JSON Lines file, '-' for stdin")
    _gemeenschappelijk(v)
    v.add_argument(
        "--verlofdagen",
        choices=[t.value for t in Verlofdagen],
        default=Verlofdagen.LESDAGEN.value,
        help="policy: count the 'tien dagen' as lesdagen (default) or calendar days",
    )
    v.set_defaults(uitvoeren=_verlof)


def _gemeenschappelijk(p: argparse.ArgumentParser) -> None:
    opties.taal(p)
    opties.formaat(p)
    p.add_argument("--regio", choices=[r.value for r in Regio], help="school-holiday region of the school")


def _kalender(args: argparse.Namespace) -> Schoolkalender | None:
    return Schoolkalender(regio=Regio(args.regio)) if args.regio else None


def _voer_uit(args: argparse.Namespace, functie: Any) -> int:
    fouten = [0]
    with open_invoer(args.bestand) as bron:
        vorm, rijen = json_rijen(bron, args.bestand)
        resultaten = verwerk(rijen, functie, fouten)
        if args.formaat == "tekst":
            schrijf_tekst(vorm, resultaten, sys.stdout, Taal(args.taal))
        else:
            schrijf(vorm, resultaten, sys.stdout)
    return 1 if fouten[0] else 0


def _object(rij: Any) -> dict[str, Any]:
    if not isinstance(rij, dict):
        raise Invoerfout.enkel("", "geen_object", "a row must be a JSON object")
    return rij


def _status(args: argparse.Namespace) -> int:
    beleid = Beleid(verjaardag_29_februari=Verjaardag29Februari(args.verjaardag_29_februari))
    kalender, taal = _kalender(args), Taal(args.taal)

    def een(rij: Any) -> Statusoordeel:
        return bepaal_status(_object(rij), taal=taal, beleid=beleid, kalender=kalender)

    return _voer_uit(args, een)


def _verlof(args: argparse.Namespace) -> int:
    beleid = Beleid(verlofdagen=Verlofdagen(args.verlofdagen))
    kalender, taal = _kalender(args), Taal(args.taal)

    def een(rij: Any) -> Verlofoordeel:
        return beoordeel_verlof(_object(rij), taal=taal, beleid=beleid, kalender=kalender)

    return _voer_uit(args, een)
