"""Absence records as a school registers them, and the pupil and school they belong to.

A record (:class:`Record`) is one absence of one pupil on one day: a number of hours in the school's
unit, or a time span (``van``/``tot``), or neither (the whole lesdag), and the reason the school
registered (:class:`Reden`). The school (:class:`School`) says in which unit it registers and how
hours count:

* po counts klokuren (clock hours); vo may count lesuren when a lesuur lasts 60 minutes or less;
  mbo is treated like vo and is configurable (docs/wetsversies.md; DUO, Soorten verzuim;
  Inspectie, Registreren en melden van ongeoorloofd verzuim). Lpw art. 21a lid 1 itself speaks of
  "zestien uren les- of praktijktijd" (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a).

Validation names a bad record by its position (counting from 1) and, when given, the caller's own
pseudonymous ``sleutel``; it never repeats an input value. Birth dates are ``repr=False``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date, time, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Annotated, Any, Self

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..engine.values import Getal as Getal
from ..fouten import Invoerfout, Model, Sleutel, Veldfout, bewaakt, lees_model
from ..kalender import Regio, Schoolkalender, begin_schooljaar, schooljaar_van
from ..keuzehulp.modellen import Datum, Verzuimsoort
from ..verlof.modellen import Verlof, Vrijstelling


class Reden(StrEnum):
    """The reason of an absence, as the school registered it."""

    ONGEOORLOOFD = "ongeoorloofd"
    """Absent without a valid reason (Lpw art. 21a)."""
    ZIEK = "ziek"
    """Ill (art. 11 onder d); geoorloofd."""
    TE_LAAT = "te_laat"
    """Late; lestijd missed without a valid reason (DUO: overig verzuim)."""
    VAKANTIE = "vakantie"
    """On holiday outside the school holidays without verlof (luxe verzuim)."""
    VERLOF_13A = "verlof_13a"
    """Vakantieverlof granted by the head (art. 11 onder f, 13a)."""
    VERLOF_14 = "verlof_14"
    """Verlof for gewichtige omstandigheden (art. 11 onder g, 14)."""
    GESCHORST = "geschorst"
    """Suspended as a disciplinary measure (art. 11 onder c)."""
    RELIGIEUS = "religieus"
    """Religious or belief obligations (art. 11 onder e, 13)."""
    SCHOOL_GESLOTEN = "school_gesloten"
    """School closed or teaching suspended (art. 11 onder a)."""
    VRIJSTELLING_11A = "vrijstelling_11a"
    """Under six, kept home under art. 11a."""


ONGEOORLOOFDE_REDENEN = frozenset({Reden.ONGEOORLOOFD, Reden.TE_LAAT})
"""Reasons whose hours count towards the 16 hours of art. 21a (``te_laat`` only if the school says so)."""


class Onderwijssoort(StrEnum):
    """Primary, secondary or vocational education: decides how hours count."""

    PO = "po"
    VO = "vo"
    MBO = "mbo"


Uren = Annotated[Decimal, Field(allow_inf_nan=False, max_digits=8, decimal_places=4)]
LesdagUren = Annotated[Decimal, Field(gt=0, le=24, allow_inf_nan=False, max_digits=8, decimal_places=4)]


class School(Model):
    """A school's calendar and how it registers and counts hours."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    onderwijssoort: Onderwijssoort
    naam: str | None = Field(
        default=None, max_length=100, description="The school's name or BRIN and vestiging (to group lists)."
    )
    regio: Regio | None = Field(default=None, description="School-holiday region; none: weekends only.")
    vrije_dagen: frozenset[Datum] = Field(
        default=frozenset(), description="The school's own free days (study days, a deviating week)."
    )
    extra_lesdagen: frozenset[Datum] = Field(
        default=frozenset(),
        description=(
            "Days that are lesdagen despite the region's holidays (the other half of a deviating week)."
        ),
    )
    eigen_schooljaren: frozenset[Annotated[StrictInt, Field(ge=2000, le=2100)]] = Field(
        default=frozenset(),
        description=(
            "School years (named by their first year) for which vrije_dagen is the school's whole holiday "
            "calendar, instead of its region's: needed where the region's holidays are not known (the "
            "holidays package ships 2014-2015 up to 2029-2030)."
        ),
    )
    herfstvakantie: Datum | None = Field(
        default=None,
        description="A day in the week the school takes as herfstvakantie instead of its region's.",
    )
    voorjaarsvakantie: Datum | None = Field(
        default=None,
        description="A day in the week the school takes as voorjaarsvakantie instead of its region's.",
    )
    lesuur_minuten: Annotated[StrictInt, Field(ge=1, le=120)] = Field(
        default=60, description="Length of the unit the school registers in (one lesuur), in minutes."
    )
    telt_lesuren: StrictBool | None = Field(
        default=None,
        description=(
            "Count lesuren rather than klokuren. Default: po never (klokuren), vo and mbo when a "
            "lesuur lasts at most 60 minutes."
        ),
    )
    uren_per_lesdag: LesdagUren | tuple[LesdagUren, LesdagUren, LesdagUren, LesdagUren, LesdagUren] = Field(
        default=Decimal(6),
        description=(
            "Units a lesdag holds (Monday..Friday, or one number for every day), in the registered unit."
        ),
    )
    afspraak_gemeente_18plus: StrictBool = Field(
        default=False, description="The gemeente agreed that 16-hour verzuim of 18+ pupils is reported."
    )
    te_laat_telt_mee: StrictBool = Field(
        default=True,
        description="Lateness counts towards the 16 hours (lestijd missed without valid reason).",
    )

    @model_validator(mode="after")
    def _eenheid(self) -> Self:
        if self.telt_lesuren and self.onderwijssoort is Onderwijssoort.PO:
            raise PydanticCustomError(
                "po_telt_klokuren", "po counts klokuren, not lesuren", {"velden": ["telt_lesuren"]}
            )
        if self.telt_lesuren and self.lesuur_minuten > 60:
            raise PydanticCustomError(
                "lesuur_te_lang",
                "lesuren may be counted only when a lesuur lasts 60 minutes or less",
                {"velden": ["telt_lesuren", "lesuur_minuten"]},
            )
        return self

    @cached_property
    def kalender(self) -> Schoolkalender:
        """The school's calendar (region holidays, own free days and weeks, extra lesdagen)."""
        return schoolkalender(
            self.regio,
            frozenset(self.vrije_dagen),
            frozenset(self.extra_lesdagen),
            self.herfstvakantie,
            self.voorjaarsvakantie,
            frozenset(self.eigen_schooljaren),
        )

    @cached_property
    def lesuren_tellen(self) -> bool:
        """Whether hours count as lesuren (else as klokuren)."""
        if self.telt_lesuren is not None:
            return self.telt_lesuren
        return self.onderwijssoort is not Onderwijssoort.PO and self.lesuur_minuten <= 60

    @cached_property
    def factor(self) -> Decimal:
        """Counted hours per registered unit: 1 when lesuren count, else lesuur minutes / 60."""
        return Decimal(1) if self.lesuren_tellen else Decimal(self.lesuur_minuten) / 60

    def lesdag_eenheden(self, dag: date) -> Decimal:
        """The registered units the lesdag ``dag`` holds."""
        u = self.uren_per_lesdag
        if not isinstance(u, tuple):
            return u
        # A weekend day is no lesdag (its records never count); the longest lesdag bounds it.
        return u[dag.weekday()] if dag.weekday() < 5 else max(u)


