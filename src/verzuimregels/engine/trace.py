"""The trace of a decision: the steps (:class:`Stap`) a walk through a tree took, each with the facts it
read (:class:`GelezenFeit`) and where they came from (:class:`Herkomst`).

Machinery shared by every decision of the library (the keuzehulp, status, verlof): a verdict's ``pad``
is a tuple of :class:`Stap`. The types moved here from :mod:`verzuimregels.keuzehulp.modellen`, which
re-exports them.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import ConfigDict, Field, StrictBool, StrictInt

from ..bronnen import Bron
from ..fouten import Model
from .values import Datum, Uren

Feitwaarde = StrictBool | StrictInt | Uren | Datum | None


class Herkomst(StrEnum):
    """Where a fact read by a question came from."""

    OPGEGEVEN = "opgegeven"
    """Given in the case."""
    STANDAARD = "standaard"
    """Not given; the contract's documented default (false) was used."""
    BEREKEND = "berekend"
    """Computed by the library from other facts (see ``afgeleid_van``)."""


class GelezenFeit(Model):
    """A fact a question read, with its value and where it came from."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    naam: str
    waarde: Feitwaarde
    herkomst: Herkomst
    afgeleid_van: tuple[str, ...] = Field(
        default=(), description="For a computed fact: the facts it was computed from."
    )


class Stap(Model):
    """One question asked on the way to the verdict."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    vraag: str = Field(
        description=(
            "The question's id in its tree: the keuzehulp's S1–S3 (scope), Q1, Q1b, Q2, Q3, Q4a, Q4b, Q5, "
            "Q6, Q7; status's L1, L2, K1–K3, R1; verlof's V1–V5 (vakantieverlof) and G1–G3 (gewichtige "
            "omstandigheden)."
        )
    )
    tekst: str = Field(description="The question, as DUO words it (Dutch) or its English translation.")
    antwoord: bool = Field(description="The answer: true is 'ja'.")
    feiten: tuple[GelezenFeit, ...] = Field(description="The facts read, with their values.")
    grondslag: tuple[Bron, ...] = Field(description="The citations that ground the question.")
