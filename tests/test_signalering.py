"""Early-warning signals (signalering.md): each just inside and just outside its threshold, with a
holiday week inside the window (it neither counts nor breaks it), and each policy switch.

Calendar: a vo school in region midden, school year 2025/26, lesuren of 60 minutes (hours = lesuren).
Herfstvakantie midden: 18-26 October 2025, so the lesweken run ..., 6 Oct, 13 Oct, 27 Oct, 3 Nov, ...
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from verzuimregels import Beleid
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie import Signaal, Signaalsoort, Status, analyseer

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
KALENDER = Schoolkalender(regio=Regio.MIDDEN)


def _leerling(records: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"sleutel": "P1", "geboortedatum": "2012-05-05", "school": VO, "records": records, **extra}


def _uren(*dagen: tuple[str, float], reden: str = "ongeoorloofd") -> list[dict[str, Any]]:
    return [{"datum": d, "reden": reden, "uren": u} for d, u in dagen]


def _dagen(*dagen: str, reden: str = "ziek") -> list[dict[str, Any]]:
    return [{"datum": d, "reden": reden} for d in dagen]


def _lesdagen(van: date, tot: date, reden: str = "ongeoorloofd") -> list[dict[str, Any]]:
    uit, dag = [], van
    while dag <= tot:
        if KALENDER.is_lesdag(dag):
            uit.append({"datum": dag.isoformat(), "reden": reden})
        dag += timedelta(days=1)
    return uit


def _signalen(
    ll: dict[str, Any], peildatum: date, soort: Signaalsoort, beleid: Beleid | None = None
) -> list[Signaal]:
    a = analyseer(ll, peildatum, beleid=beleid or Beleid())
    return [s for s in a.signalen if s.soort is soort]


# --- nadert_zestien_uur ------------------------------------------------------------------------

NADERT = Signaalsoort.NADERT_ZESTIEN_UUR


def test_nadert_zestien_uur_bij_10_uur_over_de_herfstvakantie_heen() -> None:
    # 6 Oct and 4 Nov lie in 4 consecutive lesweken (6 Oct, 13 Oct, 27 Oct, 3 Nov): the holiday week
    # is no lesweek. Counted in calendar weeks, 6 Oct would lie 5 weeks back and fall out.
    ll = _leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5)))
    [s] = _signalen(ll, date(2025, 11, 5), NADERT)
    assert (s.uren, s.nog_uren) == (Decimal(10), Decimal(6))
    assert s.venster_tot == date(2025, 11, 7)  # last lesdag of the 4th lesweek from 6 Oct
    assert (s.van, s.tot, s.records) == (date(2025, 10, 6), date(2025, 11, 4), (1, 2))
    assert s.grondslag.artikel == "21a"
    assert [b.code for b in s.beleidskeuzes] == ["signaal_nadert_zestien_uur", "signaal_schoolweken"]
    assert s.beleidskeuzes[0].optie == "signaal_nadert_uren"


def test_nadert_zestien_uur_niet_bij_9_5_uur() -> None:
    ll = _leerling(_uren(("2025-10-06", 5), ("2025-11-04", 4.5)))
    assert _signalen(ll, date(2025, 11, 5), NADERT) == []


def test_nadert_zestien_uur_niet_meer_als_de_eerste_uren_uit_het_venster_vallen() -> None:
    ll = _leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5)))
    # On Friday 7 Nov the window still holds both; from Monday 10 Nov (the next lesdag, also for a
    # peildatum on the weekend) 6 Oct lies 5 lesweken back.
    assert _signalen(ll, date(2025, 11, 7), NADERT)
    assert _signalen(ll, date(2025, 11, 8), NADERT) == []
    assert _signalen(ll, date(2025, 11, 10), NADERT) == []


def test_nadert_zestien_uur_bij_15_5_uur_en_niet_bij_16() -> None:
    binnen = _leerling(_uren(("2025-10-06", 5), ("2025-10-27", 5), ("2025-11-04", 5.5)))
    [s] = _signalen(binnen, date(2025, 11, 5), NADERT)
    assert s.nog_uren == Decimal("0.5")
    buiten = _leerling(_uren(("2025-10-06", 5), ("2025-10-27", 5), ("2025-11-04", 6)))
    a = analyseer(buiten, date(2025, 11, 5))
    assert [m.verzuimsoort.value for m in a.meldingen] == ["zestien_uur"]
    assert [s for s in a.signalen if s.soort is NADERT] == []


def test_nadert_zestien_uur_telt_vanaf_de_dag_na_de_vorige_melding() -> None:
    # 16 hours on 8 Oct (melding, einddatum 8 Oct); 4 more on 8 Oct would not count again. After the
    # restart: 6 + 5 hours = 11 in the window, the 16 before it not.
    records = _uren(
        ("2025-10-06", 6), ("2025-10-07", 6), ("2025-10-08", 4), ("2025-10-14", 6), ("2025-10-28", 5)
    )
    a = analyseer(_leerling(records), date(2025, 10, 29))
    assert [(m.verzuimsoort.value, m.einddatum) for m in a.meldingen] == [
        ("zestien_uur", date(2025, 10, 8)),
        ("overig_verzuim", date(2025, 10, 28)),  # what is left after the restart: reporting allowed
    ]
    [s] = [s for s in a.signalen if s.soort is NADERT]
    assert (s.van, s.uren) == (date(2025, 10, 14), Decimal(11))


def test_nadert_zestien_uur_niet_zolang_een_vervolgmelding_wacht() -> None:
    # 18 hours by 8 Oct (melding); 18 more by 13 Oct, but the vervolgmelding waits until 15 Oct.
    records = _uren(*((f"2025-10-{d:02d}", 6) for d in (6, 7, 8, 9, 10, 13, 14)))
    a = analyseer(_leerling(records), date(2025, 10, 14))
    assert [m.status for m in a.meldingen] == [Status.TE_MELDEN, Status.WACHT_7_DAGEN]
    assert [s for s in a.signalen if s.soort is NADERT] == []


def test_nadert_zestien_uur_niet_voor_18_plus_zonder_afspraak() -> None:
    records = _uren(("2025-10-06", 5), ("2025-11-04", 5))
    oud = _leerling(records, geboortedatum="2007-01-01")
    assert _signalen(oud, date(2025, 11, 5), NADERT) == []
    afspraak = {**oud, "school": {**VO, "afspraak_gemeente_18plus": True}}
    assert _signalen(afspraak, date(2025, 11, 5), NADERT)


def test_beleid_signaal_nadert_uren() -> None:
    ll = _leerling(_uren(("2025-10-06", 5), ("2025-11-04", 4)))
    assert _signalen(ll, date(2025, 11, 5), NADERT) == []
    assert _signalen(ll, date(2025, 11, 5), NADERT, Beleid(signaal_nadert_uren=Decimal(9)))
    tien = _leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5)))
    assert _signalen(tien, date(2025, 11, 5), NADERT, Beleid(signaal_nadert_uren=None)) == []
    with pytest.raises(ValueError, match="signaal_nadert_uren"):
        Beleid(signaal_nadert_uren=Decimal(16))


def test_nadert_zestien_uur_na_de_laatste_lesweek() -> None:
    # A peildatum in the summer holiday: the window is the last one of the school year.
    ll = _leerling(_uren(("2026-06-29", 6), ("2026-07-03", 6)))
    zomer = {**ll, "school": {**VO, "regio": "noord"}}
    [s] = _signalen(zomer, date(2026, 7, 31), NADERT)
    assert s.venster_tot == date(2026, 7, 3)  # noord: the last lesdag of the school year


# --- mazl_frequent -----------------------------------------------------------------------------

FREQUENT = Signaalsoort.MAZL_FREQUENT


def test_mazl_frequent_vierde_ziekmelding_in_de_twaalfde_schoolweek() -> None:
    # Lesweek 1 is 1 Sep; 24 Nov is the 12th lesweek (13 calendar weeks: the herfstvakantie is none).
    ll = _leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06", "2025-11-24"))
    [s] = _signalen(ll, date(2025, 11, 24), FREQUENT)
    assert (s.van, s.tot, s.aantal, s.records) == (date(2025, 9, 1), date(2025, 11, 24), 4, (1, 2, 3, 4))
    assert s.grondslag.url == "https://www.ncj.nl/mazl/wat-is-mazl/"
    assert [b.code for b in s.beleidskeuzes] == ["signaal_mazl_frequent", "signaal_schoolweken"]


def test_mazl_frequent_niet_bij_de_vierde_in_de_dertiende_schoolweek() -> None:
    ll = _leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06", "2025-12-01"))
    assert _signalen(ll, date(2025, 12, 1), FREQUENT) == []


def test_mazl_frequent_niet_bij_drie_ziekmeldingen() -> None:
    ll = _leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06"))
    assert _signalen(ll, date(2025, 11, 24), FREQUENT) == []


def test_mazl_een_ziekmelding_over_de_vakantie_heen_is_er_een() -> None:
    # Ill on Friday 17 Oct and again on Monday 27 Oct: no lesdag in between, one ziekmelding. Had
    # the holiday broken it, these would be four.
    ll = _leerling(_dagen("2025-09-01", "2025-10-17", "2025-10-27", "2025-11-04"))
    assert _signalen(ll, date(2025, 11, 24), FREQUENT) == []
    gebroken = _leerling(_dagen("2025-09-01", "2025-10-17", "2025-10-28", "2025-11-04"))
    assert [s.aantal for s in _signalen(gebroken, date(2025, 11, 24), FREQUENT)] == [4]


def test_mazl_frequent_telt_na_een_signaal_opnieuw() -> None:
    dagen = ["2025-09-01", "2025-09-03", "2025-09-05", "2025-09-09", "2025-09-11", "2025-09-15"]
    ll = _leerling(_dagen(*dagen, "2025-09-17", "2025-09-19"))
    assert [(s.van, s.aantal) for s in _signalen(ll, date(2025, 9, 30), FREQUENT)] == [
        (date(2025, 9, 1), 4),
        (date(2025, 9, 11), 4),
    ]


def test_beleid_signaal_mazl_ziekmeldingen_en_schoolweken() -> None:
    drie = _leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06"))
    assert [
        s.aantal for s in _signalen(drie, date(2025, 10, 6), FREQUENT, Beleid(signaal_mazl_ziekmeldingen=3))
    ] == [3]
    dertien = _leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06", "2025-12-01"))
    assert _signalen(dertien, date(2025, 12, 1), FREQUENT, Beleid(signaal_mazl_schoolweken=13))
    vier = _leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06", "2025-11-24"))
    assert _signalen(vier, date(2025, 11, 24), FREQUENT, Beleid(signaal_mazl_ziekmeldingen=None)) == []


# --- mazl_langdurig ----------------------------------------------------------------------------

LANGDURIG = Signaalsoort.MAZL_LANGDURIG


def test_mazl_langdurig_zevende_schooldag_ziek_over_de_vakantie_heen() -> None:
    # 13-17 Oct (5 lesdagen), herfstvakantie, 27-28 Oct: the 7th consecutive school day ill.
    ll = _leerling(_lesdagen(date(2025, 10, 13), date(2025, 10, 28), "ziek"))
    [s] = _signalen(ll, date(2025, 10, 28), LANGDURIG)
    assert (s.van, s.tot, s.aantal) == (date(2025, 10, 13), date(2025, 10, 28), 7)
    assert [b.code for b in s.beleidskeuzes] == ["signaal_mazl_langdurig", "signaal_schoolweken"]


def test_mazl_langdurig_niet_op_de_zesde_schooldag() -> None:
    ll = _leerling(_lesdagen(date(2025, 10, 13), date(2025, 10, 28), "ziek"))
    assert _signalen(ll, date(2025, 10, 27), LANGDURIG) == []


def test_beleid_signaal_mazl_schooldagen() -> None:
    ll = _leerling(_lesdagen(date(2025, 10, 13), date(2025, 10, 28), "ziek"))
    assert _signalen(ll, date(2025, 10, 27), LANGDURIG, Beleid(signaal_mazl_schooldagen=6))
    assert _signalen(ll, date(2025, 10, 28), LANGDURIG, Beleid(signaal_mazl_schooldagen=None)) == []


# --- mogelijk_lrv ------------------------------------------------------------------------------

LRV = Signaalsoort.MOGELIJK_LRV
WEG = _lesdagen(date(2025, 10, 13), date(2025, 11, 28))
"""Away without a valid reason from Monday 13 Oct: 13-17 Oct, herfstvakantie (not counted), 27 Oct on.
Counted days: 13-17 Oct are 1-5, 27 Oct is the 6th, 4 Nov the 14th, 18 Nov the 28th."""


def test_mogelijk_lrv_twee_weken_voor_de_28e_dag_over_de_herfstvakantie_heen() -> None:
    [s] = _signalen(_leerling(WEG), date(2025, 11, 4), LRV)
    assert (s.op_lijst_sinds, s.lrv_op) == (date(2025, 11, 4), date(2025, 11, 18))
    assert (s.van, s.tot) == (date(2025, 10, 13), date(2025, 11, 4))
    assert s.grondslag.titel.startswith("DUO, Rapportage potentiële LRV'ers")
    assert [b.code for b in s.beleidskeuzes] == ["signaal_mogelijk_lrv"]


def test_mogelijk_lrv_niet_op_de_13e_getelde_dag() -> None:
    assert _signalen(_leerling(WEG), date(2025, 11, 3), LRV) == []


def test_mogelijk_lrv_blijft_op_de_lijst_tot_de_lrv_melding() -> None:
    [s] = _signalen(_leerling(WEG), date(2025, 11, 17), LRV)
    assert s.op_lijst_sinds == date(2025, 11, 4)
    a = analyseer(_leerling(WEG), date(2025, 11, 18))
    assert "langdurig_relatief_verzuim" in [m.verzuimsoort.value for m in a.meldingen]
    assert [s for s in a.signalen if s.soort is LRV] == []


def test_mogelijk_lrv_niet_als_de_leerling_terug_is() -> None:
    terug = _leerling(_lesdagen(date(2025, 10, 13), date(2025, 11, 5)))
    assert _signalen(terug, date(2025, 11, 6), LRV) == []


def test_beleid_signaal_lrv_dagen_vooraf_en_vakantiedagen_meetellen() -> None:
    ll = _leerling(WEG)
    assert _signalen(ll, date(2025, 11, 4), LRV, Beleid(signaal_lrv_dagen_vooraf=7)) == []
    assert _signalen(ll, date(2025, 11, 4), LRV, Beleid(signaal_lrv_dagen_vooraf=None)) == []
    # Holiday days counted: 13 Oct + 13 days = 26 Oct is the 14th day, 9 Nov the 28th.
    [s] = _signalen(ll, date(2025, 11, 3), LRV, Beleid(vakantiedagen_meetellen=True))
    assert (s.op_lijst_sinds, s.lrv_op) == (date(2025, 10, 26), date(2025, 11, 9))


def test_vroegsignalen_in_json() -> None:
    a = analyseer(_leerling(WEG), date(2025, 11, 4))
    [s] = [s for s in a.model_dump(mode="json")["signalen"] if s["soort"] == "mogelijk_lrv"]
    assert (s["lrv_op"], s["op_lijst_sinds"]) == ("2025-11-18", "2025-11-04")
    n = analyseer(_leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5.5))), date(2025, 11, 5))
    [s] = n.model_dump(mode="json")["signalen"]
    assert (s["uren"], s["nog_uren"], s["venster_tot"]) == (10.5, 5.5, "2025-11-07")


# --- the batch path --------------------------------------------------------------------------------


def test_signalen_in_het_batchpad_zoals_analyseer() -> None:
    from verzuimregels.registratie.frame import (
        SIGNAAL_KOLOMMEN,
        UITVOER_KOLOMMEN,
        analyseer_frame,
        naar_frame,
    )

    peil = date(2025, 11, 24)
    leerlingen = [
        {**_leerling(_lesdagen(date(2025, 11, 5), peil)), "sleutel": "weg"},
        {**_leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06", "2025-11-24")), "sleutel": "ziek"},
        {**_leerling(_uren(("2025-11-18", 6), ("2025-11-24", 5))), "sleutel": "uren"},
        {**_leerling([]), "sleutel": "niets"},
    ]
    df = analyseer_frame(naar_frame(leerlingen), peil, signalen=True)
    assert tuple(df.columns) == (*UITVOER_KOLOMMEN, *SIGNAAL_KOLOMMEN)
    rijen = df[df["uitkomst"] == "signaal"]
    verwacht = [
        (ll["sleutel"], s.soort.value, s.van, s.tot, s.records)
        for ll in leerlingen
        for s in analyseer(ll, peil).signalen
    ]
    gevonden = list(
        rijen[["sleutel", "signaal", "begindatum", "einddatum", "records"]].itertuples(index=False)
    )
    assert [tuple(r) for r in gevonden] == verwacht
    assert {"mogelijk_lrv", "mazl_frequent", "nadert_zestien_uur"} <= set(rijen["signaal"])
    nadert = rijen[rijen["signaal"] == "nadert_zestien_uur"].iloc[0]
    assert (nadert["uren"], nadert["nog_uren"], nadert["signaal_dag"]) == (11, 5, date(2025, 12, 12))
    assert df[df["sleutel"] == "niets"]["uitkomst"].tolist() == ["geen_melding"]
    # Without signalen: the output as before, no signal rows, no extra columns.
    zonder = analyseer_frame(naar_frame(leerlingen), peil)
    assert tuple(zonder.columns) == UITVOER_KOLOMMEN
    assert "signaal" not in set(zonder["uitkomst"])


def test_vroegsignalen_in_html_en_tabel() -> None:
    from verzuimregels.cli.analyse import tabel
    from verzuimregels.weergave import analyse_html

    weg = analyseer(_leerling(WEG), date(2025, 11, 4))
    ziek = analyseer(
        _leerling(_dagen("2025-09-01", "2025-09-15", "2025-10-06", *(f"2025-11-{d}" for d in range(17, 26)))),
        date(2025, 11, 25),
    )
    uren = analyseer(_leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5.5))), date(2025, 11, 5))
    html = analyse_html(weg) + analyse_html(ziek) + analyse_html(uren)
    for tekst in (
        "4 weken afwezig op 2025-11-18, op de lijst sinds 2025-11-04",
        "4 ziekmeldingen",
        "7 schooldagen ziek",
        "10,5 uur, nog 5,5 uur, venster loopt tot 2025-11-07",
    ):
        assert tekst in html
    assert "signaal mogelijk_lrv 2025-10-13..2025-11-04 (records 1, 2" in tabel(weg)
    assert ": 4 weken afwezig op 2025-11-18" in tabel(weg)


def test_signalen_zonder_de_gevouwen_dagen() -> None:
    from verzuimregels.registratie import lees_leerling
    from verzuimregels.registratie.signalen import signalen
    from verzuimregels.registratie.tellen import jaarkalender

    ll = lees_leerling(_leerling(WEG))
    jk = jaarkalender(KALENDER, 2025)
    soorten = {s.soort for s in signalen(ll, jk, date(2025, 11, 4), date(2026, 8, 1))}
    assert soorten == {Signaalsoort.MOGELIJK_LUXE_VERZUIM}  # the days before and after the holiday


def test_vroegsignalen_in_de_csv_van_analyseer(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io
    import json

    from verzuimregels.cli import main

    bestand = tmp_path / "leerlingen.json"
    leerlingen = [
        _leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5.5))),
        {**_leerling([]), "sleutel": "niets"},
        {**_leerling(WEG), "sleutel": "weg"},
        {"geboortedatum": "x", "school": VO},
    ]
    bestand.write_text(json.dumps(leerlingen), encoding="utf-8")
    assert main(["analyseer", str(bestand), "--peildatum", "2025-11-05", "--formaat", "csv"]) == 1
    rijen = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    nadert = next(r for r in rijen if r["signaal"] == "nadert_zestien_uur")
    assert (nadert["sleutel"], nadert["uren"], nadert["nog_uren"], nadert["signaal_dag"]) == (
        "P1",
        "10.5",
        "5.5",
        "2025-11-07",
    )
    assert nadert["records"] == "1 2"
    assert [r["uitkomst"] for r in rijen if r["sleutel"] == "niets"] == ["geen_melding"]
    lrv = next(r for r in rijen if r["signaal"] == "mogelijk_lrv")
    assert (lrv["signaal_dag"], lrv["op_lijst_sinds"]) == ("2025-11-18", "2025-11-04")
    melding = next(r for r in rijen if r["uitkomst"] == "melding" and r["sleutel"] == "weg")
    assert (melding["verzuimsoort"], melding["status"]) == ("zestien_uur", "achterstallig")
    fout = next(r for r in rijen if r["uitkomst"] == "fout")
    assert (fout["sleutel"], fout["fout_veld"]) == ("rij 4", "geboortedatum")


def test_signaal_details_schreef_uren_met_een_decimale_punt_in_nederlandse_tekst() -> None:
    """Regression: ``signaal_details`` (a Dutch phrase, in the werklijst, the HTML and the table of
    ``analyseer``) wrote ``10.5 uur``; Dutch writes a decimal comma: ``10,5 uur``. Rounded half-even to
    two decimals whatever the caller's decimal context says."""
    import decimal

    from verzuimregels.registratie.signalen import signaal_details

    oordeel = analyseer(_leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5.5))), date(2025, 11, 5))
    (nadert,) = (s for s in oordeel.signalen if s.soort is Signaalsoort.NADERT_ZESTIEN_UUR)
    assert signaal_details(nadert) == "10,5 uur, nog 5,5 uur, venster loopt tot 2025-11-07"

    def details(uren: str, nog: str) -> str:
        signaal = nadert.model_copy(
            update={"uren": Decimal(uren), "nog_uren": Decimal(nog), "venster_tot": None}
        )
        return signaal_details(signaal)

    assert details("10.5", "5.5") == "10,5 uur, nog 5,5 uur"
    assert details("12", "4") == "12 uur, nog 4 uur"
    assert details("12.345", "3.655") == "12,34 uur, nog 3,66 uur"  # half-even: ,345 -> ,34; ,655 -> ,66
    with decimal.localcontext(rounding=decimal.ROUND_UP):
        assert details("12.341", "3.659") == "12,34 uur, nog 3,66 uur"


