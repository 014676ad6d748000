"""Typed errors: every one names the field(s) and the rule it broke, and never echoes input values.

Input values are never copied into a message, because in this domain they can be personal data (a
BSN, an onderwijsnummer, a birth date, a name; AVG). A message says *which* field is wrong and *why*,
and a batch refers to a row by its position or by the caller's own pseudonymous key.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, ParamSpec, Self, TypeVar, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .foutteksten import REGELS, MetReden, veldtekst
from .teksten import Taal


class Model(BaseModel):
    """The base of every model of this library: a ``ValidationError`` it raises holds no input value.

    pydantic's ``hide_input_in_errors`` hides the input only in the error's text; its ``.errors()``,
    a key in its ``loc`` (a mapping keyed by BSN) and a ``ValueError`` in its context still hold it.
    Building a model directly (``Casus(...)``, ``Casus.model_validate(...)``, ``..._json``,
    ``..._strings``, assigning to a frozen field) raises pydantic's own ``ValidationError`` (the type
    callers catch), rebuilt by :func:`zonder_invoer`: ``input`` is ``None``, a key that is no field of
    the schema is named by its position (``<veld 3>``), and a message that may quote the input is
    replaced; the original error is not chained. Nested models are validated by pydantic-core inside
    the outer call, so the cost is one ``try`` per call; the library's own reading goes through
    :func:`lees_model`, which translates the original error into :class:`Invoerfout` itself.
    """

    model_config = ConfigDict(hide_input_in_errors=True)

    def __init__(self, /, **data: Any) -> None:
        __tracebackhide__ = True
        try:
            self.__pydantic_validator__.validate_python(data, self_instance=self)
            return
        except ValidationError as fout:
            schoon = zonder_invoer(fout, data)
        raise schoon  # outside the handler: no __context__ holding the original error

    # pydantic's marker of its own __init__: nested models stay validated by pydantic-core, not by
    # calling this method once per nested object.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, **opties: Any) -> Self:
        """pydantic's ``model_validate``; an error holds no input value (see :class:`Model`)."""
        try:
            return super().model_validate(obj, **opties)
        except ValidationError as fout:
            schoon = zonder_invoer(fout, obj)
        raise schoon

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **opties: Any) -> Self:
        """pydantic's ``model_validate_json``; an error holds no input value (see :class:`Model`)."""
        try:
            return super().model_validate_json(json_data, **opties)
        except ValidationError as fout:
            schoon = zonder_invoer(fout, _json_of_niets(json_data))
        raise schoon

    @classmethod
    def model_validate_strings(cls, obj: Any, **opties: Any) -> Self:
        """pydantic's ``model_validate_strings``; an error holds no input value (see :class:`Model`)."""
        try:
            return super().model_validate_strings(obj, **opties)
        except ValidationError as fout:
            schoon = zonder_invoer(fout, obj)
        raise schoon

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            super().__setattr__(name, value)
            return
        except ValidationError as fout:  # a frozen model: the error would hold the value assigned
            schoon = zonder_invoer(fout, {name: value})
        raise schoon


def _json_of_niets(data: str | bytes | bytearray) -> Any:
    """``data`` parsed, to find the position of an unknown key; ``None`` when it is not JSON."""
    import json

    try:
        return json.loads(data)
    except (ValueError, TypeError, RecursionError):
        return None


_ONVEILIG = frozenset(
    {
        "value_error",
        "assertion_error",
        "get_attribute_error",
        "iteration_error",
        "mapping_type",
        "union_tag_invalid",
        "no_such_attribute",
    }
)
"""pydantic's error types whose message may quote the input (an exception's text, a tag, a name)."""


def _veilig(e: Any) -> tuple[str, str]:
    """The rule and message of a pydantic error, without a text that may quote the input."""
    regel, melding = str(e["type"]), str(e["msg"])
    if regel in _ONVEILIG:
        if _JAAR_BUITEN_BEREIK.search(melding):
            return "datum_buiten_bereik", _BUITEN_BEREIK
        return regel, "the value is not valid"
    return regel, melding


