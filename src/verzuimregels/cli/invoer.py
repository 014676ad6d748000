"""Reading JSON input for the command line: one object, an array, or JSON Lines; nothing lost.

The shape of the output follows the input: an object in, an object out; an array in, an array out;
JSON Lines in, JSON Lines out. A row that is not valid becomes an error row in its place (never
dropped, never a traceback), so row *n* of the output always answers row *n* of the input.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import IO, Any

from pydantic import BaseModel

from ..fouten import Foutrij, Foutuitvoer, Invoerfout
from ..tabel import lees_tabel


class Vorm(Enum):
    """The shape of the input (and so of the output)."""

    OBJECT = "object"
    ARRAY = "array"
    JSONL = "jsonl"


class Gebruiksfout(Exception):
    """The input as a whole cannot be read: exit code 2, message on stderr."""


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
        return sys.stdin.buffer
    try:
        return open(pad, "rb")
    except OSError as fout:
        raise Gebruiksfout(f"cannot read {pad}: {fout.strerror}") from None


def lees_rijen(bron: IO[bytes]) -> tuple[Vorm, Iterator[Rij]]:
    """Detect the shape of ``bron`` and yield its rows; a broken JSON Lines row is an error row."""
    eerste = _eerste_teken(bron)
    if eerste is None:
        raise Gebruiksfout("the input is empty")
    if eerste == b"[":
        return Vorm.ARRAY, _array(bron)
    regels = _regels(bron)
    kop = next(regels)
    try:
        eerste_rij = _loads(kop)
    except Gebruiksfout:
        # Not one object per line: a pretty-printed object, or JSON Lines whose first row is broken.
        rest = b"".join(regels)
        try:
            return Vorm.OBJECT, iter([Rij(1, _loads(kop + rest))])
        except Gebruiksfout:
            if not rest.strip():
                raise
            return Vorm.JSONL, _jsonl([kop, *rest.splitlines(keepends=True)])
    try:
        tweede = next(regels)
    except StopIteration:
        return Vorm.OBJECT, iter([Rij(1, eerste_rij)])
    return Vorm.JSONL, _vervolg(Rij(1, eerste_rij), tweede, regels)


def _eerste_teken(bron: IO[bytes]) -> bytes | None:
    if not hasattr(bron, "peek"):
        return None  # pragma: no cover - binary stdin and files are buffered
    while True:
        kop: bytes = bron.peek(1)[:1]
        if not kop:
            return None
        if kop in b" \t\r\n":
            bron.read(1)
            continue
        if kop == b"\xef":  # a UTF-8 byte order mark
            bron.read(3)
            continue
        return kop


def _regels(bron: IO[bytes]) -> Iterator[bytes]:
    for regel in bron:
        if regel.strip():
            yield regel


def _vervolg(eerste: Rij, tweede: bytes, regels: Iterator[bytes]) -> Iterator[Rij]:
    yield eerste
    yield _parse_rij(2, tweede)
    for positie, regel in enumerate(regels, start=3):
        yield _parse_rij(positie, regel)


def _jsonl(regels: list[bytes]) -> Iterator[Rij]:
    niet_leeg = (r for r in regels if r.strip())
    return (_parse_rij(i, r) for i, r in enumerate(niet_leeg, start=1))


def _parse_rij(positie: int, regel: bytes) -> Rij:
    try:
        return Rij(positie, _loads(regel))
    except Gebruiksfout as fout:
        return Rij(positie, None, Invoerfout.enkel("", "geen_json", str(fout)))


def _array(bron: IO[bytes]) -> Iterator[Rij]:
    waarde = _loads(bron.read())
    if not isinstance(waarde, list):  # pragma: no cover - starts with '['
        raise Gebruiksfout("expected a JSON array")
    return (Rij(i, rij) for i, rij in enumerate(waarde, start=1))


def _loads(data: bytes) -> Any:
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError as fout:
        raise Gebruiksfout(f"the input is not valid UTF-8 (byte {fout.start})") from None
    if _te_diep(tekst):
        raise Gebruiksfout(f"the JSON is nested deeper than {MAX_DIEPTE} levels")
    try:
        return json.loads(tekst, parse_float=_decimaal, parse_constant=_geen_constante)
    except json.JSONDecodeError as fout:
        raise Gebruiksfout(f"not valid JSON: {fout.msg} at line {fout.lineno} column {fout.colno}") from None
    except ValueError as fout:
        raise Gebruiksfout(str(fout)) from None


def _decimaal(tekst: str) -> Any:
    from decimal import Decimal

    return Decimal(tekst)


def _geen_constante(naam: str) -> Any:
    raise ValueError(f"not valid JSON: {naam} is not a number")


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
        return
    if vorm is Vorm.OBJECT:
        uit.write(next(resultaten).model_dump_json(indent=inspringen) + "\n")
        return
    uit.write("[")
    for i, resultaat in enumerate(resultaten):
        uit.write(",\n" if i else "\n")
        uit.write(resultaat.model_dump_json())
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
    tabel = lees_tabel(bron, codering=codering, scheidingsteken=scheidingsteken)
    rijen = (Rij(r.positie, r.cellen, r.fout, regel=r.regel) for r in tabel.rijen)
    return Csvinvoer(tabel.kolommen, tabel.scheidingsteken, rijen)


def _rijfout(regel: str, melding: str) -> Invoerfout:
    return Invoerfout.enkel("", regel, melding)


def lees_json_stroom(bron: IO[bytes]) -> tuple[Vorm, Iterator[Rij]]:
    """Like :func:`lees_rijen`, but streamed: memory is bounded whatever the size of the input.

    A JSON array is parsed element by element; JSON Lines line by line (a line longer than
    :data:`MAX_REGEL`, not valid UTF-8 or not valid JSON is an error row in its place). An input of
    at most :data:`MAX_REGEL` bytes that is one JSON object (pretty-printed or not) is read as one
    object. Raises :class:`Gebruiksfout` for an empty input, a broken array, invalid UTF-8 inside
    an array, or nesting deeper than :data:`MAX_DIEPTE`.
    """
    eerste = _eerste_teken(bron)
    if eerste is None:
        raise Gebruiksfout("the input is empty")
    if eerste == b"[":
        return Vorm.ARRAY, _array_stroom(bron)
    kop = bron.read(MAX_REGEL + 1)
    if len(kop) <= MAX_REGEL:
        try:
            waarde = _loads(kop)
        except Gebruiksfout:
            pass
        else:
            return Vorm.OBJECT, iter([Rij(1, waarde)])
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
            raise Gebruiksfout(f"the input is not valid UTF-8 (byte {self._gelezen + fout.start})") from None
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
    decoder = json.JSONDecoder(parse_float=_decimaal, parse_constant=_geen_constante)
    stroom = _Tekststroom(bron)
    stroom.teken()
    stroom.pos += 1  # the '['
    if stroom.teken() == "]":
        return
    positie = 0
    while True:
        positie += 1
        yield Rij(positie, _element(stroom, decoder, positie))
        teken = stroom.teken()
        if teken == "]":
            stroom.pos += 1
            if stroom.teken():
                raise Gebruiksfout("not valid JSON: data after the end of the array")
            return
        if teken != ",":
            raise Gebruiksfout(f"not valid JSON: expected ',' or ']' after element {positie}")
        stroom.pos += 1


def _element(stroom: _Tekststroom, decoder: json.JSONDecoder, positie: int) -> Any:
    stroom.teken()
    while True:
        try:
            waarde, eind = decoder.raw_decode(stroom.tekst, stroom.pos)
        except json.JSONDecodeError:
            waarde, eind = None, -1
        except RecursionError:
            raise Gebruiksfout(f"the JSON is nested deeper than {MAX_DIEPTE} levels") from None
        except ValueError as fout:
            raise Gebruiksfout(str(fout)) from None
        if eind == -1 or (eind == len(stroom.tekst) and not stroom.eind):
            if len(stroom.tekst) - stroom.pos > MAX_REGEL:
                raise Gebruiksfout(f"element {positie} of the array is longer than {MAX_REGEL} characters")
            if stroom.meer():
                continue
            if eind == -1:
                raise Gebruiksfout(f"not valid JSON: element {positie} of the array is broken or incomplete")
        if _te_diep(stroom.tekst[stroom.pos : eind]):
            raise Gebruiksfout(f"the JSON is nested deeper than {MAX_DIEPTE} levels")
        stroom.pos = eind
        return waarde
