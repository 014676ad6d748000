"""Notice rules for vrijstellingen (Lpw art. 6 and 7).

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel6

    "1 De in artikel 2, eerste lid, bedoelde personen kunnen zich slechts beroepen op vrijstelling,
    indien zij aan het college van burgemeester en wethouders [...] hebben kennis gegeven [...]"
    "2 Deze kennisgeving moet worden ingediend: [...] b. zolang nadien aanspraak op vrijstelling wordt
    gemaakt, elk jaar opnieuw voor 1 juli."
    "3 Het tweede lid onder b is niet van toepassing, indien uit de in artikel 7 bedoelde verklaring
    blijkt, dat de jongere nooit geschikt zal zijn een school onderscheidenlijk een instelling te
    bezoeken."

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel7

    "Een beroep op vrijstelling op grond van artikel 5 onder a kan slechts worden gedaan, indien bij de
    kennisgeving een verklaring [...] is overgelegd [...]. Deze verklaring mag niet ouder zijn dan
    drie maanden."
"""

from __future__ import annotations

from datetime import date

from ..kalender import schooljaar_van
from .duur import DRIE_MAANDEN  # art. 7: "niet ouder [...] dan drie maanden"

ELF_A_UREN_PER_WEEK = 5
"""Art. 11a lid 1: "voor ten hoogste 5 uren per week vrijgesteld"; lid 2: the head may grant "tot ten
hoogste 5 uren per week" more."""

ELF_A_MAX_UREN_PER_WEEK = 2 * ELF_A_UREN_PER_WEEK
"""Art. 11a lid 1 and lid 2 together: at most 10 hours a week."""

ELF_A_LEEFTIJD = 6
"""Art. 11a lid 1: "de jongere die nog niet de leeftijd van zes jaar heeft bereikt"."""


def vernieuwingstermijn(schooljaar: int) -> tuple[date, date]:
    """Art. 6 lid 2 onder b: a notice for ``schooljaar`` is given from 1 July of the year before up to
    (not including) 1 July of the year the school year starts."""
    return date(schooljaar - 1, 7, 1), date(schooljaar, 7, 1)


def kennisgeving_dekt(kennisgeving: date, eerste: date, begin: date, dag: date, nooit_geschikt: bool) -> bool:
    """Whether a notice given on ``kennisgeving`` carries a vrijstelling beginning ``begin`` on ``dag``.

    ``eerste`` is the day of the first notice. The notice must precede the day. In the school year the
    vrijstelling begins, any notice counts; in later school years only a renewal ("zolang nadien
    [...] elk jaar opnieuw"), i.e. a notice after the first one, given in the year before 1 July
    preceding that school year (art. 6 lid 2 onder b), unless the art. 7 statement says the pupil will
    never be fit (lid 3).
    """
    if kennisgeving > dag:
        return False
    if nooit_geschikt:
        return True
    schooljaar = schooljaar_van(dag)
    if schooljaar_van(begin) >= schooljaar:
        return True
    van, tot = vernieuwingstermijn(schooljaar)
    return kennisgeving > eerste and van <= kennisgeving < tot


def verklaring_geldig(verklaring: date, kennisgeving: date) -> bool:
    """Art. 7: the statement is not older than three months at the notice (and not after it)."""
    return kennisgeving - DRIE_MAANDEN <= verklaring <= kennisgeving
