"""The keuzehulp on a whole table: a DataFrame of cases in, a DataFrame of verdicts out.

:func:`beoordeel_frame` gives, row for row, what :func:`verzuimregels.beoordeel` gives for the case
the row stands for (:func:`als_casussen` says which case that is), at about a million cases per
second in one process. It evaluates the same tree (:data:`~verzuimregels.keuzehulp.boom.BOOM`) with
the same conditions (:class:`~verzuimregels.keuzehulp.boom.Voorwaarde`), column-wise: every fact
becomes a numpy column, the tree is walked once with the row numbers that reach each node, every row
ends in one leaf, and each leaf's outcome, path and grounds are computed once.

A row the column-wise path does not take on (an invalid value, a missing fact, a type it does not
read fast, such as decimals in an object column) is judged by the one-case evaluator itself; an
invalid row then becomes an error row in its place, with the field and rule code of the
:class:`~verzuimregels.fouten.Invoerfout` the one-case API raises. Count in equals count out, in
input order, with the input's index.

Needs the ``frame`` extra (``pip install "verzuimregels[frame]"``: pandas and numpy). The function
is a plain DataFrame-to-DataFrame transformation, so it runs unchanged per partition under Dask
(``map_partitions``) or Spark (``mapInPandas``): see ``docs/schaal.md``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

try:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd
except ModuleNotFoundError as _fout:
    from ..fouten import OntbrekendeExtra

    raise OntbrekendeExtra("verzuimregels.keuzehulp.frame", "frame", _fout.name) from None

from pydantic import ValidationError

from .. import klok
from ..beleid import STANDAARDBELEID, Beleid, Verjaardag29Februari
from ..bronnen import WETSVERSIES, regelversie
from ..engine.constraints import bounds, violated_rows
from ..engine.dated import Dated
from ..fouten import Invoerfout, bewaakt, valideer_model
from ..kalender import GEEN_KALENDER, OnbekendeSchoolvakanties, Schoolkalender
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from ..regels.leeftijd import SCHRIKKELDAG, leeftijd_op_kolom, verjaardag_maanddag_kolom
from ..regels.leerplicht import (
    LEERPLICHTIGE_LEEFTIJD,
    ZEKER_NA,
    eerste_schooldag_vanaf,
    maand_na_vijfde_verjaardag_kolom,
)
from . import beoordeel
from .boom import (
    BOOM,
    BOOM_STROOMSCHEMA,
    DAGEN,
    LEEFTIJD,
    LEERPLICHT_BEGONNEN,
    UREN,
    Knoop,
    Toets,
    Uitkomst,
    Voorwaarde,
    Vraag,
)
from .checks import CASUS_CHECKS
from .evaluator import PLAATSHOUDERS, _andere, _grondslag, _met_waarde
from .modellen import JSON_CONTRACT_CASUS, Casus, Oordeel

__all__ = ["UITVOERKOLOMMEN", "als_casussen", "beoordeel_frame", "rij_uit_fout", "rij_uit_oordeel"]

Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Gehele = npt.NDArray[np.signedinteger[Any]]
"""Integers of any width (dates as int32 look-ups, the law version as int8)."""

UITVOERKOLOMMEN: tuple[str, ...] = (
    "verzuimsoort",
    "meldplicht",
    "pad",
    "grondslag",
    "beleidskeuzes",
    "regelversie",
    "fout_veld",
    "fout_regel",
    "fout_melding",
)
"""The columns of the verdict frame, after any columns passed through (``meenemen``).

``verzuimsoort``, ``meldplicht``, ``regelversie``: as in :class:`~verzuimregels.Oordeel`.
``pad``: the questions asked with their answers, e.g. ``"S1+ S2- S3- Q1- Q2- Q3- Q5+ Q7+"`` (``+`` is
"ja"). ``grondslag``: the titles of the outcome's citations, joined by ``"; "`` (the law version is
in ``regelversie``). ``beleidskeuzes``: the codes of the policy notes, joined by ``","`` (``""`` for
none). For an error row these are missing and ``fout_veld``, ``fout_regel``, ``fout_melding`` hold the
fields, rule codes and messages of the :class:`~verzuimregels.fouten.Invoerfout`, joined by ``"; "``;
for a verdict those are missing. All are categorical columns.
"""


class _Soort(Enum):
    BOOL = "bool"
    INT = "int"
    UREN = "uren"
    DATUM = "datum"


_SOORTEN: dict[str, _Soort] = {
    "ziek": _Soort.BOOL,
    "ziekte_twijfel": _Soort.BOOL,
    "vakantie_zonder_verlof": _Soort.BOOL,
    LEEFTIJD: _Soort.INT,
    "geboortedatum": _Soort.DATUM,
    "eerste_verzuimdag": _Soort.DATUM,
    DAGEN: _Soort.INT,
    UREN: _Soort.UREN,
    "afspraak_gemeente_18plus": _Soort.BOOL,
    "eerdere_melding_4_weken": _Soort.BOOL,
    "startkwalificatie": _Soort.BOOL,
    "peildatum": _Soort.DATUM,
}
assert tuple(_SOORTEN) == JSON_CONTRACT_CASUS
_STANDAARD_ONWAAR = (
    "ziekte_twijfel",
    "afspraak_gemeente_18plus",
    "eerdere_melding_4_weken",
    "startkwalificatie",
)
_BOVENGRENS: dict[str, float] = {naam: float(bounds(Casus, naam)[1]) for naam in (LEEFTIJD, DAGEN, UREN)}
"""The fast path's upper bounds, read from :class:`Casus`'s own constraints (never copied)."""
assert all(map(math.isfinite, _BOVENGRENS.values()))
_ISO = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_ISO_RE = re.compile(_ISO)
_AFWEZIG = object()


# --- the case a row stands for -----------------------------------------------------------------


def _naar_python(waarde: Any, soort: _Soort | None) -> Any:
    """A frame cell as the value of the one-case input; :data:`_AFWEZIG` for a missing value."""
    if isinstance(waarde, np.datetime64):
        waarde = pd.Timestamp(waarde)
    elif isinstance(waarde, np.generic):
        waarde = waarde.item()
    if waarde is None or waarde is pd.NA or waarde is pd.NaT:
        return _AFWEZIG
    if isinstance(waarde, float) and math.isnan(waarde):
        return _AFWEZIG
    if isinstance(waarde, pd.Timestamp):
        return waarde.date() if waarde.tz is None and waarde == waarde.normalize() else waarde.to_pydatetime()
    if soort is _Soort.INT and type(waarde) is float and waarde.is_integer():
        return int(waarde)
    return waarde


@bewaakt
def als_casussen(frame: pd.DataFrame, meenemen: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The one-case input (a mapping for :func:`~verzuimregels.beoordeel`) that each row stands for.

    A missing cell (``None``, ``NaN``, ``NaT``, ``pd.NA``) is a key the case does not give; numpy
    scalars become Python values; a timestamp at midnight (without time zone) is that date; a whole
    float in an integer field (``leeftijd_eerste_verzuimdag``, ``aaneengesloten_dagen_afwezig``) is
    that integer, because pandas stores an integer column with gaps as floats. Every other value is
    passed as it is, and the one-case validation judges it. Columns named in ``meenemen`` are not
    facts and are left out.
    """
    return _casussen(frame, np.arange(len(frame)), set(meenemen))


