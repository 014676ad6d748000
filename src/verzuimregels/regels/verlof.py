"""Verlof: vakantieverlof (Lpw art. 13a) and verlof for gewichtige omstandigheden (art. 14).

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13a, lid 2:

    "Verlof als bedoeld in het eerste lid kan door het hoofd slechts eenmaal voor ten hoogste tien
    dagen per schooljaar worden verleend en kan geen betrekking hebben op de eerste twee lesweken van
    het schooljaar. Het verlof, bedoeld in de eerste volzin, kan aan de jongere die kwalificatieplichtig
    is slechts worden verleend tot een evenredig deel van het aantal dagen dat hij op grond van
    artikel 4c verplicht is onderwijs te volgen."

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel14, lid 2 and lid 3:

    "2 Indien geen verlof is gevraagd, kan het hoofd alsnog verlof verlenen, indien hem binnen twee
    dagen na het ontstaan van de verhindering de redenen daarvan worden medegedeeld."

    "3 Het hoofd kan ten aanzien van dezelfde jongere wegens de in het eerste lid bedoelde
    omstandigheden voor ten hoogste tien dagen per schooljaar verlof als bedoeld in dat lid verlenen.
    Indien het verlof ten aanzien van dezelfde jongere wordt gevraagd voor meer dan tien dagen per
    schooljaar, besluit de ambtenaar van de woongemeente van de jongere, het hoofd gehoord. [...]"

The law says "tien dagen", not "schooldagen"; how days are counted is a policy choice
(:class:`~verzuimregels.beleid.Verlofdagen`, default: lesdagen of the school's calendar).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from ..beleid import Verlofdagen
from ..kalender import Schoolkalender
from .termijnen import TWEE_DAGEN, einde_termijn

TIEN_DAGEN = 10
"""Art. 13a lid 2 and art. 14 lid 3: "ten hoogste tien dagen per schooljaar"."""

VIJF_ONDERWIJSDAGEN = 5
"""A full-time week; the base of the pro-rata rule (art. 13a lid 2, 14 lid 3: "evenredig deel")."""

TWEE_LESWEKEN = 2
"""Art. 13a lid 2: "geen betrekking hebben op de eerste twee lesweken van het schooljaar"."""


def verlofdagen(
    eerste: date,
    laatste: date,
    kalender: Schoolkalender,
    telling: Verlofdagen,
    onderwijsdagen: frozenset[int],
) -> tuple[date, ...]:
    """The days of a verlof that count towards the "tien dagen".

    ``onderwijsdagen`` are the weekdays (0 = Monday) on which the pupil must attend; a
    kwalificatieplichtige with a part-time programme (art. 4c) attends fewer. Under
    :attr:`Verlofdagen.LESDAGEN` a day counts when it is a lesdag of the calendar on one of those
    weekdays; under :attr:`Verlofdagen.KALENDERDAGEN` every day counts.
    """
    dagen = []
    dag = eerste
    while dag <= laatste:
        if telling is Verlofdagen.KALENDERDAGEN or (
            kalender.is_lesdag(dag) and dag.weekday() in onderwijsdagen
        ):
            dagen.append(dag)
        dag += timedelta(days=1)
    return tuple(dagen)


def grens(onderwijsdagen_per_week: int) -> Decimal:
    """Ten days, or for a kwalificatieplichtige the proportional part (art. 13a lid 2, 14 lid 3).

    "tot een evenredig deel van het aantal dagen dat hij op grond van artikel 4c verplicht is
    onderwijs te volgen": ten days times the share of a five-day week the pupil must attend.
    """
    return Decimal(TIEN_DAGEN * onderwijsdagen_per_week) / VIJF_ONDERWIJSDAGEN


def eerste_twee_lesweken(kalender: Schoolkalender, schooljaar: int) -> frozenset[date]:
    """Every day of the first two lesweken of ``schooljaar`` (art. 13a lid 2), Monday to Sunday."""
    maandagen = kalender.lesweken(schooljaar)[:TWEE_LESWEKEN]
    return frozenset(m + timedelta(days=i) for m in maandagen for i in range(7))


def uiterste_dag_redenen(ontstaan: date) -> date:
    """Art. 14 lid 2: the last day the reasons can be told.

    "Indien geen verlof is gevraagd, kan het hoofd alsnog verlof verlenen, indien hem binnen twee
    dagen na het ontstaan van de verhindering de redenen daarvan worden medegedeeld." Two calendar days
    after the day the impediment arose; a term that ends on a Saturday, Sunday or algemeen erkende
    feestdag runs on to the next day that is none of those (Algemene termijnenwet art. 1 lid 1,
    https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel1): arisen on a Thursday, the reasons
    may still be told on the Monday.
    """
    return einde_termijn(ontstaan, TWEE_DAGEN)
