"""The batch path (records frame in, meldingen frame out) agrees row for row with ``analyseer``."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategieen import leerlingen as leerling_strategie
from verzuimregels.beleid import STANDAARDBELEID, Beleid, Verjaardag29Februari, Verlofdagen
from verzuimregels.fouten import Invoerfout
from verzuimregels.keuzehulp.modellen import Meldplicht, Verzuimsoort
from verzuimregels.registratie import analyseer
from verzuimregels.registratie.frame import (
    FOUT,
    GEEN_MELDING,
    MELDING,
    UITVOER_KOLOMMEN,
    analyseer_frame,
    naar_frame,
    uitvoer_meta,
)
from verzuimregels.registratie.populatie import leerlingen, record_frames
from verzuimregels.verlof import Vrijstellingsgrond

PEIL = date(2026, 7, 15)


def verwacht(pupils: list[dict[str, Any]], peildatum: date, beleid: Beleid = STANDAARDBELEID) -> pd.DataFrame:
    """The output frame built from the one-pupil API, pupil by pupil."""
    rijen: list[dict[str, Any]] = []
    for ll in pupils:
        s = ll.get("sleutel")
        try:
            a = analyseer(ll, peildatum, beleid=beleid)
        except Invoerfout as fout:
            rijen += [
                {
                    "sleutel": s,
                    "uitkomst": FOUT,
                    "fout_veld": f.veld,
                    "fout_regel": f.regel,
                    "fout_melding": f.melding,
                }
                for f in fout.fouten
            ]
            continue
        if not a.meldingen:
            rijen.append({"sleutel": s, "uitkomst": GEEN_MELDING, "situatie": a.situatie.value})
        for i, m in enumerate(a.meldingen, start=1):
            rijen.append(
                {
                    "sleutel": s,
                    "uitkomst": MELDING,
                    "situatie": a.situatie.value,
                    "volgnummer": i,
                    "verzuimsoort": m.verzuimsoort.value,
                    "meldplicht": m.meldplicht.value,
                    "begindatum": m.begindatum,
                    "einddatum": m.einddatum,
                    "dag_plicht": m.dag_plicht,
                    "uiterste_meld_dag": m.uiterste_meld_dag,
                    "uren": m.uren,
                    "aaneengesloten_dagen": m.aaneengesloten_dagen,
                    "records": m.records,
                    "status": m.status.value,
                    "regelversie": m.oordeel.regelversie,
                }
            )
    df = pd.DataFrame(
        {
            k: pd.Series([r.get(k, 0 if k == "volgnummer" else None) for r in rijen], dtype=object)
            for k in UITVOER_KOLOMMEN
        }
    )
    df["volgnummer"] = df["volgnummer"].astype("int64")
    df["aaneengesloten_dagen"] = df["aaneengesloten_dagen"].astype("Int64")
    return df


def _zelfde(pupils: list[dict[str, Any]], peildatum: date) -> pd.DataFrame:
    uit = analyseer_frame(naar_frame(pupils), peildatum)
    pd.testing.assert_frame_equal(uit, verwacht(pupils, peildatum))
    assert uit["sleutel"].nunique() == len(pupils)  # count in = count out
    return uit


def _een_voor_een(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of the pupils ``analyseer_frame`` sends the one-pupil way, as it sends them."""
    import verzuimregels.registratie.frame as frame_module
    from verzuimregels.registratie.analyse import meldingen_op

    een_voor_een: list[str] = []

    def tellend(leerling: Any, *args: Any, **opties: Any) -> Any:
        een_voor_een.append(leerling.sleutel)
        return meldingen_op(leerling, *args, **opties)

    monkeypatch.setattr(frame_module, "meldingen_op", tellend)
    return een_voor_een


def _bederf(ll: dict[str, Any], soort: int) -> dict[str, Any]:
    """A pupil made invalid in one of several ways."""
    ll = {**ll, "records": list(ll["records"])}
    if soort == 0:
        ll["records"].append({"datum": "2030-01-01", "reden": "ziek"})
    elif soort == 1:
        ll["records"].append({"datum": "2025-10-06", "reden": "ongeoorloofd", "uren": -1})
    elif soort == 2:
        del ll["geboortedatum"]
    elif soort == 3:
        ll["school"] = {**ll["school"], "onderwijssoort": "hbo"}
    else:
        ll["records"] += [{"datum": "2025-10-07", "reden": "ziek"}, {"datum": "2025-10-07", "reden": "ziek"}]
    return ll


def _kaal(ll: dict[str, Any], i: int) -> dict[str, Any]:
    """The strategy's pupil in the frame's form: no own free days, no record keys, its own sleutel,
    dates as dates (as a typed frame holds them: text dates would send it the one-pupil way)."""
    school = {k: v for k, v in ll["school"].items() if k != "vrije_dagen"}
    records = [
        {k: date.fromisoformat(v) if k == "datum" else v for k, v in r.items() if k != "sleutel"}
        for r in ll["records"]
    ]
    geboren = date.fromisoformat(ll["geboortedatum"])
    return {**ll, "sleutel": f"H{i}", "geboortedatum": geboren, "school": school, "records": records}


def _jarig(ll: dict[str, Any], dag: date, jaren: int) -> dict[str, Any]:
    """``ll`` turning ``jaren`` (18, 23: one age per absence) on ``dag``, or the day after on 29 February."""
    if (dag.month, dag.day) == (2, 29):
        dag += timedelta(days=1)
    return {**ll, "geboortedatum": dag.replace(year=dag.year - jaren)}