def _casussen(frame: pd.DataFrame, rijen: Ints, meenemen: set[str]) -> list[dict[str, Any]]:
    casussen: list[dict[str, Any]] = [{} for _ in rijen]
    for naam in frame.columns:
        if naam in meenemen:
            continue
        soort = _SOORTEN.get(naam)
        for casus, waarde in zip(casussen, _cellen(frame[naam].iloc[rijen], soort), strict=True):
            if waarde is not _AFWEZIG:
                casus[naam] = waarde
    return casussen


_EERSTE_DAG, _LAATSTE_DAG = np.datetime64("0001-01-01", "D"), np.datetime64("9999-12-31", "D")


def _cellen(reeks: pd.Series[Any], soort: _Soort | None) -> list[Any]:
    """The cells as :func:`_naar_python` reads them, a numpy column at once: bools and integers are
    never missing and come out of ``tolist`` as Python values; in a datetime64 column (no time zone)
    the days at midnight become dates (numpy's own ``date`` objects), ``NaT`` is missing, and any
    other cell is read one by one."""
    soort_van = reeks.dtype.kind if isinstance(reeks.dtype, np.dtype) else ""
    if soort_van in ("b", "i"):
        return list(reeks.tolist())
    if soort_van != "M":
        return [_naar_python(waarde, soort) for waarde in reeks.tolist()]
    tijden = reeks.to_numpy()
    dagen = tijden.astype("datetime64[D]")
    leeg = np.isnat(tijden)
    snel = (dagen == tijden) & (dagen >= _EERSTE_DAG) & (dagen <= _LAATSTE_DAG)  # NaT: never
    cellen: list[Any] = dagen.tolist()
    for i in np.flatnonzero(leeg).tolist():
        cellen[i] = _AFWEZIG
    for i in np.flatnonzero(~snel & ~leeg).tolist():
        cellen[i] = _naar_python(reeks.iat[i], soort)
    return cellen


def rij_uit_oordeel(oordeel: Oordeel) -> dict[str, str]:
    """The verdict columns of :data:`UITVOERKOLOMMEN` for one verdict (no error columns)."""
    return {
        "verzuimsoort": oordeel.verzuimsoort.value,
        "meldplicht": oordeel.meldplicht.value,
        "pad": _padcode((s.vraag, s.antwoord) for s in oordeel.pad),
        "grondslag": "; ".join(b.titel for b in oordeel.grondslag),
        "beleidskeuzes": ",".join(b.code for b in oordeel.beleidskeuzes),
        "regelversie": oordeel.regelversie,
    }


def rij_uit_fout(fout: Invoerfout) -> dict[str, str]:
    """The error columns of :data:`UITVOERKOLOMMEN` for a refused case."""
    return {
        "fout_veld": "; ".join(f.veld for f in fout.fouten),
        "fout_regel": "; ".join(f.regel for f in fout.fouten),
        "fout_melding": "; ".join(f.melding for f in fout.fouten),
    }


def _padcode(stappen: Iterable[tuple[str, bool]]) -> str:
    return " ".join(f"{vraag}{'+' if antwoord else '-'}" for vraag, antwoord in stappen)


# --- reading the columns ---------------------------------------------------------------------


@dataclass(slots=True)
class _Kolom:
    """One input column: its values on the fast path, where it is given, where the fast path gives up.
    ``waarde`` is 0 (``False``) on every row the fast path does not read (not given, or invalid)."""

    waarde: npt.NDArray[Any]
    aanwezig: Bools
    scalair: Bools


_EPOCHE = date(1970, 1, 1)
_NAT = np.datetime64("NaT").view(np.int64)


def _lees(reeks: pd.Series[Any], soort: _Soort, grens: float) -> _Kolom:
    """A slice of a column :func:`_lezer` does not read from its arrays (pyarrow's or pandas' other
    extension types, text, objects): through pandas, else cell by cell."""
    dtype = reeks.dtype
    if soort is _Soort.BOOL and pd.api.types.is_bool_dtype(dtype):
        return _kolom(reeks.to_numpy(dtype=bool, na_value=False), ~reeks.isna().to_numpy())
    numeriek = pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_float_dtype(dtype)
    if soort in (_Soort.INT, _Soort.UREN) and numeriek:
        return _lees_getallen(reeks.to_numpy(dtype=np.float64, na_value=np.nan), soort, grens)
    if soort is _Soort.DATUM and isinstance(dtype, pd.StringDtype):
        iso = reeks.str.fullmatch(_ISO).fillna(False).to_numpy(dtype=bool)
        tijden = pd.to_datetime(reeks.where(iso), format="%Y-%m-%d", errors="coerce").to_numpy()
        dagen = tijden.astype("datetime64[D]")
        goed = ~np.isnat(dagen)
        return _kolom(np.where(goed, dagen.view(np.int64), 0), ~reeks.isna().to_numpy(), goed)
    return _per_cel(reeks.tolist(), soort, grens)


_Lezer = Callable[[slice], _Kolom]
"""A column prepared once per call: its :class:`_Kolom` on any slice of rows."""


@dataclass(slots=True)
class _Vast:
    """Read-only arrays the slices of one call share: views of these, not new memory per column and
    slice, for "given on every row", "nothing for the one-case path" and a column not given."""

    alle: Bools
    geen: Bools
    nullen: dict[_Soort, npt.NDArray[Any]]

    @classmethod
    def voor(cls, n: int) -> _Vast:
        alle, geen = np.ones(n, dtype=bool), np.zeros(n, dtype=bool)
        nullen = {soort: np.zeros(n, dtype=dtype) for soort, dtype in _DTYPES.items()}
        for array in (alle, geen, *nullen.values()):
            array.flags.writeable = False
        return cls(alle, geen, nullen)

    def niet_gegeven(self, soort: _Soort, deel: slice) -> _Kolom:
        n = deel.stop - deel.start
        return _Kolom(self.nullen[soort][:n], self.geen[:n], self.geen[:n])


def _lezer(reeks: pd.Series[Any], soort: _Soort, grens: float, vast: _Vast) -> _Lezer:
    """How to read ``reeks`` slice by slice, as :func:`_lees` reads it. A numpy column, or pandas'
    nullable ``boolean``/``Int64`` (as numpy arrays once per call through pandas' public
    ``to_numpy`` and ``isna``: its values, missing cells as 0, and its mask of missing cells), is read
    from its arrays: no pandas call per slice."""
    array = reeks.array
    if isinstance(array, pd.arrays.BooleanArray | pd.arrays.IntegerArray):
        gemaskerd: Any = array  # pandas-stubs do not know the masked dtypes' numpy_dtype
        waarden: npt.NDArray[Any] = gemaskerd.to_numpy(dtype=gemaskerd.dtype.numpy_dtype, na_value=0)
        masker: Bools | None = gemaskerd.isna()
    elif isinstance(reeks.dtype, np.dtype):
        waarden, masker = reeks.to_numpy(), None
    else:  # pyarrow's types, text, pandas' other extension types
        return lambda deel: _lees(reeks.iloc[deel], soort, grens)
    soort_van = waarden.dtype.kind
    if soort is _Soort.BOOL and soort_van == "b":
        if masker is None:
            return lambda deel: _Kolom(
                waarden[deel], vast.alle[: deel.stop - deel.start], vast.geen[: deel.stop - deel.start]
            )
        return lambda deel: _Kolom(
            waarden[deel] & ~masker[deel], ~masker[deel], vast.geen[: deel.stop - deel.start]
        )
    if soort is _Soort.INT and soort_van == "i":
        return lambda deel: _lees_gehele(waarden[deel], None if masker is None else masker[deel], grens, vast)
    if soort in (_Soort.INT, _Soort.UREN) and soort_van in "iuf" and masker is None:
        return lambda deel: _lees_getallen(waarden[deel].astype(np.float64, copy=False), soort, grens)
    if soort is _Soort.DATUM and soort_van == "M":
        eenheid = np.datetime_data(waarden.dtype)[0]  # s, ms, us or ns: the units pandas holds
        per_dag = int(np.array([1], dtype="m8[D]").astype(f"m8[{eenheid}]").view(np.int64)[0])
        getallen = waarden.view(np.int64)
        return lambda deel: _lees_tijden(getallen[deel], per_dag)
    return lambda deel: _lees(reeks.iloc[deel], soort, grens)


