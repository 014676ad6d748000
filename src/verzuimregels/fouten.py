"""Typed errors: every one names the field(s) and the rule it broke, and never echoes input values.

Input values are never copied into a message, because in this domain they can be personal data (a
BSN, an onderwijsnummer, a birth date, a name; AVG). A message says *which* field is wrong and *why*,
and a batch refers to a row by its position or by the caller's own pseudonymous key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Veldfout(BaseModel):
    """One problem with one or more fields of an input."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    veld: str = Field(
        description="The field, as a dotted path (e.g. 'geboortedatum'); '' for the whole input."
    )
    velden: tuple[str, ...] = Field(
        default=(),
        description="All fields involved, when the problem is a contradiction between fields.",
    )
    regel: str = Field(description="Machine-readable code of the rule that was broken.")
    melding: str = Field(description="What is wrong, without the input value.")


class VerzuimregelsFout(Exception):
    """Base class of every error this library raises on purpose."""


class OntbrekendeExtra(VerzuimregelsFout, ModuleNotFoundError):
    """A module or function needs an optional extra that is not installed; the message names the extra
    and the command that installs it. A ``ModuleNotFoundError``, so ``except ImportError`` still works."""

    def __init__(self, onderdeel: str, extra: str, module: str | None = None) -> None:
        self.extra = extra
        pakket = f"{module} (" if module else "("
        super().__init__(
            f"{onderdeel} needs {pakket}the '{extra}' extra): pip install 'verzuimregels[{extra}]'",
            name=module,
        )


class Leesfout(VerzuimregelsFout):
    """An input file as a whole cannot be read (encoding, header, shape); the CLI exits with code 2.

    The message names what is wrong and where (a line, a column by position), never a value read.
    """


class Invoerfout(VerzuimregelsFout, ValueError):
    """The input breaks one or more rules; :attr:`fouten` lists each with its field."""

    def __init__(self, fouten: Sequence[Veldfout]) -> None:
        self.fouten: tuple[Veldfout, ...] = tuple(fouten)
        super().__init__("; ".join(f"{f.veld or '<input>'}: {f.melding} [{f.regel}]" for f in self.fouten))

    @classmethod
    def enkel(cls, veld: str, regel: str, melding: str, velden: Iterable[str] = ()) -> Invoerfout:
        """An error about one field (or a contradiction between ``velden``)."""
        return cls([Veldfout(veld=veld, velden=tuple(velden), regel=regel, melding=melding)])

    @classmethod
    def uit_validatie(cls, fout: ValidationError, voorvoegsel: str = "") -> Invoerfout:
        """Translate a pydantic ``ValidationError`` without the input values it may hold."""
        return cls([_veldfout(e, voorvoegsel) for e in fout.errors(include_input=False, include_url=False)])


_M = TypeVar("_M", bound=BaseModel)


def lees_model(model: type[_M], waarde: _M | Mapping[str, Any], voorvoegsel: str = "") -> _M:
    """An instance of ``model`` from itself or a mapping with its JSON keys.

    Bad input raises :class:`Invoerfout` naming each field (prefixed with ``voorvoegsel``, e.g.
    ``"vrijstellingen.2"``) and the rule it broke, without the input values.
    """
    if isinstance(waarde, model):
        return waarde
    try:
        return model.model_validate(waarde)
    except ValidationError as fout:
        raise Invoerfout.uit_validatie(fout, voorvoegsel) from None


def _veldfout(e: Any, voorvoegsel: str) -> Veldfout:
    loc = ".".join(str(p) for p in e["loc"])
    ctx = e.get("ctx") or {}
    velden = tuple(ctx.get("velden", ()))
    veld = loc or (velden[0] if velden else "")
    if voorvoegsel:
        veld = f"{voorvoegsel}.{veld}" if veld else voorvoegsel
    return Veldfout(veld=veld, velden=velden, regel=str(e["type"]), melding=str(e["msg"]))


class OntbrekendFeit(Invoerfout):
    """A question of the keuzehulp needs a fact the case does not give."""

    def __init__(self, veld: str, vraag: str) -> None:
        self.veld = veld
        self.vraag = vraag
        super().__init__(
            [
                Veldfout(
                    veld=veld,
                    regel="feit_ontbreekt",
                    melding=f"question {vraag} of the keuzehulp needs this fact; the case does not give it",
                )
            ]
        )


class GeenWetsversie(Invoerfout):
    """The peildatum lies before the oldest law version the rules were checked against."""

    def __init__(self, peildatum: date, oudste: date) -> None:
        self.peildatum = peildatum
        self.oudste = oudste
        super().__init__(
            [
                Veldfout(
                    veld="peildatum",
                    regel="geen_wetsversie",
                    melding=(
                        "no version of the Leerplichtwet encoded for this peildatum; "
                        f"the oldest is {oudste.isoformat()}"
                    ),
                )
            ]
        )


class Foutrij(BaseModel):
    """An input row that could not be judged, in place of its result."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rij: int = Field(description="Position of the row in the input, counting from 1.")
    sleutel: str | None = Field(default=None, description="The caller's own key for the row, if any.")
    fouten: tuple[Veldfout, ...]


class Foutuitvoer(BaseModel):
    """The output object for a row that failed: ``{"fout": {...}}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fout: Foutrij
