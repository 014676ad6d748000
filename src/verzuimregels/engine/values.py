"""The value types of facts: a calendar date and a number of hours, as the JSON contract carries them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainSerializer
from pydantic_core import PydanticCustomError

from ..regels.meldplicht import MAX_UREN_4_LESWEKEN

_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_datum(waarde: Any) -> Any:
    """Accept a ``date`` or an ISO ``YYYY-MM-DD`` string, nothing else (no timestamps, no times)."""
    if type(waarde) is str and len(waarde) == 10 and waarde[4] == "-" and waarde[7] == "-":
        # The common form, without the pattern: ``fromisoformat`` reads a 10-character string with
        # these dashes only as YYYY-MM-DD of ASCII digits (what the pattern accepts); anything it
        # refuses gets the checks below, and their error.
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            pass
    if isinstance(waarde, str):
        if not _ISO_DATUM.fullmatch(waarde):
            raise PydanticCustomError("datum_formaat", "Input should be a date as YYYY-MM-DD")
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            raise PydanticCustomError("datum_bestaat_niet", "Input is not a date that exists") from None
    if isinstance(waarde, date) and type(waarde) is date:
        return waarde
    raise PydanticCustomError("datum_type", "Input should be a date as YYYY-MM-DD")


Datum = Annotated[date, BeforeValidator(_iso_datum)]
"""A calendar date, given as ``YYYY-MM-DD`` in JSON."""


def _als_getal(waarde: Decimal) -> int | float:
    """A decimal as a plain JSON number: an ``int`` when it is whole (``16``), else a ``float``."""
    return int(waarde) if waarde == waarde.to_integral_value() else float(waarde)


Getal = Annotated[Decimal, PlainSerializer(_als_getal, return_type=int | float, when_used="json")]
"""A number of hours or days, exact as a decimal; a plain JSON number on the wire."""

Uren = Annotated[Getal, Field(ge=0, le=MAX_UREN_4_LESWEKEN, allow_inf_nan=False)]
"""Hours of the keuzehulp's Q5, exact as a decimal; a plain JSON number on the wire."""
