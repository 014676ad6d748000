"""Records streamed per pupil with bounded memory: each pupil's rows must be together.

An export is read row by row and each pupil is analysed as soon as the next pupil's first row
arrives, so memory holds one pupil's records, not the file. That needs the rows of a pupil to be
together (any order of pupils, any order of a pupil's rows): what an export sorted or grouped by pupil
gives, and what per-pupil API calls concatenated give. A pupil key that comes back after another
pupil's rows is not merged silently: its rows become an error row (``leerling_niet_aaneengesloten``)
that names the output row of the pupil's first group, whose result is then incomplete. To guard this
the reader keeps the key and first output row of every pupil seen (not the records): in memory for the
first :data:`GEZIEN_IN_GEHEUGEN` pupils, then in a temporary SQLite database on disk
(:class:`Gezien`), so memory stays bounded for any number of pupils. The full keys are compared, so
two pupils are never taken for one.

For an export in any order, :func:`samengevoegd` (``volgorde="willekeurig"``, ``--volgorde willekeurig``)
first puts each pupil's rows together through a temporary SQLite database on disk.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..spill import SpillStore, key_bytes

T = TypeVar("T")

MAX_RIJEN = 20_000
"""At most this many rows of one pupil are held (a school year has about 200 lesdagen of at most 12
lesuren each); the rest of the pupil's rows are read past and counted, and the pupil is an error row."""


@dataclass(frozen=True, slots=True)
class Groep(Generic[T]):
    """The consecutive rows of one pupil: the output ``positie`` (from 1) and, when the pupil came
    back after another pupil, the position of its earlier group (``eerder``)."""

    positie: int
    sleutel: str | None
    rijen: list[T]
    eerder: int | None = None
    weggelaten: int = 0
    """Rows of this pupil beyond :data:`MAX_RIJEN`, read past (the pupil is then an error row)."""


GEZIEN_IN_GEHEUGEN = 50_000
"""Pupil keys :class:`Gezien` holds in memory (a few MB) before it moves them to disk."""


class Gezien:
    """The first output row of every pupil key seen: a dict for the first :data:`GEZIEN_IN_GEHEUGEN`
    keys, then the temporary SQLite database of a :class:`~verzuimregels.spill.SpillStore`. The keys
    are pseudonymous (a key that passes the BSN check is refused downstream); :meth:`sluit` removes the
    database."""

    def __init__(self) -> None:
        self._geheugen: dict[str, int] = {}
        self._opslag = SpillStore(
            "gezien",
            ["CREATE TABLE gezien (sleutel BLOB PRIMARY KEY, positie INTEGER) WITHOUT ROWID"],
            GEZIEN_IN_GEHEUGEN,
        )

    def eerste(self, sleutel: str, positie: int) -> int:
        """The output row of ``sleutel``'s first group; ``positie`` (and kept) when it is new."""
        db = self._opslag.db
        if db is None:
            eerder = self._geheugen.setdefault(sleutel, positie)
            if eerder == positie and self._opslag.count():
                self._opslag.spill(
                    "INSERT INTO gezien VALUES (?, ?)",
                    ((key_bytes(k), p) for k, p in self._geheugen.items()),
                )
                self._geheugen = {}
            return eerder
        s = key_bytes(sleutel)
        if db.execute("INSERT OR IGNORE INTO gezien VALUES (?, ?)", (s, positie)).rowcount:
            return positie
        rij = db.execute("SELECT positie FROM gezien WHERE sleutel = ?", (s,)).fetchone()
        return int(rij[0])

    def sluit(self) -> None:
        """Remove the database, if there is one."""
        self._opslag.close()


def per_leerling(rijen: Iterable[T], sleutel: Callable[[T], str | None]) -> Iterator[Groep[T]]:
    """Group consecutive rows with the same pupil key; a row without a key is a group of its own."""
    gezien = Gezien()
    try:
        yield from _per_leerling(rijen, sleutel, gezien)
    finally:
        gezien.sluit()


