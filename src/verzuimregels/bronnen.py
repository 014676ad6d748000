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

from pydantic import BaseModel, ConfigDict, Field

from ._versie import __version__
from .fouten import GeenWetsversie

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


class Bron(BaseModel):
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