_HERFST = (10,)
_VOORJAAR = (2, 3)


@lru_cache(maxsize=1024)
def schoolkalender(
    regio: Regio | None,
    vrije_dagen: frozenset[date],
    extra_lesdagen: frozenset[date],
    herfstvakantie: date | None = None,
    voorjaarsvakantie: date | None = None,
    eigen_schooljaren: frozenset[int] = frozenset(),
) -> Schoolkalender:
    """A school's rooster on top of its region: own free days, and a deviating herfst- or
    voorjaarsvakantie (the Minister fixes only the zomer-, kerst- and meivakantie; herfst and
    voorjaar are advisory, docs/registratie.md). The school's own week becomes free; the weekdays of the
    region's week (October for herfst, February/March for voorjaar) become lesdagen."""
    vrij, les = set(vrije_dagen), set(extra_lesdagen)
    for dag, maanden in ((herfstvakantie, _HERFST), (voorjaarsvakantie, _VOORJAAR)):
        if dag is None:
            continue
        maandag = dag - timedelta(days=dag.weekday())
        eigen = {maandag + timedelta(days=i) for i in range(5)}
        if regio is not None:
            regiokalender = Schoolkalender(regio=regio)
            begin = date(dag.year, maanden[0], 1)
            dagen = (begin + timedelta(days=i) for i in range(31 * len(maanden)))
            regioweek = {
                d
                for d in dagen
                if d.month in maanden and d.weekday() < 5 and regiokalender.is_schoolvakantie(d)
            }
            les |= regioweek - eigen
        vrij |= eigen
        les -= eigen
    return Schoolkalender(
        regio=regio, vrije_dagen=frozenset(vrij), lesdagen=frozenset(les), eigen_schooljaren=eigen_schooljaren
    )


