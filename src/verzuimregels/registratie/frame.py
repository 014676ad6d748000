"""The record analysis for many pupils at once: a records frame in, a meldingen frame out.

:func:`analyseer_frame` is a plain pandas-DataFrame-to-DataFrame function over a group of pupils, so
it runs unchanged under Dask (``map_partitions`` on a frame partitioned by ``sleutel``, or
``groupby("sleutel").apply``) and PySpark (``groupBy("sleutel").applyInPandas``). Each pupil's
rows give the same meldingen, in the same order, as :func:`~verzuimregels.registratie.analyseer`
on that pupil (``docs/schaal-registratie.md``).

Input: one row per record, the pupil's columns repeated on each of its rows (a pupil without
records: one row with the record columns empty); or the records and the pupils as two frames
joined on ``sleutel``. Columns (:data:`LEERLING_KOLOMMEN`, :data:`SCHOOL_KOLOMMEN`,
:data:`RECORD_KOLOMMEN`) carry the fields of :class:`Leerling`, :class:`School` and
:class:`Record`; a missing column or an empty cell takes the model's default. The pupil columns are
read from a pupil's first row.

Output (:data:`UITVOER_KOLOMMEN`): one row per melding due (``uitkomst`` ``melding``), one row for a
pupil with nothing due (``geen_melding``), and one row per error for a pupil whose input failed
validation (``fout``: field, rule and message, never the input value). Every pupil in is in the
output: nothing is dropped, one bad pupil never stops the batch.

Most pupils have no unexcused or holiday record. When such a pupil's rows are plainly valid (whole
lesdagen inside the school year, one record a day, no vrijstelling), nothing can be due and no rule
can fail, so the pupil gets its ``geen_melding`` row without building the models; every other pupil
goes through the full validation and analysis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, time
from decimal import Decimal
from typing import Any, TypeVar

try:
    import numpy as np
    import pandas as pd
except ModuleNotFoundError as _fout:
    from ..fouten import OntbrekendeExtra

    raise OntbrekendeExtra("verzuimregels.registratie.frame", "frame", _fout.name) from None
from pydantic import BaseModel

from ..beleid import STANDAARDBELEID, Beleid
from ..engine.constraints import bounds, max_length
from ..fouten import Invoerfout, Veldfout, bewaakt, is_persoonsnummer
from ..kalender import begin_schooljaar, einde_schooljaar, schooljaar_van
from .analyse import Melding, Situatie, meldingen_en_signalen_op, meldingen_op
from .kolommen import SIGNAAL_KOLOMMEN, UITVOER_KOLOMMEN
from .kolomsgewijs import Kolomsgewijs, _objecten, analyseer_kolomsgewijs, volgorde_van
from .modellen import Leerling, Record, Reden, School, lees_leerling
from .signalen import Signaal

LEERLING_KOLOMMEN = (
    "sleutel",
    "geboortedatum",
    "startkwalificatie",
    "ingeschreven",
    "schooljaar",
    "vrijstelling_grond",
    "vrijstelling_begin",
    "vrijstelling_einde",
    "vrijstelling_kennisgeving",
    "vrijstelling_verklaring",
)
"""The pupil's columns (``sleutel`` required; one vrijstelling at most in this form, with at most one
notice: ``vrijstelling_kennisgeving`` is its day, ``vrijstelling_verklaring`` the day of the art. 7
statement)."""

_VRIJSTELLING_KOLOMMEN = LEERLING_KOLOMMEN[5:]
SCHOOL_KOLOMMEN = (
    "onderwijssoort",
    "regio",
    "lesuur_minuten",
    "telt_lesuren",
    "uren_per_lesdag",
    "afspraak_gemeente_18plus",
    "te_laat_telt_mee",
)
"""The school's columns (on each pupil row; the school's own free days are not in this form)."""
RECORD_KOLOMMEN = ("datum", "reden", "uren", "van", "tot", "gemeld_op")
"""The record's columns; a row with all of them empty is a pupil without records. An optional
``positie`` column orders a pupil's records (their positions name them in results and errors);
without it, the frame's row order does."""
MELDING = "melding"
GEEN_MELDING = "geen_melding"
FOUT = "fout"
SIGNAAL = "signaal"

