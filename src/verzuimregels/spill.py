"""One spill store: what a streaming reader must remember per pupil, kept with bounded memory (issue 11).

A reader that streams its input still remembers a little per pupil: the keys seen (to spot a pupil
whose rows come back later), the 16-uur einddata of ``valideer``'s 7-day check, the pupils of a
``--leerlingen`` file. Each keeps its entries in its own structure in memory up to a limit, then in a
temporary SQLite database on disk. The life cycle of that database is written once, here:

* :meth:`SpillStore.count` counts the entries kept in memory and says when they pass the limit;
* :meth:`SpillStore.spill` then makes the database in a private temporary directory (mode 0700, by
  :mod:`tempfile`), without a journal (nothing to recover: the data lives as long as the command),
  creates the owner's tables and moves the entries of memory into it in one transaction;
* :meth:`SpillStore.close` (or leaving the ``with`` block) closes the connection and removes the
  directory; a store never closed is removed when it is garbage collected or at exit.

The page cache is SQLite's default (about 2 MB), so a store on disk holds a few MB whatever its size.
The owner chooses what it writes: pseudonymous keys or numbers derived from them, and this library's own
values, never more than the input holds.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any


class SpillStore:
    """A temporary SQLite database made when the entries kept in memory pass ``limit``.

    ``name`` names the file (for the one who looks in the temporary directory); ``schema`` holds the
    ``CREATE`` statements of the owner's tables. Until :meth:`spill`, :attr:`db` is ``None``.
    """

    def __init__(self, name: str, schema: Sequence[str], limit: int) -> None:
        self.name = name
        self.schema = tuple(schema)
        self.limit = limit
        self.db: sqlite3.Connection | None = None
        self._count = 0
        self._directory: tempfile.TemporaryDirectory[str] | None = None

    def count(self, n: int = 1) -> bool:
        """Count ``n`` more entries kept in memory; ``True`` when they pass the limit (spill now)."""
        self._count += n
        return self.db is None and self._count > self.limit

    def spill(self, insert: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Connection:
        """Make the database, create the tables, and write ``rows`` (what memory held) with ``insert``."""
        self._directory = tempfile.TemporaryDirectory(prefix="verzuimregels-")
        db = sqlite3.connect(os.path.join(self._directory.name, f"{self.name}.sqlite"), isolation_level=None)
        self.db = db
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        for statement in self.schema:
            db.execute(statement)
        db.execute("BEGIN")
        db.executemany(insert, rows)
        db.execute("COMMIT")
        return db

    def close(self) -> None:
        """Close the database and remove its directory, if there is one (again: nothing happens)."""
        if self.db is not None:
            self.db.close()
            self.db = None
        if self._directory is not None:
            self._directory.cleanup()
            self._directory = None

    def __enter__(self) -> SpillStore:
        return self

    def __exit__(
        self, soort: type[BaseException] | None, fout: BaseException | None, plek: TracebackType | None
    ) -> None:
        self.close()


def key_bytes(key: str) -> bytes:
    """A pupil key as SQLite stores it: UTF-8 bytes, a lone surrogate (a JSON escape such as
    ``\\ud800``) included, which SQLite's TEXT refuses; compared exactly, byte for byte."""
    return key.encode("utf-8", "surrogatepass")