def _met_verlof(ll: dict[str, Any], runs: list[tuple[date, int, str]]) -> dict[str, Any]:
    """``ll`` with runs of ``verlof_13a``/``verlof_14`` records on weekdays (replacing records on those
    days): beyond ten days, in the first two lesweken, a second vakantieverlof."""
    records = {r["datum"]: r for r in ll["records"]}
    for begin, lengte, reden in runs:
        for i in range(lengte):
            dag = begin + timedelta(days=i)
            if dag.weekday() < 5:
                records[dag] = {"datum": dag, "reden": reden}
    return {**ll, "records": [records[d] for d in sorted(records)]}


VERLOF_RUNS = st.lists(
    st.tuples(
        st.one_of(
            st.dates(date(2025, 8, 18), date(2025, 9, 19)), st.dates(date(2025, 8, 18), date(2026, 7, 17))
        ),
        st.integers(1, 18),
        st.sampled_from(["verlof_13a", "verlof_14"]),
    ),
    max_size=3,
)
"""Registered verloven: some in the first two lesweken, some beyond ten days, a second one."""


@st.composite
def vrijstellingen(draw: st.DrawFn) -> dict[str, Any]:
    """One vrijstelling as the frame holds it: any ground, open or closed, a notice before or after its
    begin or none, an art. 7 statement fresh, stale or missing (art. 6, 7, 11a lid 1)."""
    begin = draw(st.dates(date(2025, 8, 15), date(2026, 6, 30)))
    vrij: dict[str, Any] = {
        "grond": draw(st.sampled_from([g.value for g in Vrijstellingsgrond])),
        "begin": begin,
    }
    if draw(st.booleans()):
        vrij["einde"] = begin + timedelta(days=draw(st.integers(0, 200)))
    if draw(st.integers(0, 3)):
        op = begin + timedelta(days=draw(st.integers(-30, 30)))
        kennisgeving: dict[str, Any] = {"op": op}
        if draw(st.booleans()):
            kennisgeving["verklaring_op"] = op - timedelta(days=draw(st.integers(0, 120)))
        vrij["kennisgevingen"] = [kennisgeving]
    return vrij


