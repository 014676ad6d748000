"""Records streamed per pupil with bounded memory: each pupil's rows must be together.

An export is read row by row and each pupil is analysed as soon as the next pupil's first row
arrives, so memory holds one pupil's records, not the file. That needs the rows of a pupil to be
together (any order of pupils, any order of a pupil's rows): what an export sorted or grouped by pupil
gives, and what per-pupil API calls concatenated give. A pupil key that comes back after another
pupil's rows is not merged silently: its rows become an error row (``leerling_niet_aaneengesloten``)
that names the output row of the pupil's first group, whose result is then incomplete. To guard this
the reader keeps one integer per pupil seen (its key's hash), not the records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Groep(Generic[T]):
    """The consecutive rows of one pupil: the output ``positie`` (from 1) and, when the pupil came
    back after another pupil, the position of its earlier group (``eerder``)."""

    positie: int
    sleutel: str | None
    rijen: list[T]
    eerder: int | None = None


def per_leerling(rijen: Iterable[T], sleutel: Callable[[T], str | None]) -> Iterator[Groep[T]]:
    """Group consecutive rows with the same pupil key; a row without a key is a group of its own."""
    gezien: dict[int, int] = {}
    positie = 0
    huidig: list[T] = []
    huidige_sleutel: str | None = None
    for rij in rijen:
        s = sleutel(rij)
        if huidig and s is not None and s == huidige_sleutel:
            huidig.append(rij)
            continue
        if huidig:
            positie += 1
            yield _groep(positie, huidige_sleutel, huidig, gezien)
        huidig, huidige_sleutel = [rij], s
    if huidig:
        positie += 1
        yield _groep(positie, huidige_sleutel, huidig, gezien)


def _groep(positie: int, sleutel: str | None, rijen: list[T], gezien: dict[int, int]) -> Groep[T]:
    if sleutel is None:
        return Groep(positie, None, rijen)
    eerder = gezien.setdefault(hash(sleutel), positie)
    return Groep(positie, sleutel, rijen, eerder if eerder != positie else None)
