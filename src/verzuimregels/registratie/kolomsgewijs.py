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

With those counts most pupils are decided without the schedule: nothing unexcused (a ``geen_melding``
row), or unexcused hours that never reach 16 in four lesweken nor 28 days in a row and no holiday
without verlof: then :meth:`~verzuimregels.registratie.analyse._Planner.schema` can only give one
overig-verzuim melding from the first to the last verzuimdag, which is built here column-wise, its
verdict from the column-wise keuzehulp (:func:`~verzuimregels.keuzehulp.frame.beoordeel_frame`) on
the same facts the planner gives the one-case engine. Every other pupil (16 hours, 28 days, luxe
verzuim, a vrijstelling, anything not plainly valid, any verdict that is not overig verzuim) is left
to the one-pupil schedule, which gives the same rows as :func:`~verzuimregels.registratie.analyseer`.

Hours are counted exactly, in units of 1/10,000 hour; a pupil with an hour that is no whole number
of such units (a 50-minute lesuur counted as klokuren: 0.8333… hours) goes to the one-pupil path,
whose decimals are the reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import polars as pl

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
from ..verlof.vrijstelling import _ALLE_WEEKDAGEN
from .analyse import Situatie, Status
from .modellen import Reden, School
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
_REDENEN = tuple(r.value for r in Reden)
_R = {r: i for i, r in enumerate(Reden)}
_R_TEKST = {r.value: i for i, r in enumerate(Reden)}
_REDEN_INDEX = pd.Index(_REDENEN, dtype=object)
_ONGEOORLOOFD, _TE_LAAT, _VAKANTIE = _R[Reden.ONGEOORLOOFD], _R[Reden.TE_LAAT], _R[Reden.VAKANTIE]
_VERLOF_13A, _VERLOF_14 = _R[Reden.VERLOF_13A], _R[Reden.VERLOF_14]
_ZONDER_VERLOF = np.arange(len(_R), dtype=np.int64)
for _verlof, _zonder in ZONDER_VERLOF.items():
    _ZONDER_VERLOF[_R[_verlof]] = _R[_zonder]
"""Per reason code: what it is on a day no lawfully granted verlof covers (:data:`ZONDER_VERLOF`)."""


def _datum(dag: int) -> date:
    return _EPOCHE + timedelta(days=dag)


@dataclass(slots=True)
class _Cellen:
    """One column in sorted row order: values where plainly readable, empty cells, unreadable cells."""

    waarde: npt.NDArray[Any]
    leeg: Bools
    slecht: Bools


def _leeg(n: int, dtype: Any = np.int64) -> _Cellen:
    return _Cellen(np.zeros(n, dtype=dtype), np.ones(n, dtype=bool), np.zeros(n, dtype=bool))


def _object(s: pd.Series[Any], rijen: Ints) -> tuple[npt.NDArray[Any], Bools]:
    waarden = s.take(rijen).to_numpy(dtype=object)  # only these rows leave their array
    return waarden, np.asarray(pd.isna(waarden), dtype=bool)


def _dagen(df: pd.DataFrame, naam: str, rijen: Ints) -> _Cellen:
    """Dates as days since 1970-01-01 (``datetime64`` as ``analyseer_frame`` reads it: the day)."""
    if naam not in df.columns:
        return _leeg(len(rijen))
    s = df[naam]
    if isinstance(s.dtype, np.dtype) and s.dtype.kind == "M":
        t = s.to_numpy()[rijen]
        leeg = np.isnat(t)
        d = t.astype("datetime64[D]").view(np.int64)
        return _Cellen(np.where(leeg, 0, d), leeg, np.zeros(len(rijen), dtype=bool))
    waarden, leeg = _object(s, rijen)
    d = np.zeros(len(rijen), dtype=np.int64)
    slecht = np.zeros(len(rijen), dtype=bool)
    for i in np.flatnonzero(~leeg).tolist():
        x = waarden[i]
        if type(x) is date:
            d[i] = (x - _EPOCHE).days
        else:
            slecht[i] = True
    return _Cellen(d, leeg, slecht)


def _ja_nee(df: pd.DataFrame, naam: str, rijen: Ints) -> _Cellen:
    if naam not in df.columns:
        return _leeg(len(rijen), bool)
    s = df[naam]
    if pd.api.types.is_bool_dtype(s.dtype):
        leeg = s.isna().to_numpy()[rijen]
        return _Cellen(s.to_numpy(dtype=bool, na_value=False)[rijen], leeg, np.zeros(len(rijen), dtype=bool))
    waarden, leeg = _object(s, rijen)
    w = np.zeros(len(rijen), dtype=bool)
    slecht = np.zeros(len(rijen), dtype=bool)
    for i in np.flatnonzero(~leeg).tolist():
        x = waarden[i]
        if type(x) is bool or type(x) is np.bool_:
            w[i] = bool(x)
        else:
            slecht[i] = True
    return _Cellen(w, leeg, slecht)


def _getallen(df: pd.DataFrame, naam: str, rijen: Ints) -> _Cellen:
    """Whole numbers (a float column of whole numbers too, as ``analyseer_frame`` reads it)."""
    if naam not in df.columns:
        return _leeg(len(rijen))
    s = df[naam]
    if isinstance(s.dtype, np.dtype) and s.dtype.kind in "iuf":
        x = s.to_numpy()[rijen].astype(np.float64)
        leeg = np.isnan(x)
        heel = ~leeg & np.isfinite(x) & (x == np.floor(x)) & (np.abs(x) < 2**53)
        return _Cellen(np.where(heel, x, 0).astype(np.int64), leeg, ~leeg & ~heel)
    waarden, leeg = _object(s, rijen)
    w = np.zeros(len(rijen), dtype=np.int64)
    slecht = np.zeros(len(rijen), dtype=bool)
    for i in np.flatnonzero(~leeg).tolist():
        x = waarden[i]
        if (type(x) is int or (type(x) is float and x.is_integer())) and abs(x) < 2**53:
            w[i] = int(x)  # beyond 2**53 (as in the numeric path above): a bad cell, not an OverflowError
        else:
            slecht[i] = True
    return _Cellen(w, leeg, slecht)


def _tijden(df: pd.DataFrame, naam: str, rijen: Ints) -> tuple[_Cellen, Ints]:
    """``datetime.time`` cells: minutes of the day (what the units count) and the exact time (order)."""
    if naam not in df.columns:
        c = _leeg(len(rijen))
        return c, c.waarde
    kolom = df[naam]
    leeg = kolom.isna().to_numpy()[rijen]
    gegeven = np.flatnonzero(~leeg)
    cellen = kolom.take(rijen[gegeven]).tolist()  # only the cells with a time leave their array
    tijden = [
        (x.hour * 60 + x.minute, x.second * 1_000_000 + x.microsecond)
        if type(x) is time and x.tzinfo is None
        else (-1, 0)
        for x in cellen
    ]
    waarde = np.array(tijden, dtype=np.int64).reshape(-1, 2)
    minuten = np.zeros(len(rijen), dtype=np.int64)
    precies = np.zeros(len(rijen), dtype=np.int64)
    slecht = np.zeros(len(rijen), dtype=bool)
    minuten[gegeven] = waarde[:, 0]
    precies[gegeven] = waarde[:, 0] * 60_000_000 + waarde[:, 1]
    slecht[gegeven] = waarde[:, 0] < 0
    return _Cellen(minuten, leeg, slecht), precies