@st.composite
def populaties(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Random pupils, some broken, mixed with pupils of the shipped generator; some with registered
    verlof, some turning 18 or 23 inside the school year (what once went the one-pupil way)."""
    uit = []
    for i in range(draw(st.integers(1, 6))):
        ll = _kaal(draw(leerling_strategie()), i)
        if draw(st.integers(0, 2)) == 0:
            ll = _met_verlof(ll, draw(VERLOF_RUNS))
        if draw(st.integers(0, 3)) == 0:
            ll = {**ll, "vrijstellingen": [draw(vrijstellingen())]}
        if draw(st.integers(0, 2)) == 0:
            ll = _jarig(
                ll, draw(st.dates(date(2025, 8, 1), date(2026, 10, 31))), draw(st.sampled_from([18, 23]))
            )
        if draw(st.integers(0, 4)) == 0:
            ll = _bederf(ll, draw(st.integers(0, 4)))
        uit.append(ll)
    seed = draw(st.integers(0, 10_000))
    uit += next(leerlingen(draw(st.integers(0, 12)), seed=seed, per=50), [])
    return uit


LATER = st.one_of(
    st.dates(date(2025, 8, 1), date(2026, 8, 31)), st.dates(date(2026, 8, 1), date(2027, 12, 31))
)
"""Peildata in the school year of the records and in later ones (lesweken run on across the summer)."""


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populaties(), LATER)
def test_batch_is_rij_voor_rij_gelijk_aan_een_leerling(pupils: list[dict[str, Any]], peil: date) -> None:
    _zelfde(pupils, peil)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populaties(), LATER, st.booleans(), st.booleans(), st.sampled_from(list(Verlofdagen)))
def test_kolomsgewijs_volgt_het_beleid(
    pupils: list[dict[str, Any]], peil: date, meetellen: bool, maart: bool, verlofdagen: Verlofdagen
) -> None:
    regel = Verjaardag29Februari.EEN_MAART if maart else Verjaardag29Februari.ACHTENTWINTIG_FEBRUARI
    beleid = Beleid(vakantiedagen_meetellen=meetellen, verjaardag_29_februari=regel, verlofdagen=verlofdagen)
    uit = analyseer_frame(naar_frame(pupils), peil, beleid=beleid)
    pd.testing.assert_frame_equal(uit, verwacht(pupils, peil, beleid))


def test_kolomsgewijs_op_een_grote_populatie() -> None:
    """Thousands of generated pupils: the column-wise path decides most, the schedule the rest."""
    pupils = next(leerlingen(3000, seed=21, per=3000))
    for peil in (date(2025, 11, 20), PEIL):
        _zelfde(pupils, peil)


def test_verlof_verjaardagen_en_latere_schooljaren_kolomsgewijs(monkeypatch: pytest.MonkeyPatch) -> None:
    """What went the one-pupil way until issue 15 is decided column-wise, with the same rows:
    registered verlof beyond what the head may grant (art. 13a lid 2, 14 lid 3), an 18th or 23rd
    birthday inside the school year (one age per absence), a peildatum in a later school year, a
    vrijstelling (art. 5, 5a, 11a, 15 with the notices of art. 6 and 7)."""
    import random

    een_voor_een = _een_voor_een(monkeypatch)
    rnd = random.Random(15)  # noqa: S311 (test data)
    pupils = next(leerlingen(1500, seed=15, per=1500))
    runs = [(date(2025, 8, 25), 8, "verlof_13a"), (date(2025, 10, 6), 15, "verlof_14")]
    runs += [
        (date(2026, 2, 2), 4, "verlof_13a"),
        (date(2026, 3, 2), 4, "verlof_13a"),
        (date(2026, 5, 11), 3, "verlof_14"),
    ]
    jarig: set[str] = set()
    for i, p in enumerate(pupils):
        if i % 3 == 0:
            pupils[i] = _met_verlof(p, rnd.sample(runs, rnd.randint(1, 3)))
        if i % 5 == 0:
            begin = date(2025, 9, 1) + timedelta(days=rnd.randrange(200))
            grond = rnd.choice([g.value for g in Vrijstellingsgrond])
            kennisgeving = {"op": begin, "verklaring_op": begin - timedelta(days=rnd.choice([0, 100]))}
            vrij = {"grond": grond, "begin": begin, "kennisgevingen": [kennisgeving]}
            pupils[i] = {**pupils[i], "vrijstellingen": [vrij]}
        if i % 4 == 0:
            pupils[i] = _jarig(
                pupils[i], date(2025, 8, 1) + timedelta(days=rnd.randrange(365)), rnd.choice([18, 23])
            )
            jarig.add(p["sleutel"])
    for peil in (date(2026, 7, 15), date(2027, 3, 1)):
        een_voor_een.clear()
        uit = _zelfde(pupils, peil)
        assert (uit["verzuimsoort"] == "luxe_verzuim").sum() > 0
        assert (uit["situatie"] == "vrijstelling").sum() > 0
        # only pupils 18 or older can still get a verdict the column-wise schedule leaves to analyseer
        volwassen = {
            p["sleutel"] for p in pupils if p["sleutel"] in jarig or p["geboortedatum"] < date(2009, 3, 1)
        }
        assert set(een_voor_een) <= volwassen
        assert len(een_voor_een) < len(pupils) // 20
        anders = uit[uit["sleutel"].isin(jarig) & ~uit["sleutel"].isin(een_voor_een)]
        assert (anders["uitkomst"] == MELDING).sum() > 20


def test_cellen_die_de_kolomsgewijze_weg_niet_leest() -> None:
    """Object columns with numpy scalars, a yes/no as text, an unhashable reason: the pupil goes by the
    one-pupil path, with the same result as before (text times are read column-wise: see
    ``test_tijden_als_tekst_kolomsgewijs_zoals_dask_ze_omzet``)."""
    pupils = next(leerlingen(60, seed=4, per=60))
    pupils[0] = {**pupils[0], "ingeschreven": True}
    df = naar_frame(pupils)
    eerste = ~df["sleutel"].duplicated()
    objecten = df.assign(
        schooljaar=pd.Series([np.int64(x) for x in df["schooljaar"]], dtype=object),
        ingeschreven=pd.Series(
            [np.bool_(True) if i % 2 else x for i, x in enumerate(df["ingeschreven"].tolist())], dtype=object
        ),
    )
    pd.testing.assert_frame_equal(analyseer_frame(objecten, PEIL), analyseer_frame(df, PEIL))
    tekst = df.assign(
        van=pd.Series(["08:30" if isinstance(v, time) else v for v in df["van"]], dtype=object),
        tot=pd.Series(["08:45" if isinstance(v, time) else v for v in df["tot"]], dtype=object),
        ingeschreven=pd.Series(["ja" if e else None for e in eerste], dtype=object),
    )
    uit = analyseer_frame(tekst, PEIL)
    assert set(uit["fout_regel"].dropna()) == {"bool_type"}
    assert uit["sleutel"].nunique() == len(pupils)
    lijst = df.assign(reden=pd.Series([["ziek"], *df["reden"].tolist()[1:]], dtype=object))
    uit = analyseer_frame(lijst, PEIL)
    assert uit["uitkomst"].iloc[0] == FOUT
    assert uit["sleutel"].nunique() == len(pupils)
    meer = next(leerlingen(400, seed=4, per=400))
    _zelfde([{k: v for k, v in ll.items() if k != "schooljaar"} for ll in meer], PEIL)
    zonder_records = df.loc[eerste, ["sleutel", "geboortedatum", "onderwijssoort", "regio"]]
    uit = analyseer_frame(zonder_records, PEIL)
    assert set(uit["uitkomst"]) == {GEEN_MELDING}


class _Tekst(str):
    """A ``str`` subclass in a cell (the model reads it as text)."""


TIJD_ALS_TEKST = st.sampled_from(
    [
        lambda t: t,
        lambda t: t.strftime("%H:%M"),
        lambda t: t.strftime("%H:%M:%S"),
        lambda t: _Tekst(t.strftime("%H:%M:%S")),
        lambda t: f"{t.hour}:{t.minute:02d}",  # no leading zero: refused by the model
        lambda t: t.strftime("%H:%M:%S") + "Z",  # an offset: refused
        lambda t: t.strftime("%H:%M:%S.%f"),  # fractions: refused
        lambda t: "24:00",
    ]
)
"""A ``van``/``tot`` as a school system or Dask gives it: a ``time``, text the model reads or refuses."""


@st.composite
def met_teksttijden(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Generated pupils (lateness as van/tot) and a few with a time span of whole seconds, each time
    cell in a drawn form."""
    pupils = next(leerlingen(draw(st.integers(1, 40)), seed=draw(st.integers(0, 10_000)), per=40))
    for i in range(min(draw(st.integers(0, 3)), len(pupils))):
        van = time(8, draw(st.integers(0, 59)), draw(st.integers(0, 59)))
        tot = time(9, draw(st.integers(0, 59)), draw(st.integers(0, 59)))
        record = {"datum": date(2025, 10, 6 + i), "reden": "te_laat", "van": van, "tot": tot}
        pupils[i] = {**pupils[i], "records": [*pupils[i]["records"], record]}
    uit = []
    for ll in pupils:
        records = []
        for r in ll["records"]:
            if "van" in r:
                r = {**r, "van": draw(TIJD_ALS_TEKST)(r["van"]), "tot": draw(TIJD_ALS_TEKST)(r["tot"])}
            records.append(r)
        uit.append({**ll, "records": records})
    return uit


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(met_teksttijden(), LATER)
def test_tijden_als_tekst_rij_voor_rij_gelijk_aan_een_leerling(
    pupils: list[dict[str, Any]], peil: date
) -> None:
    """``van``/``tot`` as ``HH:MM`` or ``HH:MM:SS`` text (read), or as text the model refuses (error
    rows): the same rows as ``analyseer``."""
    _zelfde(pupils, peil)


def test_tijden_als_tekst_kolomsgewijs_zoals_dask_ze_omzet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dask's ``dataframe.convert-string`` (its default) turns a column of ``time`` into ``"HH:MM:SS"``
    text: the same rows, and no pupil more goes the one-pupil way than with the times themselves
    (regression: every pupil with a lateness record did, which made ``analyseer_dask`` 5x slower)."""
    dd = pytest.importorskip("dask.dataframe")
    import dask

    een_voor_een = _een_voor_een(monkeypatch)
    df = next(record_frames(3000, seed=8, per=3000))
    assert df["van"].notna().sum() > 100
    met_tijden = analyseer_frame(df, PEIL)
    aantal = len(een_voor_een)
    assert aantal < 3000 // 100
    with dask.config.set({"dataframe.convert-string": True}):
        omgezet = dd.from_pandas(df, npartitions=1).compute(scheduler="synchronous")
    assert {type(v) for v in omgezet["van"].dropna()} == {str}
    for tekst in (omgezet, df.assign(van=df["van"].map(str, na_action="ignore"))):
        een_voor_een.clear()
        pd.testing.assert_frame_equal(analyseer_frame(tekst, PEIL), met_tijden)
        assert len(een_voor_een) == aantal


def test_populatie_bereikt_elke_verzuimsoort_en_foutrijen() -> None:
    pupils = next(leerlingen(2000, seed=1, per=2000))
    pupils += [_bederf(pupils[i], i) for i in range(5)]
    pupils[-5:] = [{**p, "sleutel": f"fout{i}"} for i, p in enumerate(pupils[-5:])]
    uit = _zelfde(pupils, PEIL)
    gemeld = set(uit["verzuimsoort"].dropna())
    assert gemeld == {s.value for s in Verzuimsoort} - {"geen_melding", "ziekteverzuim"}
    assert set(uit["uitkomst"]) == {MELDING, GEEN_MELDING, FOUT}
    assert set(uit["situatie"].dropna()) == {"ingeschreven", "absoluut_verzuim", "vrijstelling"}
    assert set(uit["meldplicht"].dropna()) == {Meldplicht.VERPLICHT.value, Meldplicht.NIET_VERPLICHT.value}


def test_generator_is_reproduceerbaar_en_streamt() -> None:
    a = [ll for deel in leerlingen(30, seed=3, per=7) for ll in deel]
    b = [ll for deel in leerlingen(30, seed=3, per=30) for ll in deel]
    assert a == b
    assert [len(d) for d in leerlingen(30, seed=3, per=7)] == [7, 7, 7, 7, 2]
    frames = list(record_frames(30, seed=3, per=10))
    assert len(frames) == 3
    assert sum(f["sleutel"].nunique() for f in frames) == 30


def test_leerlingen_en_records_als_twee_frames_en_sleutel_als_index() -> None:
    pupils = next(leerlingen(200, seed=5, per=200))
    eén = naar_frame(pupils)
    verwacht_ = analyseer_frame(eén, PEIL)
    kolommen = ["sleutel", "datum", "reden", "uren", "van", "tot", "gemeld_op", "positie"]
    lln = eén.drop(columns=kolommen[1:]).drop_duplicates("sleutel")
    recs = eén[kolommen].dropna(subset=["datum"])
    pd.testing.assert_frame_equal(analyseer_frame(recs, PEIL, leerlingen=lln.set_index("sleutel")), verwacht_)
    pd.testing.assert_frame_equal(analyseer_frame(eén.set_index("sleutel"), PEIL), verwacht_)


def test_in_stukken_rij_voor_rij_gelijk_aan_een_leerling(monkeypatch: pytest.MonkeyPatch) -> None:
    """The row-wise steps in slices of ``_STUK`` rows (issue 15: temporaries under glibc's ``mmap``
    threshold, which Dask's nanny fixes): slices of 1, 7 and 64 rows give the rows of the one-pupil
    API, where a pupil's records straddle a slice, a day is registered twice, or a pupil's records
    are not in date order (a 16-uur melding, then overig verzuim)."""
    import verzuimregels.registratie.kolomsgewijs as kolom_module

    pupils = next(leerlingen(150, seed=13, per=150))
    zestien = next(leerlingen(100, seed=1, per=100))[90]
    assert [m.verzuimsoort for m in analyseer(zestien, PEIL).meldingen] == [
        Verzuimsoort.ZESTIEN_UUR,
        Verzuimsoort.OVERIG_VERZUIM,
    ]
    dubbel = next(ll for ll in pupils if len(ll["records"]) > 3)
    pupils += [
        {**dubbel, "sleutel": "DUBBEL", "records": [*dubbel["records"], dubbel["records"][1]]},
        {**zestien, "sleutel": "ACHTERSTEVOREN", "records": zestien["records"][::-1]},
    ]
    frame = naar_frame(pupils)
    geschud = frame.sample(frac=1, random_state=3)
    verwachting = verwacht(pupils, PEIL)
    assert (verwachting["sleutel"] == "DUBBEL").sum() == 1
    assert verwachting.loc[verwachting["sleutel"] == "DUBBEL", "uitkomst"].item() == FOUT
    een_voor_een = _een_voor_een(monkeypatch)
    analyseer_frame(frame, PEIL)
    zo_ook = sorted(een_voor_een)  # the pupils the one-pupil way decides, in one slice
    assert "ACHTERSTEVOREN" not in zo_ook
    for stuk in (1, 7, 64):
        monkeypatch.setattr(kolom_module, "_STUK", stuk)
        een_voor_een.clear()
        pd.testing.assert_frame_equal(analyseer_frame(frame, PEIL), verwachting)
        assert sorted(een_voor_een) == zo_ook
        pd.testing.assert_frame_equal(
            analyseer_frame(geschud, PEIL).sort_values("sleutel", kind="stable").reset_index(drop=True),
            verwachting.sort_values("sleutel", kind="stable").reset_index(drop=True),
        )


def test_positie_ordent_de_records_van_een_leerling() -> None:
    pupils = next(leerlingen(100, seed=9, per=100))
    df = naar_frame(pupils)
    geschud = df.sample(frac=1, random_state=1)
    pd.testing.assert_frame_equal(
        analyseer_frame(geschud, PEIL).sort_values("sleutel", kind="stable").reset_index(drop=True),
        analyseer_frame(df, PEIL).sort_values("sleutel", kind="stable").reset_index(drop=True),
    )


def test_pandas_en_numpy_waarden_in_cellen() -> None:
    school = {"onderwijssoort": "vo", "regio": "midden", "lesuur_minuten": 50, "uren_per_lesdag": 7}
    ll = {
        "sleutel": "A",
        "geboortedatum": date(2010, 5, 1),
        "school": school,
        "records": [
            {"datum": date(2025, 10, 6), "reden": "ongeoorloofd", "uren": Decimal(3)},
            {"datum": date(2025, 10, 7), "reden": "te_laat", "van": time(8, 30), "tot": time(9, 0)},
        ],
    }
    df = naar_frame([ll])
    verwacht_ = analyseer_frame(df, PEIL)
    assert list(verwacht_["verzuimsoort"]) == ["overig_verzuim"]
    anders = df.assign(
        geboortedatum=pd.to_datetime(df["geboortedatum"]),
        datum=pd.Series([pd.Timestamp(2025, 10, 6), np.datetime64("2025-10-07")], dtype="object"),
        uren=pd.Series([np.float64(3), pd.NA], dtype="object"),
        lesuur_minuten=[np.int64(50), np.int64(50)],
        uren_per_lesdag=pd.Series([[7, 7, 7, 7, 7], np.array([7, 7, 7, 7, 7])], dtype="object"),
        gemeld_op=pd.Series([pd.NaT, None], dtype="object"),
        schooljaar=[2025.0, float("nan")],
        sleutel=[1, 1],
    )
    uit = analyseer_frame(anders, PEIL)
    pd.testing.assert_frame_equal(uit.drop(columns="sleutel"), verwacht_.drop(columns="sleutel"))
    assert list(uit["sleutel"]) == [1]


def test_lege_cellen_en_ontbrekende_kolommen() -> None:
    df = pd.DataFrame(
        {
            "sleutel": ["a", None, "b", "b", "c", "d", "e"],
            "geboortedatum": [date(2012, 1, 1)] * 7,
            "onderwijssoort": ["po"] * 7,
            "datum": [
                None,
                date(2025, 9, 1),
                None,
                date(2025, 9, 2),
                date(2025, 9, 3),
                None,
                date(2025, 9, 8),
            ],
            "reden": [None, "ziek", None, "ziek", "ziek", None, "ziek"],
            "gemeld_op": [None, None, None, None, None, date(2025, 9, 1), None],
            "schooljaar": [None, None, None, None, 2025, None, None],
        }
    )
    uit = analyseer_frame(df, date(2025, 10, 1))
    assert list(uit["uitkomst"]) == [FOUT, GEEN_MELDING, GEEN_MELDING, GEEN_MELDING, FOUT, FOUT, GEEN_MELDING]
    assert uit["fout_regel"].iloc[0] == "sleutel_ontbreekt"
    assert uit["sleutel"].iloc[0] is None
    # "d": a lone row with only gemeld_op is a record without datum or reden
    assert uit["fout_veld"].iloc[4].startswith("records.1")
    # before the school year of the records: an error row, not an abort
    vroeg = analyseer_frame(df.drop(index=1), date(2025, 7, 1))
    assert set(vroeg["fout_regel"].dropna()) >= {"peildatum_voor_schooljaar"}


def test_zonder_sleutel_kolom_een_invoerfout() -> None:
    with pytest.raises(Invoerfout):
        analyseer_frame(pd.DataFrame({"datum": [date(2025, 9, 1)]}), PEIL)


def test_lege_invoer_en_meta() -> None:
    leeg = analyseer_frame(naar_frame([]).assign(sleutel=pd.Series([], dtype=object)), PEIL)
    pd.testing.assert_frame_equal(leeg, uitvoer_meta())


def test_op_een_lokaal_dask_cluster_gelijk_aan_in_process() -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    pupils = next(leerlingen(400, seed=11, per=400))
    pupils.append(_bederf({**pupils[0], "sleutel": "kapot"}, 1))
    df = naar_frame(pupils)
    lokaal = analyseer_frame(df, PEIL)
    ddf = dd.from_pandas(df.set_index("sleutel").sort_index(kind="stable"), npartitions=4, sort=True)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as c,
        distributed.Client(c),
    ):
        uit = ddf.map_partitions(analyseer_frame, PEIL, meta=uitvoer_meta()).compute()
        per_groep = (
            dd.from_pandas(df, npartitions=3)
            .groupby("sleutel")
            .apply(lambda g: analyseer_frame(g.assign(sleutel=g.name), PEIL), meta=uitvoer_meta())
            .compute()
        )
        from verzuimregels.registratie.verdeeld import analyseer_dask

        # any partitioning (a pupil's rows over several partitions): buckets, in parallel on the workers
        verspreid = dd.from_pandas(df.sample(frac=1, random_state=2), npartitions=3, sort=False)
        lui: Any = analyseer_dask(verspreid, PEIL)
        with distributed.get_task_stream() as taken:  # the active client's cluster, without settings
            in_emmers = lui.compute()
        analyses = [t for t in taken.data if "_analyseer" in str(t["key"])]
        assert len({t["worker"] for t in analyses}) == 2  # the buckets ran on both workers
        # sleutel as the index without divisions: shuffled into the buckets asked for
        lui = analyseer_dask(ddf.clear_divisions(), PEIL, emmers=5)
        assert lui.npartitions == 5
        met_index = lui.compute()
        # with known divisions on sleutel each partition holds whole pupils: no shuffle, no buckets
        lui = analyseer_dask(ddf, PEIL, emmers=5)
        assert lui.npartitions == ddf.npartitions == 4
        met_delingen = lui.compute()

    def orden(x: pd.DataFrame) -> pd.DataFrame:
        x = x.reset_index(drop=True)
        return x.sort_values(["sleutel", "volgnummer", "fout_veld"], kind="stable").reset_index(drop=True)

    pd.testing.assert_frame_equal(orden(uit), orden(lokaal))
    pd.testing.assert_frame_equal(orden(per_groep), orden(lokaal))
    pd.testing.assert_frame_equal(orden(in_emmers), orden(lokaal))
    pd.testing.assert_frame_equal(orden(met_index), orden(lokaal))
    pd.testing.assert_frame_equal(orden(met_delingen), orden(lokaal))
    lui = analyseer_dask(verspreid, PEIL)
    hier = lui.compute(scheduler="synchronous")  # in this process
    pd.testing.assert_frame_equal(orden(hier), orden(lokaal))
    # partitions that hold whole pupils (divisions on sleutel): analysed as they are, no shuffle
    lui = analyseer_dask(ddf, PEIL, gegroepeerd=True)
    gegroepeerd = lui.compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(orden(gegroepeerd), orden(lokaal))


def _per_leerling(x: pd.DataFrame) -> pd.DataFrame:
    """Rows in the order of their pupils (each pupil's own rows in their order): a Dask result comes
    back grouped per partition."""
    x = x.reset_index(drop=True)
    return x.sort_values(["sleutel", "volgnummer", "fout_veld"], kind="stable").reset_index(drop=True)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populaties(), LATER, st.integers(1, 4), st.integers(0, 2**16), st.booleans())
def test_analyseer_dask_rij_voor_rij_gelijk_aan_analyseer_frame(
    pupils: list[dict[str, Any]], peil: date, delen: int, schudden: int, tekst: bool
) -> None:
    """Every partitioning ``analyseer_dask`` takes gives ``analyseer_frame``'s rows on the records Dask
    holds: pupils spread over partitions at random (shuffled into buckets), and ``sleutel`` as an index
    with known divisions (each partition analysed as it is). ``tekst``: Dask's default
    ``dataframe.convert-string``, which turns every object column into text (a list of five
    ``uren_per_lesdag`` then is text the model refuses: compare with the records as Dask holds them)."""
    dd = pytest.importorskip("dask.dataframe")
    import dask

    from verzuimregels.registratie.verdeeld import analyseer_dask

    df = naar_frame(pupils)
    with dask.config.set({"dataframe.convert-string": tekst}):
        verspreid = dd.from_pandas(df.sample(frac=1, random_state=schudden), npartitions=delen, sort=False)
        geordend = dd.from_pandas(
            df.set_index("sleutel").sort_index(kind="stable"), npartitions=delen, sort=True
        )
        for records in (verspreid, geordend):
            gehouden = records.compute(scheduler="synchronous")
            lokaal = _per_leerling(analyseer_frame(gehouden, peil))
            lui: Any = analyseer_dask(records, peil)
            uit = lui.compute(scheduler="synchronous")
            pd.testing.assert_frame_equal(_per_leerling(uit), lokaal)
        if not tekst:  # without the conversion Dask holds the records as given
            pd.testing.assert_frame_equal(lokaal, _per_leerling(analyseer_frame(df, peil)))


def test_vrijstelling_met_einde_en_tijdstempels_in_een_objectkolom() -> None:
    school = {"onderwijssoort": "po", "regio": "zuid"}
    ll = {
        "sleutel": "V",
        "geboortedatum": date(2015, 3, 1),
        "school": school,
        "vrijstellingen": [
            {
                "grond": "art_5_a",
                "begin": date(2025, 9, 1),
                "einde": date(2025, 12, 31),
                "kennisgevingen": [{"op": date(2025, 8, 25), "verklaring_op": date(2025, 8, 1)}],
            }
        ],
        "records": [
            {"datum": date(2025, 10, 6), "reden": "ongeoorloofd"},
            {"datum": date(2026, 2, 2), "reden": "ongeoorloofd"},
        ],
    }
    _zelfde([ll], PEIL)
    df = naar_frame([ll])
    df["geboortedatum"] = pd.Series([pd.Timestamp(2015, 3, 1), date(2015, 3, 1)], dtype=object)
    pd.testing.assert_frame_equal(analyseer_frame(df, PEIL), verwacht([ll], PEIL))


def test_leerlingenframe_met_sleutel_als_kolom() -> None:
    pupils = next(leerlingen(20, seed=2, per=20))
    eén = naar_frame(pupils)
    lln = eén[
        [
            "sleutel",
            "geboortedatum",
            "onderwijssoort",
            "regio",
            "lesuur_minuten",
            "uren_per_lesdag",
            "schooljaar",
        ]
    ]
    recs = eén[["sleutel", "datum", "reden", "uren", "van", "tot", "positie"]].dropna(subset=["datum"])
    pd.testing.assert_frame_equal(
        analyseer_frame(recs, PEIL, leerlingen=lln.drop_duplicates("sleutel")), analyseer_frame(eén, PEIL)
    )


def test_twijfelgevallen_gaan_door_de_volle_validatie() -> None:
    school = {"onderwijssoort": "vo", "regio": "noord", "lesuur_minuten": 50, "uren_per_lesdag": 7}

    def ll(sleutel: str, *records: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {
            "sleutel": sleutel,
            "geboortedatum": date(2011, 2, 3),
            "school": school,
            "records": list(records),
            **extra,
        }

    dag = date(2025, 11, 4)
    pupils = [
        ll("reden", {"datum": dag, "reden": "onbekend"}),
        ll("beide", {"datum": dag, "reden": "ongeoorloofd", "uren": 2, "van": time(9), "tot": time(10)}),
        ll("omgekeerd", {"datum": dag, "reden": "te_laat", "van": time(10), "tot": time(9)}),
        ll("te_lang", {"datum": dag, "reden": "te_laat", "van": time(8), "tot": time(17)}),
        ll("niet_ingeschreven", {"datum": dag, "reden": "ongeoorloofd"}, ingeschreven=False),
        ll("gewoon", {"datum": dag, "reden": "te_laat", "van": time(8, 30), "tot": time(9, 20)}),
    ]
    uit = _zelfde(pupils, PEIL)
    assert list(uit["uitkomst"]) == [FOUT, FOUT, FOUT, FOUT, GEEN_MELDING, MELDING]


@pytest.mark.parametrize(
    "kennisgevingen",
    [[], [{"op": date(2025, 8, 25)}]],
    ids=["zonder kennisgeving (telt niet, art. 6)", "kennisgeving zonder verklaring"],
)
def test_vrijstelling_zonder_kennisgeving_of_verklaring_is_gelijk_aan_een_leerling(
    kennisgevingen: list[dict[str, date]],
) -> None:
    ll = {
        "sleutel": "W",
        "geboortedatum": date(2015, 3, 1),
        "school": {"onderwijssoort": "po", "regio": "zuid"},
        "vrijstellingen": [{"grond": "art_5_b", "begin": date(2025, 9, 1), "kennisgevingen": kennisgevingen}],
        "records": [{"datum": date(2025, 10, 6 + i), "reden": "ongeoorloofd"} for i in range(5)],
    }
    _zelfde([ll], PEIL)


def test_regressie_klokuren_van_50_minuten_met_afgeronde_decimalen() -> None:
    """A po school with 50-minute lesuren counts 6 lesuren as 5.000… klokuren with 27 decimals (the
    decimal context rounds 6 x 0.8333…); two such days sum to 10.00… with 26. The column-wise path
    raised InvalidOperation building that decimal; such a pupil now goes the one-pupil way."""
    school = {"onderwijssoort": "po", "lesuur_minuten": 50, "uren_per_lesdag": 6}
    ll = {
        "sleutel": "K",
        "geboortedatum": date(2006, 8, 1),
        "school": school,
        "schooljaar": 2025,
        "records": [{"datum": date(2025, 8, 25 + i), "reden": "ongeoorloofd"} for i in range(2)],
    }
    uit = _zelfde([ll], date(2026, 1, 1))
    assert str(uit["uren"].iloc[0]) == str(analyseer(ll, date(2026, 1, 1)).meldingen[0].uren)


def test_vrijstellingen_kolomsgewijs_en_twijfel_naar_een_leerling() -> None:
    """Every ground with its notices column-wise (art. 5, 5a, 11a, 15; art. 6, 7), a vrijstelling_11a
    record outside a valid art. 11a vrijstelling counting as unexcused; a vrijstelling the model
    refuses (einde before begin), one without a ground, or with a date as text goes the one-pupil
    way with the same rows (its error rows)."""
    school = {"onderwijssoort": "po", "regio": "noord"}
    records = [{"datum": date(2025, 10, 6 + i), "reden": "vrijstelling_11a"} for i in range(5)]
    records += [{"datum": date(2025, 11, 3 + i), "reden": "ongeoorloofd"} for i in range(5)]
    pupils: list[dict[str, Any]] = []
    for i, grond in enumerate(g.value for g in Vrijstellingsgrond):
        for j, kennisgeving in enumerate(({"op": date(2025, 9, 1)}, {"op": date(2025, 11, 5)}, None)):
            vrij: dict[str, Any] = {"grond": grond, "begin": date(2025, 9, 1)}
            if kennisgeving is not None:
                vrij["kennisgevingen"] = [{**kennisgeving, "verklaring_op": date(2025, 8, 20)}]
            pupils.append(
                {"sleutel": f"V{i}-{j}", "geboortedatum": date(2020, 3, 1), "school": school}
                | {"vrijstellingen": [vrij], "records": records}
            )
    fout = {"grond": "art_5_b", "begin": date(2025, 9, 1), "einde": date(2025, 8, 31)}
    pupils.append({**pupils[0], "sleutel": "F", "vrijstellingen": [fout]})
    for peil in (date(2025, 10, 8), PEIL):
        uit = _zelfde(pupils, peil)
        assert {"vrijstelling", "ingeschreven"} <= set(uit["situatie"].dropna())
        assert (uit["sleutel"] == "F").sum() == (uit["uitkomst"] == FOUT).sum() > 0
    df = naar_frame(pupils)
    zonder_grond = df.assign(vrijstelling_grond=pd.Series([None] * len(df), dtype=object))
    pd.testing.assert_frame_equal(
        analyseer_frame(zonder_grond, PEIL),
        analyseer_frame(
            naar_frame(
                [{**p, "vrijstellingen": [{**p["vrijstellingen"][0], "grond": None}]} for p in pupils]
            ),
            PEIL,
        ),
    )
    tekst = df.assign(vrijstelling_begin=pd.Series(["2025-09-01"] * len(df), dtype=object))
    pd.testing.assert_frame_equal(analyseer_frame(tekst, PEIL), analyseer_frame(df, PEIL))


def test_niet_te_melden_16_uur_kolomsgewijs_met_de_feiten_van_het_schema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 16-uur melding not to report (a pupil of 18 or older, no afspraak with the gemeente) is
    decided column-wise, with the same rows, and it is no "eerdere melding" for the meldingen after
    it: the column-wise keuzehulp is asked on exactly the facts the one-pupil schedule asks
    (``eerste_verzuimdag``, ``eerdere_melding_4_weken``, each melding's day). Until issue 15 such a
    pupil went the one-pupil way."""
    from collections import Counter

    import verzuimregels.registratie.analyse as analyse_module
    import verzuimregels.registratie.frame as frame_module
    import verzuimregels.registratie.kolomsgewijs as kolom_module

    schema: Counter[tuple[Any, ...]] = Counter()
    oordeel = analyse_module._Planner._oordeel

    def schema_vraagt(self: Any, eerste: date, dag: date, **feiten: Any) -> Any:
        if "eerdere_melding_4_weken" in feiten:
            schema[(self.leerlinggegevens.sleutel, dag, eerste, feiten["eerdere_melding_4_weken"])] += 1
        return oordeel(self, eerste, dag, **feiten)

    kolomsgewijs: Counter[tuple[Any, ...]] = Counter()
    beslist: set[str] = set()
    toets, analyseer_kolomsgewijs = kolom_module._toets, kolom_module.analyseer_kolomsgewijs
    sleutels: list[Any] = []

    niet_te_melden: list[str] = []

    def kolomsgewijs_vraagt(zestien: Any, lrv: Any, overig: Any, *rest: Any) -> None:
        niet_te_melden.extend(zestien.oordeel.plicht[~np.isin(zestien.oordeel.plicht, kolom_module._MELDEN)])
        for melding in (zestien, lrv, overig):
            eerste, dag, feiten = melding.vraag
            for pupil, d, e, eerder in zip(
                melding.pupil.tolist(),
                dag.tolist(),
                eerste.tolist(),
                feiten["eerdere_melding_4_weken"].tolist(),
                strict=True,
            ):
                dagen = (date(1970, 1, 1) + timedelta(days=d), date(1970, 1, 1) + timedelta(days=e))
                kolomsgewijs[(sleutels[pupil], *dagen, eerder)] += 1
        toets(zestien, lrv, overig, *rest)

    def onthoud(*args: Any, **opties: Any) -> Any:
        sleutels[:] = args[4]
        uit = analyseer_kolomsgewijs(*args, **opties)
        beslist.update(sleutels[g] for g in uit.leerlingen.tolist())
        return uit

    monkeypatch.setattr(analyse_module._Planner, "_oordeel", schema_vraagt)
    monkeypatch.setattr(kolom_module, "_toets", kolomsgewijs_vraagt)
    monkeypatch.setattr(frame_module, "analyseer_kolomsgewijs", onthoud)
    pupils = next(leerlingen(3000, seed=1, per=3000))
    uit = _zelfde(pupils, PEIL)
    assert set(uit["sleutel"]) == beslist  # every pupil column-wise
    assert Counter(niet_te_melden)[Meldplicht.NIET_VERPLICHT.value] > 3  # then merged with overig verzuim
    assert kolomsgewijs == Counter({vraag: n for vraag, n in schema.items() if vraag[0] in beslist})


def test_tijden_als_arrow_time64_kolomsgewijs_en_ongemoeid_door_dask(monkeypatch: pytest.MonkeyPatch) -> None:
    """``van``/``tot`` as Arrow ``time64`` (``pd.ArrowDtype(pa.time64("us"))``): read column-wise with
    the same rows as the ``datetime.time`` objects, no pupil more the one-pupil way; Dask's
    ``dataframe.convert-string`` leaves such a column as it is (it turns object columns of ``time``
    into text, which cost Dask more than half of its conversion of a partition)."""
    pa = pytest.importorskip("pyarrow")
    dd = pytest.importorskip("dask.dataframe")
    import dask

    een_voor_een = _een_voor_een(monkeypatch)
    df = next(record_frames(3000, seed=8, per=3000))
    met_tijden = analyseer_frame(df, PEIL)
    aantal = len(een_voor_een)
    tijd64 = pd.ArrowDtype(pa.time64("us"))
    arrow = df.assign(van=df["van"].astype(tijd64), tot=df["tot"].astype(tijd64))
    een_voor_een.clear()
    pd.testing.assert_frame_equal(analyseer_frame(arrow, PEIL), met_tijden)
    assert len(een_voor_een) == aantal
    with dask.config.set({"dataframe.convert-string": True}):
        omgezet = dd.from_pandas(arrow, npartitions=1).compute(scheduler="synchronous")
    assert omgezet["van"].dtype == tijd64
