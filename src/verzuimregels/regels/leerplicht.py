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

from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ..beleid import Verjaardag29Februari
from ..kalender import Schoolkalender
from .leeftijd import verjaardag

LEERPLICHTIGE_LEEFTIJD = 5
"""Art. 3 lid 1: "de leeftijd van vijf jaar"."""


def eerste_dag_maand_na_vijfde_verjaardag(geboortedatum: date, regel: Verjaardag29Februari) -> date:
    """The first calendar day of the month following the month of the fifth birthday."""
    vijf = verjaardag(geboortedatum, LEERPLICHTIGE_LEEFTIJD, regel)
    return vijf.replace(day=1) + relativedelta(months=1)


def begin_leerplicht(geboortedatum: date, kalender: Schoolkalender, regel: Verjaardag29Februari) -> date:
    """Art. 3 lid 1: the first school day of the month following the month of the fifth birthday."""
    return eerste_schooldag_vanaf(eerste_dag_maand_na_vijfde_verjaardag(geboortedatum, regel), kalender)


@lru_cache(maxsize=4096)
def eerste_schooldag_vanaf(eerste_van_de_maand: date, kalender: Schoolkalender) -> date:
    """The first school day on or after the first of a month (one value per month and calendar)."""
    return kalender.eerste_lesdag_vanaf(eerste_van_de_maand)
