"""Regression tests for what the hostile testing of issue 11 found, one per bug, named after it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from verzuimregels.cli import EXIT_GEBRUIK, main
from verzuimregels.fouten import Invoerfout

STATUS = {"geboortedatum": "2012-03-10", "peildatum": "2026-09-01"}
BOM = b"\xef\xbb\xbf"


# --- A damaged byte-order mark in JSON input was skipped with the two bytes after it ---------------


@pytest.mark.parametrize(
    ("begin", "melding"),
    [
        (b"\xef\x00\x00", "beschadigde byte-order mark: verwacht UTF-8"),
        (b"\xefAB", "[bom_beschadigd]"),  # 'AB' were eaten as the rest of a mark
        (b"\xef\xbb", "[bom_beschadigd]"),
        (b"\xef\xbb\xbe", "[bom_beschadigd]"),
        (BOM + BOM, "dubbele byte-order mark"),
        (b"  " + BOM, "dubbele byte-order mark, of een na het begin"),
        (b"\xff\xfe", "de invoer is UTF-16: JSON verwacht UTF-8"),
        (b"\xfe\xff", "de invoer is UTF-16: JSON verwacht UTF-8"),
    ],
)
@pytest.mark.parametrize("vorm", ["array", "object", "jsonl"])
def test_regressie_beschadigde_bom_in_json_is_een_gebruiksfout(
    begin: bytes, melding: str, vorm: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rij = json.dumps(STATUS).encode()
    inhoud = {"array": b"[" + rij + b"]", "object": rij, "jsonl": rij + b"\n" + rij + b"\n"}[vorm]
    pad = tmp_path / "in.json"
    pad.write_bytes(begin + inhoud)
    assert main(["status", str(pad)]) == EXIT_GEBRUIK
    uit = capsys.readouterr()
    assert uit.out == ""
    assert melding in uit.err


@pytest.mark.parametrize("vorm", ["array", "object", "jsonl"])
def test_regressie_een_hele_bom_aan_het_begin_wordt_gelezen(
    vorm: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rij = json.dumps(STATUS).encode()
    inhoud = {"array": b"[" + rij + b"]", "object": rij, "jsonl": rij + b"\n" + rij + b"\n"}[vorm]
    pad = tmp_path / "in.json"
    pad.write_bytes(BOM + inhoud)
    assert main(["status", str(pad)]) == 0
    assert "leerplichtig" in capsys.readouterr().out


def test_regressie_beschadigde_bom_in_json_voor_valideer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``valideer`` sniffs JSON or CSV: a damaged mark reaches the CSV reader's own error (exit 2)."""
    pad = tmp_path / "m.json"
    pad.write_bytes(b"\xefAB[]")
    assert main(["valideer", str(pad)]) == EXIT_GEBRUIK
    assert "byte-order mark" in capsys.readouterr().err
    pad.write_bytes(b"\xefAB[]")
    assert main(["valideer", str(pad), "--invoer", "json"]) == EXIT_GEBRUIK
    assert "beschadigde byte-order mark" in capsys.readouterr().err


# --- The server log named the path as sent: /schema/111222333 put a BSN in the log ----------------


