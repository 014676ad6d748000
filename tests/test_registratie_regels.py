"""The rules of the registration layer one by one: RMC, 18+, the 7-day wait, meldingen made, signals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from verzuimregels import Beleid, Meldplicht, Taal, Verzuimsoort
from verzuimregels.kalender import GEEN_KALENDER, Regio, Schoolkalender
from verzuimregels.registratie import Analyse, Signaalsoort, Status, analyseer, lees_leerling
from verzuimregels.registratie.tellen import Dagen, Vensters, getelde_dagen, jaarkalender, reeksen

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}


def leerling(records: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"geboortedatum": "2012-05-05", "school": VO, "records": records, **extra}


def hele_dagen(van: date, tot: date, reden: str = "ongeoorloofd", **extra: Any) -> list[dict[str, Any]]:
    kalender = Schoolkalender(regio=Regio.MIDDEN)
    uit = []
    dag = van
    while dag <= tot:
        if kalender.is_lesdag(dag):
            uit.append({"datum": dag.isoformat(), "reden": reden, **extra})
        dag += timedelta(days=1)
    return uit


def test_rmc_vanaf_18_na_28_dagen() -> None:
    a = analyseer(
        leerling(hele_dagen(date(2026, 3, 2), date(2026, 4, 10)), geboortedatum="2007-01-01"),
        date(2026, 4, 10),
    )
    soorten = [m.verzuimsoort for m in a.meldingen]
    assert Verzuimsoort.RMC in soorten
    assert Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM not in soorten
    assert Verzuimsoort.ZESTIEN_UUR not in soorten  # 18+ without agreement: not mandatory
    assert soorten[0] is Verzuimsoort.OVERIG_VERZUIM


def test_achttien_plus_met_afspraak_gemeente() -> None:
    school = {**VO, "afspraak_gemeente_18plus": True}
    a = analyseer(
        leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4)), geboortedatum="2007-01-01", school=school),
        date(2026, 3, 5),
    )
    [m] = a.meldingen
    assert (m.verzuimsoort, m.meldplicht) == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.AFSPRAAK_GEMEENTE)


def test_leeftijd_op_de_eerste_verzuimdag() -> None:
    # turns 18 on 3 March: the melding that starts on 2 March is judged at 17
    a = analyseer(
        leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4)), geboortedatum="2008-03-03"), date(2026, 3, 5)
    )
    assert a.meldingen[0].meldplicht is Meldplicht.VERPLICHT


def test_startkwalificatie_en_23_plus_geven_niets() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 4, 10))
    assert analyseer(leerling(records, startkwalificatie=True), date(2026, 4, 10)).meldingen == ()
    assert analyseer(leerling(records, geboortedatum="2000-01-01"), date(2026, 4, 10)).meldingen == ()


def test_wacht_7_dagen_na_de_vorige_melding() -> None:
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 9))), date(2026, 3, 9))
    laatste = a.meldingen[-1]
    assert laatste.status is Status.WACHT_7_DAGEN
    assert laatste.dag_plicht == date(2026, 3, 11)
    assert laatste.einddatum == date(2026, 3, 9)


def test_gemaakte_meldingen_vergeleken() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 12))
    gemaakt = [
        {
            "verzuimsoort": "zestien_uur",
            "begindatum": "2026-03-02",
            "einddatum": "2026-03-04",
            "gemeld_op": "2026-03-13",
        },
        {
            "verzuimsoort": "zestien_uur",
            "begindatum": "2026-03-05",
            "einddatum": "2026-03-11",
            "gemeld_op": "2026-03-12",
        },
        {"verzuimsoort": "overig_verzuim", "begindatum": "2026-03-12"},
        {"verzuimsoort": "luxe_verzuim", "begindatum": "2026-02-02", "einddatum": "2026-02-03"},
    ]
    a = analyseer(leerling(records, meldingen=gemaakt), date(2026, 3, 20))
    assert [m.status for m in a.meldingen] == [Status.TE_LAAT_GEMELD, Status.GEMELD, Status.GEMELD]
    assert [g.verzuimsoort for g in a.niet_verschuldigd] == [Verzuimsoort.LUXE_VERZUIM]
    assert a.achterstallig == ()


def test_niet_ingeschreven_gemaakte_melding_niet_verschuldigd() -> None:
    gemaakt = [{"verzuimsoort": "zestien_uur", "begindatum": "2026-03-02"}]
    a = analyseer(leerling([], ingeschreven=False, meldingen=gemaakt), date(2026, 3, 20))
    assert len(a.niet_verschuldigd) == 1
    assert a.schooljaar == 2025


def test_lrv_zonder_melding_bij_weinig_uren() -> None:
    school = {**VO, "uren_per_lesdag": Decimal("0.5")}
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 4, 10)), school=school), date(2026, 4, 10))
    # the 28th day asks the keuzehulp again: under 16 hours it stays overig, merged into one item
    [m] = a.meldingen
    assert m.verzuimsoort is Verzuimsoort.OVERIG_VERZUIM
    assert (m.begindatum, m.einddatum) == (date(2026, 3, 2), date(2026, 4, 10))
    assert len(m.records) == len(a.meldingen[0].records) == 28  # Goede Vrijdag, 2e Paasdag: no lesdagen
    assert m.uren == 14


def test_te_laat_telt_niet_mee_als_de_school_dat_zegt() -> None:
    school = {**VO, "te_laat_telt_mee": False}
    records = [{"datum": "2026-03-02", "reden": "te_laat", "uren": 1}]
    assert analyseer(leerling(records, school=school), date(2026, 3, 20)).meldingen == ()


def test_uren_per_weekdag() -> None:
    school = {**VO, "uren_per_lesdag": [6, 6, 3, 6, 6]}
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4)), school=school), date(2026, 3, 5))
    assert a.meldingen[0].uren == 15
    zaterdag = [{"datum": "2026-03-07", "reden": "ongeoorloofd"}]
    assert analyseer(leerling(zaterdag, school=school), date(2026, 3, 20)).meldingen == ()


def test_engelse_toelichting() -> None:
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4))), date(2026, 3, 5), taal="en")
    assert (
        a.meldingen[0].oordeel.pad[0].tekst
        != analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4))), date(2026, 3, 5), taal=Taal.NL)
        .meldingen[0]
        .oordeel.pad[0]
        .tekst
    )


def test_vakantiedagen_meetellen_vervroegt_lrv() -> None:
    records = hele_dagen(date(2026, 4, 13), date(2026, 6, 5))
    standaard = analyseer(leerling(records), date(2026, 6, 5)).meldingen[-1]
    meetellen = analyseer(
        leerling(records), date(2026, 6, 5), beleid=Beleid(vakantiedagen_meetellen=True)
    ).meldingen[-1]
    assert standaard.verzuimsoort is meetellen.verzuimsoort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM
    assert meetellen.dag_plicht < standaard.dag_plicht


def _soorten(ll: dict[str, Any], peil: date) -> list[Signaalsoort]:
    return [s.soort for s in analyseer(ll, peil).signalen]


def test_signaal_ziek_voor_de_vakantie() -> None:
    # meivakantie 2026 begins Saturday 25 April; Friday 24 April is the last lesdag
    assert _soorten(leerling([{"datum": "2026-04-24", "reden": "ziek"}]), date(2026, 5, 8)) == [
        Signaalsoort.MOGELIJK_LUXE_VERZUIM
    ]
    assert _soorten(
        leerling([{"datum": "2026-05-04", "reden": "ongeoorloofd", "uren": 1}]), date(2026, 5, 8)
    ) == [Signaalsoort.MOGELIJK_LUXE_VERZUIM]
    assert _soorten(leerling([{"datum": "2026-04-22", "reden": "ziek"}]), date(2026, 5, 8)) == []


def test_signaal_ziekmelding_te_laat() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 6), "ziek", gemeld_op="2026-03-05")
    assert _soorten(leerling(records), date(2026, 3, 20)) == [Signaalsoort.ZIEKMELDING_TE_LAAT]
    op_tijd = hele_dagen(date(2026, 3, 2), date(2026, 3, 6), "ziek", gemeld_op="2026-03-04")
    assert _soorten(leerling(op_tijd), date(2026, 3, 20)) == []
    assert _soorten(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 6), "ziek")), date(2026, 3, 20)) == []


def test_signaal_religieus_te_laat_gemeld() -> None:
    records = [{"datum": "2026-03-10", "reden": "religieus", "gemeld_op": "2026-03-09"}]
    assert _soorten(leerling(records), date(2026, 3, 20)) == [Signaalsoort.RELIGIEUS_TE_LAAT_GEMELD]


def test_signalen_verlof() -> None:
    lang = hele_dagen(date(2026, 3, 2), date(2026, 3, 16), "verlof_13a")
    assert _soorten(leerling(lang), date(2026, 3, 20)) == [Signaalsoort.VERLOF_13A_TE_LANG]
    twee = hele_dagen(date(2026, 3, 2), date(2026, 3, 3), "verlof_13a") + hele_dagen(
        date(2026, 3, 10), date(2026, 3, 11), "verlof_13a"
    )
    assert _soorten(leerling(twee), date(2026, 3, 20)) == [Signaalsoort.VERLOF_13A_MEER_DAN_EENMAAL]
    v14 = hele_dagen(date(2026, 3, 2), date(2026, 3, 16), "verlof_14")
    assert _soorten(leerling(v14), date(2026, 3, 20)) == [Signaalsoort.VERLOF_14_MEER_DAN_TIEN_DAGEN]


def test_signalen_vrijstelling_11a() -> None:
    te_oud = [{"datum": "2026-03-02", "reden": "vrijstelling_11a", "uren": 2}]
    assert _soorten(leerling(te_oud), date(2026, 3, 20)) == [Signaalsoort.VRIJSTELLING_11A_BUITEN_GRENZEN]
    te_veel = hele_dagen(date(2026, 3, 2), date(2026, 3, 3), "vrijstelling_11a")
    assert _soorten(leerling(te_veel, geboortedatum="2021-01-01"), date(2026, 3, 20)) == [
        Signaalsoort.VRIJSTELLING_11A_BUITEN_GRENZEN
    ]


def test_signaal_verlof_zonder_lesweken() -> None:
    # a school year without a calendar region: the first two lesweken are those of August
    ll = leerling(
        [{"datum": "2025-08-05", "reden": "verlof_13a"}], school={"onderwijssoort": "vo"}, schooljaar=2025
    )
    assert _soorten(ll, date(2025, 8, 20)) == [Signaalsoort.VERLOF_13A_EERSTE_TWEE_LESWEKEN]


def test_vensters_en_reeksen_randgevallen() -> None:
    jk = jaarkalender(GEEN_KALENDER, 2025)
    vensters = Vensters({}, jk)
    assert vensters.totaal(date(2025, 8, 2), date(2025, 8, 1))[0] == 0
    assert vensters.totaal(date(2025, 7, 20), date(2025, 7, 1))[0] == 0
    assert reeksen(Dagen(), jk, date(2026, 1, 1), False) == []
    assert getelde_dagen(date(2025, 9, 2), date(2025, 9, 1), jk, False) == 0
    assert getelde_dagen(date(2025, 9, 1), date(2025, 9, 7), jk, True) == 7
    # a span at the end of the school year ends with it
    dagen = Dagen(hele_dag={date(2026, 7, 31)})
    [reeks] = reeksen(dagen, jk, date(2026, 8, 15), False)
    assert reeks.beeindigd
    assert reeks.einde == date(2026, 7, 31)


def test_geen_lrv_over_de_kerstvakantie_heen() -> None:
    # 8 Dec 2025 - 9 Jan 2026 spans 33 calendar days, of which 16 in the kerstvakantie (midden)
    a = analyseer(leerling(hele_dagen(date(2025, 12, 8), date(2026, 1, 9))), date(2026, 1, 9))
    assert Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM not in [m.verzuimsoort for m in a.meldingen]


def test_twee_luxe_blokken_en_halve_uren_in_json() -> None:
    records = [
        {"datum": "2026-03-02", "reden": "vakantie"},
        {"datum": "2026-03-03", "reden": "vakantie"},
        {"datum": "2026-03-10", "reden": "vakantie", "uren": "2.5"},
    ]
    a = analyseer(leerling(records), date(2026, 3, 20))
    assert [(m.verzuimsoort, m.begindatum, m.uren) for m in a.meldingen] == [
        (Verzuimsoort.LUXE_VERZUIM, date(2026, 3, 2), 12),
        (Verzuimsoort.LUXE_VERZUIM, date(2026, 3, 10), Decimal("2.5")),
    ]
    assert '"uren":2.5' in a.model_dump_json()


def test_vo_kan_klokuren_tellen() -> None:
    school = {**VO, "lesuur_minuten": 45, "telt_lesuren": False}
    records = [{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": 4}]
    assert analyseer(leerling(records, school=school), date(2026, 3, 20)).meldingen[0].uren == 3


def test_records_op_vrije_dagen_en_na_de_peildatum_tellen_niet() -> None:
    records: list[dict[str, Any]] = [
        {"datum": "2026-03-07", "reden": "ongeoorloofd"},  # Saturday
        {"datum": "2026-04-24", "reden": "ziek"},  # after the peildatum
        {"datum": "2026-03-23", "reden": "ongeoorloofd", "uren": 1},
    ]
    a = analyseer(leerling(records), date(2026, 3, 31))
    assert [m.records for m in a.meldingen] == [(3,)]
    assert a.signalen == ()


def test_records_in_een_vrijstelling_tellen_niet() -> None:
    vrijstelling = [{"grond": "art_15", "begin": "2026-03-01", "einde": "2026-03-10"}]
    a = analyseer(
        leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 12)), vrijstellingen=vrijstelling),
        date(2026, 3, 31),
    )
    assert [m.verzuimsoort for m in a.meldingen] == [Verzuimsoort.OVERIG_VERZUIM]
    assert a.meldingen[0].begindatum == date(2026, 3, 11)


def test_een_zieke_dag_midden_in_een_vakantie_maakt_er_geen_twee() -> None:
    records = [
        {"datum": "2026-03-02", "reden": "vakantie"},
        {"datum": "2026-03-03", "reden": "ziek"},
        {"datum": "2026-03-04", "reden": "vakantie"},
    ]
    [m] = analyseer(leerling(records), date(2026, 3, 20)).meldingen
    assert (m.verzuimsoort, m.begindatum, m.einddatum, m.records) == (
        Verzuimsoort.LUXE_VERZUIM,
        date(2026, 3, 2),
        date(2026, 3, 4),
        (1, 3),
    )


def test_analyse_is_geldig_volgens_zijn_eigen_model() -> None:
    gemaakt = [{"verzuimsoort": "zestien_uur", "begindatum": "2026-03-02", "einddatum": "2026-03-04"}]
    a = analyseer(
        leerling(hele_dagen(date(2026, 3, 2), date(2026, 4, 24)), meldingen=gemaakt), date(2026, 5, 8)
    )
    assert Analyse.model_validate_json(a.model_dump_json()) == a


def test_afwijkende_herfst_en_voorjaarsvakantie() -> None:
    school = {
        "onderwijssoort": "vo",
        "regio": "zuid",
        "herfstvakantie": "2025-10-22",
        "voorjaarsvakantie": "2026-03-04",
    }
    ll = lees_leerling({"geboortedatum": "2012-01-01", "school": school})
    kalender = ll.school.kalender
    assert kalender.is_lesdag(date(2025, 10, 13))  # the region's herfst week (zuid: 11-19 Oct)
    assert not kalender.is_lesdag(date(2025, 10, 20))  # the school's own week
    assert not kalender.is_lesdag(date(2025, 10, 24))
    assert kalender.is_lesdag(date(2026, 2, 16))  # the region's voorjaar week (zuid: 14-22 Feb)
    assert not kalender.is_lesdag(date(2026, 3, 2))
    zonder_regio = lees_leerling(
        {"geboortedatum": "2012-01-01", "school": {"onderwijssoort": "po", "herfstvakantie": "2025-10-22"}}
    )
    assert not zonder_regio.school.kalender.is_lesdag(date(2025, 10, 21))
    assert zonder_regio.school.kalender.is_lesdag(date(2025, 10, 14))


def test_vakantiedagen_tellen_niet_mee_voor_de_28_dagen() -> None:
    # from Monday 2 Feb 2026; the voorjaarsvakantie (midden: 14-22 Feb, 9 days) is not counted
    a = analyseer(leerling(hele_dagen(date(2026, 2, 2), date(2026, 3, 20))), date(2026, 3, 20))
    lrv = a.meldingen[-1]
    assert lrv.verzuimsoort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM
    assert lrv.dag_plicht == date(2026, 3, 10)
