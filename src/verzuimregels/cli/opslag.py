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
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar

from ..spill import SpillStore

if TYPE_CHECKING:
    from ..melding.valideer import EinddataInGeheugen

T = TypeVar("T")

SPOOL_BYTES = 1 << 20
"""A :class:`Spool` holds this many bytes in memory before it moves to a temporary file."""
RUN = 5_000
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


class Sorteerder(Generic[T]):
    """Items sorted by ``sleutel`` with bounded memory: :meth:`voeg_toe` them, then iterate once.

    Stable (equal keys keep their input order; the items themselves are never compared). At most
    :data:`RUN` items are in memory, and at most :data:`MAX_RUNS` sorted runs on disk are open; fewer
    than :data:`RUN` items never touch the disk."""

    def __init__(self, sleutel: Callable[[T], Any]) -> None:
        self._sleutel = sleutel
        self._runs: list[IO[bytes]] = []
        self._blok: list[tuple[Any, int, T]] = []
        self.aantal = 0

    def voeg_toe(self, item: T) -> None:
        """One more item."""
        self._blok.append((self._sleutel(item), self.aantal, item))
        self.aantal += 1
        if len(self._blok) >= RUN:
            self._blok.sort(key=_eerste_twee)
            self._runs.append(_run(self._blok))
            self._blok = []
            if len(self._runs) >= MAX_RUNS:
                self._runs = [_run(heapq.merge(*map(_lees, self._runs), key=_eerste_twee))]

    def __iter__(self) -> Generator[T, None, None]:
        blok, self._blok = self._blok, []
        blok.sort(key=_eerste_twee)
        try:
            if not self._runs:
                for _, _, item in blok:
                    yield item
                return
            self._runs.append(_run(blok))
            del blok
            for _, _, item in heapq.merge(*map(_lees, self._runs), key=_eerste_twee):
                yield item
        finally:
            self.sluit()

    def sluit(self) -> None:
        """Remove the temporary files."""
        for bestand in self._runs:
            bestand.close()
        self._runs = []


def extern_gesorteerd(items: Iterable[T], sleutel: Callable[[T], Any]) -> Generator[T, None, None]:
    """``items`` sorted by ``sleutel`` through a :class:`Sorteerder`."""
    sorteerder: Sorteerder[T] = Sorteerder(sleutel)
    try:
        for item in items:
            sorteerder.voeg_toe(item)
    except BaseException:
        sorteerder.sluit()
        raise
    yield from sorteerder


def _eerste_twee(rij: tuple[Any, int, Any]) -> tuple[Any, int]:
    return rij[0], rij[1]


EINDDATA_IN_GEHEUGEN = 50_000
"""Einddata :class:`EinddataOpSchijf` holds in memory before it moves them to disk."""


class EinddataOpSchijf:
    """The 16-uur einddata of ``valideer``'s 7-day check (:class:`~verzuimregels.melding.valideer.Einddata`)
    with bounded memory: in a dict for the first :data:`EINDDATA_IN_GEHEUGEN` entries, then in the
    temporary SQLite database of a :class:`~verzuimregels.spill.SpillStore`. A pupil is kept by the
    number the validator derives from its key, never the key itself."""

    def __init__(self) -> None:
        from ..melding.valideer import EinddataInGeheugen

        self._geheugen: EinddataInGeheugen | None = EinddataInGeheugen()
        self._opslag = SpillStore(
            "einddata",
            [
                "CREATE TABLE einddata (leerling INTEGER, dag INTEGER, nl TEXT, en TEXT, "
                "PRIMARY KEY (leerling, dag)) WITHOUT ROWID"
            ],
            EINDDATA_IN_GEHEUGEN,
        )

    def onthoud(self, leerling: int, dag: int, labels: tuple[str, str]) -> None:
        if self._geheugen is not None:
            self._geheugen.onthoud(leerling, dag, labels)
            if self._opslag.count():  # an upper bound: a pair seen twice counts twice
                self._naar_schijf(self._geheugen)
            return
        assert self._opslag.db is not None
        self._opslag.db.execute(
            "INSERT OR IGNORE INTO einddata VALUES (?, ?, ?, ?)", (_int64(leerling), dag, *labels)
        )

    def rond(self, leerling: int, van: int, tot: int) -> Iterator[tuple[int, tuple[str, str]]]:
        if self._geheugen is not None:
            yield from self._geheugen.rond(leerling, van, tot)
            return
        assert self._opslag.db is not None
        rijen = self._opslag.db.execute(
            "SELECT dag, nl, en FROM einddata WHERE leerling = ? AND dag BETWEEN ? AND ? ORDER BY dag",
            (_int64(leerling), van, tot),
        ).fetchall()
        for dag, nl, en in rijen:
            yield dag, (nl, en)

    def _naar_schijf(self, geheugen: EinddataInGeheugen) -> None:
        self._opslag.spill(
            "INSERT INTO einddata VALUES (?, ?, ?, ?)",
            (
                (_int64(leerling), dag, *labels)
                for leerling, dagen in geheugen.per_leerling.items()
                for dag, labels in dagen.items()
            ),
        )
        self._geheugen = None

    def sluit(self) -> None:
        """Remove the database, if there is one."""
        self._opslag.close()


def _int64(leerling: int) -> int:
    """The validator's pupil number (an unsigned 64-bit digest) as SQLite's signed 64-bit integer."""
    return leerling - (1 << 63)
