"""Records spanning school years (issue 13, point 2).

Lpw art. 21a counts "gedurende een periode van vier opeenvolgende lesweken in totaal zestien uren", not
school years: windows of four lesweken and runs of continuous absence follow the lesweken and lesdagen
across the summer holiday, and an LRV still open when the summer begins carries over.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verzuimregels import Invoerfout, Meldplicht, Verzuimsoort
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie import Status, analyseer, voeg_samen
from verzuimregels.registratie.frame import analyseer_frame, naar_frame

from .strategieen import scholen
from .test_registratie_frame import verwacht

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
MIDDEN = Schoolkalender(regio=Regio.MIDDEN)


def afwezig(van: date, tot: date, **extra: Any) -> list[dict[str, Any]]:
    uit = []
    dag = van
    while dag <= tot:
        if MIDDEN.is_lesdag(dag):
            uit.append({"datum": dag.isoformat(), "reden": "ongeoorloofd", **extra})
        dag += timedelta(days=1)
    return uit


def test_8_lesuren_voor_en_8_na_de_zomervakantie_is_16_uur() -> None:
    # Midden: the last lesweek before the summer 2026 ends on Friday 17 July, the first after it
    # begins on Monday 31 August; they are consecutive lesweken. 4 + 4 lesuren on Thursday 16 and
    # Friday 17 July, 4 + 4 on Monday 31 August and Tuesday 1 September: the 16th hour falls on
    # Tuesday 1 September, the day of the melding.
    uren = {"uren": 4}
    records = [
        {"datum": "2026-07-16", "reden": "ongeoorloofd", **uren},
        {"datum": "2026-07-17", "reden": "ongeoorloofd", **uren},
        {"datum": "2026-08-31", "reden": "ongeoorloofd", **uren},
        {"datum": "2026-09-01", "reden": "ongeoorloofd", **uren},
    ]
    assert MIDDEN.lesweken(2026)[0] == date(2026, 8, 31)
    assert MIDDEN.lesweken(2025)[-1] == date(2026, 7, 13)
    a = analyseer({"geboortedatum": "2012-05-05", "school": VO, "records": records}, date(2026, 9, 4))
    [m] = a.meldingen
    assert (m.verzuimsoort, m.meldplicht) == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT)
    assert (m.begindatum, m.einddatum, m.dag_plicht, m.uren) == (
        date(2026, 7, 16),
        date(2026, 9, 1),
        date(2026, 9, 1),
        Decimal(16),
    )
    assert a.schooljaar == 2025
    # the same records as two inputs, one per school year, analysed as one
    voor, na = records[:2], records[2:]
    samen = voeg_samen([{"geboortedatum": "2012-05-05", "school": VO, "records": r} for r in (voor, na)])
    assert analyseer(samen, date(2026, 9, 4)) == a


def test_open_lrv_loopt_door_over_de_zomer() -> None:
    # continuously absent from Monday 15 June 2026 and never back: LRV on the 28th counted day
    # (Sunday 12 July); still open in August, and after the summer no new 16-uur meldingen are due
    records = afwezig(date(2026, 6, 15), date(2026, 9, 11))
    gemaakt = [{"verzuimsoort": "zestien_uur", "begindatum": "2026-06-15", "einddatum": "2026-06-17"}]
    for peil in (date(2026, 8, 15), date(2026, 9, 11)):
        deel = [r for r in records if r["datum"] <= peil.isoformat()]
        a = analyseer({"geboortedatum": "2012-05-05", "school": VO, "records": deel}, peil)
        lrv = a.meldingen[-1]
        assert lrv.verzuimsoort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM
        assert (lrv.begindatum, lrv.dag_plicht, lrv.einddatum) == (date(2026, 6, 15), date(2026, 7, 12), None)
        assert all(m.dag_plicht <= date(2026, 7, 12) for m in a.meldingen)
    # the LRV the school made matches the open one: made, not "not due"
    lrv_gemaakt = {
        "verzuimsoort": "langdurig_relatief_verzuim",
        "begindatum": "2026-06-15",
        "gemeld_op": "2026-07-13",
    }
    ll = {
        "geboortedatum": "2012-05-05",
        "school": VO,
        "records": records,
        "meldingen": [*gemaakt, lrv_gemaakt],
    }
    a = analyseer(ll, date(2026, 9, 11))
    assert a.niet_verschuldigd == ()
    assert a.meldingen[-1].status is Status.GEMELD


def test_terug_na_de_zomer_sluit_de_lrv_op_de_laatste_gemiste_lesdag() -> None:
    # away from 15 June to the summer, back on Monday 31 August: the LRV ends on Friday 17 July
    records = afwezig(date(2026, 6, 15), date(2026, 7, 17))
    a = analyseer({"geboortedatum": "2012-05-05", "school": VO, "records": records}, date(2026, 9, 4))
    assert a.meldingen[-1].einddatum == date(2026, 7, 17)


def test_voeg_samen_weigert_delen_van_een_andere_leerling() -> None:
    with pytest.raises(Invoerfout) as fout:
        voeg_samen(
            [
                {"geboortedatum": "2012-05-05", "school": VO},
                {"geboortedatum": "2012-05-06", "school": VO},
            ]
        )
    assert (fout.value.fouten[0].veld, fout.value.fouten[0].regel) == (
        "delen.2.geboortedatum",
        "delen_verschillen",
    )
    with pytest.raises(Invoerfout):
        voeg_samen([])


@st.composite
def over_de_zomer(draw: st.DrawFn) -> dict[str, Any]:
    """A pupil with runs of records from May to October 2026, across the summer of school year 2025."""
    school = {**draw(scholen()), "vrije_dagen": []}  # the batch frame carries no own free days
    dagen: dict[date, dict[str, Any]] = {}
    for _ in range(draw(st.integers(1, 4))):
        begin = draw(st.dates(date(2026, 5, 1), date(2026, 10, 20)))
        reden = draw(st.sampled_from(("ongeoorloofd", "ongeoorloofd", "te_laat", "ziek", "vakantie")))
        hele_dag = draw(st.booleans())
        for i in range(draw(st.one_of(st.integers(1, 10), st.integers(25, 80)))):
            dag = begin + timedelta(days=i)
            if dag.weekday() < 5 and dag <= date(2026, 10, 31):
                dagen[dag] = {"datum": dag.isoformat(), "reden": reden, **({} if hele_dag else {"uren": 1})}
    records = [{**r, "sleutel": f"r{i}"} for i, (_, r) in enumerate(sorted(dagen.items()))]
    geboren = draw(st.dates(date(2006, 8, 1), date(2016, 7, 31)))
    return {"sleutel": "L", "geboortedatum": geboren.isoformat(), "school": school, "records": records}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(over_de_zomer(), st.dates(date(2026, 8, 1), date(2026, 11, 30)))
def test_splitsen_op_de_schooljaargrens_verandert_niets(ll: dict[str, Any], peil: date) -> None:
    """A pupil's records split at 1 August 2026 into two inputs and analysed as one (``voeg_samen``,
    or two groups of rows with one sleutel in the batch frame) give what the whole gives."""
    grens = "2026-08-01"
    voor = {**ll, "records": [r for r in ll["records"] if r["datum"] < grens]}
    na = {**ll, "records": [r for r in ll["records"] if r["datum"] >= grens]}
    try:
        heel = analyseer(ll, peil)
    except Invoerfout:
        return
    assert analyseer(voeg_samen([voor, na]), peil) == heel
    # the batch path: two frames, one per school year, positions continuing in the second
    frames = [naar_frame([voor]), naar_frame([na])]
    frames[1]["positie"] = frames[1]["positie"] + len(voor["records"])
    frame = pd.concat([f for f in frames if not f.empty], ignore_index=True)
    frame = frame[frame["datum"].notna() | (len(ll["records"]) == 0)]
    uit = analyseer_frame(frame.reset_index(drop=True), peil)
    pd.testing.assert_frame_equal(uit, verwacht([ll], peil))
