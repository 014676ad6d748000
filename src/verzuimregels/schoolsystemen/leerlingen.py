"""The pupils file: what an absence export lacks (birth date, startkwalificatie, the school's rooster).

CSV (read by the one tabular reader, :mod:`verzuimregels.tabel`) or JSON (an array, JSON Lines, or
``{"leerlingen": [...]}``), one pupil per row/object:

* ``leerling`` (required): the key the export uses for the pupil (SOMtoday ``leerlingnummer``, Eduarte
  ``ovnr``, Ed-Fi ``studentUniqueId``, the key added to Magister absences);
* ``geboortedatum`` (required), ``startkwalificatie``, ``ingeschreven`` (yes/no), ``schooljaar``;
* the school: :data:`SCHOOLVELDEN` as columns (or a ``school`` object in JSON); a pupil without
  ``onderwijssoort`` gets the default school of the command line options.

A pupil row that cannot be read, or a key given twice, is kept as an error, so every record of that
pupil becomes an error row naming the pupils file's line; a pupil missing from the file is an error
row too (``leerling_onbekend``), never a dropped pupil. The file is read as a stream (a JSON array,
``{"leerlingen": [...]}`` and JSON Lines element by element) into :class:`Leerlingen`, which keeps the
first :data:`LEERLINGEN_IN_GEHEUGEN` pupils in memory and the rest on disk; the export is streamed.
"""

from __future__ import annotations

import io
import pickle
import re
from collections.abc import Iterator
from typing import IO, Any, cast

from ..fouten import Invoerfout, Veldfout
from ..foutteksten import Tekst
from ..spill import SpillStore, key_bytes
from ..tabel import Celfout, Celtype, lees_datum, lees_decimaal, lees_janee, lees_tabel, typeer
from .envelop import zonder_envelop

SCHOOLVELDEN = (
    "onderwijssoort",
    "regio",
    "lesuur_minuten",
    "uren_per_lesdag",
    "telt_lesuren",
    "afspraak_gemeente_18plus",
    "te_laat_telt_mee",
)
"""School fields a pupils file may give per pupil (see ``School`` in docs/registratie.md)."""

LEERLINGVELDEN = ("leerling", "geboortedatum", "startkwalificatie", "ingeschreven", "schooljaar")

KOLOMMEN = LEERLINGVELDEN + SCHOOLVELDEN
"""The columns of a pupils CSV (any order; ``leerling`` and ``geboortedatum`` required)."""


_GEHEEL = re.compile(r"[0-9]{1,12}")


def lees_geheel(tekst: str) -> int:
    """A whole number: at most 12 digits 0-9 (no school field needs more; ``int`` refuses a text of
    over 4,300 digits and ``str.isdigit`` admits ``²``, both a ``ValueError``)."""
    schoon = tekst.strip() if isinstance(tekst, str) else ""
    if not _GEHEEL.fullmatch(schoon):
        raise Celfout("geheel_formaat", "a whole number")
    return int(schoon)


TYPEN: dict[str, Celtype] = {
    "geboortedatum": lees_datum,
    "startkwalificatie": lees_janee,
    "ingeschreven": lees_janee,
    "schooljaar": lees_geheel,
    "lesuur_minuten": lees_geheel,
    "uren_per_lesdag": lees_decimaal,
    "telt_lesuren": lees_janee,
    "afspraak_gemeente_18plus": lees_janee,
    "te_laat_telt_mee": lees_janee,
}


LEERLINGEN_IN_GEHEUGEN = 10_000
"""Pupils :class:`Leerlingen` holds in memory (about 1 kB each) before it moves them to disk."""


