"""``verzuimregels serve``: a real server on 127.0.0.1 (a free port), spoken to over HTTP (issue 17).

The HTTP API must give what the Python API gives, for the worked cases and for generated ones; the
documented errors for an over-size body, too many rows, malformed JSON and a wrong content type; a
valid OpenAPI document; and no body, query string or client address in its log.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from openapi_spec_validator import validate

from verzuimregels import beoordeel, beoordeel_verlof, bepaal_status
from verzuimregels.cli import main
from verzuimregels.registratie import analyseer
from verzuimregels.schema import json_schema

from .engels import engels
from .levende_server import Server
from .strategieen import casussen

WORTEL = Path(__file__).resolve().parent.parent
VOORBEELDEN = WORTEL / "examples"
MAX_BYTES = 200_000
MAX_RIJEN = 50
BSN = "111222333"


def _rijen(bestand: str) -> list[Any]:
    tekst = (VOORBEELDEN / bestand).read_text(encoding="utf-8")
    if bestand.endswith(".jsonl"):
        return [json.loads(r) for r in tekst.splitlines() if r.strip()]
    data = json.loads(tekst)
    return data if isinstance(data, list) else [data]


def _json(model: Any) -> Any:
    return json.loads(model.model_dump_json())


def test_de_meegeleverde_casussen_geven_over_http_dezelfde_oordelen_als_de_python_api(server: Server) -> None:
    casussen_ = _rijen("casussen.json")
    antwoord = server.post("/beoordeel", json.dumps(casussen_), vandaag="2026-09-14")
    assert antwoord.status_code == 200
    assert antwoord.json() == [_json(beoordeel(c, vandaag=date(2026, 9, 14))) for c in casussen_]


def test_een_object_in_een_object_uit_en_engels_met_taal_en(server: Server) -> None:
    casus = {
        "leeftijd_eerste_verzuimdag": 9,
        "ziek": False,
        "vakantie_zonder_verlof": True,
        "peildatum": "2026-03-02",
    }
    antwoord = server.post("/beoordeel", json.dumps(casus), taal="en")
    assert antwoord.status_code == 200
    assert antwoord.json() == _json(beoordeel(casus, taal="en"))


def test_een_rij_die_niet_klopt_is_een_foutrij_op_haar_plaats_en_status_422(server: Server) -> None:
    tekst = (VOORBEELDEN / "casussen_met_fouten.jsonl").read_text(encoding="utf-8")
    antwoord = server.post("/beoordeel", tekst, "application/x-ndjson", vandaag="2026-09-14")
    assert antwoord.status_code == 422  # the CLI's exit 1
    assert antwoord.headers["content-type"].startswith("application/x-ndjson")
    rijen = [json.loads(r) for r in antwoord.text.splitlines()]
    cli = subprocess.run(
        [sys.executable, "-m", "verzuimregels", "beoordeel", "-", "--vandaag", "2026-09-14"],
        input=tekst.encode(),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(WORTEL / "src")},
        check=False,
    )
    assert cli.returncode == 1
    assert rijen == [json.loads(r) for r in cli.stdout.decode().splitlines()]
    assert sum("fout" in r for r in rijen) == 3


def test_status_verlof_en_analyseer_over_http_zijn_de_python_api(server: Server) -> None:
    status = _rijen("status.jsonl")
    antwoord = server.post("/status", "\n".join(json.dumps(r) for r in status), "application/x-ndjson")
    assert antwoord.status_code == 422  # one row of the example is invalid on purpose
    geldig = [json.loads(r) for r in antwoord.text.splitlines() if "fout" not in json.loads(r)]
    verwacht = []
    for r in status:
        with contextlib.suppress(ValueError):
            verwacht.append(_json(bepaal_status(r)))
    assert geldig == verwacht

    verlof = _rijen("verlof.json")
    antwoord = server.post("/verlof", json.dumps(verlof), regio="noord")
    from verzuimregels import Regio, Schoolkalender

    kalender = Schoolkalender(regio=Regio.NOORD)
    assert antwoord.json() == [_json(beoordeel_verlof(v, kalender=kalender)) for v in verlof]

    leerlingen = _rijen("leerlingen.json")
    antwoord = server.post("/analyseer", json.dumps(leerlingen), peildatum="2026-06-30")
    assert antwoord.status_code == 200
    assert antwoord.json() == [_json(analyseer(ll, date(2026, 6, 30))) for ll in leerlingen]


def test_valideer_over_http_geeft_het_rapport_van_de_cli(server: Server) -> None:
    melding = {"sleutel": "lln-1", "bsn": "123456789", "verzuimsoort": "V3", "begindatum": "2026-03-02"}
    antwoord = server.post("/valideer", json.dumps([melding]), peildatum="2026-03-05")
    assert antwoord.status_code == 422  # findings at error level: the CLI's exit 1
    rapport = antwoord.json()
    assert rapport["rijen"][0]["status"] == "fout"
    assert "bsn_ongeldig" in {b["code"] for b in rapport["rijen"][0]["bevindingen"]}
    assert rapport["samenvatting"]["rijen"] == 1
    assert "123456789" not in antwoord.text


@settings(max_examples=60)
@given(casus=casussen())
def test_eig_http_geeft_voor_elke_gegenereerde_casus_het_oordeel_van_de_python_api(
    server: Server, casus: dict[str, Any]
) -> None:
    antwoord = server.post("/beoordeel", json.dumps(casus, default=str), vandaag="2026-09-14")
    try:
        verwacht = _json(beoordeel(json.loads(json.dumps(casus, default=str)), vandaag=date(2026, 9, 14)))
    except ValueError:
        assert antwoord.status_code == 422
        assert set(antwoord.json()) == {"fout"}
    else:
        assert antwoord.status_code == 200
        assert antwoord.json() == verwacht


def test_een_te_groot_lichaam_is_413_te_groot(server: Server) -> None:
    antwoord = server.post("/beoordeel", "[" + ",".join(['{"ziek": true}'] * 20_000) + "]")
    assert antwoord.status_code == 413
    assert antwoord.json()["gebruiksfout"]["regel"] == "te_groot"


def test_te_veel_rijen_is_413_te_veel_rijen(server: Server) -> None:
    antwoord = server.post("/beoordeel", json.dumps([{"ziek": True}] * (MAX_RIJEN + 1)))
    assert antwoord.status_code == 413
    assert antwoord.json()["gebruiksfout"]["regel"] == "te_veel_rijen"
    assert (
        server.post(
            "/beoordeel", json.dumps([{"ziek": True, "leeftijd_eerste_verzuimdag": 9}] * MAX_RIJEN)
        ).status_code
        == 200
    )


@pytest.mark.parametrize("inhoud", ["{nope", "", "[1, 2", "\xff"])
def test_kapotte_json_is_400_json_ongeldig_met_de_verwachte_vorm(server: Server, inhoud: str) -> None:
    antwoord = server.post("/beoordeel", inhoud.encode("latin-1"), taal="en")
    assert antwoord.status_code == 400
    fout = antwoord.json()["gebruiksfout"]
    assert fout["regel"] == "json_ongeldig"
    assert "expected one JSON object, an array or JSON Lines" in fout["melding"]
    nl = server.post("/beoordeel", inhoud.encode("latin-1")).json()["gebruiksfout"]  # ?taal: nl by default
    assert nl["regel"] == "json_ongeldig"
    assert "verwacht" in nl["melding"]
    assert engels(nl["melding"]) == [], nl["melding"]


@pytest.mark.parametrize("soort", ["text/plain", "application/x-www-form-urlencoded", "text/csv", ""])
def test_een_ander_content_type_is_415_geen_json(server: Server, soort: str) -> None:
    antwoord = server.post("/beoordeel", '{"ziek": true}', soort)
    assert antwoord.status_code == 415
    assert antwoord.json()["gebruiksfout"]["regel"] == "geen_json"


def test_een_ongeldige_optie_is_400_optie_ongeldig_zonder_de_waarde(server: Server) -> None:
    antwoord = server.post("/beoordeel", '{"ziek": true}', taal="fr-geheim")
    assert antwoord.status_code == 400
    fout = antwoord.json()["gebruiksfout"]
    assert fout["regel"] == "optie_ongeldig"
    assert "taal" in fout["melding"]
    assert "fr-geheim" not in antwoord.text
    assert engels(fout["melding"]) == [], fout["melding"]  # ?taal is not valid: Dutch, as the CLI
    assert "fr-geheim" not in antwoord.text


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_een_optie_buiten_bereik_volgt_taal(server: Server, taal: str) -> None:
    """``optie_ongeldig`` of an option out of range (an ``Invoerfout``) and of a query parameter of the
    wrong form in the request's ``?taal`` (issue 17), naming the expected form."""
    rij = '{"sleutel": "a", "geboortedatum": "2012-01-01", "records": []}'
    for pad, opties in (
        ("/analyseer", {"lesuur_minuten": "0", "onderwijssoort": "vo", "peildatum": "2026-03-31"}),
        ("/beoordeel", {"vandaag": "morgen"}),
    ):
        antwoord = server.post(pad, rij, taal=taal, **opties)
        fout = antwoord.json()["gebruiksfout"]
        assert (antwoord.status_code, fout["regel"]) == (400, "optie_ongeldig"), fout
        assert bool(engels(fout["melding"])) is (taal == "en"), fout["melding"]
        assert "morgen" not in antwoord.text


