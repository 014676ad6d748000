"""Decision trees and their one-case walker: questions, conditions, outcomes, and the trace of a walk.

Machinery, no article: every decision of the library is a tree of :class:`Vraag` nodes whose leaves
are the decision's own outcome type (the keuzehulp's ``Uitkomst``, the status and verlof outcomes).
A question holds a :class:`Voorwaarde` on the facts of a case; :func:`loop` walks a tree for one case,
reading each fact through the decision's :class:`Feitlezer` and writing down one
:class:`~verzuimregels.engine.trace.Stap` per question, so a verdict's ``pad`` (the questions, the
facts read, the citations) comes from the tree. The trees themselves, with their articles, are law:
:mod:`verzuimregels.keuzehulp.boom`, :mod:`verzuimregels.status.boom`, :mod:`verzuimregels.verlof.boom`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar, overload

from ..bronnen import Citaat
from ..teksten import Taal
from .dated import Dated
from .trace import Feitwaarde, GelezenFeit, Stap


class Toets(StrEnum):
    """How a condition compares its fact."""

    WAAR = "waar"
    """The fact is true."""
    ONWAAR = "onwaar"
    """The fact is false."""
    MINSTENS = "minstens"
    """The fact is at least the threshold (``≥``)."""
    MEER_DAN = "meer_dan"
    """The fact is more than the threshold (``>``)."""
    MINDER_DAN = "minder_dan"
    """The fact is less than the threshold (``<``)."""
    HOOGSTENS = "hoogstens"
    """The fact is at most the threshold (``≤``)."""


_TEKENS = {Toets.MINSTENS: "≥", Toets.MEER_DAN: ">", Toets.MINDER_DAN: "<", Toets.HOOGSTENS: "≤"}


@dataclass(frozen=True, slots=True)
class Voorwaarde:
    """A condition on one fact; a question is answered 'ja' when it holds.

    The threshold of a comparison is a number (:attr:`drempel`, dated or not) or another fact of the
    case (:attr:`ander_feit`, e.g. ``peildatum ≥ begin_leerplicht``); the walker reads both facts and
    the step shows both.
    """

    feit: str
    toets: Toets
    drempel: int | Decimal | Dated[int] | Dated[Decimal] | None = None
    """The threshold of a comparison; a :class:`~verzuimregels.engine.dated.Dated` threshold differs
    by law version."""
    ander_feit: str | None = None
    """The fact whose value is the threshold, instead of :attr:`drempel`."""

    def drempel_op(self, versie: date) -> int | Decimal:
        """The threshold in the law version ``versie`` (the same on every date when it is not dated)."""
        drempel = self.drempel
        assert drempel is not None
        return drempel.at(versie) if isinstance(drempel, Dated) else drempel

    def geldt(self, waarde: object, versie: date | None = None, ander: object = None) -> bool:
        """Whether the condition holds for the fact's value, under the law version ``versie`` (needed
        only for a dated threshold); ``ander`` is the value of :attr:`ander_feit`."""
        toets = self.toets
        if toets is Toets.WAAR:
            return waarde is True
        if toets is Toets.ONWAAR:
            return waarde is False
        drempel: Any
        if self.ander_feit is not None:
            drempel = ander
        elif isinstance(self.drempel, Dated):
            assert versie is not None, "a dated threshold needs the law version"
            drempel = self.drempel.at(versie)
        else:
            drempel = self.drempel
        assert isinstance(waarde, int | Decimal | date)
        assert drempel is not None
        if toets is Toets.MINSTENS:
            return bool(waarde >= drempel)
        if toets is Toets.MEER_DAN:
            return bool(waarde > drempel)
        if toets is Toets.MINDER_DAN:
            return bool(waarde < drempel)
        return bool(waarde <= drempel)

    def __str__(self) -> str:
        if self.toets is Toets.WAAR:
            return self.feit
        if self.toets is Toets.ONWAAR:
            return f"niet {self.feit}"
        drempel = self.drempel if self.ander_feit is None else self.ander_feit
        return f"{self.feit} {_TEKENS[self.toets]} {drempel}"


V = TypeVar("V", bound="Vraag[Any, Any]")
U = TypeVar("U")


@dataclass(frozen=True, slots=True)
class Vraag(Generic[V, U]):
    """A question: its id, its wording, its condition and its two branches.

    ``V`` is the decision's own question class (a subclass of this one), ``U`` its outcome type, so a
    decision's branches are typed as its own nodes. ``knoop`` names the place in the tree (a question
    asked in two places has two nodes with the same :attr:`vraag`). ``beleid`` lists the policy codes
    asking the question always involves; ``beleid_als`` those it involves only when a condition holds.
    A question with ``in_pad`` false decides without a step in the ``pad`` (a distinction the verdict
    shows in its other fields).
    """

    knoop: str
    vraag: str
    tekst_nl: str
    tekst_en: str
    voorwaarde: Voorwaarde
    ja: V | U
    nee: V | U
    grondslag: tuple[Citaat, ...]
    beleid: tuple[str, ...] = ()
    beleid_als: tuple[tuple[str, Voorwaarde], ...] = ()
    in_pad: bool = True


class Uitkomst(Protocol):
    """What the walker needs of a leaf: its place and its policy codes (always, and when a condition
    holds)."""

    @property
    def knoop(self) -> str: ...
    @property
    def beleid(self) -> tuple[str, ...]: ...
    @property
    def beleid_als(self) -> tuple[tuple[str, Voorwaarde], ...]: ...


B = TypeVar("B", bound=Uitkomst)


class Feitlezer(Protocol):
    """Reads the facts of one case: a value and the facts read for it (a derived fact shows the facts
    it was computed from). Policy codes a derived fact involves are put in ``beleidcodes``; the walker
    moves them to the verdict after the question that read it."""

    beleidcodes: list[str]

    def lees(self, naam: str, vraag: str) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]: ...


Stapmaker = Callable[[Any, bool, tuple[GelezenFeit, ...]], Stap]
"""Builds the step of a question from the node, its answer and the facts read."""


def stap(
    vraag: Vraag[Any, Any], antwoord: bool, gelezen: tuple[GelezenFeit, ...], versie: date, taal: Taal
) -> Stap:
    """The step of ``vraag`` in a ``pad``: its id, its wording in ``taal``, the answer, the facts read
    and its citations in the law version ``versie`` (a validated :class:`Stap`; the keuzehulp shares
    its steps between verdicts instead, :mod:`verzuimregels.keuzehulp.evaluator`)."""
    return Stap(
        vraag=vraag.vraag,
        tekst=vraag.tekst_nl if taal is Taal.NL else vraag.tekst_en,
        antwoord=antwoord,
        feiten=gelezen,
        grondslag=tuple(c.bron(versie) for c in vraag.grondslag),
    )


def toets(
    voorwaarde: Voorwaarde, feiten: Feitlezer, vraag: str, versie: date
) -> tuple[bool, tuple[GelezenFeit, ...]]:
    """Whether ``voorwaarde`` holds for the case, and the facts read to decide it."""
    waarde, gelezen = feiten.lees(voorwaarde.feit, vraag)
    if voorwaarde.ander_feit is None:
        return voorwaarde.geldt(waarde, versie), gelezen
    ander, ook = feiten.lees(voorwaarde.ander_feit, vraag)
    return voorwaarde.geldt(waarde, ander=ander), gelezen + ook


@overload
def loop(
    boom: Vraag[Any, B], feiten: Feitlezer, versie: date, maak_stap: Stapmaker, codes: list[str]
) -> tuple[B, list[Stap]]: ...
@overload
def loop(
    boom: Vraag[Any, B] | B, feiten: Feitlezer, versie: date, maak_stap: Stapmaker, codes: list[str]
) -> tuple[B, list[Stap]]: ...
def loop(
    boom: Vraag[Any, B] | B, feiten: Feitlezer, versie: date, maak_stap: Stapmaker, codes: list[str]
) -> tuple[B, list[Stap]]:
    """Walk ``boom`` for one case: the outcome reached and one step per question asked.

    Facts are read through ``feiten`` in the law version ``versie``; ``maak_stap`` builds each step
    (:func:`stap`, or the keuzehulp's shared steps). The policy codes involved are appended to
    ``codes`` in the order they arise: those of a derived fact and of the question that read it, then
    the outcome's own.
    """
    stappen: list[Stap] = []
    knoop: Any = boom
    while isinstance(knoop, Vraag):
        voorwaarde = knoop.voorwaarde
        waarde, gelezen = feiten.lees(voorwaarde.feit, knoop.vraag)
        if voorwaarde.ander_feit is None:  # inline of toets(): the keuzehulp's hot path
            antwoord = voorwaarde.geldt(waarde, versie)
        else:
            ander, ook = feiten.lees(voorwaarde.ander_feit, knoop.vraag)
            antwoord, gelezen = voorwaarde.geldt(waarde, ander=ander), gelezen + ook
        if knoop.in_pad:
            stappen.append(maak_stap(knoop, antwoord, gelezen))
        if feiten.beleidcodes:
            codes.extend(feiten.beleidcodes)
            feiten.beleidcodes.clear()
        codes.extend(knoop.beleid)
        for code, als in knoop.beleid_als:
            if toets(als, feiten, knoop.vraag, versie)[0]:
                codes.append(code)
        knoop = knoop.ja if antwoord else knoop.nee
    uitkomst: B = knoop
    codes.extend(uitkomst.beleid)
    for code, voorwaarde in uitkomst.beleid_als:
        if toets(voorwaarde, feiten, uitkomst.knoop, versie)[0]:
            codes.append(code)
    return uitkomst, stappen


@dataclass(frozen=True, slots=True)
class Pad(Generic[U]):
    """One root-to-leaf path: the questions with their answers, and the outcome."""

    stappen: tuple[tuple[Vraag[Any, U], bool], ...]
    uitkomst: U


@overload
def paden(knoop: Vraag[Any, U]) -> Iterator[Pad[U]]: ...
@overload
def paden(knoop: Vraag[Any, U] | U) -> Iterator[Pad[U]]: ...
def paden(knoop: Vraag[Any, U] | U) -> Iterator[Pad[U]]:
    """Every path from ``knoop`` to a leaf, 'ja' before 'nee'."""
    if not isinstance(knoop, Vraag):
        yield Pad((), knoop)
        return
    for antwoord, tak in ((True, knoop.ja), (False, knoop.nee)):
        for pad in paden(tak):
            yield Pad(((knoop, antwoord), *pad.stappen), pad.uitkomst)


@overload
def knopen(knoop: Vraag[Any, U]) -> Iterator[Vraag[Any, U] | U]: ...
@overload
def knopen(knoop: Vraag[Any, U] | U) -> Iterator[Vraag[Any, U] | U]: ...
def knopen(knoop: Vraag[Any, U] | U) -> Iterator[Vraag[Any, U] | U]:
    """Every node, depth first, 'ja' before 'nee' (each place of a reused question is its own node)."""
    yield knoop
    if isinstance(knoop, Vraag):
        yield from knopen(knoop.ja)
        yield from knopen(knoop.nee)