class Leerlingen:
    """The pupils of a pupils file by key: a ``Leerling`` mapping without records, or its error.

    Memory is bounded: the first :data:`LEERLINGEN_IN_GEHEUGEN` pupils are held in a dict, the rest
    in the temporary SQLite database of a :class:`~verzuimregels.spill.SpillStore` (each pupil pickled
    under its full key, compared exactly), which :meth:`sluit` (or leaving a ``with`` block) removes.
    A pupils file of any size is then looked up per pupil of the export at the cost of one indexed
    read from disk."""

    def __init__(self, standaardschool: dict[str, Any] | None = None) -> None:
        self._leerlingen: dict[str, dict[str, Any] | Invoerfout] = {}
        self._opslag = SpillStore(
            "leerlingen",
            ["CREATE TABLE leerling (sleutel BLOB PRIMARY KEY, waarde BLOB NOT NULL) WITHOUT ROWID"],
            LEERLINGEN_IN_GEHEUGEN,
        )
        self._aantal = 0
        self.standaardschool = standaardschool
        self.onleesbaar: list[str] = []
        """Rows or elements of the pupils file that name no pupil (unreadable, or without a key)."""

    def onleesbaar_tekst(self) -> str:
        """For a pupil not found: which rows of the pupils file could not be read (it may be one)."""
        if not self.onleesbaar:
            return ""
        genoemd = ", ".join(self.onleesbaar[:5]) + (", …" if len(self.onleesbaar) > 5 else "")
        return f" (the pupils file has {len(self.onleesbaar)} row(s) without a readable key: {genoemd})"

    def __len__(self) -> int:
        return self._aantal

    def voeg_toe(self, sleutel: str, waarde: dict[str, Any] | Invoerfout, waar: str) -> None:
        """Add a pupil; a key given twice makes that pupil an error."""
        db = self._opslag.db
        if db is None:
            if sleutel in self._leerlingen:
                self._leerlingen[sleutel] = _dubbel(waar)
                return
            self._leerlingen[sleutel] = waarde
            self._aantal += 1
            if self._opslag.count():
                self._opslag.spill(
                    "INSERT INTO leerling VALUES (?, ?)",
                    ((key_bytes(k), _ingepakt(w)) for k, w in self._leerlingen.items()),
                ).execute("BEGIN")  # one transaction for the rest: read back by this connection only
                self._leerlingen = {}
            return
        s = key_bytes(sleutel)
        if db.execute("INSERT OR IGNORE INTO leerling VALUES (?, ?)", (s, _ingepakt(waarde))).rowcount:
            self._aantal += 1
            return
        db.execute("UPDATE leerling SET waarde = ? WHERE sleutel = ?", (_ingepakt(_dubbel(waar)), s))

    def zoek(self, sleutel: str) -> dict[str, Any] | Invoerfout | None:
        """The pupil with key ``sleutel`` (with the default school filled in), its error, or ``None``."""
        db = self._opslag.db
        if db is None:
            waarde = self._leerlingen.get(sleutel)
        else:
            rij = db.execute(
                "SELECT waarde FROM leerling WHERE sleutel = ?", (key_bytes(sleutel),)
            ).fetchone()
            waarde = None if rij is None else _uitgepakt(rij[0])
        if isinstance(waarde, dict) and "school" not in waarde and self.standaardschool is not None:
            return {**waarde, "school": self.standaardschool}
        return waarde

    def sluit(self) -> None:
        """Remove the database of the pupils beyond :data:`LEERLINGEN_IN_GEHEUGEN`, if there is one."""
        self._opslag.close()

    def __enter__(self) -> Leerlingen:
        return self

    def __exit__(self, *_: object) -> None:
        self.sluit()


def _dubbel(waar: str) -> Invoerfout:
    return Invoerfout.enkel("leerling", "leerling_dubbel", f"pupils file {waar}: this pupil is given twice")


def _ingepakt(waarde: dict[str, Any] | Invoerfout) -> bytes:
    """A pupil, or its error, as this library's own bytes (every library error pickles whole, its
    rule context included)."""
    return pickle.dumps(waarde, protocol=pickle.HIGHEST_PROTOCOL)


def _uitgepakt(data: bytes) -> dict[str, Any] | Invoerfout:
    return cast("dict[str, Any] | Invoerfout", pickle.loads(data))  # noqa: S301 - our own, by _ingepakt