def _veilige_context(regel: str, ctx: Any) -> dict[str, Any] | None:
    if not ctx or regel in _ONVEILIG:
        return None
    schoon = {
        k: v
        for k, v in ctx.items()
        if isinstance(v, str | int | float | bool)
        or (isinstance(v, list | tuple) and all(isinstance(x, str | int) for x in v))
    }
    return schoon or None


def _regelcontext(regel: str, ctx: Any) -> dict[str, str | int] | None:
    """The values of a pydantic error's rule that its Dutch text names (``ge``, ``max_length``,
    ``expected``): the schema's, never the input's; none for an error whose context may quote the input."""
    if not ctx or regel in _ONVEILIG:
        return None
    return regelcontext(regel, ctx)


@functools.cache
def _genoemd(regel: str) -> frozenset[str]:
    """The values the Dutch text of ``regel`` names (its ``{...}`` fields)."""
    import string

    return frozenset(naam for _, naam, _, _ in string.Formatter().parse(REGELS.get(regel, "")) if naam)


def regelcontext(regel: str, context: Mapping[str, Any] | None) -> dict[str, str | int] | None:
    """The values of ``context`` an error row of ``regel`` keeps: those its Dutch text names
    (:data:`~.foutteksten.REGELS`), as texts and whole numbers (a ``Decimal`` limit as its text). Any other
    value (pydantic's ``actual_length``, a list of fields, an exception, a date) is left out, so a
    context never carries what was read. ``None`` when nothing is left."""
    if not context:
        return None
    genoemd = _genoemd(regel)
    schoon: dict[str, str | int] = {
        k: str(v) if isinstance(v, Decimal) else v
        for k, v in context.items()
        if k in genoemd and isinstance(v, str | int | Decimal)
    }
    return schoon or None


def zonder_invoer(fout: ValidationError, invoer: Any = None) -> ValidationError:
    """``fout`` rebuilt without input values: still a pydantic ``ValidationError`` (the same title, error
    types, locations and messages), but ``input`` is ``None``, a key that is no field of the schema is
    named by its position in ``invoer`` (``<veld 3>``), and a message that may quote the input (the text
    of a ``ValueError`` raised in a validator, a discriminator's tag) is replaced."""
    details: list[InitErrorDetails] = []
    for e in fout.errors(include_url=False, include_input=False):
        regel, melding = _veilig(e)
        details.append(
            {
                "type": PydanticCustomError(regel, melding, _veilige_context(regel, e.get("ctx"))),
                "loc": _loc_delen(e["loc"], invoer),
                "input": None,
            }
        )
    return ValidationError.from_exception_data(fout.title, details, hide_input=True)


class Veldfout(Model):
    """One problem with one or more fields of an input."""

    # The error models are built on first use (defer_build): a run without errors never builds them.
    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid", defer_build=True)

    veld: str = Field(
        description="The field, as a dotted path (e.g. 'geboortedatum'); '' for the whole input."
    )
    velden: tuple[str, ...] = Field(
        default=(),
        description="All fields involved, when the problem is a contradiction between fields.",
    )
    regel: str = Field(description="Machine-readable code of the rule that was broken.")
    melding: str = Field(description="What is wrong, without the input value.")
    context: dict[str, str | int] | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description=(
            "The rule's own values that its Dutch text names (a limit such as ge=1, the choices of an "
            "enum, the oldest law version): the schema's, never the input's. Not part of the JSON of an "
            "error row (the contract is veld, velden, regel, melding); kept in memory and when pickled."
        ),
    )

    def __hash__(self) -> int:
        # The context is a dict (unhashable); equal errors have equal fields, so this hash is consistent.
        return hash((self.veld, self.velden, self.regel, self.melding))

    def tekst(self, taal: Taal) -> str:
        """What is wrong in ``taal`` (an error row's text in ``--formaat tekst`` and the worklist's
        tables): the rule's text of :data:`~.foutteksten.REGELS` (Dutch) or :data:`~.foutteksten.REGELS_EN`
        (English), filled with the rule's :attr:`context` (``expected a value of at least 1``); the JSON
        ``melding`` stays the Veldfout's own."""
        return veldtekst(self.veld, self.velden, self.regel, self.melding, taal, self.context)

    @field_validator("context")
    @classmethod
    def _alleen_genoemd(cls, context: dict[str, str | int] | None, info: ValidationInfo) -> Any:
        return regelcontext(str(info.data.get("regel", "")), context)

    def met_context(self, context: Mapping[str, Any] | None) -> Veldfout:
        """This error with ``context`` (the rule's values, see :func:`regelcontext`) when it has none."""
        schoon = regelcontext(self.regel, context)
        if self.context is not None or schoon is None:
            return self
        return self.model_copy(update={"context": schoon})