def test_regressie_serverlog_noemt_de_route_niet_het_pad(caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("fastapi")
    import asyncio

    import httpx

    from verzuimregels.server import maak_app

    async def verzoeken() -> list[int]:
        vervoer = httpx.ASGITransport(app=maak_app())
        async with httpx.AsyncClient(transport=vervoer, base_url="http://test") as client:
            return [
                (await client.get("/schema/111222333")).status_code,
                (await client.get("/111222333/Kanariepiet")).status_code,
                (await client.get("/schema/casus")).status_code,
            ]

    with caplog.at_level("INFO", logger="verzuimregels.server"):
        assert asyncio.run(verzoeken()) == [404, 404, 200]
    regels = [r.getMessage() for r in caplog.records if r.name == "verzuimregels.server"]
    assert [r.split(" ")[:3] for r in regels] == [
        ["GET", "/schema/{naam}", "404"],
        ["GET", "<unknown", "path>"],
        ["GET", "/schema/{naam}", "200"],
    ]
    assert "111222333" not in caplog.text
    assert "Kanariepiet" not in caplog.text


# --- A code the code table does not know was echoed: a name or BSN in the code column got out -------


@pytest.mark.parametrize("code", ["111222333", "Kanariepiet", "Jansen, P."])
def test_regressie_onbekende_code_wordt_niet_herhaald(code: str) -> None:
    from verzuimregels.schoolsystemen.bron import code_fout

    fout = code_fout("line 8", code)
    assert fout.regel == "code_onbekend"
    assert code not in fout.melding
    assert fout.melding.startswith("line 8: ")


# --- toets echoed a case's unknown keys: a case keyed by BSN printed it -------------------------------


def test_regressie_toets_noemt_een_onbekende_sleutel_naar_zijn_positie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = tmp_path / "gevallen.json"
    geval = {"naam": "een", "commando": "status", "invoer": STATUS, "111222333": "Jansen", "verwacht": {}}
    pad.write_text(json.dumps([geval]), encoding="utf-8")
    assert main(["toets", str(pad)]) == EXIT_GEBRUIK
    fout = capsys.readouterr().err
    assert "geval 1: sleutel(s) 4 van het geval zijn niet bekend" in fout
    assert "111222333" not in fout
    assert "Jansen" not in fout


# --- werklijst(): a row that is no mapping, an unknown indeling and a huge recent crashed it ----------

LEERLING = {
    "sleutel": "p1",
    "geboortedatum": "2011-04-12",
    "school": {"onderwijssoort": "vo", "regio": "midden"},
    "records": [{"datum": f"2026-03-{d:02d}", "reden": "ongeoorloofd"} for d in (2, 3, 4, 5, 6)],
}


@pytest.mark.parametrize("rij", [None, ["sleutel", "p2"], "111222333", 7])
def test_regressie_werklijst_met_een_rij_die_geen_object_is_geeft_een_foutrij(rij: object) -> None:
    from datetime import date

    from verzuimregels.werklijst import werklijst

    lijst = werklijst([LEERLING, rij], date(2026, 3, 20))  # type: ignore[list-item]
    assert [(f.rij, f.fouten[0].regel) for f in lijst.fouten] == [(2, "geen_object")]
    assert sum(g.leerlingen for g in lijst.groepen) == 1
    assert "111222333" not in lijst.model_dump_json()


def test_regressie_werklijst_met_een_onbekende_indeling_herhaalt_die_niet() -> None:
    from datetime import date

    from verzuimregels import Invoerfout
    from verzuimregels.werklijst import werklijst

    with pytest.raises(Invoerfout) as info:
        werklijst([LEERLING], date(2026, 3, 20), indeling="111222333")
    assert info.value.fouten[0].veld == "indeling"
    assert "111222333" not in str(info.value)
    assert info.value.__context__ is None


@pytest.mark.parametrize("recent", [10**6, 10**30])
def test_regressie_werklijst_met_een_enorme_recent_loopt_niet_over(recent: int) -> None:
    from datetime import date

    from verzuimregels.werklijst import werklijst

    lang = werklijst([LEERLING], date(2026, 3, 20), recent=recent)
    assert lang.groepen[0].regels == werklijst([LEERLING], date(2026, 3, 20), recent=3650).groepen[0].regels


def test_regressie_per_week_slaat_een_rij_die_geen_object_is_over() -> None:
    """A row that is no pupil is not counted (it raised), and is an error row by position (issue 11:
    nothing lost), never echoed."""
    from datetime import date

    from verzuimregels.werklijst import per_week

    weken = per_week([None, LEERLING, "111222333"], [date(2026, 3, 20)])  # type: ignore[list-item]
    [alleen] = per_week([LEERLING], [date(2026, 3, 20)])
    assert [w.aantallen for w in weken] == [alleen.aantallen]
    assert [(f.rij, f.sleutel, [v.regel for v in f.fouten]) for f in weken[0].fouten] == [
        (1, None, ["geen_object"]),
        (3, None, ["geen_object"]),
    ]
    assert "111222333" not in repr(weken)


def test_regressie_per_week_een_leerling_die_niet_te_analyseren_is_stopt_de_telling_niet() -> None:
    """One pupil that could not be analysed on one peildatum (here: a peildatum at the end of the
    calendar) raised out of ``per_week`` and stopped the whole count (issue 11). It is an error row in
    that week's ``fouten``; the other weeks and pupils are counted, and a pupil that fails validation
    is an error row in every week."""
    from datetime import date

    from verzuimregels.werklijst import per_week

    ongeldig = {**LEERLING, "sleutel": "p3", "geboortedatum": "2011-02-30"}
    weken = per_week([LEERLING, ongeldig], [date(2026, 3, 20), date(9999, 12, 31)])
    [alleen] = per_week([LEERLING], [date(2026, 3, 20)])
    assert weken[0].aantallen == alleen.aantallen
    assert sum(weken[0].aantallen.values()) > 0
    assert [(f.rij, f.sleutel) for f in weken[0].fouten] == [(2, "p3")]
    assert weken[1].aantallen == {}
    assert [(f.rij, f.sleutel, [v.regel for v in f.fouten]) for f in weken[1].fouten] == [
        (1, "p1", ["datum_buiten_bereik"]),
        (2, "p3", [v.regel for v in weken[0].fouten[0].fouten]),
    ]


# --- A school-system export judged on a peildatum at an end of the calendar: ValueError ------------


@pytest.mark.parametrize("peildatum", ["0001-01-01", "9999-08-01", "9999-12-31"])
def test_regressie_export_met_peildatum_aan_het_eind_van_de_kalender(peildatum: str) -> None:
    import io
    from datetime import date

    from verzuimregels import Invoerfout
    from verzuimregels.schoolsystemen import analyseer_export, lees_leerlingen

    map_ = Path(__file__).parents[1] / "examples" / "schoolsystemen"
    leerlingen = lees_leerlingen(io.BytesIO((map_ / "leerlingen.csv").read_bytes()))
    export = io.BytesIO((map_ / "magister-absenties.json").read_bytes())
    with pytest.raises(Invoerfout) as info:
        list(analyseer_export(export, "magister", leerlingen, date.fromisoformat(peildatum)))
    assert info.value.fouten[0].regel == "datum_buiten_bereik"


# --- tel(): one situation that cannot be classified on a peildatum aborted the whole count --------


def test_regressie_tel_met_een_situatie_die_niet_te_classificeren_is() -> None:
    from datetime import date

    from verzuimregels import Invoerfout
    from verzuimregels.thuiszitters import Situatie
    from verzuimregels.thuiszitters.telling import tel

    goed = Situatie.model_validate({"sleutel": "s1", "plicht": {"van": "2015-01-02"}, "inschrijvingen": []})
    kapot = Situatie.model_validate({"sleutel": "s2", "plicht": {"van": "9999-12-01"}, "inschrijvingen": []})
    peildata = [date(2026, 3, 20), date(9999, 12, 31)]
    with pytest.raises(Invoerfout):
        tel([goed, kapot], peildata)  # without bij_fout: raised, never a count missing a pupil
    fouten: list[tuple[str | None, str]] = []
    telling = tel(
        [goed, kapot], peildata, bij_fout=lambda s, f: fouten.append((s.sleutel, f.fouten[0].regel))
    )
    assert fouten == [("s2", "datum_buiten_bereik")]
    assert sum(telling.aantallen.values()) == 2  # s1 on both peildata, s2 on neither
    with pytest.raises(Invoerfout) as info:
        tel([goed], peildata, groep_op=["111222333"])
    assert "111222333" not in str(info.value)


# --- A school option out of range was silently unused (every pupil with its own school) ------------


@pytest.mark.parametrize(
    ("optie", "waarde", "veld"),
    [
        ("--lesuur-minuten", "0", "lesuur_minuten"),
        ("--lesuur-minuten", "99999999999999999999", "lesuur_minuten"),
        ("--uren-per-lesdag", "-5", "uren_per_lesdag"),
        ("--uren-per-lesdag", "1e400", "uren_per_lesdag"),
    ],
)
def test_regressie_schooloptie_buiten_bereik_is_een_gebruiksfout(
    optie: str, waarde: str, veld: str, capsys: pytest.CaptureFixture[str]
) -> None:
    voorbeelden = Path(__file__).parents[1] / "examples"
    args = ["--peildatum", "2026-03-20", "--onderwijssoort", "vo", optie, waarde]
    assert main(["analyseer", str(voorbeelden / "leerlingen.json"), *args]) == EXIT_GEBRUIK
    uit = capsys.readouterr()
    assert uit.out == ""
    assert f"verzuimregels: een optie of de invoer als geheel is niet geldig: {veld}" in uit.err
    assert "[optie_ongeldig]" in uit.err
    assert waarde not in uit.err


def test_regressie_schooloptie_buiten_bereik_over_http_is_400() -> None:
    pytest.importorskip("fastapi")
    import asyncio

    import httpx

    from verzuimregels.server import maak_app

    lichaam = (Path(__file__).parents[1] / "examples" / "leerlingen.json").read_bytes()

    async def verzoek() -> httpx.Response:
        vervoer = httpx.ASGITransport(app=maak_app())
        async with httpx.AsyncClient(transport=vervoer, base_url="http://test") as client:
            return await client.post(
                "/analyseer",
                content=lichaam,
                params={"peildatum": "2026-03-20", "onderwijssoort": "vo", "lesuur_minuten": "0"},
                headers={"content-type": "application/json"},
            )

    antwoord = asyncio.run(verzoek())
    assert antwoord.status_code == 400
    assert antwoord.json()["gebruiksfout"]["regel"] == "optie_ongeldig"
    assert "lesuur_minuten" in antwoord.json()["gebruiksfout"]["melding"]


@pytest.mark.parametrize("peildatum", ["9999-12-31", "0001-01-01"])
def test_regressie_thuiszitters_met_een_situatie_die_niet_te_tellen_is_geeft_een_foutrij(
    peildatum: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """exit 4 for the whole count (a date beyond the calendar, a peildatum before the oldest law
    version); now an error row for that situation, counted nowhere, and exit 1."""
    goed = {"sleutel": "s1", "plicht": {"van": "2015-01-02"}, "inschrijvingen": []}
    kapot = {"sleutel": "s2", "plicht": {"van": "9999-12-01"}, "inschrijvingen": []}
    pad = tmp_path / "s.jsonl"
    pad.write_text(json.dumps(goed) + "\n" + json.dumps(kapot) + "\n", encoding="utf-8")
    code = main(["thuiszitters", str(pad), "--peildatum", peildatum, "--formaat", "json"])
    assert code == 1
    uit = json.loads(capsys.readouterr().out)
    rijen = [f["rij"] for f in uit["fouten"]]
    assert 2 in rijen
    assert rijen == sorted(rijen)


# --- A school option without --onderwijssoort was silently unused -----------------------------------


@pytest.mark.parametrize(
    ("opties", "naam"),
    [
        (["--lesuur-minuten", "45"], "--lesuur-minuten"),
        (["--uren-per-lesdag", "5"], "--uren-per-lesdag"),
        (["--regio", "midden"], "--regio"),
        (["--afspraak-gemeente-18plus"], "--afspraak-gemeente-18plus"),
    ],
)
def test_regressie_schooloptie_zonder_onderwijssoort_is_een_gebruiksfout(
    opties: list[str], naam: str, capsys: pytest.CaptureFixture[str]
) -> None:
    voorbeelden = Path(__file__).parents[1] / "examples"
    args = ["analyseer", str(voorbeelden / "leerlingen.json"), "--peildatum", "2026-03-20", *opties]
    assert main(args) == EXIT_GEBRUIK
    uit = capsys.readouterr()
    assert uit.out == ""
    assert f"{naam} verwacht ook --onderwijssoort (po, vo of mbo) [onderwijssoort_ontbreekt]" in uit.err
    assert main([*args, "--taal", "en"]) == EXIT_GEBRUIK
    assert f"{naam} needs --onderwijssoort" in capsys.readouterr().err
    assert main([*args, "--onderwijssoort", "vo"]) == 0


def test_regressie_fouten_van_de_bibliotheek_overleven_pickle() -> None:
    """``Invoerfout`` did not unpickle (rebuilt from its message, a ``str`` taken for its field errors):
    an error raised in a Dask or multiprocessing worker could not come back to the caller as itself.
    Every error of the library pickles back with its class, message and attributes."""
    import pickle
    from datetime import date

    from verzuimregels.fouten import (
        GeenWetsversie,
        Internefout,
        Invoerfout,
        Leesfout,
        OntbrekendeExtra,
        OntbrekendFeit,
    )
    from verzuimregels.tabel import Celfout

    fouten = [
        Invoerfout.enkel("geboortedatum", "datum_formaat", "expects a date"),
        Celfout("datum_formaat", "a date"),
        OntbrekendFeit("ziek", "Q1"),
        GeenWetsversie(date(2020, 1, 1), date(2024, 1, 1)),
        Internefout("KeyError", ("analyse.py:1",)),
        OntbrekendeExtra("beoordeel_frame", "pandas", "pandas"),
        Leesfout("csv_leeg"),
    ]
    for fout in fouten:
        terug = pickle.loads(pickle.dumps(fout))  # noqa: S301 - our own bytes
        assert type(terug) is type(fout)
        assert str(terug) == str(fout)
        assert terug.__dict__ == fout.__dict__
    assert pickle.loads(pickle.dumps(fouten[-2])).name == "pandas"  # noqa: S301 - our own bytes


# --- found by tests/test_aanval_publiek.py --------------------------------------------------------------


def test_regressie_volg_pad_geeft_een_invoerfout_zonder_de_vraag() -> None:
    """``volg_pad`` raised a bare ``ValueError`` that quoted the step's ``vraag`` (input: a BSN there was
    printed), and ``AttributeError`` for a step given as JSON or a path that is no list. It raises
    ``Invoerfout`` naming the step by position; a step as its JSON is read."""
    from verzuimregels import beoordeel
    from verzuimregels.keuzehulp import volg_pad

    o = beoordeel({"peildatum": "2026-03-16", "leeftijd_eerste_verzuimdag": 9, "ziek": True})
    als_json = [s.model_dump(mode="json") for s in o.pad]
    assert volg_pad(als_json).knoop == volg_pad(o.pad).knoop
    with pytest.raises(Invoerfout) as fout:
        volg_pad([{**als_json[0], "vraag": "111222333"}])
    assert [(f.veld, f.regel) for f in fout.value.fouten] == [("pad.1", "pad_volgt_boom_niet")]
    assert "111222333" not in str(fout.value)
    with pytest.raises(Invoerfout) as fout:
        volg_pad(o.pad[:-1])
    assert fout.value.fouten[0].regel == "pad_onvolledig"
    for geen_pad in (None, 5, "S1", {"vraag": "S1"}):
        with pytest.raises(Invoerfout) as fout:
            volg_pad(geen_pad)  # type: ignore[arg-type]
        assert fout.value.fouten[0].regel == "pad_geen_lijst"
    with pytest.raises(Invoerfout) as fout:
        volg_pad([None])  # type: ignore[list-item]
    assert fout.value.fouten[0].veld.startswith("pad.1")


def test_regressie_verlof_feiten_als_json_of_iets_anders() -> None:
    """``is_verontschuldigd``, ``toets_vrijstelling`` and ``gedekte_verlofdagen`` raised
    ``Internefout`` (an ``AttributeError`` inside) for a verlof or vrijstelling given as its JSON, a day
    that is no date, or a list that is none. They read a fact's JSON as the other functions do, and
    raise ``Invoerfout`` naming the field for the rest."""
    from datetime import date

    from verzuimregels.kalender import Regio, Schoolkalender
    from verzuimregels.verlof import (
        Verontschuldiging,
        gedekte_verlofdagen,
        is_verontschuldigd,
        toets_vrijstelling,
    )

    verlof = {"soort": "vakantie", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03"}
    vrijstelling = {"grond": "art_15", "begin": "2026-03-01"}
    assert is_verontschuldigd(date(2026, 3, 2), [verlof], []) is Verontschuldiging.VERLOF_13A
    assert is_verontschuldigd(date(2026, 3, 4), [], [vrijstelling]) is Verontschuldiging.VRIJSTELLING_15
    assert toets_vrijstelling(vrijstelling, date(2026, 3, 4)).geldig
    kalender = Schoolkalender(regio=Regio.MIDDEN)
    assert set(gedekte_verlofdagen([verlof], kalender)) == {date(2026, 3, 2), date(2026, 3, 3)}
    gevallen: list[tuple[Callable[[], object], str, str]] = [
        (lambda: is_verontschuldigd("2026-03-02", [], []), "dag", "datum_type"),  # type: ignore[arg-type]
        (lambda: is_verontschuldigd(date(2026, 3, 2), None, []), "verloven", "geen_lijst"),  # type: ignore[arg-type]
        (lambda: is_verontschuldigd(date(2026, 3, 2), [5], []), "verloven.1", "model_type"),  # type: ignore[list-item]
        (lambda: toets_vrijstelling(vrijstelling, None), "dag", "datum_type"),  # type: ignore[arg-type]
        (lambda: gedekte_verlofdagen([verlof], kalender, "111222333"), "telling", "ongeldige_keuze"),  # type: ignore[arg-type]
    ]
    for aanroep, veld, regel in gevallen:
        with pytest.raises(Invoerfout) as fout:
            aanroep()
        assert (fout.value.fouten[0].veld, fout.value.fouten[0].regel) == (veld, regel)
        assert "111222333" not in str(fout.value)


def test_regressie_werklijst_frame_met_een_onbekende_indeling_herhaalt_die_niet() -> None:
    """``werklijst_frame`` raised ``ValueError: '111222333' is not a valid Indeling`` (the input in the
    message), took ``recent=0`` silently, and raised ``OverflowError`` on a peildatum at the end of the
    calendar. It checks ``indeling`` and ``recent`` as ``werklijst`` does, and the end of the calendar
    is ``datum_buiten_bereik``."""
    from datetime import date

    pd = pytest.importorskip("pandas")
    from verzuimregels.werklijst import werklijst_frame

    frame = pd.DataFrame({"sleutel": ["p1"], "geboortedatum": [date(2011, 4, 12)], "onderwijssoort": ["vo"]})
    gevallen: list[tuple[dict[str, Any], date, str]] = [
        ({"indeling": "111222333"}, date(2026, 3, 20), "indeling_onbekend"),
        ({"recent": 0}, date(2026, 3, 20), "recent_ongeldig"),
        ({}, date(9999, 12, 31), "datum_buiten_bereik"),
    ]
    for opties, peildatum, regel in gevallen:
        with pytest.raises(Invoerfout) as fout:
            werklijst_frame(frame, peildatum, **opties)
        assert [f.regel for f in fout.value.fouten] == [regel]
        assert "111222333" not in str(fout.value)


def test_regressie_naar_frame_met_iets_anders_dan_een_leerling() -> None:
    """``naar_frame`` raised ``AttributeError`` (``Internefout``) for a pupil that is no mapping, records
    that are no list, a record that is no mapping; and pandas' ``OutOfBoundsDatetime`` for a date the
    nanosecond range cannot hold (year 1, 9999). Shape errors are ``Invoerfout`` naming the pupil by
    position and the field; such dates stay dates (``analyseer_frame`` judges them per pupil)."""
    from datetime import date

    pytest.importorskip("pandas")
    from verzuimregels.registratie.frame import naar_frame

    gevallen: list[tuple[Any, str, str]] = [
        ([{"sleutel": "p1"}, None], "2", "geen_object"),
        ([{"sleutel": "p1", "records": 5}], "1.records", "geen_lijst"),
        ([{"sleutel": "p1", "records": ["111222333"]}], "1.records.1", "geen_object"),
        ([{"sleutel": "p1", "school": ["vo"]}], "1.school", "geen_object"),
        ([{"sleutel": "p1", "vrijstellingen": "art_15"}], "1.vrijstellingen", "geen_lijst"),
        (
            [{"vrijstellingen": [{"kennisgevingen": [7]}]}],
            "1.vrijstellingen.1.kennisgevingen.1",
            "geen_object",
        ),
    ]
    for leerlingen, veld, regel in gevallen:
        with pytest.raises(Invoerfout) as fout:
            naar_frame(leerlingen)
        assert [(f.veld, f.regel) for f in fout.value.fouten] == [(veld, regel)]
        assert "111222333" not in str(fout.value)
    frame = naar_frame(
        [{"sleutel": "p1", "geboortedatum": date(9999, 12, 31), "records": [{"datum": date(1, 1, 1)}]}]
    )
    assert list(frame["geboortedatum"]) == [date(9999, 12, 31)]
    assert list(frame["datum"]) == [date(1, 1, 1)]


def test_regressie_lees_verzuimsoort_met_iets_anders_dan_tekst_is_onbekend() -> None:
    """``lees_verzuimsoort(None)`` raised ``AttributeError``; anything that is not text is unknown."""
    from verzuimregels.melding import lees_verzuimsoort

    for waarde in (None, 3, ["V3"], {"code": "V3"}):
        assert lees_verzuimsoort(waarde) is None  # type: ignore[arg-type]
    gelezen = lees_verzuimsoort(" v3 ")
    assert gelezen is not None
    assert gelezen.loketcode is not None


def test_regressie_standaardtabel_herhaalt_een_onbekend_systeem_niet() -> None:
    """``standaardtabel("111222333")`` put the name it was given in its ``Leesfout`` (``{systeem!r}``)."""
    from verzuimregels.fouten import Leesfout
    from verzuimregels.schoolsystemen import standaardtabel

    with pytest.raises(Leesfout) as fout:
        standaardtabel("111222333")
    assert "111222333" not in str(fout.value)
    assert "magister" in str(fout.value)