_TIJD = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?"
_TIJD_PATROON = re.compile(_TIJD)


def _tijd(waarde: Any) -> Any:
    """Accept a wall-clock ``time`` or ``HH:MM`` / ``HH:MM:SS``, nothing else: a lesson's time is local,
    so an offset (``Z``, ``+01:00``) has no meaning here and is refused."""
    if isinstance(waarde, str) and _TIJD_PATROON.fullmatch(waarde):
        return time.fromisoformat(waarde)
    if isinstance(waarde, time) and waarde.tzinfo is None:
        return waarde
    raise PydanticCustomError("tijd_formaat", "Input should be a time of day as HH:MM or HH:MM:SS")


Tijd = Annotated[
    time,
    BeforeValidator(_tijd),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^{_TIJD}$",
            "description": "A local time of day, HH:MM or HH:MM:SS (no offset).",
        }
    ),
]
"""A time of day on the school's clock, ``HH:MM`` or ``HH:MM:SS`` in JSON (not RFC 3339 ``time``, which
requires seconds and an offset)."""


class Record(Model):
    """One absence of one pupil on one day."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    sleutel: Sleutel | None = Field(
        default=None,
        max_length=100,
        description="The caller's pseudonymous key (no BSN or onderwijsnummer).",
    )
    datum: Datum
    reden: Reden
    uren: Uren | None = Field(
        default=None,
        description="Units missed, in the school's registered unit; none with van/tot or a whole day.",
    )
    van: Tijd | None = None
    tot: Tijd | None = None
    gemeld_op: Datum | None = Field(
        default=None, description="The day the absence was notified to the school."
    )

    @model_validator(mode="after")
    def _uren_of_tijd(self) -> Self:
        if self.uren is not None and (self.van is not None or self.tot is not None):
            raise PydanticCustomError(
                "uren_en_tijd", "give uren or van/tot, not both", {"velden": ["uren", "van", "tot"]}
            )
        if (self.van is None) != (self.tot is None):
            raise PydanticCustomError(
                "tijd_onvolledig", "van and tot go together", {"velden": ["van", "tot"]}
            )
        if self.van is not None and self.tot is not None and self.tot <= self.van:
            raise PydanticCustomError("tijd_volgorde", "tot lies before van", {"velden": ["van", "tot"]})
        if self.uren is not None and self.uren <= 0:
            raise PydanticCustomError("uren_niet_positief", "uren must be more than 0", {"velden": ["uren"]})
        return self


class GemaakteMelding(Model):
    """A verzuimmelding the school already made."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    verzuimsoort: Verzuimsoort
    begindatum: Datum
    einddatum: Datum | None = None
    gemeld_op: Datum | None = Field(default=None, description="The day the school made the melding.")