def lees_leerlingen(
    bron: IO[bytes],
    *,
    codering: str = "utf-8",
    scheidingsteken: str | None = None,
    standaardschool: dict[str, Any] | None = None,
) -> Leerlingen:
    """Read a pupils file (CSV or JSON, told apart by its first character)."""
    buffer: Any = bron if hasattr(bron, "peek") else io.BufferedReader(bron)  # type: ignore[type-var,unused-ignore]
    begin = buffer.peek(64)[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    leerlingen = Leerlingen(standaardschool)
    if begin[:1] in (b"[", b"{"):
        for waar, item in _json_items(buffer):
            if waar in _ONLEESBAAR:
                leerlingen.onleesbaar.append(item)
            else:
                _json_leerling(leerlingen, waar, item)
        return leerlingen
    tabel = lees_tabel(
        buffer, codering=codering, scheidingsteken=scheidingsteken, kolommen=KOLOMMEN, verplicht=("leerling",)
    )
    for rij in tabel.rijen:
        waar = f"line {rij.regel}"
        sleutel = None if rij.cellen is None else rij.cellen.get("leerling")
        if rij.cellen is None or sleutel is None:
            leerlingen.onleesbaar.append(waar)  # its pupil is then missing: an error row that says so
            continue
        waarden, fouten = typeer(rij.cellen, TYPEN, rij.regel)
        leerlingen.voeg_toe(sleutel, _leerling(waarden, fouten, waar), waar)
    return leerlingen


def _leerling(waarden: dict[str, Any], fouten: list[Veldfout], waar: str) -> dict[str, Any] | Invoerfout:
    if "geboortedatum" not in waarden and not any(f.veld == "geboortedatum" for f in fouten):
        fouten.append(
            Veldfout(veld="geboortedatum", regel="missing", melding=f"{waar}: geboortedatum is empty")
        )
    if fouten:
        return Invoerfout([f.model_copy(update={"melding": f"pupils file: {f.melding}"}) for f in fouten])
    leerling = {k: waarden[k] for k in LEERLINGVELDEN[1:] if k in waarden}
    school = {k: waarden[k] for k in SCHOOLVELDEN if k in waarden}
    if school:
        leerling["school"] = school
    return leerling


_ONLEESBAAR = frozenset({"onleesbaar"})
_LEERLINGENBESTAND = Tekst("het leerlingenbestand is niet te lezen: ", "the pupils file cannot be read: ")


def _json_items(bron: IO[bytes]) -> Iterator[tuple[str, Any]]:
    """The pupils of a JSON pupils file, streamed (:func:`~verzuimregels.cli.invoer.lees_json_stroom`):
    ``(waar, item)`` per element or line, ``("onleesbaar", waar)`` for one that is not JSON. A file
    that cannot be read as a whole (a broken array, bytes that are not UTF-8) is a ``Leesfout``."""
    from ..cli.invoer import Gebruiksfout, Vorm, lees_json_stroom

    bron = zonder_envelop(bron, "leerlingen")  # {"leerlingen": [...]}: the array, whatever its size
    try:
        vorm, rijen = lees_json_stroom(bron)
        for rij in rijen:
            waar = f"line {rij.positie}" if vorm is Vorm.JSONL else f"element {rij.positie}"
            if rij.fout is not None:
                yield "onleesbaar", waar
            elif isinstance(rij.waarde, dict) and isinstance(rij.waarde.get("leerlingen"), list):
                for i, item in enumerate(rij.waarde["leerlingen"], start=1):
                    yield f"element {i}", item
            else:
                yield waar, rij.waarde
    except Gebruiksfout as fout:
        raise fout.als_leesfout(_LEERLINGENBESTAND) from None


def _json_leerling(leerlingen: Leerlingen, waar: str, item: Any) -> None:
    if not isinstance(item, dict):
        leerlingen.onleesbaar.append(waar)
        return
    sleutel = item.get("leerling", item.get("sleutel"))
    if isinstance(sleutel, int) and not isinstance(sleutel, bool):
        sleutel = str(sleutel)
    if not isinstance(sleutel, str) or not sleutel.strip():
        leerlingen.onleesbaar.append(waar)
        return
    sleutel = sleutel.strip()  # as the export's keys are read, also when the pupil is an error
    waarden = {k: v for k, v in item.items() if k not in ("leerling", "sleutel")}
    fouten: list[Veldfout] = []
    onbekend = [i for i, k in enumerate(waarden, start=1) if k not in KOLOMMEN and k != "school"]
    if onbekend:
        fouten.append(
            Veldfout(
                veld="",
                regel="onbekend_veld",
                melding=f"{waar}: key(s) {', '.join(map(str, onbekend))} are not known",
            )
        )
    if isinstance(waarden.get("geboortedatum"), str):
        try:
            waarden["geboortedatum"] = lees_datum(waarden["geboortedatum"])
        except Celfout as fout:
            fouten.append(
                Veldfout(
                    veld="geboortedatum",
                    regel=fout.regel,
                    melding=f"{waar}: geboortedatum expects {fout.verwacht}",
                )
            )
    school = waarden.pop("school", None) or {}
    if not isinstance(school, dict):
        fouten.append(
            Veldfout(veld="school", regel="geen_object", melding=f"{waar}: school expects an object")
        )
        school = {}
    school = dict(school)
    school.update({k: waarden.pop(k) for k in SCHOOLVELDEN if k in waarden})
    if school:
        waarden["school"] = school
    if "geboortedatum" not in waarden and not fouten:
        fouten.append(
            Veldfout(veld="geboortedatum", regel="missing", melding=f"{waar}: geboortedatum is empty")
        )
    if fouten:
        leerlingen.voeg_toe(
            sleutel,
            Invoerfout([f.model_copy(update={"melding": f"pupils file {f.melding}"}) for f in fouten]),
            waar,
        )
        return
    leerlingen.voeg_toe(sleutel, waarden, waar)
