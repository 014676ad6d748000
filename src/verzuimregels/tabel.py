"""The one reader for tabular input (CSV), streamed, as Dutch school systems and Excel write it.

Every command and adapter that reads CSV reads it here, so a file that one of them accepts, all accept:

* **separator** ``,`` ``;`` or tab: the one that occurs most often in the header line, or the one given;
* **encoding** UTF-8 with or without byte-order mark, or ``cp1252`` (Windows-1252, what Excel's "CSV
  (gescheiden door lijstscheidingsteken)" writes in a Dutch locale) when asked for. Bytes that are not
  valid in the encoding make the header a :class:`~verzuimregels.fouten.Leesfout`, and a data row an
  error row; both say which option reads them. A damaged byte-order mark, a UTF-8 mark in a file read
  as cp1252, and UTF-16 are errors, never guessed around;
* **line endings** ``\\r\\n``, ``\\n`` and ``\\r`` alone (old Mac Excel), also mixed;
* **cells** typed by the caller with the converters below: dates ``jjjj-mm-dd``, ``dd-mm-jjjj`` and
  ``d-m-jjjj``; decimals with a comma or a point; yes/no as ``ja/nee``, ``j/n``, ``true/false``,
  ``waar/onwaar``, ``1/0`` in any case; times ``H:MM``. Anything else is an error naming the column
  and the line, never a default.

Memory is bounded: a line longer than :data:`MAX_REGEL` characters, a cell over the csv module's field
limit, broken quotes, more cells than the header, or bytes not valid in the encoding make an error row
in the row's place; the reader goes on with the next row. Nothing read is echoed: an unknown column is
named by its position (a file without a header row would otherwise print its first row, personal data),
and an error says which column on which line is wrong, not what it holds.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from .fouten import Invoerfout, Leesfout, Veldfout

__all__ = [
    "CODERINGEN",
    "MAX_REGEL",
    "SCHEIDINGSTEKENS",
    "Celfout",
    "Tabel",
    "Tabelrij",
    "lees_datum",
    "lees_decimaal",
    "lees_janee",
    "lees_tabel",
    "lees_tijd",
    "typeer",
]

CODERINGEN = ("utf-8", "cp1252")
"""The encodings read: UTF-8 (default; a byte-order mark is allowed) and Windows-1252."""

SCHEIDINGSTEKENS = (",", ";", "\t")
"""The separators read; by default the one that occurs most often in the header line."""

MAX_REGEL = 1 << 20
"""A line longer than this (characters) is an error row; the reader skips to the next line."""

_BLOK = 1 << 16
_NAAM = {",": "','", ";": "';'", "\t": "tab"}
_SURROGAAT = re.compile("[\udc80-\udcff]")
_BOM = b"\xef\xbb\xbf"
_DUBBELE_BOM = "\u00ef\u00bb\u00bf"  # a UTF-8 byte-order mark decoded as cp1252 (or twice encoded)


def optie_codering(codering: str) -> str:
    """How a user asks for ``codering``: the CLI flag and the Python argument."""
    return f"--encoding {codering} (Python: codering='{codering}')"


@dataclass(frozen=True, slots=True)
class Tabelrij:
    """One data row: its position among the data rows (from 1), the line where it starts, and its cells.

    ``cellen`` maps a column name to the cell's text, stripped; empty cells are left out. A row that
    could not be read has ``cellen`` ``None`` and ``fout`` set.
    """

    positie: int
    regel: int | None
    cellen: dict[str, str] | None
    fout: Invoerfout | None = None


@dataclass(frozen=True, slots=True)
class Tabel:
    """A CSV file being read: its columns (stripped, lower-cased), separator, encoding, and data rows."""

    kolommen: tuple[str, ...]
    scheidingsteken: str
    codering: str
    rijen: Iterator[Tabelrij]


def lees_tabel(
    bron: IO[bytes],
    *,
    codering: str = "utf-8",
    scheidingsteken: str | None = None,
    kolommen: Collection[str] | None = None,
    verplicht: Collection[str] = (),
) -> Tabel:
    """Read the header of ``bron`` and return the :class:`Tabel` whose rows are read as they are iterated.

    ``kolommen``: the column names allowed (``None``: any); an unknown column is named by its position.
    ``verplicht``: the columns the header must have. Raises :class:`~verzuimregels.fouten.Leesfout` for
    an empty input, an unreadable header, or an unknown encoding or separator.
    """
    if codering not in CODERINGEN:
        raise Leesfout("codering_onbekend", coderingen=", ".join(CODERINGEN))
    if scheidingsteken is not None and scheidingsteken not in SCHEIDINGSTEKENS:
        raise Leesfout("scheidingsteken_onbekend")
    buffer: Any = bron if hasattr(bron, "peek") else io.BufferedReader(bron)  # type: ignore[type-var,unused-ignore]
    _controleer_begin(buffer.peek(4)[:4], codering)
    if codering == "utf-8" and buffer.peek(3)[:3] == _BOM:
        buffer.read(3)
    tekst = io.TextIOWrapper(buffer, encoding=codering, errors="surrogateescape", newline="")
    te_lang = [False]
    regels = _begrensd(tekst, te_lang)
    kopnummer = 0
    koptekst = None
    for regel in regels:
        kopnummer += 1
        if te_lang[0]:
            raise Leesfout("kop_te_lang", max=MAX_REGEL)
        if regel.strip():
            koptekst = regel
            break
    if koptekst is None:
        raise Leesfout("csv_leeg")
    if "\ufeff" in koptekst or koptekst.startswith(_DUBBELE_BOM):
        raise Leesfout("kop_bom")
    treffer = _SURROGAAT.search(koptekst)
    if treffer is not None:
        positie = treffer.start() + 1
        if codering == "utf-8":
            raise Leesfout("kop_geen_utf8", positie=positie, optie=optie_codering("cp1252"))
        raise Leesfout("kop_geen_cp1252", positie=positie)
    teken = scheidingsteken or max(SCHEIDINGSTEKENS, key=koptekst.count)
    try:
        kop = next(csv.reader([koptekst], delimiter=teken, strict=True))
    except (csv.Error, StopIteration):
        raise Leesfout("kop_geen_csv") from None
    namen = tuple(k.strip().lower() for k in kop)
    if any(not k for k in namen):
        raise Leesfout("kop_lege_kolom")
    if len(set(namen)) != len(namen):
        raise Leesfout("kop_kolom_dubbel")
    if kolommen is not None:
        onbekend = [str(i) for i, k in enumerate(namen, start=1) if k not in kolommen]
        if onbekend:
            raise Leesfout(
                "kop_onbekende_kolommen",
                posities=", ".join(onbekend),
                teken=_NAAM.get(teken, teken),
                kolommen=", ".join(kolommen),
            )
    ontbreekt = [k for k in verplicht if k not in namen]
    if ontbreekt:
        raise Leesfout("kop_kolommen_ontbreken", kolommen=", ".join(ontbreekt))
    return Tabel(namen, teken, codering, _rijen(regels, namen, teken, codering, te_lang, kopnummer))


def _controleer_begin(begin: bytes, codering: str) -> None:
    if begin.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Leesfout("utf16")
    if begin.startswith(_BOM):
        if codering != "utf-8":
            raise Leesfout("bom_met_codering")
        return
    if codering == "utf-8" and begin[:1] == b"\xef":
        raise Leesfout("bom_beschadigd")


def _niet_leesbaar(waar: str, codering: str, positie: int | None = None) -> str:
    plaats = f" (character {positie})" if positie is not None else ""
    if codering == "utf-8":
        return (
            f"{waar} is not valid UTF-8{plaats}; a CSV saved by Excel in a Dutch locale is usually "
            f"Windows-1252: read it with {optie_codering('cp1252')}"
        )
    return f"{waar} holds bytes that are not Windows-1252{plaats}; if it is UTF-8, leave out --encoding"


def _begrensd(tekst: IO[str], te_lang: list[bool]) -> Iterator[str]:
    """The lines of ``tekst`` (any line ending); a line over :data:`MAX_REGEL` is drained, as ``\\n``."""
    while True:
        regel = tekst.readline(MAX_REGEL + 1)
        if not regel:
            return
        if len(regel) > MAX_REGEL and not regel.endswith(("\n", "\r")):
            while True:
                rest = tekst.readline(_BLOK)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            te_lang[0] = True
            regel = "\n"
        yield regel


class _Regelteller:
    """Feeds lines to ``csv.reader`` and notes the line number where the current row starts."""

    def __init__(self, regels: Iterator[str], eerste: int) -> None:
        self._regels = regels
        self.nummer = eerste
        self.begin: int | None = None
        self.oneven = False
        """Whether the lines of the current row hold an odd number of quotes: inside a quoted cell."""

    def __iter__(self) -> _Regelteller:
        return self

    def __next__(self) -> str:
        regel = next(self._regels)
        self.nummer += 1
        if self.begin is None and (regel.strip() or regel == "\n"):
            self.begin = self.nummer
        if regel.count('"') % 2:
            self.oneven = not self.oneven
        return regel

    def sla_cel_over(self) -> None:
        """After a cell over the field limit: skip the rest of its quoted cell (lines up to the quote
        that closes it), so its lines do not come back as rows."""
        while self.oneven:
            try:
                next(self)
            except StopIteration:
                return


def _rijen(
    regels: Iterator[str],
    kolommen: tuple[str, ...],
    teken: str,
    codering: str,
    te_lang: list[bool],
    kopregel: int,
) -> Iterator[Tabelrij]:
    teller = _Regelteller(regels, kopregel)
    lezer = csv.reader(teller, delimiter=teken, strict=True)
    positie = 0
    while True:
        teller.begin = None
        teller.oneven = False
        try:
            cellen: list[str] | None = next(lezer)
        except StopIteration:
            return
        except csv.Error as csvfout:
            cellen = None
            if "field limit" in str(csvfout):
                teller.sla_cel_over()
        begin = teller.begin
        if cellen is not None and not te_lang[0] and not any(c.strip() for c in cellen):
            continue
        positie += 1
        waar = f"line {begin}"
        if te_lang[0]:
            te_lang[0] = False
            fout = _rijfout("regel_te_lang", f"{waar} is longer than {MAX_REGEL} characters")
        elif cellen is None:
            fout = _rijfout(
                "csv_onleesbaar",
                f"the row at {waar} is not valid CSV (broken quotes, or a cell over "
                f"{csv.field_size_limit()} characters)",
            )
        elif any(_SURROGAAT.search(c) for c in cellen):
            regelcode = "geen_utf8" if codering == "utf-8" else "geen_cp1252"
            fout = _rijfout(
                regelcode, _niet_leesbaar(f"the row at {waar}", codering), lees_met=optie_codering("cp1252")
            )
        elif len(cellen) > len(kolommen):
            fout = _rijfout(
                "te_veel_kolommen", f"the row at {waar} has {len(cellen)} cells, the header {len(kolommen)}"
            )
        else:
            waarde = {k: c.strip() for k, c in zip(kolommen, cellen, strict=False) if c.strip()}
            yield Tabelrij(positie, begin, waarde)
            continue
        yield Tabelrij(positie, begin, None, fout)


def _rijfout(regel: str, melding: str, **context: str) -> Invoerfout:
    return Invoerfout.enkel("", regel, melding, **context)


# --- Typed cells ----------------------------------------------------------------------------------------


class Celfout(Invoerfout):
    """A cell without the form its column asks; ``regel``: the rule code, ``verwacht``: the form.

    An :class:`~verzuimregels.fouten.Invoerfout` (so a ``ValueError`` too, as it always was): the one
    error a converter below raises, whatever it is given, with one :class:`~verzuimregels.fouten.Veldfout`
    (``veld`` ``""``: the converter does not know the column; :func:`typeer` names it). Never the value.
    """

    def __init__(self, regel: str, verwacht: str) -> None:
        self.regel = regel
        self.verwacht = verwacht
        super().__init__([Veldfout(veld="", regel=regel, melding=f"expects {verwacht}")])


def _tekst(tekst: object, regel: str, verwacht: str) -> str:
    """``tekst`` when it is text; anything else does not have the form asked (a converter gets cells)."""
    if not isinstance(tekst, str):
        raise Celfout(regel, verwacht)
    return tekst


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NL = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
_DATUMVORM = "a date as jjjj-mm-dd, dd-mm-jjjj or d-m-jjjj"


def lees_datum(tekst: str) -> date:
    """A date written ``jjjj-mm-dd``, ``dd-mm-jjjj`` or ``d-m-jjjj`` (no times, no two-digit years)."""
    tekst = _tekst(tekst, "datum_formaat", _DATUMVORM).strip()
    if treffer := _ISO.fullmatch(tekst):
        jaar, maand, dag = (int(g) for g in treffer.groups())
    elif treffer := _NL.fullmatch(tekst):
        dag, maand, jaar = (int(g) for g in treffer.groups())
    else:
        raise Celfout("datum_formaat", _DATUMVORM)
    try:
        return date(jaar, maand, dag)
    except ValueError:
        raise Celfout("datum_bestaat_niet", "a date that exists") from None


_JA = frozenset({"ja", "j", "true", "waar", "1"})
_NEE = frozenset({"nee", "n", "false", "onwaar", "0"})
_JANEE = "ja/nee, j/n, true/false, waar/onwaar or 1/0"


def lees_janee(tekst: str) -> bool:
    """Yes or no: ``ja/nee``, ``j/n``, ``true/false``, ``waar/onwaar``, ``1/0``, in any case."""
    schoon = _tekst(tekst, "janee_formaat", _JANEE).strip().lower()
    if schoon in _JA:
        return True
    if schoon in _NEE:
        return False
    raise Celfout("janee_formaat", _JANEE)


_DECIMAAL = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_GETALVORM = "a number such as 2, 1,5 or 1.5"


def lees_decimaal(tekst: str) -> Decimal:
    """A number with a decimal comma or point (``1,5`` or ``1.5``); no thousands separators."""
    schoon = _tekst(tekst, "getal_formaat", _GETALVORM).strip()
    if not _DECIMAAL.fullmatch(schoon):
        raise Celfout("getal_formaat", _GETALVORM)
    try:
        return Decimal(schoon.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise Celfout("getal_formaat", _GETALVORM) from None


_TIJD = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def lees_tijd(tekst: str) -> time:
    """A time of day ``H:MM``, ``HH:MM`` or ``HH:MM:SS``."""
    treffer = _TIJD.fullmatch(_tekst(tekst, "tijd_formaat", "a time as HH:MM").strip())
    if treffer is None:
        raise Celfout("tijd_formaat", "a time as HH:MM")
    uur, minuut, seconde = treffer.groups()
    try:
        return time(int(uur), int(minuut), int(seconde or 0))
    except ValueError:
        raise Celfout("tijd_bestaat_niet", "a time that exists") from None


Celtype = Callable[[str], Any]
"""A converter from a cell's text to its value; raises :class:`Celfout`."""


def typeer(
    cellen: Mapping[str, str], typen: Mapping[str, Celtype], regel: int | None
) -> tuple[dict[str, Any], list[Veldfout]]:
    """The cells with the typed columns converted, and an error per cell that does not convert.

    An error names the column and the line (``regel``), and the form the column asks; never the value.
    A cell that does not convert is left out of the result.
    """
    uit: dict[str, Any] = {}
    fouten: list[Veldfout] = []
    for kolom, tekst in cellen.items():
        omzetten = typen.get(kolom)
        if omzetten is None:
            uit[kolom] = tekst
            continue
        try:
            uit[kolom] = omzetten(tekst)
        except Celfout as fout:
            waar = f"line {regel}: " if regel is not None else ""
            melding = f"{waar}column {kolom} expects {fout.verwacht}"
            fouten.append(Veldfout(veld=kolom, regel=fout.regel, melding=melding))
    return uit, fouten
