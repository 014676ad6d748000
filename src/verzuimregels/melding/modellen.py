"""The verzuimmelding as a school submits it to DUO (docs/valideren.md), and the report.

:class:`Melding` takes every field *as submitted*: it checks only the form of a value (a date is a
date, a text is a text). Whether the melding is complete and right — required fields per
verzuimsoort, lengths, identifiers, date order — is what :func:`~verzuimregels.melding.valideer`
reports as findings, so one missing field never hides the others.

Personal data (BSN, onderwijsnummer, birth date, the contact person's name, e-mail address and phone)
is kept out of ``repr`` and never copied into a finding or a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, ValidationError
from pydantic_core import PydanticCustomError

from ..fouten import Invoerfout, Model, ToonbareSleutel, is_persoonsnummer, valideer_model
from ..keuzehulp.modellen import Datum
from .bevindingen import Bevinding


def _tekst(waarde: Any) -> Any:
    """A text field: surrounding whitespace removed; an empty text is no value."""
    if isinstance(waarde, str):
        schoon = waarde.strip()
        return schoon or None
    if waarde is None:
        return None
    raise PydanticCustomError("tekst_type", "Input should be a text")


Tekst = Annotated[str | None, BeforeValidator(_tekst)]
"""A text as submitted; ``""`` and whitespace count as not given."""

_DAG = re.compile(r"\s*(\d{4}-\d{2}-\d{2})\s*=\s*([^;]*?)\s*")
_PERIODE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})\s*/\s*(\d{4}-\d{2}-\d{2})?\s*")


def _dagen(waarde: Any) -> Any:
    """The day specification; in CSV ``2026-03-02=dag;2026-03-03=1,2,3``."""
    if not isinstance(waarde, str):
        return waarde
    dagen: list[dict[str, Any]] = []
    for deel in filter(str.strip, waarde.split(";")):
        treffer = _DAG.fullmatch(deel)
        if treffer is None:
            raise PydanticCustomError(
                "dagen_formaat", "Input should be 'YYYY-MM-DD=dag' or 'YYYY-MM-DD=1,2,3'"
            )
        datum, uren = treffer.groups()
        if uren.lower() == "dag":
            dagen.append({"datum": datum, "hele_dag": True})
        elif re.fullmatch(r"\d{1,2}(\s*,\s*\d{1,2})*", uren):
            dagen.append({"datum": datum, "lesuren": [int(u) for u in uren.split(",")]})
        else:
            raise PydanticCustomError(
                "dagen_formaat", "Input should be 'YYYY-MM-DD=dag' or 'YYYY-MM-DD=1,2,3'"
            )
    return dagen


def _perioden(waarde: Any) -> Any:
    """Vrijstelling periods; in CSV ``2025-09-01/2026-07-31;2026-09-01/`` (open end allowed)."""
    if not isinstance(waarde, str):
        return waarde
    perioden: list[dict[str, Any]] = []
    for deel in filter(str.strip, waarde.split(";")):
        treffer = _PERIODE.fullmatch(deel)
        if treffer is None:
            raise PydanticCustomError("perioden_formaat", "Input should be 'YYYY-MM-DD/YYYY-MM-DD'")
        perioden.append({"begindatum": treffer.group(1), "einddatum": treffer.group(2)})
    return perioden


class Dag(Model):
    """One day of the day specification: the whole day, or the lesuren (1–12) missed."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    datum: Datum
    hele_dag: StrictBool = Field(default=False, description="The pupil missed the whole day.")
    lesuren: tuple[StrictInt, ...] = Field(default=(), description="The lesuren missed, 1 to 12.")


