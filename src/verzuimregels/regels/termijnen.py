"""Terms in days set by the Leerplichtwet, counted as the Algemene termijnenwet (Atw) counts them.

Every term the Lpw sets in days is "een in een wet gestelde termijn", so the Atw (BWBR0002448)
applies to it. https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel1:

    "1 Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende feestdag
    eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of algemeen
    erkende feestdag is.
    2 Het vorige lid geldt niet voor termijnen, bepaald door terugrekening vanaf een tijdstip of een
    gebeurtenis."

https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel2:

    "Een in een wet gestelde termijn van ten minste drie dagen wordt, zo nodig, zoveel verlengd, dat
    daarin ten minste twee dagen voorkomen die niet een zaterdag, zondag of algemeen erkende feestdag
    zijn."

https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel4: "Deze wet geldt niet voor termijnen: a.
omschreven in uren, in meer dan 90 dagen, in meer dan twaalf weken, in meer dan drie maanden, of in een
of meer jaren; [...]". The algemeen erkende feestdagen (art. 3) are
:func:`verzuimregels.kalender.is_algemeen_erkende_feestdag`.

The terms in days the library counts, and how:

* Lpw art. 12 (notice of illness "binnen twee dagen na het ontstaan van de verhindering") and art. 14
  lid 2 (reasons for verlof not asked beforehand, "binnen twee dagen na het ontstaan van de
  verhindering"): forward terms, :func:`einde_termijn` (Atw art. 1 lid 1).
* Lpw art. 13 (religious obligations notified "uiterlijk twee dagen vóór de verhindering") and art. 7
  (the statement "niet ouder [...] dan drie maanden" at the notice): counted backwards from an event,
  :func:`begin_terugrekening`, never extended (Atw art. 1 lid 2).
* Not terms of a law, so outside the Atw: the 16 hours and the four lesweken of art. 21a (periods in
  which verzuim is counted, and a term "in uren" is excluded by art. 4 onder a anyway), DUO's 28 days
  and 7 days, and the Inspectie's 5 werkdagen (already counted in werkdagen).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..kalender import is_werkdag

_DAG = timedelta(days=1)

TWEE_DAGEN = 2
"""Lpw art. 12, 13 and 14 lid 2: "twee dagen"."""


def einde_termijn(begin: date, dagen: int) -> date:
    """The last day of a forward term of ``dagen`` days that starts to run on ``begin``.

    A term "binnen twee dagen na" an event on ``begin`` ends on ``begin + 2``. Atw art. 1 lid 1: when
    that day is a Saturday, Sunday or algemeen erkende feestdag, the term runs on to the next day that
    is none of those. Atw art. 2: a term of three days or more holds at least two such days (it is
    extended until it does). Ill on a Thursday: the two days end on Saturday, so the term runs until
    Monday; ill on a Tuesday: it ends on Thursday.
    """
    einde = begin + timedelta(days=dagen)
    if dagen >= 3:  # Atw art. 2
        gewoon = sum(1 for i in range(1, dagen + 1) if is_werkdag(begin + timedelta(days=i)))
        while gewoon < 2:
            einde += _DAG
            gewoon += is_werkdag(einde)
    while not is_werkdag(einde):  # Atw art. 1 lid 1
        einde += _DAG
    return einde


def begin_terugrekening(tijdstip: date, dagen: int) -> date:
    """The last day on which something due ``dagen`` days before ``tijdstip`` can be done.

    A term counted backwards from an event (Lpw art. 13: "uiterlijk twee dagen vóór de verhindering")
    is never extended (Atw art. 1 lid 2): for a religious holiday on a Monday the notice is due on the
    Saturday before; a notice on the Sunday is late.
    """
    return tijdstip - timedelta(days=dagen)
