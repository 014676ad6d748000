"""The library's own records CSV: one row per absence record, the pupil's fields on every row.

The header (any order, any subset beyond the required ``leerling`` and ``geboortedatum``) is
:data:`CSV_KOLOMMEN`. Cells are typed by the one tabular reader (:mod:`verzuimregels.tabel`): Dutch
dates, decimal commas, ``J``/``N``; a cell it cannot read is an error naming the column and the line.
The rows of a pupil must be together (:mod:`.groeperen`); each group becomes one pupil, analysed as
soon as the next pupil starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ..fouten import Invoerfout, Veldfout
from ..tabel import Celtype, Tabelrij, lees_datum, lees_decimaal, lees_janee, lees_tabel, lees_tijd, typeer
from .groeperen import Groep, per_leerling_in_volgorde, te_veel_rijen

CSV_KOLOMMEN = (
    "leerling",
    "geboortedatum",
    "startkwalificatie",
    "datum",
    "reden",
    "uren",
    "van",
    "tot",
    "gemeld_op",
    "sleutel",
    "groep",
    "woongemeente",
)
"""The CSV header: ``leerling`` (the pupil's pseudonymous key) and ``geboortedatum`` are required on
every row; ``startkwalificatie`` is yes/no (default no); ``datum`` and ``reden`` describe the record
(a row with both empty is a pupil without records); ``uren`` or ``van``/``tot`` (HH:MM), or neither
for a whole lesdag; ``gemeld_op`` the day it was notified; ``sleutel`` the record's key; ``groep``
(mentorgroep or class) and ``woongemeente`` the pupil's, for the werklijst (the same on every row)."""

VERPLICHT = ("leerling", "geboortedatum")

TYPEN: dict[str, Celtype] = {
    "geboortedatum": lees_datum,
    "startkwalificatie": lees_janee,
    "datum": lees_datum,
    "uren": lees_decimaal,
    "van": lees_tijd,
    "tot": lees_tijd,
    "gemeld_op": lees_datum,
}
"""How each typed column of :data:`CSV_KOLOMMEN` is read."""

_LEERLINGVELDEN = (
    ("geboortedatum", None),
    ("startkwalificatie", False),
    ("groep", None),
    ("woongemeente", None),
)
"""The pupil's fields on every row, with their default (they must agree across the pupil's rows)."""
_RECORDVELDEN = ("datum", "reden", "uren", "van", "tot", "gemeld_op")

MAX_FOUTEN = 20
"""At most this many problems are listed for one pupil (the rest is counted in the last)."""


@dataclass(frozen=True, slots=True)
class Leerlingrij:
    """One pupil read from an export: its output position, its key, and the pupil (a ``Leerling``
    mapping) or the error that stops it. ``overgeslagen`` lists records skipped by rule (a code that
    is no absence), as ``(position, code)``."""

    positie: int
    sleutel: str | None
    waarde: dict[str, Any] | None
    fout: Invoerfout | None = None
    overgeslagen: tuple[tuple[str, str], ...] = field(default=())


def lees_records_csv(
    bron: IO[bytes],
    *,
    codering: str = "utf-8",
    scheidingsteken: str | None = None,
    volgorde: str = "gegroepeerd",
) -> Iterator[Leerlingrij]:
    """The pupils of a records CSV, streamed: one :class:`Leerlingrij` per pupil, in input order.

    ``volgorde``: ``gegroepeerd`` (a pupil's rows together) or ``willekeurig`` (any order, put
    together on disk first; see :mod:`.groeperen`).

    Raises :class:`~verzuimregels.fouten.Leesfout` for an unreadable header; every other problem is
    an error row for the pupil it belongs to.
    """
    tabel = lees_tabel(
        bron, codering=codering, scheidingsteken=scheidingsteken, kolommen=CSV_KOLOMMEN, verplicht=VERPLICHT
    )
    for groep in per_leerling_in_volgorde(tabel.rijen, _sleutel, volgorde):
        yield _leerling(groep)


def _sleutel(rij: Tabelrij) -> str | None:
    return None if rij.cellen is None else rij.cellen.get("leerling")


def _leerling(groep: Groep[Tabelrij]) -> Leerlingrij:
    eerste = groep.rijen[0]
    if eerste.cellen is None:
        assert eerste.fout is not None
        return Leerlingrij(groep.positie, None, None, eerste.fout)
    if groep.sleutel is None:
        fout = Invoerfout.enkel("leerling", "leerling_leeg", f"line {eerste.regel}: leerling is empty")
        return Leerlingrij(groep.positie, None, None, fout)
    fouten: list[Veldfout] = []
    if groep.eerder is not None:
        fouten.append(
            Veldfout(
                veld="leerling",
                regel="leerling_niet_aaneengesloten",
                melding=(
                    f"line {eerste.regel}: this pupil's rows are not together; the pupil's earlier rows are "
                    f"output row {groep.eerder}, whose result is incomplete. Keep each pupil's rows "
                    "together (sort the file by leerling)"
                ),
            )
        )
    if groep.weggelaten:
        fouten.append(Veldfout(veld="leerling", regel="leerling_te_veel_rijen", melding=te_veel_rijen(groep)))
    leerling: dict[str, Any] = {"sleutel": groep.sleutel, "records": []}
    for rij in groep.rijen:
        if rij.cellen is None:
            assert rij.fout is not None
            fouten.extend(rij.fout.fouten)
            continue
        waarden, celfouten = typeer(rij.cellen, TYPEN, rij.regel)
        fouten.extend(celfouten)
        for veld, standaard in _LEERLINGVELDEN:
            if any(f.veld == veld for f in celfouten):
                continue
            waarde = waarden.get(veld, standaard)
            if veld not in leerling:
                leerling[veld] = waarde
            elif waarde != leerling[veld]:
                fouten.append(
                    Veldfout(
                        veld=veld,
                        regel="csv_strijdig",
                        melding=f"line {rij.regel}: {veld} differs from the pupil's first row",
                    )
                )
        if "datum" not in rij.cellen and "reden" not in rij.cellen:
            continue
        record = {k: waarden[k] for k in _RECORDVELDEN if k in waarden}
        record["sleutel"] = waarden.get("sleutel") or f"regel {rij.regel}"
        leerling["records"].append(record)
    if leerling.get("geboortedatum") is None and not any(f.veld == "geboortedatum" for f in fouten):
        fouten.append(
            Veldfout(
                veld="geboortedatum",
                regel="missing",
                melding=f"line {eerste.regel}: geboortedatum is empty",
            )
        )
    if fouten:
        return Leerlingrij(groep.positie, groep.sleutel, None, Invoerfout(_ingekort(fouten)))
    return Leerlingrij(groep.positie, groep.sleutel, leerling)


def _ingekort(fouten: list[Veldfout]) -> list[Veldfout]:
    if len(fouten) <= MAX_FOUTEN:
        return fouten
    rest = len(fouten) - MAX_FOUTEN + 1
    return [
        *fouten[: MAX_FOUTEN - 1],
        Veldfout(veld="", regel="meer_fouten", melding=f"{rest} more problems in this pupil's rows"),
    ]
