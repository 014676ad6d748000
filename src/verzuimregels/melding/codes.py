"""The verzuimloket's verzuimsoort codes and the library's :class:`Verzuimsoort`, as data.

The crosswalk lives in ``verzuimloketcodes.toml`` next to this module (shipped in the package): each
code of DUO's verzuim interface (``V3``, ``V4``, ``RMC``, ``L``, ``LRV``, ``O``; historic ``V1``,
``V2``) with its meaning, the library's verzuimsoort, the age it is tied to, and its source. DUO has
not published a current interface specification (docs/valideren.md), so the table is
data a maintainer corrects in one place.

An export from a school system can use either vocabulary: :func:`lees_verzuimsoort` accepts a
loket code (``"V3"``, case-insensitive) or a library value (``"zestien_uur"``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from ..keuzehulp.modellen import Verzuimsoort
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR


class Leeftijdsgroep(StrEnum):
    """The age on the first verzuimdag a loket code is tied to."""

    ONDER_18 = "onder_18"
    ACHTTIEN_PLUS = "18_plus"


@dataclass(frozen=True, slots=True)
class Loketcode:
    """One verzuimsoort code of the verzuimloket."""

    code: str
    omschrijving: str
    verzuimsoort: Verzuimsoort
    leeftijd: Leeftijdsgroep | None
    verouderd: bool
    bron: str


@dataclass(frozen=True, slots=True)
class GelezenSoort:
    """A verzuimsoort as read from input: the library's soort, and the loket code if one was given."""

    verzuimsoort: Verzuimsoort
    loketcode: Loketcode | None


MELDBARE_SOORTEN: frozenset[Verzuimsoort] = frozenset(
    {
        Verzuimsoort.ZESTIEN_UUR,
        Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM,
        Verzuimsoort.RMC,
        Verzuimsoort.LUXE_VERZUIM,
        Verzuimsoort.OVERIG_VERZUIM,
    }
)
"""The soorten a school can report; ``geen_melding`` and ``ziekteverzuim`` are never reported."""


def _loketcode(code: str, gegevens: dict[str, Any]) -> Loketcode:
    leeftijd = gegevens.get("leeftijd")
    return Loketcode(
        code=code,
        omschrijving=gegevens["omschrijving"],
        verzuimsoort=Verzuimsoort(gegevens["verzuimsoort"]),
        leeftijd=Leeftijdsgroep(leeftijd) if leeftijd is not None else None,
        verouderd=bool(gegevens.get("verouderd", False)),
        bron=gegevens["bron"],
    )


@cache
def loketcodes() -> dict[str, Loketcode]:
    """Every known loket code, by code (upper case), read once from the shipped TOML file."""
    tekst = resources.files(__package__).joinpath("verzuimloketcodes.toml").read_text("utf-8")
    tabel = tomllib.loads(tekst)["codes"]
    return {code: _loketcode(code, gegevens) for code, gegevens in tabel.items()}


def lees_verzuimsoort(waarde: str) -> GelezenSoort | None:
    """A loket code (``V3``, ``lrv``) or a library value (``zestien_uur``); ``None`` if unknown
    (also for anything that is not text)."""
    if not isinstance(waarde, str):
        return None
    schoon = waarde.strip()
    code = loketcodes().get(schoon.upper())
    if code is not None:
        return GelezenSoort(code.verzuimsoort, code)
    try:
        return GelezenSoort(Verzuimsoort(schoon.lower()), None)
    except ValueError:
        return None


def loketcode_voor(soort: Verzuimsoort, leeftijd: int | None = None) -> tuple[Loketcode, ...]:
    """The current (not historic) loket codes for a library soort; narrowed by age when it is known.

    ``zestien_uur`` is ``V3`` under 18 and ``V4`` from 18; without an age both are returned.
    """
    groep = None
    if leeftijd is not None:
        groep = Leeftijdsgroep.ACHTTIEN_PLUS if leeftijd >= ACHTTIEN_JAAR else Leeftijdsgroep.ONDER_18
    return tuple(
        c
        for c in loketcodes().values()
        if c.verzuimsoort is soort and not c.verouderd and (groep is None or c.leeftijd in (None, groep))
    )
