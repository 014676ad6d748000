"""Status on a date (Lpw art. 3, 4a, 4b; RMC): the boundary birthdays, art. 3 lid 2, and properties."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels import Beleid, Invoerfout, Regio, Schoolkalender, Verjaardag29Februari
from verzuimregels.regels.leeftijd import verjaardag
from verzuimregels.status import (
    Diploma,
    Status,
    Statusreden,
    Statusvraag,
    bepaal_status,
    buiten_verzuimmelding,
)

MAART = Verjaardag29Februari.EEN_MAART


def status(geb: str, peildatum: str, **extra: Any) -> Any:
    return bepaal_status({"geboortedatum": geb, "peildatum": peildatum, **extra})


def codes(oordeel: Any) -> set[str]:
    return {b.code for b in oordeel.beleidskeuzes}


def test_verjaardag_op_de_eerste_van_de_maand() -> None:
    # turns 5 on 1 March 2025: leerplichtig from the first school day of April, not March (art. 3 lid 1)
    o = status("2020-03-01", "2025-03-31")
    assert (o.status, o.reden) == (Status.GEEN, Statusreden.NOG_NIET_LEERPLICHTIG)
    assert o.leerplicht.begin == date(2025, 4, 1)
    assert status("2020-03-01", "2025-04-01").status is Status.LEERPLICHTIG
    # turns 16 on 1 March 2036: leerplicht ends 31 July 2036, kwalificatieplicht the next day
    assert o.leerplicht.einde == date(2036, 7, 31)
    assert o.kwalificatieplicht is not None
    assert o.kwalificatieplicht.begin == date(2036, 8, 1)
    assert o.kwalificatieplicht.einde == date(2038, 2, 28)


def test_verjaardag_op_31_juli() -> None:
    # fifth birthday 31 July 2026: first school day of August (1 Aug 2026 is a Saturday)
    o = status("2021-07-31", "2026-08-03")
    assert o.status is Status.LEERPLICHTIG
    assert o.leerplicht.begin == date(2026, 8, 3)
    assert status("2021-07-31", "2026-07-31").reden is Statusreden.NOG_NIET_LEERPLICHTIG
    # sixteenth birthday 31 July 2037 is the last day of school year 2036/37: leerplicht ends that day
    assert o.leerplicht.einde == date(2037, 7, 31)
    assert status("2021-07-31", "2037-07-31").status is Status.LEERPLICHTIG
    assert status("2021-07-31", "2037-08-01").status is Status.KWALIFICATIEPLICHTIG


def test_verjaardag_op_1_augustus() -> None:
    # fifth birthday 1 August 2026: leerplicht begins in September (the month *after* the birthday)
    o = status("2021-08-01", "2026-08-31")
    assert o.reden is Statusreden.NOG_NIET_LEERPLICHTIG
    assert o.leerplicht.begin == date(2026, 9, 1)
    # sixteenth birthday 1 August 2037 opens school year 2037/38: leerplicht runs a year longer
    assert o.leerplicht.einde == date(2038, 7, 31)
    assert o.kwalificatieplicht is not None
    assert o.kwalificatieplicht.einde == date(2039, 7, 31)  # the day before the 18th birthday


def test_verjaardag_op_29_februari() -> None:
    # born 29 February 2008: 18 on 1 March 2026 by default, on 28 February on request
    o = status("2008-02-29", "2026-02-28")
    assert o.status is Status.KWALIFICATIEPLICHTIG
    assert "verjaardag_29_februari" in codes(o)
    assert o.kwalificatieplicht is not None
    assert o.kwalificatieplicht.einde == date(2026, 2, 28)
    anders = bepaal_status(
        {"geboortedatum": "2008-02-29", "peildatum": "2026-02-28"},
        beleid=Beleid(verjaardag_29_februari=Verjaardag29Februari.ACHTENTWINTIG_FEBRUARI),
    )
    assert anders.status is Status.RMC
    assert "verjaardag_29_februari" in codes(anders)
    # on a day both rules agree, the choice is not listed
    assert "verjaardag_29_februari" not in codes(status("2008-02-29", "2026-03-02"))
    # fifth birthday in a common year: April by default
    assert status("2020-02-29", "2025-01-10").leerplicht.begin == date(2025, 4, 1)


def test_basisschool_in_zeven_jaar() -> None:
    # started 2014/15 (age 4); basisschool done after seven school years, at the end of 2020/21.
    # Art. 3 lid 2: counted as eight, so twelve full years are reached at the end of 2024/25,
    # a year before the school year of the 16th birthday (10 March 2026) ends.
    loopbaan = {
        "eerste_volledige_schooljaar": 2014,
        "basisschool_afgerond_schooljaar": 2020,
        "basisschool_schooljaren": 7,
    }
    o = status("2010-03-10", "2025-08-01", **loopbaan)
    assert o.leerplicht.einde == date(2025, 7, 31)
    assert o.status is Status.KWALIFICATIEPLICHTIG
    assert {b.titel for b in o.leerplicht.grondslag} >= {"Lpw art. 3 lid 1 onder a", "Lpw art. 3 lid 2"}
    assert {"einde_leerplicht_eerste", "schooljaren_aaneengesloten"} <= codes(o)
    # in eight years: twelve years end 2025/26, as does the school year of the 16th birthday
    acht = status("2010-03-10", "2025-08-01", **(loopbaan | {"basisschool_schooljaren": 8}))
    assert acht.leerplicht.einde == date(2026, 7, 31)
    assert acht.status is Status.LEERPLICHTIG
    # without a school history: onder b only, and the verdict says so
    assert "schoolloopbaan_onbekend" in codes(status("2010-03-10", "2025-08-01"))


def test_twaalf_schooljaren_zonder_versnelling() -> None:
    # started school early: twelve full years (2013/14 .. 2024/25) before the school year of age 16
    o = status("2009-09-20", "2025-09-01", eerste_volledige_schooljaar=2013)
    assert o.leerplicht.einde == date(2025, 7, 31)
    assert o.status is Status.KWALIFICATIEPLICHTIG
    # a pupil who already had eight school years before finishing basisschool in seven is not shortened
    o = status(
        "2009-09-20",
        "2025-09-01",
        eerste_volledige_schooljaar=2013,
        basisschool_afgerond_schooljaar=2020,
        basisschool_schooljaren=7,
    )
    assert o.leerplicht.einde == date(2025, 7, 31)


def test_de_achttiende_verjaardag_zelf() -> None:
    # born 10 March 2008: on 9 March 2026 kwalificatieplichtig; on the birthday itself RMC
    assert status("2008-03-10", "2026-03-09").status is Status.KWALIFICATIEPLICHTIG
    o = status("2008-03-10", "2026-03-10")
    assert (o.status, o.leeftijd) == (Status.RMC, 18)
    assert {"verjaardag_zelf", "rmc_leeftijd"} <= codes(o)
    assert o.rmc is not None
    assert (o.rmc.begin, o.rmc.einde) == (date(2026, 3, 10), date(2031, 3, 9))
    # and the 23rd: outside the RMC group from that day
    assert status("2008-03-10", "2031-03-09").status is Status.RMC
    o = status("2008-03-10", "2031-03-10")
    assert (o.status, o.reden) == (Status.GEEN, Statusreden.OUDER_DAN_RMC)
    assert buiten_verzuimmelding(o)


def test_startkwalificatie_beeindigt_kwalificatieplicht_en_rmc() -> None:
    havo = [{"soort": "havo", "datum": "2025-07-10"}]
    assert status("2008-05-01", "2025-07-09", diplomas=havo).status is Status.KWALIFICATIEPLICHTIG
    o = status("2008-05-01", "2025-07-10", diplomas=havo)
    assert (o.status, o.reden) == (Status.GEEN, Statusreden.STARTKWALIFICATIE)
    assert o.kwalificatieplicht is not None
    assert o.kwalificatieplicht.einde == date(2025, 7, 9)
    assert o.rmc is None
    assert buiten_verzuimmelding(o)
    # a vmbo diploma is no startkwalificatie (art. 1 onder f)
    assert (
        status("2008-05-01", "2026-01-10", diplomas=[{"soort": "vmbo", "datum": "2024-07-01"}]).status
        == "kwalificatieplichtig"
    )
    # a startkwalificatie during leerplicht: leerplicht still runs (art. 3 has no such ground);
    # no kwalificatieplicht follows (art. 4a lid 1 onder b)
    vroeg = status("2008-05-01", "2024-07-01", diplomas=[{"soort": "vwo", "datum": "2024-06-30"}])
    assert vroeg.status is Status.LEERPLICHTIG
    assert vroeg.kwalificatieplicht is None
    # a startkwalificatie after 18 ends the RMC period
    laat = status("2008-05-01", "2027-01-01", diplomas=[{"soort": "mbo_b_tot_e", "datum": "2027-06-30"}])
    assert laat.rmc is not None
    assert (laat.status, laat.rmc.einde) == (Status.RMC, date(2027, 6, 29))


@pytest.mark.parametrize(
    "soort", ["praktijkonderwijs", "verklaring_wvo_2_59", "vso_uitstroomprofiel_b", "vso_uitstroomprofiel_c"]
)
def test_uitzonderingen_art_4a_lid_2(soort: str) -> None:
    o = status("2008-05-01", "2025-09-01", diplomas=[{"soort": soort, "datum": "2024-07-01"}])
    assert (o.status, o.reden) == (Status.GEEN, Statusreden.UITZONDERING_4A_LID_2)
    assert o.kwalificatieplicht is None
    assert not buiten_verzuimmelding(o)  # still an enrolled pupil under 18: art. 21a applies
    assert [s.vraag for s in o.pad] == ["L1", "L2", "K1", "K2", "K3"]
    # obtained during kwalificatieplicht: the period ends the day before
    later = status("2008-05-01", "2025-09-01", diplomas=[{"soort": soort, "datum": "2025-08-15"}])
    assert later.kwalificatieplicht is not None
    assert later.kwalificatieplicht.einde == date(2025, 8, 14)
    # at 18 without startkwalificatie: RMC
    assert (
        status("2008-05-01", "2026-05-01", diplomas=[{"soort": soort, "datum": "2024-07-01"}]).status == "rmc"
    )


def test_pad_grondslag_en_zelf_verplicht() -> None:
    o = status("2014-03-10", "2026-03-10")  # 12 today: personally obliged (art. 2 lid 3)
    assert o.jongere_zelf_verplicht
    assert "Lpw art. 2 lid 3" in {b.titel for b in o.grondslag}
    assert [(s.vraag, s.antwoord) for s in o.pad] == [("L1", True), ("L2", True)]
    assert o.pad[0].grondslag[0].url == "https://wetten.overheid.nl/BWBR0002628/2024-01-01#Artikel3"
    assert not status("2014-03-10", "2026-03-09").jongere_zelf_verplicht
    kp = status("2009-03-10", "2026-03-10")
    assert kp.jongere_zelf_verplicht
    assert "Lpw art. 4c lid 1" in {b.titel for b in kp.grondslag}
    assert kp.regelversie.startswith("Lpw 2024-01-01")
    assert status("2009-03-10", "2026-08-01").regelversie.startswith("Lpw 2026-08-01")


def test_engels_en_model_als_invoer() -> None:
    vraag = Statusvraag.model_validate({"geboortedatum": "2012-03-10", "peildatum": "2026-09-01"})
    o = bepaal_status(vraag, taal="en")
    assert o.toelichting == "Leerplichtig from 2017-04-03 through 2028-07-31."
    assert o.pad[0].tekst.startswith("Has leerplicht begun")
    assert "2012" not in repr(vraag)  # the birth date stays out of reprs
    assert "2025" not in repr(Diploma.model_validate({"soort": "havo", "datum": "2025-07-10"}))


def test_begin_leerplicht_zonder_kalender_staat_in_het_oordeel() -> None:
    # turns 5 in July 2026: without a calendar 3 August; in regio noord after the zomervakantie
    o = status("2021-07-10", "2026-08-05")
    assert o.status is Status.LEERPLICHTIG
    assert "begin_leerplicht_zonder_kalender" in codes(o)
    noord = bepaal_status(
        {"geboortedatum": "2021-07-10", "peildatum": "2026-08-05"}, kalender=Schoolkalender(regio=Regio.NOORD)
    )
    assert noord.reden is Statusreden.NOG_NIET_LEERPLICHTIG
    assert noord.leerplicht.begin == date(2026, 8, 17)
    assert "begin_leerplicht_zonder_kalender" not in codes(noord)


@pytest.mark.parametrize(
    ("vraag", "veld", "regel"),
    [
        (
            {"geboortedatum": "2027-01-01", "peildatum": "2026-09-01"},
            "geboortedatum",
            "geboortedatum_na_peildatum",
        ),
        ({"geboortedatum": "2012-01-01"}, "peildatum", "missing"),
        (
            {"geboortedatum": "2012-01-01", "peildatum": "2026-09-01", "basisschool_schooljaren": 7},
            "basisschool_afgerond_schooljaar",
            "basisschool_onvolledig",
        ),
        (
            {
                "geboortedatum": "2012-01-01",
                "peildatum": "2026-09-01",
                "basisschool_afgerond_schooljaar": 2022,
            },
            "basisschool_schooljaren",
            "basisschool_onvolledig",
        ),
        (
            {
                "geboortedatum": "2012-01-01",
                "peildatum": "2026-09-01",
                "basisschool_afgerond_schooljaar": 2022,
                "basisschool_schooljaren": 7,
            },
            "eerste_volledige_schooljaar",
            "schooljaar_ontbreekt",
        ),
        (
            {"geboortedatum": "2012-01-01", "peildatum": "2026-09-01", "eerste_volledige_schooljaar": 2011},
            "eerste_volledige_schooljaar",
            "datum_volgorde",
        ),
        (
            {
                "geboortedatum": "2012-01-01",
                "peildatum": "2026-09-01",
                "eerste_volledige_schooljaar": 2016,
                "basisschool_afgerond_schooljaar": 2015,
                "basisschool_schooljaren": 7,
            },
            "basisschool_afgerond_schooljaar",
            "datum_volgorde",
        ),
        (
            {
                "geboortedatum": "2012-01-01",
                "peildatum": "2026-09-01",
                "diplomas": [{"soort": "havo", "datum": "2011-01-01"}],
            },
            "diplomas.0.datum",
            "datum_volgorde",
        ),
        ({"geboortedatum": "2012-01-01", "peildatum": "2023-12-31"}, "peildatum", "geen_wetsversie"),
    ],
)
def test_foute_invoer_noemt_het_veld(vraag: dict[str, Any], veld: str, regel: str) -> None:
    with pytest.raises(Invoerfout) as fout:
        bepaal_status(vraag)
    assert (fout.value.fouten[0].veld, fout.value.fouten[0].regel) == (veld, regel)
    assert "2012" not in str(fout.value)


GEBOORTEDATA = st.dates(min_value=date(2002, 1, 1), max_value=date(2020, 12, 31))
SCHOOLLOOPBAAN: st.SearchStrategy[Any] = st.one_of(
    st.just(None),
    st.integers(3, 5).flatmap(
        lambda leeftijd: st.tuples(st.just(leeftijd), st.one_of(st.none(), st.integers(6, 9)))
    ),
)


def _loopbaan(geb: date, keuze: Any) -> dict[str, Any]:
    if not keuze:
        return {}
    leeftijd, basisjaren = keuze
    eerste = geb.year + leeftijd
    uit: dict[str, Any] = {"eerste_volledige_schooljaar": eerste}
    if basisjaren is not None:
        uit |= {
            "basisschool_afgerond_schooljaar": eerste + basisjaren - 1,
            "basisschool_schooljaren": basisjaren,
        }
    return uit


@settings(max_examples=200)
@given(
    GEBOORTEDATA,
    SCHOOLLOOPBAAN,
    st.integers(0, 26 * 366),
    st.integers(0, 26 * 366),
    st.sampled_from(Verjaardag29Februari),
)
def test_leerplicht_is_een_ononderbroken_periode(
    geb: date, keuze: Any, dag1: int, dag2: int, regel: Verjaardag29Februari
) -> None:
    """The periods do not depend on the peildatum, and the status is leerplichtig exactly inside one."""
    loopbaan = _loopbaan(geb, keuze)
    beleid = Beleid(verjaardag_29_februari=regel)
    peildata = [geb + timedelta(days=d) for d in (dag1, dag2) if geb + timedelta(days=d) >= date(2024, 1, 1)]
    oordelen = [
        bepaal_status({"geboortedatum": geb, "peildatum": p, **loopbaan}, beleid=beleid) for p in peildata
    ]
    for peildatum, o in zip(peildata, oordelen, strict=True):
        eerste, kp = oordelen[0].leerplicht, oordelen[0].kwalificatieplicht
        assert (o.leerplicht.begin, o.leerplicht.einde) == (eerste.begin, eerste.einde)
        assert o.kwalificatieplicht is not None
        assert kp is not None
        assert (o.kwalificatieplicht.begin, o.kwalificatieplicht.einde) == (kp.begin, kp.einde)
        assert o.leerplicht.begin < o.leerplicht.einde
        assert (o.status is Status.LEERPLICHTIG) == o.leerplicht.bevat(peildatum)


@settings(max_examples=200)
@given(GEBOORTEDATA, SCHOOLLOOPBAAN, st.sampled_from(Verjaardag29Februari))
def test_kwalificatieplicht_begint_na_de_leerplicht_en_eindigt_voor_18(
    geb: date, keuze: Any, regel: Verjaardag29Februari
) -> None:
    peildatum = max(geb + timedelta(days=17 * 365), date(2024, 1, 1))
    o = bepaal_status(
        {"geboortedatum": geb, "peildatum": peildatum, **_loopbaan(geb, keuze)},
        beleid=Beleid(verjaardag_29_februari=regel),
    )
    kp = o.kwalificatieplicht
    assert kp is not None
    assert kp.begin == o.leerplicht.einde + timedelta(days=1)
    assert kp.einde < verjaardag(geb, 18, regel)
    assert kp.einde == verjaardag(geb, 18, regel) - timedelta(days=1)
    assert (o.status is Status.KWALIFICATIEPLICHTIG) == kp.bevat(peildatum)