class VerzuimregelsFout(Exception):
    """Base class of every error this library raises on purpose.

    Every one pickles (Dask, Spark and ``multiprocessing`` send a worker's error back to the caller):
    it is rebuilt from its message and attributes, not through its own ``__init__``, whose arguments
    differ per class."""

    def __reduce__(self) -> tuple[Any, ...]:
        staat = dict(self.__dict__)
        if isinstance(self, ImportError):  # name and path are ImportError's own slots
            staat.update(name=self.name, path=self.path)
        return _herbouw, (type(self), self.args, staat)


def _herbouw(
    soort: type[VerzuimregelsFout], args: tuple[Any, ...], staat: dict[str, Any]
) -> VerzuimregelsFout:
    """An error of this library as :meth:`VerzuimregelsFout.__reduce__` pickled it."""
    fout = soort.__new__(soort)
    Exception.__init__(fout, *args)
    for naam, waarde in staat.items():
        setattr(fout, naam, waarde)
    return fout


class OntbrekendeExtra(VerzuimregelsFout, ModuleNotFoundError):
    """A module or function needs an optional extra that is not installed; the message names the extra
    and the command that installs it. A ``ModuleNotFoundError``, so ``except ImportError`` still works.
    ``str()`` is English; :meth:`tekst` gives Dutch or English (reason code ``extra_nodig``)."""

    code = "extra_nodig"

    def __init__(self, onderdeel: str, extra: str, module: str | None = None) -> None:
        self.extra = extra
        pakket = f"{module} (" if module else "("
        self._onderdeel, self._pakket = onderdeel, pakket
        super().__init__(str(self.reden), name=module)

    @property
    def reden(self) -> MetReden:
        """The message as a reason with its code, in either language (:meth:`tekst`)."""
        return MetReden("extra_nodig", onderdeel=self._onderdeel, pakket=self._pakket, extra=self.extra)

    def tekst(self, taal: Taal) -> str:
        """The message in ``taal``."""
        return self.reden.tekst(taal)


class Leesfout(MetReden, VerzuimregelsFout):
    """An input file as a whole cannot be read (encoding, header, shape); the CLI exits with code 2.

    ``Leesfout(code, **waarden)``: a reason code of :data:`verzuimregels.foutteksten.REDENEN`
    (``kop_kolom_dubbel``, ``codetabel_geen_toml``, ...) and the values of its text; ``str()`` is the
    English text, :meth:`tekst` gives Dutch or English. The message names what is wrong, where (a line,
    a column by position) and the form expected, never a value read.
    """


class Internefout(VerzuimregelsFout, RuntimeError):
    """An error the library did not foresee (a bug): names the kind of error and where, never its message.

    The original exception is not chained (its message may hold input values); :attr:`soort` is its
    type name and :attr:`plek` the lines of the library it passed through, for a bug report.
    """

    def __init__(self, soort: str, plek: tuple[str, ...]) -> None:
        self.soort = soort
        self.plek = plek
        waar = f" at {plek[-1]}" if plek else ""
        super().__init__(f"internal error ({soort}{waar}); this is a bug in verzuimregels, please report it")


