"""Citations (``grondslag``) and the dated versions of the Leerplichtwet 1969.

Every rule in this library names its source. A :class:`Bron` is one citation: an article (with lid and
onderdeel) of the Leerplichtwet 1969 in the version in force on the peildatum, or a page of DUO or the
Inspectie van het Onderwijs for the categories those bodies made rather than the law.

Like MinBZK's *regelrecht*, the library knows the law as a list of dated versions
(:data:`WETSVERSIES`): a verdict is judged under the version in force on its peildatum, cites that
version's URL, and names it in its ``regelversie``. The versions listed are those whose text of the
articles encoded here is the text the rules quote (see ``docs/wetsversies.md``).

Source of the version dates: wetten.overheid.nl, BWBR0002628, and the machine-readable copies in
``MinBZK/regelrecht-corpus``, ``regulation/nl/wet/leerplichtwet_1969/<date>.yaml``.
"""

from __future__ import annotations

import bisect
from datetime import date
from enum import StrEnum
from functools import lru_cache

from pydantic import ConfigDict, Field

from ._versie import __version__
from .fouten import GeenWetsversie, Model

BWB_ID = "BWBR0002628"
"""The Leerplichtwet 1969 in the Basiswettenbestand."""

WETSVERSIES: tuple[date, ...] = (
    date(2024, 1, 1),
    date(2026, 8, 1),
)
"""Dated versions of the Leerplichtwet 1969 under which this library judges, oldest first.

A peildatum is judged under the newest version that is not later than it. A peildatum before the first
version is refused (:class:`~verzuimregels.fouten.GeenWetsversie`): the rules were not checked against
older texts.
"""


class Bronsoort(StrEnum):
    """Who made the rule a citation points to."""

    LPW = "Lpw"
    """Leerplichtwet 1969."""
    DUO = "DUO"
    """Dienst Uitvoering Onderwijs: its verzuim categories and keuzehulp."""
    INSPECTIE = "Inspectie"
    """Inspectie van het Onderwijs: how it reads the reporting duty."""
    OCW = "OCW"
    """The Minister of OCW: definitions in letters to parliament (e.g. of thuiszitters)."""
    BALANS = "Balans"
    """Oudervereniging Balans: the broad thuiszitter count of "Thuiszitters tellen" (2020)."""
    NCJ = "NCJ"
    """Nederlands Centrum Jeugdgezondheid: the MAZL method for worrying illness (signals only)."""


