"""Options several commands share, defined once so their spelling, choices and help agree."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..beleid import Verjaardag29Februari
from ..teksten import Taal
from .gebruiksfouten import Optiefout, vorm


def taal(p: argparse.ArgumentParser, hulp: str = "nl (default) or en") -> None:
    """``--taal nl|en``: the language of texts for users (Dutch by default); ``hulp``: its help text,
    where a command's texts need saying which."""
    p.add_argument("--taal", choices=[t.value for t in Taal], default="nl", help=hulp)


def verjaardag_29_februari(p: argparse.ArgumentParser) -> None:
    """``--verjaardag-29-februari``: the policy for a birthday on 29 February in a common year."""
    p.add_argument(
        "--verjaardag-29-februari",
        choices=[v.value for v in Verjaardag29Februari],
        default=Verjaardag29Februari.EEN_MAART.value,
        help="policy: birthday of someone born on 29 February in a common year",
    )


def luxe_verzuim_18plus(p: argparse.ArgumentParser) -> None:
    """``--luxe-verzuim-18plus``: ``Beleid(luxe_verzuim_18plus=True)``, DUO's flowchart order."""
    p.add_argument(
        "--luxe-verzuim-18plus",
        action="store_true",
        help="policy: a holiday without verlof is luxe verzuim also at 18 or older (DUO's keuzehulp order; "
        "default: from 18 the Lpw no longer applies, art. 4b and 11, so it is overig verzuim)",
    )


_SCHEIDINGSTEKENS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t"}


def tabel(p: argparse.ArgumentParser) -> None:
    """``--encoding`` and ``--scheidingsteken``: how the one tabular reader reads a CSV file."""
    from ..tabel import CODERINGEN

    p.add_argument(
        "--encoding",
        choices=CODERINGEN,
        default="utf-8",
        help="encoding of every CSV the command reads: utf-8 (default, with or without byte-order mark) "
        "or cp1252 (Excel, Dutch locale)",
    )
    p.add_argument(
        "--scheidingsteken",
        choices=tuple(_SCHEIDINGSTEKENS),
        metavar="{',',';',tab}",
        help="CSV separator: ',', ';' or tab (default: the one the header line uses most)",
    )


def volgorde(p: argparse.ArgumentParser) -> None:
    """``--volgorde``: whether a records file or export must have each pupil's rows together."""
    from ..schoolsystemen.groeperen import VOLGORDES

    p.add_argument(
        "--volgorde",
        choices=VOLGORDES,
        default="gegroepeerd",
        help="records: gegroepeerd (default: each pupil's rows together, streamed; a pupil that comes "
        "back is an error row) or willekeurig (any order: put together in a temporary file first)",
    )


def scheidingsteken(args: argparse.Namespace | None) -> str | None:
    """The separator chosen with ``--scheidingsteken`` (``None``: detect it)."""
    gekozen: str | None = getattr(args, "scheidingsteken", None)
    return None if gekozen is None else _SCHEIDINGSTEKENS[gekozen]


def datum(tekst: str) -> date:
    """An option's date: ``jjjj-mm-dd``, ``dd-mm-jjjj`` or ``d-m-jjjj``, as the CSV reader reads dates (no
    timestamp, no week date, no basic format such as ``20260715``)."""
    from ..tabel import Celfout, lees_datum

    try:
        return lees_datum(tekst)
    except Celfout as fout:
        if fout.regel == "datum_bestaat_niet":
            raise Optiefout("datum_bestaat_niet") from None
        raise Optiefout("datum", vorm=vorm(tekst)) from None


def decimaal(tekst: str) -> Decimal:
    """An option's decimal number; a decimal comma (Dutch: ``6,5``) is read as a decimal point."""
    schoon = tekst.strip().replace(",", ".", 1) if tekst.count(",") == 1 and "." not in tekst else tekst
    try:
        getal = Decimal(schoon.strip())
    except (InvalidOperation, ValueError):
        raise Optiefout("getal", vorm=vorm(tekst)) from None
    if not getal.is_finite():
        raise Optiefout("getal", vorm=vorm(tekst))
    return getal


def geheel_getal(tekst: str) -> int:
    """An option's whole number."""
    try:
        return int(tekst.strip(), 10)
    except ValueError:
        raise Optiefout("geheel_getal", vorm=vorm(tekst)) from None


def positief_getal(tekst: str) -> int:
    """An option's whole number of at least 1 (a limit: 0 or less would refuse everything)."""
    getal = geheel_getal(tekst)
    if getal < 1:
        raise Optiefout("te_klein", min=1, vorm=vorm(tekst))
    return getal


def poort(tekst: str) -> int:
    """A TCP port: a whole number from 0 (any free port) to 65535."""
    try:
        getal = int(tekst.strip(), 10)
    except ValueError:
        getal = -1
    if not 0 <= getal <= 65535:
        raise Optiefout("poort", vorm=vorm(tekst))
    return getal


# --- Output format, shared names and the old names kept for one release ---------------------------------

FORMATEN_OORDEEL = ("json", "tekst")
"""``--formaat`` of the commands that write one verdict per row: JSON (default) or readable text."""


def formaat(
    p: argparse.ArgumentParser, keuzes: tuple[str, ...] = FORMATEN_OORDEEL, standaard: str = "json"
) -> None:
    """``--formaat``: the output format, one name on every command (``tekst``: readable, in ``--taal``)."""
    p.add_argument(
        "--formaat",
        choices=keuzes,
        default=standaard,
        help=f"output: {', '.join(keuzes)} (default {standaard}); tekst: readable, in the language of --taal",
    )


VEROUDERD_TOT = "0.3.0"
"""The release in which the old flag names (kept as aliases) go."""


class _Verouderd(argparse.Action):
    """An old flag name: stores into the new one's ``dest`` and records the use for a notice."""

    def __init__(self, option_strings: list[str], dest: str, nieuw: str = "", **kwargs: Any) -> None:
        self.nieuw = nieuw
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        optie: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, values)
        gebruikt: list[tuple[str, str]] = getattr(namespace, "_verouderd", [])
        namespace._verouderd = [*gebruikt, (optie or self.option_strings[0], self.nieuw)]


def oude_naam(p: argparse.ArgumentParser, oud: str, nieuw: str, dest: str, **kwargs: Any) -> None:
    """Accept ``oud`` as an alias of ``nieuw`` for one release; :func:`meld_verouderd` gives the notice."""
    p.add_argument(oud, dest=dest, action=_Verouderd, nieuw=nieuw, help=argparse.SUPPRESS, **kwargs)


def meld_verouderd(args: argparse.Namespace) -> None:
    """The notice on standard error for each old flag name used (in the language of ``--taal``)."""
    for oud, nieuw in getattr(args, "_verouderd", []):
        if getattr(args, "taal", "nl") == "en":
            tekst = f"{oud} is deprecated, use {nieuw} (the old name goes in {VEROUDERD_TOT})"
        else:
            tekst = f"{oud} is verouderd, gebruik {nieuw} (de oude naam vervalt in {VEROUDERD_TOT})"
        print(f"verzuimregels: {tekst}", file=sys.stderr)
