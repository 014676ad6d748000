"""What every adapter shares: one export record in, the library's records per pupil out.

An adapter turns each element (JSON) or row (CSV) of an export into a :class:`Bronrecord`: the pupil's
key, the records it stands for (a SOMtoday melding over three days is three records), the errors that
stop it, or the code it was skipped for. :func:`naar_leerlingen` groups them per pupil (the pupil's
records must be together: :mod:`.groeperen`), joins each pupil with the pupils file, and yields one
:class:`~.eigen.Leerlingrij` per pupil: a ``Leerling`` mapping or an error row naming the element.

Date-times (SOMtoday, Magister) carry an offset; the lesdag is their date in Europe/Amsterdam
(:func:`lesdag_tijd`), with the rules of the IANA database (the ``tzdata`` package).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from ..fouten import Invoerfout, Veldfout, datum_buiten_bereik, lees_model
from ..kalender import begin_schooljaar, einde_schooljaar, schooljaar_van
from ..registratie import Reden, School
from .codetabel import Codetabel, Overslaan
from .eigen import MAX_FOUTEN, Leerlingrij
from .groeperen import per_leerling_in_volgorde, te_veel_rijen
from .leerlingen import Leerlingen

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
OPEN_EINDE = date(9999, 1, 1)
"""A date from here on (9999-12-31 in school exports) is an open end."""
MAX_DAGEN = 366
"""A melding spanning more days than this gives records for its last this many days only (they are cut
at the peildatum, and only the peildatum's school year is analysed)."""


@dataclass(frozen=True, slots=True)
class Bronrecord:
    """One element or row of an export, as the adapter read it."""

    leerling: str | None
    waar: str
    """Where it is in the export: ``element 3``, ``line 7``; names it in errors and record keys."""
    records: tuple[dict[str, Any], ...] = ()
    fouten: tuple[Veldfout, ...] = ()
    overgeslagen: str | None = None
    """The code, when the record was skipped by rule (no absence), or a reason such as
    ``buiten_schooljaar``."""


@dataclass(slots=True)
class Verslag:
    """What was read past: records skipped by rule, per code, and outside the peildatum's school year."""

    overgeslagen: dict[str, int] = field(default_factory=dict)

    def tel(self, waarom: str) -> None:
        self.overgeslagen[waarom] = self.overgeslagen.get(waarom, 0) + 1


class Tijdfout(ValueError):
    """A date-time that is not ISO 8601 with an offset."""


def lees_datumtijd(waarde: Any) -> datetime:
    """An ISO 8601 date-time with an offset (``Z`` or ``+01:00``), in Europe/Amsterdam."""
    if not isinstance(waarde, str):
        raise Tijdfout("a date-time as text")
    try:
        moment = datetime.fromisoformat(waarde.strip())
    except ValueError:
        raise Tijdfout("an ISO 8601 date-time with an offset, such as 2026-03-02T08:30:00+01:00") from None
    if moment.tzinfo is None:
        raise Tijdfout("a date-time with an offset (Z or +01:00): without one the lesdag is not known")
    if moment.year >= OPEN_EINDE.year:  # 9999-12-31T23:30Z lies past the calendar in Amsterdam
        return datetime(OPEN_EINDE.year, 12, 31, tzinfo=AMSTERDAM)
    try:
        return moment.astimezone(AMSTERDAM)
    except OverflowError:  # the first hours of year 1
        raise Tijdfout("a date-time within the calendar") from None


def code_fout(waar: str, code: str) -> Veldfout:
    """A code the code table does not know: an error naming where it is, never the code itself.

    The code is input: in a shifted or hand-edited export the code column can hold a name or a BSN
    (AVG), so the message names the line or element, and the length, as an unknown column is named
    by its position.
    """
    return Veldfout(
        veld="code",
        regel="code_onbekend",
        melding=(
            f"{waar}: the code there ({len(code)} characters; not shown, it may be personal data) is not "
            "in the code table; add it to [codes] or [overslaan]"
        ),
    )


def zoek_code(
    tabel: Codetabel, kandidaten: Sequence[str], waar: str
) -> tuple[Reden | None, str | None, Veldfout | None]:
    """The reden for the first candidate the table knows; or the skipped code; or the error."""
    gevonden = tabel.zoek(kandidaten)
    if gevonden is None:
        return None, None, code_fout(waar, kandidaten[-1] if kandidaten else "")
    if isinstance(gevonden, Overslaan):
        code = next(c for c in kandidaten if c in tabel.overslaan)
        return None, code, None
    return Reden(gevonden), None, None


def periode_records(
    begin: datetime,
    eind: datetime | None,
    reden: Reden,
    peildatum: date,
    lesuren: tuple[int, int] | None = None,
) -> list[dict[str, Any]]:
    """The records of an absence from ``begin`` to ``eind`` (Amsterdam time; ``None``: open).

    On one day: the lesuren (``lesuren``: first and last, each counted) when given, else the span
    ``van``/``tot``, else (a span of the whole day) the whole lesdag. Over several days: one whole-day
    record per weekday, the last day the peildatum for an open end (or one in 9999).
    """
    eerste = begin.date()
    if eind is not None and eind.date() < OPEN_EINDE and eind.date() == eerste:
        record: dict[str, Any] = {"datum": eerste, "reden": reden.value}
        if lesuren is not None:
            record["uren"] = Decimal(lesuren[1] - lesuren[0] + 1)
        elif begin.time() != time(0) or eind.time() < time(23, 59):
            record["van"], record["tot"] = (
                begin.time().replace(second=0, microsecond=0),
                eind.time().replace(second=0, microsecond=0),
            )
        return [record]
    laatste = peildatum if eind is None or eind.date() >= OPEN_EINDE else min(eind.date(), peildatum)
    if eind is not None and eind.date() < OPEN_EINDE and eind.time() == time(0) and eind.date() > eerste:
        laatste = min(laatste, eind.date() - timedelta(days=1))  # ends at midnight: that day is not missed
    if (laatste - eerste).days > MAX_DAGEN:
        eerste = laatste - timedelta(days=MAX_DAGEN)
    dagen = ((eerste + timedelta(days=i)) for i in range((laatste - eerste).days + 1))
    return [{"datum": d, "reden": reden.value} for d in dagen if d.weekday() < 5]


def naar_leerlingen(
    bronrecords: Iterable[Bronrecord],
    leerlingen: Leerlingen,
    peildatum: date,
    verslag: Verslag | None = None,
    volgorde: str = "gegroepeerd",
) -> Iterator[Leerlingrij]:
    """One :class:`Leerlingrij` per pupil of the export, in export order (a pupil's records together).

    Records outside the school year of ``peildatum`` are left out and counted in ``verslag``
    (``buiten_schooljaar``), as are records skipped by the code table (per code).
    """
    verslag = verslag if verslag is not None else Verslag()
    jaar = schooljaar_van(peildatum)
    if not 1 <= jaar < date.max.year:  # the school year of a peildatum at an end of the calendar
        raise datum_buiten_bereik()
    begin, einde = begin_schooljaar(jaar), einde_schooljaar(jaar)
    for groep in per_leerling_in_volgorde(bronrecords, lambda b: b.leerling, volgorde):
        eerste = groep.rijen[0]
        fouten: list[Veldfout] = []
        if groep.sleutel is None:
            fouten.extend(eerste.fouten)
            if not fouten:
                fouten.append(
                    Veldfout(veld="leerling", regel="leerling_leeg", melding=f"{eerste.waar}: no pupil")
                )
            yield Leerlingrij(groep.positie, None, None, Invoerfout(fouten[:MAX_FOUTEN]))
            continue
        if groep.eerder is not None:
            fouten.append(
                Veldfout(
                    veld="leerling",
                    regel="leerling_niet_aaneengesloten",
                    melding=(
                        f"{eerste.waar}: this pupil's records are not together; its earlier records are "
                        f"output row {groep.eerder}, whose result is incomplete. Keep each pupil's records "
                        "together (sort the export by pupil)"
                    ),
                )
            )
        if groep.weggelaten:
            fouten.append(
                Veldfout(veld="leerling", regel="leerling_te_veel_rijen", melding=te_veel_rijen(groep))
            )
        records: list[dict[str, Any]] = []
        overgeslagen: list[tuple[str, str]] = []
        for b in groep.rijen:
            fouten.extend(b.fouten)
            if b.overgeslagen is not None:
                overgeslagen.append((b.waar, b.overgeslagen))
                verslag.tel(b.overgeslagen)
            for r in b.records:
                if begin <= r["datum"] <= einde:
                    records.append({**r, "sleutel": b.waar})
                else:
                    verslag.tel("buiten_schooljaar")
        leerling = leerlingen.zoek(groep.sleutel)
        if leerling is None:
            fouten.append(
                Veldfout(
                    veld="leerling",
                    regel="leerling_onbekend",
                    melding=f"{eerste.waar}: the pupil is not in the pupils file"
                    + leerlingen.onleesbaar_tekst(),
                )
            )
        elif isinstance(leerling, Invoerfout):
            fouten.extend(leerling.fouten)
        if fouten:
            yield Leerlingrij(
                groep.positie, groep.sleutel, None, Invoerfout(fouten[:MAX_FOUTEN]), tuple(overgeslagen)
            )
            continue
        assert isinstance(leerling, dict)
        try:
            records = _in_eenheden(records, leerling)
        except Invoerfout as fout:
            yield Leerlingrij(groep.positie, groep.sleutel, None, fout, tuple(overgeslagen))
            continue
        waarde = {**leerling, "sleutel": groep.sleutel, "records": records}
        yield Leerlingrij(groep.positie, groep.sleutel, waarde, None, tuple(overgeslagen))


def _in_eenheden(records: list[dict[str, Any]], leerling: dict[str, Any]) -> list[dict[str, Any]]:
    """The records in the school's unit: minutes missed (``_minuten``) or a part of the day
    (``_dagdeel``) as ``uren``; a span ``van``..``tot`` at least as long as the lesdag is the whole
    lesdag (a SOMtoday melding from 08:00 to 17:00 is a day's absence, not more hours than it holds)."""
    if not any("_minuten" in r or "_dagdeel" in r or "van" in r for r in records):
        return records
    school = lees_model(School, leerling.get("school") or {}, "school")
    uit = []
    for r in records:
        r = dict(r)
        if "_minuten" in r:
            r["uren"] = r.pop("_minuten") / Decimal(school.lesuur_minuten)
        elif "_dagdeel" in r:
            r["uren"] = r.pop("_dagdeel") * school.lesdag_eenheden(r["datum"])
        elif "van" in r and "tot" in r:
            minuten = (r["tot"].hour - r["van"].hour) * 60 + r["tot"].minute - r["van"].minute
            if Decimal(minuten) / Decimal(school.lesuur_minuten) >= school.lesdag_eenheden(r["datum"]):
                del r["van"], r["tot"]
        uit.append(r)
    return uit
