"""A model's own constraints, read from its fields, for fast paths that check rows without the model.

A batch path that skips pydantic's validation for rows that are plainly valid must accept exactly what
the model accepts. It takes its bounds from here, so a changed ``Field(le=...)`` or ``max_length`` moves
the fast path with it; a hand-copied ``100`` or ``2100`` would drift unseen.

Checks between fields (a date before another, two fields that go together) are :class:`CrossField`
declarations, one list per model: each check's code, message and fields once, with its scalar form (for
the model's validator) and its column form (for a column-wise fast path) side by side.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import reduce
from typing import Any, Generic, TypeVar

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

Case = TypeVar("Case", contravariant=True)
"""One case, as the model's validator sees it (the model itself)."""
Columns = TypeVar("Columns", contravariant=True)
"""Many cases, as a column-wise fast path sees them (one array per field)."""


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


@dataclass(frozen=True, slots=True)
class CrossField(Generic[Case, Columns]):
    """A check between fields of a model, declared once: the error it raises, and when, in the scalar
    form (``violated``: one case) and the column form (``violated_rows``: a boolean array, one element
    per row) side by side.

    The model's validator reads ``violated`` (:func:`check`), a column-wise fast path
    ``violated_rows`` (:func:`violated_rows`) to send the rows that violate it to the model; a
    differential test holds the two forms to each other. ``fields`` are the fields the error names
    (``velden``); ``context`` fills the rest of the message template.
    """

    code: str
    message: str
    fields: tuple[str, ...]
    violated: Callable[[Case], bool]
    violated_rows: Callable[[Columns], Any]
    context: Mapping[str, str] = field(default_factory=dict)

    def error(self) -> PydanticCustomError:
        """The error of the model's validator (``velden`` names the fields, for the typed error)."""
        return PydanticCustomError(self.code, self.message, {**self.context, "velden": list(self.fields)})


def check(checks: Iterable[CrossField[Case, Any]], case: Case) -> None:
    """One case: raise the error of the first check that ``case`` violates, in declaration order."""
    for c in checks:
        if c.violated(case):
            raise c.error()


def violated_rows(checks: Iterable[CrossField[Any, Columns]], columns: Columns) -> Any:
    """Columns: per row, whether it violates any of ``checks`` (a boolean array)."""
    return reduce(operator.or_, (c.violated_rows(columns) for c in checks))


def all_of(values: Iterable[Any]) -> Any:
    """``&`` over ``values``: element-wise "all of them" for boolean arrays."""
    return reduce(operator.and_, values)
