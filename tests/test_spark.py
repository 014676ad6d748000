"""The PySpark recipe of docs/schaal-registratie.md runs as written, in Spark local mode, with the
same rows as in-process; the conversions at both ends are tested without Spark too."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from verzuimregels.registratie.frame import analyseer_frame, naar_frame
from verzuimregels.registratie.populatie import leerlingen
from verzuimregels.registratie.spark import SCHEMA, analyseer_groep, naar_spark, van_spark

PEIL = date(2026, 7, 15)
DOCS = Path(__file__).parents[1] / "docs" / "schaal-registratie.md"


def _als_spark(df: pd.DataFrame) -> pd.DataFrame:
    """A records frame as Spark hands it to Python: times as "HH:MM" text, dates as date objects."""
    uit = df.copy()
    for k in ("van", "tot"):
        uit[k] = pd.Series(
            [x.strftime("%H:%M") if isinstance(x, time) else None for x in df[k]], dtype=object
        )
    for k in ("geboortedatum", "datum"):
        uit[k] = pd.Series([None if pd.isna(x) else x.date() for x in df[k]], dtype=object)
    return uit


def _pupils() -> list[dict[str, Any]]:
    return [
        {k: v for k, v in ll.items() if k != "vrijstellingen"}
        for ll in next(leerlingen(300, seed=3, per=300))
    ]


def test_groep_zoals_spark_hem_geeft_dezelfde_rijen() -> None:
    df = naar_frame(_pupils())
    verwacht = naar_spark(analyseer_frame(df, PEIL))
    uit = analyseer_groep(_als_spark(df).assign(emmer=7), PEIL)
    pd.testing.assert_frame_equal(uit, verwacht)
    assert [k.split()[0] for k in SCHEMA.split(", ")] == list(uit.columns)
    kapot = van_spark(
        pd.DataFrame(
            {
                "van": ["8:3", None, "25:00", 3],
                "tot": ["08:45:00"] * 4,
                "datum": pd.Series([date(2025, 9, 1), "2025-09-02", None, None], dtype=object),
                "gemeld_op": pd.to_datetime(["2025-09-01"] * 4),
            }
        )
    )
    assert kapot["datum"].tolist()[1] == "2025-09-02"  # not all dates: left for the analysis to judge
    assert van_spark(pd.DataFrame({"van": ["08:30"]}))["van"].tolist() == [time(8, 30)]
    assert kapot["van"].tolist()[::2] == ["8:3", "25:00"]
    assert kapot["tot"].tolist()[0] == time(8, 45)


def test_spark_recept_uit_de_documentatie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    import verzuimregels

    # Spark's Python workers import this checkout's code, as the test process does
    monkeypatch.setenv("PYTHONPATH", str(Path(verzuimregels.__file__).parents[1]))
    blok = re.search(r"<!-- spark-recept.*?-->\n```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert blok is not None
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        df = naar_frame(_pupils())
        pad, doel = str(tmp_path / "records"), str(tmp_path / "meldingen")
        spark_df = _als_spark(df).astype({"positie": "Int64"})
        from verzuimregels.registratie.spark import INVOER_SCHEMA

        kolommen = [k.split()[0] for k in INVOER_SCHEMA.split(", ")]
        spark.createDataFrame(
            spark_df[kolommen].astype(object).where(spark_df[kolommen].notna(), None), schema=INVOER_SCHEMA
        ).write.parquet(pad)
        ruimte: dict[str, Any] = {"pad": pad, "doel": doel}
        exec(compile(blok.group(1), str(DOCS), "exec"), ruimte)  # noqa: S102 - the documented recipe
        uit = pd.read_parquet(doel)
    finally:
        spark.stop()
    verwacht = naar_spark(analyseer_frame(df, PEIL))
    sleutels = ["sleutel", "volgnummer", "uitkomst", "fout_veld"]
    uit = uit.sort_values(sleutels, kind="stable").reset_index(drop=True)
    verwacht = verwacht.sort_values(sleutels, kind="stable").reset_index(drop=True)
    assert len(uit) == len(verwacht)
    assert uit["sleutel"].nunique() == df["sleutel"].nunique()
    for k in verwacht.columns:
        links = [None if x is None or (isinstance(x, float) and x != x) else x for x in uit[k].tolist()]
        rechts = [None if x is None or x is pd.NA else x for x in verwacht[k].tolist()]
        if k == "records":
            links = [None if x is None else [int(v) for v in x] for x in links]
        if k in ("begindatum", "einddatum", "dag_plicht", "uiterste_meld_dag"):
            links = [None if x is None or x is pd.NaT else pd.Timestamp(x).date() for x in links]
        assert links == rechts, k