class Invoerfout(VerzuimregelsFout, ValueError):
    """The input breaks one or more rules; :attr:`fouten` lists each with its field.

    ``str()`` is English (each field's ``melding``); :meth:`tekst` gives Dutch or English, each field's
    problem with the form its rule expects (:data:`verzuimregels.foutteksten.REGELS` and
    :data:`~verzuimregels.foutteksten.REGELS_EN`). ``context``: per
    field the rule's values that its text names (a limit, the choices), never an input value; each is
    kept on its :class:`Veldfout` (:attr:`Veldfout.context`), so an error row built from :attr:`fouten`
    shows the same Dutch text."""

    def __init__(self, fouten: Sequence[Veldfout], context: Sequence[Mapping[str, Any] | None] = ()) -> None:
        gegeven = tuple(context) + (None,) * (len(fouten) - len(context))
        self.fouten: tuple[Veldfout, ...] = tuple(
            f.met_context(c) for f, c in zip(fouten, gegeven[: len(fouten)], strict=True)
        )
        self.context: tuple[Mapping[str, Any] | None, ...] = tuple(f.context for f in self.fouten)
        super().__init__("; ".join(f"{f.veld or '<input>'}: {f.melding} [{f.regel}]" for f in self.fouten))

    @property
    def code(self) -> str:
        """The rule code of the first problem (the CLI shows it: ``[optie_ongeldig/greater_than_equal]``)."""
        return self.fouten[0].regel if self.fouten else ""

    def tekst(self, taal: Taal) -> str:
        """Every problem in ``taal``: ``veld: what is wrong and what is expected [regel]``."""
        onbekend = "<invoer>" if taal is Taal.NL else "<input>"
        return "; ".join(f"{f.veld or onbekend}: {f.tekst(taal)} [{f.regel}]" for f in self.fouten)

    @classmethod
    def enkel(
        cls, veld: str, regel: str, melding: str, velden: Iterable[str] = (), **context: Any
    ) -> Invoerfout:
        """An error about one field (or a contradiction between ``velden``); ``context``: the values of
        the rule its Dutch text names."""
        return cls([Veldfout(veld=veld, velden=tuple(velden), regel=regel, melding=melding)], [context])

    @classmethod
    def uit_validatie(cls, fout: ValidationError, voorvoegsel: str = "", invoer: Any = None) -> Invoerfout:
        """Translate a pydantic ``ValidationError`` without the input values it may hold.

        A key that is no field of the schema is named by its position in its object (``<veld 3>``),
        never by its text, which may be personal data (a mapping keyed by BSN); give ``invoer`` (the
        validated value) so the position can be found.
        """
        fouten = fout.errors(include_input=False, include_url=False)
        return cls(
            [_veldfout(e, voorvoegsel, invoer) for e in fouten],
            [_regelcontext(_veilig(e)[0], e.get("ctx")) for e in fouten],
        )


_M = TypeVar("_M", bound=BaseModel)


def lees_model(model: type[_M], waarde: _M | Mapping[str, Any], voorvoegsel: str = "") -> _M:
    """An instance of ``model`` from itself or a mapping with its JSON keys.

    Bad input raises :class:`Invoerfout` naming each field (prefixed with ``voorvoegsel``, e.g.
    ``"vrijstellingen.2"``) and the rule it broke, without the input values.
    """
    if isinstance(waarde, model):
        return waarde
    try:
        return valideer_model(model, waarde)
    except ValidationError as fout:
        invoerfout = Invoerfout.uit_validatie(fout, voorvoegsel, waarde)
    raise invoerfout  # outside the handler: no __context__ holding the ValidationError (and its input)


def valideer_model(model: type[_M], waarde: Any) -> _M:
    """``model`` validated from ``waarde`` by pydantic-core, raising the *original* ``ValidationError``
    (with the input and the unknown keys' text): only for the library's own code that translates it at
    once (:func:`lees_model`, :class:`Invoerfout`), never to let it leave the library."""
    return cast(_M, model.__pydantic_validator__.validate_python(waarde))


def _schemavelden() -> frozenset[str]:
    """Every field name of every model of this library: the names a message may show."""
    import importlib

    for module in _MODELMODULES:
        importlib.import_module(module)
    return _geladen_velden()


def _geladen_velden() -> frozenset[str]:
    """The field names of the library's models imported so far."""
    namen: set[str] = set()
    te_doen: list[type[BaseModel]] = [BaseModel]
    while te_doen:
        for sub in te_doen.pop().__subclasses__():
            te_doen.append(sub)
            if sub.__module__.startswith("verzuimregels"):
                namen.update(sub.model_fields)
    return frozenset(namen)


