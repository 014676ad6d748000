"""The facts about one pupil that the thuiszitter classification reads, and its verdict.

The facts are periods (enrolment, leer- or kwalificatieplicht, continuous unexcused absence, illness,
verlof, vrijstellingen), so that one pupil can be classified on any peildatum and counted on several.
Where they come from (DUO's registers, a school system, the record analysis) is the caller's affair.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Self

from pydantic import ConfigDict, Field, model_validator

from .. import display
from ..beleid import Beleidskeuze
from ..bronnen import Bron
from ..fouten import Model, Sleutel, ToonbareSleutel
from ..kalender import Regio
from ..keuzehulp.modellen import Datum
from ..verlof.modellen import Vrijstelling, Vrijstellingsgrond


class Periode(Model):
    """A period of days, both ends included; ``tot`` absent means: still going on."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    van: Datum
    tot: Datum | None = None

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        if self.tot is not None and self.tot < self.van:
            raise ValueError("the end ('tot') lies before the start ('van')")
        return self

    def bevat(self, dag: date) -> bool:
        """Whether ``dag`` lies in the period."""
        return self.van <= dag and (self.tot is None or dag <= self.tot)


class Sector(StrEnum):
    """The school sector, for grouping counts."""

    PO = "po"
    VO = "vo"
    MBO = "mbo"
    SO = "so"
    VSO = "vso"


class Situatie(Model):
    """One pupil's periods, as far as the thuiszitter classification needs them.

    ``sleutel`` is the caller's pseudonymous key: no BSN, no name (AVG). ``plicht`` is the period in
    which the pupil is leerplichtig or kwalificatieplichtig (see the leerplicht status); a pupil
    without one is never counted as a verzuimer.
    """

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    sleutel: Sleutel | None = Field(
        default=None,
        max_length=100,
        description="The caller's pseudonymous key (no BSN or onderwijsnummer).",
    )
    plicht: Periode | None = Field(
        default=None, description="The period of leerplicht or kwalificatieplicht (art. 3, 4a)."
    )
    inschrijvingen: tuple[Periode, ...] = Field(default=(), description="Periods enrolled at a school.")
    ongeoorloofd_afwezig: tuple[Periode, ...] = Field(
        default=(), description="Spans of continuous absence without a valid reason."
    )
    ziek: tuple[Periode, ...] = Field(default=(), description="Spans of continuous absence through illness.")
    verlof_11g: tuple[Periode, ...] = Field(
        default=(), description="Verlof for gewichtige omstandigheden (art. 11 onder g, 14) granted."
    )
    vrijstellingen: tuple[Vrijstelling, ...] = Field(
        default=(), description="Vrijstellingen with their notices; only a valid one counts (art. 6, 7)."
    )
    regio: Regio | None = Field(default=None, description="School-holiday region (for the 4-week count).")
    gemeente: str | None = Field(default=None, max_length=100, description="For grouping counts.")
    school: str | None = Field(default=None, max_length=100, description="For grouping counts (e.g. BRIN).")
    sector: Sector | None = Field(default=None, description="For grouping counts.")


class Categorie(StrEnum):
    """Exactly one per pupil and peildatum (issue 6; docs/thuiszitters.md)."""

    LRV_4_WEKEN_TOT_3_MAANDEN = "lrv_4_weken_tot_3_maanden"
    LRV_LANGER_DAN_3_MAANDEN = "lrv_langer_dan_3_maanden"
    ABSOLUUT_TOT_3_MAANDEN = "absoluut_tot_3_maanden"
    ABSOLUUT_LANGER_DAN_3_MAANDEN = "absoluut_langer_dan_3_maanden"
    VRIJSTELLING_5_ONDER_A = "vrijstelling_5_onder_a"
    VRIJSTELLING_5_ONDER_B = "vrijstelling_5_onder_b"
    VRIJSTELLING_5_ONDER_C = "vrijstelling_5_onder_c"
    VRIJSTELLING_5A = "vrijstelling_5a"
    VRIJSTELLING_15 = "vrijstelling_15"
    VERLOF_11G_LANGER_DAN_4_WEKEN = "verlof_11g_langer_dan_4_weken"
    LANGDURIG_ZIEK = "langdurig_ziek"
    GEEN = "geen"


class Classificatie(Model):
    """The category of one pupil on one peildatum, with its grounds."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    sleutel: ToonbareSleutel
    peildatum: date
    categorie: Categorie
    sinds: date | None = Field(description="The first day of the situation that decides the category.")
    getelde_dagen: int | None = Field(
        description="For the 4-week categories: days counted (school-holiday days left out by default)."
    )
    grondslag: tuple[Bron, ...]
    toelichting: str
    beleidskeuzes: tuple[Beleidskeuze, ...]
    regelversie: str

    def _repr_html_(self) -> str:
        return display.html(self)


def vrijstellingscategorie(grond: Vrijstellingsgrond) -> Categorie | None:
    """The category a vrijstelling puts a pupil in; ``None`` for art. 11a (partial, under six)."""
    return _VRIJSTELLING.get(grond)


_VRIJSTELLING: dict[Vrijstellingsgrond, Categorie] = {
    Vrijstellingsgrond.ART_5_A: Categorie.VRIJSTELLING_5_ONDER_A,
    Vrijstellingsgrond.ART_5_B: Categorie.VRIJSTELLING_5_ONDER_B,
    Vrijstellingsgrond.ART_5_C: Categorie.VRIJSTELLING_5_ONDER_C,
    Vrijstellingsgrond.ART_5A: Categorie.VRIJSTELLING_5A,
    Vrijstellingsgrond.ART_15: Categorie.VRIJSTELLING_15,
}


def groepswaarde(situatie: Situatie, veld: str) -> Any:
    """The value of a grouping field (``gemeente``, ``school``, ``regio``, ``sector``)."""
    waarde = getattr(situatie, veld)
    return waarde.value if isinstance(waarde, StrEnum) else waarde
