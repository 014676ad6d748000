"""The public JSON contract of the keuzehulp: a case (:class:`Casus`) and a verdict (:class:`Oordeel`).

The keys are the contract of docs/contract.md: the CLI reads and writes
exactly these, and ``verzuimregels schema`` prints their JSON Schema for callers in other languages.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    model_validator,
)

from .. import display
from ..beleid import Beleidskeuze
from ..bronnen import Bron
from ..engine.constraints import check
from ..engine.trace import Feitwaarde as Feitwaarde
from ..engine.trace import GelezenFeit as GelezenFeit
from ..engine.trace import Herkomst as Herkomst
from ..engine.trace import Stap as Stap
from ..engine.values import Datum as Datum
from ..engine.values import Uren as Uren
from ..fouten import Model
from .checks import CASUS_CHECKS

MAX_LEEFTIJD = 130
"""Highest accepted ``leeftijd_eerste_verzuimdag``: older is impossible input."""
MAX_DAGEN = 36_600
"""Highest accepted ``aaneengesloten_dagen_afwezig`` (a century)."""


class Verzuimsoort(StrEnum):
    """The outcome of the keuzehulp (docs/contract.md)."""

    GEEN_MELDING = "geen_melding"
    ZIEKTEVERZUIM = "ziekteverzuim"
    LUXE_VERZUIM = "luxe_verzuim"
    ZESTIEN_UUR = "zestien_uur"
    LANGDURIG_RELATIEF_VERZUIM = "langdurig_relatief_verzuim"
    RMC = "rmc"
    OVERIG_VERZUIM = "overig_verzuim"


class Meldplicht(StrEnum):
    """Whether the school must, may or must not report (docs/contract.md)."""

    VERPLICHT = "verplicht"
    AFSPRAAK_GEMEENTE = "afspraak_gemeente"
    NIET_VERPLICHT = "niet_verplicht"
    NIET_MELDEN = "niet_melden"


class Casus(Model):
    """The facts of one case of absence, as the keuzehulp asks them (docs/contract.md).

    Facts are asked only when the tree reaches their question: a case of illness needs no hours. A
    question that needs a fact the case lacks raises :class:`~verzuimregels.fouten.OntbrekendFeit`
    naming the field; no fact is ever silently assumed. Facts with a default (``false``) show in the
    verdict's ``pad`` as ``herkomst: "standaard"`` when the tree read them.

    The age is needed by every case (the scope checks read it): give ``leeftijd_eerste_verzuimdag``,
    or ``geboortedatum`` and ``eerste_verzuimdag``, or all three (then they must agree).
    """

    model_config = ConfigDict(
        hide_input_in_errors=True,
        frozen=True,
        extra="forbid",
        json_schema_extra={"title": "Casus", "$comment": "verzuimregels keuzehulp case"},
    )

    ziek: StrictBool | None = Field(
        default=None, description="Q1: the pupil is absent because of illness (a ziekmelding)."
    )
    ziekte_twijfel: StrictBool = Field(
        default=False,
        description=("Q1 note: the school doubts the ziekmelding and has consulted the leerplichtambtenaar."),
    )
    vakantie_zonder_verlof: StrictBool | None = Field(
        default=None,
        description="Q2: on holiday outside the school holidays without granted verlof.",
    )
    leeftijd_eerste_verzuimdag: Annotated[StrictInt, Field(ge=0, le=MAX_LEEFTIJD)] | None = Field(
        default=None, description="Q3: age in whole years on the first verzuimdag."
    )
    geboortedatum: Datum | None = Field(
        default=None,
        repr=False,
        description="Birth date; with eerste_verzuimdag, the library computes the age.",
    )
    eerste_verzuimdag: Datum | None = Field(
        default=None, description="The first day of absence of this case."
    )
    aaneengesloten_dagen_afwezig: Annotated[StrictInt, Field(ge=0, le=MAX_DAGEN)] | None = Field(
        default=None,
        description=(
            "Q4: calendar days of continuous absence from the first verzuimdag through the day "
            "judged; days inside a school holiday are not counted and do not break the span."
        ),
    )
    ongeoorloofde_uren_4_lesweken: Uren | None = Field(
        default=None,
        description=(
            "Q5: highest total of unexcused hours within 4 consecutive lesweken (klokuren in po, "
            "lesuren of at most 60 minutes in vo)."
        ),
    )
    afspraak_gemeente_18plus: StrictBool = Field(
        default=False,
        description="Q6: the gemeente agreed that 16-hour verzuim of 18+ pupils is reported.",
    )
    eerdere_melding_4_weken: StrictBool = Field(
        default=False,
        description="Q7: the school already made a verzuimmelding for this pupil in the last 4 weeks.",
    )
    startkwalificatie: StrictBool = Field(
        default=False, description="Scope: the pupil holds a startkwalificatie."
    )
    peildatum: Datum | None = Field(
        default=None,
        description="The date the case is judged on; selects the law version. Default: today.",
    )

    @model_validator(mode="after")
    def _datums_en_leeftijd(self) -> Self:
        check(CASUS_CHECKS, self)  # declared once, also read by the column-wise keuzehulp
        return self


class Oordeel(Model):
    """The verdict on one case (docs/contract.md)."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    verzuimsoort: Verzuimsoort
    meldplicht: Meldplicht
    pad: tuple[Stap, ...] = Field(description="Every question asked, in order.")
    grondslag: tuple[Bron, ...] = Field(description="The citations that ground the outcome.")
    toelichting: str = Field(description="One or two sentences for a school administrator.")
    beleidskeuzes: tuple[Beleidskeuze, ...] = Field(
        description="Every policy default that influenced this verdict."
    )
    regelversie: str = Field(description="Law version date and library version that produced it.")

    def _repr_html_(self) -> str:
        """Jupyter: the verdict with its path, articles, policy defaults and the tree."""
        return display.html(self)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        """IPython's plain-text display: the verdict as readable text."""
        p.text(display.text(self))


JSON_CONTRACT_CASUS: tuple[str, ...] = tuple(Casus.model_fields)
JSON_CONTRACT_OORDEEL: tuple[str, ...] = tuple(Oordeel.model_fields)
Taalcode = Literal["nl", "en"]