_MODELMODULES = (
    "verzuimregels.keuzehulp.modellen",
    "verzuimregels.status.modellen",
    "verzuimregels.verlof.modellen",
    "verzuimregels.verlof.vrijstelling",
    "verzuimregels.registratie.modellen",
    "verzuimregels.melding.modellen",
    "verzuimregels.thuiszitters.modellen",
    "verzuimregels.beleid",
)


@functools.cache
def _alle_schemavelden() -> frozenset[str]:
    return _schemavelden()


@functools.cache
def _eerste_schemavelden() -> frozenset[str]:
    return _geladen_velden()


def _is_schemaveld(naam: str) -> bool:
    """Whether ``naam`` is a field of any model of this library. A field of a model imported before
    the first question is one without importing the others (models imported later only add names;
    importing them all took 110 ms, the first error of a ``beoordeel`` call); any other name is looked
    up among all."""
    return naam in _eerste_schemavelden() or naam in _alle_schemavelden()


def _positie(invoer: Any, pad: Sequence[Any], sleutel: str) -> int | None:
    """The 1-based position of ``sleutel`` in the object at ``pad`` inside ``invoer``, if found."""
    huidig = invoer
    for deel in pad:
        if isinstance(huidig, Mapping) and deel in huidig:
            huidig = huidig[deel]
        elif isinstance(huidig, Sequence) and not isinstance(huidig, str) and isinstance(deel, int):
            if not 0 <= deel < len(huidig):
                return None
            huidig = huidig[deel]
        else:
            return None
    if isinstance(huidig, Mapping):
        for i, k in enumerate(huidig, start=1):
            if k == sleutel:
                return i
    return None


def _loc_delen(loc: Sequence[Any], invoer: Any) -> tuple[int | str, ...]:
    """A pydantic location in which a part that is no schema field is named by its position."""
    delen: list[int | str] = []
    for i, deel in enumerate(loc):
        if isinstance(deel, int) or (isinstance(deel, str) and _is_schemaveld(deel)):
            delen.append(deel)
        else:
            positie = _positie(invoer, loc[:i], deel) if isinstance(deel, str) else None
            delen.append(f"<veld {positie}>" if positie is not None else "<veld>")
    return tuple(delen)


def _loc(loc: Sequence[Any], invoer: Any) -> str:
    """A pydantic location as a dotted path; a part that is no schema field is named by its position."""
    return ".".join(str(d) for d in _loc_delen(loc, invoer))


def _veldfout(e: Any, voorvoegsel: str, invoer: Any = None) -> Veldfout:
    loc = _loc(e["loc"], invoer)
    ctx = e.get("ctx") or {}
    velden = tuple(ctx.get("velden", ()))
    veld = loc or (velden[0] if velden else "")
    if voorvoegsel:
        veld = f"{voorvoegsel}.{veld}" if veld else voorvoegsel
    regel, melding = _veilig(e)
    return Veldfout(veld=veld, velden=velden, regel=regel, melding=melding)


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
            ],
            [{"vraag": vraag}],
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
            ],
            [{"oudste": oudste.isoformat()}],
        )


class Foutrij(Model):
    """An input row that could not be judged, in place of its result."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid", defer_build=True)

    rij: int = Field(description="Position of the row in the input, counting from 1.")
    sleutel: Annotated[str | None, BeforeValidator(lambda w: veilige_sleutel(w))] = Field(
        default=None,
        description=(
            "The caller's own key for the row, if any; left out (null) when it is not a text of at most "
            "100 characters or passes the BSN or onderwijsnummer check: an error row never echoes one."
        ),
    )
    fouten: tuple[Veldfout, ...]


class Foutuitvoer(Model):
    """The output object for a row that failed: ``{"fout": {...}}``."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid", defer_build=True)

    fout: Foutrij


# --- Privacy: a caller's key is pseudonymous, never a BSN or onderwijsnummer ---------------------------

_CIJFERS = re.compile(r"[\d\s.-]{8,15}")


