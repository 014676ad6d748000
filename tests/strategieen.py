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


# --- the boundaries of the derived facts (age, start of leerplicht) --------------------------------


def _grensleeftijden() -> tuple[int, ...]:
    from verzuimregels.regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
    from verzuimregels.regels.leerplicht import LEERPLICHTIGE_LEEFTIJD, TWAALF_JAAR, ZESTIEN_JAAR

    return (LEERPLICHTIGE_LEEFTIJD, TWAALF_JAAR, ZESTIEN_JAAR, ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR)


GRENSLEEFTIJDEN = _grensleeftijden()
"""The ages at which the law changes its answer: 5 (art. 3 lid 1), 12 (art. 2 lid 3), 16 (art. 3 lid 1
onder b), 18 (art. 4b), 23 (RMC)."""

SCHRIKKELJAREN = st.integers(min_value=1904, max_value=2096).filter(lambda j: j % 4 == 0)

GEBOORTEDATA = st.one_of(
    SCHRIKKELJAREN.map(lambda j: date(j, 2, 29)),
    st.sampled_from([(2, 28), (3, 1), (1, 1), (12, 31), (7, 31), (8, 1)]).flatmap(
        lambda md: st.integers(1900, 2099).map(lambda j: date(j, *md))
    ),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
)
"""Birth dates weighted towards 29 February, the days around it, and the turns of the (school) year."""


@st.composite
def geboorte_en_dag(draw: st.DrawFn) -> tuple[date, date]:
    """A birth date and a day on or after it, usually the day before, of or after a birthday at which
    the law changes its answer (5, 12, 16, 18, 23), under either 29 February rule."""
    from verzuimregels.beleid import Verjaardag29Februari
    from verzuimregels.regels.leeftijd import verjaardag

    geb = draw(GEBOORTEDATA)
    if draw(st.integers(0, 3)) == 0:
        return geb, draw(st.dates(min_value=geb, max_value=geb + timedelta(days=365 * 30)))
    jaren = draw(st.sampled_from(GRENSLEEFTIJDEN))
    regel = draw(st.sampled_from(list(Verjaardag29Februari)))
    return geb, verjaardag(geb, jaren, regel) + timedelta(days=draw(st.sampled_from((-1, 0, 0, 1))))


# --- status and verlof: requests over every branch of their trees ----------------------------------

WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")


@st.composite
def verlofaanvragen(draw: st.DrawFn) -> dict[str, Any]:
    """A verlof request: vakantie or gewichtige omstandigheden, often in the first two lesweken,
    around ten days and the pro-rata limit, asked before, on or after the first day, with and without
    earlier verlof in the same school year. Some are invalid (no lesdag, two school years)."""
    soort = draw(st.sampled_from(["vakantie", "gewichtige_omstandigheden"]))
    jaar = draw(st.integers(2024, 2028))
    if draw(st.booleans()):  # around the start of the school year: the first two lesweken
        eerste = draw(st.dates(min_value=date(jaar, 8, 10), max_value=date(jaar, 9, 25)))
    else:
        eerste = draw(st.dates(min_value=date(jaar, 9, 1), max_value=date(jaar + 1, 7, 5)))
    laatste = eerste + timedelta(days=draw(st.sampled_from([0, 1, 2, 4, 7, 9, 11, 13, 14, 16, 20, 27])))
    aanvraag: dict[str, Any] = {
        "soort": soort,
        "eerste_dag": eerste.isoformat(),
        "laatste_dag": laatste.isoformat(),
        "aangevraagd_op": (
            eerste - timedelta(days=draw(st.sampled_from([-6, -3, -2, -1, 0, 1, 30])))
        ).isoformat(),
    }
    if soort == "vakantie":
        aanvraag["beroepsgrond"] = draw(st.integers(0, 4).map(lambda n: n > 0))
    elif draw(st.booleans()):
        aanvraag["verhindering_ontstaan_op"] = (
            eerste + timedelta(days=draw(st.sampled_from([-3, -1, 0, 2])))
        ).isoformat()
    if draw(st.booleans()):
        begin = eerste - timedelta(days=draw(st.sampled_from([20, 60, 120])))
        eind = begin + timedelta(days=draw(st.sampled_from([0, 2, 4, 9, 13])))
        if eind < eerste:
            aanvraag["eerder_verlof"] = [
                {
                    "soort": draw(st.sampled_from([soort, "vakantie", "gewichtige_omstandigheden"])),
                    "eerste_dag": begin.isoformat(),
                    "laatste_dag": eind.isoformat(),
                }
            ]
    if draw(st.booleans()):
        aanvraag["kwalificatieplichtig"] = True
        if draw(st.booleans()):
            aanvraag["onderwijsdagen"] = draw(
                st.lists(st.sampled_from(WEEKDAGEN), min_size=1, max_size=4, unique=True)
            )
    return aanvraag


@st.composite
def statusvragen(draw: st.DrawFn) -> dict[str, Any]:
    """A status question: a peildatum from 2024 to mid-2029 (law versions and school holidays known),
    usually the day before, of or after a birthday at which the law changes its answer (5, 12, 16, 18,
    23; 29 February weighted), with diplomas (startkwalificatie or an art. 4a lid 2 exception) and a
    school career (art. 3 lid 1 onder a) or not."""
    from verzuimregels.regels.kwalificatieplicht import Diplomasoort

    peildatum = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2029, 7, 31)))
    if draw(st.integers(0, 2)):
        jaren = draw(st.sampled_from(GRENSLEEFTIJDEN))
        schrikkel = draw(st.integers(0, 3)) == 0
        jaar = peildatum.year - jaren
        geb = (
            date(jaar - jaar % 4, 2, 29)
            if schrikkel
            else peildatum.replace(year=jaar, day=min(peildatum.day, 28))
        )
        geb -= timedelta(days=draw(st.sampled_from((-1, 0, 0, 1, 31))))
    else:
        geb = draw(st.dates(min_value=date(1998, 1, 1), max_value=peildatum))
    vraag: dict[str, Any] = {"geboortedatum": geb.isoformat(), "peildatum": peildatum.isoformat()}
    if draw(st.booleans()):
        vraag["diplomas"] = [
            {
                "soort": draw(st.sampled_from(list(Diplomasoort))).value,
                "datum": (peildatum - timedelta(days=draw(st.integers(-400, 2000)))).isoformat(),
            }
        ]
    if draw(st.booleans()):
        eerste = geb.year + draw(st.sampled_from((5, 6)))
        vraag["eerste_volledige_schooljaar"] = eerste
        if draw(st.booleans()):
            vraag["basisschool_afgerond_schooljaar"] = eerste + draw(st.sampled_from((6, 7, 8)))
            vraag["basisschool_schooljaren"] = draw(st.sampled_from((7, 8, 9)))
    return vraag
