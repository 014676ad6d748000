"""Age on the first verzuimdag (29 February rule, the birthday itself) and the start of leerplicht."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verzuimregels import Beleid, Regio, Schoolkalender, Verjaardag29Februari, beoordeel
from verzuimregels.kalender import GEEN_KALENDER
from verzuimregels.regels.leeftijd import leeftijd_op, verjaardag
from verzuimregels.regels.leerplicht import begin_leerplicht

MAART, FEB28 = Verjaardag29Februari.EEN_MAART, Verjaardag29Februari.ACHTENTWINTIG_FEBRUARI


def codes(casus: dict[str, Any], **opties: Any) -> set[str]:
    return {b.code for b in beoordeel(casus, **opties).beleidskeuzes}


@pytest.mark.parametrize(
    ("dag", "maart", "feb"),
    [
        (date(2026, 2, 27), 17, 17),
        (date(2026, 2, 28), 17, 18),  # common year: the rules differ on this day only
        (date(2026, 3, 1), 18, 18),
        (date(2024, 2, 28), 15, 15),  # leap year: 29 February is the birthday
        (date(2024, 2, 29), 16, 16),
    ],
)
def test_leeftijd_geboren_op_29_februari(dag: date, maart: int, feb: int) -> None:
    geb = date(2008, 2, 29)
    assert (leeftijd_op(geb, dag, MAART), leeftijd_op(geb, dag, FEB28)) == (maart, feb)


def test_verjaardag_29_februari() -> None:
    assert verjaardag(date(2008, 2, 29), 18, MAART) == date(2026, 3, 1)
    assert verjaardag(date(2008, 2, 29), 18, FEB28) == date(2026, 2, 28)
    assert verjaardag(date(2008, 2, 29), 16, MAART) == date(2024, 2, 29)
    assert verjaardag(date(2008, 3, 12), 18, MAART) == date(2026, 3, 12)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2025, 12, 31)), st.integers(0, 30))
def test_leeftijd_op_de_verjaardag_zelf_is_de_nieuwe_leeftijd(geb: date, jaren: int) -> None:
    for regel in Verjaardag29Februari:
        dag = verjaardag(geb, jaren, regel)
        assert leeftijd_op(geb, dag, regel) == jaren
        if jaren:
            from datetime import timedelta

            assert leeftijd_op(geb, dag - timedelta(days=1), regel) == jaren - 1


@pytest.mark.parametrize(
    ("geb", "begin"),
    [
        (date(2020, 3, 12), date(2025, 4, 1)),  # turns 5 on 12 March: first school day of April
        (date(2020, 3, 1), date(2025, 4, 1)),  # turns 5 on 1 March: also April (docs/wettekst.md)
        (date(2020, 7, 31), date(2025, 8, 1)),  # 31 July: August; 1 Aug 2025 is a Friday
        (date(2020, 8, 1), date(2025, 9, 1)),  # 1 August: September
        (date(2020, 11, 15), date(2025, 12, 1)),
        (date(2020, 12, 3), date(2026, 1, 2)),  # 1 January is a public holiday
        (date(2021, 3, 20), date(2026, 4, 1)),
        (date(2019, 3, 31), date(2024, 4, 2)),  # 1 April 2024 is Easter Monday
    ],
)
def test_begin_leerplicht_zonder_kalender(geb: date, begin: date) -> None:
    assert begin_leerplicht(geb, GEEN_KALENDER, MAART) == begin


def test_begin_leerplicht_met_regio_slaat_schoolvakanties_over() -> None:
    noord = Schoolkalender(regio=Regio.NOORD)
    # turns 5 in July 2026: the first school day of August in regio noord is after the zomervakantie
    assert begin_leerplicht(date(2021, 7, 10), noord, MAART) == date(2026, 8, 17)
    # turns 5 in December: the kerstvakantie 2025/26 in noord lasts until 4 January 2026
    assert begin_leerplicht(date(2020, 12, 3), noord, MAART) == date(2026, 1, 5)
    # the school's own free day
    eigen = Schoolkalender(regio=Regio.NOORD, vrije_dagen=frozenset({date(2026, 1, 5)}))
    assert begin_leerplicht(date(2020, 12, 3), eigen, MAART) == date(2026, 1, 6)


def test_begin_leerplicht_geboren_op_29_februari() -> None:
    # fifth birthday in 2025 (common year): 1 March by default -> April; 28 February -> March
    assert begin_leerplicht(date(2020, 2, 29), GEEN_KALENDER, MAART) == date(2025, 4, 1)
    assert begin_leerplicht(date(2020, 2, 29), GEEN_KALENDER, FEB28) == date(2025, 3, 3)


def test_a15_variant_leerplicht_begint_op_eerste_schooldag_van_de_maand() -> None:
    basis = {"geboortedatum": "2020-11-15", "ziek": True, "peildatum": "2025-12-15"}
    assert beoordeel(basis | {"eerste_verzuimdag": "2025-11-28"}).verzuimsoort == "geen_melding"
    o = beoordeel(basis | {"eerste_verzuimdag": "2025-12-01"})
    assert o.verzuimsoort == "ziekteverzuim"
    assert "begin_leerplicht_zonder_kalender" in {b.code for b in o.beleidskeuzes}
    # with a calendar the choice is not needed
    o = beoordeel(basis | {"eerste_verzuimdag": "2025-12-01"}, kalender=Schoolkalender(regio=Regio.ZUID))
    assert "begin_leerplicht_zonder_kalender" not in {b.code for b in o.beleidskeuzes}
    # long after the start the calendar cannot matter
    o = beoordeel(basis | {"eerste_verzuimdag": "2026-03-02", "peildatum": "2026-03-02"})
    assert "begin_leerplicht_zonder_kalender" not in {b.code for b in o.beleidskeuzes}


def test_29_februari_regel_staat_in_het_oordeel_als_hij_uitmaakt() -> None:
    casus = {
        "geboortedatum": "2008-02-29",
        "eerste_verzuimdag": "2026-02-28",
        "ziek": False,
        "vakantie_zonder_verlof": False,
        "aaneengesloten_dagen_afwezig": 28,
        "ongeoorloofde_uren_4_lesweken": 20,
        "eerdere_melding_4_weken": True,
        "peildatum": "2026-03-30",
    }
    o = beoordeel(casus)
    assert o.verzuimsoort == "langdurig_relatief_verzuim"  # 17 on 28 February 2026
    keuze = next(b for b in o.beleidskeuzes if b.code == "verjaardag_29_februari")
    assert keuze.instelbaar
    assert keuze.optie == "verjaardag_29_februari"
    assert "1 maart" in keuze.omschrijving
    anders = beoordeel(casus, beleid=Beleid(verjaardag_29_februari=FEB28))
    assert anders.verzuimsoort == "rmc"  # 18 on 28 February under the other rule
    assert "28 februari" in next(
        b.omschrijving for b in anders.beleidskeuzes if b.code == "verjaardag_29_februari"
    )
    # a day later both rules agree: no note
    assert "verjaardag_29_februari" not in codes(casus | {"eerste_verzuimdag": "2026-03-02"})


def test_29_februari_regel_bij_begin_leerplicht() -> None:
    casus = {
        "geboortedatum": "2020-02-29",
        "eerste_verzuimdag": "2025-03-10",
        "ziek": True,
        "peildatum": "2025-03-10",
    }
    assert beoordeel(casus).verzuimsoort == "geen_melding"
    assert "verjaardag_29_februari" in codes(casus)
    assert beoordeel(casus, beleid=Beleid(verjaardag_29_februari=FEB28)).verzuimsoort == "ziekteverzuim"


def test_verjaardag_zelf_en_leeftijd_vast_op_eerste_verzuimdag() -> None:
    casus = {
        "geboortedatum": "2008-05-04",
        "eerste_verzuimdag": "2026-05-04",  # the 18th birthday itself
        "ziek": False,
        "vakantie_zonder_verlof": False,
        "aaneengesloten_dagen_afwezig": 3,
        "peildatum": "2026-05-07",
    }
    o = beoordeel(casus)
    assert o.verzuimsoort == "overig_verzuim"
    assert ("Q3", True) in [(s.vraag, s.antwoord) for s in o.pad]
    assert "verjaardag_zelf" in {b.code for b in o.beleidskeuzes}
    # turning 18 during the absence: the age stays that of the first verzuimdag
    casus |= {"eerste_verzuimdag": "2026-04-20", "ongeoorloofde_uren_4_lesweken": 20}
    o = beoordeel(casus)
    assert o.verzuimsoort == "zestien_uur"
    assert o.meldplicht == "verplicht"
    assert {b.code for b in o.beleidskeuzes} >= {"leeftijd_eerste_verzuimdag", "drempel_16_uur"}
    assert "verjaardag_zelf" not in {b.code for b in o.beleidskeuzes}


def test_luxe_verzuim_18_plus_noemt_de_beleidskeuze() -> None:
    # Changed by issue 13 (point 6): from 18 leerplicht and kwalificatieplicht have ended (Lpw
    # art. 4b) and art. 11 onder f / 13a concern only leerplichtigen and kwalificatieplichtigen, so a
    # holiday without verlof is no luxe verzuim: overig verzuim, reporting allowed. DUO's flowchart
    # order (luxe verzuim, mandatory) is the switch Beleid(luxe_verzuim_18plus=True).
    casus = {
        "leeftijd_eerste_verzuimdag": 19,
        "ziek": False,
        "vakantie_zonder_verlof": True,
        "peildatum": "2026-03-16",
    }
    o = beoordeel(casus)
    assert (o.verzuimsoort, o.meldplicht) == ("overig_verzuim", "niet_verplicht")
    assert [(s.vraag, s.antwoord) for s in o.pad][-2:] == [("Q2", True), ("Q3", True)]
    [keuze] = o.beleidskeuzes
    assert (keuze.code, keuze.instelbaar, keuze.optie) == ("achttien_plus_luxe", True, "luxe_verzuim_18plus")
    assert "Lpw art. 4b" in {b.titel for b in o.grondslag}
    duo = beoordeel(casus, beleid=Beleid(luxe_verzuim_18plus=True))
    assert (duo.verzuimsoort, duo.meldplicht) == ("luxe_verzuim", "verplicht")
    assert [(s.vraag, s.antwoord) for s in duo.pad][-1] == ("Q2", True)
    assert [(b.code, b.optie) for b in duo.beleidskeuzes] == [("achttien_plus_luxe", "luxe_verzuim_18plus")]
    assert duo.beleidskeuzes[0].omschrijving != keuze.omschrijving
    # under 18 both readings agree: luxe verzuim (A04)
    for beleid in (Beleid(), Beleid(luxe_verzuim_18plus=True)):
        jong = beoordeel({**casus, "leeftijd_eerste_verzuimdag": 17}, beleid=beleid)
        assert (jong.verzuimsoort, jong.meldplicht) == ("luxe_verzuim", "verplicht")


def test_vakantiedagen_meetellen_staat_als_gekozen_optie_in_het_oordeel() -> None:
    casus = {
        "leeftijd_eerste_verzuimdag": 19,
        "ziek": False,
        "vakantie_zonder_verlof": False,
        "aaneengesloten_dagen_afwezig": 30,
        "peildatum": "2026-03-16",
    }
    standaard = next(b for b in beoordeel(casus).beleidskeuzes if b.code == "vakantie_28_dagen")
    gekozen = next(
        b
        for b in beoordeel(casus, beleid=Beleid(vakantiedagen_meetellen=True)).beleidskeuzes
        if b.code == "vakantie_28_dagen"
    )
    assert standaard.omschrijving != gekozen.omschrijving
    assert gekozen.optie == "vakantiedagen_meetellen"


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 12, 31)), st.integers(0, 12_000))
def test_leeftijd_gelijk_aan_dateutil_buiten_29_februari(geb: date, dagen: int) -> None:
    """python-dateutil is the oracle; it differs only for 29 February births (28 Feb rule)."""
    from datetime import timedelta

    from dateutil.relativedelta import relativedelta

    dag = geb + timedelta(days=dagen)
    verwacht = relativedelta(dag, geb).years
    assert leeftijd_op(geb, dag, FEB28) == verwacht
    if not (geb.month == 2 and geb.day == 29):
        assert leeftijd_op(geb, dag, MAART) == verwacht