class Bron(Model):
    """One citation that grounds a step or an outcome."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    bron: Bronsoort = Field(description="Who made the rule: the Lpw, DUO, the Inspectie, OCW or Balans.")
    artikel: str | None = Field(default=None, description="Article number, e.g. '21a' (law only).")
    lid: int | None = Field(default=None, description="Lid (paragraph) of the article, if any.")
    onderdeel: str | None = Field(default=None, description="Onderdeel (letter) of the lid, if any.")
    versie: date | None = Field(default=None, description="Date of the law version cited (law only).")
    titel: str = Field(description="Short human-readable name of the source, in Dutch.")
    url: str = Field(description="Where to read it: wetten.overheid.nl or the DUO/Inspectie page.")

    def __str__(self) -> str:
        return self.titel


def wetsversie_op(peildatum: date) -> date:
    """The version of the Leerplichtwet in force on ``peildatum``.

    Raises :class:`~verzuimregels.fouten.GeenWetsversie` for a peildatum before the oldest version the
    rules were checked against.
    """
    i = bisect.bisect_right(WETSVERSIES, peildatum)
    if i == 0:
        raise GeenWetsversie(peildatum, WETSVERSIES[0])
    return WETSVERSIES[i - 1]


def regelversie(wetsversie: date) -> str:
    """The ``regelversie`` stamp of a verdict: law version and library version."""
    return f"Lpw {wetsversie.isoformat()}; verzuimregels {__version__}"


def wetten_url(versie: date, artikel: str | None = None) -> str:
    """The wetten.overheid.nl address of the Leerplichtwet (or one article) in one version."""
    basis = f"https://wetten.overheid.nl/{BWB_ID}/{versie.isoformat()}"
    return f"{basis}#Artikel{artikel}" if artikel else basis


class Artikel:
    """A citation of the Leerplichtwet that becomes a :class:`Bron` once the version is known.

    >>> Artikel("21a", lid=1).bron(date(2026, 8, 1)).url
    'https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a'
    """

    __slots__ = ("artikel", "lid", "onderdeel")

    def __init__(self, artikel: str, lid: int | None = None, onderdeel: str | None = None) -> None:
        self.artikel = artikel
        self.lid = lid
        self.onderdeel = onderdeel

    def __repr__(self) -> str:
        return f"Artikel({self.titel()!r})"

    def titel(self) -> str:
        """E.g. ``Lpw art. 11 onder d`` or ``Lpw art. 21a lid 1``."""
        tekst = f"Lpw art. {self.artikel}"
        if self.lid is not None:
            tekst += f" lid {self.lid}"
        if self.onderdeel is not None:
            tekst += f" onder {self.onderdeel}"
        return tekst

    def bron(self, versie: date) -> Bron:
        """This citation in the law version ``versie``."""
        return _artikelbron(self.artikel, self.lid, self.onderdeel, self.titel(), versie)


@lru_cache(maxsize=1024)
def _artikelbron(artikel: str, lid: int | None, onderdeel: str | None, titel: str, versie: date) -> Bron:
    return Bron(
        bron=Bronsoort.LPW,
        artikel=artikel,
        lid=lid,
        onderdeel=onderdeel,
        versie=versie,
        titel=titel,
        url=wetten_url(versie, artikel),
    )


# --- The catalogue: every article and page the rules cite, declared once ------------------------------
# Names: ART_<article>[_LID_<lid>][_<onderdeel>]. A rule imports its citation from here; a new citation is
# added here, in article order.

ART_1_F = Artikel("1", onderdeel="f")
"""Art. 1 onder f: the startkwalificatie."""
ART_2_LID_1 = Artikel("2", lid=1)
"""Art. 2 lid 1: the parents' duty to enrol the pupil and see that the pupil attends."""
ART_2_LID_3 = Artikel("2", lid=3)
"""Art. 2 lid 3: from 12 the pupil is bound too."""
ART_3_LID_1 = Artikel("3", lid=1)
"""Art. 3 lid 1: the start of leerplicht (the month after the fifth birthday) and its end."""
ART_3_LID_1_A = Artikel("3", lid=1, onderdeel="a")
"""Art. 3 lid 1 onder a: the end of leerplicht after twelve full school years."""
ART_3_LID_1_B = Artikel("3", lid=1, onderdeel="b")
"""Art. 3 lid 1 onder b: the end of leerplicht at the end of the school year of the 16th birthday."""
ART_3_LID_2 = Artikel("3", lid=2)
"""Art. 3 lid 2: basisschool in fewer than eight years counts as eight."""
ART_4_LID_2 = Artikel("4", lid=2)
"""Art. 4 lid 2: the duty of regular attendance (the ground of relatief verzuim)."""
ART_4A = Artikel("4a")
"""Art. 4a: kwalificatieplicht."""
ART_4A_LID_1 = Artikel("4a", lid=1)
"""Art. 4a lid 1: the duty to follow education until a startkwalificatie."""
ART_4A_LID_2 = Artikel("4a", lid=2)
"""Art. 4a lid 2: the exceptions (praktijkonderwijs, WVO 2.59 verklaring, VSO profile b or c)."""
ART_4B = Artikel("4b")
"""Art. 4b: when kwalificatieplicht begins and ends (18, or a startkwalificatie)."""
ART_4C_LID_1 = Artikel("4c", lid=1)
"""Art. 4c lid 1: the programme a kwalificatieplichtige must follow."""
ART_5 = Artikel("5")
"""Art. 5: vrijstelling from enrolment."""
ART_5_A = Artikel("5", onderdeel="a")
"""Art. 5 onder a: physically or psychologically unfit."""
ART_5_B = Artikel("5", onderdeel="b")
"""Art. 5 onder b: objection to the direction of every school nearby."""
ART_5_C = Artikel("5", onderdeel="c")
"""Art. 5 onder c: enrolled at a school abroad."""
ART_5A = Artikel("5a")
"""Art. 5a: vrijstelling from enrolment while the parents lead a trekkend bestaan."""
ART_6_LID_1 = Artikel("6", lid=1)
"""Art. 6 lid 1: the notice a vrijstelling needs."""
ART_7 = Artikel("7")
"""Art. 7: the statement with an art. 5 onder a notice (not older than three months)."""
ART_11 = Artikel("11")
"""Art. 11: the grounds of vrijstelling from regular attendance."""
ART_11_D = Artikel("11", onderdeel="d")
"""Art. 11 onder d: illness."""
ART_11_F = Artikel("11", onderdeel="f")
"""Art. 11 onder f: vakantie outside the school holidays (the parent's profession)."""
ART_11_G = Artikel("11", onderdeel="g")
"""Art. 11 onder g: other gewichtige omstandigheden."""
ART_11A = Artikel("11a")
"""Art. 11a: up to 5 + 5 hours a week for a pupil under six."""
ART_11A_LID_1 = Artikel("11a", lid=1)
"""Art. 11a lid 1: 5 hours a week on notice to the head."""
ART_11A_LID_2 = Artikel("11a", lid=2)
"""Art. 11a lid 2: up to 5 more hours a week with the head's consent."""
ART_12 = Artikel("12")
"""Art. 12: illness notified within two days."""
ART_13 = Artikel("13")
"""Art. 13: religious obligations notified two days before."""
ART_13A_LID_1 = Artikel("13a", lid=1)
"""Art. 13a lid 1: vakantieverlof only with the head's verlof."""
ART_13A_LID_2 = Artikel("13a", lid=2)
"""Art. 13a lid 2: once, at most ten days, not in the first two lesweken; pro rata for part-time."""
ART_14 = Artikel("14")
"""Art. 14: verlof for gewichtige omstandigheden."""
ART_14_LID_1 = Artikel("14", lid=1)
"""Art. 14 lid 1: verlof for gewichtige omstandigheden granted by the head."""
ART_14_LID_2 = Artikel("14", lid=2)
"""Art. 14 lid 2: verlof granted afterwards when the reasons are told within two days."""
ART_14_LID_3 = Artikel("14", lid=3)
"""Art. 14 lid 3: more than ten days a school year: the leerplichtambtenaar decides."""
ART_15 = Artikel("15")
"""Art. 15: vrijstelling from kwalificatieplicht."""
ART_15_LID_1 = Artikel("15", lid=1)
"""Art. 15 lid 1: vrijstelling from kwalificatieplicht when the pupil is otherwise educated enough."""
ART_21A_LID_1 = Artikel("21a", lid=1)
"""Art. 21a lid 1: the school reports 16 hours of unexcused absence in 4 lesweken."""
ART_27 = Artikel("27")
"""Art. 27: the bestuurlijke boete on the head."""
ART_27_A = Artikel("27", onderdeel="a")
"""Art. 27 onder a: the boete on a head who grants verlof against art. 13a lid 2 or 14 lid 3."""


