"""One age per continuous absence (issue 13, point 4).

Keuzehulp Q3: "Is de leerling op de eerste verzuimdag 18 jaar of ouder?" A melding, its vervolgmeldingen
and the LRV/RMC that follows them are one absence: the age on its first verzuimdag holds for all of
them, even when the pupil turns 18 during it (keuzehulp.md §5, beleidskeuze leeftijd_eerste_verzuimdag).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels import Meldplicht, Verzuimsoort
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie import analyseer

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
MIDDEN = Schoolkalender(regio=Regio.MIDDEN)


def afwezig(van: date, tot: date) -> list[dict[str, Any]]:
    uit = []
    dag = van
    while dag <= tot:
        if MIDDEN.is_lesdag(dag):
            uit.append({"datum": dag.isoformat(), "reden": "ongeoorloofd"})
        dag += timedelta(days=1)
    return uit


def _q3(m: Any) -> bool | None:
    return next((s.antwoord for s in m.oordeel.pad if s.vraag == "Q3"), None)


def test_achttien_tijdens_een_verzuim_alle_meldingen_onder_18() -> None:
    # Continuously absent from Monday 2 March 2026 (B05), 18 on Thursday 5 March. The first melding
    # (2-4 March) is judged at 17. Its vervolgmeldingen start on 5 March and later, when the pupil is
    # 18, but belong to the same absence: still mandatory '16 uur', never overig verzuim; the LRV on
    # the 28th counted day (Sunday 29 March) stays an LRV, not RMC.
    ll = {"geboortedatum": "2008-03-05", "school": VO, "records": afwezig(date(2026, 3, 2), date(2026, 4, 3))}
    a = analyseer(ll, date(2026, 4, 3))
    soorten = [(m.verzuimsoort, m.meldplicht) for m in a.meldingen]
    assert soorten[0] == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT)
    assert a.meldingen[1].begindatum == date(2026, 3, 5)
    assert set(soorten[1:-1]) == {(Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT)}
    assert soorten[-1] == (Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Meldplicht.VERPLICHT)
    assert a.meldingen[-1].dag_plicht == date(2026, 3, 29)
    assert {_q3(m) for m in a.meldingen} == {False}
    # each vervolgmelding says it judged the age on the first verzuimdag of the absence
    assert all(
        "leeftijd_eerste_verzuimdag" in {b.code for b in m.oordeel.beleidskeuzes} for m in a.meldingen[1:]
    )


def test_nieuw_verzuim_na_vier_weken_krijgt_de_nieuwe_leeftijd() -> None:
    # back at school for more than 4 weeks after the first melding: a new absence, judged at 18
    eerst = afwezig(date(2026, 3, 2), date(2026, 3, 4))
    later = afwezig(date(2026, 5, 11), date(2026, 5, 13))
    a = analyseer({"geboortedatum": "2008-03-05", "school": VO, "records": eerst + later}, date(2026, 5, 20))
    assert [(m.verzuimsoort, m.meldplicht) for m in a.meldingen] == [
        (Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT),
        (Verzuimsoort.OVERIG_VERZUIM, Meldplicht.NIET_VERPLICHT),
    ]


@settings(max_examples=60, deadline=None)
@given(
    begin=st.dates(date(2025, 9, 1), date(2026, 5, 1)),
    lengte=st.integers(3, 60),
    jarig_na=st.integers(-10, 60),
    uren=st.sampled_from([2, 4, 6]),
    afspraak=st.booleans(),
)
def test_de_meldingen_van_een_verzuim_delen_een_leeftijdstak(
    begin: date, lengte: int, jarig_na: int, uren: int, afspraak: bool
) -> None:
    """A pupil continuously absent from ``begin`` for ``lengte`` days who turns 18 (or 23) around it:
    every melding of the absence answers Q3 (18 or older on the first verzuimdag) the same way, and
    S3 (23 or older) too."""
    for grens in (18, 23):
        jarig = begin + timedelta(days=jarig_na)
        geboren = date(jarig.year - grens, jarig.month, min(jarig.day, 28))
        school = {**VO, "uren_per_lesdag": uren, "afspraak_gemeente_18plus": afspraak}
        records = afwezig(begin, begin + timedelta(days=lengte))
        a = analyseer(
            {"geboortedatum": geboren.isoformat(), "school": school, "records": records}, date(2026, 7, 31)
        )
        takken = {
            tuple(s.antwoord for s in m.oordeel.pad if s.vraag in ("S3", "Q3"))
            for m in a.meldingen
            if m.verzuimsoort is not Verzuimsoort.LUXE_VERZUIM
        }
        assert len(takken) <= 1, (geboren, [(m.verzuimsoort, m.begindatum) for m in a.meldingen])


def test_vakantie_zonder_verlof_van_een_19_jarige_is_geen_luxe_verzuim() -> None:
    # issue 13, point 6: from 18 the Lpw no longer applies (art. 4b): overig verzuim, reporting
    # allowed; Beleid(luxe_verzuim_18plus=True) follows DUO's flowchart: luxe verzuim, mandatory
    from verzuimregels import Beleid

    records = [{"datum": d, "reden": "vakantie"} for d in ("2026-03-02", "2026-03-03")]
    ll = {"geboortedatum": "2007-01-01", "school": VO, "records": records}
    [m] = analyseer(ll, date(2026, 3, 20)).meldingen
    assert (m.verzuimsoort, m.meldplicht) == (Verzuimsoort.OVERIG_VERZUIM, Meldplicht.NIET_VERPLICHT)
    assert "achttien_plus_luxe" in {b.code for b in m.oordeel.beleidskeuzes}
    [m] = analyseer(ll, date(2026, 3, 20), beleid=Beleid(luxe_verzuim_18plus=True)).meldingen
    assert (m.verzuimsoort, m.meldplicht) == (Verzuimsoort.LUXE_VERZUIM, Meldplicht.VERPLICHT)
