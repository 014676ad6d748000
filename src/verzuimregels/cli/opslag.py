"""Bounded memory for the commands whose output is not one line per input row (issue 11).

``thuiszitters`` and ``werklijst`` write their errors after (or inside) a document built from every
pupil; ``werklijst`` also sorts its rows. What they would otherwise keep for the whole input is kept on
disk here and read back in order:

* :class:`Spool`: items in input order (error rows): in memory up to :data:`SPOOL_BYTES`, then in an
  anonymous temporary file;
* :func:`extern_gesorteerd`: items sorted by a key, an external merge sort: runs of at most
  :data:`RUN` items are sorted in memory and written to temporary files, then merged (at most
  :data:`MAX_RUNS` files open; more are merged into one first).

The items are this library's own objects, pickled and read back only by this module. The temporary
files are created by :mod:`tempfile` (mode 0600, deleted when closed); the disk holds about the size
of what is kept.
"""

from __future__ import annotations

import heapq
import pickle
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import IO, Any, Generic, TypeVar

T = TypeVar("T")

SPOOL_BYTES = 1 << 20
"""A :class:`Spool` holds this many bytes in memory before it moves to a temporary file."""
RUN = 20_000
"""Items sorted in memory at a time by :func:`extern_gesorteerd`."""
MAX_RUNS = 64
"""Sorted runs open at once; when there are more, they are merged into one run first."""


class Spool(Generic[T]):
    """Items kept in order with bounded memory, read back (any number of times) by iterating."""

    def __init__(self) -> None:
        # closed by sluit(), not in this scope
        self._bestand: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        self.aantal = 0

    def voeg_toe(self, item: T) -> None:
        """Keep ``item`` after the others."""
        pickle.dump(item, self._bestand, protocol=pickle.HIGHEST_PROTOCOL)
        self.aantal += 1

    def __len__(self) -> int:
        return self.aantal

    def __iter__(self) -> Iterator[T]:
        self._bestand.flush()
        self._bestand.seek(0)
        for _ in range(self.aantal):
            yield pickle.load(self._bestand)  # noqa: S301 - our own objects, written by voeg_toe
        self._bestand.seek(0, 2)

    def sluit(self) -> None:
        """Remove the temporary file."""
        self._bestand.close()


def _run(items: Iterable[Any]) -> IO[bytes]:
    bestand = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _lees or extern_gesorteerd
    for item in items:
        pickle.dump(item, bestand, protocol=pickle.HIGHEST_PROTOCOL)
    bestand.seek(0)
    return bestand


def _lees(bestand: IO[bytes]) -> Iterator[Any]:
    try:
        while True:
            try:
                yield pickle.load(bestand)  # noqa: S301 - our own objects, written by _run
            except EOFError:
                return
    finally:
        bestand.close()


def extern_gesorteerd(items: Iterable[T], sleutel: Callable[[T], Any]) -> Generator[T, None, None]:
    """``items`` sorted by ``sleutel``, stable (equal keys keep their input order), with at most
    :data:`RUN` items and :data:`MAX_RUNS` open files at a time. An input of at most :data:`RUN`
    items is sorted in memory only."""
    runs: list[IO[bytes]] = []
    blok: list[tuple[Any, int, T]] = []
    try:
        for n, item in enumerate(items):
            blok.append((sleutel(item), n, item))  # n: stable, and items are never compared
            if len(blok) >= RUN:
                blok.sort(key=_eerste_twee)
                runs.append(_run(blok))
                blok = []
                if len(runs) >= MAX_RUNS:
                    runs = [_run(heapq.merge(*map(_lees, runs), key=_eerste_twee))]
        blok.sort(key=_eerste_twee)
        if not runs:
            for _, _, item in blok:
                yield item
            return
        runs.append(_run(blok))
        del blok
        for _, _, item in heapq.merge(*map(_lees, runs), key=_eerste_twee):
            yield item
    finally:
        for bestand in runs:
            bestand.close()


def _eerste_twee(rij: tuple[Any, int, Any]) -> tuple[Any, int]:
    return rij[0], rij[1]
