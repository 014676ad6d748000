"""The column-wise keuzehulp's date arithmetic (issue 15: integer day numbers and look-up tables in
place of numpy's datetime casts) agrees with Python's calendar and with the one-case API on the
dates where calendars go wrong: 29 February, leap centuries, month and year ends, the first and last
day a date holds (0001-01-01, 9999-12-31), either side of the years 1900-2099 the look-up covers,
and missing dates (``NaT``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from verzuimregels import Beleid, Regio, Schoolkalender, Verjaardag29Februari
from verzuimregels.bronnen import WETSVERSIES

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")

import verzuimregels.keuzehulp.frame as kf  # noqa: E402
from verzuimregels.keuzehulp.frame import als_casussen, beoordeel_frame  # noqa: E402

from .strategieen import geboorte_en_dag  # noqa: E402
from .test_keuzehulp_frame import VANDAAG, rijen, verwacht  # noqa: E402

EPOCHE = date(1970, 1, 1)
UITERSTEN = (
    date(1, 1, 1),
    date(1, 12, 31),
    date(1600, 2, 29),
    date(1899, 12, 31),
    date(1900, 1, 1),
    date(1900, 2, 28),
    date(1900, 3, 1),
    date(2000, 2, 29),
    date(2099, 12, 31),
    date(2100, 1, 1),
    date(2100, 2, 28),
    date(2100, 3, 1),
    date(9993, 12, 31),
    date(9994, 1, 1),
    date(9996, 2, 29),
    date(9999, 12, 31),
)
"""The first and last dates, leap centuries (1600, 2000) and non-leap ones (1900, 2100), the edges
of the look-up table (1900-2099), and the last births whose start of leerplicht a date holds."""


def _jmd(dag: date) -> int:
    return dag.year * 10_000 + dag.month * 100 + dag.day


def test_jaar_maand_dag_van_elke_dag_die_een_datum_kan_zijn() -> None:
    """Every day from 0001-01-01 to 9999-12-31: year, month and day by integer arithmetic are
    numpy's own datetime64 casts (an independent implementation), and the look-up of 1900-2099
    gives the same as the arithmetic."""
    dagen = np.arange((date(1, 1, 1) - EPOCHE).days, (date(9999, 12, 31) - EPOCHE).days + 1)
    datums = dagen.astype("datetime64[D]")
    maanden = datums.astype("datetime64[M]")
    jaar = maanden.astype("datetime64[Y]").astype(np.int64) + 1970
    maand = maanden.astype(np.int64) % 12 + 1
    dag = (datums - maanden.astype("datetime64[D]")).astype(np.int64) + 1
    assert np.array_equal(kf._jmd_direct(dagen), jaar * 10_000 + maand * 100 + dag)
    binnen = dagen[(dagen >= kf._TABEL_BEGIN) & (dagen < kf._TABEL_EIND)]
    jmd, maandindex, op_29 = kf._geboortedelen(binnen)
    assert np.array_equal(jmd, kf._jmd_direct(binnen))
    assert np.array_equal(kf._jmd(binnen), jmd)
    assert np.array_equal(maandindex, jmd // 10_000 * 12 + jmd // 100 % 100 - 1)
    assert np.array_equal(op_29, np.flatnonzero(jmd % 10_000 == 229))


WISSELDAGEN = tuple(dag + timedelta(days=verschil) for dag in WETSVERSIES for verschil in (-1, 0))
"""The first day of each law version and the day before it."""
DAGEN = st.one_of(st.sampled_from(UITERSTEN), st.dates())


@given(st.lists(DAGEN, min_size=1, max_size=20))
@example([date(1899, 12, 31), date(1900, 1, 1)])
@example([date(2099, 12, 31), date(2100, 1, 1)])
@example([date(2096, 2, 29), date(2000, 2, 29), date(2100, 3, 1)])
def test_datumdelen_binnen_en_buiten_de_tabel(dagen: list[date]) -> None:
    """Looked up (all days in 1900-2099) or computed (any day outside): what ``date`` says."""
    dagnummers = np.array([(d - EPOCHE).days for d in dagen], dtype=np.int64)
    jmd, maandindex, op_29 = kf._geboortedelen(dagnummers)
    assert jmd.tolist() == kf._jmd(dagnummers).tolist() == [_jmd(d) for d in dagen]
    assert maandindex.tolist() == [d.year * 12 + d.month - 1 for d in dagen]
    assert op_29.tolist() == [i for i, d in enumerate(dagen) if (d.month, d.day) == (2, 29)]


@st.composite
def datumgeval(draw: st.DrawFn) -> dict[str, Any]:
    """A case whose dates lie at a birthday the law turns on (5, 12, 16, 18, 23, under either
    29 February rule, the day before, of or after), or anywhere a date can be; the peildatum on or
    after the first verzuimdag, sometimes before it; the age sometimes given, right or one off."""
    soort = draw(st.integers(0, 5))
    if soort >= 2:
        geb, eerste = draw(geboorte_en_dag())
    elif soort == 1:  # around the start of leerplicht and a month or two after it (art. 3 lid 1)
        geb = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 12, 31)))
        maand = geb.year * 12 + geb.month - 1 + 5 * 12 + draw(st.integers(1, 3))
        eerste = date(maand // 12, maand % 12 + 1, 1) + timedelta(days=draw(st.integers(-1, 3)))
    else:
        geb = draw(DAGEN)
        eerste = draw(st.one_of(st.sampled_from(UITERSTEN), st.dates(min_value=geb)))
    verschuiving = timedelta(days=draw(st.sampled_from([0, 1, 31, 200, 400, 4000, -1])))
    try:
        peil = eerste + verschuiving
    except OverflowError:
        peil = eerste
    if draw(st.integers(0, 5)) == 0:  # the day a law version takes effect, or the day before
        peil = draw(st.sampled_from(WISSELDAGEN))
        eerste = min(eerste, peil)
        geb = min(geb, eerste)
    casus: dict[str, Any] = {
        "geboortedatum": geb,
        "eerste_verzuimdag": eerste,
        "peildatum": peil,
        "ziek": draw(st.booleans()),
        "vakantie_zonder_verlof": draw(st.booleans()),
        "aaneengesloten_dagen_afwezig": draw(st.sampled_from([3, 30])),
        "ongeoorloofde_uren_4_lesweken": draw(st.sampled_from([4.0, 20.0])),
        "afspraak_gemeente_18plus": draw(st.booleans()),
    }
    if draw(st.integers(0, 3)) == 0:
        leeftijd = eerste.year - geb.year - ((eerste.month, eerste.day) < (geb.month, geb.day))
        casus["leeftijd_eerste_verzuimdag"] = max(0, leeftijd + draw(st.sampled_from([0, 0, -1, 1])))
    for veld in ("geboortedatum", "eerste_verzuimdag", "peildatum"):
        if draw(st.integers(0, 9)) == 0:
            casus[veld] = None  # NaT in a datetime64 column
    return casus


def _datumkolom(waarden: list[date | None]) -> Any:
    """Dates as pandas holds them: datetime64 in seconds (0001-9999 fit), ``NaT`` where missing."""
    dagen = np.array([np.datetime64("NaT") if w is None else np.datetime64(w, "D") for w in waarden])
    return pd.Series(dagen.astype("datetime64[D]").astype("datetime64[s]"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(datumgeval(), min_size=1, max_size=30),
    st.sampled_from(list(Verjaardag29Februari)),
    st.sampled_from([None, Schoolkalender(Regio.ZUID)]),
    st.booleans(),
)
def test_datums_kolomsgewijs_gelijk_aan_een_voor_een(
    gevallen: list[dict[str, Any]],
    regel: Verjaardag29Februari,
    kalender: Schoolkalender | None,
    als_objecten: bool,
) -> None:
    """datetime64 columns (or the same dates as ``date`` objects): every row as the one-case API
    judges its case, verdicts, policy notes and error rows alike."""
    frame = _frame(gevallen, als_objecten)
    beleid = Beleid(verjaardag_29_februari=regel)
    uit = beoordeel_frame(frame, beleid=beleid, kalender=kalender, vandaag=VANDAAG)
    verwachte = [verwacht(c, beleid=beleid, kalender=kalender) for c in als_casussen(frame)]
    assert rijen(uit) == verwachte


def _frame(gevallen: list[dict[str, Any]], als_objecten: bool = False) -> Any:
    velden = sorted({veld for geval in gevallen for veld in geval})
    kolommen = {}
    for veld in velden:
        waarden = [geval.get(veld) for geval in gevallen]
        if veld in ("geboortedatum", "eerste_verzuimdag", "peildatum") and not als_objecten:
            kolommen[veld] = _datumkolom(waarden)
        else:
            kolommen[veld] = pd.Series(waarden, dtype=object)
    return pd.DataFrame(kolommen)


@pytest.mark.parametrize("regel", list(Verjaardag29Februari))
def test_geboren_op_29_februari_rond_de_leeftijden_van_de_wet(regel: Verjaardag29Februari) -> None:
    """Births on 29 February (in 1904, 2000, 2004 and 2096), judged from 27 February to 2 March of the
    years they turn 5, 6, 18 and 23, with the age left to the dates or given: every row as the
    one-case API judges it, under each 29 February rule (the age, the start of leerplicht, the
    birthday itself and the policy note ``verjaardag_29_februari``)."""
    gevallen = []
    for jaar in (1904, 2000, 2004, 2096):
        for jaren in (5, 6, 18, 23):
            for dag in (date(jaar + jaren, 2, 27) + timedelta(days=d) for d in range(5)):
                for peil in (dag, dag + timedelta(days=400)):
                    for gegeven in (None, jaren - 1, jaren):
                        geval = {
                            "geboortedatum": date(jaar, 2, 29),
                            "eerste_verzuimdag": dag,
                            "peildatum": max(peil, date(2024, 1, 1)),
                            "ziek": False,
                            "vakantie_zonder_verlof": True,
                            "aaneengesloten_dagen_afwezig": 30,
                            "ongeoorloofde_uren_4_lesweken": 20.0,
                        }
                        if gegeven is not None:
                            geval["leeftijd_eerste_verzuimdag"] = gegeven
                        gevallen.append(geval)
    frame = _frame(gevallen)
    beleid = Beleid(verjaardag_29_februari=regel)
    uit = beoordeel_frame(frame, beleid=beleid, vandaag=VANDAAG)
    assert rijen(uit) == [verwacht(c, beleid=beleid) for c in als_casussen(frame)]