def _lees_gehele(gehele: Ints, ontbreekt: Bools | None, grens: float, vast: _Vast) -> _Kolom:
    """Integers (never missing in numpy; missing under the mask of ``Int64``)."""
    goed = (gehele >= 0) & (gehele <= grens)
    if ontbreekt is None:
        aanwezig = vast.alle[: len(gehele)]
    else:
        aanwezig = ~ontbreekt
        goed &= aanwezig
    # times goed, not np.where: a select on a random mask costs ~1 ms a slice, a multiply a quarter
    return _kolom(np.multiply(gehele, goed).astype(np.int64, copy=False), aanwezig, goed)


def _lees_getallen(getallen: Floats, soort: _Soort, grens: float) -> _Kolom:
    """Numbers as floats; ``NaN`` is missing."""
    aanwezig = ~np.isnan(getallen)
    goed = (getallen >= 0) & (getallen <= grens)  # NaN and infinity: never (the bound is finite)
    if soort is _Soort.UREN:
        return _kolom(np.where(goed, getallen, 0.0), aanwezig, goed)
    goed &= getallen == np.floor(getallen)
    return _kolom(np.where(goed, getallen, 0).astype(np.int64), aanwezig, goed)


def _lees_tijden(getallen: Ints, per_dag: int) -> _Kolom:
    """datetime64 as integers: days by floor division (as numpy casts to days), midnight where none
    is left; ``NaT`` is missing."""
    aanwezig = getallen != _NAT
    dagnummers = getallen // per_dag
    goed = np.multiply(dagnummers, per_dag) == getallen
    goed &= aanwezig
    np.multiply(dagnummers, goed, out=dagnummers)  # 0 where the fast path does not read the cell
    return _kolom(dagnummers, aanwezig, goed)


def _kolom(waarde: npt.NDArray[Any], aanwezig: Bools, goed: Bools | None = None) -> _Kolom:
    scalair = np.zeros(len(waarde), dtype=bool) if goed is None else aanwezig & ~goed
    return _Kolom(waarde, aanwezig, scalair)


_DTYPES: dict[_Soort, type[Any]] = {
    _Soort.BOOL: np.bool_,
    _Soort.INT: np.int64,
    _Soort.UREN: np.float64,
    _Soort.DATUM: np.int64,
}


def _per_cel(cellen: list[Any], soort: _Soort, grens: float) -> _Kolom:
    """Any other column type: cell by cell, as :func:`als_casussen` reads it (slower, same result)."""
    n = len(cellen)
    aanwezig = np.ones(n, dtype=bool)
    goed = np.zeros(n, dtype=bool)
    waarden: list[Any] = [0] * n
    for i, cel in enumerate(cellen):
        waarde = _naar_python(cel, soort)
        if waarde is _AFWEZIG:
            aanwezig[i] = False
            continue
        snel = _snelle_waarde(waarde, soort, grens)
        if snel is not None:
            goed[i] = True
            waarden[i] = snel
    return _kolom(np.array(waarden, dtype=_DTYPES[soort]), aanwezig, goed)


def _snelle_waarde(waarde: Any, soort: _Soort, grens: float) -> Any:
    """The value for the fast path, or ``None`` when the one-case validation must judge it."""
    if soort is _Soort.BOOL:
        return waarde if type(waarde) is bool else None
    if soort is _Soort.DATUM:
        if type(waarde) is str and _ISO_RE.fullmatch(waarde):
            try:
                waarde = date.fromisoformat(waarde)
            except ValueError:
                return None
        return (waarde - _EPOCHE).days if type(waarde) is date else None
    getal = type(waarde) is int or (soort is _Soort.UREN and type(waarde) is float)
    if getal and 0 <= waarde <= grens:
        return waarde
    return None


# --- dates, column-wise ----------------------------------------------------------------------


def _jmd_direct(dagen: Ints) -> Ints:
    """``year * 10000 + month * 100 + day`` of days since 1970-01-01, in integer arithmetic (the
    Gregorian calendar by eras of 400 years, as in H. Hinnant's ``civil_from_days``): a handful of
    integer operations per day, where numpy's datetime64 casts to months and years cost ~60 ns each."""
    z = dagen + 719_468  # days since 0000-03-01
    era = z // 146_097
    doe = z - era * 146_097  # day of the era, 0-146096
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365  # year of the era, 0-399
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)  # day of the year from 1 March, 0-365
    mp = (5 * doy + 2) // 153  # month from March, 0-11
    dag = doy - (153 * mp + 2) // 5 + 1
    maand = np.where(mp < 10, mp + 3, mp - 9)
    jaar = yoe + era * 400 + (maand <= 2)
    jmd: Ints = jaar * 10_000 + maand * 100 + dag
    return jmd


_TE_LAAT_VOOR_LEERPLICHT = (date(9998 - LEERPLICHTIGE_LEEFTIJD + 1, 1, 1) - _EPOCHE).days
"""A birth from this day on (year + 5 > 9998) has its start of leerplicht past what a date holds."""
_TABEL_BEGIN = (date(1900, 1, 1) - _EPOCHE).days
_TABEL_EIND = (date(2100, 1, 1) - _EPOCHE).days


@cache
def _tabellen() -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], Bools]:
    """:func:`_jmd_direct`, the month index (``year * 12 + month - 1``) and whether it is 29 February,
    of every day of the years 1900-2099, made once per process (about a millisecond): a row's date is
    then a look-up."""
    jmd = _jmd_direct(np.arange(_TABEL_BEGIN, _TABEL_EIND, dtype=np.int64))
    maanden = jmd // 10_000 * 12 + jmd // 100 % 100 - 1
    return jmd.astype(np.int32), maanden.astype(np.int32), jmd % 10_000 == SCHRIKKELDAG


def _in_tabel(dagen: Ints) -> bool:
    return bool(len(dagen)) and int(dagen.min()) >= _TABEL_BEGIN and int(dagen.max()) < _TABEL_EIND


