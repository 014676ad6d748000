"""Commands ``beoordeel`` and ``boom``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..beleid import Beleid, Verjaardag29Februari
from ..fouten import Invoerfout
from ..kalender import Regio, Schoolkalender
from ..keuzehulp import beoordeel
from ..keuzehulp.modellen import Oordeel
from ..teksten import Taal
from . import opties
from .invoer import Gebruiksfout, Vorm, json_rijen, lees_rijen, open_invoer, schrijf, verwerk
from .tekst import schrijf_tekst


def registreer(sub: Any) -> None:
    """Add the keuzehulp commands to the parser."""
    p = sub.add_parser(
        "beoordeel",
        help="judge cases of absence: which verzuimmelding is due, and why",
        description=(
            "Read one case (a JSON object), a JSON array of cases, or JSON Lines from FILE ('-' for "
            "stdin) and write the verdicts as JSON in input order. Exit 0: all judged; 1: some rows "
            "invalid (error rows in place); 2: usage error."
        ),
    )
    p.add_argument("bestand", metavar="FILE", help="JSON or JSON Lines file, '-' for stdin")
    _gemeenschappelijk(p)
    opties.formaat(p)
    p.set_defaults(uitvoeren=_beoordeel)

    b = sub.add_parser("boom", help="print the keuzehulp tree as Mermaid or Graphviz DOT")
    b.add_argument("--formaat", choices=("mermaid", "dot"), default="mermaid")
    b.add_argument(
        "--casus",
        metavar="FILE",
        help="highlight the path of the verdict on this case (one object)",
    )
    _gemeenschappelijk(b)
    b.set_defaults(uitvoeren=_boom)


def _gemeenschappelijk(p: argparse.ArgumentParser) -> None:
    opties.taal(p)
    p.add_argument(
        "--regio",
        choices=[r.value for r in Regio],
        help="school-holiday region (start of leerplicht)",
    )
    p.add_argument(
        "--vakantiedagen-meetellen",
        action="store_true",
        help="policy: days in a school holiday count towards the 28 days",
    )
    opties.verjaardag_29_februari(p)
    opties.luxe_verzuim_18plus(p)
    p.add_argument(
        "--peildatum",
        dest="vandaag",
        type=opties.datum,
        help="the date judged on for cases without their own peildatum (default: today)",
    )
    opties.oude_naam(p, "--vandaag", "--peildatum", dest="vandaag", type=opties.datum)


def _opties(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "taal": Taal(args.taal),
        "beleid": Beleid(
            vakantiedagen_meetellen=args.vakantiedagen_meetellen,
            verjaardag_29_februari=Verjaardag29Februari(args.verjaardag_29_februari),
            luxe_verzuim_18plus=args.luxe_verzuim_18plus,
        ),
        "kalender": Schoolkalender(regio=Regio(args.regio)) if args.regio else None,
        "vandaag": args.vandaag,
    }


def _beoordeel(args: argparse.Namespace) -> int:
    instellingen = _opties(args)
    fouten = [0]
    with open_invoer(args.bestand) as bron:
        vorm, rijen = json_rijen(bron, args.bestand)
        resultaten = verwerk(rijen, lambda casus: _een(casus, instellingen), fouten)
        if args.formaat == "tekst":
            schrijf_tekst(vorm, resultaten, sys.stdout, Taal(args.taal))
        else:
            schrijf(vorm, resultaten, sys.stdout)
    return 1 if fouten[0] else 0


def _een(casus: Any, instellingen: dict[str, Any]) -> Oordeel:
    if not isinstance(casus, dict):
        raise Invoerfout.enkel("", "geen_object", "a case must be a JSON object")
    return beoordeel(casus, **instellingen)


def _boom(args: argparse.Namespace) -> int:
    from ..keuzehulp.tekenen import dot, mermaid

    instellingen = _opties(args)
    oordeel = None
    if args.casus:
        with open_invoer(args.casus) as bron:
            vorm, rijen = lees_rijen(bron)
            rij = next(rijen)
            if vorm is not Vorm.OBJECT:
                raise Gebruiksfout("casus_een_object")
            if rij.fout is not None:  # pragma: no cover - one object either parses or is a usage error
                raise Gebruiksfout("casus_ongeldig", reden=rij.fout)
            try:
                oordeel = _een(rij.waarde, instellingen)
            except Invoerfout as fout:
                raise Gebruiksfout("casus_ongeldig", reden=fout) from None
    tekenaar = mermaid if args.formaat == "mermaid" else dot
    sys.stdout.write(tekenaar(oordeel, taal=instellingen["taal"]))
    return 0