_GEHEEL = frozenset({"lesuur_minuten", "schooljaar"})
_RELEVANT = frozenset(
    {
        Reden.ONGEOORLOOFD.value,
        Reden.TE_LAAT.value,
        Reden.VAKANTIE.value,
        # a registered verlof beyond what the head may grant is verzuim (art. 13a lid 2, 14 lid 3)
        Reden.VERLOF_13A.value,
        Reden.VERLOF_14.value,
    }
)
_ONSCHULDIG = frozenset(r.value for r in Reden) - _RELEVANT
_REDENEN = {r.value: r for r in Reden}


def uitvoer_meta(signalen: bool = False) -> pd.DataFrame:
    """An empty output frame with the output's columns and dtypes (Dask's ``meta``)."""
    namen = (*UITVOER_KOLOMMEN, *SIGNAAL_KOLOMMEN) if signalen else UITVOER_KOLOMMEN
    return _frame({k: [] for k in namen})


def _frame(kolommen: dict[str, Any]) -> pd.DataFrame:
    """The output frame of these columns (lists or arrays): objects, ``volgnummer`` as ``int64``,
    the counts as the nullable ``Int64``. Each column is one array of the frame (no copy into a
    block of all)."""
    reeksen: dict[str, pd.Series[Any]] = {}
    for naam, waarden in kolommen.items():
        if naam == "volgnummer":
            reeksen[naam] = pd.Series(np.asarray(waarden, dtype=np.int64))
        elif naam in _AANTALLEN:
            cellen = _objecten(waarden)
            leeg = np.asarray(pd.isna(cellen), dtype=bool)
            heel = np.where(leeg, 0, cellen).astype(np.int64)
            reeksen[naam] = pd.Series(pd.arrays.IntegerArray(heel, leeg))
        else:
            reeksen[naam] = pd.Series(waarden, dtype=object)
    return pd.DataFrame(reeksen, copy=False)


_AANTALLEN = frozenset({"aaneengesloten_dagen", "aantal"})


