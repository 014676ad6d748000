"""The status decision as data: a tree of the engine, walked by :func:`verzuimregels.engine.tree.loop`.

Is the pupil leerplichtig, kwalificatieplichtig, in the RMC age group, or none, on the peildatum?
Questions, in order (each a :class:`~verzuimregels.engine.trace.Stap` in the verdict's ``pad``):

* ``L1`` has leerplicht begun? (Lpw art. 3 lid 1, https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel3)
* ``L2`` has leerplicht not yet ended? (art. 3 lid 1 onder a and b, lid 2)
* ``K1`` does the pupil hold a startkwalificatie? (art. 1 onder f, 4a lid 1 onder b, 4b)
* ``K2`` is the pupil younger than 18? (art. 4b)
* ``K3`` does an exception of art. 4a lid 2 apply?
* ``R1`` is the pupil younger than 23? (DUO, Soorten verzuim: the RMC age group)

The facts the conditions name are computed by :mod:`verzuimregels.status.beoordelen` from the rules of
:mod:`verzuimregels.regels.leerplicht` and :mod:`verzuimregels.regels.kwalificatieplicht`. Nothing here
evaluates anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..bronnen import (
    ART_1_F,
    ART_3_LID_1,
    ART_3_LID_1_A,
    ART_3_LID_1_B,
    ART_3_LID_2,
    ART_4A_LID_1,
    ART_4A_LID_2,
    ART_4B,
    DUO_SOORTEN_VERZUIM,
    Citaat,
)
from ..engine.tree import Toets, Voorwaarde
from ..engine.tree import Vraag as _Vraag
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from .modellen import Status, Statusreden

# --- facts ------------------------------------------------------------------------------------
PEILDATUM = "peildatum"
BEGIN_LEERPLICHT = "begin_leerplicht"
"""Art. 3 lid 1: the first school day of the month after the fifth birthday."""
EINDE_LEERPLICHT = "einde_leerplicht"
"""Art. 3 lid 1 onder a and b, lid 2: the end of the twelfth school year or of the school year of the
sixteenth birthday, whichever comes first."""
STARTKWALIFICATIE = "startkwalificatie"
"""A startkwalificatie (art. 1 onder f) obtained on or before the peildatum."""
LEEFTIJD = "leeftijd"
"""The age on the peildatum."""
UITZONDERING_4A_LID_2 = "uitzondering_4a_lid_2"
"""An exception of art. 4a lid 2 that applies on or before the peildatum."""
SCHOOLLOOPBAAN_BEKEND = "schoolloopbaan_bekend"
"""The first full school year is given, so the end of art. 3 lid 1 onder a is known (not shown in the
pad: it decides a policy note only)."""


@dataclass(frozen=True, slots=True)
class Statusuitkomst:
    """A leaf of the status tree: the status and its reason, grounds and explanation templates
    (``{begin}`` and ``{einde}``: the period the status runs)."""

    knoop: str
    reden: Statusreden
    status: Status
    grondslag: tuple[Citaat, ...]
    toelichting_nl: str
    toelichting_en: str
    beleid: tuple[str, ...] = ()
    beleid_als: tuple[tuple[str, Voorwaarde], ...] = ()


class Vraag(_Vraag["Vraag", Statusuitkomst]):
    """A question of the status tree (:class:`verzuimregels.engine.tree.Vraag`)."""

    __slots__ = ()


Knoop = Vraag | Statusuitkomst

# --- outcomes ---------------------------------------------------------------------------------
NOG_NIET_LEERPLICHTIG = Statusuitkomst(
    "nog_niet_leerplichtig",
    Statusreden.NOG_NIET_LEERPLICHTIG,
    Status.GEEN,
    (ART_3_LID_1,),
    "Nog niet leerplichtig: de leerplicht begint op {begin}.",
    "Not yet leerplichtig: leerplicht begins on {begin}.",
)
LEERPLICHTIG = Statusuitkomst(
    "leerplichtig",
    Statusreden.LEERPLICHTIG,
    Status.LEERPLICHTIG,
    (ART_3_LID_1,),
    "Leerplichtig van {begin} tot en met {einde}.",
    "Leerplichtig from {begin} through {einde}.",
    beleid_als=(("schoolloopbaan_onbekend", Voorwaarde(SCHOOLLOOPBAAN_BEKEND, Toets.ONWAAR)),),
)
MET_STARTKWALIFICATIE = Statusuitkomst(
    "startkwalificatie",
    Statusreden.STARTKWALIFICATIE,
    Status.GEEN,
    (ART_1_F, ART_4B),
    "Niet (meer) kwalificatieplichtig en niet in de groep van het RMC (Doorstroompunt): de jongere "
    "heeft een startkwalificatie.",
    "No longer kwalificatieplichtig and not in the RMC (Doorstroompunt) group: the pupil holds a "
    "startkwalificatie.",
)
KWALIFICATIEPLICHTIG = Statusuitkomst(
    "kwalificatieplichtig",
    Statusreden.KWALIFICATIEPLICHTIG,
    Status.KWALIFICATIEPLICHTIG,
    (ART_4A_LID_1, ART_4B),
    "Kwalificatieplichtig van {begin} tot en met {einde} (18 jaar of startkwalificatie).",
    "Kwalificatieplichtig from {begin} through {einde} (age 18 or startkwalificatie).",
)
UITZONDERING = Statusuitkomst(
    "uitzondering_4a_lid_2",
    Statusreden.UITZONDERING_4A_LID_2,
    Status.GEEN,
    (ART_4A_LID_2,),
    "Niet kwalificatieplichtig: een uitzondering van art. 4a lid 2 geldt.",
    "Not kwalificatieplichtig: an exception of art. 4a lid 2 applies.",
)
RMC = Statusuitkomst(
    "rmc",
    Statusreden.RMC,
    Status.RMC,
    (DUO_SOORTEN_VERZUIM,),
    "In de leeftijdsgroep van het RMC (Doorstroompunt) (18 tot 23 jaar) zonder startkwalificatie, "
    "tot en met {einde}.",
    "In the RMC (Doorstroompunt) age group (18 to 23) without startkwalificatie, through {einde}.",
)
OUDER_DAN_RMC = Statusuitkomst(
    "ouder_dan_rmc",
    Statusreden.OUDER_DAN_RMC,
    Status.GEEN,
    (DUO_SOORTEN_VERZUIM,),
    "23 jaar of ouder: niet leerplichtig, niet kwalificatieplichtig en buiten de groep van het RMC "
    "(Doorstroompunt).",
    "23 or older: not leerplichtig, not kwalificatieplichtig and outside the RMC (Doorstroompunt) group.",
)

# --- questions, from the leaves up -----------------------------------------------------------
R1 = Vraag(
    "R1",
    "R1",
    "Is de jongere op de peildatum jonger dan 23 jaar?",
    "Is the pupil younger than 23 on the peildatum?",
    Voorwaarde(LEEFTIJD, Toets.MINDER_DAN, DRIEENTWINTIG_JAAR),
    ja=RMC,
    nee=OUDER_DAN_RMC,
    grondslag=(DUO_SOORTEN_VERZUIM,),
    beleid=("rmc_leeftijd",),
)
K3 = Vraag(
    "K3",
    "K3",
    "Valt de jongere onder een uitzondering van art. 4a lid 2 (praktijkonderwijs, verklaring, "
    "vso-uitstroomprofiel b of c)?",
    "Does an exception of art. 4a lid 2 apply (praktijkonderwijs, statement, VSO profile b or c)?",
    Voorwaarde(UITZONDERING_4A_LID_2, Toets.WAAR),
    ja=UITZONDERING,
    nee=KWALIFICATIEPLICHTIG,
    grondslag=(ART_4A_LID_2,),
)
K2 = Vraag(
    "K2",
    "K2",
    "Is de jongere op de peildatum jonger dan 18 jaar?",
    "Is the pupil younger than 18 on the peildatum?",
    Voorwaarde(LEEFTIJD, Toets.MINDER_DAN, ACHTTIEN_JAAR),
    ja=K3,
    nee=R1,
    grondslag=(ART_4B,),
)
K1 = Vraag(
    "K1",
    "K1",
    "Heeft de jongere op de peildatum een startkwalificatie?",
    "Does the pupil hold a startkwalificatie on the peildatum?",
    Voorwaarde(STARTKWALIFICATIE, Toets.WAAR),
    ja=MET_STARTKWALIFICATIE,
    nee=K2,
    grondslag=(ART_1_F, ART_4A_LID_1, ART_4B),
)
L2 = Vraag(
    "L2",
    "L2",
    "Is de leerplicht op de peildatum nog niet geëindigd?",
    "Has leerplicht not yet ended on the peildatum?",
    Voorwaarde(PEILDATUM, Toets.HOOGSTENS, ander_feit=EINDE_LEERPLICHT),
    ja=LEERPLICHTIG,
    nee=K1,
    grondslag=(ART_3_LID_1_A, ART_3_LID_1_B, ART_3_LID_2),
)
L1 = Vraag(
    "L1",
    "L1",
    "Is de leerplicht op de peildatum begonnen?",
    "Has leerplicht begun on the peildatum?",
    Voorwaarde(PEILDATUM, Toets.MINSTENS, ander_feit=BEGIN_LEERPLICHT),
    ja=L2,
    nee=NOG_NIET_LEERPLICHTIG,
    grondslag=(ART_3_LID_1,),
)
BOOM: Vraag = L1
"""The root of the status tree."""
