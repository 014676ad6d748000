"""From what school systems export to the library's pupils: the records CSV and the adapters.

* :mod:`.eigen`: the library's own records CSV (one row per record), streamed per pupil;
* adapters for SOMtoday ``absentiemeldingen`` (JSON), Magister absences (JSON), the Eduarte absence
  export (CSV) and a neutral attendance-event format shaped like Ed-Fi's ``StudentSchoolAttendanceEvent``
  (JSON): :func:`lees_export`, :func:`analyseer_export`;
* :mod:`.codetabel`: what each system code means in law, per school (TOML), with a default per system;
* :mod:`.leerlingen`: the pupils file (birth date, school), which no absence export carries;
* :mod:`.groeperen`: streaming per pupil with bounded memory (a pupil's rows must be together).

Example::

    from datetime import date
    from verzuimregels.schoolsystemen import analyseer_export, lees_leerlingen, standaardtabel

    with open("leerlingen.csv", "rb") as f:
        leerlingen = lees_leerlingen(f)
    with open("absenties.json", "rb") as f:
        for resultaat in analyseer_export(f, "magister", leerlingen, date(2026, 3, 31)):
            print(resultaat)
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from ..beleid import STANDAARDBELEID, Beleid
from ..fouten import Foutrij, Invoerfout, Leesfout, Veldfout
from ..registratie import Analyse, analyseer
from ..teksten import Taal
from .bron import Bronrecord, Verslag, naar_leerlingen
from .codetabel import (
    _DE_CODETABEL,
    SYSTEMEN,
    Codetabel,
    laad_codetabel,
    lees_codetabel,
    standaardtabel,
    standaardtabel_tekst,
)
from .eduarte import eduarte
from .eigen import Leerlingrij, lees_records_csv
from .envelop import zonder_envelop
from .json_bronnen import edfi, magister, somtoday
from .leerlingen import Leerlingen, lees_leerlingen

__all__ = [
    "SYSTEMEN",
    "Codetabel",
    "Leerlingen",
    "Leerlingrij",
    "Verslag",
    "analyseer_export",
    "laad_codetabel",
    "lees_codetabel",
    "lees_export",
    "lees_leerlingen",
    "lees_records_csv",
    "standaardtabel",
    "standaardtabel_tekst",
]

_JSON = {"somtoday": somtoday, "magister": magister, "edfi": edfi}


def lees_export(
    bron: IO[bytes],
    systeem: str,
    leerlingen: Leerlingen,
    peildatum: date,
    *,
    codetabel: Codetabel | None = None,
    codering: str = "utf-8",
    scheidingsteken: str | None = None,
    verslag: Verslag | None = None,
    volgorde: str = "gegroepeerd",
) -> Iterator[Leerlingrij]:
    """The pupils of an export of ``systeem`` (``somtoday``, ``magister``, ``eduarte``, ``edfi``), streamed.

    Each pupil is joined with ``leerlingen`` (the pupils file); ``codetabel`` maps the system's codes
    (default: :func:`standaardtabel`). Records skipped by rule, and records outside the school year of
    ``peildatum``, are counted in ``verslag``. ``volgorde``: ``gegroepeerd`` (a pupil's records
    together, streamed) or ``willekeurig`` (any order, put together on disk first). Raises
    :class:`~verzuimregels.fouten.Leesfout` when the export as a whole cannot be read; everything else
    is an error row for its pupil.
    """
    if systeem not in SYSTEMEN:
        raise Leesfout("systeem_onbekend", systemen=", ".join(SYSTEMEN))
    if not hasattr(bron, "peek"):  # e.g. io.BytesIO: the readers look at the first bytes
        bron = io.BufferedReader(bron)  # type: ignore[arg-type,type-var,unused-ignore]
    tabel = codetabel if codetabel is not None else standaardtabel(systeem)
    if tabel.systeem != systeem:
        raise Leesfout("codetabel_ander_systeem", tabel=_DE_CODETABEL, gelezen=tabel.systeem, systeem=systeem)
    if systeem == "eduarte":
        records = eduarte(bron, tabel, peildatum, codering=codering, scheidingsteken=scheidingsteken)
    else:
        records = _json_records(bron, systeem, tabel, peildatum)
    return naar_leerlingen(records, leerlingen, peildatum, verslag, volgorde)


def _json_records(bron: IO[bytes], systeem: str, tabel: Codetabel, peildatum: date) -> Iterator[Bronrecord]:
    from ..cli.invoer import Gebruiksfout, Vorm, lees_json_stroom

    lees = _JSON[systeem]
    bron = zonder_envelop(bron, "items")  # {"items": [...]}: stream the array, whatever its size
    try:
        vorm, rijen = lees_json_stroom(bron)
    except Gebruiksfout as fout:
        raise fout.als_leesfout() from None
    try:
        for rij in rijen:
            if rij.fout is not None:
                yield Bronrecord(None, f"element {rij.positie}", (), rij.fout.fouten)
            elif (
                vorm is Vorm.OBJECT
                and isinstance(rij.waarde, dict)
                and isinstance(rij.waarde.get("items"), list)
            ):
                for i, item in enumerate(rij.waarde["items"], start=1):
                    yield _element(lees, item, i, tabel, peildatum)
            else:
                yield _element(lees, rij.waarde, rij.positie, tabel, peildatum)
    except Gebruiksfout as fout:
        raise fout.als_leesfout() from None


def _element(lees: Any, item: Any, positie: int, tabel: Codetabel, peildatum: date) -> Bronrecord:
    waar = f"element {positie}"
    if not isinstance(item, dict):
        return Bronrecord(
            None, waar, (), (Veldfout(veld="", regel="geen_object", melding=f"{waar}: not an object"),)
        )
    resultaat: Bronrecord = lees(item, waar, tabel, peildatum)
    return resultaat


def analyseer_export(
    bron: IO[bytes],
    systeem: str,
    leerlingen: Leerlingen,
    peildatum: date,
    *,
    codetabel: Codetabel | None = None,
    beleid: Beleid = STANDAARDBELEID,
    taal: Taal = Taal.NL,
    codering: str = "utf-8",
    scheidingsteken: str | None = None,
    verslag: Verslag | None = None,
    volgorde: str = "gegroepeerd",
) -> Iterator[Analyse | Foutrij]:
    """:func:`lees_export`, each pupil analysed on ``peildatum``: an ``Analyse`` or a ``Foutrij``."""
    rijen = lees_export(
        bron,
        systeem,
        leerlingen,
        peildatum,
        codetabel=codetabel,
        codering=codering,
        scheidingsteken=scheidingsteken,
        verslag=verslag,
        volgorde=volgorde,
    )
    for rij in rijen:
        if rij.fout is None:
            assert rij.waarde is not None
            try:
                yield analyseer(rij.waarde, peildatum, beleid=beleid, taal=taal)
                continue
            except Invoerfout as fout:
                fouten = fout.fouten
        else:
            fouten = rij.fout.fouten
        yield Foutrij(rij=rij.positie, sleutel=rij.sleutel, fouten=fouten)
