"""The counting-only baseline: what the law counts, column-wise, and nothing else.

:func:`tellen` takes the records frame :func:`~verzuimregels.registratie.analyseer_frame` takes and
computes, with polars, only the core counting of Lpw art. 21a (unexcused hours per lesdag and
lesweek, the sum over every window of four consecutive lesweken, the first day it reaches 16 hours)
and the spans of whole lesdagen missed with their 28th counted day. No validation, no verdicts, no
schedule, no output rows: the floor any column-wise analysis of the same records pays. The full
analysis is measured against it in the same run (``benchmarks.analyse_schaal``).

It assumes what the synthetic population guarantees (valid rows, one record a day, typed columns,
every record inside one school year) and skips what only changes who is counted (the start of
leerplicht, vrijstellingen), so its counts equal the analysis's on that population but not on
arbitrary input.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import polars as pl

from verzuimregels.kalender import Regio
from verzuimregels.registratie.kolomsgewijs import EENHEID, tel
from verzuimregels.registratie.modellen import School
from verzuimregels.registratie.tellen import jaarkalender

_EPOCHE = date(1970, 1, 1)


def _kalender(schooljaar: int) -> pl.DataFrame:
    """Per region and day of the school year: lesdag index, lesweek index, counted days so far."""
    delen = []
    for regio in Regio:
        schooljaarkalender = jaarkalender(School(onderwijssoort="vo", regio=regio).kalender, schooljaar)
        dagen = pl.date_range(schooljaarkalender.begin, schooljaarkalender.einde, eager=True)
        les = {d: i for i, d in enumerate(schooljaarkalender.lesdagen)}
        week = schooljaarkalender.lesweek_index
        lijst = dagen.to_list()
        delen.append(
            pl.DataFrame(
                {
                    "regio": [regio.value] * len(lijst),
                    "datum": dagen,
                    "les": [les.get(d, -1) for d in lijst],
                    "week": [
                        week.get(d - pd.Timedelta(days=d.weekday()).to_pytimedelta(), -1) for d in lijst
                    ],
                    "geteld": np.cumsum([d not in schooljaarkalender.vakantiedagen for d in lijst]),
                }
            )
        )
    return pl.concat(delen)


_KALENDERS: dict[int, pl.DataFrame] = {}


def tellen(frame: pd.DataFrame, peildatum: date) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Per pupil (``pupil``: its code): hours in total, the highest 4-lesweken sum, the first day it
    reaches 16 hours, first and last verzuimdag; per span of whole lesdagen: pupil, begin, end and
    whether it reaches its 28th counted day (``dag_28``)."""
    jaar = int(frame["schooljaar"].iloc[0])
    kalender = _KALENDERS.get(jaar)
    if kalender is None:
        kalender = _KALENDERS[jaar] = _kalender(jaar)
    kolommen = ["sleutel", "regio", "onderwijssoort", "lesuur_minuten", "uren_per_lesdag"]
    kolommen += ["datum", "reden", "uren", "van", "tot"]
    df = pl.from_pandas(frame[kolommen])
    klok = (pl.col("onderwijssoort") == "po") | (pl.col("lesuur_minuten") > 60)
    minuten = (pl.col("tot").cast(pl.Int64) - pl.col("van").cast(pl.Int64)) / 60_000_000_000
    eenheden = (
        pl.when(pl.col("uren").is_not_null())
        .then(pl.col("uren"))
        .when(pl.col("van").is_not_null())
        .then(minuten / pl.col("lesuur_minuten"))
        .otherwise(pl.col("uren_per_lesdag"))
    )
    uren = eenheden * pl.when(klok).then(pl.col("lesuur_minuten") / 60).otherwise(1.0)
    geteld = (
        df.with_columns(
            pupil=pl.col("sleutel").rank("dense").cast(pl.Int64) - 1, datum=pl.col("datum").cast(pl.Date)
        )
        .filter(pl.col("reden").is_in(["ongeoorloofd", "te_laat"]) & (pl.col("datum") <= peildatum))
        .join(kalender, on=["regio", "datum"], how="inner")
        .filter(pl.col("les") >= 0)
        .with_columns(
            hours=(uren * EENHEID).round().cast(pl.Int64),
            heel=(pl.col("reden") == "ongeoorloofd") & pl.col("uren").is_null() & pl.col("van").is_null(),
            day=(pl.col("datum").cast(pl.Int64)),
        )
        .sort("pupil", "day")
    )
    per, spans = tel(
        geteld["pupil"].to_numpy(),
        geteld["les"].to_numpy(),
        geteld["week"].to_numpy(),
        geteld["hours"].to_numpy(),
        geteld["heel"].to_numpy(),
        geteld["day"].to_numpy(),
    )
    # the 28th counted day: from a span's first day to the day before the next lesdag
    regio = geteld.group_by("pupil").agg(pl.col("regio").first())
    les = kalender.filter(pl.col("les") >= 0).select("regio", "les", "datum", "geteld")
    einde = kalender.group_by("regio").agg(pl.col("datum").max().alias("jaareinde"))
    spans = (
        spans.join(regio, on="pupil")
        .join(einde, on="regio")
        .join(
            les.rename({"datum": "b", "geteld": "g_begin"}).drop("les"),
            left_on=["regio", "begin"],
            right_on=["regio", pl.col("b").cast(pl.Int64)],
            how="left",
        )
        .join(
            les.rename({"les": "laatste", "datum": "na"}).drop("geteld").with_columns(pl.col("laatste") - 1),
            on=["regio", "laatste"],
            how="left",
        )
        .with_columns(
            einde=pl.min_horizontal(
                pl.col("na").cast(pl.Int64).fill_null(pl.col("jaareinde").cast(pl.Int64) + 1) - 1,
                pl.lit((peildatum - _EPOCHE).days),
            )
        )
        .join(
            kalender.select(
                "regio", pl.col("datum").cast(pl.Int64).alias("einde"), pl.col("geteld").alias("g_einde")
            ),
            on=["regio", "einde"],
            how="left",
        )
        .with_columns(dag_28=(pl.col("g_einde") - pl.col("g_begin") + 1) >= 28)
    )
    return per, spans
