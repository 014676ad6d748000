"""Every derived fact has a scalar and a column form; they agree at the boundaries the law draws.

The column-wise keuzehulp once re-derived the age with its own literals (301 and 228 for a 29 February
birthday): changing one copy changed results and no test noticed. Now the column forms sit beside the
scalar ones in :mod:`verzuimregels.regels.leeftijd` and :mod:`verzuimregels.regels.leerplicht`, and these
differential tests compare them on the days where an off-by-one would show: 29 February, and the day
before, of and after the birthdays at 5, 12, 16, 18 and 23.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.strategieen import GRENSLEEFTIJDEN, geboorte_en_dag
from verzuimregels.beleid import Verjaardag29Februari
from verzuimregels.regels.leeftijd import (
    leeftijd_op,
    leeftijd_op_kolom,
    maanddag,
    verjaardag,
    verjaardag_maanddag_kolom,
    verjaardag_schrikkeldag,
)
from verzuimregels.regels.leerplicht import (
    eerste_dag_maand_na_vijfde_verjaardag,
    maand_na_vijfde_verjaardag_kolom,
)

REGELS = st.sampled_from(list(Verjaardag29Februari))


def _kolom(*waarden: int) -> np.ndarray:
    return np.array(waarden, dtype=np.int64)


@given(geboorte_en_dag(), REGELS)
@example((date(2008, 2, 29), date(2026, 2, 28)), Verjaardag29Februari.ACHTENTWINTIG_FEBRUARI)
@example((date(2008, 2, 29), date(2026, 3, 1)), Verjaardag29Februari.EEN_MAART)
@example((date(2008, 2, 29), date(2026, 2, 28)), Verjaardag29Februari.EEN_MAART)
def test_leeftijd_scalair_gelijk_aan_kolom(paar: tuple[date, date], regel: Verjaardag29Februari) -> None:
    geb, dag = paar
    kolom = leeftijd_op_kolom(
        _kolom(geb.year), _kolom(maanddag(geb)), _kolom(dag.year), _kolom(maanddag(dag)), regel
    )
    assert int(kolom[0]) == leeftijd_op(geb, dag, regel)


@given(geboorte_en_dag(), st.sampled_from(GRENSLEEFTIJDEN), REGELS)
def test_verjaardag_scalair_gelijk_aan_kolom(
    paar: tuple[date, date], jaren: int, regel: Verjaardag29Februari
) -> None:
    geb, _ = paar
    dag = verjaardag(geb, jaren, regel)
    kolom = verjaardag_maanddag_kolom(_kolom(maanddag(geb)), _kolom(geb.year + jaren), regel)
    assert int(kolom[0]) == maanddag(dag)


@given(geboorte_en_dag(), REGELS)
def test_begin_leerplicht_maand_scalair_gelijk_aan_kolom(
    paar: tuple[date, date], regel: Verjaardag29Februari
) -> None:
    geb, _ = paar
    eerste = eerste_dag_maand_na_vijfde_verjaardag(geb, regel)
    index = int(maand_na_vijfde_verjaardag_kolom(_kolom(geb.year), _kolom(maanddag(geb)), regel)[0])
    assert (index // 12, index % 12 + 1) == (eerste.year, eerste.month)


@pytest.mark.parametrize(
    ("regel", "verwacht"),
    [(Verjaardag29Februari.EEN_MAART, 301), (Verjaardag29Februari.ACHTENTWINTIG_FEBRUARI, 228)],
)
def test_schrikkeldag_verschuift_zoals_de_scalaire_regel(regel: Verjaardag29Februari, verwacht: int) -> None:
    assert verjaardag_schrikkeldag(regel) == verwacht


@pytest.mark.parametrize("regel", list(Verjaardag29Februari))
@pytest.mark.parametrize("jaren", GRENSLEEFTIJDEN)
def test_grensdagen_29_februari(regel: Verjaardag29Februari, jaren: int) -> None:
    """Born 29 February 2008: the day before, of and after each boundary birthday, both forms agree."""
    geb = date(2008, 2, 29)
    dag = verjaardag(geb, jaren, regel)
    for d in (dag.fromordinal(dag.toordinal() - 1), dag, dag.fromordinal(dag.toordinal() + 1)):
        kolom = leeftijd_op_kolom(_kolom(geb.year), _kolom(229), _kolom(d.year), _kolom(maanddag(d)), regel)
        assert int(kolom[0]) == leeftijd_op(geb, d, regel) == jaren - (d < dag)


def test_kolomvorm_over_veel_rijen_tegelijk() -> None:
    """One call over many rows gives each row's scalar answer (no state shared between rows)."""
    geboren = [date(2008, 2, 29), date(2010, 3, 1), date(2007, 12, 31), date(2011, 1, 1)]
    dagen = [date(2026, 2, 28), date(2026, 3, 1), date(2023, 12, 31), date(2028, 12, 31)]
    for regel in Verjaardag29Februari:
        kolom = leeftijd_op_kolom(
            _kolom(*(g.year for g in geboren)),
            _kolom(*(maanddag(g) for g in geboren)),
            _kolom(*(d.year for d in dagen)),
            _kolom(*(maanddag(d) for d in dagen)),
            regel,
        )
        assert kolom.tolist() == [leeftijd_op(g, d, regel) for g, d in zip(geboren, dagen, strict=True)]