def test_signaal_details_waren_nederlands_onder_taal_en() -> None:
    """Bug: ``analyseer --formaat tekst --taal en`` wrote an early-warning signal's figures in Dutch
    ("10,5 uur, nog 5,5 uur, venster loopt tot ..."); ``signaal_details`` takes the language now
    (Dutch by default, as the worklist writes it)."""
    from verzuimregels.registratie.signalen import signaal_details
    from verzuimregels.teksten import Taal

    oordeel = analyseer(_leerling(_uren(("2025-10-06", 5), ("2025-11-04", 5.5))), date(2025, 11, 5))
    (nadert,) = (s for s in oordeel.signalen if s.soort is Signaalsoort.NADERT_ZESTIEN_UUR)
    assert signaal_details(nadert, Taal.EN) == "10.5 hours, 5.5 hours to go, window runs until 2025-11-07"
    assert signaal_details(nadert) == "10,5 uur, nog 5,5 uur, venster loopt tot 2025-11-07"
    overig = nadert.model_copy(
        update={
            "uren": None,
            "venster_tot": None,
            "lrv_op": date(2025, 12, 1),
            "op_lijst_sinds": date(2025, 11, 1),
        }
    )
    assert signaal_details(overig, Taal.EN) == "4 weeks absent on 2025-12-01, on the list since 2025-11-01"
    for soort, eenheid in (
        (Signaalsoort.MAZL_FREQUENT, "ziekmeldingen"),
        (Signaalsoort.MAZL_LANGDURIG, "school days ill"),
    ):
        mazl = overig.model_copy(update={"soort": soort, "lrv_op": None, "op_lijst_sinds": None, "aantal": 4})
        assert signaal_details(mazl, Taal.EN) == f"4 {eenheid}"