@bewaakt
@bewaakt
def naar_frame(leerlingen: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Pupil dicts (the input of ``analyseer``) as one records frame: one row per record, the
    pupil's and school's fields repeated. Made meldingen and the school's own days are left out.

    The values are not checked here (``analyseer_frame`` does, per pupil), only the shape: a pupil, its
    ``school``, each record, vrijstelling and kennisgeving is a mapping, ``records``, ``vrijstellingen``
    and ``kennisgevingen`` are lists; anything else raises :class:`~verzuimregels.fouten.Invoerfout`
    naming the pupil by position and the field."""
    rijen: dict[str, list[Any]] = {
        k: [] for k in (*LEERLING_KOLOMMEN, *SCHOOL_KOLOMMEN, *RECORD_KOLOMMEN, "positie")
    }
    for nummer, leerling in enumerate(leerlingen, start=1):
        waar = str(nummer)
        _object(leerling, waar)
        school = _object(leerling.get("school") or {}, f"{waar}.school")
        vrij = _object(
            _lijst_van(leerling.get("vrijstellingen"), f"{waar}.vrijstellingen")[0],
            f"{waar}.vrijstellingen.1",
        )
        kennisgeving = _object(
            _lijst_van(vrij.get("kennisgevingen"), f"{waar}.vrijstellingen.1.kennisgevingen")[0],
            f"{waar}.vrijstellingen.1.kennisgevingen.1",
        )
        records = _lijst_van(leerling.get("records"), f"{waar}.records")
        for positie, r in enumerate(records, start=1):
            _object(r, f"{waar}.records.{positie}")
        leerlingvelden = [
            leerling.get("sleutel"),
            leerling.get("geboortedatum"),
            leerling.get("startkwalificatie"),
            leerling.get("ingeschreven"),
            leerling.get("schooljaar"),
            vrij.get("grond"),
            vrij.get("begin"),
            vrij.get("einde"),
            kennisgeving.get("op"),
            kennisgeving.get("verklaring_op"),
            *(school.get(k) for k in SCHOOL_KOLOMMEN),
        ]
        for positie, r in enumerate(records, start=1):
            for k, v in zip(
                rijen,
                (*leerlingvelden, *(r.get(k) for k in RECORD_KOLOMMEN), positie if r else None),
                strict=True,
            ):
                rijen[k].append(v)
    return pd.DataFrame({k: _getypeerd(k, v) for k, v in rijen.items()})


_DATUMS = frozenset(
    {
        "geboortedatum",
        "vrijstelling_begin",
        "vrijstelling_einde",
        "vrijstelling_kennisgeving",
        "vrijstelling_verklaring",
        "datum",
        "gemeld_op",
    }
)
_JA_NEE = frozenset(
    {"startkwalificatie", "ingeschreven", "telt_lesuren", "afspraak_gemeente_18plus", "te_laat_telt_mee"}
)


def _object(waarde: Any, veld: str) -> Mapping[str, Any]:
    if not isinstance(waarde, Mapping):
        raise Invoerfout.enkel(veld, "geen_object", f"{veld} must be a mapping (a JSON object)")
    return waarde


def _lijst_van(waarde: Any, veld: str) -> list[Any]:
    """``waarde`` as a list of at least one element (an empty or missing list: one empty object)."""
    if waarde is None:
        return [{}]
    if isinstance(waarde, str | bytes | Mapping) or not isinstance(waarde, Iterable):
        raise Invoerfout.enkel(veld, "geen_lijst", f"{veld} must be a list")
    return list(waarde) or [{}]


_PANDAS_DATUMS = (date(1678, 1, 1), date(2262, 4, 11))
"""The dates ``datetime64[ns]`` holds (pandas' ``Timestamp.min`` and ``max``, whole days)."""


def _getypeerd(naam: str, waarden: list[Any]) -> pd.Series | list[Any]:
    """Dates as ``datetime64``, yes/no as the nullable ``boolean`` when every value is one (engines
    such as Dask turn object columns into text); anything else, such as a bad value, as it is."""
    soorten = set(map(type, waarden)) - {type(None)}
    if (
        naam in _DATUMS
        and soorten == {date}
        and all(w is None or _PANDAS_DATUMS[0] <= w <= _PANDAS_DATUMS[1] for w in waarden)
    ):
        return pd.Series(pd.to_datetime(waarden), dtype="datetime64[ns]")
    if naam in _JA_NEE and soorten == {bool}:
        return pd.Series(waarden, dtype="boolean")
    return waarden


def _waarde(x: Any) -> Any:
    """A non-empty cell as a plain Python value (empty cells were set to None before)."""
    if isinstance(x, pd.Timestamp):
        return x.date()
    if isinstance(x, np.generic):
        return _waarde(x.item())
    if isinstance(x, list):
        return tuple(x)
    if isinstance(x, np.ndarray):
        return tuple(x.tolist())
    return x


_EENVOUDIG = frozenset({str, date, time, bool, int, Decimal, tuple, type(None)})
"""Python types a cell can hold as is (floats may be NaN; pandas and numpy scalars are converted)."""


def _lijst(df: pd.DataFrame, naam: str, volgorde: np.ndarray) -> list[Any]:
    """Column ``naam`` in ``volgorde`` as Python values, empty cells as None (absent: all None)."""
    if naam not in df.columns:
        return [None] * len(volgorde)
    s = df[naam]
    uit: list[Any]
    numpy = isinstance(s.dtype, np.dtype)
    if numpy and s.dtype.kind == "M":
        uit = s.to_numpy()[volgorde].astype("datetime64[D]").tolist()
    elif numpy and s.dtype.kind in "biu":
        uit = s.to_numpy()[volgorde].tolist()
    elif numpy and s.dtype.kind == "f":
        uit = [None if x != x else x for x in s.to_numpy()[volgorde].tolist()]
    else:
        waarden = s.take(volgorde).to_numpy(dtype=object, copy=True)  # only these rows leave their array
        leeg = pd.isna(waarden)
        if leeg.any():
            waarden[leeg] = None
        uit = waarden.tolist()
        if not _EENVOUDIG.issuperset(map(type, uit)):
            uit = [_waarde(x) for x in uit]
    if naam in _GEHEEL:  # a frame turns an int column with gaps into floats
        uit = [int(x) if isinstance(x, float) and x.is_integer() else x for x in uit]
    return uit


@bewaakt
def analyseer_frame(
    records: pd.DataFrame,
    peildatum: date,
    *,
    leerlingen: pd.DataFrame | None = None,
    beleid: Beleid = STANDAARDBELEID,
    signalen: bool = False,
) -> pd.DataFrame:
    """The meldingen due on ``peildatum`` for every pupil in ``records`` (see the module).

    ``records``: one row per record with the pupil columns, or (with ``leerlingen``, one row per
    pupil) only ``sleutel`` and the record columns. ``sleutel`` may also be the index.
    ``signalen``: also one row per signal of :func:`~verzuimregels.registratie.analyseer`, after the
    pupil's meldingen, with the columns :data:`SIGNAAL_KOLOMMEN` appended.
    """
    if "sleutel" not in records.columns and records.index.name == "sleutel":
        records = records.reset_index()
    _bekende_kolommen(records, "records")
    if leerlingen is not None:
        if "sleutel" not in leerlingen.columns and leerlingen.index.name == "sleutel":
            leerlingen = leerlingen.reset_index()
        _bekende_kolommen(leerlingen, "leerlingen")
        eigen = [k for k in records.columns if k == "sleutel" or k not in leerlingen.columns]
        records = leerlingen.merge(records[eigen], on="sleutel", how="left", sort=False)
    if "sleutel" not in records.columns:
        raise Invoerfout.enkel("sleutel", "kolom_ontbreekt", "the frame has no sleutel column")
    codes = _leerlingcodes(records["sleutel"])
    if "positie" in records.columns:
        positie = pd.to_numeric(records["positie"]).fillna(0).to_numpy()
        volgorde = volgorde_van(positie, codes)
    else:
        volgorde = volgorde_van(codes)
    gesorteerd = codes[volgorde]
    grenzen = np.flatnonzero(np.diff(gesorteerd)) + 1
    starts = np.concatenate(([0], grenzen)).astype(np.int64) if len(gesorteerd) else np.zeros(0, np.int64)
    eindes = np.concatenate((grenzen, [len(gesorteerd)])).astype(np.int64) if len(gesorteerd) else starts
    eerste = volgorde[starts]
    sleutels = _lijst(records, "sleutel", eerste)
    schoolcode, schoolwaarden = _schoolcodes(records, eerste)
    scholen = [_school(waarden) for waarden in schoolwaarden]
    # Column-wise first (without signals: those need each pupil's full analysis).
    snel = analyseer_kolomsgewijs(
        records, volgorde, starts, eindes, sleutels, peildatum, beleid, scholen, schoolcode, not signalen
    )
    # The other pupils, one by one (their rows only).
    gedaan = np.zeros(len(starts), dtype=bool)
    gedaan[snel.leerlingen] = True
    rest = np.flatnonzero(~gedaan)
    lengtes = eindes[rest] - starts[rest]
    rijen = volgorde[
        np.repeat(starts[rest] - np.cumsum(lengtes) + lengtes, lengtes) + np.arange(lengtes.sum())
    ]
    kolom = {k: _lijst(records, k, rijen) for k in (*LEERLING_KOLOMMEN, *SCHOOL_KOLOMMEN, *RECORD_KOLOMMEN)}
    uit = _Uitvoer(signalen)
    relevant = _RELEVANT | _VOOR_SIGNALEN if signalen else _RELEVANT
    b = 0
    for g, n in zip(rest.tolist(), lengtes.tolist(), strict=True):
        a, b = b, b + n
        uit.groep = g
        if gesorteerd[starts[g]] < 0:  # rows without a sleutel: each an error row of its own
            for _ in range(a, b):
                uit.fouten(None, [_ZONDER_SLEUTEL])
            continue
        sleutel = kolom["sleutel"][a]
        if isinstance(sleutel, str) and is_persoonsnummer(sleutel):  # never echoed, not even as a key
            uit.fouten(None, [_PERSOONSNUMMER])
            continue
        school = scholen[schoolcode[g]]
        leerling_snel = _snel(kolom, a, b, school, peildatum, relevant)
        if isinstance(leerling_snel, Situatie):
            uit.geen(sleutel, leerling_snel)
            continue
        try:
            leerling = leerling_snel if leerling_snel is not None else lees_leerling(_leerling(kolom, a, b))
            if signalen:
                situatie, meldingen, gevonden = meldingen_en_signalen_op(leerling, peildatum, beleid)
            else:
                (situatie, meldingen), gevonden = meldingen_op(leerling, peildatum, beleid), []
        except Invoerfout as fout:
            uit.fouten(sleutel, fout.fouten)
            continue
        if not meldingen and not gevonden:
            uit.geen(sleutel, situatie)
        for i, m in enumerate(meldingen, start=1):
            uit.melding(sleutel, situatie, i, m)
        for i, s in enumerate(gevonden, start=len(meldingen) + 1):
            uit.signaal(sleutel, situatie, i, s)
    return uit.frame(snel, sleutels)


_VOOR_SIGNALEN = frozenset(
    {Reden.ZIEK.value, Reden.RELIGIEUS.value, Reden.VERLOF_13A.value, Reden.VERLOF_14.value}
    | {Reden.VRIJSTELLING_11A.value}
)
"""Reasons only signals read (MAZL, art. 12, 13, 13a, 14, 11a): with ``signalen``, not plainly nothing."""


DOORGEGEVEN_KOLOMMEN = ("groep", "woongemeente", "school")
"""Columns the analysis does not read but accepts: the worklist (``werklijst_frame``) groups by them."""
_KOLOMMEN = frozenset(
    (*LEERLING_KOLOMMEN, *SCHOOL_KOLOMMEN, *RECORD_KOLOMMEN, "positie", *DOORGEGEVEN_KOLOMMEN)
)


def _bekende_kolommen(frame: pd.DataFrame, naam: str) -> None:
    """Refuse a column the analysis does not read (a misspelled one would silently take a default).

    The column is named by its position, never by its text: a frame read from a CSV file without
    a header row has a pupil's data as column names.
    """
    if not frame.columns.is_unique:
        raise Invoerfout.enkel(naam, "kolom_dubbel", "the frame has duplicate column names")
    onbekend = [str(i) for i, k in enumerate(frame.columns, start=1) if k not in _KOLOMMEN]
    if onbekend:
        raise Invoerfout.enkel(
            naam,
            "onbekende_kolom",
            f"unknown column(s) at position {', '.join(onbekend)}; the frame may have: "
            + ", ".join(sorted(_KOLOMMEN)),
        )


_PERSOONSNUMMER = Veldfout(
    veld="sleutel",
    regel="sleutel_persoonsnummer",
    melding="the sleutel passes the BSN or onderwijsnummer check: use a pseudonymous key of your own",
)
_ZONDER_SLEUTEL = Veldfout(veld="sleutel", regel="sleutel_ontbreekt", melding="the row has no sleutel")


def _leerlingcodes(sleutel: pd.Series[Any]) -> np.ndarray:
    """``pd.factorize(sleutel, use_na_sentinel=True)[0]``. For a text column without empty cells
    whose pupils' rows lie together (files per group of pupils), from the runs of equal neighbours,
    one comparison a row instead of a hash, when the runs' keys are distinct: the run's number is
    then the code ``factorize`` gives (the order of first appearance)."""
    if isinstance(sleutel.dtype, pd.StringDtype) and len(sleutel) > 1 and not sleutel.hasnans:
        waarden = sleutel.array
        nieuw = np.asarray(waarden[1:] != waarden[:-1], dtype=bool)
        if sleutel.take(np.concatenate(([0], np.flatnonzero(nieuw) + 1))).is_unique:
            uit = np.zeros(len(sleutel), dtype=np.int64)  # one array (a temporary is a fresh mmap
            np.cumsum(nieuw, out=uit[1:])  # under Dask's MALLOC_TRIM_THRESHOLD_: kolomsgewijs._STUK)
            return uit
    codes: np.ndarray = pd.factorize(sleutel, use_na_sentinel=True)[0]
    return codes


def _schoolcodes(df: pd.DataFrame, eerste: np.ndarray) -> tuple[np.ndarray, list[tuple[Any, ...]]]:
    """Per pupil (its first row in ``eerste``): the index of its school's cells among the distinct
    ones, and those cells as :func:`_lijst` reads them (a school built once per distinct school).

    Columns of one type (numbers, text, yes/no) are grouped by value, without a Python value per
    pupil; a column of Python objects is read per pupil, as :func:`_lijst` reads it, because there
    equal is not the same (``True == 1``, a ``str`` subclass)."""
    code = np.zeros(len(eerste), dtype=np.int64)
    for naam in SCHOOL_KOLOMMEN:
        if naam not in df.columns:
            continue
        kolom = df[naam]
        if isinstance(kolom.dtype, np.dtype) and kolom.dtype.kind == "O":
            gezien: dict[tuple[type, Any], int] = {}
            waarden = _lijst(df, naam, eerste)
            codes = np.array(
                [gezien.setdefault((type(w), w), len(gezien)) for w in waarden], dtype=np.int64
            ).reshape(-1)
        else:
            codes = pd.factorize(kolom.take(eerste), use_na_sentinel=True)[0].astype(np.int64)
        code = pd.factorize(code * (int(codes.max(initial=-1)) + 2) + codes + 1)[0].astype(np.int64)
    _, voorbeeld, code = np.unique(code, return_index=True, return_inverse=True)
    kolommen = [_lijst(df, naam, eerste[voorbeeld]) for naam in SCHOOL_KOLOMMEN]
    return code.reshape(-1).astype(np.int64), list(zip(*kolommen, strict=True))


def _school(waarden: tuple[Any, ...]) -> School | None:
    try:
        return School.model_validate(
            {k: v for k, v in zip(SCHOOL_KOLOMMEN, waarden, strict=True) if v is not None}
        )
    except ValueError:
        return None


_SLEUTEL_MAX = max_length(Leerling, "sleutel")
_JAAR_VAN, _JAAR_TOT = bounds(Leerling, "schooljaar")
"""The fast path's checks, read from the model's own constraints (never copied)."""


def _snel(
    kolom: dict[str, list[Any]],
    a: int,
    b: int,
    school: School | None,
    peildatum: date,
    relevant_redenen: frozenset[str] = _RELEVANT,
) -> Situatie | Leerling | None:
    """A pupil whose rows are plainly valid, without pydantic's validation; None when in doubt.

    Plainly valid: a valid school, typed pupil columns, no vrijstelling, and records that are each
    alone on their day, inside the school year, on or after the birth date, with a known reason and
    whole hours or a time span within the lesdag. Such rows pass every rule of :class:`Leerling`,
    so the model is constructed as is; anything else goes through the full validation. Without an
    unexcused or holiday record nothing can be due: the pupil's situation is all there is to say.
    """
    sleutel = kolom["sleutel"][a]
    geboren = kolom["geboortedatum"][a]
    start, ingeschreven, jaar = (
        kolom["startkwalificatie"][a],
        kolom["ingeschreven"][a],
        kolom["schooljaar"][a],
    )
    if (
        school is None
        or type(sleutel) is not str
        or len(sleutel) > _SLEUTEL_MAX
        or type(geboren) is not date
        or (start is not None and type(start) is not bool)
        or (ingeschreven is not None and type(ingeschreven) is not bool)
        or (jaar is not None and (type(jaar) is not int or not _JAAR_VAN <= jaar <= _JAAR_TOT))
        or any(kolom[k][a] is not None for k in _VRIJSTELLING_KOLOMMEN)
    ):
        return None
    datum, reden, uren, van, tot, gemeld = (kolom[k] for k in RECORD_KOLOMMEN)
    if b - a == 1 and datum[a] is None and reden[a] is None and uren[a] is None and van[a] is None:
        if tot[a] is not None or gemeld[a] is not None:
            return None
        b = a  # a pupil without records
    gezien: set[date] = set()
    relevant = False
    for i in range(a, b):
        d, r, u, v, t, g = datum[i], reden[i], uren[i], van[i], tot[i], gemeld[i]
        if type(d) is not date or d < geboren or d in gezien or (g is not None and type(g) is not date):
            return None
        gezien.add(d)
        if r in relevant_redenen:
            relevant = True
        elif r not in _ONSCHULDIG:
            return None
        if u is not None:
            if v is not None or t is not None:
                return None
            if type(u) is float and u.is_integer():
                u = int(u)
            if type(u) is not int or not 0 < u <= school.lesdag_eenheden(d):
                return None
        elif v is not None or t is not None:
            if type(v) is not time or type(t) is not time or v.tzinfo or t.tzinfo or not v < t:
                return None
            minuten = (t.hour - v.hour) * 60 + t.minute - v.minute
            if Decimal(minuten) / Decimal(school.lesuur_minuten) > school.lesdag_eenheden(d):
                return None
    if jaar is None:
        jaar = schooljaar_van(datum[a] if b > a else peildatum)
    begin, einde = begin_schooljaar(jaar), einde_schooljaar(jaar)
    if peildatum < begin or any(not begin <= d <= einde for d in gezien):
        return None
    if not relevant:
        return Situatie.INGESCHREVEN if ingeschreven is not False else Situatie.ABSOLUUT_VERZUIM
    records = tuple(
        _bouw(
            Record,
            _RECORD,
            datum=datum[i],
            reden=_REDENEN[reden[i]],
            uren=None if uren[i] is None else Decimal(int(uren[i])),
            van=van[i],
            tot=tot[i],
            gemeld_op=gemeld[i],
        )
        for i in range(a, b)
    )
    velden: dict[str, Any] = {
        "sleutel": sleutel,
        "geboortedatum": geboren,
        "school": school,
        "records": records,
    }
    if kolom["schooljaar"][a] is not None:
        velden["schooljaar"] = jaar
    if start is not None:
        velden["startkwalificatie"] = start
    if ingeschreven is not None:
        velden["ingeschreven"] = ingeschreven
    return _bouw(Leerling, _LEERLING, **velden)


def _standaard(model: type[BaseModel]) -> dict[str, Any]:
    return {n: v.get_default(call_default_factory=True) for n, v in model.model_fields.items()}


_RECORD = _standaard(Record)
_LEERLING = _standaard(Leerling)
_M = TypeVar("_M", bound=BaseModel)


def _bouw(model: type[_M], standaard: dict[str, Any], **velden: Any) -> _M:
    """Like ``model.model_construct(**velden)`` (the other fields take their defaults, the given
    ones count as set), at a fraction of its cost; for values checked to be valid as they are."""
    obj = model.__new__(model)
    object.__setattr__(obj, "__dict__", {**standaard, **velden})
    object.__setattr__(obj, "__pydantic_fields_set__", set(velden))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


def _leerling(kolom: dict[str, list[Any]], a: int, b: int) -> dict[str, Any]:
    """Pupil ``a..b``'s rows as the dict ``analyseer`` reads (empty cells: the model's default)."""
    sleutel = kolom["sleutel"][a]
    leerling: dict[str, Any] = {"sleutel": sleutel if isinstance(sleutel, str) else str(sleutel)}
    for k in ("geboortedatum", "startkwalificatie", "ingeschreven", "schooljaar"):
        if kolom[k][a] is not None:
            leerling[k] = kolom[k][a]
    leerling["school"] = {k: kolom[k][a] for k in SCHOOL_KOLOMMEN if kolom[k][a] is not None}
    if any(kolom[k][a] is not None for k in _VRIJSTELLING_KOLOMMEN):
        vrij = {"grond": kolom["vrijstelling_grond"][a], "begin": kolom["vrijstelling_begin"][a]}
        if kolom["vrijstelling_einde"][a] is not None:
            vrij["einde"] = kolom["vrijstelling_einde"][a]
        if kolom["vrijstelling_kennisgeving"][a] is not None:
            kennisgeving = {"op": kolom["vrijstelling_kennisgeving"][a]}
            if kolom["vrijstelling_verklaring"][a] is not None:
                kennisgeving["verklaring_op"] = kolom["vrijstelling_verklaring"][a]
            vrij["kennisgevingen"] = [kennisgeving]
        leerling["vrijstellingen"] = [vrij]
    records = []
    for i in range(a, b):
        r = {k: kolom[k][i] for k in RECORD_KOLOMMEN if kolom[k][i] is not None}
        if r:
            records.append(r)
    leerling["records"] = records
    return leerling


class _Uitvoer:
    """The output rows, as tuples in the order of :data:`UITVOER_KOLOMMEN` (and, with signals,
    :data:`SIGNAAL_KOLOMMEN`)."""

    def __init__(self, signalen: bool = False) -> None:
        self.rijen: list[tuple[Any, ...]] = []
        self.extra: tuple[None, ...] = (None,) * len(SIGNAAL_KOLOMMEN) if signalen else ()
        self.groepen: list[int] = []
        """The pupil (group index) of each row."""
        self.groep = 0

    def _rij(self, rij: tuple[Any, ...]) -> None:
        self.rijen.append(rij)
        self.groepen.append(self.groep)

    def geen(self, sleutel: Any, situatie: Situatie) -> None:
        self._rij((sleutel, GEEN_MELDING, situatie.value, 0, *_LEEG_MELDING, None, None, None, *self.extra))

    def fouten(self, sleutel: Any, fouten: Iterable[Veldfout]) -> None:
        for f in fouten:
            self._rij((sleutel, FOUT, None, 0, *_LEEG_MELDING, f.veld, f.regel, f.melding, *self.extra))

    def signaal(self, sleutel: Any, situatie: Situatie, volgnummer: int, s: Signaal) -> None:
        dag = s.venster_tot or s.lrv_op or s.tot
        melding = (None, None, s.van, s.tot, None, None, s.uren, None, s.records, None, None)
        extra = (s.soort.value, dag, s.nog_uren, s.op_lijst_sinds, s.aantal)
        self._rij((sleutel, SIGNAAL, situatie.value, volgnummer, *melding, None, None, None, *extra))

    def melding(self, sleutel: Any, situatie: Situatie, volgnummer: int, m: Melding) -> None:
        self._rij(
            (
                sleutel,
                MELDING,
                situatie.value,
                volgnummer,
                m.verzuimsoort.value,
                m.meldplicht.value,
                m.begindatum,
                m.einddatum,
                m.dag_plicht,
                m.uiterste_meld_dag,
                m.uren,
                m.aaneengesloten_dagen,
                m.records,
                m.status.value,
                m.oordeel.regelversie,
                None,
                None,
                None,
                *self.extra,
            )
        )

    def frame(self, snel: Kolomsgewijs, sleutels: list[Any]) -> pd.DataFrame:
        """The output frame: these rows and the pupils decided column-wise, in pupil order."""
        namen = (*UITVOER_KOLOMMEN, *SIGNAAL_KOLOMMEN) if self.extra else UITVOER_KOLOMMEN
        kolommen = list(zip(*self.rijen, strict=True)) if self.rijen else [()] * len(namen)
        if not len(snel.leerlingen):
            return _frame({k: list(v) for k, v in zip(namen, kolommen, strict=True)})
        volgorde = np.argsort(
            np.concatenate((snel.groep, np.asarray(self.groepen, dtype=np.int64))), kind="stable"
        )
        leeg = np.full(len(snel.groep), None, dtype=object)
        snelle = {
            "sleutel": np.asarray(sleutels, dtype=object)[snel.groep],
            **snel.kolommen,
            "fout_veld": leeg,
            "fout_regel": leeg,
            "fout_melding": leeg,
        }
        samen: dict[str, Any] = {}
        for k, v in zip(UITVOER_KOLOMMEN, kolommen, strict=True):
            if k == "volgnummer":
                samen[k] = np.concatenate((snelle[k], np.asarray(v, dtype=np.int64)))[volgorde]
                continue
            samen[k] = np.concatenate((snelle[k].astype(object), _objecten(v)))[volgorde]
        return _frame(samen)


_LEEG_MELDING = (None,) * 11
"""The melding columns of a row without a melding (verzuimsoort .. regelversie)."""


__all__ = [
    "FOUT",
    "GEEN_MELDING",
    "LEERLING_KOLOMMEN",
    "MELDING",
    "RECORD_KOLOMMEN",
    "SCHOOL_KOLOMMEN",
    "SIGNAAL",
    "SIGNAAL_KOLOMMEN",
    "UITVOER_KOLOMMEN",
    "analyseer_frame",
    "naar_frame",
    "uitvoer_meta",
]
