"""JSON Schemas of the public contract, for callers in other languages (C#, Java, JavaScript)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .fouten import Foutuitvoer
from .keuzehulp.modellen import Casus, Oordeel
from .melding.modellen import Leerlingrapport, Melding, Rijrapport
from .registratie import Analyse, Leerling
from .status.modellen import Statusoordeel, Statusvraag
from .verlof.modellen import Verlofaanvraag, Verlofoordeel

SCHEMA_MODELLEN: dict[str, type[BaseModel]] = {
    "casus": Casus,
    "oordeel": Oordeel,
    "fout": Foutuitvoer,
    "statusvraag": Statusvraag,
    "statusoordeel": Statusoordeel,
    "verlofaanvraag": Verlofaanvraag,
    "verlofoordeel": Verlofoordeel,
    "leerling": Leerling,
    "analyse": Analyse,
    "melding": Melding,
    "rijrapport": Rijrapport,
    "leerlingrapport": Leerlingrapport,
}
"""Each name the CLI's ``schema`` command knows, with its model."""

SCHEMA_BASIS = "https://verzuimregels.github.io/verzuimregels/schema/"
"""The base of every schema's ``$id``: ``SCHEMA_BASIS + naam + ".json"`` (e.g. ``.../schema/casus.json``)."""

INVOER = frozenset({"casus", "statusvraag", "verlofaanvraag", "leerling", "melding"})
"""The schemas of input (read by the library); the others describe output."""


def json_schema(naam: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one model: input (see :data:`INVOER`) or output.

    Each schema has a ``$id`` (:data:`SCHEMA_BASIS` + name + ``.json``) so that a validator can cache it
    and other schemas can refer to it. Formats are those the library accepts: dates are ``format: date``
    (``YYYY-MM-DD``); times of day (``van``/``tot``) are ``HH:MM`` or ``HH:MM:SS`` by ``pattern``, not
    RFC 3339 ``format: time`` (which requires seconds and an offset).
    """
    model = SCHEMA_MODELLEN[naam]
    schema = model.model_json_schema(mode="validation" if naam in INVOER else "serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASIS}{naam}.json",
        **schema,
    }


def alle_schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by name."""
    return {naam: json_schema(naam) for naam in SCHEMA_MODELLEN}
