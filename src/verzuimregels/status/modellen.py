"""The JSON contract of the status check: a question (:class:`Statusvraag`) and a verdict
(:class:`Statusoordeel`), in the style of the keuzehulp's :class:`~verzuimregels.keuzehulp.Casus` and
:class:`~verzuimregels.keuzehulp.Oordeel` (same :class:`~verzuimregels.keuzehulp.Stap`, same
:class:`~verzuimregels.bronnen.Bron`)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Self

from pydantic import ConfigDict, Field, StrictInt, model_validator
from pydantic_core import PydanticCustomError

from ..beleid import Beleidskeuze
from ..bronnen import Bron
from ..engine.trace import Stap
from ..engine.values import Datum
from ..fouten import Model
from ..regels.kwalificatieplicht import Diplomasoort

Schooljaar = Annotated[StrictInt, Field(ge=1900, le=2200)]
"""A school year, named by the calendar year in which it starts (1 August)."""


class Diploma(Model):
    """A diploma, statement or VSO profile followed, with the day it was obtained (or completed)."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    soort: Diplomasoort
    datum: Datum = Field(repr=False, description="The day the diploma was obtained.")


class Statusvraag(Model):
    """A pupil and a peildatum: is the pupil leerplichtig, kwalificatieplichtig, RMC, or none?

    The school history is optional. Without ``eerste_volledige_schooljaar`` the end of leerplicht is
    taken from art. 3 lid 1 onder b (the school year of the 16th birthday) only, and the verdict says
    so: art. 3 lid 1 onder a can end it earlier.
    """

    model_config = ConfigDict(
        hide_input_in_errors=True, frozen=True, extra="forbid", json_schema_extra={"title": "Statusvraag"}
    )

    geboortedatum: Datum = Field(repr=False, description="The pupil's birth date.")
    peildatum: Datum = Field(description="The day the status is asked for.")
    eerste_volledige_schooljaar: Schooljaar | None = Field(
        default=None,
        description=(
            "Art. 3 lid 1 onder a: the first full school year the pupil attended a school; every "
            "following school year is taken as attended."
        ),
    )
    basisschool_afgerond_schooljaar: Schooljaar | None = Field(
        default=None, description="Art. 3 lid 2: the school year at whose end the pupil finished basisschool."
    )
    basisschool_schooljaren: Annotated[StrictInt, Field(ge=1, le=12)] | None = Field(
        default=None, description="Art. 3 lid 2: in how many school years the pupil went through basisschool."
    )
    diplomas: tuple[Diploma, ...] = Field(
        default=(), description="Diplomas, statements and VSO profiles followed (art. 1 onder f, 4a lid 2)."
    )

    @model_validator(mode="after")
    def _samenhang(self) -> Self:
        if self.geboortedatum > self.peildatum:
            raise PydanticCustomError(
                "geboortedatum_na_peildatum",
                "geboortedatum lies after peildatum",
                {"velden": ["geboortedatum", "peildatum"]},
            )
        if (self.basisschool_afgerond_schooljaar is None) != (self.basisschool_schooljaren is None):
            ontbreekt = (
                "basisschool_schooljaren"
                if self.basisschool_schooljaren is None
                else "basisschool_afgerond_schooljaar"
            )
            raise PydanticCustomError(
                "basisschool_onvolledig",
                "basisschool_afgerond_schooljaar and basisschool_schooljaren go together: {veld} is missing",
                {"veld": ontbreekt, "velden": [ontbreekt]},
            )
        if self.basisschool_afgerond_schooljaar is not None and self.eerste_volledige_schooljaar is None:
            raise PydanticCustomError(
                "schooljaar_ontbreekt",
                "basisschool_afgerond_schooljaar needs eerste_volledige_schooljaar",
                {"velden": ["eerste_volledige_schooljaar"]},
            )
        if (
            self.eerste_volledige_schooljaar is not None
            and self.eerste_volledige_schooljaar < self.geboortedatum.year
        ):
            raise PydanticCustomError(
                "datum_volgorde",
                "eerste_volledige_schooljaar lies before the year of geboortedatum",
                {"velden": ["eerste_volledige_schooljaar", "geboortedatum"]},
            )
        if (
            self.basisschool_afgerond_schooljaar is not None
            and self.eerste_volledige_schooljaar is not None
            and self.basisschool_afgerond_schooljaar < self.eerste_volledige_schooljaar
        ):
            raise PydanticCustomError(
                "datum_volgorde",
                "basisschool_afgerond_schooljaar lies before eerste_volledige_schooljaar",
                {"velden": ["basisschool_afgerond_schooljaar", "eerste_volledige_schooljaar"]},
            )
        for i, diploma in enumerate(self.diplomas):
            if diploma.datum < self.geboortedatum:
                raise PydanticCustomError(
                    "datum_volgorde",
                    "a diploma's datum lies before geboortedatum",
                    {"velden": [f"diplomas.{i}.datum", "geboortedatum"]},
                )
        return self


class Status(StrEnum):
    """Which obligation holds on the peildatum."""

    LEERPLICHTIG = "leerplichtig"
    KWALIFICATIEPLICHTIG = "kwalificatieplichtig"
    RMC = "rmc"
    GEEN = "geen"


class Statusreden(StrEnum):
    """Why the status is what it is (finer than :class:`Status` for ``geen``)."""

    NOG_NIET_LEERPLICHTIG = "nog_niet_leerplichtig"
    LEERPLICHTIG = "leerplichtig"
    KWALIFICATIEPLICHTIG = "kwalificatieplichtig"
    STARTKWALIFICATIE = "startkwalificatie"
    UITZONDERING_4A_LID_2 = "uitzondering_4a_lid_2"
    RMC = "rmc"
    OUDER_DAN_RMC = "ouder_dan_rmc"


class Periode(Model):
    """A period of days, both ends included, with the citations that fix its ends."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    begin: date
    einde: date = Field(description="The last day (inclusive).")
    grondslag: tuple[Bron, ...]

    def bevat(self, dag: date) -> bool:
        """Whether ``dag`` lies in the period."""
        return self.begin <= dag <= self.einde


class Statusoordeel(Model):
    """The verdict of the status check."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    status: Status
    reden: Statusreden
    leeftijd: int = Field(description="Age in whole years on the peildatum.")
    jongere_zelf_verplicht: bool = Field(
        description=(
            "The pupil is personally obliged to attend: leerplichtig and 12 or older (art. 2 lid 3), "
            "or kwalificatieplichtig (art. 4c)."
        )
    )
    leerplicht: Periode = Field(description="Art. 3 lid 1: the period of leerplicht.")
    kwalificatieplicht: Periode | None = Field(
        description="Art. 4b: the period of kwalificatieplicht; null when it does not apply at all."
    )
    rmc: Periode | None = Field(description="The RMC age group (18 to 22) while without startkwalificatie.")
    pad: tuple[Stap, ...]
    grondslag: tuple[Bron, ...]
    toelichting: str
    beleidskeuzes: tuple[Beleidskeuze, ...]
    regelversie: str