def test_schemas_over_http_zijn_die_van_de_bibliotheek(server: Server) -> None:
    assert httpx.get(server.url + "/schema/casus").json() == json_schema("casus")
    assert httpx.get(server.url + "/schema/bestaat-niet").status_code == 404


def test_het_openapi_document_is_geldig_en_beschrijft_elke_opdracht(server: Server) -> None:
    document = httpx.get(server.url + "/openapi.json").json()
    validate(document)
    assert {"/beoordeel", "/status", "/verlof", "/analyseer", "/valideer", "/schema/{naam}"} <= set(
        document["paths"]
    )
    beoordeel_ = document["paths"]["/beoordeel"]["post"]
    assert {"200", "400", "413", "415", "422"} <= set(beoordeel_["responses"])
    assert "#/components/schemas/Casus" in json.dumps(beoordeel_["requestBody"])
    assert {p["name"] for p in beoordeel_["parameters"]} >= {"taal", "regio", "vandaag"}


def test_het_log_bevat_geen_lichaam_geen_querystring_en_geen_clientadres(server: Server) -> None:
    casus = {"leeftijd_eerste_verzuimdag": 15, "ziek": True, "peildatum": "2026-09-14", "bsn": BSN}
    server.post("/beoordeel", json.dumps(casus), taal="en")  # an error row: bsn is no key of a case
    server.post("/beoordeel", "{" + BSN, taal="en")
    time.sleep(0.3)
    log = server.log.read_text(encoding="utf-8")
    assert "POST /beoordeel 422" in log
    assert "POST /beoordeel 400" in log
    assert BSN not in log
    assert "taal=en" not in log
    verzoeken = [r for r in log.splitlines() if "verzuimregels.server" in r]
    assert len(verzoeken) >= 2
    assert not [r for r in verzoeken if "127.0.0.1" in r]  # no client address (the AVG counts it)
    assert '- "POST' not in log  # uvicorn's access log (client address, query string) is off


def test_serve_zonder_de_server_extra_noemt_de_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "fastapi", None)
    monkeypatch.delitem(sys.modules, "verzuimregels.server", raising=False)
    assert main(["serve", "--port", "1"]) == 2
    assert "pip install 'verzuimregels[server]'" in capsys.readouterr().err