class Leerling(Model):
    """One pupil with its records, from one school year on (they may span several)."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    sleutel: Sleutel | None = Field(
        default=None,
        max_length=100,
        description="The caller's pseudonymous key (no BSN or onderwijsnummer).",
    )
    geboortedatum: Datum = Field(repr=False)
    startkwalificatie: StrictBool = False
    ingeschreven: StrictBool = True
    vrijstellingen: tuple[Vrijstelling, ...] = Field(
        default=(),
        description=(
            "Vrijstellingen (art. 5, 5a, 11a, 15) as in verzuimregels.verlof: a day is excused only "
            "while one is valid on it (toets_vrijstelling: period, notices of art. 6, 7, 11a lid 1)."
        ),
    )
    verloven: tuple[Verlof, ...] | None = Field(
        default=None,
        description=(
            "Every verlof granted to the pupil (art. 13a, 14), or null: not given. When given (also as "
            "[]), a verlof_13a or verlof_14 record on a day no granted verlof covers is verzuim; when "
            "null, the registered reason is trusted (beleidskeuze geregistreerde_reden_vertrouwd)."
        ),
    )
    school: School
    schooljaar: Annotated[StrictInt, Field(ge=2000, le=2100)] | None = Field(
        default=None,
        description=(
            "The first school year of the records (named by its first year); default: that of the "
            "earliest record. Records may run on into later school years."
        ),
    )
    records: tuple[Record, ...] = ()
    meldingen: tuple[GemaakteMelding, ...] = ()
    groep: str | None = Field(
        default=None, max_length=100, description="Mentorgroep or class (to group the werklijst)."
    )
    woongemeente: str | None = Field(
        default=None,
        max_length=100,
        description="The gemeente the pupil lives in, whose leerplichtambtenaar receives its meldingen.",
    )

    @model_validator(mode="after")
    def _records(self) -> Self:
        fout = controleer_records(self)
        if fout is not None:
            regel, bericht, velden = fout
            raise PydanticCustomError(regel, bericht, {"velden": velden})
        return self

    @property
    def jaar(self) -> int | None:
        """The first school year of this pupil's records (given, or that of the earliest record).

        Records may run on into later school years: Lpw art. 21a counts "vier opeenvolgende
        lesweken", not school years, so windows and runs of absence follow the lesweken across the
        summer holiday (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a).
        """
        if self.schooljaar is not None:
            return self.schooljaar
        return schooljaar_van(min(r.datum for r in self.records)) if self.records else None


def naam_record(positie: int, record: Record) -> str:
    """How messages refer to a record: its position (from 1), and its key when given."""
    return f"record {positie}" + (f" ({record.sleutel})" if record.sleutel else "")


def eenheden(record: Record, school: School) -> Decimal:
    """The registered units a record covers (a whole lesdag when it gives neither uren nor van/tot)."""
    if record.uren is not None:
        return record.uren
    if record.van is not None and record.tot is not None:
        minuten = (record.tot.hour * 60 + record.tot.minute) - (record.van.hour * 60 + record.van.minute)
        return Decimal(minuten) / Decimal(school.lesuur_minuten)
    return school.lesdag_eenheden(record.datum)


def controleer_records(leerling: Leerling) -> tuple[str, str, list[str]] | None:
    """The first problem across the records: before the (first) school year, more than a lesdag,
    overlap. Records in later school years are fine: the analysis follows the lesweken across them."""
    jaar = leerling.jaar
    if jaar is None:
        return None
    begin = begin_schooljaar(jaar)
    school = leerling.school
    per_dag: dict[date, list[int]] = {}
    for positie, record in enumerate(leerling.records, start=1):
        if record.datum < begin:
            return (
                "buiten_schooljaar",
                f"{naam_record(positie, record)} lies before the school year",
                [f"records.{positie}"],
            )
        if record.datum < leerling.geboortedatum:
            return (
                "voor_geboortedatum",
                f"{naam_record(positie, record)} lies before geboortedatum",
                [f"records.{positie}"],
            )
        per_dag.setdefault(record.datum, []).append(positie)
    for dag, posities in per_dag.items():
        capaciteit = school.lesdag_eenheden(dag)
        totaal = Decimal(0)
        spans: list[tuple[time, time, int]] = []
        hele_dag: list[int] = []
        for positie in posities:
            record = leerling.records[positie - 1]
            totaal += eenheden(record, school)
            if record.van is not None and record.tot is not None:
                spans.append((record.van, record.tot, positie))
            elif record.uren is None:
                hele_dag.append(positie)
        if len(hele_dag) > 1 or (hele_dag and len(posities) > 1):
            eerste, tweede = (
                hele_dag + [andere_positie for andere_positie in posities if andere_positie not in hele_dag]
            )[:2]
            return _overlap(leerling, eerste, tweede)
        spans.sort()
        for (_, tot_eerste, eerste), (van_tweede, _, tweede) in itertools.pairwise(spans):
            if van_tweede < tot_eerste:
                return _overlap(leerling, eerste, tweede)
        if totaal > capaciteit:
            namen = ", ".join(naam_record(positie, leerling.records[positie - 1]) for positie in posities)
            return (
                "uren_meer_dan_lesdag",
                f"{namen}: more hours than the lesdag holds",
                [f"records.{positie}.uren" for positie in posities],
            )
    return None


def _overlap(leerling: Leerling, eerste: int, tweede: int) -> tuple[str, str, list[str]]:
    record_eerste, record_tweede = leerling.records[eerste - 1], leerling.records[tweede - 1]
    return (
        "records_overlappen",
        f"{naam_record(eerste, record_eerste)} and {naam_record(tweede, record_tweede)} overlap",
        [f"records.{eerste}", f"records.{tweede}"],
    )


@bewaakt
def lees_leerling(waarde: Leerling | dict[str, Any]) -> Leerling:
    """A validated :class:`Leerling`; bad input raises :class:`Invoerfout` naming records from 1."""
    try:
        return lees_model(Leerling, waarde)
    except Invoerfout as fout:
        raise Invoerfout([_vertaal(v) for v in fout.fouten]) from None


_GEDEELD = ("sleutel", "geboortedatum", "startkwalificatie", "ingeschreven", "school")


def voeg_samen(delen: Iterable[Leerling | dict[str, Any]]) -> Leerling:
    """One pupil from parts exported separately, e.g. one per school year: records, meldingen made,
    vrijstellingen and verloven in the order of the parts; the first school year is the earliest.

    Analysing the result is analysing the pupil as one: windows of four lesweken and runs of absence
    follow the lesweken across the boundary between the parts (art. 21a: "vier opeenvolgende
    lesweken"). The parts must agree on the pupil's own fields and the school (another school is
    another head with its own duty to report); else :class:`Invoerfout` names the first field that
    differs (``delen.<n>.<veld>``, parts counted from 1).
    """
    gelezen = [lees_leerling(deel) for deel in delen]
    if not gelezen:
        raise Invoerfout.enkel("delen", "geen_delen", "no part to join")
    eerste = gelezen[0]
    for nummer, deel in enumerate(gelezen[1:], start=2):
        for veld in _GEDEELD:
            if getattr(deel, veld) != getattr(eerste, veld):
                raise Invoerfout.enkel(
                    f"delen.{nummer}.{veld}",
                    "delen_verschillen",
                    f"part {nummer} differs from part 1 in {veld}",
                )
    jaren = [deel.jaar for deel in gelezen if deel.jaar is not None]
    gegeven = [deel.verloven for deel in gelezen if deel.verloven is not None]
    return lees_leerling(
        {
            **{veld: getattr(eerste, veld) for veld in _GEDEELD},
            "schooljaar": min(jaren) if jaren else None,
            "records": [record for deel in gelezen for record in deel.records],
            "meldingen": [melding for deel in gelezen for melding in deel.meldingen],
            "vrijstellingen": list(
                dict.fromkeys(vrijstelling for deel in gelezen for vrijstelling in deel.vrijstellingen)
            ),
            "verloven": None
            if not gegeven
            else list(dict.fromkeys(verlof for verloven in gegeven for verlof in verloven)),
        }
    )


_EIGEN_REGELS = frozenset(
    {"buiten_schooljaar", "voor_geboortedatum", "records_overlappen", "uren_meer_dan_lesdag"}
)


def _vertaal(v: Veldfout) -> Veldfout:
    """Record positions in pydantic's locations count from 0; in this library they count from 1."""
    delen = v.veld.split(".")
    if (
        v.regel not in _EIGEN_REGELS
        and len(delen) > 1
        and delen[0] in ("records", "meldingen", "vrijstellingen", "verloven")
        and delen[1].isdigit()
    ):
        delen[1] = str(int(delen[1]) + 1)
        return v.model_copy(update={"veld": ".".join(delen)})
    return v