def _redenen(df: pd.DataFrame, rijen: Ints) -> tuple[Ints, Bools]:
    """Reason codes (the index in :class:`Reden`; -1 unknown) and the empty cells."""
    if "reden" not in df.columns:
        return np.full(len(rijen), -1, dtype=np.int64), np.ones(len(rijen), dtype=bool)
    try:
        codes_per_waarde, waarden = pd.factorize(df["reden"], use_na_sentinel=True)
    except TypeError:  # an unhashable cell: look each up
        cellen, leeg = _object(df["reden"], rijen)
        codes = np.array([_R_TEKST.get(x, -1) if isinstance(x, str) else -1 for x in cellen], dtype=np.int64)
        return codes, leeg
    leeg = (codes_per_waarde < 0)[rijen]
    tabel = _REDEN_INDEX.get_indexer(pd.Index(waarden, dtype=object)).astype(np.int64)
    codes = np.append(tabel, -1)[codes_per_waarde[rijen]]
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
    jk: Jaarkalender = jaarkalender(kalender, jaar, tot_jaar)
    begin = (jk.begin - _EPOCHE).days
    n = (jk.einde - jk.begin).days + 1
    lesdag = np.full(n, -1, dtype=np.int64)
    lesweek = np.full(n, -1, dtype=np.int64)
    for i, d in enumerate(jk.lesdagen):
        lesdag[(d - jk.begin).days] = i
        lesweek[(d - jk.begin).days] = jk.lesweek_index[d - timedelta(days=d.weekday())]
    vakantie = np.zeros(n, dtype=bool)
    if not meetellen:
        for d in jk.vakantiedagen:
            vakantie[(d - jk.begin).days] = True
    geteld = np.cumsum(~vakantie).astype(np.int64)
    les = np.array([(d - _EPOCHE).days for d in jk.lesdagen], dtype=np.int64)
    volgende = np.append(les[1:], begin + n) if len(les) else np.zeros(0, dtype=np.int64)
    maandagen = np.array([(w - _EPOCHE).days for w in jk.lesweken], dtype=np.int64)
    dagen = begin + np.arange(n)
    week_tot = np.searchsorted(maandagen, dagen - (dagen + 3) % 7, side="right") - 1
    telt = np.zeros(n, dtype=bool)
    for d in verlofdagen(jk.begin, jk.einde, kalender, telling, _ALLE_WEEKDAGEN):
        telt[(d - jk.begin).days] = True
    verboden = np.zeros(n, dtype=bool)
    for d in eerste_twee_lesweken(kalender, jaar):
        verboden[(d - jk.begin).days] = True
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
        e, dag = Decimal(waarde // 7), _MAANDAG + timedelta(days=waarde % 7)
    elif soort == 1:  # van/tot, in minutes
        e, dag = Decimal(waarde // 7) / Decimal(school.lesuur_minuten), _MAANDAG + timedelta(days=waarde % 7)
    else:  # the whole lesdag
        dag = _MAANDAG + timedelta(days=waarde)
        e = school.lesdag_eenheden(dag)
    h = e * school.factor
    geschaald = h * EENHEID
    exact = geschaald == geschaald.to_integral_value()
    exponent = h.as_tuple().exponent
    assert isinstance(exponent, int)
    return int(geschaald), exponent, exact, e >= school.lesdag_eenheden(dag)


def tel(
    leerling: Ints, lesdag: Ints, lesweek: Ints, uren: Ints, heel: Bools, dag: Ints
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The counting, column-wise, on the counted unexcused records sorted by pupil and day.

    Returns per pupil (``leerling``): the hours in total, the highest sum over four consecutive
    lesweken (``hoogste``), the first day that sum reaches 16 hours (``dag_16``, null if never),
    the first and last verzuimdag; and per span of consecutive lesdagen missed entirely: its pupil,
    first day and last lesdag index (``spans``). Windows: Lpw art. 21a lid 1.
    """
    df = pl.DataFrame({"p": leerling, "w": lesweek, "h": uren, "d": dag})
    df = df.with_columns(c=pl.col("h").cum_sum().over("p"))
    starts = df.select("p", "w", (pl.col("c") - pl.col("h")).alias("c0")).unique(
        ["p", "w"], keep="first", maintain_order=True
    )
    venster = (
        df.with_columns(k=pl.col("w") - 3)
        .join_asof(starts.rename({"w": "k"}), on="k", by="p", strategy="forward", check_sortedness=False)
        .with_columns(t=pl.col("c") - pl.col("c0"))
    )
    per_leerling = venster.group_by("p", maintain_order=True).agg(
        pl.col("h").sum().alias("totaal"),
        pl.col("t").max().alias("hoogste"),
        pl.col("d").filter(pl.col("t") >= _ZESTIEN).first().alias("dag_16"),
        pl.col("d").first().alias("eerste"),
        pl.col("d").last().alias("laatste"),
    )
    hele = pl.DataFrame({"p": leerling[heel], "l": lesdag[heel], "d": dag[heel]})
    spans = (
        hele.with_columns(
            nieuw=(
                (pl.col("p") != pl.col("p").shift(1)) | (pl.col("l") != pl.col("l").shift(1) + 1)
            ).fill_null(True)
        )
        .with_columns(s=pl.col("nieuw").cum_sum())
        .group_by("s", maintain_order=True)
        .agg(
            pl.col("p").first(),
            pl.col("d").first().alias("begin"),
            pl.col("l").last().alias("laatste"),
            pl.col("d").last().alias("laatste_dag"),
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


def analyseer_kolomsgewijs(
    df: pd.DataFrame,
    volgorde: Ints,
    starts: Ints,
    eindes: Ints,
    sleutels: list[Any],
    peildatum: date,
    beleid: Beleid,
    scholen: dict[tuple[Any, ...], School | None],
    schoolsleutels: list[tuple[Any, ...]],
    aan: bool = True,
) -> Kolomsgewijs:
    """Decide every pupil that can be decided column-wise (see the module).

    ``volgorde`` sorts the frame's rows by pupil (and ``positie``); pupil ``g``'s rows are
    ``starts[g]:eindes[g]`` of that order, its key ``sleutels[g]``, its school ``schoolsleutels[g]``.
    With ``aan`` false no pupil is decided here (the caller wants what only the schedule gives).
    """
    if not aan:
        return Kolomsgewijs(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), {})
    n = len(volgorde)
    g_n = len(starts)
    lengte = eindes - starts
    pid = np.repeat(np.arange(g_n, dtype=np.int64), lengte)
    eerste = starts

    # --- the pupil's columns, on its first row -------------------------------------------------
    geboren = _dagen(df, "geboortedatum", volgorde[eerste])
    start = _ja_nee(df, "startkwalificatie", volgorde[eerste])
    ingeschreven = _ja_nee(df, "ingeschreven", volgorde[eerste])
    jaar = _getallen(df, "schooljaar", volgorde[eerste])
    goed = ~geboren.leeg & ~geboren.slecht & ~start.slecht & ~ingeschreven.slecht & ~jaar.slecht
    goed &= jaar.leeg | ((jaar.waarde >= 2000) & (jaar.waarde <= 2100))
    goed &= np.array([type(s) is str and len(s) <= 100 for s in sleutels], dtype=bool)
    for k in ("vrijstelling_grond", "vrijstelling_begin", "vrijstelling_einde"):
        if k in df.columns:
            goed &= df[k].isna().to_numpy()[volgorde[eerste]]
    for k in ("vrijstelling_kennisgeving", "vrijstelling_verklaring"):
        if k in df.columns:
            goed &= df[k].isna().to_numpy()[volgorde[eerste]]
    school_ids: dict[tuple[Any, ...], int] = {}
    school_lijst: list[School] = []
    sid = np.empty(g_n, dtype=np.int64)
    for g, s in enumerate(schoolsleutels):
        i = school_ids.get(s)
        if i is None:
            school = scholen[s]
            i = school_ids[s] = len(school_lijst) if school is not None else -1
            if school is not None:
                school_lijst.append(school)
        sid[g] = i
    goed &= sid >= 0

    # --- the records ---------------------------------------------------------------------------
    datum = _dagen(df, "datum", volgorde)
    reden, reden_leeg = _redenen(df, volgorde)
    uren = _getallen(df, "uren", volgorde)
    van, van_precies = _tijden(df, "van", volgorde)
    tot, tot_precies = _tijden(df, "tot", volgorde)
    gemeld = _dagen(df, "gemeld_op", volgorde)
    zonder = (lengte == 1) & datum.leeg[eerste] & reden_leeg[eerste] & uren.leeg[eerste] & van.leeg[eerste]
    goed &= ~zonder | (tot.leeg[eerste] & gemeld.leeg[eerste])
    record = ~np.repeat(zonder, lengte)  # rows that are records
    slecht = record & (datum.leeg | datum.slecht | (reden < 0) | gemeld.slecht | uren.slecht)
    slecht |= record & (van.slecht | tot.slecht)
    slecht |= record & (datum.waarde < geboren.waarde[pid])
    s_pid = np.where(sid >= 0, sid, 0)[pid]
    weekdag = (datum.waarde + 3) % 7  # 1970-01-01 was a Thursday
    capaciteit = np.zeros((max(len(school_lijst), 1), 7), dtype=np.int64)
    for i, school in enumerate(school_lijst):
        for w in range(7):
            capaciteit[i, w] = int(school.lesdag_eenheden(_MAANDAG + timedelta(days=w)) * EENHEID)
    cap = capaciteit[s_pid, weekdag]
    lesuur = np.array([s.lesuur_minuten for s in school_lijst] or [60], dtype=np.int64)[s_pid]
    met_uren = ~uren.leeg
    met_tijd = ~van.leeg | ~tot.leeg
    slecht |= record & met_uren & (met_tijd | (uren.waarde <= 0) | (uren.waarde * EENHEID > cap))
    spanne = tot.waarde - van.waarde
    slecht |= (
        record
        & ~met_uren
        & met_tijd
        & (van.leeg | tot.leeg | (van_precies >= tot_precies) | (spanne * EENHEID > cap * lesuur))
    )
    # one record a day
    op_dag = np.lexsort((datum.waarde, pid))
    dubbel = np.zeros(n, dtype=bool)
    if n > 1:
        zelfde = (pid[op_dag][1:] == pid[op_dag][:-1]) & (
            datum.waarde[op_dag][1:] == datum.waarde[op_dag][:-1]
        )
        dubbel[op_dag[1:][zelfde & record[op_dag][1:]]] = True
    slecht |= dubbel
    goed &= np.bincount(pid[slecht], minlength=g_n) == 0

    # the school year: given, or that of the first record
    d64 = datum.waarde[eerste].astype("datetime64[D]")
    jaar_rec = d64.astype("datetime64[Y]").astype(np.int64) + 1970
    maand = d64.astype("datetime64[M]").astype(np.int64) % 12 + 1
    jaar_rec = np.where(maand >= 8, jaar_rec, jaar_rec - 1)
    peil_jaar = peildatum.year if peildatum.month >= 8 else peildatum.year - 1
    schooljaar = np.where(~jaar.leeg, jaar.waarde, np.where(zonder, peil_jaar, jaar_rec))
    schooljaar = np.where(goed, schooljaar, 2000)
    jaarbegin = _eerste_augustus(schooljaar)
    jaareinde = _eerste_augustus(schooljaar + 1) - 1
    peil = (peildatum - _EPOCHE).days
    goed &= peil >= jaarbegin
    buiten = record & ((datum.waarde < jaarbegin[pid]) | (datum.waarde > jaareinde[pid]))
    goed &= np.bincount(pid[buiten], minlength=g_n) == 0

    # a registered verlof may be verzuim (beyond what the head may grant, art. 13a lid 2, 14 lid 3)
    relevant_rij = record & np.isin(reden, (_ONGEOORLOOFD, _TE_LAAT, _VAKANTIE, _VERLOF_13A, _VERLOF_14))
    relevant = np.bincount(pid[relevant_rij], minlength=g_n) > 0
    # the school years from the records' to the peildatum's: lesweken run on across the summer (art. 21a)
    tot_jaar = peil_jaar
    # a school year whose holidays the calendar does not know: the one-pupil path says so (an error)
    kandidaat = np.flatnonzero(goed & relevant)
    paren, per_paar = np.unique(sid[kandidaat] * 10_000 + schooljaar[kandidaat], return_inverse=True)
    onbekend_paar = np.array(
        [
            (k := school_lijst[paar // 10_000].kalender).regio is not None
            and any(
                j not in k.eigen_schooljaren and not schoolvakanties_bekend(k.regio, j)
                for j in range(paar % 10_000, max(paar % 10_000, tot_jaar) + 1)
            )
            for paar in paren.tolist()
        ],
        dtype=bool,
    )
    if onbekend_paar.any():
        goed[kandidaat[onbekend_paar[per_paar]]] = False
    niet_ingeschreven = ~ingeschreven.leeg & ~ingeschreven.waarde

    # --- counting: the plainly valid, enrolled pupils with unexcused or holiday records ---------
    te_tellen = goed & relevant & ~niet_ingeschreven
    kal_ids: dict[tuple[Schoolkalender, int], int] = {}
    tabellen: list[_Tabel] = []
    kid = np.full(g_n, -1, dtype=np.int64)
    te = np.flatnonzero(te_tellen)
    combinaties, per_combinatie = np.unique(sid[te] * 10_000 + schooljaar[te], return_inverse=True)
    kal_van_combinatie = np.zeros(len(combinaties), dtype=np.int64)
    for c, combinatie in enumerate(combinaties.tolist()):
        kalender_jaar = (school_lijst[combinatie // 10_000].kalender, combinatie % 10_000)
        kal = kal_ids.get(kalender_jaar)
        if kal is None:
            kal = kal_ids[kalender_jaar] = len(tabellen)
            tabellen.append(
                _tabel(
                    *kalender_jaar,
                    max(kalender_jaar[1], tot_jaar),
                    beleid.vakantiedagen_meetellen,
                    beleid.verlofdagen,
                )
            )
        kal_van_combinatie[c] = kal
    kid[te] = kal_van_combinatie[per_combinatie]
    basis = np.cumsum([0] + [len(t.lesdag) for t in tabellen]).astype(np.int64)
    lesdag_t = np.concatenate([t.lesdag for t in tabellen] or [np.zeros(0, dtype=np.int64)])
    lesweek_t = np.concatenate([t.lesweek for t in tabellen] or [np.zeros(0, dtype=np.int64)])
    geteld_t = np.concatenate([t.geteld for t in tabellen] or [np.zeros(0, dtype=np.int64)])
    week_tot_t = np.concatenate([t.week_tot for t in tabellen] or [np.zeros(0, dtype=np.int64)])
    # counted days made increasing over all tables (one search finds a 28th day in its own table)
    oplopend = (
        geteld_t
        + np.repeat(
            np.cumsum([0, *[int(t.geteld[-1]) + 1 for t in tabellen][:-1]]).astype(np.int64),
            [len(t.geteld) for t in tabellen],
        )
        if tabellen
        else geteld_t
    )
    volgende_basis = np.cumsum([0] + [len(t.volgende) for t in tabellen]).astype(np.int64)
    volgende_t = np.concatenate([t.volgende for t in tabellen] or [np.zeros(0, dtype=np.int64)])
    begin_t = np.array([t.begin for t in tabellen] or [0], dtype=np.int64)

    # The start of leerplicht (art. 3 lid 1): before it nothing counts. Only a pupil less than six
    # years old at the start of the school year can have records before it.
    vanaf = np.full(g_n, np.iinfo(np.int64).min, dtype=np.int64)
    jong = te_tellen & (geboren.waarde + 6 * 366 >= jaarbegin)
    begin_onbekend = np.zeros(g_n, dtype=bool)
    for g in np.flatnonzero(jong).tolist():
        try:
            vanaf[g] = _begin_leerplicht(int(geboren.waarde[g]), school_lijst[sid[g]].kalender, beleid)
        except OnbekendeSchoolvakanties:  # the one-pupil schedule decides (or says it cannot)
            begin_onbekend[g] = True

    # every record of these pupils on a lesdag from the start of leerplicht up to the peildatum
    rijen = np.flatnonzero(record & te_tellen[pid])
    r_pid = pid[rijen]
    r_dag = datum.waarde[rijen]
    r_k = kid[r_pid]
    plek = basis[r_k] + (r_dag - begin_t[r_k])
    r_les = lesdag_t[plek]
    r_reden = reden[rijen]
    # a verlof record on a day no lawfully granted verlof covers: holiday without verlof or unexcused
    gedekt = _gedekt_door_verlof(r_pid, r_les, r_reden, plek.astype(np.int64), tabellen)
    r_reden = _ZONDER_VERLOF[r_reden]
    o = (r_dag <= peil) & (r_dag >= vanaf[r_pid]) & (r_les >= 0) & ~gedekt
    rijen, r_pid, r_dag, plek, r_les, r_reden = rijen[o], r_pid[o], r_dag[o], plek[o], r_les[o], r_reden[o]
    afwezig = np.sort(r_pid * _BREED + r_les)  # lesdagen with any absence (they bridge a holiday)
    telt_laat = np.array([s.te_laat_telt_mee for s in school_lijst] or [True], dtype=bool)
    telt = (r_reden == _ONGEOORLOOFD) | ((r_reden == _TE_LAAT) & telt_laat[sid[r_pid]])
    o = telt | (r_reden == _VAKANTIE)
    rijen, r_pid, r_dag, plek, r_les = rijen[o], r_pid[o], r_dag[o], plek[o], r_les[o]
    r_reden, telt = r_reden[o], telt[o]
    # each record's hours, from a small table of distinct (school, kind, value, weekday)
    r_wd = weekdag[rijen]
    soort = np.where(~uren.leeg[rijen], 0, np.where(~van.leeg[rijen], 1, 2))
    waarde = np.where(
        soort == 0, uren.waarde[rijen] * 7 + r_wd, np.where(soort == 1, spanne[rijen] * 7 + r_wd, r_wd)
    )
    uniek, terug = np.unique((sid[r_pid] * 3 + soort) * 20_000 + waarde, return_inverse=True)
    tabel = np.array(
        [
            _uren(school_lijst[int(c) // 60_000], int(c) // 20_000 % 3, int(c) % 20_000)
            for c in uniek.tolist()
        ],
        dtype=np.int64,
    ).reshape(-1, 4)
    r_uren = tabel[terug, 0]
    r_exp = tabel[terug, 1]
    r_heel = (tabel[terug, 3] == 1) & (r_reden == _ONGEOORLOOFD)
    naar_schema = np.bincount(r_pid[tabel[terug, 2] == 0], minlength=g_n) > 0
    naar_schema |= begin_onbekend

    volg = np.lexsort((r_dag, r_pid))
    rijen, r_pid, r_dag, plek, r_les = rijen[volg], r_pid[volg], r_dag[volg], plek[volg], r_les[volg]
    r_uren, r_exp, r_heel, telt = r_uren[volg], r_exp[volg], r_heel[volg], telt[volg]
    positie = (np.arange(n, dtype=np.int64) - starts[pid] + 1)[rijen]
    per, spans = tel(r_pid[telt], r_les[telt], lesweek_t[plek[telt]], r_uren[telt], r_heel[telt], r_dag[telt])

    # spans reaching their 28th counted day go to the schedule (LRV, RMC)
    sp_p = spans["p"].to_numpy()
    sp_begin = spans["begin"].to_numpy()
    sp_k = kid[sp_p]
    volgende = volgende_t[volgende_basis[sp_k] + spans["laatste"].to_numpy()]
    sp_einde = np.where(volgende <= peil, volgende - 1, peil)
    g_begin = basis[sp_k] + (sp_begin - begin_t[sp_k])
    geteld = geteld_t[basis[sp_k] + (sp_einde - begin_t[sp_k])] - geteld_t[g_begin] + 1
    span_sleutel = sp_p * _DAGEN + sp_begin
    # the spans reaching their 28th counted day, and that day (LRV or RMC is asked then: Q4)
    lang = np.flatnonzero(geteld >= VIER_WEKEN_IN_DAGEN)
    l_g = g_begin[lang]
    l_k = sp_k[lang]
    dag_28 = np.searchsorted(oplopend, oplopend[l_g] + VIER_WEKEN_IN_DAGEN - 1) - basis[l_k] + begin_t[l_k]
    l_p, l_begin = sp_p[lang], sp_begin[lang]
    l_laatste = spans["laatste_dag"].to_numpy()[lang]
    l_klaar = volgende[lang] <= peil  # the pupil was back (or the school year over) by the peildatum
    lang_sleutel = l_p * _DAGEN + dag_28
    lang_einde = np.searchsorted(l_p, np.arange(g_n), side="right")

    def reeks_op(g: Ints, dag: Ints) -> Ints:
        """Counted days of continuous absence on ``dag`` (0 when no span covers it)."""
        i = np.searchsorted(span_sleutel, g * _DAGEN + dag, side="right") - 1
        j = np.maximum(i, 0)
        binnen = (i >= 0) & (np.append(sp_p, -1)[j] == g) & (dag <= np.append(sp_einde, 0)[j])
        k = kid[g]
        van = np.where(binnen, basis[k] + (np.append(sp_begin, 0)[j] - begin_t[k]), 0)
        tot = np.where(binnen, basis[k] + (dag - begin_t[k]), 0)
        return np.where(binnen, geteld_t[tot] - geteld_t[van] + 1, 0) if len(geteld_t) else tot

    # --- the schedule of art. 21a, column-wise, for the pupils without a span of 28 days --------
    beslist = te_tellen & ~naar_schema
    t_pid, t_dag, t_w = r_pid[telt], r_dag[telt], lesweek_t[plek[telt]]
    t_uren, t_exp, t_pos = r_uren[telt], r_exp[telt], positie[telt]
    cum = np.cumsum(t_uren)
    voor = cum - t_uren  # hours before each verzuimdag
    dag_sleutel = t_pid * _DAGEN + t_dag
    week_sleutel = t_pid * _BREED + t_w
    # each window of 4 lesweken ending in a verzuimdag's lesweek starts at its first verzuimdag
    venster = np.searchsorted(week_sleutel, week_sleutel - (VIER_LESWEKEN - 1))
    # the exponent of the decimal sum of the hours up to each verzuimdag (a cumulative minimum per pupil)
    exp_tot = np.minimum(np.minimum.accumulate(t_exp - t_pid * 100) + t_pid * 100, 0) if len(t_exp) else t_exp
    tot_einde = np.searchsorted(t_pid, np.arange(g_n), side="right")
    leeg_i = np.zeros(0, dtype=np.int64)
    herstart = np.full(g_n, -1, dtype=np.int64)
    vorige = np.full(g_n, -1, dtype=np.int64)
    laatste = np.full(g_n, -(10**9), dtype=np.int64)
    anker = np.zeros(g_n, dtype=np.int64)
    """The first verzuimdag of the absence the last melding belongs to (one age per absence: Q3)."""
    wacht = np.zeros(g_n, dtype=bool)
    """The schedule stopped: 7 days not passed, or still away after a LRV/RMC melding (no overig)."""
    z: dict[str, list[npt.NDArray[Any]]] = {
        k: [] for k in ("p", "lo", "hi", "dag", "tot", "venster", "ronde", "eerder", "anker")
    }
    zl: dict[str, list[npt.NDArray[Any]]] = {k: [] for k in ("p", "span", "ronde", "eerder", "anker")}
    ri = np.searchsorted(l_p, np.arange(g_n))  # per pupil: its next span reaching 28 days
    actief = np.zeros(g_n, dtype=bool)
    actief[per["p"].to_numpy()[per["hoogste"].to_numpy() >= _ZESTIEN]] = True
    actief[l_p] = True
    actief &= beslist
    ronde = 0
    while actief.any():
        a_p = np.flatnonzero(actief)
        actief[a_p] = False
        # the first day from the restart on which 4 lesweken hold 16 hours (Vensters.drempel)
        lo_h = np.searchsorted(dag_sleutel, a_p * _DAGEN + herstart[a_p])
        aantal = tot_einde[a_p] - lo_h
        rij = np.repeat(lo_h - np.cumsum(aantal) + aantal, aantal) + np.arange(aantal.sum())
        lo = np.maximum(venster[rij], np.repeat(lo_h, aantal))
        totaal = cum[rij] - voor[lo]
        treffer = np.flatnonzero(totaal >= _ZESTIEN)
        h_p, eerste_treffer = np.unique(np.repeat(a_p, aantal)[treffer], return_index=True)
        treffer = treffer[eerste_treffer]
        e = t_dag[rij[treffer]] if len(h_p) else leeg_i
        e = np.where(vorige[h_p] >= 0, np.maximum(e, vorige[h_p] + _VERVOLG), e)
        e_van = np.full(len(a_p), np.iinfo(np.int64).max, dtype=np.int64)
        e_van[np.searchsorted(a_p, h_p)] = e
        # the next span's 28th counted day from the restart: first when it comes no later
        zi = np.maximum(ri[a_p], np.searchsorted(lang_sleutel, a_p * _DAGEN + herstart[a_p]))
        heeft_z = zi < lang_einde[a_p]
        zi = np.where(heeft_z, zi, 0)
        neem_z = heeft_z & (np.append(dag_28, 0)[zi] <= e_van)
        zp, zs = a_p[neem_z], zi[neem_z]
        zd = dag_28[zs] if len(zs) else leeg_i
        zl["p"].append(zp)
        zl["span"].append(zs)
        zl["ronde"].append(np.full(len(zp), ronde, dtype=np.int64))
        eerder = zd - laatste[zp] <= VIER_WEKEN_IN_DAGEN
        zl["eerder"].append(eerder)
        # a vervolgmelding belongs to the absence of the melding before it: judged at its first day
        anker[zp] = np.where(eerder, anker[zp], l_begin[zs] if len(zs) else leeg_i)
        zl["anker"].append(anker[zp])
        ri[zp] = zs + 1
        laatste[zp] = zd  # a LRV/RMC melding to report (checked below)
        terug = l_klaar[zs] if len(zs) else np.zeros(0, dtype=bool)
        wacht[zp[~terug]] = True
        door = zp[terug]
        herstart[door] = l_laatste[zs[terug]] + 1
        vorige[door] = l_laatste[zs[terug]]
        actief[door] = True
        # else the 16-uur melding
        neem_e = ~neem_z[np.searchsorted(a_p, h_p)] if len(h_p) else np.zeros(0, dtype=bool)
        h_p, e, treffer = h_p[neem_e], e[neem_e], treffer[neem_e]
        h_tot = np.minimum(e, peil)
        z["p"].append(h_p)
        z["lo"].append(lo[treffer])
        z["hi"].append(np.searchsorted(dag_sleutel, h_p * _DAGEN + h_tot, side="right"))
        z["dag"].append(e)
        z["tot"].append(h_tot)
        z["venster"].append(totaal[treffer])
        z["ronde"].append(np.full(len(h_p), ronde, dtype=np.int64))
        eerder = e - laatste[h_p] <= VIER_WEKEN_IN_DAGEN
        z["eerder"].append(eerder)
        anker[h_p] = np.where(eerder, anker[h_p], t_dag[lo[treffer]] if len(h_p) else leeg_i)
        z["anker"].append(anker[h_p])
        later = e > peil
        wacht[h_p[later]] = True
        door = h_p[~later]
        herstart[door] = e[~later] + 1
        vorige[door] = e[~later]
        laatste[h_p] = e  # every 16-uur melding kept here is one to report (checked below)
        actief[door] = True
        ronde += 1
    zh = {k: np.concatenate(v) if v else leeg_i for k, v in z.items()}
    zl_ = {k: np.concatenate(v) if v else leeg_i for k, v in zl.items()}
    zl_["eerder"] = zl_["eerder"].astype(bool)
    zh["eerder"] = zh["eerder"].astype(bool)

    # overig verzuim: what is left after the last restart (one melding from its first verzuimdag)
    o_kand = np.flatnonzero(beslist & ~wacht)
    o_lo = np.searchsorted(dag_sleutel, o_kand * _DAGEN + herstart[o_kand])
    o_hi = tot_einde[o_kand]
    heeft_o = o_lo < o_hi
    o_p, o_lo, o_hi = o_kand[heeft_o], o_lo[heeft_o], o_hi[heeft_o]
    o_eerste = t_dag[o_lo] if len(o_p) else leeg_i
    o_laatste = t_dag[o_hi - 1] if len(o_p) else leeg_i
    aantal = o_hi - o_lo
    rij = np.repeat(o_lo - np.cumsum(aantal) + aantal, aantal) + np.arange(aantal.sum())
    totaal = cum[rij] - voor[np.maximum(venster[rij], np.repeat(o_lo, aantal))]
    o_hoogste = np.zeros(len(o_p), dtype=np.int64)
    np.maximum.at(o_hoogste, np.repeat(np.arange(len(o_p)), aantal), totaal)
    o_dagen = reeks_op(o_p, o_laatste)
    afspraak = np.array([x.afspraak_gemeente_18plus for x in school_lijst] or [False], dtype=bool)
    kalenders = [x.kalender for x in school_lijst]

    def oordelen(g: Ints, eerste: Ints, dag: Ints, feiten: dict[str, Any]) -> _Oordelen:
        return _oordelen(
            {
                "geboortedatum": geboren.waarde[g],
                "eerste_verzuimdag": eerste,
                "startkwalificatie": start.waarde[g] & ~start.leeg[g],
                "afspraak_gemeente_18plus": afspraak[sid[g]],
                "peildatum": dag,
                "ziek": False,
                **feiten,
            },
            sid[g],
            kalenders,
            beleid,
        )

    z_p = zh["p"]
    z_begin = t_dag[zh["lo"]] if len(z_p) else leeg_i
    z_dagen = reeks_op(z_p, zh["dag"])
    z_oordeel = oordelen(
        z_p,
        zh["anker"],
        zh["tot"],
        {
            "vakantie_zonder_verlof": False,
            "aaneengesloten_dagen_afwezig": z_dagen,
            "ongeoorloofde_uren_4_lesweken": zh["venster"] / EENHEID,
            "eerdere_melding_4_weken": zh["eerder"],
        },
    )
    # a 16-uur verdict that is not to be reported would change the restarts: the schedule decides
    naar_schema[z_p[z_oordeel.fout | ~np.isin(z_oordeel.plicht, _MELDEN)]] = True
    o_eerder = o_laatste - laatste[o_p] <= VIER_WEKEN_IN_DAGEN
    o_oordeel = oordelen(
        o_p,
        np.where(o_eerder, anker[o_p], o_eerste),
        o_laatste,
        {
            "vakantie_zonder_verlof": False,
            "aaneengesloten_dagen_afwezig": o_dagen,
            "ongeoorloofde_uren_4_lesweken": o_hoogste / EENHEID,
            "eerdere_melding_4_weken": o_eerder,
        },
    )
    # a verdict the schedule would not leave as overig verzuim here: the one-pupil schedule decides
    # (no melding at all, as from the 23rd birthday, is what the schedule leaves too)
    anders = o_oordeel.fout | np.isin(o_oordeel.plicht, _MELDEN)
    anders |= (o_oordeel.soort != Verzuimsoort.OVERIG_VERZUIM.value) & (
        o_oordeel.plicht != Meldplicht.NIET_MELDEN.value
    )
    naar_schema[o_p[anders]] = True

    # LRV / RMC on the 28th counted day of a span (Q4 of the keuzehulp)
    y_p, y_span = zl_["p"], zl_["span"]
    y_dag = dag_28[y_span] if len(y_span) else leeg_i
    y_begin = l_begin[y_span] if len(y_span) else leeg_i
    y_laatste = l_laatste[y_span] if len(y_span) else leeg_i
    y_terug = l_klaar[y_span] if len(y_span) else np.zeros(0, dtype=bool)
    y_k = kid[y_p]
    # hours in the 4 lesweken ending in the lesweek of the 28th day (Vensters.totaal, from the begin)
    y_week = week_tot_t[basis[y_k] + y_dag - begin_t[y_k]] if len(y_p) else leeg_i
    y_hi = np.searchsorted(dag_sleutel, y_p * _DAGEN + y_dag, side="right")
    y_lo = np.searchsorted(week_sleutel, y_p * _BREED + np.maximum(y_week - (VIER_LESWEKEN - 1), 0))
    y_lo = np.where(y_week < 0, y_hi, np.minimum(y_lo, y_hi))
    y_uren = (
        np.where(y_hi > y_lo, cum[y_hi - 1] - voor[np.minimum(y_lo, len(cum) - 1)], 0) if len(y_p) else leeg_i
    )
    y_exp = np.where(y_hi > np.searchsorted(t_pid, y_p), exp_tot[y_hi - 1], 0) if len(y_p) else leeg_i
    y_r_lo = np.searchsorted(dag_sleutel, y_p * _DAGEN + y_begin)
    y_r_hi = np.searchsorted(dag_sleutel, y_p * _DAGEN + np.minimum(y_laatste, y_dag), side="right")
    y_oordeel = oordelen(
        y_p,
        zl_["anker"],
        y_dag,
        {
            "vakantie_zonder_verlof": False,
            "aaneengesloten_dagen_afwezig": np.full(len(y_p), VIER_WEKEN_IN_DAGEN, dtype=np.int64),
            "ongeoorloofde_uren_4_lesweken": y_uren / EENHEID,
            "eerdere_melding_4_weken": zl_["eerder"],
        },
    )
    # a verdict that is not LRV/RMC to report would change the schedule: the one-pupil schedule decides
    anders = y_oordeel.fout | ~np.isin(y_oordeel.plicht, _MELDEN)
    anders |= ~np.isin(
        y_oordeel.soort, (Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM.value, Verzuimsoort.RMC.value)
    )
    naar_schema[y_p[anders]] = True

    # luxe verzuim: one melding per holiday without verlof (a run of lesdagen with vakantie
    # records, bridging lesdagen with another absence)
    v = ~telt & beslist[r_pid]
    l_pid, l_les, l_dag = r_pid[v], r_les[v], r_dag[v]
    nieuw = np.ones(len(l_pid), dtype=bool)
    if len(l_pid) > 1:
        lo = np.searchsorted(afwezig, l_pid[1:] * _BREED + l_les[:-1] + 1)
        hi = np.searchsorted(afwezig, l_pid[1:] * _BREED + l_les[1:])
        nieuw[1:] = (l_pid[1:] != l_pid[:-1]) | (hi - lo != l_les[1:] - l_les[:-1] - 1)
    b_start = np.flatnonzero(nieuw)
    b_einde = np.append(b_start[1:], len(l_pid)) - 1
    b_pid = l_pid[b_start]
    l_oordeel = oordelen(b_pid, l_dag[b_start], l_dag[b_start], {"vakantie_zonder_verlof": True})
    naar_schema[b_pid[l_oordeel.fout]] = True

    # --- the rows: meldingen in the schedule's order, geen_melding for a pupil with none ---------
    beslist = te_tellen & ~naar_schema
    b_houd = beslist[b_pid] & (l_oordeel.plicht != Meldplicht.NIET_MELDEN.value)
    z_houd = beslist[z_p]
    y_houd = beslist[y_p]
    o_houd = beslist[o_p] & (o_oordeel.plicht != Meldplicht.NIET_MELDEN.value)
    bi, zi, oi = np.flatnonzero(b_houd), np.flatnonzero(z_houd), np.flatnonzero(o_houd)
    yi = np.flatnonzero(y_houd)
    # the records behind each melding: luxe from its vakantie records, the others from ranges of
    # verzuimdagen; melding k gets positions from rows [van, tot) of its own array
    l_pos = positie[v]
    m_van = np.concatenate((b_start[bi], zh["lo"][zi], y_r_lo[yi], o_lo[oi]))
    m_tot = np.concatenate((b_einde[bi] + 1, zh["hi"][zi], y_r_hi[yi], o_hi[oi]))
    bron_luxe = np.concatenate(
        (np.ones(len(bi), dtype=bool), np.zeros(len(zi) + len(yi) + len(oi), dtype=bool))
    )
    aantal = m_tot - m_van
    rij = np.repeat(m_van - np.cumsum(aantal) + aantal, aantal) + np.arange(aantal.sum())
    luxe_rij = np.repeat(bron_luxe, aantal)
    pos = np.where(luxe_rij, l_pos[np.where(luxe_rij, rij, 0)] if len(l_pos) else 0, 0)
    pos = np.where(luxe_rij, pos, t_pos[np.where(luxe_rij, 0, rij)] if len(t_pos) else 0)
    m_id = np.repeat(np.arange(len(m_van)), aantal)
    op_pos = np.lexsort((pos, m_id))
    records = np.split(pos[op_pos], np.cumsum(aantal)[:-1]) if len(m_van) else []

    b_uren = np.add.reduceat(r_uren[v], b_start) if len(b_start) else leeg_i
    b_exp = np.minimum(np.minimum.reduceat(r_exp[v], b_start), 0) if len(b_start) else leeg_i
    z_uren = cum[zh["hi"] - 1] - voor[zh["lo"]] if len(z_p) else leeg_i
    m_p = np.concatenate((b_pid[bi], z_p[zi], y_p[yi], o_p[oi]))
    m_begin = np.concatenate((l_dag[b_start[bi]], z_begin[zi], y_begin[yi], o_eerste[oi]))
    y_einde = np.where(y_terug, np.maximum(y_laatste, y_dag), _OPEN)
    m_einde = np.concatenate((l_dag[b_einde[bi]], zh["tot"][zi], y_einde[yi], o_laatste[oi]))
    m_plicht_dag = np.concatenate((l_dag[b_start[bi]], zh["dag"][zi], y_dag[yi], o_laatste[oi]))
    m_uren = np.concatenate(
        (b_uren[bi], z_uren[zi], y_uren[yi], (cum[o_hi - 1] - voor[o_lo])[oi] if len(o_p) else leeg_i)
    )
    m_exp = np.concatenate(
        (
            b_exp[bi],
            exp_tot[zh["hi"][zi] - 1] if len(zi) else leeg_i,
            y_exp[yi],
            exp_tot[o_hi[oi] - 1] if len(oi) else leeg_i,
        )
    )
    m_dagen = np.concatenate(
        (np.zeros(len(bi), dtype=np.int64), z_dagen[zi], np.full(len(yi), VIER_WEKEN_IN_DAGEN), o_dagen[oi])
    )
    m_soort = np.concatenate(
        (l_oordeel.soort[bi], z_oordeel.soort[zi], y_oordeel.soort[yi], o_oordeel.soort[oi])
    )
    m_plicht = np.concatenate(
        (l_oordeel.plicht[bi], z_oordeel.plicht[zi], y_oordeel.plicht[yi], o_oordeel.plicht[oi])
    )
    m_versie = np.concatenate(
        (l_oordeel.versie[bi], z_oordeel.versie[zi], y_oordeel.versie[yi], o_oordeel.versie[oi])
    )
    m_wacht = np.concatenate(
        (np.zeros(len(bi), dtype=bool), zh["dag"][zi] > peil, np.zeros(len(yi) + len(oi), dtype=bool))
    )
    m_records = np.empty(len(m_p), dtype=object)
    m_records[:] = [tuple(r.tolist()) for r in records]
    # luxe first (in block order), then the schedule (16 uur in rounds, overig last)
    m_seq = np.concatenate(
        (bi, len(bi) + zh["ronde"][zi], len(bi) + zl_["ronde"][yi], np.full(len(oi), 10**9, dtype=np.int64))
    )
    # Analyse.meldingen: luxe first, then the schedule, sorted by (dag_plicht, begindatum), stable
    m_volg = np.lexsort((m_seq, m_begin, m_plicht_dag, m_p))

    geen = goed & (~relevant | niet_ingeschreven)
    met_melding = np.zeros(g_n, dtype=bool)
    met_melding[m_p] = True
    geen |= beslist & ~met_melding
    g_p = np.flatnonzero(geen)
    alle_p = np.concatenate((g_p, m_p[m_volg]))
    rij_volg = np.argsort(alle_p, kind="stable")
    ng = len(g_p)

    def kolom(geen_waarde: Any, melding: npt.NDArray[Any]) -> npt.NDArray[Any]:
        uit = np.empty(len(alle_p), dtype=object)
        uit[:ng] = geen_waarde
        uit[ng:] = melding[m_volg]
        return uit[rij_volg]

    def datums(dagen: Ints) -> npt.NDArray[Any]:
        uit: npt.NDArray[Any] = np.where(dagen == _OPEN, 0, dagen).astype("datetime64[D]").astype(object)
        uit[dagen == _OPEN] = None
        return uit

    meldt = np.isin(m_plicht, _MELDEN)
    uiterste = np.array([_uiterste(int(d)) if m else None for d, m in zip(m_plicht_dag, meldt, strict=True)])
    status = np.where(
        m_wacht,
        Status.WACHT_7_DAGEN.value,
        np.where(
            meldt,
            np.where(
                np.array([u is not None and u < peildatum for u in uiterste], dtype=bool),
                Status.ACHTERSTALLIG.value,
                Status.TE_MELDEN.value,
            ),
            Status.MAG_MELDEN.value,
        ),
    ).astype(object)
    m_situatie = np.full(len(m_p), Situatie.INGESCHREVEN.value, dtype=object)
    g_situatie = np.where(
        niet_ingeschreven[g_p], Situatie.ABSOLUUT_VERZUIM.value, Situatie.INGESCHREVEN.value
    )
    situatie = np.empty(len(alle_p), dtype=object)
    situatie[:ng] = g_situatie
    situatie[ng:] = m_situatie
    volgnummer = np.zeros(len(alle_p), dtype=np.int64)
    mp = m_p[m_volg]
    eerste_van = np.searchsorted(mp, mp) if len(mp) else mp
    volgnummer[ng:] = np.arange(len(mp)) - eerste_van + 1
    return Kolomsgewijs(
        leerlingen=np.flatnonzero(geen | met_melding & beslist),
        groep=alle_p[rij_volg],
        kolommen={
            "uitkomst": kolom("geen_melding", np.full(len(m_p), "melding", dtype=object)),
            "situatie": situatie[rij_volg],
            "volgnummer": volgnummer[rij_volg],
            "verzuimsoort": kolom(None, m_soort),
            "meldplicht": kolom(None, m_plicht),
            "begindatum": kolom(None, datums(m_begin)),
            "einddatum": kolom(None, datums(m_einde)),
            "dag_plicht": kolom(None, datums(m_plicht_dag)),
            "uiterste_meld_dag": kolom(None, uiterste),
            "uren": kolom(
                None,
                np.array(
                    [_decimaal(int(u), int(e)) for u, e in zip(m_uren, m_exp, strict=True)] or [],
                    dtype=object,
                ),
            ),
            "aaneengesloten_dagen": kolom(None, m_dagen.astype(object)),
            "records": kolom(None, m_records),
            "status": kolom(None, status),
            "regelversie": kolom(None, m_versie),
        },
    )


def _gedekt_door_verlof(p: Ints, les: Ints, reden: Ints, plek: Ints, tabellen: list[_Tabel]) -> Bools:
    """Per record: whether the verlof it registers lawfully covers its day (``False`` for other reasons).

    As :func:`~verzuimregels.verlof.gedekte_verlofdagen` judges the verloven the records register
    (:class:`~verzuimregels.registratie.tellen.Feiten`: each run of consecutive lesdagen with a
    ``verlof_13a`` or ``verlof_14`` record is one verlof granted by the head), per school year
    (art. 13a lid 2, 14 lid 3): of vakantieverlof only the first run counts, and of it the first
    :data:`~verzuimregels.regels.verlof.TIEN_DAGEN` days outside the first two lesweken; of verlof
    for gewichtige omstandigheden the first ten days of all runs together, in date order. Days are
    counted as :func:`~verzuimregels.regels.verlof.verlofdagen` counts them (the tables'
    ``verlof_*`` columns). Per record: its pupil ``p``, lesdag index ``les`` (-1: no lesdag),
    reason code and place in the joined tables; a pupil's records lie in one school year.
    """
    gedekt = np.zeros(len(p), dtype=bool)
    if not tabellen:
        return gedekt
    for soort, voor, telt in (
        (
            _VERLOF_13A,
            np.concatenate([t.vakantieverlof_voor for t in tabellen]),
            np.concatenate([t.vakantieverlof_telt for t in tabellen]),
        ),
        (
            _VERLOF_14,
            np.concatenate([t.verlof_voor for t in tabellen]),
            np.concatenate([t.verlof_telt for t in tabellen]),
        ),
    ):
        rij = np.flatnonzero((reden == soort) & (les >= 0))
        if not len(rij):
            continue
        rij = rij[np.lexsort((les[rij], p[rij]))]
        rp, rl, dag = p[rij], les[rij], plek[rij]
        # the runs of consecutive lesdagen (one verlof each) and each pupil's first run
        nieuw = np.ones(len(rij), dtype=bool)
        nieuw[1:] = (rp[1:] != rp[:-1]) | (rl[1:] != rl[:-1] + 1)
        eerste_van_pupil = np.ones(len(rij), dtype=bool)
        eerste_van_pupil[1:] = rp[1:] != rp[:-1]
        run = np.cumsum(nieuw) - 1
        run_begin = np.flatnonzero(nieuw)
        pupil_run = run[np.flatnonzero(eerste_van_pupil)][np.cumsum(eerste_van_pupil) - 1]
        binnen = voor[dag] - voor[dag[run_begin]][run]  # counted days before this one in its run
        if soort == _VERLOF_13A:  # "slechts eenmaal [...] per schooljaar": the first run only
            gedekt[rij] = (run == pupil_run) & telt[dag] & (binnen < TIEN_DAGEN)
        else:  # "voor ten hoogste tien dagen per schooljaar": all runs together
            run_einde = np.append(run_begin[1:], len(rij)) - 1
            per_run = voor[dag[run_einde]] + telt[dag[run_einde]] - voor[dag[run_begin]]
            eerder = np.cumsum(per_run) - per_run
            gedekt[rij] = telt[dag] & (eerder[run] - eerder[pupil_run] + binnen < TIEN_DAGEN)
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
    m = len(school)
    uit = _Oordelen(
        np.full(m, None, dtype=object),
        np.full(m, None, dtype=object),
        np.full(m, None, dtype=object),
        np.zeros(m, dtype=bool),
    )
    if not m:
        return uit
    casussen = pd.DataFrame(
        {
            k: (
                np.asarray(v).astype("datetime64[D]").astype("datetime64[ns]")
                if k in _DATUMS
                else (np.full(m, v) if isinstance(v, bool) else v)
            )
            for k, v in feiten.items()
        }
    )
    kal = np.array([kalenders.index(k) for k in kalenders], dtype=np.int64)[school]
    for k in np.unique(kal).tolist():
        rijen = np.flatnonzero(kal == k)
        oordeel = beoordeel_frame(casussen.iloc[rijen], beleid=beleid, kalender=kalenders[k])
        uit.soort[rijen] = oordeel["verzuimsoort"].astype(object).to_numpy()
        uit.plicht[rijen] = oordeel["meldplicht"].astype(object).to_numpy()
        uit.versie[rijen] = oordeel["regelversie"].astype(object).to_numpy()
        uit.fout[rijen] = oordeel["fout_regel"].notna().to_numpy()
    return uit


_DATUMS = frozenset({"geboortedatum", "eerste_verzuimdag", "peildatum"})
