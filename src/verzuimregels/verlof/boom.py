"""The verlof decision as data: a tree of the engine for vakantieverlof (Lpw art. 13a) and one for verlof
for gewichtige omstandigheden (art. 14), walked by :func:`verzuimregels.engine.tree.loop`.

Vakantieverlof (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13a), in order:

* ``V1`` is there a ground of art. 11 onder f (a parent's occupation)? (art. 13a lid 1)
* ``V2`` was the verlof asked before its first day? (art. 13a lid 1; a reading, see beleidskeuze)
* ``V3`` was vakantieverlof granted earlier this school year? (art. 13a lid 2: "slechts eenmaal")
* ``V4`` does the verlof touch the first two lesweken? (art. 13a lid 2)
* ``V5`` is it more days than the limit? (art. 13a lid 2: ten days, pro rata)

Verlof for gewichtige omstandigheden (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel14):

* ``G1`` was the verlof asked before its first day? (art. 14 lid 1)
* ``G2`` were the reasons told within two days after the impediment arose? (art. 14 lid 2)
* ``G3`` is it, with earlier art. 14 verlof this school year, more days than the limit? (lid 3)

The facts the conditions name are read by :mod:`verzuimregels.verlof.beoordelen` (the verlof days on
the school's calendar, the limit of :func:`verzuimregels.regels.verlof.grens`, the last day of
:func:`verzuimregels.regels.verlof.uiterste_dag_redenen`). Nothing here evaluates anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..bronnen import (
    ART_11_F,
    ART_11_G,
    ART_13A_LID_1,
    ART_13A_LID_2,
    ART_14_LID_1,
    ART_14_LID_2,
    ART_14_LID_3,
    Citaat,
)
from ..engine.tree import Toets, Voorwaarde
from ..engine.tree import Vraag as _Vraag
from ..regels.verlof import TIEN_DAGEN
from .modellen import Verlofbeslissing

# --- facts ------------------------------------------------------------------------------------
BEROEPSGROND = "beroepsgrond"
AANGEVRAAGD_OP = "aangevraagd_op"
EERSTE_DAG = "eerste_dag"
LAATSTE_DAG = "laatste_dag"
DAGEN_EERDER_VERLEEND = "dagen_eerder_verleend"
"""Days of the same kind of verlof granted earlier in the school year (computed from eerder_verlof)."""
GRENS = "grens"
"""The limit in days: ten, or the proportional part (art. 13a lid 2, 14 lid 3)."""
IN_EERSTE_TWEE_LESWEKEN = "in_eerste_twee_lesweken"
"""A day of the verlof lies in the first two lesweken of the school year (shown as its first and last
day)."""
MOGELIJKE_VERLOFDAGEN = "mogelijke_verlofdagen"
"""The verlof days outside the first two lesweken (shown as the verlof days)."""
UITERSTE_DAG_REDENEN = "uiterste_dag_redenen"
"""Art. 14 lid 2: the last day to tell the reasons (shown as the day the impediment arose)."""
DAGEN_DIT_SCHOOLJAAR = "dagen_dit_schooljaar"
"""The verlof days with the days granted earlier this school year (shown as both)."""


class Toekenning(StrEnum):
    """Which days of the request an outcome grants and which lie beyond the limit."""

    GEEN = "geen"
    """None granted, none beyond the limit."""
    ALLE_BOVEN_GRENS = "alle_boven_grens"
    """None granted; every day is beyond the limit (art. 13a lid 2: only once a school year)."""
    BUITEN_EERSTE_TWEE_LESWEKEN = "buiten_eerste_twee_lesweken"
    """The days outside the first two lesweken, up to the limit; the rest of those beyond it."""
    ALLE = "alle"
    """Every day granted."""
    BOVEN_RUIMTE = "boven_ruimte"
    """None granted by the head; the days past the room left this school year are beyond the limit."""


@dataclass(frozen=True, slots=True)
class Verlofuitkomst:
    """A leaf of the verlof trees: the decision, the days it grants, the art. 27 exposure, its
    grounds and its explanation templates (``{n}`` days asked, ``{k}`` days granted, ``{g}`` the
    limit, ``{boete}`` the art. 27 sentence).

    ``boete`` is whether granting the whole request by the head would breach art. 13a lid 2 or
    art. 14 lid 3 eerste volzin (art. 27 onder a), or the condition under which it would.
    """

    knoop: str
    beslissing: Verlofbeslissing
    toekenning: Toekenning
    boete: bool | Voorwaarde
    grondslag: tuple[Citaat, ...]
    toelichting_nl: str
    toelichting_en: str
    beleid: tuple[str, ...] = ()
    beleid_als: tuple[tuple[str, Voorwaarde], ...] = ()


class Vraag(_Vraag["Vraag", Verlofuitkomst]):
    """A question of the verlof trees (:class:`verzuimregels.engine.tree.Vraag`)."""

    __slots__ = ()


Knoop = Vraag | Verlofuitkomst

# --- outcomes of vakantieverlof ----------------------------------------------------------------
_NIET_MOGELIJK = Verlofbeslissing.NIET_MOGELIJK
GEEN_BEROEPSGROND = Verlofuitkomst(
    "geen_beroepsgrond",
    _NIET_MOGELIJK,
    Toekenning.GEEN,
    False,
    (ART_13A_LID_1, ART_11_F),
    "Vakantieverlof kan alleen als het beroep van een ouder vakantie in de schoolvakanties "
    "onmogelijk maakt (art. 13a lid 1, art. 11 onder f).",
    "Vakantieverlof is only possible when a parent's occupation rules out a holiday in the school "
    "holidays (art. 13a lid 1, art. 11 onder f).",
)
ACHTERAF = Verlofuitkomst(
    "achteraf",
    _NIET_MOGELIJK,
    Toekenning.GEEN,
    False,
    (ART_13A_LID_1,),
    "Vakantieverlof kan niet achteraf worden verleend (art. 13a lid 1).",
    "Vakantieverlof cannot be granted afterwards (art. 13a lid 1).",
)
TWEEDE_KEER = Verlofuitkomst(
    "tweede_keer",
    _NIET_MOGELIJK,
    Toekenning.ALLE_BOVEN_GRENS,
    True,
    (ART_13A_LID_2,),
    "Vakantieverlof kan slechts eenmaal per schooljaar worden verleend (art. 13a lid 2); verlenen "
    "kan het hoofd een boete opleveren (art. 27).",
    "Vakantieverlof can be granted only once a school year (art. 13a lid 2); granting it exposes "
    "the head to a fine (art. 27).",
)
_VAKANTIE_GRONDSLAG = (ART_13A_LID_1, ART_13A_LID_2)
VAKANTIE_GEHEEL = Verlofuitkomst(
    "vakantie_geheel",
    Verlofbeslissing.HOOFD,
    Toekenning.BUITEN_EERSTE_TWEE_LESWEKEN,
    False,
    _VAKANTIE_GRONDSLAG,
    "Het hoofd kan dit vakantieverlof verlenen ({n} dagen).",
    "The head may grant this vakantieverlof ({n} days).",
)
VAKANTIE_DEELS = Verlofuitkomst(
    "vakantie_deels",
    Verlofbeslissing.HOOFD_DEELS,
    Toekenning.BUITEN_EERSTE_TWEE_LESWEKEN,
    True,
    _VAKANTIE_GRONDSLAG,
    "Het hoofd kan ten hoogste {k} van de {n} dagen verlenen; de rest kan niet (art. 13a lid 2). "
    "Meer verlenen kan het hoofd een boete opleveren (art. 27).",
    "The head may grant at most {k} of the {n} days; the rest is not possible at all (art. 13a "
    "lid 2). Granting more exposes the head to a fine (art. 27).",
)
VAKANTIE_NIETS = Verlofuitkomst(
    "vakantie_niets",
    _NIET_MOGELIJK,
    Toekenning.BUITEN_EERSTE_TWEE_LESWEKEN,
    True,
    _VAKANTIE_GRONDSLAG,
    "Geen van de dagen kan als vakantieverlof worden verleend (art. 13a lid 2); verlenen kan het "
    "hoofd een boete opleveren (art. 27).",
    "None of the days can be granted as vakantieverlof (art. 13a lid 2); granting exposes the head "
    "to a fine (art. 27).",
)

# --- outcomes of verlof for gewichtige omstandigheden ------------------------------------------
TE_LAAT = Verlofuitkomst(
    "te_laat",
    _NIET_MOGELIJK,
    Toekenning.GEEN,
    False,
    (ART_14_LID_1, ART_11_G, ART_14_LID_2),
    "Geen verlof gevraagd en de redenen zijn niet binnen twee dagen medegedeeld (art. 14 lid 2).",
    "No verlof was asked and the reasons were not told within two days (art. 14 lid 2).",
)
_AMBTENAAR_NL = (
    "Meer dan {g} dagen dit schooljaar: niet het hoofd maar de leerplichtambtenaar beslist, het "
    "hoofd gehoord (art. 14 lid 3).{boete}"
)
_AMBTENAAR_EN = (
    "More than {g} days this school year: not the head but the leerplichtambtenaar decides, after "
    "hearing the head (art. 14 lid 3).{boete}"
)
_BOETE_14 = Voorwaarde(DAGEN_DIT_SCHOOLJAAR, Toets.MEER_DAN, TIEN_DAGEN)
"""Art. 27 onder a names art. 14 lid 3 eerste volzin (ten days), not the pro-rata sentence."""
BOETE_ZIN = (
    " Verleent het hoofd het toch, dan riskeert het een boete (art. 27).",
    " A head who grants it anyway risks a fine (art. 27).",
)
"""The ``{boete}`` sentence of an outcome whose art. 27 exposure holds (Dutch, English)."""
_GEWICHTIG_NL = "Het hoofd kan dit verlof wegens gewichtige omstandigheden verlenen ({n} dagen)."
_GEWICHTIG_EN = "The head may grant this verlof for gewichtige omstandigheden ({n} days)."
_VOORAF_14 = (ART_14_LID_1, ART_11_G, ART_14_LID_3)
_NA_G2 = (ART_14_LID_1, ART_11_G, ART_14_LID_2, ART_14_LID_3)
AMBTENAAR = Verlofuitkomst(
    "ambtenaar",
    Verlofbeslissing.LEERPLICHTAMBTENAAR,
    Toekenning.BOVEN_RUIMTE,
    _BOETE_14,
    _VOORAF_14,
    _AMBTENAAR_NL,
    _AMBTENAAR_EN,
)
AMBTENAAR_NA_G2 = Verlofuitkomst(
    "ambtenaar_na_g2",
    Verlofbeslissing.LEERPLICHTAMBTENAAR,
    Toekenning.BOVEN_RUIMTE,
    _BOETE_14,
    _NA_G2,
    _AMBTENAAR_NL,
    _AMBTENAAR_EN,
)
GEWICHTIG = Verlofuitkomst(
    "gewichtig",
    Verlofbeslissing.HOOFD,
    Toekenning.ALLE,
    False,
    _VOORAF_14,
    _GEWICHTIG_NL,
    _GEWICHTIG_EN,
)
GEWICHTIG_NA_G2 = Verlofuitkomst(
    "gewichtig_na_g2",
    Verlofbeslissing.HOOFD,
    Toekenning.ALLE,
    False,
    _NA_G2,
    _GEWICHTIG_NL,
    _GEWICHTIG_EN,
)

# --- questions of vakantieverlof, from the leaves up -------------------------------------------
_GRENS_NL = "Is het verlof langer dan de grens?"
_GRENS_EN = "Is the verlof longer than the limit?"
_BOVEN_GRENS = Voorwaarde(MOGELIJKE_VERLOFDAGEN, Toets.MEER_DAN, ander_feit=GRENS)
V5 = Vraag(
    "V5",
    "V5",
    _GRENS_NL,
    _GRENS_EN,
    _BOVEN_GRENS,
    ja=VAKANTIE_DEELS,
    nee=VAKANTIE_GEHEEL,
    grondslag=(ART_13A_LID_2,),
)
V5_REST = Vraag(
    "V5_rest",
    "V5_rest",
    "Valt er een verlofdag buiten de eerste twee lesweken?",
    "Does a day of the verlof fall outside the first two lesweken?",
    Voorwaarde(MOGELIJKE_VERLOFDAGEN, Toets.MEER_DAN, 0),
    ja=VAKANTIE_DEELS,
    nee=VAKANTIE_NIETS,
    grondslag=(ART_13A_LID_2,),
    in_pad=False,
)
"""Within the limit after days in the first two lesweken: part of it, or nothing, may be granted. The
verdict shows it in ``toe_te_kennen`` and ``in_eerste_twee_lesweken``, not as a step."""
V5_NA_V4 = Vraag(
    "V5_na_V4",
    "V5",
    _GRENS_NL,
    _GRENS_EN,
    _BOVEN_GRENS,
    ja=VAKANTIE_DEELS,
    nee=V5_REST,
    grondslag=(ART_13A_LID_2,),
)
V4 = Vraag(
    "V4",
    "V4",
    "Valt het verlof (deels) in de eerste twee lesweken van het schooljaar?",
    "Does the verlof fall (partly) in the first two lesweken of the school year?",
    Voorwaarde(IN_EERSTE_TWEE_LESWEKEN, Toets.WAAR),
    ja=V5_NA_V4,
    nee=V5,
    grondslag=(ART_13A_LID_2,),
)
V3 = Vraag(
    "V3",
    "V3",
    "Is dit schooljaar al eerder vakantieverlof verleend?",
    "Was vakantieverlof granted earlier this school year?",
    Voorwaarde(DAGEN_EERDER_VERLEEND, Toets.MEER_DAN, 0),
    ja=TWEEDE_KEER,
    nee=V4,
    grondslag=(ART_13A_LID_2,),
)
V2 = Vraag(
    "V2",
    "V2",
    "Is het verlof vóór de eerste verlofdag aangevraagd?",
    "Was the verlof asked before its first day?",
    Voorwaarde(AANGEVRAAGD_OP, Toets.MINDER_DAN, ander_feit=EERSTE_DAG),
    ja=V3,
    nee=ACHTERAF,
    grondslag=(ART_13A_LID_1,),
    beleid=("vakantieverlof_vooraf",),
)
V1 = Vraag(
    "V1",
    "V1",
    "Kan het gezin door de specifieke aard van het beroep van een ouder alleen buiten de "
    "schoolvakanties op vakantie?",
    "Can the family, because of the specific nature of a parent's occupation, only go on holiday "
    "outside the school holidays?",
    Voorwaarde(BEROEPSGROND, Toets.WAAR),
    ja=V2,
    nee=GEEN_BEROEPSGROND,
    grondslag=(ART_13A_LID_1, ART_11_F),
)
VAKANTIEVERLOF: Vraag = V1
"""The tree of vakantieverlof (art. 13a)."""

# --- questions of verlof for gewichtige omstandigheden, from the leaves up ----------------------
_G3_NL = (
    "Is het verlof, met eerder verlof wegens gewichtige omstandigheden dit schooljaar, langer dan de grens?"
)
_G3_EN = (
    "Is the verlof, with earlier verlof for gewichtige omstandigheden this school year, longer than "
    "the limit?"
)
_G3_VOORWAARDE = Voorwaarde(DAGEN_DIT_SCHOOLJAAR, Toets.MEER_DAN, ander_feit=GRENS)
_PRO_RATA = (("pro_rata_ambtenaar", Voorwaarde(GRENS, Toets.MINDER_DAN, TIEN_DAGEN)),)
"""A limit under ten days is the pro-rata part of a kwalificatieplichtige (onderwijsdagen is for a
kwalificatieplichtige only, so the limit alone tells)."""
G3 = Vraag(
    "G3",
    "G3",
    _G3_NL,
    _G3_EN,
    _G3_VOORWAARDE,
    ja=AMBTENAAR,
    nee=GEWICHTIG,
    grondslag=(ART_14_LID_3,),
    beleid_als=_PRO_RATA,
)
G3_NA_G2 = Vraag(
    "G3_na_G2",
    "G3",
    _G3_NL,
    _G3_EN,
    _G3_VOORWAARDE,
    ja=AMBTENAAR_NA_G2,
    nee=GEWICHTIG_NA_G2,
    grondslag=(ART_14_LID_3,),
    beleid_als=_PRO_RATA,
)
G2 = Vraag(
    "G2",
    "G2",
    "Zijn de redenen binnen twee dagen na het ontstaan van de verhindering medegedeeld?",
    "Were the reasons told within two days after the impediment arose?",
    Voorwaarde(AANGEVRAAGD_OP, Toets.HOOGSTENS, ander_feit=UITERSTE_DAG_REDENEN),
    ja=G3_NA_G2,
    nee=TE_LAAT,
    grondslag=(ART_14_LID_2,),
    beleid=("twee_dagen_kalenderdagen",),
)
G1 = Vraag(
    "G1",
    "G1",
    "Is het verlof vóór de eerste verlofdag aangevraagd?",
    "Was the verlof asked before its first day?",
    Voorwaarde(AANGEVRAAGD_OP, Toets.MINDER_DAN, ander_feit=EERSTE_DAG),
    ja=G3,
    nee=G2,
    grondslag=(ART_14_LID_1, ART_11_G),
)
GEWICHTIGE_OMSTANDIGHEDEN: Vraag = G1
"""The tree of verlof for gewichtige omstandigheden (art. 14)."""
