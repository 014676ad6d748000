"""When leerplicht starts (Leerplichtwet 1969, art. 3 lid 1).

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel3

    "1 De verplichting om te zorgen, dat een jongere als leerling van een school staat ingeschreven,
    begint op de eerste schooldag van de maand volgende op die waarin de jongere de leeftijd van vijf
    jaar bereikt, en eindigt: [...]"

Turning five on 12 March, or on 1 March, makes a pupil leerplichtig on the first school day of April:
the month *following* the month of the birthday. Which day is a school day depends on the school's
calendar; without one, the first weekday of that month that is not a public holiday is taken (a
policy default the verdict names).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from ..beleid import Verjaardag29Februari
from ..kalender import (
    GEEN_KALENDER,
    OnbekendeSchoolvakanties,
    Schoolkalender,
    einde_schooljaar,
    schooljaar_van,
)
from .leeftijd import verjaardag, verjaardag_maanddag_kolom

if TYPE_CHECKING:
    from .leeftijd import Kolom

LEERPLICHTIGE_LEEFTIJD = 5
"""Art. 3 lid 1: "de leeftijd van vijf jaar"."""

TWAALF_JAAR = 12
"""Art. 2 lid 3: "De jongere die de leeftijd van 12 jaren heeft bereikt" is himself bound too."""


def eerste_dag_maand_na_vijfde_verjaardag(geboortedatum: date, regel: Verjaardag29Februari) -> date:
    """The first calendar day of the month following the month of the fifth birthday."""
    vijf = verjaardag(geboortedatum, LEERPLICHTIGE_LEEFTIJD, regel)
    return date(vijf.year + vijf.month // 12, vijf.month % 12 + 1, 1)  # the first of the next month


def maand_na_vijfde_verjaardag_kolom(
    geboortejaar: Kolom, geboorte_maanddag: Kolom, regel: Verjaardag29Februari
) -> Kolom:
    """Column form of :func:`eerste_dag_maand_na_vijfde_verjaardag`, as a month index
    (``year * 12 + month - 1``) of the month following the month of the fifth birthday."""
    jaar = geboortejaar + LEERPLICHTIGE_LEEFTIJD
    maand = verjaardag_maanddag_kolom(geboorte_maanddag, jaar, regel) // 100
    index: Kolom = jaar * 12 + maand  # (month - 1) + 1: the month after
    return index


def begin_leerplicht(geboortedatum: date, kalender: Schoolkalender, regel: Verjaardag29Februari) -> date:
    """Art. 3 lid 1: the first school day of the month following the month of the fifth birthday."""
    return eerste_schooldag_vanaf(eerste_dag_maand_na_vijfde_verjaardag(geboortedatum, regel), kalender)


@lru_cache(maxsize=4096)
def eerste_schooldag_vanaf(eerste_van_de_maand: date, kalender: Schoolkalender) -> date:
    """The first school day on or after the first of a month (one value per month and calendar).

    Raises :class:`~verzuimregels.kalender.OnbekendeSchoolvakanties` when the holidays of that month
    are not known for the calendar's region.
    """
    return kalender.eerste_lesdag_vanaf(eerste_van_de_maand)


ZEKER_NA = timedelta(days=92)
"""No school holiday lasts three months: from the first of the month on which leerplicht begins, the
first school day lies within 92 days, whatever the calendar."""


def begin_leerplicht_voor(
    geboortedatum: date, dagen: Iterable[date], kalender: Schoolkalender, regel: Verjaardag29Februari
) -> tuple[date, bool]:
    """The start of leerplicht (:func:`begin_leerplicht`) as far as it matters for ``dagen``, and
    whether it is exact.

    When the school holidays of the month are not known (:class:`OnbekendeSchoolvakanties`) but every
    one of ``dagen`` lies before the first of that month or more than 92 days after it, whether a day
    is on or after the start does not depend on them: the start is then taken as without a school calendar
    (the first weekday of the month that is no public holiday; never later than the real start) and
    ``False`` says so. Otherwise the error stands: which day is the first school day is unknown
    (say a birth in 2008, leerplicht from August 2013, the year before the ``holidays`` package's data).
    """
    try:
        return begin_leerplicht(geboortedatum, kalender, regel), True
    except OnbekendeSchoolvakanties:
        eerste = eerste_dag_maand_na_vijfde_verjaardag(geboortedatum, regel)
        if any(eerste <= dag < eerste + ZEKER_NA for dag in dagen):
            raise
        return eerste_schooldag_vanaf(eerste, GEEN_KALENDER), False


# --- End of leerplicht (art. 3 lid 1 onder a en b, lid 2) -------------------------------------------

ZESTIEN_JAAR = 16
"""Art. 3 lid 1 onder b: "de leeftijd van zestien jaar"."""

TWAALF_SCHOOLJAREN = 12
"""Art. 3 lid 1 onder a: "ten minste twaalf volledige schooljaren"."""

ACHT_SCHOOLJAREN = 8
"""Art. 3 lid 2: "in minder dan acht schooljaren [...] geacht reeds acht schooljaren"."""


def einde_leerplicht_zestien(geboortedatum: date, regel: Verjaardag29Februari) -> date:
    """Art. 3 lid 1 onder b: the last day of the school year in which the pupil turns sixteen.

    https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel3

        "b. aan het einde van het schooljaar waarin de jongere de leeftijd van zestien jaar heeft
        bereikt."

    The school year runs from 1 August to 31 July (:mod:`verzuimregels.kalender`).
    """
    zestien = verjaardag(geboortedatum, ZESTIEN_JAAR, regel)
    return einde_schooljaar(schooljaar_van(zestien))


def twaalfde_schooljaar(
    eerste_volledige_schooljaar: int, basisschool_afgerond: int | None, basisschooljaren: int | None
) -> int:
    """Art. 3 lid 1 onder a with lid 2: the school year after which twelve full years are reached.

    https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel3

        "a. aan het einde van het schooljaar na afloop waarvan de jongere ten minste twaalf volledige
        schooljaren een of meer scholen heeft bezocht;"

        "2 Een jongere die een basisschool in minder dan acht schooljaren heeft doorlopen, wordt voor
        de toepassing van het eerste lid onder a geacht reeds acht schooljaren een school te hebben
        bezocht."

    School years are named by the year they start. ``eerste_volledige_schooljaar`` is the first full
    school year the pupil attended a school; every following school year counts (uninterrupted
    attendance). When the pupil finished basisschool at the end of ``basisschool_afgerond`` after
    ``basisschooljaren`` (< 8) school years, the count at that moment is eight (lid 2), so the twelfth
    year ends four school years later.
    """
    twaalfde = eerste_volledige_schooljaar + TWAALF_SCHOOLJAREN - 1
    if (
        basisschool_afgerond is not None
        and basisschooljaren is not None
        and basisschooljaren < ACHT_SCHOOLJAREN
    ):
        bezocht = basisschool_afgerond - eerste_volledige_schooljaar + 1
        if bezocht < ACHT_SCHOOLJAREN:
            twaalfde = basisschool_afgerond + TWAALF_SCHOOLJAREN - ACHT_SCHOOLJAREN
    return twaalfde
