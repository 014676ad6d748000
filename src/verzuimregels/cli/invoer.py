"""Reading JSON input for the command line: one object, an array, or JSON Lines; nothing lost.

The shape of the output follows the input: an object in, an object out; an array in, an array out;
JSON Lines in, JSON Lines out. A row that is not valid becomes an error row in its place (never
dropped, never a traceback), so row *n* of the output always answers row *n* of the input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import IO, Any

from pydantic import BaseModel

from ..fouten import Foutrij, Foutuitvoer, Invoerfout


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
    if _diepte(tekst) > MAX_DIEPTE:
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
