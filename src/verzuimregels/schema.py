"""JSON Schemas of the public contract, for callers in other languages (C#, Java, JavaScript)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .cli.invoer import Foutuitvoer
from .keuzehulp.modellen import Casus, Oordeel
from .registratie import Analyse, Leerling

SCHEMA_MODELLEN: dict[str, type[BaseModel]] = {
    "casus": Casus,
    "oordeel": Oordeel,
    "fout": Foutuitvoer,
    "leerling": Leerling,
    "analyse": Analyse,
}
"""Each name the CLI's ``schema`` command knows, with its model."""


_INVOER = frozenset({"casus", "leerling"})
"""The schemas of input (read); the others describe output (written)."""


def json_schema(naam: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one model: input (``casus``, ``leerling``) or output."""
    model = SCHEMA_MODELLEN[naam]
    schema = model.model_json_schema(mode="validation" if naam in _INVOER else "serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def alle_schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by name."""
    return {naam: json_schema(naam) for naam in SCHEMA_MODELLEN}
