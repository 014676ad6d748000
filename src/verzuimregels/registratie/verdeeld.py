"""The record analysis on a Dask cluster: pupils in hash buckets, one ``analyseer_frame`` per bucket.

:func:`analyseer_dask` takes a Dask DataFrame of records (the columns of
:func:`~verzuimregels.registratie.frame.analyseer_frame`, in any partitioning) and returns the lazy
meldingen frame. It puts every pupil's rows in one bucket (a hash of ``sleutel``; a shuffle, since
the input may spread a pupil over partitions) and runs ``analyseer_frame`` once per bucket, so the
buckets run in parallel on the workers of the cluster of the active ``distributed.Client``: with a
cluster given, it is parallel without further settings. Dask's own scheduler is used, nothing of this
library's making.

Needs the ``dask`` extra.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import dask.dataframe as dd
import pandas as pd

from ..beleid import STANDAARDBELEID, Beleid
from .frame import analyseer_frame, uitvoer_meta

EMMER = "_emmer"


def _emmer(sleutels: pd.Series[Any], emmers: int) -> pd.Series[Any]:
    return (pd.util.hash_pandas_object(sleutels.astype(object), index=False) % emmers).astype("int64")


def _analyseer(deel: pd.DataFrame, peildatum: date, beleid: Beleid) -> pd.DataFrame:
    return analyseer_frame(deel.drop(columns=EMMER), peildatum, beleid=beleid)


def analyseer_dask(
    records: dd.DataFrame,
    peildatum: date,
    *,
    emmers: int | None = None,
    beleid: Beleid = STANDAARDBELEID,
    gegroepeerd: bool = False,
) -> dd.DataFrame:
    """The meldingen frame of ``records`` (lazy), one ``analyseer_frame`` call per bucket of pupils.

    ``emmers``: the number of buckets (default: the input's number of partitions, at least 2). Each
    pupil's rows land in one bucket, whatever the input's partitioning; rows within a pupil keep
    their order only through the ``positie`` column (give it). Output rows are grouped per bucket,
    each pupil's rows in order; ``compute()`` it or write it (``to_parquet``).

    ``gegroepeerd=True``: every partition already holds all rows of each of its pupils (files written
    per group of pupils, as a school system exports them): each partition is analysed as it is, without
    the shuffle (``emmers`` does not apply). A pupil split over partitions would then be analysed in
    parts, so give it only when that cannot happen. An index ``sleutel`` with known divisions (after
    ``set_index("sleutel")``, or ``read_parquet(..., index="sleutel", calculate_divisions=True)``) says
    so itself: such partitions are analysed as they are without being told.
    """
    if "sleutel" not in records.columns and records.index.name == "sleutel":
        if records.known_divisions:  # each partition a range of keys: every pupil's rows in one
            gegroepeerd = True
        else:
            records = records.reset_index()
    if gegroepeerd:
        delen: Any = records  # dask's methods are untyped
        per_deel: dd.DataFrame = delen.map_partitions(
            analyseer_frame, peildatum, beleid=beleid, meta=uitvoer_meta()
        )
        return per_deel
    n = emmers or max(records.npartitions, 2)
    met_emmer = records.assign(
        **{EMMER: records["sleutel"].map_partitions(_emmer, n, meta=("sleutel", "int64"))}
    )
    verdeeld = met_emmer.shuffle(on=EMMER, npartitions=n)
    uit: dd.DataFrame = verdeeld.map_partitions(_analyseer, peildatum, beleid, meta=uitvoer_meta())
    return uit