def _jmd(dagen: Ints) -> Gehele:
    """``year * 10000 + month * 100 + day`` of days since 1970-01-01: looked up where every day lies
    in 1900-2099, else computed."""
    if _in_tabel(dagen):
        return np.take(_tabellen()[0], dagen - _TABEL_BEGIN, mode="clip")
    return _jmd_direct(dagen)


def _geboortedelen(dagen: Ints) -> tuple[Gehele, Gehele, Ints]:
    """:func:`_jmd`, the month index (``year * 12 + month - 1``) and the rows on 29 February."""
    if _in_tabel(dagen):
        jmd, maanden, schrikkeldag = _tabellen()
        plek = dagen - _TABEL_BEGIN
        return (
            np.take(jmd, plek, mode="clip"),
            np.take(maanden, plek, mode="clip"),
            np.flatnonzero(np.take(schrikkeldag, plek, mode="clip")),
        )
    direct = _jmd_direct(dagen)
    op_29 = np.flatnonzero(direct % 10_000 == SCHRIKKELDAG)
    return direct, direct // 10_000 * 12 + direct // 100 % 100 - 1, op_29


def _leeftijd(geboren_jmd: Gehele, op_jmd: Gehele) -> Gehele:
    """The age on each day (``year * 10000 + month * 100 + day``) of a birth not on 29 February: the
    years between, less one before the birthday (:func:`leeftijd_op_kolom` without the 29 February
    rule, which :func:`_feiten` applies to those births apart)."""
    leeftijd: Gehele = op_jmd - geboren_jmd
    leeftijd //= 10_000
    return leeftijd


class _Maanden:
    """Month indexes (``year * 12 + month - 1``) of the rows, each distinct month computed once."""

    def __init__(self, maandindex: Ints) -> None:
        self.laagste = int(maandindex.min()) if len(maandindex) else 0
        self.plek = maandindex - self.laagste
        self.maanden = self.laagste + np.flatnonzero(np.bincount(self.plek))
        self.schooldagen: Ints = np.zeros(0, dtype=np.int64)

    def _per_rij(self, per_maand: npt.NDArray[Any]) -> npt.NDArray[Any]:
        tabel = np.zeros(
            int(self.maanden[-1]) - self.laagste + 1 if len(self.maanden) else 0, per_maand.dtype
        )
        tabel[self.maanden - self.laagste] = per_maand
        return tabel[self.plek]

    def eerste_dagen(self) -> Ints:
        """The first of each row's month, as days since 1970-01-01."""
        dagen = (self.maanden - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]").view(np.int64)
        return self._per_rij(dagen)

    def eerste_schooldagen(self, kalender: _Schooldagen) -> tuple[Ints, Bools]:
        """:meth:`_Schooldagen.per_maand` per row."""
        dagen, onbekend = kalender.per_maand(self.maanden)
        self.schooldagen = dagen
        return self._per_rij(dagen), self._per_rij(onbekend)

    def na_volgende_maand(self) -> Ints:
        """Per row, the first of the month after the month after that of the first school day the
        last :meth:`eerste_schooldagen` gave (computed per month, not per row)."""
        maanden = self.schooldagen.astype("datetime64[D]").astype("datetime64[M]")
        return self._per_rij((maanden + 2).astype("datetime64[D]").view(np.int64))