# --- the same facts through both walkers: beoordeel_frame against beoordeel, row by row ----------------


@st.composite
def grensgevallen(draw: st.DrawFn) -> dict[str, object]:
    """A case whose first verzuimdag lies on, or a day beside, a birthday at which the law changes its
    answer (5, 12, 16, 18, 23), or which concerns someone born on 29 February."""
    eerste = draw(st.dates(min_value=date(2024, 3, 1), max_value=date(2027, 12, 31)))
    jaren = draw(st.sampled_from(GRENSLEEFTIJDEN))
    if draw(st.booleans()):
        geb = date(draw(st.sampled_from([1996, 2000, 2004, 2008, 2012, 2016, 2020])), 2, 29)
    else:
        dag = eerste - timedelta(days=1) if (eerste.month, eerste.day) == (2, 29) else eerste
        geb = dag.replace(year=dag.year - jaren) + timedelta(days=draw(st.sampled_from((-1, 0, 0, 1))))
    if geb > eerste:
        geb = eerste
    return {
        "geboortedatum": geb.isoformat(),
        "eerste_verzuimdag": eerste.isoformat(),
        "peildatum": (eerste + timedelta(days=draw(st.integers(0, 40)))).isoformat(),
        "ziek": False,
        "vakantie_zonder_verlof": False,
        "aaneengesloten_dagen_afwezig": draw(st.sampled_from([0, 27, 28])),
        "ongeoorloofde_uren_4_lesweken": draw(st.sampled_from([0, 16])),
        "afspraak_gemeente_18plus": draw(st.booleans()),
    }


@settings(max_examples=40, deadline=None)
@given(st.lists(grensgevallen(), min_size=1, max_size=25), REGELS)
def test_kolomsgewijs_gelijk_aan_een_voor_een_op_de_grenzen(
    gevallen: list[dict[str, object]], regel: Verjaardag29Februari
) -> None:
    """Age and the start of leerplicht derived column-wise give every row the verdict the one-case
    walker gives it, on the boundaries and under both 29 February rules."""
    import pandas as pd

    from verzuimregels import Beleid, beoordeel
    from verzuimregels.fouten import Invoerfout
    from verzuimregels.keuzehulp.frame import UITVOERKOLOMMEN, beoordeel_frame, rij_uit_fout, rij_uit_oordeel

    beleid = Beleid(verjaardag_29_februari=regel)
    vandaag = date(2028, 1, 1)
    uit = beoordeel_frame(pd.DataFrame(gevallen), beleid=beleid, vandaag=vandaag)
    kolom = [
        {k: v for k, v in r.items() if not pd.isna(v)}
        for r in uit[list(UITVOERKOLOMMEN)].astype(object).to_dict("records")
    ]
    verwacht = []
    for geval in gevallen:
        try:
            verwacht.append(rij_uit_oordeel(beoordeel(geval, beleid=beleid, vandaag=vandaag)))
        except Invoerfout as fout:
            verwacht.append(rij_uit_fout(fout))
    assert kolom == verwacht
