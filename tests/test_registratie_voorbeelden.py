"""Every worked case B01–B.. of the registration layer, by name, with the dates it gives."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from verzuimregels import Meldplicht, Verzuimsoort
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie import Analyse, Signaalsoort, Situatie, Status, analyseer
from verzuimregels.registratie.tellen import jaarkalender

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
PO = {"onderwijssoort": "po", "regio": "noord", "uren_per_lesdag": 6}


def leerling(
    records: list[dict[str, Any]], school: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    return {"geboortedatum": "2012-05-05", "school": school or VO, "records": records, **extra}


def hele_dagen(van: date, tot: date, reden: str = "ongeoorloofd") -> list[dict[str, Any]]:
    kalender = Schoolkalender(regio=Regio.MIDDEN)
    uit = []
    dag = van
    while dag <= tot:
        if kalender.is_lesdag(dag):
            uit.append({"datum": dag.isoformat(), "reden": reden})
        dag += timedelta(days=1)
    return uit


def soorten(a: Analyse) -> list[Verzuimsoort]:
    return [m.verzuimsoort for m in a.meldingen]


def lesweken(school: dict[str, Any], jaar: int = 2025) -> tuple[date, ...]:
    regio = Regio(school["regio"])
    return jaarkalender(Schoolkalender(regio=regio), jaar).lesweken


def test_b01_vo_telt_lesuren_van_50_minuten() -> None:
    school = {**VO, "lesuur_minuten": 50, "uren_per_lesdag": 8}
    weken = lesweken(school)[10:14]
    records = [
        {"datum": (w + timedelta(days=1)).isoformat(), "reden": "ongeoorloofd", "uren": 4} for w in weken
    ]
    a = analyseer(leerling(records, school), weken[-1] + timedelta(days=4))
    assert soorten(a) == [Verzuimsoort.ZESTIEN_UUR]
    assert a.meldingen[0].uren == 16  # lesuren, not 13.3 klokuren


def test_b02_po_telt_klokuren() -> None:
    weken = lesweken(PO)[10:14]
    records = [
        {"datum": (w + timedelta(days=1)).isoformat(), "reden": "ongeoorloofd", "uren": 4} for w in weken
    ]
    a = analyseer(leerling(records, PO), weken[-1] + timedelta(days=4))
    assert soorten(a) == [Verzuimsoort.ZESTIEN_UUR]
    assert a.meldingen[0].meldplicht is Meldplicht.VERPLICHT


def test_b03_po_telt_klokuren_niet_perioden() -> None:
    school = {**PO, "lesuur_minuten": 45, "uren_per_lesdag": 7}
    weken = lesweken(school)[10:14]
    records = [
        {"datum": (w + timedelta(days=1)).isoformat(), "reden": "ongeoorloofd", "uren": 5} for w in weken
    ]
    a = analyseer(leerling(records, school), weken[-1] + timedelta(days=4))
    assert soorten(a) == [Verzuimsoort.OVERIG_VERZUIM]
    assert a.meldingen[0].uren == 15
    assert a.meldingen[0].meldplicht is Meldplicht.NIET_VERPLICHT


def test_b03_met_lesuren_tellen_zou_het_zestien_uur_zijn() -> None:
    school = {**VO, "lesuur_minuten": 45, "uren_per_lesdag": 7}
    weken = lesweken(school)[10:14]
    records = [
        {"datum": (w + timedelta(days=1)).isoformat(), "reden": "ongeoorloofd", "uren": 5} for w in weken
    ]
    assert soorten(analyseer(leerling(records, school), weken[-1] + timedelta(days=4))) == [
        Verzuimsoort.ZESTIEN_UUR
    ]


def test_b04_vier_opeenvolgende_lesweken() -> None:
    weken = lesweken(PO)[10:15]
    records = [
        {"datum": (weken[0] + timedelta(days=d)).isoformat(), "reden": "ongeoorloofd", "uren": 5}
        for d in range(3)
    ] + [{"datum": (weken[4] + timedelta(days=1)).isoformat(), "reden": "ongeoorloofd", "uren": 3}]
    a = analyseer(leerling(records, PO), weken[4] + timedelta(days=6))
    assert Verzuimsoort.ZESTIEN_UUR not in soorten(a)
    assert soorten(a) == [Verzuimsoort.OVERIG_VERZUIM]
    assert a.meldingen[0].uren == 18  # all unexcused hours, but never 16 within 4 lesweken
    assert a.meldingen[0].oordeel.pad[-1].feiten[0].waarde == 15


def test_b05_eerste_melding_zestien_uur() -> None:
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4))), date(2026, 3, 5))
    [m] = a.meldingen
    assert m.verzuimsoort is Verzuimsoort.ZESTIEN_UUR
    assert m.begindatum == date(2026, 3, 2)
    assert m.einddatum == date(2026, 3, 4)
    assert m.dag_plicht == date(2026, 3, 4)
    assert m.uiterste_meld_dag == date(2026, 3, 11)
    assert m.status is Status.TE_MELDEN
    assert m.records == (1, 2, 3)
    assert [s.vraag for s in m.oordeel.pad][-2:] == ["Q5", "Q7"]


def test_b05_achterstallig_na_de_uiterste_dag() -> None:
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4))), date(2026, 3, 12))
    assert [m.status for m in a.meldingen] == [Status.ACHTERSTALLIG]
    assert a.achterstallig == a.meldingen


def test_b06_een_vervolgmelding_niet_binnen_7_dagen() -> None:
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 12))), date(2026, 3, 13))
    zestien = [m for m in a.meldingen if m.verzuimsoort is Verzuimsoort.ZESTIEN_UUR]
    assert len(zestien) == 2
    eerste, vervolg = zestien
    assert vervolg.einddatum is not None
    assert eerste.einddatum is not None
    assert (vervolg.einddatum - eerste.einddatum).days >= 7
    assert vervolg.begindatum == date(2026, 3, 5)  # counting restarts the day after the einddatum
    assert vervolg.einddatum == date(2026, 3, 11)


def test_b07_wekelijks_dan_lrv_op_zondag_29_maart() -> None:
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 4, 24))), date(2026, 4, 24))
    assert soorten(a) == [Verzuimsoort.ZESTIEN_UUR] * 4 + [Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM]
    lrv = a.meldingen[-1]
    assert lrv.dag_plicht == date(2026, 3, 29)
    assert lrv.begindatum == date(2026, 3, 2)
    assert lrv.einddatum is None  # the pupil has not returned
    assert lrv.aaneengesloten_dagen == 28
    einden = [m.einddatum for m in a.meldingen[:4]]
    assert einden == [date(2026, 3, 4), date(2026, 3, 11), date(2026, 3, 18), date(2026, 3, 25)]


def test_b07_lrv_krijgt_einddatum_als_de_leerling_terug_is() -> None:
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 4, 24))), date(2026, 5, 8))
    assert a.meldingen[-1].einddatum == date(2026, 4, 24)


def test_b08_thuiszitter_zestien_uur_dan_lrv_nooit_overig() -> None:
    # 60 calendar days at home (12 Jan - 12 Mar 2026), waiting for a passend onderwijs place, not ill
    records = hele_dagen(date(2026, 1, 12), date(2026, 3, 12))
    a = analyseer(leerling(records, geboortedatum="2011-06-01"), date(2026, 3, 12))
    assert Verzuimsoort.OVERIG_VERZUIM not in soorten(a)
    assert soorten(a)[0] is Verzuimsoort.ZESTIEN_UUR
    assert soorten(a)[-1] is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM
    lrv = a.meldingen[-1]
    assert lrv.dag_plicht == date(2026, 2, 8)  # the 28th calendar day
    assert lrv.einddatum is None
    assert lrv.oordeel.pad[-1].vraag == "Q4b"


def test_b09_tien_keer_te_laat_is_overig() -> None:
    weken = lesweken(VO)[10:14]
    dagen = [w + timedelta(days=d) for w in weken for d in (0, 2, 4)][:10]
    records = [{"datum": d.isoformat(), "reden": "te_laat", "van": "08:30", "tot": "08:45"} for d in dagen]
    school = {**VO, "lesuur_minuten": 60}
    a = analyseer(leerling(records, school, geboortedatum="2011-06-01"), weken[-1] + timedelta(days=6))
    [m] = a.meldingen
    assert m.verzuimsoort is Verzuimsoort.OVERIG_VERZUIM
    assert m.meldplicht is Meldplicht.NIET_VERPLICHT
    assert m.uren == Decimal("2.5")


def _niets(a: Analyse) -> None:
    assert a.meldingen == ()
    assert a.signalen == ()


def test_b10_vrijstelling_11a_onder_zes() -> None:
    weken = lesweken(PO)[10:14]
    records = [
        {"datum": w.isoformat(), "reden": "vrijstelling_11a", "uren": 4, "gemeld_op": w.isoformat()}
        for w in weken
    ]
    _niets(analyseer(leerling(records, PO, geboortedatum="2020-03-01"), weken[-1] + timedelta(days=6)))


def test_b11_geschorst() -> None:
    _niets(
        analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4), "geschorst")), date(2026, 3, 20))
    )


def test_b12_religieus_tijdig_gemeld() -> None:
    records = [{"datum": "2026-03-10", "reden": "religieus", "gemeld_op": "2026-03-07"}]
    _niets(analyseer(leerling(records, geboortedatum="2014-06-01"), date(2026, 3, 20)))


def test_b13_verlof_14_begrafenis() -> None:
    _niets(
        analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 4), "verlof_14")), date(2026, 3, 20))
    )


def test_b14_vakantieverlof_13a_binnen_de_grenzen() -> None:
    records = hele_dagen(date(2026, 6, 1), date(2026, 6, 10), "verlof_13a")
    assert len({r["datum"] for r in records}) == 8
    _niets(analyseer(leerling(records, geboortedatum="2016-09-01"), date(2026, 6, 30)))


def test_b15_vakantie_in_tweede_lesweek_is_luxe_verzuim() -> None:
    school = {**PO, "regio": "noord"}
    records = [{"datum": f"2025-09-0{d}", "reden": "vakantie"} for d in range(1, 6)]
    a = analyseer(leerling(records, school, geboortedatum="2016-01-01"), date(2025, 9, 8))
    [m] = a.meldingen
    assert m.verzuimsoort is Verzuimsoort.LUXE_VERZUIM
    assert m.meldplicht is Meldplicht.VERPLICHT
    assert (m.begindatum, m.einddatum) == (date(2025, 9, 1), date(2025, 9, 5))
    assert lesweken(school)[1] == date(2025, 9, 1)  # the second lesweek in noord


def test_b15_verlof_13a_in_tweede_lesweek_is_luxe_verzuim() -> None:
    # Changed by issue 13 (point 1): the head cannot grant vakantieverlof in the first two lesweken
    # (art. 13a lid 2), so a registered verlof there is no vrijstelling (art. 13a lid 1, art. 11 onder
    # f): it is luxe verzuim and must be reported, as B15 without verlof. Before, only a signal was
    # raised; the signal stays.
    school = {**PO, "regio": "noord"}
    records = [{"datum": f"2025-09-0{d}", "reden": "verlof_13a"} for d in range(1, 6)]
    a = analyseer(leerling(records, school, geboortedatum="2016-01-01"), date(2025, 9, 8))
    [m] = a.meldingen
    assert (m.verzuimsoort, m.meldplicht) == (Verzuimsoort.LUXE_VERZUIM, Meldplicht.VERPLICHT)
    assert (m.begindatum, m.einddatum) == (date(2025, 9, 1), date(2025, 9, 5))
    assert [s.soort for s in a.signalen] == [Signaalsoort.VERLOF_13A_EERSTE_TWEE_LESWEKEN]


def test_b16_niet_ingeschreven_is_absoluut_verzuim() -> None:
    a = analyseer(
        leerling(
            hele_dagen(date(2026, 3, 2), date(2026, 3, 20)), geboortedatum="2015-06-01", ingeschreven=False
        ),
        date(2026, 3, 31),
    )
    assert a.situatie is Situatie.ABSOLUUT_VERZUIM
    assert a.meldingen == ()


def test_b17_vrijstelling_artikel_5_onder_a() -> None:
    a = analyseer(
        leerling(
            hele_dagen(date(2026, 3, 2), date(2026, 3, 20)),
            geboortedatum="2010-06-01",
            vrijstellingen=[
                {
                    "grond": "art_5_a",
                    "begin": "2025-08-01",
                    "kennisgevingen": [{"op": "2025-07-01", "verklaring_op": "2025-06-15"}],
                }
            ],
        ),
        date(2026, 3, 31),
    )
    assert a.situatie is Situatie.VRIJSTELLING
    assert a.meldingen == ()


def test_regressie_lrv_terug_op_maandag_na_een_28e_dag_op_zondag_heeft_28_dagen_periode() -> None:
    """Found by the melding validator's property test: away Mon 2 to Fri 27 March 2026, back Monday
    30 March. The 28th counted day is Sunday 29 March; the LRV melding had einddatum 27 March (26 days),
    which the library's own validator rejects (lrv_korter_dan_28_dagen)."""
    a = analyseer(leerling(hele_dagen(date(2026, 3, 2), date(2026, 3, 27))), date(2026, 4, 10))
    lrv = [m for m in a.meldingen if m.verzuimsoort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM]
    assert len(lrv) == 1
    assert (lrv[0].begindatum, lrv[0].einddatum) == (date(2026, 3, 2), date(2026, 3, 29))