def _per_leerling(
    rijen: Iterable[T], sleutel: Callable[[T], str | None], gezien: Gezien
) -> Iterator[Groep[T]]:
    positie = 0
    huidig: list[T] = []
    huidige_sleutel: str | None = None
    weggelaten = 0
    for rij in rijen:
        s = sleutel(rij)
        if huidig and s is not None and s == huidige_sleutel:
            if len(huidig) < MAX_RIJEN:
                huidig.append(rij)
            else:
                weggelaten += 1
            continue
        if huidig:
            positie += 1
            yield _groep(positie, huidige_sleutel, huidig, gezien, weggelaten)
        huidig, huidige_sleutel, weggelaten = [rij], s, 0
    if huidig:
        positie += 1
        yield _groep(positie, huidige_sleutel, huidig, gezien, weggelaten)


def _groep(positie: int, sleutel: str | None, rijen: list[T], gezien: Gezien, weggelaten: int) -> Groep[T]:
    if sleutel is None:
        return Groep(positie, None, rijen)
    eerder = gezien.eerste(sleutel, positie)
    return Groep(positie, sleutel, rijen, eerder if eerder != positie else None, weggelaten)


def te_veel_rijen(groep: Groep[T]) -> str:
    """The message for a pupil with more than :data:`MAX_RIJEN` rows."""
    return (
        f"this pupil has {len(groep.rijen) + groep.weggelaten} rows, more than the {MAX_RIJEN} a school "
        "year can hold; is the pupil key the same for every row?"
    )


VOLGORDES = ("gegroepeerd", "willekeurig")
"""``gegroepeerd`` (default): a pupil's rows must be together, streamed as they come. ``willekeurig``:
any order; the rows are first spooled to a temporary SQLite database on disk and read back per pupil
(pupils in order of first appearance, a pupil's rows in input order), memory still bounded."""

_BATCH = 5_000


def per_leerling_in_volgorde(
    rijen: Iterable[T], sleutel: Callable[[T], str | None], volgorde: str = "gegroepeerd"
) -> Iterator[Groep[T]]:
    """:func:`per_leerling`, for ``volgorde="willekeurig"`` after putting each pupil's rows together."""
    if volgorde == "gegroepeerd":
        return per_leerling(rijen, sleutel)
    if volgorde != "willekeurig":
        raise ValueError(f"volgorde must be one of {', '.join(VOLGORDES)}")
    return per_leerling(samengevoegd(rijen, sleutel), sleutel)


def samengevoegd(rijen: Iterable[T], sleutel: Callable[[T], str | None]) -> Iterator[T]:
    """Every row, reordered so that each pupil's rows are together: pupils in order of first appearance,
    a pupil's rows (and rows without a key, each alone) in input order. Spooled to a temporary SQLite
    database (the rows are this library's own objects, pickled and read back by this function only), so
    memory stays bounded; the disk holds about the size of the input until the last row is read."""
    schema = ["CREATE TABLE rij (sleutel BLOB NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL)"]
    with SpillStore("rijen", schema, 0) as opslag:
        db = opslag.spill("INSERT INTO rij VALUES (?, ?, ?)", ())
        db.execute("BEGIN")
        batch: list[tuple[bytes, int, bytes]] = []
        for n, rij in enumerate(rijen):
            s = sleutel(rij)
            # A row without a key stays a group of its own: a key no pupil can have.
            # Keys as bytes (a lone surrogate from a JSON escape included), as in Gezien.
            kolom = b"\0" + str(n).encode() if s is None else b"k" + key_bytes(s)
            batch.append((kolom, n, pickle.dumps(rij, protocol=5)))
            if len(batch) >= _BATCH:
                db.executemany("INSERT INTO rij VALUES (?, ?, ?)", batch)
                batch.clear()
        db.executemany("INSERT INTO rij VALUES (?, ?, ?)", batch)
        db.execute("CREATE INDEX rij_sleutel ON rij (sleutel, n)")
        db.execute("COMMIT")
        volgorde = db.execute(
            "SELECT r.data FROM rij r JOIN (SELECT sleutel, MIN(n) AS eerste FROM rij GROUP BY sleutel) "
            "AS e ON r.sleutel = e.sleutel ORDER BY e.eerste, r.n"
        )
        for (data,) in volgorde:
            yield pickle.loads(data)  # noqa: S301 - our own objects, written above by this function
