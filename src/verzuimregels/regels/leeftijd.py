"""Age in whole years on a given day, and birthdays, with the 29 February rule.

The keuzehulp asks the pupil's age "op de eerste verzuimdag" (DUO, Keuzehulp verzuimsoorten, Q3), and
the Leerplichtwet ties leerplicht to the day the pupil "de leeftijd van vijf jaar bereikt" (art. 3
lid 1). Neither says when someone born on 29 February has a birthday in a common year. The library's
default is 1 March (docs/beleidskeuzes.md), switchable to 28 February with
:class:`~verzuimregels.beleid.Beleid`.

On the birthday itself the pupil has the new age ("18 jaar of ouder", docs/beleidskeuzes.md).

Each fact has a scalar form (one date) and, beside it, a column form over numpy arrays (one value per
row, for the column-wise keuzehulp). The column form takes dates as a year and a month-day
(``month * 100 + day``) and is derived from the scalar one, never re-typed: the month-day a 29 February
birthday moves to is computed by :func:`verjaardag` itself. ``tests/test_afgeleide_feiten.py`` checks the
two forms against each other at the boundaries.
"""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta

from ..beleid import Verjaardag29Februari

if TYPE_CHECKING:
    import numpy.typing as npt

    Kolom = npt.NDArray[Any]


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
    if geboortedatum.month == 2 and geboortedatum.day == 29:  # is_schrikkeldag, without the call
        if dag < verjaardag(geboortedatum, jaren, regel):
            jaren -= 1
    elif (dag.month, dag.day) < (geboortedatum.month, geboortedatum.day):
        jaren -= 1  # dag < verjaardag(...): the birthday is the same month and day in dag's year
    return jaren


# --- column forms (numpy arrays; numpy is imported when first used) ---------------------------------


def maanddag(dag: date) -> int:
    """``month * 100 + day``, the form in which the column functions compare days within a year."""
    return dag.month * 100 + dag.day


SCHRIKKELDAG = maanddag(date(2000, 2, 29))
"""29 February as a month-day (229)."""


@cache
def verjaardag_schrikkeldag(regel: Verjaardag29Februari) -> int:
    """The month-day on which someone born on 29 February has a birthday in a common year, under
    ``regel``: taken from :func:`verjaardag` (301 for 1 March, 228 for 28 February)."""
    return maanddag(verjaardag(date(2000, 2, 29), 1, regel))


def is_schrikkeljaar_kolom(jaar: Kolom) -> Kolom:
    """Column form of the Gregorian leap-year rule (:func:`calendar.isleap`)."""
    schrikkel: Kolom = (jaar % 4 == 0) & ((jaar % 100 != 0) | (jaar % 400 == 0))
    return schrikkel


def verjaardag_maanddag_kolom(geboorte_maanddag: Kolom, jaar: Kolom, regel: Verjaardag29Februari) -> Kolom:
    """Column form of :func:`verjaardag`: the month-day of the birthday in ``jaar``."""
    import numpy as np

    uit: Kolom = np.array(geboorte_maanddag, copy=True)
    schrikkel = np.flatnonzero(uit == SCHRIKKELDAG)  # one birth in 1,461: the leap-year rule only there
    uit[schrikkel[~is_schrikkeljaar_kolom(jaar[schrikkel])]] = verjaardag_schrikkeldag(regel)
    return uit


def leeftijd_op_kolom(
    geboortejaar: Kolom, geboorte_maanddag: Kolom, jaar: Kolom, maanddag_: Kolom, regel: Verjaardag29Februari
) -> Kolom:
    """Column form of :func:`leeftijd_op`: the age on the day (``jaar``, ``maanddag_``) of each row."""
    leeftijd: Kolom = (
        jaar - geboortejaar - (maanddag_ < verjaardag_maanddag_kolom(geboorte_maanddag, jaar, regel))
    )
    return leeftijd
