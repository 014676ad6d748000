"""Commands ``beoordeel``, ``schema`` and ``boom``."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..beleid import Beleid, Verjaardag29Februari
from ..fouten import Invoerfout
from ..kalender import Regio, Schoolkalender
from ..keuzehulp import beoordeel
from ..keuzehulp.modellen import Oordeel
from ..keuzehulp.tekenen import dot, mermaid
from ..schema import SCHEMA_MODELLEN, alle_schemas, json_schema
from ..teksten import Taal
from . import opties
from .invoer import Gebruiksfout, Rij, Vorm, lees_rijen, open_invoer, schrijf, verwerk
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

    s = sub.add_parser("schema", help="print the JSON Schemas of the case, verdict and error row")
    s.add_argument("naam", nargs="?", choices=sorted(SCHEMA_MODELLEN), help="one schema only")
    s.set_defaults(uitvoeren=_schema)

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


def json_rijen(bron: IO[bytes], naam: str) -> tuple[Vorm, Iterator[Rij]]:
    """The rows of a JSON input, as :func:`~.invoer.lees_rijen` reads them; an input that is not JSON at
    all (a CSV file: its first two lines, or its first line and a ``.csv`` name) is a usage error, exit 2,
    not a batch of error rows."""
    vorm, rijen = lees_rijen(bron)
    if vorm is not Vorm.JSONL:
        return vorm, rijen
    eerste = next(rijen)
    if not _geen_json(eerste):
        return vorm, itertools.chain([eerste], rijen)
    tweede = next(rijen, None)
    if naam.lower().endswith((".csv", ".txt")) or tweede is None or _geen_json(tweede):
        raise Gebruiksfout(
            "the input is not JSON: expected one JSON object, a JSON array or JSON Lines "
            "(a CSV file? analyseer and valideer read CSV)"
        )
    return vorm, itertools.chain([eerste, tweede], rijen)


def _geen_json(rij: Rij) -> bool:
    return rij.fout is not None and any(f.regel == "geen_json" for f in rij.fout.fouten)


def _een(casus: Any, instellingen: dict[str, Any]) -> Oordeel:
    if not isinstance(casus, dict):
        raise Invoerfout.enkel("", "geen_object", "a case must be a JSON object")
    return beoordeel(casus, **instellingen)


def _schema(args: argparse.Namespace) -> int:
    schema = json_schema(args.naam) if args.naam else alle_schemas()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


def _boom(args: argparse.Namespace) -> int:
    instellingen = _opties(args)
    oordeel = None
    if args.casus:
        with open_invoer(args.casus) as bron:
            vorm, rijen = lees_rijen(bron)
            rij = next(rijen)
            if vorm is not Vorm.OBJECT:
                raise Gebruiksfout("--casus takes one case (a JSON object)")
            if rij.fout is not None:  # pragma: no cover - one object either parses or is a usage error
                raise Gebruiksfout(str(rij.fout))
            try:
                oordeel = _een(rij.waarde, instellingen)
            except Invoerfout as fout:
                raise Gebruiksfout(f"the case is not valid: {fout}") from None
    tekenaar = mermaid if args.formaat == "mermaid" else dot
    sys.stdout.write(tekenaar(oordeel, taal=instellingen["taal"]))
    return 0