class Periode(Model):
    """A period, e.g. a vrijstelling; an open end (no einddatum) lasts indefinitely."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    begindatum: Datum
    einddatum: Datum | None = None


class Melding(Model):
    """One verzuimmelding as submitted (docs/valideren.md). Every field is optional here; see the module doc.

    Keys are the JSON keys and the CSV header (docs/valideren.md). ``verzuimsoort`` takes a
    verzuimloket code (``V3``, ``V4``, ``RMC``, ``L``, ``LRV``, ``O``) or a library verzuimsoort
    (``zestien_uur``, ...); see :mod:`verzuimregels.melding.codes`.
    """

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    sleutel: Tekst = Field(default=None, description="The caller's own (pseudonymous) key for the row.")
    leerling: Tekst = Field(
        default=None,
        repr=False,
        description=(
            "The caller's pseudonymous key of the pupil, to find the pupil's records (--records); "
            "without it the row's sleutel is used. Never echoed in a report."
        ),
    )
    bsn: Tekst = Field(default=None, repr=False, description="The pupil's burgerservicenummer.")
    onderwijsnummer: Tekst = Field(
        default=None, repr=False, description="The pupil's onderwijsnummer, only for a pupil without a BSN."
    )
    geboortedatum: Datum | None = Field(
        default=None, repr=False, description="Optional: checks the verzuimsoort against the age."
    )
    brin: Tekst = Field(default=None, description="The school's BRIN (4 characters), or BRIN + vestiging.")
    vestiging: Tekst = Field(default=None, description="The vestiging (2 digits).")
    woongemeente: Tekst = Field(default=None, description="The pupil's woongemeente (routing).")
    verzuimsoort: Tekst = Field(default=None, description="Loket code or library verzuimsoort.")
    begindatum: Datum | None = Field(default=None, description="The first verzuimdag counted.")
    einddatum: Datum | None = Field(
        default=None, description="The day the 16 hours / 4 weeks were reached, or of return."
    )
    vermoedelijke_reden: Tekst = Field(
        default=None, repr=False, description="Required, at most 200 characters."
    )
    toelichting: Tekst = Field(default=None, repr=False, description="At most 100 characters.")
    contactpersoon_naam: Tekst = Field(default=None, repr=False, description="Required, at most 100.")
    contactpersoon_email: Tekst = Field(default=None, repr=False, description="Required, at most 100.")
    contactpersoon_functie: Tekst = Field(default=None, description="Optional, at most 60 characters.")
    contactpersoon_telefoon: Tekst = Field(default=None, repr=False, description="Optional.")
    dagen: Annotated[tuple[Dag, ...], BeforeValidator(_dagen)] = Field(
        default=(), description="Optional day specification: whole days or lesuren 1–12."
    )
    vrijstellingen: Annotated[tuple[Periode, ...], BeforeValidator(_perioden)] = Field(
        default=(), description="Optional: the pupil's vrijstelling periods, to check for overlap."
    )

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        """As pydantic's, but a ``sleutel`` that is a BSN or onderwijsnummer (a finding) is not shown."""
        for naam, waarde in super().__repr_args__():
            if naam == "sleutel" and isinstance(waarde, str) and is_persoonsnummer(waarde):
                continue
            yield naam, waarde

    @classmethod
    def lees(cls, waarde: Mapping[str, Any]) -> Melding:
        """Build a melding; raises :class:`~verzuimregels.fouten.Invoerfout` without input values."""
        try:
            return valideer_model(cls, waarde)
        except ValidationError as fout:
            invoerfout = Invoerfout.uit_validatie(fout, invoer=waarde)
        raise invoerfout  # outside the handler: no __context__ holding the ValidationError


MELDINGVELDEN: tuple[str, ...] = tuple(Melding.model_fields)
"""The keys of a melding: the JSON keys and the documented CSV header, in order."""


class Status(StrEnum):
    """The outcome for one row."""

    GOED = "goed"
    WAARSCHUWING = "waarschuwing"
    FOUT = "fout"


class Rijrapport(Model):
    """The report on one input row: every input row has one, in input order."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    rij: int = Field(description="Position of the row in the input, counting from 1.")
    regel: int | None = Field(default=None, description="For CSV: the line where the row starts.")
    sleutel: ToonbareSleutel = Field(default=None, description="The caller's key, if given (never a BSN).")
    status: Status
    verzuimsoort: str | None = Field(default=None, description="The library verzuimsoort read, if known.")
    loketcodes: tuple[str, ...] = Field(
        default=(),
        description="The verzuimloket code(s) for this melding (V3 or V4 when the age is unknown).",
    )
    bevindingen: tuple[Bevinding, ...]


class Leerlingrapport(Model):
    """Findings about a pupil that belong to no input row: a melding the records make due is missing."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    positie: int = Field(description="Position of the pupil in the records, counting from 1.")
    leerling: ToonbareSleutel = Field(
        default=None, description="The pupil's key in the records (left out when it looks like a BSN)."
    )
    status: Status
    bevindingen: tuple[Bevinding, ...]


class Samenvatting(Model):
    """Totals over a batch."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    rijen: int
    goed: int
    met_waarschuwing: int
    met_fout: int
    per_code: dict[str, int] = Field(description="Number of findings per code.")
    leerlingen_met_waarschuwing: int = Field(
        default=0, description="Pupils with a missing melding at warning level (checks against records)."
    )
    leerlingen_met_fout: int = Field(
        default=0, description="Pupils with a missing melding at error level (checks against records)."
    )
    peildatum: date | None
    regelversie: str
