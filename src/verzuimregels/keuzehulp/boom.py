"""DUO's "Keuzehulp verzuimsoorten" as data: questions, outcomes, and the conditions between them.

The flowchart "Keuzehulp verzuimsoorten — Een leerling zonder startkwalificatie verzuimt" (DUO) and its
online twin, the verzuimhulp (https://www.duo.nl/zakelijk/verzuimhulp/), whose page names fix the
order of the questions. docs/keuzehulp.md gives the tree and the scope checks
that come before it (here the questions S1–S3).

Nothing here evaluates anything: :mod:`verzuimregels.keuzehulp.evaluator` walks the tree,
:mod:`verzuimregels.keuzehulp.tekenen` draws it, :func:`paden` enumerates it. Each condition is a
:class:`Voorwaarde` (a fact compared with a threshold of :mod:`verzuimregels.regels.meldplicht` or
:mod:`verzuimregels.regels.kwalificatieplicht`), so the
same tree can be evaluated one case at a time or column-wise over a whole table.

Where the flowchart reuses a box (Q5 serves both the under-18 branch and the 18+ branch after Q6), the
tree holds one node per place, with the same question id: the meldplicht of a "16 uur" outcome
differs between the two places. In the 18+ branch Q4b is not asked again: Q4a already answered it
with "nee" (docs/keuzehulp.md), so the LRV outcome cannot be reached there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TypeAlias, cast

from ..beleid import Beleid
from ..bronnen import (
    ART_1_F,
    ART_3_LID_1,
    ART_4A,
    ART_4B,
    ART_11,
    ART_11_D,
    ART_11_F,
    ART_12,
    ART_13A_LID_1,
    ART_21A_LID_1,
    DUO_KEUZEHULP,
    DUO_SOORTEN_VERZUIM,
    INSPECTIE_MELDEN,
    Citaat,
)
from ..engine.tree import Pad as _Pad
from ..engine.tree import Toets as Toets
from ..engine.tree import Voorwaarde as Voorwaarde
from ..engine.tree import Vraag as _Vraag
from ..engine.tree import knopen as _knopen
from ..engine.tree import paden as _paden
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from ..regels.meldplicht import VIER_WEKEN_IN_DAGEN, ZESTIEN_UUR
from .modellen import Meldplicht, Verzuimsoort


@dataclass(frozen=True, slots=True)
class Uitkomst:
    """A leaf: the verzuimsoort and meldplicht, their grounds and the explanation templates.

    ``beleid`` lists the policy points (codes of :mod:`verzuimregels.beleid`) this outcome always
    involves; ``beleid_als`` those it involves only when a condition holds.
    """

    knoop: str
    verzuimsoort: Verzuimsoort
    meldplicht: Meldplicht
    grondslag: tuple[Citaat, ...]
    toelichting_nl: str
    toelichting_en: str
    beleid: tuple[str, ...] = ()
    beleid_als: tuple[tuple[str, Voorwaarde], ...] = ()


class Vraag(_Vraag["Vraag", Uitkomst]):
    """A question of the keuzehulp: its id as in the flowchart, its wording, its condition (on a fact
    of :class:`~verzuimregels.keuzehulp.modellen.Casus`) and its two branches
    (:class:`verzuimregels.engine.tree.Vraag`, typed to this tree's nodes)."""

    __slots__ = ()


Knoop = Vraag | Uitkomst

# --- facts -----------------------------------------------------------------------------------
LEEFTIJD = "leeftijd_eerste_verzuimdag"
DAGEN = "aaneengesloten_dagen_afwezig"
UREN = "ongeoorloofde_uren_4_lesweken"
LEERPLICHT_BEGONNEN = "leerplicht_begonnen"
"""A computed fact: the first verzuimdag lies on or after the start of leerplicht (art. 3 lid 1)."""

# --- outcomes ---------------------------------------------------------------------------------
GEEN_NIET_LEERPLICHTIG = Uitkomst(
    "geen_niet_leerplichtig",
    Verzuimsoort.GEEN_MELDING,
    Meldplicht.NIET_MELDEN,
    (ART_3_LID_1,),
    "Geen melding: de leerling was op de eerste verzuimdag nog niet leerplichtig. De leerplicht "
    "begint op de eerste schooldag van de maand na de vijfde verjaardag (Lpw art. 3 lid 1).",
    "No melding: the pupil was not yet leerplichtig on the first verzuimdag. Leerplicht starts on the "
    "first school day of the month after the fifth birthday (Lpw art. 3 lid 1).",
)
GEEN_STARTKWALIFICATIE = Uitkomst(
    "geen_startkwalificatie",
    Verzuimsoort.GEEN_MELDING,
    Meldplicht.NIET_MELDEN,
    (ART_1_F, ART_4A, DUO_KEUZEHULP),
    "Geen melding: de leerling heeft een startkwalificatie en valt buiten de keuzehulp, die gaat "
    "over leerlingen zonder startkwalificatie.",
    "No melding: the pupil holds a startkwalificatie and is outside the keuzehulp, which covers "
    "pupils without one.",
)
GEEN_23_PLUS = Uitkomst(
    "geen_23_plus",
    Verzuimsoort.GEEN_MELDING,
    Meldplicht.NIET_MELDEN,
    (DUO_SOORTEN_VERZUIM,),
    "Geen melding: de leerling was op de eerste verzuimdag {leeftijd} jaar; verzuim RMC (Doorstroompunt) "
    "geldt tot 23 jaar.",
    "No melding: the pupil was {leeftijd} on the first verzuimdag; RMC (Doorstroompunt) verzuim applies "
    "up to 23.",
)
ZIEKTEVERZUIM = Uitkomst(
    "ziekteverzuim",
    Verzuimsoort.ZIEKTEVERZUIM,
    Meldplicht.NIET_MELDEN,
    (ART_11_D, DUO_SOORTEN_VERZUIM),
    "Ziekteverzuim is geoorloofd (Lpw art. 11 onder d): niet melden, wel vastleggen in de eigen "
    "administratie.",
    "Absence through illness is excused (Lpw art. 11 onder d): do not report it; record it in the "
    "school's own administration.",
)
OVERIG_ZIEKTE_TWIJFEL = Uitkomst(
    "overig_ziekte_twijfel",
    Verzuimsoort.OVERIG_VERZUIM,
    Meldplicht.NIET_VERPLICHT,
    (DUO_SOORTEN_VERZUIM, ART_11_D),
    "De school twijfelt aan de ziekmelding: dit kan als overig verzuim worden gemeld, alleen na "
    "overleg met de leerplichtambtenaar. Melden is niet verplicht.",
    "The school doubts the ziekmelding: this may be reported as overig verzuim, only after "
    "consulting the leerplichtambtenaar. Reporting is not mandatory.",
)
LUXE_VERZUIM = Uitkomst(
    "luxe_verzuim",
    Verzuimsoort.LUXE_VERZUIM,
    Meldplicht.VERPLICHT,
    (ART_11_F, ART_13A_LID_1, DUO_SOORTEN_VERZUIM),
    "Luxe verzuim: op vakantie buiten de schoolvakanties zonder verlof (Lpw art. 13a). Melden is "
    "verplicht, direct.",
    "Luxe verzuim: on holiday outside the school holidays without verlof (Lpw art. 13a). It must be "
    "reported, at once.",
    beleid_als=(("achttien_plus_luxe:True", Voorwaarde(LEEFTIJD, Toets.MINSTENS, ACHTTIEN_JAAR)),),
)
OVERIG_18_VAKANTIE = Uitkomst(
    "overig_18_vakantie",
    Verzuimsoort.OVERIG_VERZUIM,
    Meldplicht.NIET_VERPLICHT,
    (ART_4B, ART_11, ART_13A_LID_1, DUO_SOORTEN_VERZUIM),
    "Vakantie zonder verlof, maar de leerling was op de eerste verzuimdag {leeftijd} jaar: de leer- en "
    "kwalificatieplicht gelden niet meer (Lpw art. 4b), dus dit is geen luxe verzuim in de zin van de "
    "Leerplichtwet (art. 11 onder f, 13a). Melden als overig verzuim mag, maar is niet verplicht.",
    "Holiday without verlof, but the pupil was {leeftijd} on the first verzuimdag: leerplicht and "
    "kwalificatieplicht no longer apply (Lpw art. 4b), so this is no luxe verzuim under the "
    "Leerplichtwet (art. 11 onder f, 13a). Reporting it as overig verzuim is allowed, not required.",
    beleid=("achttien_plus_luxe:False",),
)
RMC = Uitkomst(
    "rmc",
    Verzuimsoort.RMC,
    Meldplicht.VERPLICHT,
    (DUO_SOORTEN_VERZUIM, DUO_KEUZEHULP),
    "Verzuim RMC (Doorstroompunt): de leerling was op de eerste verzuimdag {leeftijd} jaar (18 tot 23, "
    "zonder "
    "startkwalificatie) en is minimaal 4 aaneengesloten schoolweken afwezig ({dagen} dagen). Melden "
    "is verplicht, met einddatum.",
    "RMC (Doorstroompunt) verzuim: the pupil was {leeftijd} on the first verzuimdag (18 to 23, no "
    "startkwalificatie) "
    "and has been absent for at least 4 consecutive school weeks ({dagen} days). It must be "
    "reported, with an einddatum.",
)
OVERIG_18_GEEN_AFSPRAAK = Uitkomst(
    "overig_18_geen_afspraak",
    Verzuimsoort.OVERIG_VERZUIM,
    Meldplicht.NIET_VERPLICHT,
    (DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    "Overig verzuim: de leerling is 18 of ouder, is geen 4 weken aaneengesloten afwezig en er is "
    "geen afspraak met de gemeente om 16 uur in 4 weken te melden. Melden mag, maar is niet "
    "verplicht.",
    "Overig verzuim: the pupil is 18 or older, has not been absent for 4 consecutive weeks, and "
    "there is no agreement with the gemeente to report 16 hours in 4 weeks. Reporting is allowed, "
    "not required.",
    beleid=("achttien_plus_overig",),
)
OVERIG_18_ONDER_16_UUR = Uitkomst(
    "overig_18_onder_16_uur",
    Verzuimsoort.OVERIG_VERZUIM,
    Meldplicht.NIET_VERPLICHT,
    (ART_21A_LID_1, DUO_KEUZEHULP),
    "Overig verzuim: {uren} uur ongeoorloofd in 4 lesweken, minder dan 16. Melden mag, maar is niet "
    "verplicht.",
    "Overig verzuim: {uren} unexcused hours in 4 lesweken, fewer than 16. Reporting is allowed, not "
    "required.",
)
ZESTIEN_UUR_18_EERSTE = Uitkomst(
    "zestien_uur_18_eerste",
    Verzuimsoort.ZESTIEN_UUR,
    Meldplicht.AFSPRAAK_GEMEENTE,
    (ART_21A_LID_1, DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    "16 uur in 4 weken ({uren} uur): de leerling is 18 of ouder, dus niet wettelijk verplicht, maar "
    "de school heeft met de gemeente afgesproken dit te melden.",
    "16 hours in 4 weeks ({uren} hours): the pupil is 18 or older, so not required by law, but the "
    "school agreed with the gemeente to report it.",
)
ZESTIEN_UUR_18_VERVOLG = Uitkomst(
    "zestien_uur_18_vervolg",
    Verzuimsoort.ZESTIEN_UUR,
    Meldplicht.AFSPRAAK_GEMEENTE,
    (ART_21A_LID_1, DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    "16 uur in 4 weken ({uren} uur), vervolgmelding: er is al een melding in de afgelopen 4 weken. "
    "Melden volgens de afspraak met de gemeente (18 of ouder).",
    "16 hours in 4 weeks ({uren} hours), follow-up melding: there was already a melding in the last "
    "4 weeks. Report under the agreement with the gemeente (18 or older).",
)
OVERIG_ONDER_16_UUR = Uitkomst(
    "overig_onder_16_uur",
    Verzuimsoort.OVERIG_VERZUIM,
    Meldplicht.NIET_VERPLICHT,
    (ART_21A_LID_1, DUO_KEUZEHULP),
    "Overig verzuim: {uren} uur ongeoorloofd in 4 lesweken, minder dan 16. Melden mag, maar is niet "
    "verplicht.",
    "Overig verzuim: {uren} unexcused hours in 4 lesweken, fewer than 16. Reporting is allowed, not "
    "required.",
)
ZESTIEN_UUR_EERSTE = Uitkomst(
    "zestien_uur_eerste",
    Verzuimsoort.ZESTIEN_UUR,
    Meldplicht.VERPLICHT,
    (ART_21A_LID_1, INSPECTIE_MELDEN, DUO_KEUZEHULP),
    "16 uur in 4 weken: {uren} uur ongeoorloofd verzuim in 4 opeenvolgende lesweken (Lpw art. 21a). "
    "Melden is verplicht, binnen 5 werkdagen.",
    "16 hours in 4 weeks: {uren} hours of unexcused absence in 4 consecutive lesweken (Lpw art. "
    "21a). It must be reported, within 5 werkdagen.",
)
LANGDURIG_RELATIEF_VERZUIM = Uitkomst(
    "langdurig_relatief_verzuim",
    Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM,
    Meldplicht.VERPLICHT,
    (ART_21A_LID_1, DUO_SOORTEN_VERZUIM, DUO_KEUZEHULP),
    "Langdurig relatief verzuim: de leerling is {dagen} dagen aaneengesloten ongeoorloofd afwezig "
    "(minimaal 4 schoolweken) en er is al eerder gemeld. Melden is verplicht.",
    "Langdurig relatief verzuim: the pupil has been absent without excuse for {dagen} consecutive "
    "days (at least 4 school weeks) and was reported before. It must be reported.",
)
ZESTIEN_UUR_VERVOLG = Uitkomst(
    "zestien_uur_vervolg",
    Verzuimsoort.ZESTIEN_UUR,
    Meldplicht.VERPLICHT,
    (ART_21A_LID_1, DUO_SOORTEN_VERZUIM, DUO_KEUZEHULP),
    "16 uur in 4 weken ({uren} uur), vervolgmelding: er is al een melding in de afgelopen 4 weken en "
    "de leerling is nog geen 4 weken aaneengesloten afwezig. Melden is verplicht.",
    "16 hours in 4 weeks ({uren} hours), follow-up melding: there was already a melding in the last "
    "4 weeks and the pupil has not been absent for 4 consecutive weeks. It must be reported.",
)

# --- questions, from the leaves up -----------------------------------------------------------
_VIER_WEKEN_NL = "Is de leerling minimaal 4 aaneengesloten schoolweken (28 kalenderdagen) continu afwezig?"
_VIER_WEKEN_EN = "Has the pupil been absent continuously for at least 4 school weeks (28 days)?"
_ZESTIEN_NL = "Verzuimt de leerling minimaal 16 uur in 4 weken?"
_ZESTIEN_EN = "Has the pupil been absent for at least 16 hours in 4 weeks?"
_EERSTE_NL = "Is dit de eerste melding in 4 weken?"
_EERSTE_EN = "Is this the first melding in 4 weeks?"
_VIER_WEKEN_BELEID = ("vakantie_28_dagen", "precies_4_weken")

Q4B = Vraag(
    "Q4b",
    "Q4b",
    _VIER_WEKEN_NL,
    _VIER_WEKEN_EN,
    Voorwaarde(DAGEN, Toets.MINSTENS, VIER_WEKEN_IN_DAGEN),
    ja=LANGDURIG_RELATIEF_VERZUIM,
    nee=ZESTIEN_UUR_VERVOLG,
    grondslag=(DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    beleid=_VIER_WEKEN_BELEID,
)
Q7 = Vraag(
    "Q7",
    "Q7",
    _EERSTE_NL,
    _EERSTE_EN,
    Voorwaarde("eerdere_melding_4_weken", Toets.ONWAAR),
    ja=ZESTIEN_UUR_EERSTE,
    nee=Q4B,
    grondslag=(DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
)
Q5 = Vraag(
    "Q5",
    "Q5",
    _ZESTIEN_NL,
    _ZESTIEN_EN,
    Voorwaarde(UREN, Toets.MINSTENS, ZESTIEN_UUR),
    ja=Q7,
    nee=OVERIG_ONDER_16_UUR,
    grondslag=(ART_21A_LID_1, INSPECTIE_MELDEN),
    beleid=("drempel_16_uur",),
)
Q7_18 = Vraag(
    "Q7_18plus",
    "Q7",
    _EERSTE_NL,
    _EERSTE_EN,
    Voorwaarde("eerdere_melding_4_weken", Toets.ONWAAR),
    ja=ZESTIEN_UUR_18_EERSTE,
    nee=ZESTIEN_UUR_18_VERVOLG,
    grondslag=(DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
)
Q5_18 = Vraag(
    "Q5_18plus",
    "Q5",
    _ZESTIEN_NL,
    _ZESTIEN_EN,
    Voorwaarde(UREN, Toets.MINSTENS, ZESTIEN_UUR),
    ja=Q7_18,
    nee=OVERIG_18_ONDER_16_UUR,
    grondslag=(ART_21A_LID_1, DUO_KEUZEHULP),
    beleid=("drempel_16_uur", "achttien_plus_zestien_uur"),
)
Q6 = Vraag(
    "Q6",
    "Q6",
    "Is er een afspraak met de gemeente om 16 uur in 4 weken voor leerlingen van 18 jaar en ouder te melden?",
    "Has the gemeente agreed with the school that 16 hours in 4 weeks is reported for pupils of 18 "
    "and older?",
    Voorwaarde("afspraak_gemeente_18plus", Toets.WAAR),
    ja=Q5_18,
    nee=OVERIG_18_GEEN_AFSPRAAK,
    grondslag=(DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    beleid=("achttien_plus_niet_verplicht",),
)
Q4A = Vraag(
    "Q4a",
    "Q4a",
    _VIER_WEKEN_NL,
    _VIER_WEKEN_EN,
    Voorwaarde(DAGEN, Toets.MINSTENS, VIER_WEKEN_IN_DAGEN),
    ja=RMC,
    nee=Q6,
    grondslag=(DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    beleid=_VIER_WEKEN_BELEID,
)
Q3 = Vraag(
    "Q3",
    "Q3",
    "Is de leerling op de eerste verzuimdag 18 jaar of ouder?",
    "Is the pupil 18 or older on the first verzuimdag?",
    Voorwaarde(LEEFTIJD, Toets.MINSTENS, ACHTTIEN_JAAR),
    ja=Q4A,
    nee=Q5,
    grondslag=(ART_4A, DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
)
Q3_VAKANTIE = Vraag(
    "Q3_vakantie",
    "Q3",
    "Is de leerling op de eerste verzuimdag 18 jaar of ouder?",
    "Is the pupil 18 or older on the first verzuimdag?",
    Voorwaarde(LEEFTIJD, Toets.MINSTENS, ACHTTIEN_JAAR),
    ja=OVERIG_18_VAKANTIE,
    nee=LUXE_VERZUIM,
    grondslag=(ART_4B, ART_11, DUO_KEUZEHULP),
)
"""Lpw art. 4b (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel4b): kwalificatieplicht
"eindigt zodra de jongere de leeftijd van 18 jaar bereikt"; art. 11 exempts "de leerplichtige jongere
[...] alsmede de jongere die kwalificatieplichtig is", and vakantieverlof (art. 13a lid 1) is such a
"beroep op vrijstelling wegens vakantie [...] bedoeld in artikel 11, onder f". From 18 there is no
duty to attend under the Lpw, hence no luxe verzuim: the library's default asks the age before it says
luxe verzuim. DUO's flowchart does not (:data:`BOOM_STROOMSCHEMA`, ``Beleid.luxe_verzuim_18plus``)."""
Q2 = Vraag(
    "Q2",
    "Q2",
    "Gaat de leerling buiten de schoolvakanties om zonder vrijstelling (verlof) op vakantie?",
    "Does the pupil go on holiday outside the school holidays without verlof?",
    Voorwaarde("vakantie_zonder_verlof", Toets.WAAR),
    ja=Q3_VAKANTIE,
    nee=Q3,
    grondslag=(ART_11_F, ART_13A_LID_1, DUO_KEUZEHULP),
)
Q1B = Vraag(
    "Q1b",
    "Q1b",
    "Vermoedt de school ongeoorloofd verzuim achter de ziekmelding, en heeft zij overlegd met de "
    "leerplichtambtenaar?",
    "Does the school suspect unexcused absence behind the ziekmelding, having consulted the "
    "leerplichtambtenaar?",
    Voorwaarde("ziekte_twijfel", Toets.WAAR),
    ja=OVERIG_ZIEKTE_TWIJFEL,
    nee=ZIEKTEVERZUIM,
    grondslag=(DUO_SOORTEN_VERZUIM, DUO_KEUZEHULP),
)
Q1 = Vraag(
    "Q1",
    "Q1",
    "Is de leerling afwezig door ziekte?",
    "Is the pupil absent because of illness?",
    Voorwaarde("ziek", Toets.WAAR),
    ja=Q1B,
    nee=Q2,
    grondslag=(ART_11_D, ART_12, DUO_KEUZEHULP),
)
S3 = Vraag(
    "S3",
    "S3",
    "Is de leerling op de eerste verzuimdag 23 jaar of ouder?",
    "Is the pupil 23 or older on the first verzuimdag?",
    Voorwaarde(LEEFTIJD, Toets.MINSTENS, DRIEENTWINTIG_JAAR),
    ja=GEEN_23_PLUS,
    nee=Q1,
    grondslag=(DUO_SOORTEN_VERZUIM,),
)
S2 = Vraag(
    "S2",
    "S2",
    "Heeft de leerling een startkwalificatie?",
    "Does the pupil hold a startkwalificatie?",
    Voorwaarde("startkwalificatie", Toets.WAAR),
    ja=GEEN_STARTKWALIFICATIE,
    nee=S3,
    grondslag=(ART_1_F, ART_4A),
)
S1 = Vraag(
    "S1",
    "S1",
    "Is de leerling op de eerste verzuimdag leerplichtig geworden?",
    "Had leerplicht started for the pupil by the first verzuimdag?",
    Voorwaarde(LEERPLICHT_BEGONNEN, Toets.WAAR),
    ja=S2,
    nee=GEEN_NIET_LEERPLICHTIG,
    grondslag=(ART_3_LID_1,),
)

BOOM: Vraag = S1
"""The root: the scope checks S1–S3, then DUO's questions Q1–Q7 (with the age asked before luxe
verzuim, :data:`Q3_VAKANTIE`)."""


def _met(vraag: Vraag, **takken: Knoop) -> Vraag:
    """``vraag`` with other branches (mypy does not see the subclass's branch types in ``replace``)."""
    return replace(vraag, **takken)  # type: ignore[arg-type]


def _stroomschema() -> Vraag:
    q2 = _met(Q2, ja=LUXE_VERZUIM)
    q1 = _met(Q1, nee=q2)
    s3 = _met(S3, nee=q1)
    s2 = _met(S2, nee=s3)
    return _met(S1, ja=s2)


BOOM_STROOMSCHEMA: Vraag = _stroomschema()
"""DUO's flowchart exactly: holiday without verlof is luxe verzuim whatever the age (Q2 before Q3);
the tree of ``Beleid(luxe_verzuim_18plus=True)``."""


def boom_voor(beleid: Beleid) -> Vraag:
    """The tree the policy settings ask for: :data:`BOOM`, or :data:`BOOM_STROOMSCHEMA`."""
    return BOOM_STROOMSCHEMA if beleid.luxe_verzuim_18plus else BOOM


Pad: TypeAlias = _Pad[Uitkomst]
"""One root-to-leaf path (:class:`verzuimregels.engine.tree.Pad`): the questions with their answers,
and the outcome."""


def paden(knoop: Knoop = BOOM) -> Iterator[Pad]:
    """Every path from ``knoop`` to a leaf, 'ja' before 'nee'."""
    return _paden(knoop)


def knopen(knoop: Knoop = BOOM) -> Iterator[Knoop]:
    """Every node, depth first, 'ja' before 'nee' (each place of a reused question is its own node)."""
    return cast("Iterator[Knoop]", _knopen(knoop))


def uitkomsten(knoop: Knoop = BOOM) -> tuple[Uitkomst, ...]:
    """Every leaf of the tree."""
    return tuple(k for k in knopen(knoop) if isinstance(k, Uitkomst))
