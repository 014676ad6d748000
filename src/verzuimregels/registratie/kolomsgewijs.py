"""The record analysis column-wise: count every pupil at once, run the schedule only where it is needed.

:func:`~verzuimregels.registratie.frame.analyseer_frame` hands this module a records frame sorted by
pupil. For every pupil at once it reads the columns as arrays, checks which pupils' rows are plainly
valid (the checks of :class:`~verzuimregels.registratie.modellen.Leerling` that can fail, done as
array comparisons), and counts with polars what the law counts (Lpw art. 21a lid 1,
https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a: "gedurende een periode van vier
opeenvolgende lesweken in totaal zestien uren"; DUO's 28 kalenderdagen for Q4):

* unexcused hours per lesdag and lesweek, the sum over every window of four consecutive lesweken and
  the first verzuimdag on which it reaches 16 hours (:func:`tel`);
* spans of consecutive lesdagen missed entirely, and whether each reaches its 28th counted day.

The analysis runs as named steps, each over all pupils at once:

1. :func:`_lees_leerlingen`, :func:`_lees_records`, :func:`_schooljaren`: the columns, the checks of
   the models that can fail, the school year; a pupil not plainly valid goes to the one-pupil path;
2. :func:`_kalenders`: one table per (calendar, school year), running on to the peildatum's school year;
3. :func:`_verzuimdagen`: the records that count, from the start of leerplicht (art. 3 lid 1) to the
   peildatum, with a registered verlof counted as :func:`~verzuimregels.verlof.gedekte_verlofdagen`
   counts it (:func:`_gedekt_door_verlof`, art. 13a lid 2 and 14 lid 3);
4. :func:`tel`, :func:`_reeksen`, :func:`_uren_per_dag`: the counting;
5. :func:`_rondes`: the 16-uur and LRV/RMC meldingen of the schedule, in rounds, each judged at the
   age on the first verzuimdag of its absence (one age per absence);
6. :func:`_zestien_uur`, :func:`_lrv`, :func:`_overig`, :func:`_luxe`: the meldingen of each kind with
   their verdicts from the column-wise keuzehulp
   (:func:`~verzuimregels.keuzehulp.frame.beoordeel_frame`) on the facts the planner gives the one-case
   engine; :func:`_herzie` asks again where a 16-uur melding not to report changes those facts;
7. :func:`_rijen`: the output rows, in the order of :attr:`~verzuimregels.registratie.Analyse.meldingen`
   (:func:`_voeg_samen`: ``niet_verplicht`` meldingen in a row are one, as the planner makes them).

A verdict the rounds did not assume (an LRV melding not to report, overig verzuim that is another
kind), an error, or anything not plainly valid leaves the pupil to the one-pupil schedule, which
gives the same rows as :func:`~verzuimregels.registratie.analyseer`.

Hours are counted exactly, in units of 1/10,000 hour; a pupil with an hour that is no whole number
of such units (a 50-minute lesuur counted as klokuren: 0.8333… hours) goes to the one-pupil path,
whose decimals are the reference.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal, getcontext
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import polars as pl
from pydantic_core import PydanticCustomError

from ..beleid import Beleid, Verlofdagen
from ..kalender import OnbekendeSchoolvakanties, Schoolkalender, schoolvakanties_bekend, werkdagen_na
from ..keuzehulp.frame import beoordeel_frame
from ..keuzehulp.modellen import Meldplicht, Verzuimsoort
from ..regels.leerplicht import begin_leerplicht
from ..regels.meldplicht import (
    MELDTERMIJN_WERKDAGEN,
    VERVOLG_DAGEN,
    VIER_LESWEKEN,
    VIER_WEKEN_IN_DAGEN,
    ZESTIEN_UUR,
)
from ..regels.verlof import TIEN_DAGEN, eerste_twee_lesweken, verlofdagen
from ..verlof.modellen import Vrijstelling
from ..verlof.vrijstelling import _ALLE_WEEKDAGEN, HELE_DAGEN, is_verontschuldigd
from .analyse import Situatie, Status
from .modellen import Reden, School
from .modellen import _tijd as _lees_tijd
from .tellen import ZONDER_VERLOF, Jaarkalender, jaarkalender

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

EENHEID = 10_000
"""Hours are counted in units of 1/10,000 hour (the four decimals a record's uren may have)."""
_ZESTIEN = int(ZESTIEN_UUR * EENHEID)
_DAGEN = 100_000
"""Days since 1970 stay below this (until the year 2243): a pupil's day as ``pupil * _DAGEN + day``."""
_BREED = 1 << 24
"""Lesdag and lesweek indices of one pupil stay below this: a pupil's lesdag as ``pupil * _BREED + index``."""
_VERVOLG = VERVOLG_DAGEN
_OPEN = -(10**9)
"""An open einddatum (a LRV/RMC melding while the pupil is still away)."""
_MELDEN = (Meldplicht.VERPLICHT.value, Meldplicht.AFSPRAAK_GEMEENTE.value)
_EPOCHE = date(1970, 1, 1)
_MAANDAG = date(2024, 1, 1)
_REDENEN = tuple(reden.value for reden in Reden)
_REDEN_CODE = {reden: code for code, reden in enumerate(Reden)}
_REDEN_CODE_OF_TEXT = {reden.value: code for code, reden in enumerate(Reden)}
_REDEN_INDEX = pd.Index(_REDENEN, dtype=object)
_ONGEOORLOOFD, _TE_LAAT, _VAKANTIE = (
    _REDEN_CODE[Reden.ONGEOORLOOFD],
    _REDEN_CODE[Reden.TE_LAAT],
    _REDEN_CODE[Reden.VAKANTIE],
)
_VERLOF_13A, _VERLOF_14 = _REDEN_CODE[Reden.VERLOF_13A], _REDEN_CODE[Reden.VERLOF_14]
_VRIJSTELLING_11A = _REDEN_CODE[Reden.VRIJSTELLING_11A]
_ZONDER_VERLOF = np.arange(len(_REDEN_CODE), dtype=np.int64)
for _verlof, _zonder in ZONDER_VERLOF.items():
    _ZONDER_VERLOF[_REDEN_CODE[_verlof]] = _REDEN_CODE[_zonder]
"""Per reason code: what it is on a day no lawfully granted verlof covers (:data:`ZONDER_VERLOF`)."""


_STUK = 8_192
"""Rows per slice of the row-wise steps. Each temporary array of a slice stays under glibc's
128 KiB ``mmap`` threshold, which stays fixed when ``MALLOC_TRIM_THRESHOLD_`` is set (Dask's nanny
sets it for every worker): a larger temporary is a fresh ``mmap`` whose every page is faulted in
(issue 15). Slices of that size come from the heap and are reused."""


def _stukken(n: int) -> Iterator[slice]:
    """``slice``s of at most :data:`_STUK` covering ``range(n)``."""
    return (slice(a, min(a + _STUK, n)) for a in range(0, n, _STUK))


def _op_volgorde(*sleutels: npt.NDArray[Any]) -> bool:
    """Whether the rows are in ``np.lexsort(sleutels)`` order already (the last key first): no row
    before the row after it. Judged pair by pair, in slices."""
    for stuk in _stukken(len(sleutels[0]) - 1):  # the pairs (i, i + 1), i in the slice
        gelijk = np.ones(stuk.stop - stuk.start, dtype=bool)
        for sleutel in reversed(sleutels):
            links, rechts = sleutel[stuk], sleutel[stuk.start + 1 : stuk.stop + 1]
            if (gelijk & (rechts < links)).any():
                return False
            gelijk &= rechts == links
    return True


def volgorde_van(*sleutels: npt.NDArray[Any]) -> Ints:
    """``np.lexsort(sleutels)`` (the last key first), without sorting rows already in that order:
    a stable sort leaves them as they are (records come grouped by pupil and in date order)."""
    if _op_volgorde(*sleutels):
        return np.arange(len(sleutels[0]), dtype=np.int64)
    uit: Ints = np.lexsort(sleutels)
    return uit


def _datum(dag: int) -> date:
    return _EPOCHE + timedelta(days=dag)


@dataclass(slots=True)
class _Cellen:
    """One column in sorted row order: values where plainly readable, empty cells, unreadable cells."""

    waarde: npt.NDArray[Any]
    leeg: Bools
    slecht: Bools


def _leeg(size: int, dtype: Any = np.int64) -> _Cellen:
    return _Cellen(np.zeros(size, dtype=dtype), np.ones(size, dtype=bool), np.zeros(size, dtype=bool))


def _object(column: pd.Series[Any], rijen: Ints) -> tuple[npt.NDArray[Any], Bools]:
    waarden = column.take(rijen).to_numpy(dtype=object)  # only these rows leave their array
    return waarden, np.asarray(pd.isna(waarden), dtype=bool)


def _dagen(df: pd.DataFrame, naam: str, rijen: Ints) -> _Cellen:
    """Dates as days since 1970-01-01 (``datetime64`` as ``analyseer_frame`` reads it: the day)."""
    if naam not in df.columns:
        return _leeg(len(rijen))
    column = df[naam]
    if isinstance(column.dtype, np.dtype) and column.dtype.kind == "M":
        alle = column.to_numpy()
        leeg = np.empty(len(rijen), dtype=bool)
        day_numbers = np.empty(len(rijen), dtype=np.int64)
        for stuk in _stukken(len(rijen)):
            stamps = alle[rijen[stuk]]
            leeg[stuk] = np.isnat(stamps)
            day_numbers[stuk] = np.where(leeg[stuk], 0, stamps.astype("datetime64[D]").view(np.int64))
        return _Cellen(day_numbers, leeg, np.zeros(len(rijen), dtype=bool))
    waarden, leeg = _object(column, rijen)
    day_numbers = np.zeros(len(rijen), dtype=np.int64)
    slecht = np.zeros(len(rijen), dtype=bool)
    for i in np.flatnonzero(~leeg).tolist():
        cell = waarden[i]
        if type(cell) is date:
            day_numbers[i] = (cell - _EPOCHE).days
        else:
            slecht[i] = True
    return _Cellen(day_numbers, leeg, slecht)


def _ja_nee(df: pd.DataFrame, naam: str, rijen: Ints) -> _Cellen:
    if naam not in df.columns:
        return _leeg(len(rijen), bool)
    column = df[naam]
    if pd.api.types.is_bool_dtype(column.dtype):
        leeg = column.isna().to_numpy()[rijen]
        return _Cellen(
            column.to_numpy(dtype=bool, na_value=False)[rijen], leeg, np.zeros(len(rijen), dtype=bool)
        )
    waarden, leeg = _object(column, rijen)
    values = np.zeros(len(rijen), dtype=bool)
    slecht = np.zeros(len(rijen), dtype=bool)
    for i in np.flatnonzero(~leeg).tolist():
        cell = waarden[i]
        if type(cell) is bool or type(cell) is np.bool_:
            values[i] = bool(cell)
        else:
            slecht[i] = True
    return _Cellen(values, leeg, slecht)


def _getallen(df: pd.DataFrame, naam: str, rijen: Ints) -> _Cellen:
    """Whole numbers (a float column of whole numbers too, as ``analyseer_frame`` reads it)."""
    if naam not in df.columns:
        return _leeg(len(rijen))
    column = df[naam]
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "iuf":
        alle = column.to_numpy()
        waarde = np.empty(len(rijen), dtype=np.int64)
        leeg = np.empty(len(rijen), dtype=bool)
        slecht = np.empty(len(rijen), dtype=bool)
        for stuk in _stukken(len(rijen)):
            numbers = alle[rijen[stuk]].astype(np.float64)
            leeg[stuk] = np.isnan(numbers)
            heel = ~leeg[stuk] & np.isfinite(numbers) & (numbers == np.floor(numbers))
            heel &= np.abs(numbers) < 2**53
            waarde[stuk] = np.where(heel, numbers, 0)
            slecht[stuk] = ~leeg[stuk] & ~heel
        return _Cellen(waarde, leeg, slecht)
    waarden, leeg = _object(column, rijen)
    values = np.zeros(len(rijen), dtype=np.int64)
    slecht = np.zeros(len(rijen), dtype=bool)
    for i in np.flatnonzero(~leeg).tolist():
        cell = waarden[i]
        if (type(cell) is int or (type(cell) is float and cell.is_integer())) and abs(cell) < 2**53:
            values[i] = int(
                cell
            )  # beyond 2**53 (as in the numeric path above): a bad cell, not an OverflowError
        else:
            slecht[i] = True
    return _Cellen(values, leeg, slecht)


def _tijd(cell: Any) -> tuple[int, int]:
    """A cell of ``van``/``tot`` as :class:`~verzuimregels.registratie.modellen.Record` reads it (a
    wall-clock ``time``, or ``HH:MM`` / ``HH:MM:SS`` text): its minute of the day and the microseconds
    within that minute; ``(-1, 0)`` for any other cell."""
    if type(cell) is not time and not isinstance(cell, str):
        return -1, 0  # a subclass of time, or no time at all: the one-pupil way decides
    try:
        gelezen = _lees_tijd(cell)  # the model's own rule for what a time is
    except PydanticCustomError:
        return -1, 0
    return gelezen.hour * 60 + gelezen.minute, gelezen.second * 1_000_000 + gelezen.microsecond


def _tijden(df: pd.DataFrame, naam: str, rijen: Ints) -> tuple[_Cellen, Ints]:
    """``van``/``tot`` cells: minutes of the day (what the units count) and the exact time (order).

    Text cells are read as the model reads them: Dask's ``dataframe.convert-string`` (on by default)
    turns a column of ``datetime.time`` into ``"HH:MM:SS"`` text, and Spark has no time-of-day type."""
    if naam not in df.columns:
        empty = _leeg(len(rijen))
        return empty, empty.waarde
    kolom = df[naam]
    leeg = kolom.isna().to_numpy()[rijen]
    gegeven = np.flatnonzero(~leeg)
    cellen = kolom.take(rijen[gegeven])  # only the cells with a time leave their array
    waarde = _tijdwaarden(cellen)
    minuten = np.zeros(len(rijen), dtype=np.int64)
    precies = np.zeros(len(rijen), dtype=np.int64)
    slecht = np.zeros(len(rijen), dtype=bool)
    minuten[gegeven] = waarde[:, 0]
    precies[gegeven] = waarde[:, 0] * 60_000_000 + waarde[:, 1]
    slecht[gegeven] = waarde[:, 0] < 0
    return _Cellen(minuten, leeg, slecht), precies


def _tijdwaarden(cellen: pd.Series[Any]) -> Ints:
    """Per cell of ``van``/``tot`` (none empty): :func:`_tijd`'s pair, as an ``(n, 2)`` array.

    There are few distinct times: each is read once (``pd.factorize``, which hashes a text column
    of Dask's Arrow strings without making Python objects). Only cells that are exactly ``time``
    or ``str`` are grouped so: a subclass of ``time`` compares equal to the ``time`` it is not,
    so a column holding anything else is read cell by cell."""
    if isinstance(cellen.dtype, np.dtype):
        waarden = cellen.to_numpy(dtype=object)
        if not {time, str}.issuperset(map(type, waarden)):
            return np.array([_tijd(cell) for cell in waarden.tolist()], dtype=np.int64).reshape(-1, 2)
        codes, uniek = pd.factorize(waarden)
        verschillend = list(uniek)
    else:  # a text (or Arrow) column: every cell of one type
        codes, uniek_tekst = pd.factorize(cellen)
        verschillend = list(uniek_tekst)
    gelezen = np.array([_tijd(cell) for cell in verschillend], dtype=np.int64).reshape(-1, 2)
    uit: Ints = gelezen[codes]
    return uit


def _redenen(df: pd.DataFrame, rijen: Ints) -> tuple[Ints, Bools]:
    """Reason codes (the index in :class:`Reden`; -1 unknown) and the empty cells."""
    if "reden" not in df.columns:
        return np.full(len(rijen), -1, dtype=np.int64), np.ones(len(rijen), dtype=bool)
    try:
        codes_per_waarde, waarden = pd.factorize(df["reden"], use_na_sentinel=True)
    except TypeError:  # an unhashable cell: look each up
        cellen, leeg = _object(df["reden"], rijen)
        codes = np.array(
            [_REDEN_CODE_OF_TEXT.get(cell, -1) if isinstance(cell, str) else -1 for cell in cellen],
            dtype=np.int64,
        )
        return codes, leeg
    tabel = np.append(_REDEN_INDEX.get_indexer(pd.Index(waarden, dtype=object)).astype(np.int64), -1)
    codes = np.empty(len(rijen), dtype=np.int64)
    leeg = np.empty(len(rijen), dtype=bool)
    for stuk in _stukken(len(rijen)):
        per_rij = codes_per_waarde[rijen[stuk]]
        leeg[stuk] = per_rij < 0
        codes[stuk] = tabel[per_rij]
    return codes, leeg


@dataclass(frozen=True, slots=True)
class _Tabel:
    """One school year of one calendar as arrays over its days (index: day - begin)."""

    begin: int
    lesdag: Ints
    """Per day: its index among the lesdagen, -1 for a day that is no lesdag."""
    lesweek: Ints
    """Per day: the index of its lesweek (-1 for a day of no lesweek)."""
    geteld: Ints
    """Per day: days counted for the 28 days (school-holiday days left out) from the begin, inclusive."""
    volgende: Ints
    """Per lesdag index: the next lesdag (as a day since 1970), or the day after the school year."""
    week_tot: Ints
    """Per day: the index of the last lesweek starting on or before its week's Monday (-1: none)."""
    verlof_voor: Ints
    """Per day: the days before it (from the begin) that count towards a verlof's "tien dagen"
    (:func:`~verzuimregels.regels.verlof.verlofdagen` under the policy's counting)."""
    verlof_telt: Bools
    """Per day: whether it counts towards the "tien dagen"."""
    vakantieverlof_voor: Ints
    """Per day: the days before it that count and lie outside the first two lesweken of the first
    school year (art. 13a lid 2: :func:`~verzuimregels.regels.verlof.eerste_twee_lesweken`)."""
    vakantieverlof_telt: Bools
    """Per day: whether it counts and lies outside the first two lesweken."""


@lru_cache(maxsize=256)
def _tabel(
    kalender: Schoolkalender, jaar: int, tot_jaar: int, meetellen: bool, telling: Verlofdagen
) -> _Tabel:
    """School years ``jaar`` through ``tot_jaar`` of ``kalender`` (lesweken run on across the summer)."""
    schooljaarkalender: Jaarkalender = jaarkalender(kalender, jaar, tot_jaar)
    begin = (schooljaarkalender.begin - _EPOCHE).days
    day_count = (schooljaarkalender.einde - schooljaarkalender.begin).days + 1
    lesdag = np.full(day_count, -1, dtype=np.int64)
    lesweek = np.full(day_count, -1, dtype=np.int64)
    for index, day in enumerate(schooljaarkalender.lesdagen):
        lesdag[(day - schooljaarkalender.begin).days] = index
        lesweek[(day - schooljaarkalender.begin).days] = schooljaarkalender.lesweek_index[
            day - timedelta(days=day.weekday())
        ]
    vakantie = np.zeros(day_count, dtype=bool)
    if not meetellen:
        for day in schooljaarkalender.vakantiedagen:
            vakantie[(day - schooljaarkalender.begin).days] = True
    geteld = np.cumsum(~vakantie).astype(np.int64)
    lesdag_days = np.array([(day - _EPOCHE).days for day in schooljaarkalender.lesdagen], dtype=np.int64)
    volgende = (
        np.append(lesdag_days[1:], begin + day_count) if len(lesdag_days) else np.zeros(0, dtype=np.int64)
    )
    maandagen = np.array([(monday - _EPOCHE).days for monday in schooljaarkalender.lesweken], dtype=np.int64)
    dagen = begin + np.arange(day_count)
    week_tot = np.searchsorted(maandagen, dagen - (dagen + 3) % 7, side="right") - 1
    telt = np.zeros(day_count, dtype=bool)
    for day in verlofdagen(
        schooljaarkalender.begin, schooljaarkalender.einde, kalender, telling, _ALLE_WEEKDAGEN
    ):
        telt[(day - schooljaarkalender.begin).days] = True
    verboden = np.zeros(day_count, dtype=bool)
    for day in eerste_twee_lesweken(kalender, jaar):
        verboden[(day - schooljaarkalender.begin).days] = True
    vakantie_telt = telt & ~verboden
    return _Tabel(
        begin,
        lesdag,
        lesweek,
        geteld,
        volgende,
        week_tot,
        np.cumsum(telt) - telt,
        telt,
        np.cumsum(vakantie_telt) - vakantie_telt,
        vakantie_telt,
    )


@lru_cache(maxsize=65536)
def _begin_leerplicht(geboren: int, kalender: Schoolkalender, beleid: Beleid) -> int:
    return (begin_leerplicht(_datum(geboren), kalender, beleid.verjaardag_29_februari) - _EPOCHE).days


@lru_cache(maxsize=65536)
def _uren(school: School, soort: int, waarde: int) -> tuple[int, int, bool, bool]:
    """A record's counted hours in :data:`EENHEID` units, the exponent of its decimal, whether it is
    exact in those units, and whether it covers the whole lesdag (as :func:`vouw` decides them)."""
    if soort == 0:  # uren
        units, dag = Decimal(waarde // 7), _MAANDAG + timedelta(days=waarde % 7)
    elif soort == 1:  # van/tot, in minutes
        units, dag = (
            Decimal(waarde // 7) / Decimal(school.lesuur_minuten),
            _MAANDAG + timedelta(days=waarde % 7),
        )
    else:  # the whole lesdag
        dag = _MAANDAG + timedelta(days=waarde)
        units = school.lesdag_eenheden(dag)
    hours = units * school.factor
    geschaald = hours * EENHEID
    exact = geschaald == geschaald.to_integral_value()
    exponent = hours.as_tuple().exponent
    assert isinstance(exponent, int)
    return int(geschaald), exponent, exact, units >= school.lesdag_eenheden(dag)


def tel(
    leerling: Ints, lesdag: Ints, lesweek: Ints, uren: Ints, heel: Bools, dag: Ints
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The counting, column-wise, on the counted unexcused records sorted by pupil and day.

    Returns per pupil (column ``pupil``): the hours in total, the highest sum over four consecutive
    lesweken (``hoogste``), the first day that sum reaches 16 hours (``dag_16``, null if never),
    the first and last verzuimdag; and per span of consecutive lesdagen missed entirely: its pupil,
    first day and last lesdag index (``spans``). Windows: Lpw art. 21a lid 1.
    """
    df = pl.DataFrame({"pupil": leerling, "lesweek": lesweek, "hours": uren, "day": dag})
    df = df.with_columns(running_total=pl.col("hours").cum_sum().over("pupil"))
    starts = df.select(
        "pupil", "lesweek", (pl.col("running_total") - pl.col("hours")).alias("total_before_week")
    ).unique(["pupil", "lesweek"], keep="first", maintain_order=True)
    venster = (
        df.with_columns(window_first_week=pl.col("lesweek") - 3)
        .join_asof(
            starts.rename({"lesweek": "window_first_week"}),
            on="window_first_week",
            by="pupil",
            strategy="forward",
            check_sortedness=False,
        )
        .with_columns(window_total=pl.col("running_total") - pl.col("total_before_week"))
    )
    per_leerling = venster.group_by("pupil", maintain_order=True).agg(
        pl.col("hours").sum().alias("totaal"),
        pl.col("window_total").max().alias("hoogste"),
        pl.col("day").filter(pl.col("window_total") >= _ZESTIEN).first().alias("dag_16"),
        pl.col("day").first().alias("eerste"),
        pl.col("day").last().alias("laatste"),
    )
    hele = pl.DataFrame({"pupil": leerling[heel], "lesdag": lesdag[heel], "day": dag[heel]})
    spans = (
        hele.with_columns(
            nieuw=(
                (pl.col("pupil") != pl.col("pupil").shift(1))
                | (pl.col("lesdag") != pl.col("lesdag").shift(1) + 1)
            ).fill_null(True)
        )
        .with_columns(span=pl.col("nieuw").cum_sum())
        .group_by("span", maintain_order=True)
        .agg(
            pl.col("pupil").first(),
            pl.col("day").first().alias("begin"),
            pl.col("lesdag").last().alias("laatste"),
            pl.col("day").last().alias("laatste_dag"),
        )
    )
    return per_leerling, spans


@dataclass(slots=True)
class Kolomsgewijs:
    """The pupils decided column-wise and their output rows, in pupil order (pupils as group indices)."""

    leerlingen: Ints
    """Group indices of the pupils decided here."""
    groep: Ints
    """Per output row: its pupil."""
    kolommen: dict[str, npt.NDArray[Any]]
    """The output columns but ``sleutel`` (:data:`~verzuimregels.registratie.frame.UITVOER_KOLOMMEN`)."""


@dataclass(slots=True)
class _Leerlingen:
    """The pupils' columns (read from each pupil's first row) and whether each is plainly valid."""

    geboren: _Cellen
    start: _Cellen
    ingeschreven: _Cellen
    jaar: _Cellen
    goed: Bools
    """Plainly valid so far (the later steps only clear it)."""
    school_index: Ints
    """Per pupil: its school in :attr:`scholen` (-1: the school is invalid)."""
    scholen: list[School]
    vrijstellingen: dict[int, Vrijstelling]
    """The pupils with a (valid) vrijstelling, and it."""


_VRIJSTELLING_KOLOMMEN = (
    "vrijstelling_grond",
    "vrijstelling_begin",
    "vrijstelling_einde",
    "vrijstelling_kennisgeving",
    "vrijstelling_verklaring",
)


def _vrijstellingen(df: pd.DataFrame, rijen: Ints) -> list[Vrijstelling | None]:
    """The vrijstelling on each of ``rijen`` as the one-pupil path reads it (``frame._leerling``), or
    ``None`` when a cell is not plainly readable or the model refuses it (that path says why)."""
    gronden = (
        df["vrijstelling_grond"].take(rijen).tolist()
        if "vrijstelling_grond" in df.columns
        else [None] * len(rijen)
    )
    cellen = {column: _dagen(df, column, rijen) for column in _VRIJSTELLING_KOLOMMEN[1:]}
    uit: list[Vrijstelling | None] = []
    for i, grond in enumerate(gronden):
        if type(grond) is not str or any(cells.slecht[i] for cells in cellen.values()):
            uit.append(None)
            continue
        dag = {
            column: None if cells.leeg[i] else _datum(int(cells.waarde[i]))
            for column, cells in cellen.items()
        }
        vrij: dict[str, Any] = {"grond": grond, "begin": dag["vrijstelling_begin"]}
        if dag["vrijstelling_einde"] is not None:
            vrij["einde"] = dag["vrijstelling_einde"]
        if dag["vrijstelling_kennisgeving"] is not None:
            kennisgeving: dict[str, Any] = {"op": dag["vrijstelling_kennisgeving"]}
            if dag["vrijstelling_verklaring"] is not None:
                kennisgeving["verklaring_op"] = dag["vrijstelling_verklaring"]
            vrij["kennisgevingen"] = [kennisgeving]
        try:
            uit.append(Vrijstelling.model_validate(vrij))
        except ValueError:
            uit.append(None)
    return uit


def _lees_leerlingen(
    df: pd.DataFrame,
    eerste: Ints,
    sleutels: list[Any],
    scholen: list[School | None],
    schoolcode: Ints,
) -> _Leerlingen:
    """The pupil columns on the rows ``eerste`` and the checks of :class:`Leerling` that can fail."""
    geboren = _dagen(df, "geboortedatum", eerste)
    start = _ja_nee(df, "startkwalificatie", eerste)
    ingeschreven = _ja_nee(df, "ingeschreven", eerste)
    jaar = _getallen(df, "schooljaar", eerste)
    goed = ~geboren.leeg & ~geboren.slecht & ~start.slecht & ~ingeschreven.slecht & ~jaar.slecht
    goed &= jaar.leeg | ((jaar.waarde >= 2000) & (jaar.waarde <= 2100))
    goed &= np.array([type(sleutel) is str and len(sleutel) <= 100 for sleutel in sleutels], dtype=bool)
    met_vrijstelling = np.zeros(len(eerste), dtype=bool)
    for column in _VRIJSTELLING_KOLOMMEN:
        if column in df.columns:
            met_vrijstelling |= df[column].notna().to_numpy()[eerste]
    vrijstellingen: dict[int, Vrijstelling] = {}
    candidates = np.flatnonzero(met_vrijstelling & goed)
    for pupil, vrijstelling in zip(candidates.tolist(), _vrijstellingen(df, eerste[candidates]), strict=True):
        if vrijstelling is None:
            goed[pupil] = False
        else:
            vrijstellingen[pupil] = vrijstelling
    school_lijst = [school for school in scholen if school is not None]
    geldig = np.array([school is not None for school in scholen], dtype=bool)
    school_index = np.where(geldig, np.cumsum(geldig) - 1, -1).astype(np.int64)[schoolcode]
    goed &= school_index >= 0
    return _Leerlingen(geboren, start, ingeschreven, jaar, goed, school_index, school_lijst, vrijstellingen)


@dataclass(slots=True)
class _Records:
    """The record columns, one value per row in the sorted order."""

    pupil: Ints
    """Per row: its pupil."""
    record: Bools
    """Per row: whether it is a record (not the lone empty row of a pupil without records)."""
    zonder: Bools
    """Per pupil: without records."""
    datum: _Cellen
    reden: Ints
    uren: _Cellen
    van: _Cellen
    spanne: Ints
    """``tot - van`` in minutes."""
    weekdag: Ints


def _lees_records(
    df: pd.DataFrame, volgorde: Ints, starts: Ints, lengte: Ints, leerlinggegevens: _Leerlingen
) -> _Records:
    """The record columns and their checks (:class:`Record`, one record a day): a pupil with a bad
    record is no longer plainly valid (``leerlinggegevens.goed``)."""
    row_count = len(volgorde)
    pupil_count = len(starts)
    eerste = starts
    pupil = np.repeat(np.arange(pupil_count, dtype=np.int64), lengte)
    datum = _dagen(df, "datum", volgorde)
    reden, reden_leeg = _redenen(df, volgorde)
    uren = _getallen(df, "uren", volgorde)
    van, van_precies = _tijden(df, "van", volgorde)
    tot, tot_precies = _tijden(df, "tot", volgorde)
    gemeld = _dagen(df, "gemeld_op", volgorde)
    zonder = (lengte == 1) & datum.leeg[eerste] & reden_leeg[eerste] & uren.leeg[eerste] & van.leeg[eerste]
    goed = leerlinggegevens.goed
    goed &= ~zonder | (tot.leeg[eerste] & gemeld.leeg[eerste])
    record = ~np.repeat(zonder, lengte)  # rows that are records
    school_van = np.where(leerlinggegevens.school_index >= 0, leerlinggegevens.school_index, 0)
    capaciteit = np.zeros((max(len(leerlinggegevens.scholen), 1), 7), dtype=np.int64)
    for index, school in enumerate(leerlinggegevens.scholen):
        for day_of_week in range(7):
            capaciteit[index, day_of_week] = int(
                school.lesdag_eenheden(_MAANDAG + timedelta(days=day_of_week)) * EENHEID
            )
    lesuren = np.array([school.lesuur_minuten for school in leerlinggegevens.scholen] or [60], dtype=np.int64)
    slecht = np.empty(row_count, dtype=bool)
    weekdag = np.empty(row_count, dtype=np.int64)
    spanne = np.empty(row_count, dtype=np.int64)
    for stuk in _stukken(row_count):  # each row on its own
        rij_record, dag = record[stuk], datum.waarde[stuk]
        slecht_stuk = rij_record & (datum.leeg[stuk] | datum.slecht[stuk] | (reden[stuk] < 0))
        slecht_stuk |= rij_record & (gemeld.slecht[stuk] | uren.slecht[stuk])
        slecht_stuk |= rij_record & (van.slecht[stuk] | tot.slecht[stuk])
        slecht_stuk |= rij_record & (dag < leerlinggegevens.geboren.waarde[pupil[stuk]])
        row_school = school_van[pupil[stuk]]
        weekdag[stuk] = (dag + 3) % 7  # 1970-01-01 was a Thursday
        row_capacity = capaciteit[row_school, weekdag[stuk]]
        met_uren = ~uren.leeg[stuk]
        met_tijd = ~van.leeg[stuk] | ~tot.leeg[stuk]
        row_hours = uren.waarde[stuk]
        slecht_stuk |= (
            rij_record & met_uren & (met_tijd | (row_hours <= 0) | (row_hours * EENHEID > row_capacity))
        )
        spanne[stuk] = tot.waarde[stuk] - van.waarde[stuk]
        slecht_stuk |= (
            rij_record
            & ~met_uren
            & met_tijd
            & (
                van.leeg[stuk]
                | tot.leeg[stuk]
                | (van_precies[stuk] >= tot_precies[stuk])
                | (spanne[stuk] * EENHEID > row_capacity * lesuren[row_school])
            )
        )
        slecht[stuk] = slecht_stuk
    # one record a day: a record on the same day as the row before it in (pupil, day) order
    op_dag = volgorde_van(datum.waarde, pupil)
    for stuk in _stukken(row_count - 1):
        rijen = op_dag[stuk.start : stuk.stop + 1]
        rij_pupil, dag = pupil[rijen], datum.waarde[rijen]
        zelfde = (rij_pupil[1:] == rij_pupil[:-1]) & (dag[1:] == dag[:-1]) & record[rijen[1:]]
        slecht[rijen[1:][zelfde]] = True
    goed &= np.bincount(pupil[slecht], minlength=pupil_count) == 0
    return _Records(pupil, record, zonder, datum, reden, uren, van, spanne, weekdag)


@dataclass(slots=True)
class _Jaren:
    """Per pupil: the school year of its records, and who has something to count."""

    schooljaar: Ints
    jaarbegin: Ints
    peil: int
    """The peildatum (days since 1970)."""
    tot_jaar: int
    """The school year of the peildatum: the counting runs on to it across the summers (art. 21a)."""
    relevant: Bools
    """An unexcused, holiday or verlof record (a verlof the head may not grant is verzuim)."""
    niet_ingeschreven: Bools


def _schooljaren(leerlinggegevens: _Leerlingen, records: _Records, starts: Ints, peildatum: date) -> _Jaren:
    """The school year (given, or that of the first record); a pupil with records outside it, a
    peildatum before it, or a school year whose holidays the calendar does not know is left to the
    one-pupil path (``leerlinggegevens.goed``), which says so."""
    pupil_count = len(starts)
    goed, jaar, pupil = leerlinggegevens.goed, leerlinggegevens.jaar, records.pupil
    first_dates = records.datum.waarde[starts].astype("datetime64[D]")
    jaar_rec = first_dates.astype("datetime64[Y]").astype(np.int64) + 1970
    maand = first_dates.astype("datetime64[M]").astype(np.int64) % 12 + 1
    jaar_rec = np.where(maand >= 8, jaar_rec, jaar_rec - 1)
    peil_jaar = peildatum.year if peildatum.month >= 8 else peildatum.year - 1
    schooljaar = np.where(~jaar.leeg, jaar.waarde, np.where(records.zonder, peil_jaar, jaar_rec))
    schooljaar = np.where(goed, schooljaar, 2000)
    jaarbegin = _eerste_augustus(schooljaar)
    jaareinde = _eerste_augustus(schooljaar + 1) - 1
    peil = (peildatum - _EPOCHE).days
    goed &= peil >= jaarbegin
    # a vrijstelling_11a record where no valid art. 11a vrijstelling covers it is verzuim (Feiten.reden)
    vrijstelling_11a = np.zeros(pupil_count, dtype=bool)
    vrijstelling_11a[
        [
            pupil_index
            for pupil_index, vrijstelling in leerlinggegevens.vrijstellingen.items()
            if vrijstelling.grond not in HELE_DAGEN
        ]
    ] = True
    buiten = np.empty(len(pupil), dtype=bool)
    relevant_rij = np.empty(len(pupil), dtype=bool)
    for stuk in _stukken(len(pupil)):  # each row on its own
        rij_pupil, dag, reden, rij_record = (
            pupil[stuk],
            records.datum.waarde[stuk],
            records.reden[stuk],
            records.record[stuk],
        )
        buiten[stuk] = rij_record & ((dag < jaarbegin[rij_pupil]) | (dag > jaareinde[rij_pupil]))
        # a registered verlof may be verzuim (beyond what the head may grant, art. 13a lid 2, 14 lid 3)
        relevant_rij[stuk] = rij_record & (
            np.isin(reden, (_ONGEOORLOOFD, _TE_LAAT, _VAKANTIE, _VERLOF_13A, _VERLOF_14))
            | ((reden == _VRIJSTELLING_11A) & vrijstelling_11a[rij_pupil])
        )
    goed &= np.bincount(pupil[buiten], minlength=pupil_count) == 0
    relevant = np.bincount(pupil[relevant_rij], minlength=pupil_count) > 0
    # a school year whose holidays the calendar does not know: the one-pupil path says so (an error)
    kandidaat = np.flatnonzero(goed & relevant)
    paren, per_paar = np.unique(
        leerlinggegevens.school_index[kandidaat] * 10_000 + schooljaar[kandidaat], return_inverse=True
    )
    onbekend_paar = np.array(
        [
            (calendar := leerlinggegevens.scholen[paar // 10_000].kalender).regio is not None
            and any(
                year not in calendar.eigen_schooljaren and not schoolvakanties_bekend(calendar.regio, year)
                for year in range(paar % 10_000, max(paar % 10_000, peil_jaar) + 1)
            )
            for paar in paren.tolist()
        ],
        dtype=bool,
    )
    if onbekend_paar.any():
        goed[kandidaat[onbekend_paar[per_paar]]] = False
    niet_ingeschreven = ~leerlinggegevens.ingeschreven.leeg & ~leerlinggegevens.ingeschreven.waarde
    return _Jaren(schooljaar, jaarbegin, peil, peil_jaar, relevant, niet_ingeschreven)


@dataclass(slots=True)
class _Kalenders:
    """The calendar tables the counted pupils need, joined end to end (a day's place: ``plek``)."""

    tabellen: list[_Tabel]
    table_index: Ints
    """Per pupil: its table (-1: none)."""
    basis: Ints
    """Per table: the place of its first day."""
    begin: Ints
    """Per table: its first day (days since 1970)."""
    lesdag: Ints
    lesweek: Ints
    geteld: Ints
    week_tot: Ints
    oplopend: Ints
    """:attr:`geteld` made increasing over all tables (one search finds a 28th day in its own table)."""
    volgende_basis: Ints
    volgende: Ints

    def plek(self, table: Ints, dag: Ints) -> Ints:
        """The place of ``dag`` in ``table``."""
        uit: Ints = self.basis[table] + (dag - self.begin[table])
        return uit


def _kalenders(leerlinggegevens: _Leerlingen, jaren: _Jaren, te_tellen: Bools, beleid: Beleid) -> _Kalenders:
    """One table per (calendar, school year) of the pupils to count, from their school year to the
    peildatum's."""
    kalender_nummers: dict[tuple[Schoolkalender, int], int] = {}
    tabellen: list[_Tabel] = []
    table_index = np.full(len(te_tellen), -1, dtype=np.int64)
    to_count = np.flatnonzero(te_tellen)
    combinaties, per_combinatie = np.unique(
        leerlinggegevens.school_index[to_count] * 10_000 + jaren.schooljaar[to_count], return_inverse=True
    )
    kalender_van_combinatie = np.zeros(len(combinaties), dtype=np.int64)
    for number, combinatie in enumerate(combinaties.tolist()):
        kalender_jaar = (leerlinggegevens.scholen[combinatie // 10_000].kalender, combinatie % 10_000)
        kalender_nummer = kalender_nummers.get(kalender_jaar)
        if kalender_nummer is None:
            kalender_nummer = kalender_nummers[kalender_jaar] = len(tabellen)
            tabellen.append(
                _tabel(
                    *kalender_jaar,
                    max(kalender_jaar[1], jaren.tot_jaar),
                    beleid.vakantiedagen_meetellen,
                    beleid.verlofdagen,
                )
            )
        kalender_van_combinatie[number] = kalender_nummer
    table_index[to_count] = kalender_van_combinatie[per_combinatie]

    def samen(kolom: str) -> Ints:
        return np.concatenate([getattr(table, kolom) for table in tabellen] or [np.zeros(0, dtype=np.int64)])

    geteld = samen("geteld")
    oplopend = (
        geteld
        + np.repeat(
            np.cumsum([0, *[int(table.geteld[-1]) + 1 for table in tabellen][:-1]]).astype(np.int64),
            [len(table.geteld) for table in tabellen],
        )
        if tabellen
        else geteld
    )
    return _Kalenders(
        tabellen=tabellen,
        table_index=table_index,
        basis=np.cumsum([0] + [len(table.lesdag) for table in tabellen]).astype(np.int64),
        begin=np.array([table.begin for table in tabellen] or [0], dtype=np.int64),
        lesdag=samen("lesdag"),
        lesweek=samen("lesweek"),
        geteld=geteld,
        week_tot=samen("week_tot"),
        oplopend=oplopend,
        volgende_basis=np.cumsum([0] + [len(table.volgende) for table in tabellen]).astype(np.int64),
        volgende=samen("volgende"),
    )


@dataclass(slots=True)
class _Dagen:
    """The records that count (unexcused, and holiday without verlof) of the pupils counted, on
    lesdagen from the start of leerplicht to the peildatum, sorted by pupil and day."""

    pupil: Ints
    dag: Ints
    lesdag: Ints
    plek: Ints
    uren: Ints
    """Counted hours in :data:`EENHEID` units."""
    exponent: Ints
    """The exponent of the record's decimal hours."""
    heel: Bools
    """Unexcused for the whole lesdag."""
    telt: Bools
    """Unexcused (counts for the 16 hours); else holiday without verlof."""
    positie: Ints
    """The record's position in its pupil's records (from 1)."""
    afwezig: Ints
    """Sorted ``pupil * _BREED + lesdag`` of every lesdag with any absence (they bridge a holiday)."""
    naar_schema: Bools
    """Per pupil: counted here only approximately (hours not exact in units, unknown start of
    leerplicht): the one-pupil schedule decides."""


def _verzuimdagen(
    records: _Records,
    leerlinggegevens: _Leerlingen,
    jaren: _Jaren,
    kalenders: _Kalenders,
    te_tellen: Bools,
    starts: Ints,
    beleid: Beleid,
) -> _Dagen:
    """The counted records and their hours (:func:`~verzuimregels.registratie.tellen.vouw`)."""
    pupil_count = len(te_tellen)
    pupil = records.pupil
    # The start of leerplicht (art. 3 lid 1): before it nothing counts. Only a pupil less than six
    # years old at the start of the school year can have records before it.
    vanaf = np.full(pupil_count, np.iinfo(np.int64).min, dtype=np.int64)
    jong = te_tellen & (leerlinggegevens.geboren.waarde + 6 * 366 >= jaren.jaarbegin)
    begin_onbekend = np.zeros(pupil_count, dtype=bool)
    for pupil_index in np.flatnonzero(jong).tolist():
        try:
            vanaf[pupil_index] = _begin_leerplicht(
                int(leerlinggegevens.geboren.waarde[pupil_index]),
                leerlinggegevens.scholen[leerlinggegevens.school_index[pupil_index]].kalender,
                beleid,
            )
        except OnbekendeSchoolvakanties:  # the one-pupil schedule decides (or says it cannot)
            begin_onbekend[pupil_index] = True

    # every record of these pupils on a lesdag from the start of leerplicht up to the peildatum
    rijen = np.flatnonzero(records.record & te_tellen[pupil])
    record_pupil = pupil[rijen]
    record_day = records.datum.waarde[rijen]
    plek = kalenders.plek(kalenders.table_index[record_pupil], record_day).astype(np.int64)
    record_lesdag = kalenders.lesdag[plek]
    record_reden = records.reden[rijen]
    # a verlof record on a day no lawfully granted verlof covers: holiday without verlof or unexcused
    gedekt = _gedekt_door_verlof(record_pupil, record_lesdag, record_reden, plek, kalenders.tabellen)
    record_reden = _ZONDER_VERLOF[record_reden]
    # a day a valid vrijstelling of art. 5, 5a or 15 covers is excused; a vrijstelling_11a record on
    # a day no valid art. 11a vrijstelling covers is unexcused (Feiten.reden, toets_vrijstelling)
    for i in np.flatnonzero(np.isin(record_pupil, list(leerlinggegevens.vrijstellingen))).tolist():
        vrijstelling = leerlinggegevens.vrijstellingen[int(record_pupil[i])]
        geldig = is_verontschuldigd(_datum(int(record_day[i])), (), (vrijstelling,)) is not None
        if vrijstelling.grond in HELE_DAGEN:
            gedekt[i] |= geldig
        elif record_reden[i] == _VRIJSTELLING_11A and not geldig:
            record_reden[i] = _ONGEOORLOOFD
    afwezig_dag = (record_day <= jaren.peil) & (record_day >= vanaf[record_pupil]) & (record_lesdag >= 0)
    afwezig_dag &= ~gedekt
    afwezig = np.sort(record_pupil[afwezig_dag] * _BREED + record_lesdag[afwezig_dag])
    telt_laat = np.array(
        [school.te_laat_telt_mee for school in leerlinggegevens.scholen] or [True], dtype=bool
    )
    telt = (record_reden == _ONGEOORLOOFD) | (
        (record_reden == _TE_LAAT) & telt_laat[leerlinggegevens.school_index[record_pupil]]
    )
    keep = afwezig_dag & (telt | (record_reden == _VAKANTIE))  # of the absent days, those that count
    rijen, record_pupil, record_day, plek, record_lesdag = (
        rijen[keep],
        record_pupil[keep],
        record_day[keep],
        plek[keep],
        record_lesdag[keep],
    )
    record_reden, telt = record_reden[keep], telt[keep]
    # each record's hours, from a small table of distinct (school, kind, value, weekday)
    record_weekday = records.weekdag[rijen]
    soort = np.where(~records.uren.leeg[rijen], 0, np.where(~records.van.leeg[rijen], 1, 2))
    waarde = np.where(
        soort == 0,
        records.uren.waarde[rijen] * 7 + record_weekday,
        np.where(soort == 1, records.spanne[rijen] * 7 + record_weekday, record_weekday),
    )
    uniek, terug = np.unique(
        (leerlinggegevens.school_index[record_pupil] * 3 + soort) * 20_000 + waarde, return_inverse=True
    )
    tabel = np.array(
        [
            _uren(leerlinggegevens.scholen[int(code) // 60_000], int(code) // 20_000 % 3, int(code) % 20_000)
            for code in uniek.tolist()
        ],
        dtype=np.int64,
    ).reshape(-1, 4)
    record_hours = tabel[terug, 0]
    record_exponent = tabel[terug, 1]
    record_whole_day = (tabel[terug, 3] == 1) & (record_reden == _ONGEOORLOOFD)
    # hours not exact in units, or with so many decimals that the planner's sums round them (the
    # context's precision less the 5 integer digits a year's hours can take)
    ruw = (tabel[terug, 2] == 0) | (record_exponent < -(getcontext().prec - 5))
    naar_schema = np.bincount(record_pupil[ruw], minlength=pupil_count) > 0
    naar_schema |= begin_onbekend

    # by pupil and day; records come so, and need no copy then
    dagen = _Dagen(
        record_pupil,
        record_day,
        record_lesdag,
        plek,
        record_hours,
        record_exponent,
        record_whole_day,
        telt,
        rijen - starts[pupil[rijen]] + 1,
        afwezig,
        naar_schema,
    )
    if not _op_volgorde(record_day, record_pupil):
        volg = np.lexsort((record_day, record_pupil))
        for veld in ("pupil", "dag", "lesdag", "plek", "uren", "exponent", "heel", "telt", "positie"):
            setattr(dagen, veld, getattr(dagen, veld)[volg])
    return dagen


@dataclass(slots=True)
class _Reeksen:
    """Spans of whole lesdagen missed, and those reaching their 28th counted day (Q4: LRV, RMC)."""

    kalenders: _Kalenders
    pupil: Ints
    begin: Ints
    einde: Ints
    """The last day of the span: the day before the next lesdag, or the peildatum."""
    sleutel: Ints
    long_pupil: Ints
    """The spans reaching their 28th counted day: pupil, first day, last lesdag missed, that day."""
    long_begin: Ints
    long_last_day: Ints
    dag_28: Ints
    long_back: Bools
    """The pupil was back (or the school year over) by the peildatum."""
    long_key: Ints
    long_end: Ints
    """Per pupil: the end of its spans reaching 28 days."""

    def op(self, pupil: Ints, dag: Ints) -> Ints:
        """Counted days of continuous absence on ``dag`` (0 when no span covers it)."""
        kalenders = self.kalenders
        span = np.searchsorted(self.sleutel, pupil * _DAGEN + dag, side="right") - 1
        safe_span = np.maximum(span, 0)
        binnen = (
            (span >= 0)
            & (np.append(self.pupil, -1)[safe_span] == pupil)
            & (dag <= np.append(self.einde, 0)[safe_span])
        )
        table = kalenders.table_index[pupil]
        van = np.where(binnen, kalenders.plek(table, np.append(self.begin, 0)[safe_span]), 0)
        tot = np.where(binnen, kalenders.plek(table, dag), 0)
        uit: Ints = (
            np.where(binnen, kalenders.geteld[tot] - kalenders.geteld[van] + 1, 0)
            if len(kalenders.geteld)
            else tot
        )
        return uit


def _reeksen(spans: pl.DataFrame, kalenders: _Kalenders, peil: int, pupil_count: int) -> _Reeksen:
    """The spans of :func:`tel` with their end and, when reached, their 28th counted day."""
    span_pupil = spans["pupil"].to_numpy()
    span_begin = spans["begin"].to_numpy()
    span_table = kalenders.table_index[span_pupil]
    volgende = kalenders.volgende[kalenders.volgende_basis[span_table] + spans["laatste"].to_numpy()]
    span_end = np.where(volgende <= peil, volgende - 1, peil)
    begin_place = kalenders.plek(span_table, span_begin)
    geteld = kalenders.geteld[kalenders.plek(span_table, span_end)] - kalenders.geteld[begin_place] + 1
    lang = np.flatnonzero(geteld >= VIER_WEKEN_IN_DAGEN)
    long_begin_place = begin_place[lang]
    long_table = span_table[lang]
    dag_28 = (
        np.searchsorted(kalenders.oplopend, kalenders.oplopend[long_begin_place] + VIER_WEKEN_IN_DAGEN - 1)
        - kalenders.basis[long_table]
        + kalenders.begin[long_table]
    )
    long_pupil = span_pupil[lang]
    return _Reeksen(
        kalenders=kalenders,
        pupil=span_pupil,
        begin=span_begin,
        einde=span_end,
        sleutel=span_pupil * _DAGEN + span_begin,
        long_pupil=long_pupil,
        long_begin=span_begin[lang],
        long_last_day=spans["laatste_dag"].to_numpy()[lang],
        dag_28=dag_28,
        long_back=volgende[lang] <= peil,
        long_key=long_pupil * _DAGEN + dag_28,
        long_end=np.searchsorted(long_pupil, np.arange(pupil_count), side="right"),
    )


@dataclass(slots=True)
class _Uren:
    """The unexcused verzuimdagen (those that count for the 16 hours) with running sums."""

    pupil: Ints
    dag: Ints
    position: Ints
    cumulative: Ints
    """Hours up to and including each verzuimdag (over all pupils)."""
    voor: Ints
    """Hours before each verzuimdag."""
    dag_sleutel: Ints
    week_sleutel: Ints
    venster: Ints
    """Per verzuimdag: the first verzuimdag of the 4 lesweken ending in its lesweek."""
    sum_exponent: Ints
    """The exponent of the decimal sum of the hours up to each verzuimdag."""
    einde: Ints
    """Per pupil: the end of its verzuimdagen."""


def _uren_per_dag(dagen: _Dagen, kalenders: _Kalenders, pupil_count: int) -> _Uren:
    counting = dagen.telt
    pupil, day, lesweek = dagen.pupil[counting], dagen.dag[counting], kalenders.lesweek[dagen.plek[counting]]
    hours, exponent = dagen.uren[counting], dagen.exponent[counting]
    cumulative = np.cumsum(hours)
    week_sleutel = pupil * _BREED + lesweek
    return _Uren(
        pupil=pupil,
        dag=day,
        position=dagen.positie[counting],
        cumulative=cumulative,
        voor=cumulative - hours,
        dag_sleutel=pupil * _DAGEN + day,
        week_sleutel=week_sleutel,
        venster=np.searchsorted(week_sleutel, week_sleutel - (VIER_LESWEKEN - 1)),
        sum_exponent=(
            np.minimum(np.minimum.accumulate(exponent - pupil * 100) + pupil * 100, 0)
            if len(exponent)
            else exponent
        ),
        einde=np.searchsorted(pupil, np.arange(pupil_count), side="right"),
    )


_LEEG = np.zeros(0, dtype=np.int64)
_SCHEMA = 1 << 40
"""The order of the meldingen: luxe first (in block order), then the rounds, overig last."""


@dataclass(slots=True)
class _Rondes:
    """The 16-uur and LRV/RMC meldingen of the schedule, found in rounds over all pupils at once."""

    zestien: dict[str, Ints]
    """Per 16-uur melding: pupil, its verzuimdagen ``start:stop``, the day it is due, its einddatum,
    the window's hours, its round, ``eerder`` (a melding within 4 weeks before) and ``anker``."""
    lrv: dict[str, Ints]
    """Per LRV/RMC melding: pupil, span (of :attr:`_Reeksen.long_pupil`), round, ``eerder``, ``anker``."""
    herstart: Ints
    """Per pupil: the day counting restarts after its last melding."""
    wacht: Bools
    """The schedule stopped: 7 days not passed, or still away after a LRV/RMC melding (no overig)."""
    laatste: Ints
    """Per pupil: the day of its last melding."""
    anker: Ints
    """Per pupil: the first verzuimdag of the absence its last melding belongs to (one age per
    absence: the keuzehulp's Q3 asks the age on it)."""


def _rondes(uren: _Uren, reeksen: _Reeksen, per: pl.DataFrame, beslist: Bools, peil: int) -> _Rondes:
    """The schedule of :meth:`~verzuimregels.registratie.analyse._Planner.schema` as rounds: each
    round finds, for every pupil still active, its next melding from its restart: a span's 28th
    counted day when it comes no later than the first day 4 lesweken hold 16 hours (at least 7 days
    after the previous melding's einddatum), else that 16-uur melding. Every melding found is taken
    to be one to report (the verdicts are checked afterwards: :func:`_zestien_uur`, :func:`_lrv`)."""
    pupil_count = len(beslist)
    herstart = np.full(pupil_count, -1, dtype=np.int64)
    vorige = np.full(pupil_count, -1, dtype=np.int64)
    laatste = np.full(pupil_count, -(10**9), dtype=np.int64)
    anker = np.zeros(pupil_count, dtype=np.int64)
    wacht = np.zeros(pupil_count, dtype=bool)
    zestien_delen: dict[str, list[npt.NDArray[Any]]] = {
        key: [] for key in ("pupil", "start", "stop", "dag", "tot", "venster", "ronde", "eerder", "anker")
    }
    lrv_delen: dict[str, list[npt.NDArray[Any]]] = {
        key: [] for key in ("pupil", "span", "ronde", "eerder", "anker")
    }
    # per pupil: its next span reaching 28 days
    next_span = np.searchsorted(reeksen.long_pupil, np.arange(pupil_count))
    actief = np.zeros(pupil_count, dtype=bool)
    actief[per["pupil"].to_numpy()[per["hoogste"].to_numpy() >= _ZESTIEN]] = True
    actief[reeksen.long_pupil] = True
    actief &= beslist
    ronde = 0
    while actief.any():
        active_pupils = np.flatnonzero(actief)
        actief[active_pupils] = False
        # the first day from the restart on which 4 lesweken hold 16 hours (Vensters.drempel)
        first_from_restart = np.searchsorted(
            uren.dag_sleutel, active_pupils * _DAGEN + herstart[active_pupils]
        )
        aantal = uren.einde[active_pupils] - first_from_restart
        rij = np.repeat(first_from_restart - np.cumsum(aantal) + aantal, aantal) + np.arange(aantal.sum())
        window_start = np.maximum(uren.venster[rij], np.repeat(first_from_restart, aantal))
        totaal = uren.cumulative[rij] - uren.voor[window_start]
        treffer = np.flatnonzero(totaal >= _ZESTIEN)
        hit_pupils, eerste_treffer = np.unique(np.repeat(active_pupils, aantal)[treffer], return_index=True)
        treffer = treffer[eerste_treffer]
        duty_day = uren.dag[rij[treffer]] if len(hit_pupils) else _LEEG
        duty_day = np.where(
            vorige[hit_pupils] >= 0, np.maximum(duty_day, vorige[hit_pupils] + _VERVOLG), duty_day
        )
        duty_day_of_active = np.full(len(active_pupils), np.iinfo(np.int64).max, dtype=np.int64)
        duty_day_of_active[np.searchsorted(active_pupils, hit_pupils)] = duty_day
        # the next span's 28th counted day from the restart: first when it comes no later
        span = np.maximum(
            next_span[active_pupils],
            np.searchsorted(reeksen.long_key, active_pupils * _DAGEN + herstart[active_pupils]),
        )
        has_span = span < reeksen.long_end[active_pupils]
        span = np.where(has_span, span, 0)
        take_span = has_span & (np.append(reeksen.dag_28, 0)[span] <= duty_day_of_active)
        span_pupils, spans = active_pupils[take_span], span[take_span]
        span_day = reeksen.dag_28[spans] if len(spans) else _LEEG
        lrv_delen["pupil"].append(span_pupils)
        lrv_delen["span"].append(spans)
        lrv_delen["ronde"].append(np.full(len(span_pupils), ronde, dtype=np.int64))
        eerder = span_day - laatste[span_pupils] <= VIER_WEKEN_IN_DAGEN
        lrv_delen["eerder"].append(eerder)
        # a vervolgmelding belongs to the absence of the melding before it: judged at its first day
        anker[span_pupils] = np.where(
            eerder, anker[span_pupils], reeksen.long_begin[spans] if len(spans) else _LEEG
        )
        lrv_delen["anker"].append(anker[span_pupils])
        next_span[span_pupils] = spans + 1
        laatste[span_pupils] = span_day
        terug = reeksen.long_back[spans] if len(spans) else np.zeros(0, dtype=bool)
        wacht[span_pupils[~terug]] = True
        door = span_pupils[terug]
        herstart[door] = reeksen.long_last_day[spans[terug]] + 1
        vorige[door] = reeksen.long_last_day[spans[terug]]
        actief[door] = True
        # else the 16-uur melding
        take_zestien = (
            ~take_span[np.searchsorted(active_pupils, hit_pupils)]
            if len(hit_pupils)
            else np.zeros(0, dtype=bool)
        )
        hit_pupils, duty_day, treffer = (
            hit_pupils[take_zestien],
            duty_day[take_zestien],
            treffer[take_zestien],
        )
        zestien_end = np.minimum(duty_day, peil)
        zestien_delen["pupil"].append(hit_pupils)
        zestien_delen["start"].append(window_start[treffer])
        zestien_delen["stop"].append(
            np.searchsorted(uren.dag_sleutel, hit_pupils * _DAGEN + zestien_end, side="right")
        )
        zestien_delen["dag"].append(duty_day)
        zestien_delen["tot"].append(zestien_end)
        zestien_delen["venster"].append(totaal[treffer])
        zestien_delen["ronde"].append(np.full(len(hit_pupils), ronde, dtype=np.int64))
        eerder = duty_day - laatste[hit_pupils] <= VIER_WEKEN_IN_DAGEN
        zestien_delen["eerder"].append(eerder)
        anker[hit_pupils] = np.where(
            eerder, anker[hit_pupils], uren.dag[window_start[treffer]] if len(hit_pupils) else _LEEG
        )
        zestien_delen["anker"].append(anker[hit_pupils])
        later = duty_day > peil
        wacht[hit_pupils[later]] = True
        door = hit_pupils[~later]
        herstart[door] = duty_day[~later] + 1
        vorige[door] = duty_day[~later]
        laatste[hit_pupils] = duty_day
        actief[door] = True
        ronde += 1
    zestien_rijen = {key: np.concatenate(parts) if parts else _LEEG for key, parts in zestien_delen.items()}
    lrv_rijen = {key: np.concatenate(parts) if parts else _LEEG for key, parts in lrv_delen.items()}
    lrv_rijen["eerder"] = lrv_rijen["eerder"].astype(bool)
    zestien_rijen["eerder"] = zestien_rijen["eerder"].astype(bool)
    return _Rondes(zestien_rijen, lrv_rijen, herstart, wacht, laatste, anker)


@dataclass(slots=True)
class _Keuzehulp:
    """The column-wise keuzehulp on the facts :meth:`_Planner._oordeel` gives the one-case engine.

    A call asks for the verdicts of a set of cases and returns their (empty) :class:`_Oordelen`;
    :meth:`beantwoord` fills them all, in one :func:`beoordeel_frame` per calendar (each call has
    a fixed cost, and the four kinds of melding do not depend on each other's verdicts)."""

    leerlinggegevens: _Leerlingen
    beleid: Beleid
    vragen: list[tuple[dict[str, Any], Ints, _Oordelen]] = field(default_factory=list)

    def __call__(self, pupil: Ints, eerste: Ints, dag: Ints, feiten: dict[str, Any]) -> _Oordelen:
        leerlinggegevens = self.leerlinggegevens
        count = len(pupil)
        afspraak = np.array(
            [school.afspraak_gemeente_18plus for school in leerlinggegevens.scholen] or [False], dtype=bool
        )
        alle = {
            "geboortedatum": leerlinggegevens.geboren.waarde[pupil],
            "eerste_verzuimdag": eerste,
            "startkwalificatie": leerlinggegevens.start.waarde[pupil] & ~leerlinggegevens.start.leeg[pupil],
            "afspraak_gemeente_18plus": afspraak[leerlinggegevens.school_index[pupil]],
            "peildatum": dag,
            "ziek": False,
            **feiten,
        }
        uit = _Oordelen(
            np.full(count, None, dtype=object),
            np.full(count, None, dtype=object),
            np.full(count, None, dtype=object),
            np.zeros(count, dtype=bool),
        )
        self.vragen.append(
            (
                {
                    name: np.full(count, value) if isinstance(value, bool) else value
                    for name, value in alle.items()
                },
                leerlinggegevens.school_index[pupil],
                uit,
            )
        )
        return uit

    def beantwoord(self) -> None:
        """Fill every :class:`_Oordelen` asked for; a fact one kind does not give is a missing cell
        (a fact not given, as an absent column)."""
        vragen = [vraag for vraag in self.vragen if len(vraag[1])]
        self.vragen = []
        if not vragen:
            return
        namen = list(dict.fromkeys(naam for feiten, _, _ in vragen for naam in feiten))
        feiten: dict[str, Any] = {}
        for naam in namen:
            delen = [vraag_feiten.get(naam) for vraag_feiten, _, _ in vragen]
            if all(deel is not None for deel in delen):
                feiten[naam] = np.concatenate([np.asarray(deel) for deel in delen])
                continue
            waarden = np.concatenate(
                [
                    np.full(len(schools), None, dtype=object) if deel is None else deel.astype(object)
                    for deel, (_, schools, _) in zip(delen, vragen, strict=True)
                ]
            )
            soort = next(deel for deel in delen if deel is not None).dtype
            feiten[naam] = pd.array(waarden, dtype="boolean" if soort == np.bool_ else "Float64")
        school = np.concatenate([schools for _, schools, _ in vragen])
        samen = _oordelen(
            feiten, school, [school.kalender for school in self.leerlinggegevens.scholen], self.beleid
        )
        begin = 0
        for _, schools, uit in vragen:
            rij = slice(begin, begin + len(schools))
            uit.soort[:] = samen.soort[rij]
            uit.plicht[:] = samen.plicht[rij]
            uit.versie[:] = samen.versie[rij]
            uit.fout[:] = samen.fout[rij]
            begin += len(schools)


@dataclass(slots=True)
class _Meldingen:
    """Meldingen of one kind, column-wise (days since 1970; hours in :data:`EENHEID` units)."""

    pupil: Ints
    begin: Ints
    einde: Ints
    """The einddatum; :data:`_OPEN` while an LRV/RMC pupil is still away."""
    dag: Ints
    """``dag_plicht``: the day the duty arose (or the melding became allowed)."""
    uren: Ints
    exponent: Ints
    dagen: Ints
    """Counted days of continuous absence on ``dag``."""
    van: Ints
    tot: Ints
    """Its records: positions ``van:tot`` of the verzuimdagen (the holiday records for luxe)."""
    volg: Ints
    """Its place in the schedule's order (luxe in block order, then the rounds, overig last)."""
    wacht: Bools
    oordeel: _Oordelen
    houd: Bools
    """Kept when its pupil is decided here (a melding ``niet_melden`` is none)."""
    vraag: tuple[Ints, Ints, dict[str, Any]] | None = None
    """What the keuzehulp was asked (first verzuimdag, peildatum, the other facts): a verdict the
    schedule's order changes is asked again (:func:`_herzie`)."""

    def deel(self, selection: Ints) -> _Meldingen:
        """The meldingen ``selection``."""
        oordeel = self.oordeel
        return _Meldingen(
            pupil=self.pupil[selection],
            begin=self.begin[selection],
            einde=self.einde[selection],
            dag=self.dag[selection],
            uren=self.uren[selection],
            exponent=self.exponent[selection],
            dagen=self.dagen[selection],
            van=self.van[selection],
            tot=self.tot[selection],
            volg=self.volg[selection],
            wacht=self.wacht[selection],
            oordeel=_Oordelen(
                oordeel.soort[selection],
                oordeel.plicht[selection],
                oordeel.versie[selection],
                oordeel.fout[selection],
            ),
            houd=self.houd[selection],
        )


def _zestien_uur(
    rondes: _Rondes, uren: _Uren, reeksen: _Reeksen, keuzehulp: _Keuzehulp, peil: int
) -> _Meldingen:
    """The 16-uur meldingen of the rounds with their verdicts. The schedule moves on from each
    whatever its verdict; one not to report is no "eerdere melding" for those after it
    (:func:`_herzie`)."""
    zestien_rijen = rondes.zestien
    pupil = zestien_rijen["pupil"]
    dagen = reeksen.op(pupil, zestien_rijen["dag"])
    vraag = (
        zestien_rijen["anker"].copy(),
        zestien_rijen["tot"],
        {
            "vakantie_zonder_verlof": False,
            "aaneengesloten_dagen_afwezig": dagen,
            "ongeoorloofde_uren_4_lesweken": zestien_rijen["venster"] / EENHEID,
            "eerdere_melding_4_weken": zestien_rijen["eerder"].copy(),
        },
    )
    oordeel = keuzehulp(pupil, *vraag)
    return _Meldingen(
        pupil=pupil,
        begin=uren.dag[zestien_rijen["start"]] if len(pupil) else _LEEG,
        einde=zestien_rijen["tot"],
        dag=zestien_rijen["dag"],
        uren=uren.cumulative[zestien_rijen["stop"] - 1] - uren.voor[zestien_rijen["start"]]
        if len(pupil)
        else _LEEG,
        exponent=uren.sum_exponent[zestien_rijen["stop"] - 1] if len(pupil) else _LEEG,
        dagen=dagen,
        van=zestien_rijen["start"],
        tot=zestien_rijen["stop"],
        volg=zestien_rijen["ronde"] + _SCHEMA,
        wacht=zestien_rijen["dag"] > peil,
        oordeel=oordeel,
        houd=np.ones(len(pupil), dtype=bool),
        vraag=vraag,
    )


def _overig(
    rondes: _Rondes, uren: _Uren, reeksen: _Reeksen, keuzehulp: _Keuzehulp, beslist: Bools
) -> _Meldingen:
    """Overig verzuim: the unexcused hours after the last restart (one melding from its first to
    its last verzuimdag, judged on the highest 4-lesweken window). A verdict the schedule would not
    leave as overig verzuim sends the pupil to the one-pupil schedule."""
    candidates = np.flatnonzero(beslist & ~rondes.wacht)
    start = np.searchsorted(uren.dag_sleutel, candidates * _DAGEN + rondes.herstart[candidates])
    stop = uren.einde[candidates]
    heeft = start < stop
    pupil, start, stop = candidates[heeft], start[heeft], stop[heeft]
    eerste = uren.dag[start] if len(pupil) else _LEEG
    laatste = uren.dag[stop - 1] if len(pupil) else _LEEG
    aantal = stop - start
    rij = np.repeat(start - np.cumsum(aantal) + aantal, aantal) + np.arange(aantal.sum())
    totaal = uren.cumulative[rij] - uren.voor[np.maximum(uren.venster[rij], np.repeat(start, aantal))]
    hoogste = np.zeros(len(pupil), dtype=np.int64)
    np.maximum.at(hoogste, np.repeat(np.arange(len(pupil)), aantal), totaal)
    dagen = reeksen.op(pupil, laatste)
    eerder = laatste - rondes.laatste[pupil] <= VIER_WEKEN_IN_DAGEN
    vraag = (
        np.where(eerder, rondes.anker[pupil], eerste),
        laatste,
        {
            "vakantie_zonder_verlof": False,
            "aaneengesloten_dagen_afwezig": dagen,
            "ongeoorloofde_uren_4_lesweken": hoogste / EENHEID,
            "eerdere_melding_4_weken": eerder,
        },
    )
    oordeel = keuzehulp(pupil, *vraag)
    return _Meldingen(
        pupil=pupil,
        begin=eerste,
        einde=laatste,
        dag=laatste,
        uren=uren.cumulative[stop - 1] - uren.voor[start] if len(pupil) else _LEEG,
        exponent=uren.sum_exponent[stop - 1] if len(pupil) else _LEEG,
        dagen=dagen,
        van=start,
        tot=stop,
        volg=np.full(len(pupil), 2 * _SCHEMA, dtype=np.int64),
        wacht=np.zeros(len(pupil), dtype=bool),
        oordeel=oordeel,
        houd=np.ones(len(pupil), dtype=bool),
        vraag=vraag,
    )


def _lrv(
    rondes: _Rondes, uren: _Uren, reeksen: _Reeksen, kalenders: _Kalenders, keuzehulp: _Keuzehulp
) -> _Meldingen:
    """LRV / RMC on the 28th counted day of a span (Q4 of the keuzehulp), with the hours of the 4
    lesweken ending in the lesweek of that day (``Vensters.totaal`` from the begin). A verdict that
    is not LRV/RMC to report would change the schedule: the one-pupil schedule decides."""
    lrv_rijen = rondes.lrv
    pupil, span = lrv_rijen["pupil"], lrv_rijen["span"]
    dag = reeksen.dag_28[span] if len(span) else _LEEG
    begin = reeksen.long_begin[span] if len(span) else _LEEG
    laatste = reeksen.long_last_day[span] if len(span) else _LEEG
    terug = reeksen.long_back[span] if len(span) else np.zeros(0, dtype=bool)
    week = kalenders.week_tot[kalenders.plek(kalenders.table_index[pupil], dag)] if len(pupil) else _LEEG
    stop = np.searchsorted(uren.dag_sleutel, pupil * _DAGEN + dag, side="right")
    start = np.searchsorted(uren.week_sleutel, pupil * _BREED + np.maximum(week - (VIER_LESWEKEN - 1), 0))
    start = np.where(week < 0, stop, np.minimum(start, stop))
    window_hours = (
        np.where(
            stop > start,
            uren.cumulative[stop - 1] - uren.voor[np.minimum(start, len(uren.cumulative) - 1)],
            0,
        )
        if len(pupil)
        else _LEEG
    )
    exponent = (
        np.where(stop > np.searchsorted(uren.pupil, pupil), uren.sum_exponent[stop - 1], 0)
        if len(pupil)
        else _LEEG
    )
    vraag = (
        lrv_rijen["anker"].copy(),
        dag,
        {
            "vakantie_zonder_verlof": False,
            "aaneengesloten_dagen_afwezig": np.full(len(pupil), VIER_WEKEN_IN_DAGEN, dtype=np.int64),
            "ongeoorloofde_uren_4_lesweken": window_hours / EENHEID,
            "eerdere_melding_4_weken": lrv_rijen["eerder"].copy(),
        },
    )
    oordeel = keuzehulp(pupil, *vraag)
    return _Meldingen(
        pupil=pupil,
        begin=begin,
        # once back: the last lesdag missed, never before the 28th counted day; else open
        einde=np.where(terug, np.maximum(laatste, dag), _OPEN),
        dag=dag,
        uren=window_hours,
        exponent=exponent,
        dagen=np.full(len(pupil), VIER_WEKEN_IN_DAGEN, dtype=np.int64),
        van=np.searchsorted(uren.dag_sleutel, pupil * _DAGEN + begin),
        tot=np.searchsorted(uren.dag_sleutel, pupil * _DAGEN + np.minimum(laatste, dag), side="right"),
        volg=lrv_rijen["ronde"] + _SCHEMA,
        wacht=np.zeros(len(pupil), dtype=bool),
        oordeel=oordeel,
        houd=np.ones(len(pupil), dtype=bool),
        vraag=vraag,
    )


def _luxe(dagen: _Dagen, beslist: Bools, keuzehulp: _Keuzehulp) -> tuple[_Meldingen, Ints]:
    """Luxe verzuim: one melding per holiday without verlof (a run of lesdagen with vakantie records,
    bridging lesdagen with another absence: :meth:`_Planner.luxe`); and the positions of the holiday
    records its ``van:tot`` index."""
    holiday = ~dagen.telt & beslist[dagen.pupil]
    holiday_pupil, holiday_lesdag, holiday_day = (
        dagen.pupil[holiday],
        dagen.lesdag[holiday],
        dagen.dag[holiday],
    )
    nieuw = np.ones(len(holiday_pupil), dtype=bool)
    if len(holiday_pupil) > 1:
        between_start = np.searchsorted(dagen.afwezig, holiday_pupil[1:] * _BREED + holiday_lesdag[:-1] + 1)
        between_stop = np.searchsorted(dagen.afwezig, holiday_pupil[1:] * _BREED + holiday_lesdag[1:])
        nieuw[1:] = (holiday_pupil[1:] != holiday_pupil[:-1]) | (
            between_stop - between_start != holiday_lesdag[1:] - holiday_lesdag[:-1] - 1
        )
    start = np.flatnonzero(nieuw)
    einde = np.append(start[1:], len(holiday_pupil))[: len(start)] - 1
    pupil = holiday_pupil[start]
    oordeel = keuzehulp(pupil, holiday_day[start], holiday_day[start], {"vakantie_zonder_verlof": True})
    melding = _Meldingen(
        pupil=pupil,
        begin=holiday_day[start],
        einde=holiday_day[einde],
        dag=holiday_day[start],
        uren=np.add.reduceat(dagen.uren[holiday], start) if len(start) else _LEEG,
        exponent=np.minimum(np.minimum.reduceat(dagen.exponent[holiday], start), 0) if len(start) else _LEEG,
        dagen=np.zeros(len(pupil), dtype=np.int64),
        van=start,
        tot=einde + 1,
        volg=np.arange(len(pupil), dtype=np.int64),
        wacht=np.zeros(len(pupil), dtype=bool),
        oordeel=oordeel,
        houd=np.ones(len(pupil), dtype=bool),
    )
    return melding, dagen.positie[holiday]


def _herzie(
    rondes: _Rondes,
    zestien: _Meldingen,
    lrv: _Meldingen,
    overig: _Meldingen,
    keuzehulp: _Keuzehulp,
    pupil_count: int,
) -> None:
    """The verdicts asked again where the schedule's order changes their facts.

    The rounds took every 16-uur melding to be one to report. The schedule
    (:meth:`~verzuimregels.registratie.analyse._Planner.schema`) moves on from a 16-uur melding
    whatever its verdict, but only one to report (``verplicht``, ``afspraak_gemeente``) is the
    "eerdere melding" of the meldingen after it and sets the first verzuimdag of their absence
    (``eerdere_melding_4_weken``, Q3's ``eerste_verzuimdag``). So, round by round, the facts are
    derived again from the verdicts; a melding whose facts changed is asked again, until none
    changes (round ``r``'s facts are final after ``r`` passes). An LRV/RMC melding not to report
    sends its pupil to the one-pupil schedule (:func:`_toets`): it counts as reported here."""
    # only the pupils with a 16-uur melding not to report: for the others the rounds' facts hold
    oordeel = zestien.oordeel
    betrokken = np.zeros(pupil_count, dtype=bool)
    betrokken[zestien.pupil[oordeel.fout | ~np.isin(oordeel.plicht, _MELDEN)]] = True
    soorten = [
        (melding, np.flatnonzero(betrokken[melding.pupil]), ronde)
        for melding, ronde in (
            (zestien, rondes.zestien["ronde"]),
            (lrv, rondes.lrv["ronde"]),
            (overig, _LEEG),
        )
    ]
    aantal = int(max([int(ronde[deel].max()) + 1 for _, deel, ronde in soorten[:2] if len(deel)] or [0]))
    per_ronde = [[deel[ronde[deel] == r] for r in range(aantal)] for _, deel, ronde in soorten[:2]]
    for _ in range(aantal + 1):
        laatste = np.full(pupil_count, -(10**9), dtype=np.int64)
        anker = np.zeros(pupil_count, dtype=np.int64)
        nieuw = [
            (np.zeros(len(m.pupil), dtype=bool), np.zeros(len(m.pupil), dtype=np.int64))
            for m, _, _ in soorten
        ]
        for r in range(aantal):  # a pupil has one melding a round
            for soort, (melding, _, _) in enumerate(soorten[:2]):
                rij = per_ronde[soort][r]
                pupil, dag = melding.pupil[rij], melding.dag[rij]
                eerder = dag - laatste[pupil] <= VIER_WEKEN_IN_DAGEN
                eerste = np.where(eerder, anker[pupil], melding.begin[rij])
                nieuw[soort][0][rij], nieuw[soort][1][rij] = eerder, eerste
                meldt = (
                    np.isin(melding.oordeel.plicht[rij], _MELDEN) & ~melding.oordeel.fout[rij]
                    if melding is zestien
                    else np.ones(len(rij), dtype=bool)
                )
                laatste[pupil[meldt]], anker[pupil[meldt]] = dag[meldt], eerste[meldt]
        rij = soorten[2][1]
        eerder = overig.dag[rij] - laatste[overig.pupil[rij]] <= VIER_WEKEN_IN_DAGEN
        nieuw[2][0][rij] = eerder
        nieuw[2][1][rij] = np.where(eerder, anker[overig.pupil[rij]], overig.begin[rij])
        opnieuw = []
        for (melding, deel, _), (eerder, eerste) in zip(soorten, nieuw, strict=True):
            assert melding.vraag is not None
            gevraagd_eerste, peil, feiten = melding.vraag
            anders = deel[
                (eerder[deel] != feiten["eerdere_melding_4_weken"][deel])
                | (eerste[deel] != gevraagd_eerste[deel])
            ]
            if len(anders):
                feiten["eerdere_melding_4_weken"][anders] = eerder[anders]
                gevraagd_eerste[anders] = eerste[anders]
                gevraagd = {k: v[anders] if isinstance(v, np.ndarray) else v for k, v in feiten.items()}
                opnieuw.append(
                    (
                        melding,
                        anders,
                        keuzehulp(melding.pupil[anders], eerste[anders], peil[anders], gevraagd),
                    )
                )
        if not opnieuw:
            return
        keuzehulp.beantwoord()
        for melding, anders, gekregen in opnieuw:
            melding.oordeel.soort[anders] = gekregen.soort
            melding.oordeel.plicht[anders] = gekregen.plicht
            melding.oordeel.versie[anders] = gekregen.versie
            melding.oordeel.fout[anders] = gekregen.fout
    raise AssertionError("the verdicts did not settle")  # round r settles in pass r


def _toets(
    zestien: _Meldingen, lrv: _Meldingen, overig: _Meldingen, luxe: _Meldingen, naar_schema: Bools
) -> None:
    """Each verdict against what the rounds assumed: an LRV/RMC melding not to report, or overig
    verzuim that the schedule would not leave as such, would change the schedule: its pupil goes to
    the one-pupil schedule (``naar_schema``); so does an error. A 16-uur melding not to report
    changes no restart (:func:`_herzie` has its facts right). A verdict ``niet_melden`` is no
    melding (:meth:`_Planner._melding`): ``houd`` false."""
    oordeel = zestien.oordeel
    naar_schema[zestien.pupil[oordeel.fout]] = True
    zestien.houd = oordeel.plicht != Meldplicht.NIET_MELDEN.value
    oordeel = lrv.oordeel
    anders = oordeel.fout | ~np.isin(oordeel.plicht, _MELDEN)
    anders |= ~np.isin(oordeel.soort, (Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM.value, Verzuimsoort.RMC.value))
    naar_schema[lrv.pupil[anders]] = True
    oordeel = overig.oordeel
    # (no melding at all, as from the 23rd birthday, is what the schedule leaves too)
    anders = oordeel.fout | np.isin(oordeel.plicht, _MELDEN)
    anders |= (oordeel.soort != Verzuimsoort.OVERIG_VERZUIM.value) & (
        oordeel.plicht != Meldplicht.NIET_MELDEN.value
    )
    naar_schema[overig.pupil[anders]] = True
    overig.houd = oordeel.plicht != Meldplicht.NIET_MELDEN.value
    naar_schema[luxe.pupil[luxe.oordeel.fout]] = True
    luxe.houd = luxe.oordeel.plicht != Meldplicht.NIET_MELDEN.value


def _records_van(soorten: list[tuple[_Meldingen, int]], posities: list[Ints]) -> npt.NDArray[Any]:
    """Per melding: the positions of its records, sorted (a tuple each); ``van:tot`` of a kind index
    ``posities[bron]``."""
    record_start = np.concatenate([melding.van for melding, _ in soorten])
    record_stop = np.concatenate([melding.tot for melding, _ in soorten])
    bron = np.concatenate(
        [np.full(len(melding.pupil), source, dtype=np.int64) for melding, source in soorten]
    )
    basis = np.cumsum([0] + [len(positions) for positions in posities]).astype(np.int64)
    all_positions = np.concatenate([*posities, _LEEG])
    aantal = record_stop - record_start
    rij = np.repeat(record_start - np.cumsum(aantal) + aantal, aantal) + np.arange(aantal.sum())
    positions = all_positions[np.repeat(basis[bron], aantal) + rij] if len(rij) else _LEEG
    melding_index = np.repeat(np.arange(len(record_start)), aantal)
    gesorteerd = positions[np.lexsort((positions, melding_index))].tolist()
    grenzen = np.cumsum(aantal).tolist()
    return _objecten(
        [tuple(gesorteerd[start:stop]) for start, stop in zip([0, *grenzen][:-1], grenzen, strict=True)]
    )


def _situaties(leerlinggegevens: _Leerlingen, niet_ingeschreven: Bools, peildatum: date) -> npt.NDArray[Any]:
    """Per pupil its :class:`Situatie` on the peildatum (as ``analyse._schema`` decides it)."""
    situatie = np.where(niet_ingeschreven, Situatie.ABSOLUUT_VERZUIM.value, Situatie.INGESCHREVEN.value)
    situatie = situatie.astype(object)
    for pupil, vrijstelling in leerlinggegevens.vrijstellingen.items():
        if (
            not niet_ingeschreven[pupil]
            and vrijstelling.grond in HELE_DAGEN
            and is_verontschuldigd(peildatum, (), (vrijstelling,))
        ):
            situatie[pupil] = Situatie.VRIJSTELLING.value
    return situatie


def _voeg_samen(m: dict[str, npt.NDArray[Any]]) -> dict[str, npt.NDArray[Any]]:
    """The meldingen ``m`` (fields of :class:`_Meldingen` and its verdict, ``records`` as tuples)
    with each run of ``niet_verplicht`` meldingen of the schedule one melding, as
    :func:`~verzuimregels.registratie.analyse._voeg_toe` extends overig verzuim right after overig
    verzuim (a 16-uur melding not to report, then the overig verzuim after it): the first one's
    begindatum, verzuimsoort and status, the last one's einddatum, dag_plicht, days and verdict,
    the hours added up and the records of all."""
    nv = (m["volg"] >= _SCHEMA) & (m["plicht"] == Meldplicht.NIET_VERPLICHT.value)
    volg = np.lexsort((m["volg"], m["pupil"]))
    pupil, niet_verplicht = m["pupil"][volg], nv[volg]
    erbij = np.zeros(len(volg), dtype=bool)
    erbij[1:] = niet_verplicht[1:] & niet_verplicht[:-1] & (pupil[1:] == pupil[:-1])
    if not erbij.any():
        return m
    starts = np.flatnonzero(~erbij)
    stops = np.append(starts[1:], len(volg))
    eerste, laatste = volg[starts], volg[stops - 1]
    uit = {veld: waarden[eerste] for veld, waarden in m.items()}
    for veld in ("einde", "dag", "dagen", "plicht", "versie"):
        uit[veld] = m[veld][laatste]
    uit["uren"] = np.add.reduceat(m["uren"][volg], starts)
    uit["exponent"] = np.minimum.reduceat(m["exponent"][volg], starts)
    records = m["records"]
    for groep in np.flatnonzero(stops - starts > 1).tolist():
        samen = records[volg[starts[groep] : stops[groep]]]
        uit["records"][groep] = tuple(sorted({positie for r in samen for positie in r}))
    return uit


def _decimalen(eenheden: Ints, exponent: Ints) -> npt.NDArray[Any]:
    """:func:`_decimaal` of each pair, made once per distinct pair (:func:`_decimaal` takes the
    exponent as at most 0)."""
    schaal = np.minimum(exponent, 0)
    volg = np.lexsort((schaal, eenheden))
    gesorteerd, schalen = eenheden[volg], schaal[volg]
    nieuw = np.ones(len(volg), dtype=bool)
    nieuw[1:] = (gesorteerd[1:] != gesorteerd[:-1]) | (schalen[1:] != schalen[:-1])
    verschillend = _objecten(
        [_decimaal(u, e) for u, e in zip(gesorteerd[nieuw].tolist(), schalen[nieuw].tolist(), strict=True)]
    )
    uit = np.empty(len(volg), dtype=object)
    uit[volg] = verschillend[np.cumsum(nieuw) - 1]
    return uit


def _objecten(waarden: Sequence[Any] | npt.NDArray[Any]) -> npt.NDArray[Any]:
    """``waarden`` as a one-dimensional object array (``np.array`` would unpack tuples)."""
    uit = np.empty(len(waarden), dtype=object)
    uit[:] = waarden
    return uit


def _rijen(
    soorten: list[tuple[_Meldingen, int]],
    posities: list[Ints],
    geen: Bools,
    situaties: npt.NDArray[Any],
    peildatum: date,
) -> Kolomsgewijs:
    """The output rows: per pupil its meldingen in the order of :attr:`Analyse.meldingen` (luxe first,
    then the schedule, sorted by ``(dag_plicht, begindatum)``, stable), or one ``geen_melding`` row.
    ``soorten``: the meldingen kept, each kind with the index in ``posities`` of its records."""
    alle = [melding for melding, _ in soorten]
    velden = ("pupil", "begin", "einde", "dag", "uren", "exponent", "dagen", "volg", "wacht")
    m = {veld: np.concatenate([getattr(melding, veld) for melding in alle]) for veld in velden}
    for veld in ("soort", "plicht", "versie"):
        m[veld] = np.concatenate([getattr(melding.oordeel, veld) for melding in alle])
    m["records"] = _records_van(soorten, posities)
    m = _voeg_samen(m)

    def samen(veld: str) -> npt.NDArray[Any]:
        return m[veld]

    melding_pupil, melding_begin, melding_einde, melding_dag = m["pupil"], m["begin"], m["einde"], m["dag"]
    melding_plicht = m["plicht"]
    melding_order = np.lexsort((samen("volg"), melding_begin, melding_dag, melding_pupil))
    geen_pupils = np.flatnonzero(geen)
    row_pupil = np.concatenate((geen_pupils, melding_pupil[melding_order]))
    rij_volg = np.argsort(row_pupil, kind="stable")
    geen_count = len(geen_pupils)
    plaats = np.empty(len(rij_volg), dtype=np.int64)  # where each row of row_pupil goes: rij_volg inverted
    plaats[rij_volg] = np.arange(len(rij_volg), dtype=np.int64)
    geen_plaats, melding_plaats = plaats[:geen_count], plaats[geen_count:]

    def kolom(geen_waarde: Any, melding: npt.NDArray[Any]) -> npt.NDArray[Any]:
        uit = np.empty(len(row_pupil), dtype=object)
        uit[geen_plaats] = geen_waarde
        uit[melding_plaats] = melding[melding_order]
        return uit

    def datums(dagen: Ints) -> npt.NDArray[Any]:
        uit: npt.NDArray[Any] = np.where(dagen == _OPEN, 0, dagen).astype("datetime64[D]").astype(object)
        uit[dagen == _OPEN] = None
        return uit

    meldt = np.isin(melding_plicht, _MELDEN)
    # the last day to report, once per distinct dag_plicht
    dagen_plicht, per_dag = np.unique(melding_dag[meldt], return_inverse=True)
    termijnen = _objecten([_uiterste(dag) for dag in dagen_plicht.tolist()])
    uiterste = np.full(len(melding_dag), None, dtype=object)
    uiterste[meldt] = termijnen[per_dag.reshape(-1)]
    achterstallig = np.zeros(len(melding_dag), dtype=bool)
    achterstallig[meldt] = np.array([termijn < peildatum for termijn in termijnen], dtype=bool)[
        per_dag.reshape(-1)
    ]
    status = np.where(
        samen("wacht"),
        Status.WACHT_7_DAGEN.value,
        np.where(
            meldt,
            np.where(
                achterstallig,
                Status.ACHTERSTALLIG.value,
                Status.TE_MELDEN.value,
            ),
            Status.MAG_MELDEN.value,
        ),
    ).astype(object)
    situatie = situaties[row_pupil]
    volgnummer = np.zeros(len(row_pupil), dtype=np.int64)
    ordered_pupil = melding_pupil[melding_order]
    eerste_van = np.searchsorted(ordered_pupil, ordered_pupil) if len(ordered_pupil) else ordered_pupil
    volgnummer[geen_count:] = np.arange(len(ordered_pupil)) - eerste_van + 1
    uren = _decimalen(samen("uren"), samen("exponent"))
    met_melding = np.zeros(len(geen), dtype=bool)
    met_melding[melding_pupil] = True
    return Kolomsgewijs(
        leerlingen=np.flatnonzero(geen | met_melding),
        groep=row_pupil[rij_volg],
        kolommen={
            "uitkomst": kolom("geen_melding", np.full(len(melding_pupil), "melding", dtype=object)),
            "situatie": situatie[rij_volg],
            "volgnummer": volgnummer[rij_volg],
            "verzuimsoort": kolom(None, m["soort"]),
            "meldplicht": kolom(None, melding_plicht),
            "begindatum": kolom(None, datums(melding_begin)),
            "einddatum": kolom(None, datums(melding_einde)),
            "dag_plicht": kolom(None, datums(melding_dag)),
            "uiterste_meld_dag": kolom(None, uiterste),
            "uren": kolom(None, uren),
            "aaneengesloten_dagen": kolom(None, samen("dagen").astype(object)),
            "records": kolom(None, m["records"]),
            "status": kolom(None, status),
            "regelversie": kolom(None, m["versie"]),
        },
    )


def analyseer_kolomsgewijs(
    df: pd.DataFrame,
    volgorde: Ints,
    starts: Ints,
    eindes: Ints,
    sleutels: list[Any],
    peildatum: date,
    beleid: Beleid,
    scholen: list[School | None],
    schoolcode: Ints,
    aan: bool = True,
) -> Kolomsgewijs:
    """Decide every pupil that can be decided column-wise (see the module).

    ``volgorde`` sorts the frame's rows by pupil (and ``positie``); pupil ``g``'s rows are
    ``starts[g]:eindes[g]`` of that order, its key ``sleutels[g]``, its school ``scholen[schoolcode[g]]``
    (``None``: the school's cells are not valid).
    With ``aan`` false no pupil is decided here (the caller wants what only the schedule gives).
    """
    if not aan:
        return Kolomsgewijs(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), {})
    pupil_count = len(starts)
    leerlinggegevens = _lees_leerlingen(df, volgorde[starts], sleutels, scholen, schoolcode)
    records = _lees_records(df, volgorde, starts, eindes - starts, leerlinggegevens)
    jaren = _schooljaren(leerlinggegevens, records, starts, peildatum)
    # counting: the plainly valid, enrolled pupils with unexcused, holiday or verlof records
    te_tellen = leerlinggegevens.goed & jaren.relevant & ~jaren.niet_ingeschreven
    kalenders = _kalenders(leerlinggegevens, jaren, te_tellen, beleid)
    dagen = _verzuimdagen(records, leerlinggegevens, jaren, kalenders, te_tellen, starts, beleid)
    per, spans = tel(
        dagen.pupil[dagen.telt],
        dagen.lesdag[dagen.telt],
        kalenders.lesweek[dagen.plek[dagen.telt]],
        dagen.uren[dagen.telt],
        dagen.heel[dagen.telt],
        dagen.dag[dagen.telt],
    )
    reeksen = _reeksen(spans, kalenders, jaren.peil, pupil_count)
    uren = _uren_per_dag(dagen, kalenders, pupil_count)
    # the schedule of art. 21a, column-wise; each verdict checked against what the schedule assumed
    naar_schema = dagen.naar_schema
    beslist = te_tellen & ~naar_schema
    rondes = _rondes(uren, reeksen, per, beslist, jaren.peil)
    keuzehulp = _Keuzehulp(leerlinggegevens, beleid)
    zestien = _zestien_uur(rondes, uren, reeksen, keuzehulp, jaren.peil)
    overig = _overig(rondes, uren, reeksen, keuzehulp, beslist)
    lrv = _lrv(rondes, uren, reeksen, kalenders, keuzehulp)
    luxe, luxe_pos = _luxe(dagen, beslist, keuzehulp)
    keuzehulp.beantwoord()  # every verdict of the four kinds in one column-wise walk per calendar
    _herzie(rondes, zestien, lrv, overig, keuzehulp, pupil_count)
    _toets(zestien, lrv, overig, luxe, naar_schema)
    # the rows of the pupils decided here: meldingen, or geen_melding for a pupil with none
    beslist = te_tellen & ~naar_schema
    soorten = [
        (melding.deel(np.flatnonzero(beslist[melding.pupil] & melding.houd)), bron)
        for melding, bron in ((luxe, 0), (zestien, 1), (lrv, 1), (overig, 1))
    ]
    geen = leerlinggegevens.goed & (~jaren.relevant | jaren.niet_ingeschreven)
    met_melding = np.zeros(pupil_count, dtype=bool)
    for melding, _ in soorten:
        met_melding[melding.pupil] = True
    geen |= beslist & ~met_melding
    situaties = _situaties(leerlinggegevens, jaren.niet_ingeschreven, peildatum)
    return _rijen(soorten, [luxe_pos, uren.position], geen, situaties, peildatum)


def _gedekt_door_verlof(pupil: Ints, lesdag: Ints, reden: Ints, plek: Ints, tabellen: list[_Tabel]) -> Bools:
    """Per record: whether the verlof it registers lawfully covers its day (``False`` for other reasons).

    As :func:`~verzuimregels.verlof.gedekte_verlofdagen` judges the verloven the records register
    (:class:`~verzuimregels.registratie.tellen.Feiten`: each run of consecutive lesdagen with a
    ``verlof_13a`` or ``verlof_14`` record is one verlof granted by the head), per school year
    (art. 13a lid 2, 14 lid 3): of vakantieverlof only the first run counts, and of it the first
    :data:`~verzuimregels.regels.verlof.TIEN_DAGEN` days outside the first two lesweken; of verlof
    for gewichtige omstandigheden the first ten days of all runs together, in date order. Days are
    counted as :func:`~verzuimregels.regels.verlof.verlofdagen` counts them (the tables'
    ``verlof_*`` columns). Per record: its ``pupil``, ``lesdag`` index (-1: no lesdag),
    reason code and place in the joined tables; a pupil's records lie in one school year.
    """
    gedekt = np.zeros(len(pupil), dtype=bool)
    if not tabellen:
        return gedekt
    for soort, voor, telt in (
        (
            _VERLOF_13A,
            np.concatenate([table.vakantieverlof_voor for table in tabellen]),
            np.concatenate([table.vakantieverlof_telt for table in tabellen]),
        ),
        (
            _VERLOF_14,
            np.concatenate([table.verlof_voor for table in tabellen]),
            np.concatenate([table.verlof_telt for table in tabellen]),
        ),
    ):
        rij = np.flatnonzero((reden == soort) & (lesdag >= 0))
        if not len(rij):
            continue
        rij = rij[np.lexsort((lesdag[rij], pupil[rij]))]
        sorted_pupil, sorted_lesdag, place = pupil[rij], lesdag[rij], plek[rij]
        # the runs of consecutive lesdagen (one verlof each) and each pupil's first run
        nieuw = np.ones(len(rij), dtype=bool)
        nieuw[1:] = (sorted_pupil[1:] != sorted_pupil[:-1]) | (sorted_lesdag[1:] != sorted_lesdag[:-1] + 1)
        eerste_van_pupil = np.ones(len(rij), dtype=bool)
        eerste_van_pupil[1:] = sorted_pupil[1:] != sorted_pupil[:-1]
        run = np.cumsum(nieuw) - 1
        run_begin = np.flatnonzero(nieuw)
        pupil_run = run[np.flatnonzero(eerste_van_pupil)][np.cumsum(eerste_van_pupil) - 1]
        binnen = voor[place] - voor[place[run_begin]][run]  # counted days before this one in its run
        if soort == _VERLOF_13A:  # "slechts eenmaal [...] per schooljaar": the first run only
            gedekt[rij] = (run == pupil_run) & telt[place] & (binnen < TIEN_DAGEN)
        else:  # "voor ten hoogste tien dagen per schooljaar": all runs together
            run_einde = np.append(run_begin[1:], len(rij)) - 1
            per_run = voor[place[run_einde]] + telt[place[run_einde]] - voor[place[run_begin]]
            eerder = np.cumsum(per_run) - per_run
            gedekt[rij] = telt[place] & (eerder[run] - eerder[pupil_run] + binnen < TIEN_DAGEN)
    return gedekt


@lru_cache(maxsize=4096)
def _uiterste(dag: int) -> date:
    """The last day to report (:data:`~verzuimregels.registratie.analyse.MELDTERMIJN_WERKDAGEN`)."""
    return werkdagen_na(_datum(dag), MELDTERMIJN_WERKDAGEN)


def _eerste_augustus(jaren: Ints) -> Ints:
    """1 August of each year, as days since 1970-01-01."""
    return (
        (np.asarray(jaren - 1970).astype("datetime64[Y]").astype("datetime64[M]") + np.timedelta64(7, "M"))
        .astype("datetime64[D]")
        .astype(np.int64)
    )


@lru_cache(maxsize=4096)
def _decimaal(eenheden: int, exponent: int) -> Decimal:
    """``eenheden`` / :data:`EENHEID` hours with the exponent the planner's decimal sums give."""
    waarde = Decimal(eenheden).scaleb(-4)
    return waarde.quantize(Decimal(1).scaleb(min(exponent, 0)))


@dataclass(slots=True)
class _Oordelen:
    soort: npt.NDArray[Any]
    plicht: npt.NDArray[Any]
    versie: npt.NDArray[Any]
    fout: Bools


def _oordelen(
    feiten: dict[str, Any], school: Ints, kalenders: list[Schoolkalender], beleid: Beleid
) -> _Oordelen:
    """The keuzehulp on the facts the schedule gives the engine, column-wise, per calendar."""
    count = len(school)
    uit = _Oordelen(
        np.full(count, None, dtype=object),
        np.full(count, None, dtype=object),
        np.full(count, None, dtype=object),
        np.zeros(count, dtype=bool),
    )
    casussen = pd.DataFrame(
        {
            name: (
                np.asarray(values).astype("datetime64[D]").astype("datetime64[ns]")
                if name in _DATUMS
                else values
            )
            for name, values in feiten.items()
        }
    )
    kalender_nummer = np.array([kalenders.index(calendar) for calendar in kalenders], dtype=np.int64)[school]
    for number in np.unique(kalender_nummer).tolist():
        rijen = np.flatnonzero(kalender_nummer == number)
        oordeel = beoordeel_frame(casussen.iloc[rijen], beleid=beleid, kalender=kalenders[number])
        uit.soort[rijen] = oordeel["verzuimsoort"].astype(object).to_numpy()
        uit.plicht[rijen] = oordeel["meldplicht"].astype(object).to_numpy()
        uit.versie[rijen] = oordeel["regelversie"].astype(object).to_numpy()
        uit.fout[rijen] = oordeel["fout_regel"].notna().to_numpy()
    return uit


_DATUMS = frozenset({"geboortedatum", "eerste_verzuimdag", "peildatum"})
