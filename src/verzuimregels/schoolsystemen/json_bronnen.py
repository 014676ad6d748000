"""The JSON exports: SOMtoday ``absentiemeldingen``, Magister absences, and the neutral attendance-event
format shaped like Ed-Fi's ``StudentSchoolAttendanceEvent``.

Each function reads one element (a ``dict``) at its position and returns a :class:`~.bron.Bronrecord`.
Fields an adapter does not know are read past (vendors add fields); names (``roepnaam``,
``achternaam``) and other personal data in an element are never read into a record or a message.
Which fields are confirmed by a public source and which are assumed: ``docs/schoolsystemen.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ..fouten import Veldfout
from ..tabel import Celfout, lees_datum
from .bron import Bronrecord, Tijdfout, lees_datumtijd, periode_records, zoek_code
from .codetabel import Codetabel


def _sleutel(waarde: Any) -> str | None:
    if isinstance(waarde, bool):
        return None
    if isinstance(waarde, int):
        return str(waarde)
    if isinstance(waarde, str) and waarde.strip():
        return waarde.strip()
    return None


def _fout(waar: str, veld: str, regel: str, verwacht: str) -> Veldfout:
    return Veldfout(veld=veld, regel=regel, melding=f"{waar}: {veld} expects {verwacht}")


def _tijd(item: Mapping[str, Any], veld: str, waar: str, fouten: list[Veldfout]) -> datetime | None:
    try:
        return lees_datumtijd(item.get(veld))
    except Tijdfout as fout:
        fouten.append(_fout(waar, veld, "datumtijd_formaat", str(fout)))
        return None


def _geoorloofd(waarde: Any) -> str | None:
    if waarde is True:
        return "geoorloofd"
    if waarde is False:
        return "ongeoorloofd"
    return None


def _lesuren(begin: Any, eind: Any) -> tuple[int, int] | None:
    if isinstance(begin, int) and isinstance(eind, int) and not isinstance(begin, bool) and 0 < begin <= eind:
        return begin, eind
    return None


def somtoday(item: Mapping[str, Any], waar: str, tabel: Codetabel, peildatum: date) -> Bronrecord:
    """A SOMtoday absentiemelding: ``leerling.leerlingnummer`` (else ``leerling.UUID``) is the pupil key;
    the code is ``absentieReden.afkorting``, ``absentieSoort/geoorloofd``, ``absentieSoort``;
    ``beginDatumTijd``..``eindDatumTijd`` (no end: open) with ``beginLesuur``/``eindLesuur``."""
    fouten: list[Veldfout] = []
    leerling = item.get("leerling")
    sleutel = None
    if isinstance(leerling, Mapping):
        sleutel = _sleutel(leerling.get("leerlingnummer")) or _sleutel(leerling.get("UUID"))
    if sleutel is None:
        fouten.append(_fout(waar, "leerling.leerlingnummer", "missing", "the pupil's leerlingnummer or UUID"))
    reden_in = item.get("absentieReden")
    reden_in = reden_in if isinstance(reden_in, Mapping) else {}
    soort = reden_in.get("absentieSoort")
    kandidaten = [str(c) for c in (reden_in.get("afkorting"),) if isinstance(c, str) and c]
    if isinstance(soort, str) and soort:
        if (geo := _geoorloofd(reden_in.get("geoorloofd"))) is not None:
            kandidaten.append(f"{soort}/{geo}")
        kandidaten.append(soort)
    begin = _tijd(item, "beginDatumTijd", waar, fouten)
    eind = None if item.get("eindDatumTijd") is None else _tijd(item, "eindDatumTijd", waar, fouten)
    return _record(
        sleutel,
        waar,
        tabel,
        kandidaten,
        begin,
        eind,
        peildatum,
        fouten,
        _lesuren(item.get("beginLesuur"), item.get("eindLesuur")),
    )


def magister(item: Mapping[str, Any], waar: str, tabel: Codetabel, peildatum: date) -> Bronrecord:
    """A Magister absence: ``leerling`` (the key the integrator adds: Magister's own absence has none);
    the code is ``Code``, ``Verantwoordingtype/geoorloofd``, ``Verantwoordingtype``; ``Start``..``Eind``."""
    fouten: list[Veldfout] = []
    sleutel = _sleutel(item.get("leerling"))
    if sleutel is None:
        fouten.append(_fout(waar, "leerling", "missing", "the pupil's key (added to each absence)"))
    kandidaten = [c for c in (item.get("Code"),) if isinstance(c, str) and c.strip()]
    soort = item.get("Verantwoordingtype")
    if isinstance(soort, int) and not isinstance(soort, bool):
        if (geo := _geoorloofd(item.get("Geoorloofd"))) is not None:
            kandidaten.append(f"{soort}/{geo}")
        kandidaten.append(str(soort))
    begin = _tijd(item, "Start", waar, fouten)
    eind = _tijd(item, "Eind", waar, fouten)
    return _record(sleutel, waar, tabel, kandidaten, begin, eind, peildatum, fouten)


def _record(
    sleutel: str | None,
    waar: str,
    tabel: Codetabel,
    kandidaten: list[str],
    begin: datetime | None,
    eind: datetime | None,
    peildatum: date,
    fouten: list[Veldfout],
    lesuren: tuple[int, int] | None = None,
) -> Bronrecord:
    reden, overgeslagen, codefout = zoek_code(tabel, kandidaten, waar)
    if codefout is not None:
        fouten.append(codefout)
    if overgeslagen is not None:
        return Bronrecord(sleutel, waar, (), tuple(fouten), overgeslagen)
    if fouten or begin is None or reden is None:
        return Bronrecord(sleutel, waar, (), tuple(fouten))
    if eind is not None and eind < begin:
        return Bronrecord(
            sleutel,
            waar,
            (),
            (Veldfout(veld="eind", regel="tijd_volgorde", melding=f"{waar}: the end lies before the begin"),),
        )
    return Bronrecord(sleutel, waar, tuple(periode_records(begin, eind, reden, peildatum, lesuren)))


def _beschrijver(waarde: Any) -> str | None:
    """An Ed-Fi descriptor: a code value, or a URI whose part after '#' is the code value."""
    if not isinstance(waarde, str) or not waarde.strip():
        return None
    return waarde.rsplit("#", 1)[-1].strip()


def edfi(item: Mapping[str, Any], waar: str, tabel: Codetabel, peildatum: date) -> Bronrecord:
    """An attendance event shaped like Ed-Fi's ``StudentSchoolAttendanceEvent``:
    ``studentReference.studentUniqueId``, ``eventDate``, ``attendanceEventCategoryDescriptor`` (and
    ``attendanceEventReason``); ``schoolAttendanceDuration`` (minutes missed) or ``eventDuration`` (the
    part of the day, 0..1) or neither (the whole lesdag)."""
    fouten: list[Veldfout] = []
    student = item.get("studentReference")
    sleutel = _sleutel(student.get("studentUniqueId")) if isinstance(student, Mapping) else None
    if sleutel is None:
        fouten.append(_fout(waar, "studentReference.studentUniqueId", "missing", "the pupil's key"))
    categorie = _beschrijver(item.get("attendanceEventCategoryDescriptor"))
    kandidaten = []
    if categorie is not None:
        reden_tekst = item.get("attendanceEventReason")
        if isinstance(reden_tekst, str) and reden_tekst.strip():
            kandidaten.append(f"{categorie}/{reden_tekst.strip()}")
        kandidaten.append(categorie)
    datum = None
    try:
        datum = lees_datum(str(item.get("eventDate", "")))
    except Celfout as fout:
        fouten.append(_fout(waar, "eventDate", fout.regel, fout.verwacht))
    record: dict[str, Any] = {}
    minuten, deel = item.get("schoolAttendanceDuration"), item.get("eventDuration")
    try:
        if minuten is not None:
            waarde = Decimal(str(minuten))
            if not waarde > 0:
                raise InvalidOperation
            record["_minuten"] = waarde
        elif deel is not None:
            waarde = Decimal(str(deel))
            if not 0 < waarde <= 1:
                raise InvalidOperation
            if waarde < 1:
                record["_dagdeel"] = waarde
    except InvalidOperation:
        veld = "schoolAttendanceDuration" if minuten is not None else "eventDuration"
        fouten.append(
            _fout(waar, veld, "duur_formaat", "a positive number (minutes; for eventDuration 0..1)")
        )
    reden, overgeslagen, codefout = zoek_code(tabel, kandidaten, waar)
    if codefout is not None:
        fouten.append(codefout)
    if overgeslagen is not None:
        return Bronrecord(sleutel, waar, (), tuple(fouten), overgeslagen)
    if fouten or datum is None or reden is None:
        return Bronrecord(sleutel, waar, (), tuple(fouten))
    return Bronrecord(sleutel, waar, ({"datum": datum, "reden": reden.value, **record},))