class Pagina:
    """A citation of a DUO or Inspectie page (categories those bodies made, not the law)."""

    __slots__ = ("_bron",)

    def __init__(self, soort: Bronsoort, titel: str, url: str) -> None:
        self._bron = Bron(bron=soort, titel=titel, url=url)

    def __repr__(self) -> str:
        return f"Pagina({self._bron.titel!r})"

    def bron(self, versie: date) -> Bron:
        """The citation; a page has no law version."""
        return self._bron


Citaat = Artikel | Pagina
"""A citation template: becomes a :class:`Bron` for a given law version."""

DUO_SOORTEN_VERZUIM = Pagina(
    Bronsoort.DUO,
    "DUO, Soorten verzuim",
    "https://duo.nl/zakelijk/verzuim/verzuim/soorten-verzuim.jsp",
)
DUO_KEUZEHULP = Pagina(
    Bronsoort.DUO,
    "DUO, Keuzehulp verzuimsoorten (verzuimhulp)",
    "https://www.duo.nl/zakelijk/verzuimhulp/",
)
DUO_VERZUIM_MELDEN = Pagina(
    Bronsoort.DUO,
    "DUO, Verzuim digitaal melden",
    "https://www.duo.nl/zakelijk/primair-onderwijs/verzuim/verzuim-digitaal-melden.jsp",
)
DUO_POTENTIELE_LRV = Pagina(
    Bronsoort.DUO,
    "DUO, Rapportage potentiële LRV'ers makkelijker (R08)",
    "https://duo.nl/zakelijk/voortgezet-onderwijs/nieuws/verzuim/rapportage-potentile-lrvers-makkelijker.jsp",
)
NCJ_MAZL = Pagina(
    Bronsoort.NCJ,
    "NCJ, Wat is MAZL? (vier ziekmeldingen in twaalf weken of een zevende schooldag aaneengesloten)",
    "https://www.ncj.nl/mazl/wat-is-mazl/",
)
INSPECTIE_MELDEN = Pagina(
    Bronsoort.INSPECTIE,
    "Inspectie van het Onderwijs, Registreren en melden van ongeoorloofd verzuim",
    "https://www.onderwijsinspectie.nl/onderwerpen/registreren-en-melden-van-ongeoorloofd-verzuim",
)
DUO_VRIJSTELLING = Pagina(
    Bronsoort.DUO,
    "DUO, Omzetting status verzuimmelding bij vrijstelling",
    "https://duo.nl/zakelijk/verzuim/nieuws/omzetting-status-verzuimmelding-bij-vrijstelling.jsp",
)
DUO_GEGEVENS_KOPPELEN = Pagina(
    Bronsoort.DUO,
    "DUO, Gegevenskoppeling en routering (dubbele registratie voorkomen)",
    "https://duo.nl/zakelijk/verzuim/verzuim/gegevens-koppelen.jsp",
)
BALANS_2020 = Pagina(
    Bronsoort.BALANS,
    "Balans, Thuiszitters tellen. Een ander perspectief voor thuiszitters (februari 2020)",
    "https://fdocuments.nl/download/thuiszitters-tellen-balans-digitaal-colofon-thuiszitters-tellen-een-ander",
)
KAMERBRIEF_2016 = Pagina(
    Bronsoort.OCW,
    "Kamerbrief 3 februari 2016 (Kamerstukken II 26695, nr. 108): definitie thuiszitters",
    "https://zoek.officielebekendmakingen.nl/kst-26695-108.html",
)
