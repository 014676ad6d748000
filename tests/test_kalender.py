"""The school calendar: lesdagen, lesweken, holidays per region, the school's own days, werkdagen."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from verzuimregels.kalender import (
    GEEN_KALENDER,
    Regio,
    Schoolkalender,
    begin_schooljaar,
    einde_schooljaar,
    is_feestdag,
    is_werkdag,
    schooljaar_van,
    werkdagen_na,
)

NOORD = Schoolkalender(regio=Regio.NOORD)


def test_schooljaar_loopt_van_1_augustus_tot_31_juli() -> None:
    assert schooljaar_van(date(2025, 8, 1)) == 2025
    assert schooljaar_van(date(2026, 7, 31)) == 2025
    assert (begin_schooljaar(2025), einde_schooljaar(2025)) == (date(2025, 8, 1), date(2026, 7, 31))


def test_feestdagen_en_werkdagen() -> None:
    assert is_feestdag(date(2026, 4, 27))  # Koningsdag
    assert not is_werkdag(date(2026, 4, 27))
    assert not is_werkdag(date(2026, 3, 7))  # Saturday
    assert is_werkdag(date(2026, 3, 9))


def test_b05_meldtermijn_vijf_werkdagen() -> None:
    assert werkdagen_na(date(2026, 3, 4), 5) == date(2026, 3, 11)
    assert werkdagen_na(date(2026, 4, 24), 2) == date(2026, 4, 29)  # weekend and Koningsdag skipped


def test_lesweken_noord_2025_2026() -> None:
    weken = NOORD.lesweken(2025)
    # zomervakantie noord 2025 ends on 24 August: the first two lesweken start 25 Aug and 1 Sep (B15)
    assert weken[:2] == (date(2025, 8, 25), date(2025, 9, 1))
    assert date(2025, 10, 20) not in weken  # herfstvakantie noord
    assert date(2025, 12, 22) not in weken  # kerstvakantie
    assert len(weken) == 40
    assert all(w.weekday() == 0 for w in weken)


def test_zonder_regio_geen_schoolvakanties() -> None:
    assert GEEN_KALENDER.is_lesdag(date(2025, 10, 20))
    assert not GEEN_KALENDER.is_schoolvakantie(date(2025, 10, 20))
    assert NOORD.is_schoolvakantie(date(2025, 10, 20))


def test_eigen_rooster_bovenop_de_regio() -> None:
    """A school that moves its herfstvakantie a week: free the week after, teach the regional one."""
    regionaal = {date(2025, 10, 20) + timedelta(days=i) for i in range(5)}
    eigen = {date(2025, 10, 27) + timedelta(days=i) for i in range(5)}
    school = Schoolkalender(regio=Regio.NOORD, vrije_dagen=frozenset(eigen), lesdagen=frozenset(regionaal))
    assert all(school.is_lesdag(d) and not school.is_schoolvakantie(d) for d in regionaal)
    assert all(not school.is_lesdag(d) and school.is_schoolvakantie(d) for d in eigen)
    assert not school.is_lesdag(date(2025, 10, 25))  # a Saturday never becomes a lesdag
    zaterdag_als_lesdag = Schoolkalender(lesdagen=frozenset({date(2025, 10, 25)}))
    assert not zaterdag_als_lesdag.is_lesdag(date(2025, 10, 25))
    assert len(school.lesweken(2025)) == len(NOORD.lesweken(2025))


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)))
def test_lesdag_is_altijd_werkdag_en_eerste_lesdag_is_een_lesdag(dag: date) -> None:
    for kalender in (GEEN_KALENDER, NOORD, Schoolkalender(regio=Regio.ZUID)):
        if kalender.is_lesdag(dag):
            assert is_werkdag(dag)
            assert not kalender.is_schoolvakantie(dag)
        eerste = kalender.eerste_lesdag_vanaf(dag)
        assert kalender.is_lesdag(eerste)
        assert all(not kalender.is_lesdag(dag + timedelta(days=i)) for i in range((eerste - dag).days))
        assert kalender.lesweek_van(dag) <= dag < kalender.lesweek_van(dag) + timedelta(days=7)


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)), st.integers(1, 30))
def test_werkdagen_na_telt_precies_n_werkdagen(dag: date, n: int) -> None:
    einde = werkdagen_na(dag, n)
    assert is_werkdag(einde)
    assert sum(is_werkdag(dag + timedelta(days=i)) for i in range(1, (einde - dag).days + 1)) == n


def test_regressie_bevrijdingsdag_is_elk_jaar_geen_werkdag_voor_de_meldtermijn() -> None:
    """Reported in the issue-3 review: ``holidays`` lists 5 May only every fifth year, but the Algemene
    termijnenwet (art. 3 lid 1) counts "de vijfde mei" every year, so the deadline came a day early."""
    assert not is_werkdag(date(2026, 5, 5))
    assert werkdagen_na(date(2026, 4, 30), 5) == date(2026, 5, 8)  # 1, 4, (5 May), 6, 7, 8 May
    assert not is_werkdag(date(2026, 4, 3))  # Goede Vrijdag (Atw art. 3 lid 2)
    assert Schoolkalender().is_lesdag(date(2026, 5, 5))  # a school decides its own rooster on 5 May


def test_regressie_alleen_nederland_uit_holidays_geladen() -> None:
    """The holidays registry imports every country (~50 ms of each CLI call); the calendar loads the
    Netherlands alone, with the same dates, and falls back to the registry."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from verzuimregels import kalender

    code = (
        "import sys; from datetime import date; from verzuimregels import kalender; "
        "assert kalender.is_feestdag(date(2026, 4, 27)); "
        "assert 'holidays.countries' not in sys.modules, 'every country imported'"
    )
    src = str(Path(kalender.__file__).parents[1])
    omgeving = {**os.environ, "PYTHONPATH": src}
    resultaat = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=omgeving)
    assert resultaat.returncode == 0, resultaat.stderr
    registry = kalender._nederland.__wrapped__(("bestaat", "niet.py"))
    for jaar in (2025, 2026):
        assert set(registry(years=jaar)) == set(kalender._nederland()(years=jaar))
        eigen = kalender._nederland()(subdiv="Zuid", years=jaar, categories=("school",))
        assert set(registry(subdiv="Zuid", years=jaar, categories=("school",))) == set(eigen)
