"""The Eduarte (mbo) absence export: a CSV, one row per absence, read by the one tabular reader.

Columns (as imported by the public ``curio-team/verzuim``, ``app/Imports/LogsImport.php``): ``datumvan``
(``dd-mm-jjjj``), ``ovnr`` (the student number: the pupil key), ``typeomschrijving`` (the code),
``lesuurbegin``/``lesuureind``, ``tijdvan2``/``tijdtot2``, and ``deelnemernaam``, ``groepnaam``, ``tijd``,
``reden``, ``opmerking``, ``naam``, which are read past: names and free text never reach a record or a
message. Other columns are read past too (vendors add fields). A record is the span
``tijdvan2``..``tijdtot2`` when given, else the lesuren ``lesuurbegin``..``lesuureind`` (each counted in
the school's unit), else the whole lesdag.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import IO, Any

from ..fouten import Veldfout
from ..tabel import Tabelrij, lees_datum, lees_tabel, lees_tijd, typeer
from .bron import Bronrecord, zoek_code
from .codetabel import Codetabel
from .leerlingen import lees_geheel

VERPLICHT = ("datumvan", "ovnr", "typeomschrijving")
TYPEN = {
    "datumvan": lees_datum,
    "lesuurbegin": lees_geheel,
    "lesuureind": lees_geheel,
    "tijdvan2": lees_tijd,
    "tijdtot2": lees_tijd,
}
_GELEZEN = frozenset(
    {"datumvan", "ovnr", "typeomschrijving", "lesuurbegin", "lesuureind", "tijdvan2", "tijdtot2"}
)


def eduarte(
    bron: IO[bytes],
    tabel: Codetabel,
    peildatum: date,
    *,
    codering: str = "utf-8",
    scheidingsteken: str | None = None,
) -> Iterator[Bronrecord]:
    """The rows of an Eduarte export as :class:`~.bron.Bronrecord` objects, streamed."""
    del peildatum  # one row is one day: no open ends to cut
    gelezen = lees_tabel(bron, codering=codering, scheidingsteken=scheidingsteken, verplicht=VERPLICHT)
    for rij in gelezen.rijen:
        yield _rij(rij, tabel)


def _rij(rij: Tabelrij, tabel: Codetabel) -> Bronrecord:
    waar = f"line {rij.regel}"
    if rij.cellen is None:
        assert rij.fout is not None
        return Bronrecord(None, waar, (), rij.fout.fouten)
    cellen = {k: v for k, v in rij.cellen.items() if k in _GELEZEN}
    waarden, fouten = typeer(cellen, TYPEN, rij.regel)
    sleutel = cellen.get("ovnr")
    code = cellen.get("typeomschrijving")
    if code is None:
        fouten.append(
            Veldfout(veld="typeomschrijving", regel="missing", melding=f"{waar}: typeomschrijving is empty")
        )
        return Bronrecord(sleutel, waar, (), tuple(fouten))
    reden, overgeslagen, codefout = zoek_code(tabel, [code], waar)
    if codefout is not None:
        fouten.append(codefout)
    if overgeslagen is not None:
        return Bronrecord(sleutel, waar, (), tuple(fouten), overgeslagen)
    if "datumvan" not in waarden and not any(f.veld == "datumvan" for f in fouten):
        fouten.append(Veldfout(veld="datumvan", regel="missing", melding=f"{waar}: datumvan is empty"))
    if fouten or reden is None:
        return Bronrecord(sleutel, waar, (), tuple(fouten))
    record: dict[str, Any] = {"datum": waarden["datumvan"], "reden": reden.value}
    if "tijdvan2" in waarden and "tijdtot2" in waarden:
        record["van"], record["tot"] = waarden["tijdvan2"], waarden["tijdtot2"]
    elif "lesuurbegin" in waarden and "lesuureind" in waarden:
        aantal = waarden["lesuureind"] - waarden["lesuurbegin"] + 1
        if aantal < 1:
            melding = f"{waar}: lesuureind lies before lesuurbegin"
            return Bronrecord(
                sleutel, waar, (), (Veldfout(veld="lesuureind", regel="tijd_volgorde", melding=melding),)
            )
        record["uren"] = Decimal(aantal)
    return Bronrecord(sleutel, waar, (record,))
