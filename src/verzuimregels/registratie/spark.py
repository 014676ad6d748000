"""The record analysis under PySpark: the output schema and the conversions at both ends.

Spark's pandas functions (``groupBy(...).applyInPandas``) hand each group to Python as a pandas
frame and take a pandas frame back, moved by Arrow. :func:`~verzuimregels.registratie.frame.analyseer_frame`
is such a function, but Spark has no type for a time of day (``van``/``tot``) and its dates arrive as
``datetime.date`` objects; the output's decimals, tuples and dates need a declared schema. This
module holds both ends, so the recipe in ``docs/schaal-registratie.md`` runs as written:

* :data:`SCHEMA`: the output schema as a Spark DDL string (every column of
  :data:`~verzuimregels.registratie.frame.UITVOER_KOLOMMEN`);
* :func:`van_spark`: a group as Spark gives it to the form ``analyseer_frame`` reads fastest
  (``van``/``tot`` as ``"HH:MM"`` text become times, date columns become ``datetime64``);
* :func:`naar_spark`: the output in the types of :data:`SCHEMA`;
* :func:`analyseer_groep`: the three together, the function to hand to ``applyInPandas``.

This module does not import pyspark: install ``verzuimregels[spark]`` on the driver (and
``verzuimregels[frame]`` on the executors).
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pandas as pd

from ..beleid import STANDAARDBELEID, Beleid
from .frame import UITVOER_KOLOMMEN, analyseer_frame

_TYPEN = {
    "sleutel": "string",
    "uitkomst": "string",
    "situatie": "string",
    "volgnummer": "bigint",
    "verzuimsoort": "string",
    "meldplicht": "string",
    "begindatum": "date",
    "einddatum": "date",
    "dag_plicht": "date",
    "uiterste_meld_dag": "date",
    "uren": "decimal(12,4)",
    "aaneengesloten_dagen": "bigint",
    "records": "array<bigint>",
    "status": "string",
    "regelversie": "string",
    "fout_veld": "string",
    "fout_regel": "string",
    "fout_melding": "string",
}
assert tuple(_TYPEN) == UITVOER_KOLOMMEN

SCHEMA = ", ".join(f"{k} {v}" for k, v in _TYPEN.items())
"""The output of :func:`analyseer_groep` as a Spark DDL schema (``uren`` exact, to 4 decimals)."""

INVOER_SCHEMA = (
    "sleutel string, geboortedatum date, startkwalificatie boolean, ingeschreven boolean, "
    "schooljaar int, onderwijssoort string, regio string, lesuur_minuten int, uren_per_lesdag double, "
    "datum date, reden string, uren double, van string, tot string, positie int"
)
"""A records table as Spark holds it (``van``/``tot`` as ``"HH:MM"`` text; no vrijstelling columns)."""

_DATUMS: tuple[str, ...] = ("geboortedatum", "datum", "gemeld_op", "vrijstelling_begin")
_DATUMS += ("vrijstelling_einde", "vrijstelling_kennisgeving", "vrijstelling_verklaring")


def _tijd(x: Any) -> Any:
    if isinstance(x, str) and len(x) in (5, 8) and x[2] == ":":
        try:
            return time.fromisoformat(x)
        except ValueError:
            return x
    return x


def van_spark(groep: pd.DataFrame) -> pd.DataFrame:
    """A group as Spark hands it over, in the column types ``analyseer_frame`` reads column-wise:
    ``van``/``tot`` text (``"HH:MM"`` or ``"HH:MM:SS"``) as ``datetime.time``, columns of dates as
    ``datetime64``. Anything else (a bad time, a date of another type) is left for the analysis to
    judge, as it would judge it in any frame."""
    uit = groep.copy()
    for k in ("van", "tot"):
        if k in uit.columns:
            uit[k] = pd.Series([_tijd(x) for x in uit[k].tolist()], index=uit.index, dtype=object)
    for k in _DATUMS:
        if k in uit.columns and uit[k].dtype == object:
            waarden = uit[k].tolist()
            if all(x is None or type(x) is date for x in waarden):
                uit[k] = pd.to_datetime(pd.Series(waarden, index=uit.index, dtype=object))
    return uit


def naar_spark(uit: pd.DataFrame) -> pd.DataFrame:
    """An output frame of ``analyseer_frame`` in the types of :data:`SCHEMA`."""
    df = uit.copy()
    df["records"] = pd.Series(
        [None if r is None else list(r) for r in df["records"].tolist()], index=df.index, dtype=object
    )
    df["sleutel"] = [None if s is None else str(s) for s in df["sleutel"].tolist()]
    return df


def analyseer_groep(
    groep: pd.DataFrame, peildatum: date, *, beleid: Beleid = STANDAARDBELEID
) -> pd.DataFrame:
    """``analyseer_frame`` on one group of pupils as Spark gives it, output in :data:`SCHEMA`'s
    types. Columns that are not input columns (such as the bucket the rows were grouped by) are
    dropped first."""
    bekend = {"sleutel", "positie", *_DATUMS}
    from .frame import LEERLING_KOLOMMEN, RECORD_KOLOMMEN, SCHOOL_KOLOMMEN

    bekend |= {*LEERLING_KOLOMMEN, *SCHOOL_KOLOMMEN, *RECORD_KOLOMMEN}
    groep = groep[[k for k in groep.columns if k in bekend]]
    return naar_spark(analyseer_frame(van_spark(groep), peildatum, beleid=beleid))