class _Schooldagen:
    """The first school day from the first of each month, under one calendar, each month looked up
    once per call (the slices of a call share their months): as days since 1970-01-01, and whether
    the month's school holidays are unknown (those rows go to the one-case evaluator, which decides
    whether that matters: :func:`begin_leerplicht_voor`)."""

    def __init__(self, kalender: Schoolkalender) -> None:
        self.kalender = kalender
        self.dagen: dict[int, int | None] = {}

    def per_maand(self, maandindex: Ints) -> tuple[Ints, Bools]:
        """Per month index (``year * 12 + month - 1``): the day (0 where unknown) and whether unknown."""
        dagen = [self._dag(m) for m in maandindex.tolist()]
        onbekend = np.array([dag is None for dag in dagen], dtype=bool)
        return np.array([dag or 0 for dag in dagen], dtype=np.int64), onbekend

    def _dag(self, maand: int) -> int | None:
        if maand not in self.dagen:
            try:
                eerste = date(maand // 12, maand % 12 + 1, 1)
                self.dagen[maand] = (eerste_schooldag_vanaf(eerste, self.kalender) - _EPOCHE).days
            except OnbekendeSchoolvakanties:
                self.dagen[maand] = None
        return self.dagen[maand]


# --- the walk ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Feit:
    """A fact as the tree reads it, with the policy codes its first reading adds (and where)."""

    waarde: npt.NDArray[Any]
    aanwezig: Bools
    codes: tuple[tuple[str, Bools], ...] = ()
    overal: bool = field(init=False)
    """Whether every row gives the fact (then no question that reads it sends a row aside)."""

    def __post_init__(self) -> None:
        self.overal = bool(self.aanwezig.all())


Sjabloon = tuple[tuple[str, Bools | None], ...]
"""The policy codes of a path, in the evaluator's order: fixed (``None``) or for the rows flagged."""


@dataclass(slots=True)
class _Wandeling:
    """The walk of the tree over one slice: the rows at a node are a mask over the slice, split by
    each question's condition (evaluated once per slice on every row) with one ``&`` per branch, so
    no row numbers are gathered or copied on the way down."""

    feiten: dict[str, _Feit]
    beleid: Beleid
    blad: npt.NDArray[np.int16]
    """Per row the index of its path in ``paden`` (-1: not judged here)."""
    scalair: Bools
    versie: Gehele
    groep: npt.NDArray[np.int16]
    """Per row the number of the group (in ``sleutels``) of the rows that lack the same fact at the
    same question: the evaluator raises the same error for each (:func:`_vul_groepen`)."""
    sleutels: list[tuple[Any, ...]]
    paden: list[tuple[tuple[tuple[str, bool], ...], Uitkomst, Sjabloon]] = field(default_factory=list)
    toetsen: dict[Voorwaarde, Bools] = field(default_factory=dict)

    def loop(
        self,
        knoop: Knoop,
        rijen: Bools,
        gelezen: frozenset[str],
        stappen: tuple[tuple[str, bool], ...],
        sjabloon: Sjabloon,
    ) -> None:
        if isinstance(knoop, Uitkomst):
            for naam in _bladfeiten(knoop):
                rijen = self._met_feit(naam, rijen)
            for code, voorwaarde in knoop.beleid_als:
                feit = self.feiten[voorwaarde.feit]
                sjabloon += ((code, _geldt(voorwaarde, feit.waarde, self.versie)),)
            # the leaves' rows are disjoint: add the index (+1, from -1), not a masked write (10x slower)
            self.blad += np.multiply(rijen, len(self.paden) + 1, dtype=self.blad.dtype)
            self.paden.append((stappen, knoop, sjabloon + tuple((c, None) for c in knoop.beleid)))
            return
        naam = knoop.voorwaarde.feit
        rijen = self._met_feit(naam, rijen, knoop)
        if naam not in gelezen:
            sjabloon += self.feiten[naam].codes
            gelezen |= {naam}
        sjabloon += tuple((_met_waarde(c, self.beleid), None) for c in knoop.beleid)
        ja = self._toets(knoop.voorwaarde)
        self.loop(knoop.ja, rijen & ja, gelezen, (*stappen, (knoop.vraag, True)), sjabloon)
        self.loop(knoop.nee, rijen > ja, gelezen, (*stappen, (knoop.vraag, False)), sjabloon)  # & ~ja

    def _toets(self, voorwaarde: Voorwaarde) -> Bools:
        """The condition on every row of the slice, once per slice for equal conditions (Q3, Q4, Q5
        and Q7 are each asked in two places)."""
        ja = self.toetsen.get(voorwaarde)
        if ja is None:
            ja = self.toetsen[voorwaarde] = _geldt(
                voorwaarde, self.feiten[voorwaarde.feit].waarde, self.versie
            )
        return ja

    def _met_feit(self, naam: str, rijen: Bools, vraag: Vraag | None = None) -> Bools:
        """The rows that give fact ``naam``; the others go to the one-case evaluator (it raises), as
        one group per question ``vraag``."""
        feit = self.feiten[naam]
        if feit.overal:
            return rijen
        ontbreekt = rijen > feit.aanwezig  # & ~aanwezig
        if not ontbreekt.any():
            return rijen
        self.scalair |= ontbreekt
        if vraag is not None:
            self.groep[np.flatnonzero(ontbreekt)] = len(self.sleutels)  # few rows
            self.sleutels.append(("vraag", id(vraag), naam))
        return rijen & feit.aanwezig


def _bladfeiten(uitkomst: Uitkomst) -> tuple[str, ...]:
    """The facts a leaf reads: for its conditional policy notes and its toelichting."""
    sjablonen = uitkomst.toelichting_nl + uitkomst.toelichting_en
    return tuple(v.feit for _, v in uitkomst.beleid_als) + tuple(
        naam for sleutel, naam in PLAATSHOUDERS if "{" + sleutel + "}" in sjablonen
    )


def _geldt(voorwaarde: Voorwaarde, waarden: npt.NDArray[Any], versies: Ints) -> Bools:
    """Column-wise :meth:`Voorwaarde.geldt`; ``versies`` indexes :data:`WETSVERSIES` per row (used only
    for a dated threshold, which can differ from row to row)."""
    if voorwaarde.toets is Toets.WAAR:
        return waarden.astype(bool)
    if voorwaarde.toets is Toets.ONWAAR:
        return ~waarden.astype(bool)
    assert voorwaarde.drempel is not None
    if isinstance(voorwaarde.drempel, Dated):
        per_versie = [voorwaarde.drempel_op(v) for v in WETSVERSIES]
        drempels = np.array([float(d) for d in per_versie], dtype=np.float64)
        assert drempels.tolist() == per_versie  # exact, so comparing floats decides as the decimals do
        gedateerd: Bools = waarden >= drempels[np.maximum(versies, 0)]
        return gedateerd
    drempel = float(voorwaarde.drempel)
    assert drempel == voorwaarde.drempel  # exact, so comparing floats decides as the decimals do
    result: Bools = waarden >= drempel
    return result


# --- the batch -------------------------------------------------------------------------------


class _Categorie:
    """A categorical output column, filled by code; the one-case rows add their texts."""

    def __init__(self, n: int) -> None:
        self.teksten: list[str] = []
        self.index: dict[str, int] = {}
        self.codes: npt.NDArray[np.signedinteger[Any]] = np.full(n, -1, dtype=np.int8)
        """Narrow while the texts are few (the codes of a 1M-row frame are 1 MB, not 4 MB)."""

    def code(self, tekst: str) -> int:
        code = self.index.get(tekst)
        if code is None:
            code = self.index[tekst] = len(self.teksten)
            self.teksten.append(tekst)
            if code > np.iinfo(self.codes.dtype).max:
                self.codes = self.codes.astype(np.int32 if self.codes.dtype == np.int16 else np.int16)
        return code

    def vul(
        self, deel: slice, sleutel: Gehele, aanwezig: Gehele, eigen: Gehele, tekst: Callable[[int], str]
    ) -> None:
        """Every row of ``deel`` gets the text of its ``sleutel`` (0: none; the keys present, less
        one, are ``aanwezig``): the text of that key's own key in ``eigen``, each made once, named
        in the order of the own keys."""
        uniek, plek = np.unique(eigen, return_inverse=True)
        per_uniek = [self.code(tekst(int(waarde))) for waarde in uniek.tolist()]
        tabel = np.full(int(aanwezig[-1]) + 2 if len(aanwezig) else 1, -1, dtype=self.codes.dtype)
        tabel[aanwezig + 1] = np.array(per_uniek, dtype=self.codes.dtype)[plek]
        np.take(tabel, sleutel, out=self.codes[deel], mode="clip")

    def categorisch(self) -> pd.Categorical:
        return pd.Categorical.from_codes(self.codes, categories=pd.Index(self.teksten, dtype=object))


@bewaakt
def beoordeel_frame(
    frame: pd.DataFrame,
    *,
    beleid: Beleid = STANDAARDBELEID,
    kalender: Schoolkalender | None = None,
    vandaag: date | None = None,
    meenemen: Sequence[str] = (),
) -> pd.DataFrame:
    """Judge every row of ``frame``: the verdict columns of :data:`UITVOERKOLOMMEN`, row for row.

    ``frame`` has the JSON keys of :class:`~verzuimregels.Casus` as columns (absent columns and
    missing cells are facts not given); ``meenemen`` names columns to copy to the output unread,
    such as the caller's own pseudonymous key. ``beleid``, ``kalender`` and ``vandaag`` are those of
    :func:`~verzuimregels.beoordeel`; ``vandaag`` (default: today in Europe/Amsterdam) is fixed once
    for the whole batch. The result has the input's index and one row per input row, in order; a row that the
    one-case API refuses is an error row (``fout_*`` columns), never dropped, never an exception.
    """
    if not frame.columns.is_unique:
        raise Invoerfout.enkel("", "kolom_dubbel", "the frame has duplicate column names")
    ontbrekend = [k for k in meenemen if k not in frame.columns]
    if ontbrekend:
        raise Invoerfout.enkel(
            "meenemen", "kolom_ontbreekt", f"columns to pass through are not in the frame: {ontbrekend}"
        )
    n = len(frame)
    vandaag = vandaag or klok.vandaag()
    gegeven = {naam: frame[naam] for naam in _SOORTEN if naam in frame.columns}
    onbekend = [frame[naam] for naam in frame.columns if naam not in _SOORTEN and naam not in meenemen]
    uit = {k: _Categorie(n) for k in UITVOERKOLOMMEN}
    wortel = BOOM_STROOMSCHEMA if beleid.luxe_verzuim_18plus else BOOM  # boom_voor, with BOOM patchable
    een_voor_een: list[Ints] = []
    groepen: dict[tuple[Any, ...], list[Ints]] = {}
    vast = _Vast.voor(min(n, _STUK))
    schooldagen = _Schooldagen(kalender or GEEN_KALENDER)
    lezers = {
        naam: _lezer(reeks, _SOORTEN[naam], _BOVENGRENS.get(naam, math.inf), vast)
        for naam, reeks in gegeven.items()
    }
    for begin in range(0, n, _STUK):  # in slices: each slice's arrays stay small and are reused
        deel = slice(begin, min(begin + _STUK, n))
        scalair, groep, sleutels = _beoordeel_deel(
            uit, deel, lezers, vast, onbekend, wortel, beleid, kalender, vandaag, schooldagen
        )
        een_voor_een.append(begin + np.flatnonzero(scalair & (groep < 0)))
        if sleutels:
            in_groep = np.flatnonzero(groep >= 0)
            nummers = groep[in_groep]
            for nummer, sleutel in enumerate(sleutels):
                groepen.setdefault(sleutel, []).append(begin + in_groep[nummers == nummer])
    een_voor_een += _vul_groepen(uit, frame, groepen, gegeven, set(meenemen), beleid, kalender, vandaag)
    rijen = np.concatenate(een_voor_een) if een_voor_een else np.zeros(0, dtype=np.int64)
    _vul_een_voor_een(uit, frame, rijen, set(meenemen), beleid, kalender, vandaag)
    kolommen_uit: dict[str, Any] = {k: frame[k].array for k in meenemen}
    kolommen_uit |= {k: c.categorisch() for k, c in uit.items()}
    return pd.DataFrame(kolommen_uit, index=frame.index)


_STUK = 1 << 17
"""Rows judged together: the arrays of one slice (1 MB for 8-byte values) are freed and reused by
the next, where a whole frame's temporary arrays each take fresh memory from the system (page faults
cost as much as the arithmetic on a 1M-row frame)."""

_KOLOMMEN = tuple(_SOORTEN)


def _beoordeel_deel(
    uit: dict[str, _Categorie],
    deel: slice,
    lezers: dict[str, _Lezer],
    vast: _Vast,
    onbekend: list[pd.Series[Any]],
    wortel: Knoop,
    beleid: Beleid,
    kalender: Schoolkalender | None,
    vandaag: date,
    schooldagen: _Schooldagen,
) -> tuple[Bools, npt.NDArray[np.int16], list[tuple[Any, ...]]]:
    """Judge the rows ``deel`` column-wise into ``uit``. Returns the rows it did not judge, and of
    those the ones whose error a group shares (:func:`_vul_groepen`): the group's number per row
    (-1: none) and each group's key."""
    n = deel.stop - deel.start
    scalair = np.zeros(n, dtype=bool)
    groep = np.full(n, -1, dtype=np.int16)
    sleutels: list[tuple[Any, ...]] = []
    kolommen: dict[str, _Kolom] = {}
    fout_kolom = np.full(n, -1, dtype=np.int8)  # the one column whose cell the fast path cannot read
    meer = np.zeros(n, dtype=bool)  # more than one such column, or an unknown key
    for nummer, (naam, soort) in enumerate(_SOORTEN.items()):
        lezer = lezers.get(naam)
        kolommen[naam] = vast.niet_gegeven(soort, deel) if lezer is None else lezer(deel)
        cel = kolommen[naam].scalair
        if cel.any():
            meer |= cel & scalair
            scalair |= cel
            fout_kolom[cel] = nummer
    for reeks in onbekend:
        meer |= reeks.iloc[deel].notna().to_numpy()  # an unknown key: the one-case validation refuses it
    scalair |= meer
    geweigerd = scalair.copy()

    feiten, versie, controle = _feiten(kolommen, scalair, beleid, kalender, vandaag, schooldagen)
    blad = np.full(n, -1, dtype=np.int16)
    wandeling = _Wandeling(feiten, beleid, blad, scalair, versie, groep, sleutels)
    vandaag_code: Sjabloon = (("peildatum_vandaag", ~kolommen["peildatum"].aanwezig),)
    wandeling.loop(wortel, ~scalair, frozenset(), (), vandaag_code)
    _vul_oordelen(uit, wandeling, versie, deel)
    # The case's own checks come before the evaluator's, its fields' before its checks.
    for rijen, sleutel in (
        (np.flatnonzero((controle >= 0) & ~geweigerd), "controle"),
        (np.flatnonzero(geweigerd & ~meer), "veld"),
    ):
        if len(rijen):
            waarden = (controle if sleutel == "controle" else fout_kolom)[rijen]
            for waarde in np.unique(waarden).tolist():
                groep[rijen[waarden == waarde]] = len(sleutels)
                sleutels.append((sleutel, _KOLOMMEN[waarde] if sleutel == "veld" else waarde))
    return scalair, groep, sleutels


_GROEPEERBAAR = (bool, int, float, str, date)
"""Cell types whose equal values a field validates alike (not ``Decimal``: ``1.0 == 1.00``)."""


def _vul_groepen(
    uit: dict[str, _Categorie],
    frame: pd.DataFrame,
    groepen: dict[tuple[Any, ...], list[Ints]],
    gegeven: dict[str, pd.Series[Any]],
    meenemen: set[str],
    beleid: Beleid,
    kalender: Schoolkalender | None,
    vandaag: date,
) -> list[Ints]:
    """The error rows that share their error, each group's error made once by the one-case API.

    * The rows whose only cell the fast path cannot read holds an equal value of the same type in
      the same column: a field is validated on its own value and no check between fields runs
      after a field error, so the errors of that field alone are each row's error
      (:func:`_veldfout`); where it has none (a valid value the fast path does not read), the rows
      are left to the one-case API, as is a cell of another type.
    * The rows whose fields are valid and that violate the same check first (its error names no
      value), and the rows that lack the same fact at the same question
      (:class:`~verzuimregels.fouten.OntbrekendFeit`, or leerplicht undetermined at age 5): the
      group's first row judged by the one-case API gives every row's error.

    Returns the rows left to the one-case API."""
    over: list[Ints] = []
    for sleutel, delen in groepen.items():
        rijen = np.concatenate(delen)
        if sleutel[0] != "veld":
            waarden = _een(_casussen(frame, rijen[:1], meenemen)[0], beleid, kalender, vandaag)
            over += _vul_groep(uit, rijen, waarden)
            continue
        veld = sleutel[1]
        per_waarde: dict[tuple[type[Any], Any], list[int]] = {}
        for rij, cel in zip(rijen.tolist(), _cellen(gegeven[veld].iloc[rijen], _SOORTEN[veld]), strict=True):
            if type(cel) in _GROEPEERBAAR:
                per_waarde.setdefault((type(cel), cel), []).append(rij)
            else:
                over.append(np.array([rij], dtype=np.int64))
        for (_, cel), lijst in per_waarde.items():
            over += _vul_groep(uit, np.array(lijst, dtype=np.int64), _veldfout(veld, cel))
    return over


def _veldfout(veld: str, cel: Any) -> dict[str, str]:
    """The error columns of a case whose only invalid field is ``veld`` holding ``cel``: the errors of
    validating that field alone (:func:`~verzuimregels.fouten.lees_model`'s two steps); none where the
    value is valid (then a check between fields may fail, which depends on the other fields)."""
    invoer = {veld: cel}
    try:
        valideer_model(Casus, invoer)
    except ValidationError as fout:
        if all(e["loc"][:1] == (veld,) for e in fout.errors(include_url=False, include_input=False)):
            return rij_uit_fout(Invoerfout.uit_validatie(fout, "", invoer))
    return {}


def _vul_groep(uit: dict[str, _Categorie], rijen: Ints, waarden: dict[str, str]) -> list[Ints]:
    """One group of :func:`_vul_groepen`: its error (``waarden``) on every row; without one, the
    rows are left to the one-case API."""
    if "fout_regel" not in waarden:
        return [rijen]
    for kolom, tekst in waarden.items():
        uit[kolom].codes[rijen] = uit[kolom].code(tekst)
    return []


def _feiten(
    kolommen: dict[str, _Kolom],
    scalair: Bools,
    beleid: Beleid,
    kalender: Schoolkalender | None,
    vandaag: date,
    schooldagen: _Schooldagen,
) -> tuple[dict[str, _Feit], Gehele, npt.NDArray[np.int8]]:
    """The facts the tree reads, derived ones included, the law version per row, and per row the
    first of :data:`CASUS_CHECKS` it violates (-1: none); rows for the one-case path go to
    ``scalair`` (those that violate a check too)."""
    geboren, eerste, peil, gegeven = (
        kolommen["geboortedatum"],
        kolommen["eerste_verzuimdag"],
        kolommen["peildatum"],
        kolommen[LEEFTIJD],
    )
    # The checks of the evaluator (geen_wetsversie, leerplicht_onbepaald); Casus's own are below.
    datums = geboren.aanwezig & eerste.aanwezig
    peildag = peil.waarde + np.multiply(~peil.aanwezig, (vandaag - _EPOCHE).days)  # 0 where missing
    versie = np.full(len(peildag), -1, dtype=np.int8)  # bisect_right over WETSVERSIES, less one
    for versiedatum in WETSVERSIES:
        versie += peildag >= (versiedatum - _EPOCHE).days
    scalair |= versie < 0
    # At 5 without the dates leerplicht is undetermined: the question that reads it raises
    # (_begonnen_op_leeftijd), so for the walk the fact is missing there.
    onbepaald = ~datums & gegeven.aanwezig & (gegeven.waarde == LEERPLICHTIGE_LEEFTIJD)

    regel = beleid.verjaardag_29_februari
    ander = _andere(regel)
    # op_29: one birth in 1,461 is on 29 February; only there the rule applies
    geboren_jmd, geboren_maand, op_29 = _geboortedelen(geboren.waarde)
    eerste_jmd = _jmd(eerste.waarde)
    peil_jmd = _jmd(peildag)
    schrikkel29 = np.zeros(len(datums), dtype=bool)
    schrikkel29[op_29] = datums[op_29]
    leeftijd = _leeftijd(geboren_jmd, eerste_jmd)
    nu = _leeftijd(geboren_jmd, peil_jmd)
    leeftijd_ander = leeftijd.copy()  # the two rules differ only for a birth on 29 February
    if len(op_29):
        jaar_29, dag_29 = geboren_jmd[op_29] // 10_000, np.full(len(op_29), SCHRIKKELDAG)
        eerste_jaar, eerste_dag = np.divmod(eerste_jmd[op_29], 10_000)
        leeftijd[op_29] = leeftijd_op_kolom(jaar_29, dag_29, eerste_jaar, eerste_dag, regel)
        leeftijd_ander[op_29] = leeftijd_op_kolom(jaar_29, dag_29, eerste_jaar, eerste_dag, ander)
        peil_jaar, peil_dag = np.divmod(peil_jmd[op_29], 10_000)
        nu[op_29] = leeftijd_op_kolom(jaar_29, dag_29, peil_jaar, peil_dag, regel)
    leeftijden = {regel: leeftijd, ander: leeftijd_ander}
    leeftijden = {keuze: leeftijden[keuze] for keuze in Verjaardag29Februari}
    # Casus's checks between fields: a row that violates one goes to the one-case path, which raises it.
    velden = _Velden(kolommen, tuple(leeftijden.values()))
    strijdig = np.flatnonzero(violated_rows(CASUS_CHECKS, velden))
    scalair[strijdig] = True
    controle = np.full(len(scalair), -1, dtype=np.int8)
    if len(strijdig):  # the first check a row violates is its error (few rows: their own view)
        alleen = _Velden(
            {
                k: _Kolom(v.waarde[strijdig], v.aanwezig[strijdig], v.scalair[strijdig])
                for k, v in kolommen.items()
            },
            tuple(leeftijd[strijdig] for leeftijd in velden.leeftijden),
        )
        eerste_fout = np.full(len(strijdig), -1, dtype=np.int8)
        for nummer in reversed(range(len(CASUS_CHECKS))):
            eerste_fout[CASUS_CHECKS[nummer].violated_rows(alleen)] = nummer
        controle[strijdig] = eerste_fout
    berekend = datums & ~gegeven.aanwezig
    # The birthday itself matters at 18 and 23 only: on it the age is the years between.
    verjaardag_zelf = berekend & ((leeftijd == ACHTTIEN_JAAR) | (leeftijd == DRIEENTWINTIG_JAAR))
    grensrijen = np.flatnonzero(verjaardag_zelf)  # few
    grens_jaar, grens_dag = np.divmod(eerste_jmd[grensrijen], 10_000)
    verjaardag_zelf[grensrijen] = grens_dag == verjaardag_maanddag_kolom(
        geboren_jmd[grensrijen] % 10_000, grens_jaar, regel
    )
    code29 = f"verjaardag_29_februari:{regel.value}"
    leeftijd_feit = _Feit(
        gegeven.waarde + leeftijd * ~gegeven.aanwezig,  # the given age, else (it is 0 there) the dates
        gegeven.aanwezig | datums,
        (
            (code29, berekend & schrikkel29 & (leeftijd != leeftijd_ander)),
            ("verjaardag_zelf", verjaardag_zelf),
            (
                "leeftijd_eerste_verzuimdag",
                berekend
                & (
                    ((leeftijd < ACHTTIEN_JAAR) != (nu < ACHTTIEN_JAAR))
                    | ((leeftijd < DRIEENTWINTIG_JAAR) != (nu < DRIEENTWINTIG_JAAR))
                ),
            ),
        ),
    )

    # Art. 3 lid 1: leerplicht starts on the first school day of the month after the fifth birthday.
    scalair |= datums & (geboren.waarde >= _TE_LAAT_VOOR_LEERPLICHT)
    bruikbaar = datums & ~scalair

    def begin(keuze: Verjaardag29Februari, rijen: Ints | None) -> tuple[Ints, Bools, _Maanden]:
        """The start of leerplicht under rule ``keuze`` on ``rijen`` (``None``: every row, the columns
        not copied), where the holidays are unknown, and the months of the rows."""
        if rijen is None:
            bruik = bruikbaar
            # the month after that of the fifth birthday: the birth month's index + 5 * 12 + 1 ...
            maand = geboren_maand + (LEERPLICHTIGE_LEEFTIJD * 12 + 1)
            if len(op_29):  # ... but for a birth on 29 February the rule says which month
                maand[op_29] = maand_na_vijfde_verjaardag_kolom(
                    geboren_jmd[op_29] // 10_000, np.full(len(op_29), SCHRIKKELDAG), keuze
                )
        else:
            bruik = bruikbaar[rijen]
            maand = maand_na_vijfde_verjaardag_kolom(
                geboren_jmd[rijen] // 10_000, geboren_jmd[rijen] % 10_000, keuze
            )
        maand -= 2000 * 12 + 1  # a month whose school day is known where the row has no dates
        maand *= bruik
        maand += 2000 * 12 + 1
        tabel = _Maanden(maand)
        dagen, onbekend = tabel.eerste_schooldagen(schooldagen)
        onbekend &= bruik
        if onbekend.any():  # begin_leerplicht_voor: without the calendar where it cannot matter
            eerste_dag = tabel.eerste_dagen()
            dag = eerste.waarde if rijen is None else eerste.waarde[rijen]
            nabij = onbekend & (dag >= eerste_dag) & (dag < eerste_dag + ZEKER_NA.days)
            scalair[np.flatnonzero(nabij) if rijen is None else rijen[nabij]] = True  # in place
            dagen = np.where(onbekend, tabel.eerste_schooldagen(_Schooldagen(GEEN_KALENDER))[0], dagen)
        return dagen, onbekend, tabel

    begin_regel, vakanties_onbekend, maanden = begin(regel, None)
    begonnen = (datums & (eerste.waarde >= begin_regel)) | (
        ~datums & (gegeven.waarde > LEERPLICHTIGE_LEEFTIJD)
    )
    flag29 = schrikkel29.copy()
    if len(op_29):  # only there the other rule can move the start (rows with dates only)
        schrikkelrijen = op_29[schrikkel29[op_29]]
        flag29[schrikkelrijen] = begonnen[schrikkelrijen] != (
            eerste.waarde[schrikkelrijen] >= begin(ander, schrikkelrijen)[0]
        )
    # at most one calendar month after the month of the start: before the first of the month after next
    zonder_kalender = datums & (begin_regel <= eerste.waarde) & (kalender is None)
    if kalender is None:  # then no month's holidays are unknown: the start is the month's school day
        zonder_kalender &= eerste.waarde < maanden.na_volgende_maand()
    leerplicht_feit = _Feit(
        begonnen,
        ~onbepaald,
        (
            (code29, flag29),
            ("begin_leerplicht_zonder_kalender", zonder_kalender),
            ("begin_leerplicht_vakanties_onbekend", vakanties_onbekend),
        ),
    )

    feiten = {
        naam: _Feit(k.waarde, k.aanwezig) for naam, k in kolommen.items() if naam not in _STANDAARD_ONWAAR
    }
    for naam in _STANDAARD_ONWAAR:
        k = kolommen[naam]
        feiten[naam] = _Feit(k.waarde & k.aanwezig, np.ones(len(k.waarde), dtype=bool))
    feiten[LEEFTIJD] = leeftijd_feit
    feiten[LEERPLICHT_BEGONNEN] = leerplicht_feit
    return feiten, versie, controle


@dataclass(slots=True)
class _Velden:
    """The input columns as :data:`~verzuimregels.keuzehulp.checks.CASUS_CHECKS` read them
    (:class:`~verzuimregels.keuzehulp.checks.CasusColumns`)."""

    kolommen: dict[str, _Kolom]
    leeftijden: tuple[Ints, ...]

    def given(self, name: str) -> Bools:
        return self.kolommen[name].aanwezig

    def value(self, name: str) -> npt.NDArray[Any]:
        return self.kolommen[name].waarde

    def ages(self) -> tuple[Ints, ...]:
        return self.leeftijden


def _vul_oordelen(uit: dict[str, _Categorie], wandeling: _Wandeling, versie: Gehele, deel: slice) -> None:
    """The verdict columns of the rows the walk judged (``blad``: the index of their path; -1 for the
    rows left to the one-case path), on every row at once: no gather of the judged rows.

    Every column is a function of one key per row, (path, law version, the policy flags set), so the
    key is made once and each column is one look-up in a table of the keys present. A column's texts
    are named in the order of its own key (the path; path and version; the version; path and
    flags), as :meth:`_Categorie.vul` names them."""
    paden = wandeling.paden
    blad = wandeling.blad
    vlaggen: dict[int, tuple[int, Bools]] = {}
    for _, _, sjabloon in paden:
        for _, vlag in sjabloon:
            if vlag is not None and id(vlag) not in vlaggen:
                vlaggen[id(vlag)] = (len(vlaggen), vlag)
    versies, breedte = len(WETSVERSIES), 1 << len(vlaggen)
    omvang = len(paden) * versies * breedte
    sleutel: Gehele = blad.astype(np.int32 if omvang < 1 << 31 else np.int64)
    sleutel *= versies
    sleutel += versie
    sleutel *= breedte
    for bit, vlag in vlaggen.values():  # arithmetic, not masked writes (10x slower on random masks)
        if vlag.any():
            sleutel += np.multiply(vlag, 1 << bit, dtype=sleutel.dtype)
    hier = blad >= 0
    sleutel *= hier
    sleutel += hier  # 0: not judged here
    sleutel = sleutel.astype(np.intp, copy=False)  # once: bincount and take would each convert it
    aanwezig = np.flatnonzero(np.bincount(sleutel, minlength=omvang + 1)[1:])
    pad_index, rest = np.divmod(aanwezig, versies * breedte)
    versie_index, gezet = np.divmod(rest, breedte)

    def codes(sleutel: int) -> str:
        pad, bits = divmod(sleutel, breedte)
        gekozen = (code for code, vlag in paden[pad][2] if vlag is None or bits >> vlaggen[id(vlag)][0] & 1)
        return ",".join(code.split(":", 1)[0] for code in dict.fromkeys(gekozen))

    def grondslag(combinatie: int) -> str:
        pad, versie_ = divmod(combinatie, versies)
        return "; ".join(bron.titel for bron in _grondslag(paden[pad][1].grondslag, WETSVERSIES[versie_]))

    kolommen: tuple[tuple[str, Gehele, Callable[[int], str]], ...] = (
        ("verzuimsoort", pad_index, lambda pad: paden[pad][1].verzuimsoort.value),
        ("meldplicht", pad_index, lambda pad: paden[pad][1].meldplicht.value),
        ("pad", pad_index, lambda pad: _padcode(paden[pad][0])),
        ("grondslag", pad_index * versies + versie_index, grondslag),
        ("regelversie", versie_index, lambda versie_: regelversie(WETSVERSIES[versie_])),
        ("beleidskeuzes", pad_index * breedte + gezet, codes),
    )
    for naam, eigen, tekst in kolommen:
        uit[naam].vul(deel, sleutel, aanwezig, eigen, tekst)


def _vul_een_voor_een(
    uit: dict[str, _Categorie],
    frame: pd.DataFrame,
    rijen: Ints,
    meenemen: set[str],
    beleid: Beleid,
    kalender: Schoolkalender | None,
    vandaag: date,
) -> None:
    """The rows the column-wise path left: judged by the one-case API itself."""
    if not len(rijen):  # reading no rows still costs a pandas take per column
        return
    for rij, casus in zip(rijen.tolist(), _casussen(frame, rijen, meenemen), strict=True):
        for kolom, tekst in _een(casus, beleid, kalender, vandaag).items():
            uit[kolom].codes[rij] = uit[kolom].code(tekst)


def _een(
    casus: dict[str, Any], beleid: Beleid, kalender: Schoolkalender | None, vandaag: date
) -> dict[str, str]:
    """The output columns of one case, by the one-case API."""
    try:
        return rij_uit_oordeel(beoordeel(casus, beleid=beleid, kalender=kalender, vandaag=vandaag))
    except Invoerfout as fout:
        return rij_uit_fout(fout)
