"""Reading JSON input for the command line: one object, an array, or JSON Lines; nothing lost.

The shape of the output follows the input: an object in, an object out; an array in, an array out;
JSON Lines in, JSON Lines out. A row that is not valid becomes an error row in its place (never
dropped, never a traceback), so row *n* of the output always answers row *n* of the input.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import IO, Any

from pydantic import BaseModel

from ..fouten import Foutrij, Foutuitvoer, Invoerfout
from ..foutteksten import getal_te_lang
from .gebruiksfouten import Gebruiksfout as Gebruiksfout
from .voortgang import VOORTGANG as VOORTGANG  # re-exported: the writers count here
from .voortgang import Voortgang as Voortgang


class Vorm(Enum):
    """The shape of the input (and so of the output)."""

    OBJECT = "object"
    ARRAY = "array"
    JSONL = "jsonl"


@dataclass(frozen=True, slots=True)
class Rij:
    """One input row: its 1-based position and its parsed value, or the error that stopped it."""

    positie: int
    waarde: Any
    fout: Invoerfout | None = None
    regel: int | None = None
    """For a CSV row: the line number in the file where it starts."""


MAX_DIEPTE = 64
"""Deeper nesting than this is refused (a nesting bomb), before it can exhaust the stack."""


def open_invoer(pad: str) -> IO[bytes]:
    """The file at ``pad``, or standard input for ``-``."""
    if pad == "-":
        stdin = sys.stdin
        if stdin is None or stdin.closed or not hasattr(stdin, "buffer"):
            raise Gebruiksfout("stdin_gesloten")
        return stdin.buffer
    try:
        return open(pad, "rb")
    except OSError as fout:
        raise Gebruiksfout.bij_bestand("bestand_onleesbaar", pad, fout) from None


def lees_rijen(bron: IO[bytes]) -> tuple[Vorm, Iterator[Rij]]:
    """Detect the shape of ``bron`` and yield its rows, streamed (see :func:`lees_json_stroom`).

    An input of one line that is not JSON is a :class:`Gebruiksfout` (not a file of rows at all).
    """
    return lees_json_stroom(bron, een_regel_is_gebruiksfout=True)


_BOM = b"\xef\xbb\xbf"


def _eerste_teken(bron: IO[bytes], *, streng: bool = True) -> bytes | None:
    """The first byte of the input after a UTF-8 byte-order mark and whitespace (both consumed).

    Only a whole mark at the very start is skipped. With ``streng`` (JSON), a damaged, doubled or
    misplaced mark and UTF-16 are a :class:`Gebruiksfout`, never skipped or guessed around; without it
    (sniffing JSON or CSV) such a byte is returned unconsumed, for the CSV reader's own error.
    """
    if not hasattr(bron, "peek"):
        return None  # pragma: no cover - binary stdin and files are buffered
    begin: bytes = bron.peek(2)[:2]
    if begin[:1] == b"\xef":
        if streng:  # read, not peeked: a pipe may deliver the mark in pieces
            if bron.read(3) != _BOM:
                raise Gebruiksfout("bom_beschadigd")
        elif bron.peek(3)[:3] == _BOM:
            bron.read(3)
        else:
            return b"\xef"
    elif begin in (b"\xff\xfe", b"\xfe\xff") and streng:
        raise Gebruiksfout("utf16")
    while True:
        kop: bytes = bron.peek(1)[:1]
        if not kop:
            return None
        if kop in b" \t\r\n":
            bron.read(1)
            continue
        if kop == b"\xef" and streng:
            raise Gebruiksfout("bom_dubbel")
        return kop


def _parse_rij(positie: int, regel: bytes) -> Rij:
    try:
        return _rij(positie, _loads(regel))
    except Gebruiksfout as fout:
        return Rij(positie, None, Invoerfout.enkel("", "geen_json", str(fout)))


class _Dubbel:
    """Stands for a parsed value in which some JSON object names the same key twice."""


_DUBBEL = _Dubbel()


class _Objecten:
    """``object_pairs_hook`` that notes an object naming a key twice (JSON leaves it undefined)."""

    def __init__(self) -> None:
        self.dubbel = False

    def __call__(self, paren: list[tuple[str, Any]]) -> dict[str, Any]:
        waarde = dict(paren)
        if len(waarde) != len(paren):
            self.dubbel = True
        return waarde

    def controleer(self, waarde: Any) -> Any:
        """``waarde``, or :data:`_DUBBEL` if a key was named twice since the last call."""
        if self.dubbel:
            self.dubbel = False
            return _DUBBEL
        return waarde


def _rij(positie: int, waarde: Any, regel: int | None = None) -> Rij:
    """A row; a value with a key named twice is an error row (the key itself is not shown)."""
    if waarde is _DUBBEL:
        fout = Invoerfout.enkel(
            "",
            "dubbele_sleutel",
            "a JSON object in this row names the same key twice (which one wins is undefined)",
        )
        return Rij(positie, None, fout, regel=regel)
    return Rij(positie, waarde, regel=regel)


def _loads(data: bytes) -> Any:
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError as fout:
        raise Gebruiksfout("geen_utf8", byte=fout.start) from None
    if _te_diep(tekst):
        raise Gebruiksfout("te_diep", max=MAX_DIEPTE)
    objecten = _Objecten()
    try:
        waarde = json.loads(
            tekst, parse_float=_decimaal, parse_constant=_geen_constante, object_pairs_hook=objecten
        )
    except json.JSONDecodeError as fout:
        raise Gebruiksfout("json_ongeldig", reden=fout.msg, regel=fout.lineno, kolom=fout.colno) from None
    except ValueError:  # a number of more than sys.get_int_max_str_digits() digits
        raise Gebruiksfout("onleesbaar", reden=getal_te_lang()) from None
    except RecursionError:  # pragma: no cover - _te_diep refuses deep nesting first
        raise Gebruiksfout("te_diep", max=MAX_DIEPTE) from None
    return objecten.controleer(waarde)


def _decimaal(tekst: str) -> Any:
    from decimal import Decimal

    return Decimal(tekst)


def _geen_constante(naam: str) -> Any:
    raise Gebruiksfout("json_getal", naam=naam)


def _diepte(tekst: str) -> int:
    """Maximum bracket depth outside strings (cheap scan; guards ``json.loads`` against bombs)."""
    diepte = hoogste = 0
    in_string = escape = False
    for teken in tekst:
        if in_string:
            if escape:
                escape = False
            elif teken == "\\":
                escape = True
            elif teken == '"':
                in_string = False
        elif teken == '"':
            in_string = True
        elif teken in "[{":
            diepte += 1
            hoogste = max(hoogste, diepte)
        elif teken in "]}":
            diepte -= 1
    return hoogste


def schrijf(vorm: Vorm, resultaten: Iterator[BaseModel], uit: IO[str], *, inspringen: int | None = 2) -> None:
    """Write results in the shape of the input, streaming JSON Lines and arrays row by row."""
    if vorm is Vorm.JSONL:
        for resultaat in resultaten:
            uit.write(resultaat.model_dump_json() + "\n")
            VOORTGANG.geschreven += 1
        return
    if vorm is Vorm.OBJECT:
        uit.write(next(resultaten).model_dump_json(indent=inspringen) + "\n")
        VOORTGANG.geschreven += 1
        return
    uit.write("[")
    for i, resultaat in enumerate(resultaten):
        uit.write(",\n" if i else "\n")
        uit.write(resultaat.model_dump_json())
        VOORTGANG.geschreven += 1
    uit.write("\n]\n")


def verwerk(
    rijen: Iterator[Rij], functie: Callable[[Any], BaseModel], teller: list[int]
) -> Iterator[BaseModel]:
    """Apply ``functie`` to each row; an :class:`Invoerfout` becomes an error row in its place.

    ``teller[0]`` counts the error rows (for the exit code).
    """
    for rij in rijen:
        if rij.fout is None:
            try:
                yield functie(rij.waarde)
                continue
            except Invoerfout as fout:
                fouten = fout.fouten
        else:
            fouten = rij.fout.fouten
        teller[0] += 1
        yield Foutuitvoer(fout=Foutrij(rij=rij.positie, fouten=fouten))


# --- Streaming readers with bounded memory: CSV, JSON Lines and JSON arrays of any size. ---------------

MAX_REGEL = 1 << 20
"""A line (CSV or JSON Lines) or one element of a JSON array longer than this (bytes) is an error row."""

_BLOK = 1 << 16


@dataclass(frozen=True, slots=True)
class Csvinvoer:
    """A CSV file being read: its header (names stripped and lower-cased) and its data rows.

    Each :class:`Rij` holds a ``dict`` of column name to cell text, empty cells left out; ``regel`` is
    the line number in the file where the row starts. A row with invalid UTF-8, with more cells than
    the header, or longer than :data:`MAX_REGEL` becomes a row with ``fout`` set, in its place.
    """

    kolommen: tuple[str, ...]
    scheidingsteken: str
    rijen: Iterator[Rij]


def begrensde_regels(bron: IO[bytes], status: list[bool] | None = None) -> Iterator[bytes]:
    """The lines of ``bron``; a line longer than :data:`MAX_REGEL` is drained and given as ``b"\\n"``.

    When ``status`` is given, ``status[0]`` is set to ``True`` for each line cut that way, so the
    caller can turn the row it belongs to into an error row. Memory stays bounded by the limit.
    """
    while True:
        regel = bron.readline(MAX_REGEL + 1)
        if not regel:
            return
        if len(regel) > MAX_REGEL and not regel.endswith(b"\n"):
            while True:
                rest = bron.readline(_BLOK)
                if not rest or rest.endswith(b"\n"):
                    break
            if status is not None:
                status[0] = True
            regel = b"\n"
        yield regel


def lees_csv(bron: IO[bytes], *, codering: str = "utf-8", scheidingsteken: str | None = None) -> Csvinvoer:
    """Read a CSV file as a stream with the one tabular reader (:func:`verzuimregels.tabel.lees_tabel`).

    Each data row becomes a :class:`Rij` (a row that cannot be read: ``fout`` set, in its place). Raises
    :class:`~verzuimregels.fouten.Leesfout` for an empty file or an unreadable header.
    """
    from ..tabel import lees_tabel  # the CSV reader: not imported by the JSON-only commands

    tabel = lees_tabel(bron, codering=codering, scheidingsteken=scheidingsteken)
    rijen = (Rij(r.positie, r.cellen, r.fout, regel=r.regel) for r in tabel.rijen)
    return Csvinvoer(tabel.kolommen, tabel.scheidingsteken, rijen)


def _rijfout(regel: str, melding: str) -> Invoerfout:
    return Invoerfout.enkel("", regel, melding)


def lees_json_stroom(
    bron: IO[bytes], *, een_regel_is_gebruiksfout: bool = False
) -> tuple[Vorm, Iterator[Rij]]:
    """One object, a JSON array or JSON Lines, streamed: memory is bounded whatever the size of the input.

    A JSON array is parsed element by element; JSON Lines line by line (a line longer than
    :data:`MAX_REGEL`, not valid UTF-8 or not valid JSON is an error row in its place). An input of
    at most :data:`MAX_REGEL` bytes that is one JSON object (pretty-printed or not) is read as one
    object. Raises :class:`Gebruiksfout` for an empty input, a broken array, invalid UTF-8 inside
    an array, or nesting deeper than :data:`MAX_DIEPTE`; with ``een_regel_is_gebruiksfout`` also for
    an input of one line that is not valid JSON. A row in which an object names a key twice is an
    error row (``dubbele_sleutel``).
    """
    eerste = _eerste_teken(bron)
    if eerste is None:
        raise Gebruiksfout("leeg")
    if eerste == b"[":
        return Vorm.ARRAY, _array_stroom(bron)
    kop = bron.read(MAX_REGEL + 1)
    if len(kop) <= MAX_REGEL:
        try:
            waarde = _loads(kop)
        except Gebruiksfout:
            if een_regel_is_gebruiksfout and sum(1 for r in kop.splitlines() if r.strip()) <= 1:
                raise  # one line that is not JSON: not a file of rows at all
        else:
            return Vorm.OBJECT, iter([_rij(1, waarde)])
    gekoppeld = io.BufferedReader(_Keten(kop, bron))
    return Vorm.JSONL, _jsonl_stroom(gekoppeld)


class _Keten(io.RawIOBase):
    """Bytes already read, followed by the rest of a stream."""

    def __init__(self, kop: bytes, bron: IO[bytes]) -> None:
        self._kop = memoryview(kop)
        self._bron = bron

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._kop:
            n = min(len(buffer), len(self._kop))
            buffer[:n] = self._kop[:n]
            self._kop = self._kop[n:]
            return n
        data = self._bron.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _jsonl_stroom(bron: IO[bytes]) -> Iterator[Rij]:
    te_lang = [False]
    positie = 0
    for regel in begrensde_regels(bron, te_lang):
        if te_lang[0]:
            te_lang[0] = False
            positie += 1
            yield Rij(positie, None, _rijfout("regel_te_lang", f"the line is longer than {MAX_REGEL} bytes"))
        elif regel.strip():
            positie += 1
            yield _parse_rij(positie, regel)


def _te_diep(tekst: str) -> bool:
    """Whether ``tekst`` nests deeper than :data:`MAX_DIEPTE` (counts first, scans only if needed)."""
    if tekst.count("[") + tekst.count("{") <= MAX_DIEPTE:
        return False
    return _diepte(tekst) > MAX_DIEPTE


class _Tekststroom:
    """Decoded text of a byte stream, read in blocks; ``tekst[pos:]`` is what is not yet consumed."""

    def __init__(self, bron: IO[bytes]) -> None:
        self._bron = bron
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.tekst = ""
        self.pos = 0
        self.eind = False
        self._gelezen = 0

    def meer(self) -> bool:
        """Read one more block; ``False`` at the end of the input."""
        if self.eind:
            return False
        data = self._bron.read(_BLOK)
        try:
            nieuw = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as fout:
            raise Gebruiksfout("geen_utf8", byte=self._gelezen + fout.start) from None
        self._gelezen += len(data)
        if self.pos > _BLOK:
            self.tekst = self.tekst[self.pos :]
            self.pos = 0
        self.tekst += nieuw
        self.eind = not data
        return True

    def teken(self) -> str:
        """The next non-whitespace character (consumed whitespace only), or '' at the end."""
        while True:
            while self.pos < len(self.tekst) and self.tekst[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.tekst):
                return self.tekst[self.pos]
            if not self.meer():
                return ""


def _array_stroom(bron: IO[bytes]) -> Iterator[Rij]:
    objecten = _Objecten()
    decoder = json.JSONDecoder(
        parse_float=_decimaal, parse_constant=_geen_constante, object_pairs_hook=objecten
    )
    stroom = _Tekststroom(bron)
    stroom.teken()
    stroom.pos += 1  # the '['
    if stroom.teken() == "]":
        return
    positie = 0
    while True:
        positie += 1
        yield _rij(positie, objecten.controleer(_element(stroom, decoder, positie)))
        teken = stroom.teken()
        if teken == "]":
            stroom.pos += 1
            if stroom.teken():
                raise Gebruiksfout("json_na_array")
            return
        if teken != ",":
            raise Gebruiksfout("json_scheiding", positie=positie)
        stroom.pos += 1


def _element(stroom: _Tekststroom, decoder: json.JSONDecoder, positie: int) -> Any:
    stroom.teken()
    while True:
        try:
            waarde, eind = decoder.raw_decode(stroom.tekst, stroom.pos)
        except json.JSONDecodeError:
            waarde, eind = None, -1
        except RecursionError:
            raise Gebruiksfout("te_diep", max=MAX_DIEPTE) from None
        except ValueError:  # a number of more than sys.get_int_max_str_digits() digits
            raise Gebruiksfout("onleesbaar", reden=getal_te_lang()) from None
        if eind == -1 or (eind == len(stroom.tekst) and not stroom.eind):
            if len(stroom.tekst) - stroom.pos > MAX_REGEL:
                raise Gebruiksfout("element_te_lang", positie=positie, max=MAX_REGEL)
            if stroom.meer():
                continue
            if eind == -1:
                raise Gebruiksfout("json_element_kapot", positie=positie)
        if _te_diep(stroom.tekst[stroom.pos : eind]):
            raise Gebruiksfout("te_diep", max=MAX_DIEPTE)
        stroom.pos = eind
        return waarde


def json_rijen(bron: IO[bytes], naam: str) -> tuple[Vorm, Iterator[Rij]]:
    """The rows of a JSON input, as :func:`~.invoer.lees_rijen` reads them; an input that is not JSON at
    all (a CSV file: its first two lines, or its first line and a ``.csv`` name) is a usage error, exit 2,
    not a batch of error rows."""
    vorm, rijen = lees_rijen(bron)
    if vorm is not Vorm.JSONL:
        return vorm, rijen
    eerste = next(rijen)
    if not _geen_json(eerste):
        return vorm, itertools.chain([eerste], rijen)
    tweede = next(rijen, None)
    if naam.lower().endswith((".csv", ".txt")) or tweede is None or _geen_json(tweede):
        raise Gebruiksfout("geen_json")
    return vorm, itertools.chain([eerste, tweede], rijen)


def _geen_json(rij: Rij) -> bool:
    return rij.fout is not None and any(f.regel == "geen_json" for f in rij.fout.fouten)