def is_persoonsnummer(tekst: str) -> bool:
    """Whether ``tekst`` passes the check of a BSN or an onderwijsnummer (the elfproef; python-stdnum).

    Such a value cannot serve as a pseudonymous key: it is (or may well be) a person's number.
    """
    if not _CIJFERS.fullmatch(tekst):
        return False
    from stdnum.nl import bsn, onderwijsnummer  # imported on first use: stdnum.util imports ssl and pydoc

    return bool(bsn.is_valid(tekst) or onderwijsnummer.is_valid(tekst))


def _pseudoniem(tekst: str | None) -> str | None:
    if tekst is not None and is_persoonsnummer(tekst):
        raise PydanticCustomError(
            "sleutel_persoonsnummer",
            "a sleutel must be a pseudonymous key; this one passes the BSN or onderwijsnummer check, "
            "so it may be a person's number (AVG): use a key of your own",
        )
    return tekst


Sleutel = Annotated[str, AfterValidator(_pseudoniem)]
"""A caller's pseudonymous key: any text except one that passes the BSN or onderwijsnummer check."""


def veilige_sleutel(waarde: Any) -> str | None:
    """``waarde`` if it may be shown as a row's key (a text that is no BSN/onderwijsnummer), else None."""
    if isinstance(waarde, str) and len(waarde) <= 100 and not is_persoonsnummer(waarde):
        return waarde
    return None


ToonbareSleutel = Annotated[str | None, BeforeValidator(veilige_sleutel)]
"""A key a result shows: one that passes the BSN or onderwijsnummer check is left out (``None``).

The library fills it from a validated :data:`Sleutel`; a caller who builds a result directly with a
person's number gets no key rather than a repr, str or JSON that shows it (issue 11).
"""


# --- One error discipline for every public function --------------------------------------------------

_P = ParamSpec("_P")
_R = TypeVar("_R")
_JAAR_BUITEN_BEREIK = re.compile(r"year -?\d+ is out of range|ordinal must be|date value out of range")


def datum_buiten_bereik() -> Invoerfout:
    """The error for a date the calendar cannot hold (before 0001-01-01 or after 9999-12-31)."""
    return Invoerfout.enkel("", "datum_buiten_bereik", _BUITEN_BEREIK)


_BUITEN_BEREIK = (
    "a date computed from the dates given lies outside the calendar the library can represent "
    "(0001-01-01 to 9999-12-31); check the dates of the input"
)


def zonder_keten(fout: BaseException) -> BaseException:
    """``fout`` with its exception chain cut: a chained error's message may hold input values."""
    fout.__cause__ = None
    fout.__context__ = None
    fout.__suppress_context__ = True
    return fout


def _plek(fout: BaseException) -> tuple[str, ...]:
    import traceback  # only for an unforeseen error: not a cost of every start

    return tuple(
        f"{Path(f.filename).name}:{f.lineno}"
        for f in traceback.extract_tb(fout.__traceback__)
        if "verzuimregels" in f.filename
    )


def bewaakt(functie: Callable[_P, _R]) -> Callable[_P, _R]:
    """A public function that raises only this library's errors, with no personal data in the chain.

    :class:`VerzuimregelsFout` passes (its chain cut); a date beyond the calendar (``OverflowError``,
    ``year 10000 is out of range``) becomes :class:`Invoerfout` ``datum_buiten_bereik``; nesting too
    deep for the stack becomes :class:`Invoerfout` ``te_diep``; anything else is a bug and becomes
    :class:`Internefout` (its type and place, not its message).
    """

    @functools.wraps(functie)
    def bewaakte(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return functie(*args, **kwargs)
        except VerzuimregelsFout as fout:
            vertaald: BaseException = fout
        except MemoryError:
            raise
        except OverflowError:
            vertaald = datum_buiten_bereik()
        except RecursionError:
            vertaald = Invoerfout.enkel("", "te_diep", "the input is nested too deeply")
        except ValueError as fout:
            if _JAAR_BUITEN_BEREIK.search(str(fout)):
                vertaald = datum_buiten_bereik()
            else:
                vertaald = Internefout(type(fout).__name__, _plek(fout))
        except Exception as fout:
            vertaald = Internefout(type(fout).__name__, _plek(fout))
        raise zonder_keten(vertaald)

    return bewaakte
