"""DUO's Keuzehulp verzuimsoorten: the tree, its evaluator, and the case/verdict contract."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .. import klok
from ..beleid import STANDAARDBELEID, Beleid
from ..fouten import bewaakt
from ..kalender import Schoolkalender
from ..teksten import Taal
from .boom import (
    BOOM,
    BOOM_STROOMSCHEMA,
    Knoop,
    Pad,
    Uitkomst,
    Voorwaarde,
    Vraag,
    boom_voor,
    paden,
    uitkomsten,
)
from .evaluator import evalueer, lees_casus, volg_pad
from .modellen import Casus, GelezenFeit, Herkomst, Meldplicht, Oordeel, Stap, Verzuimsoort

__all__ = [
    "BOOM",
    "BOOM_STROOMSCHEMA",
    "Casus",
    "GelezenFeit",
    "Herkomst",
    "Knoop",
    "Meldplicht",
    "Oordeel",
    "Pad",
    "Stap",
    "Uitkomst",
    "Verzuimsoort",
    "Voorwaarde",
    "Vraag",
    "beoordeel",
    "boom_voor",
    "paden",
    "uitkomsten",
    "volg_pad",
]


@bewaakt
def beoordeel(
    casus: Casus | Mapping[str, Any],
    *,
    taal: Taal | str = Taal.NL,
    beleid: Beleid = STANDAARDBELEID,
    kalender: Schoolkalender | None = None,
    vandaag: date | None = None,
    met_geboortedatum: bool = False,
) -> Oordeel:
    """Judge one case: which verzuimmelding does the law require, and why?

    ``casus`` is a :class:`Casus` or a mapping with its JSON keys. ``taal`` chooses Dutch (``"nl"``,
    default) or English (``"en"``) for the question texts, the toelichting and the policy notes.
    ``kalender`` is the school's calendar, used for the start of leerplicht (art. 3 lid 1); without
    one, the first weekday of the month that is not a public holiday counts as its first school day.

    A case without a peildatum is judged on ``vandaag`` (default: today's date in Europe/Amsterdam,
    :func:`verzuimregels.klok.vandaag`), and the verdict lists that as a policy note: the result then
    depends on the day it was made.

    The birth date is personal data (AVG): the verdict's ``pad`` shows the facts derived from it
    (the age on the first verzuimdag, the start of leerplicht) but not the date itself, unless
    ``met_geboortedatum=True`` asks for the caller's own data back.

    Raises :class:`~verzuimregels.fouten.Invoerfout` (a ``ValueError``) naming the field for any bad
    input, including a fact the tree needs and the case lacks.

    >>> beoordeel({"leeftijd_eerste_verzuimdag": 15, "ziek": False,
    ...            "vakantie_zonder_verlof": False, "ongeoorloofde_uren_4_lesweken": 20,
    ...            "peildatum": "2026-09-01"}).verzuimsoort
    <Verzuimsoort.ZESTIEN_UUR: 'zestien_uur'>
    """
    gelezen = lees_casus(casus)
    extra: tuple[str, ...] = ()
    peildatum = gelezen.peildatum
    if peildatum is None:
        peildatum = vandaag or klok.vandaag()
        extra = ("peildatum_vandaag",)
    return evalueer(
        gelezen,
        peildatum=peildatum,
        taal=taal if type(taal) is Taal else Taal(taal),
        beleid=beleid,
        kalender=kalender,
        extra_beleid=extra,
        met_geboortedatum=met_geboortedatum,
    )
