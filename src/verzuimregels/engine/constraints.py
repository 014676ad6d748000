"""A model's own constraints, read from its fields, for fast paths that check rows without the model.

A batch path that skips pydantic's validation for rows that are plainly valid must accept exactly what
the model accepts. It takes its bounds from here, so a changed ``Field(le=...)`` or ``max_length`` moves
the fast path with it; a hand-copied ``100`` or ``2100`` would drift unseen.
"""

from __future__ import annotations

from typing import Any

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo


def _metadata(info: FieldInfo) -> list[Any]:
    """The constraints of a field, also those inside ``Annotated[X, Field(...)] | None``."""
    gevonden = list(info.metadata)
    for arg in getattr(info.annotation, "__args__", ()):
        gevonden.extend(getattr(arg, "__metadata__", ()))
    uit: list[Any] = []
    for m in gevonden:
        uit.extend(m.metadata if isinstance(m, FieldInfo) else [m])
    return uit


def bounds(model: type[BaseModel], field: str) -> tuple[Any, Any]:
    """The inclusive lower and upper bound (``ge``, ``le``) of a field; ``None`` where there is none."""
    lower = upper = None
    for m in _metadata(model.model_fields[field]):
        if isinstance(m, annotated_types.Ge):
            lower = m.ge
        elif isinstance(m, annotated_types.Le):
            upper = m.le
    return lower, upper


def max_length(model: type[BaseModel], field: str) -> int:
    """The ``max_length`` of a field (:class:`ValueError` when it has none)."""
    for m in _metadata(model.model_fields[field]):
        if isinstance(m, annotated_types.MaxLen):
            return int(m.max_length)
    raise ValueError(f"{model.__name__}.{field} has no max_length")
