"""Hypothesis strategies over the whole fact space of the keuzehulp."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

PEILDATA = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
UREN = st.one_of(
    st.integers(min_value=0, max_value=80).map(Decimal),
    st.decimals(min_value=0, max_value=80, places=2, allow_nan=False, allow_infinity=False),
)


@st.composite
def leeftijd_of_datums(draw: st.DrawFn, peildatum: date) -> dict[str, Any]:
    """Either an age (never exactly 5, which needs dates) or a birth date and first verzuimdag."""
    if draw(st.booleans()):
        leeftijd = draw(st.integers(min_value=0, max_value=30).filter(lambda n: n != 5))
        return {"leeftijd_eerste_verzuimdag": leeftijd}
    eerste = draw(st.dates(min_value=peildatum - timedelta(days=120), max_value=peildatum))
    geb = draw(st.dates(min_value=eerste - timedelta(days=365 * 30), max_value=eerste))
    return {"geboortedatum": geb.isoformat(), "eerste_verzuimdag": eerste.isoformat()}


@st.composite
def casussen(draw: st.DrawFn) -> dict[str, Any]:
    """A complete case: every fact the tree can ask is present."""
    peildatum = draw(PEILDATA)
    return {
        "peildatum": peildatum.isoformat(),
        **draw(leeftijd_of_datums(peildatum)),
        "ziek": draw(st.booleans()),
        "ziekte_twijfel": draw(st.booleans()),
        "vakantie_zonder_verlof": draw(st.booleans()),
        "aaneengesloten_dagen_afwezig": draw(st.integers(min_value=0, max_value=120)),
        "ongeoorloofde_uren_4_lesweken": draw(UREN),
        "afspraak_gemeente_18plus": draw(st.booleans()),
        "eerdere_melding_4_weken": draw(st.booleans()),
        "startkwalificatie": draw(st.integers(0, 9).map(lambda n: n == 0)),
    }


# --- registration layer: calendars, schools and record sets -------------------------------------

REDENEN_ALLE = (
    "ongeoorloofd",
    "ziek",
    "te_laat",
    "vakantie",
    "verlof_13a",
    "verlof_14",
    "geschorst",
    "religieus",
    "school_gesloten",
    "vrijstelling_11a",
)


@st.composite
def scholen(draw: st.DrawFn) -> dict[str, Any]:
    """A school: po or vo, a holiday region (or none), some own free days, a lesuur and a lesdag."""
    soort = draw(st.sampled_from(("po", "vo", "mbo")))
    vrij = draw(st.lists(st.dates(date(2025, 9, 1), date(2026, 6, 30)), max_size=4))
    return {
        "onderwijssoort": soort,
        "regio": draw(st.sampled_from((None, "noord", "midden", "zuid"))),
        "vrije_dagen": sorted({d.isoformat() for d in vrij}),
        "lesuur_minuten": draw(st.sampled_from((45, 50, 60))),
        "uren_per_lesdag": draw(st.sampled_from((4, 6, 8, (6, 6, 3, 6, 6)))),
        "afspraak_gemeente_18plus": draw(st.booleans()),
    }


@st.composite
def leerlingen(draw: st.DrawFn, redenen: tuple[str, ...] = REDENEN_ALLE) -> dict[str, Any]:
    """A pupil of 7 to 19 with runs of records on weekdays of school year 2025 (at most one per day).

    Records may fall on non-lesdagen (weekends excluded here, holidays not): those must never count.
    """
    school = draw(scholen())
    dagen: dict[date, dict[str, Any]] = {}
    for _ in range(draw(st.integers(0, 4))):
        begin = draw(st.dates(date(2025, 8, 25), date(2026, 7, 10)))
        reden = draw(st.sampled_from(redenen))
        hele_dag = draw(st.booleans())
        lesdag = school["uren_per_lesdag"]
        kortste = min(lesdag) if isinstance(lesdag, tuple) else lesdag
        uren = draw(st.integers(1, 2 * kortste - 1).map(lambda n: Decimal(n) / 2))
        for i in range(draw(st.one_of(st.integers(1, 10), st.integers(25, 60)))):
            dag = begin + timedelta(days=i)
            if dag.weekday() < 5 and dag <= date(2026, 7, 31):
                dagen[dag] = {
                    "datum": dag.isoformat(),
                    "reden": reden,
                    **({} if hele_dag else {"uren": uren}),
                }
    records = [{**r, "sleutel": f"r{i}"} for i, (_, r) in enumerate(sorted(dagen.items()))]
    geboren = draw(st.dates(date(2006, 8, 1), date(2018, 7, 31)))
    return {
        "sleutel": "L",
        "geboortedatum": geboren.isoformat(),
        "school": school,
        "schooljaar": 2025,
        "records": records,
    }
