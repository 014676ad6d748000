"""Age in whole years on a given day, and birthdays, with the 29 February rule.

The keuzehulp asks the pupil's age "op de eerste verzuimdag" (DUO, Keuzehulp verzuimsoorten, Q3), and
the Leerplichtwet ties leerplicht to the day the pupil "de leeftijd van vijf jaar bereikt" (art. 3
lid 1). Neither says when someone born on 29 February has a birthday in a common year. The library's
default is 1 March (keuzehulp.md §5), switchable to 28 February with
:class:`~verzuimregels.beleid.Beleid`.

On the birthday itself the pupil has the new age ("18 jaar of ouder", keuzehulp.md §5).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ..beleid import Verjaardag29Februari


def is_schrikkeldag(dag: date) -> bool:
    """Whether ``dag`` is 29 February."""
    return dag.month == 2 and dag.day == 29


@lru_cache(maxsize=65_536)
def verjaardag(geboortedatum: date, leeftijd: int, regel: Verjaardag29Februari) -> date:
    """The day on which someone born on ``geboortedatum`` reaches ``leeftijd``.

    >>> verjaardag(date(2008, 2, 29), 18, Verjaardag29Februari.EEN_MAART)
    datetime.date(2026, 3, 1)
    """
    if not is_schrikkeldag(geboortedatum):
        return geboortedatum.replace(year=geboortedatum.year + leeftijd)  # = relativedelta, faster
    dag = geboortedatum + relativedelta(years=leeftijd)  # 29 Feb -> 28 Feb in a common year
    if dag.day == 28 and regel is Verjaardag29Februari.EEN_MAART:
        return dag + relativedelta(days=1)
    return dag


def leeftijd_op(geboortedatum: date, dag: date, regel: Verjaardag29Februari) -> int:
    """Age in whole years on ``dag`` (``dag`` not before ``geboortedatum``).

    The pupil has an age from its birthday on: the age is the number of birthdays (under ``regel``)
    that fell on or before ``dag``.
    """
    jaren = dag.year - geboortedatum.year
    if dag < verjaardag(geboortedatum, jaren, regel):
        jaren -= 1
    return jaren
