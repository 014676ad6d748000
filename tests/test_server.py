"""``verzuimregels serve``: a real server on 127.0.0.1 (a free port), spoken to over HTTP (issue 17).

The HTTP API must give what the Python API gives, for the worked cases and for generated ones; the
documented errors for an over-size body, too many rows, malformed JSON and a wrong content type; a
valid OpenAPI document; and no body, query string or client address in its log.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import time
from datetime import date
from functools import partial
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
    assert "expected one JSON object, a JSON array or JSON Lines" in fout["melding"]
    nl = server.post("/beoordeel", inhoud.encode("latin-1")).json()["gebruiksfout"]  # ?taal: nl by default
    assert nl["regel"] == "json_ongeldig"
    assert "verwacht" in nl["melding"]
    assert engels(nl["melding"]) == [], nl["melding"]


@pytest.mark.parametrize("inhoud", ["{nope", "", "[1, 2", "[1,", "\xff"])
def test_json_ongeldig_noemt_de_verwachte_vorm_een_keer(server: Server, inhoud: str) -> None:
    """Bug: in English the reader's text, which often names the form already ("the input is empty:
    expected one JSON object, a JSON array or JSON Lines"), got "; expected one JSON object, an array
    or JSON Lines" appended, so it said it twice; in Dutch a text without it ("element 1 van de array is
    kapot") did not name it at all. Now both languages name it once."""
    for taal, vorm in (
        ("en", "one JSON object, a JSON array or JSON Lines"),
        ("nl", "één JSON-object, een JSON-array of JSON Lines"),
    ):
        melding = server.post("/beoordeel", inhoud.encode("latin-1"), taal=taal).json()["gebruiksfout"][
            "melding"
        ]
        assert melding.count(vorm) == melding.count(vorm.split(",")[0]) == 1, melding


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


# --- Every usage error's body in the request's language (issue 17) ------------------------------------


def _fout_van(server: Server, soort: str, params: dict[str, str]) -> httpx.Response:
    """The request that gets usage error ``soort`` from the module's server (``params``: its query)."""
    casus = '{"ziek": true, "leeftijd_eerste_verzuimdag": 9}'
    if soort == "geen_json":
        return server.post("/beoordeel", casus, "text/plain", **params)
    if soort == "te_groot":
        return server.post("/beoordeel", "[" + ",".join([casus] * 20_000) + "]", **params)
    if soort == "te_veel_rijen":
        return server.post("/beoordeel", "[" + ",".join([casus] * (MAX_RIJEN + 1)) + "]", **params)
    if soort == "schema_onbekend":
        return httpx.get(server.url + "/schema/bestaat-niet", params=params)
    if soort == "pad_onbekend":
        return httpx.get(server.url + "/bestaat-niet", params=params)
    assert soort == "methode_niet_toegestaan"
    return httpx.get(server.url + "/beoordeel", params=params)


GEBRUIKSFOUTEN_OVER_HTTP = {
    # code: (status, the English text, what the Dutch text must name: the expected form)
    "geen_json": (
        415,
        "the header 'Content-Type' names no JSON: expected 'application/json' (one JSON object or a JSON "
        "array) or 'application/x-ndjson' (JSON Lines)",
        "application/json",
    ),
    "te_groot": (
        413,
        f"the body is larger than {MAX_BYTES} bytes: expected at most {MAX_BYTES} bytes per request; send "
        "fewer rows at a time",
        str(MAX_BYTES),
    ),
    "te_veel_rijen": (
        413,
        f"more than {MAX_RIJEN} rows: expected at most {MAX_RIJEN} rows per request; spread them over more "
        "requests",
        str(MAX_RIJEN),
    ),
    "schema_onbekend": (404, "expected one of: casus, oordeel, fout,", "casus"),
    "pad_onbekend": (404, "unknown path: expected one of:", "/beoordeel"),
    "methode_niet_toegestaan": (405, "expected the method POST on this path", "POST"),
}


@pytest.mark.parametrize("soort", sorted(GEBRUIKSFOUTEN_OVER_HTTP))
@pytest.mark.parametrize("taal", [None, "nl", "en"])
def test_elke_gebruiksfout_over_http_is_nederlands_tenzij_taal_en_met_dezelfde_code_en_status(
    server: Server, soort: str, taal: str | None
) -> None:
    """``geen_json``, ``te_groot``, ``te_veel_rijen``, ``schema_onbekend`` and the 404 and 405 of the
    router: Dutch by default and with ``?taal=nl``, naming the expected form; English with ``?taal=en``."""
    status, engels_, vorm = GEBRUIKSFOUTEN_OVER_HTTP[soort]
    antwoord = _fout_van(server, soort, {} if taal is None else {"taal": taal})
    assert antwoord.status_code == status
    assert set(antwoord.json()) == {"gebruiksfout"}
    fout = antwoord.json()["gebruiksfout"]
    assert fout["regel"] == soort
    if taal == "en":
        assert fout["melding"].startswith(engels_), fout["melding"]
    else:
        assert engels(fout["melding"]) == [], fout["melding"]
        assert "verwacht" in fout["melding"], fout["melding"]
        assert vorm in fout["melding"], fout["melding"]


def test_een_405_noemt_de_toegestane_methode_ook_in_de_kop(server: Server) -> None:
    antwoord = httpx.get(server.url + "/beoordeel")
    assert (antwoord.status_code, antwoord.headers["allow"]) == (405, "POST")


@pytest.mark.parametrize("taal", [None, "nl", "en"])
def test_een_interne_fout_is_500_in_de_taal_van_het_verzoek_zonder_iets_van_de_fout_in_het_log(
    tmp_path: Path, taal: str | None
) -> None:
    """A bug (planted by ``tests/kapotte_server.py``: ``beoordeel`` raises with input in its message)
    is a 500 ``interne_fout`` in the request's language; the log names the exception's type and the
    route only: no traceback, which would show the message and so the input."""
    from .kapotte_server import GEHEIM
    from .levende_server import levende_server

    log = tmp_path / "server.log"
    with levende_server(log, max_bytes=MAX_BYTES, max_rijen=MAX_RIJEN, module="tests.kapotte_server") as s:
        antwoord = s.post("/beoordeel", '{"ziek": true}', **({} if taal is None else {"taal": taal}))
        time.sleep(0.3)
    assert antwoord.status_code == 500
    fout = antwoord.json()["gebruiksfout"]
    assert fout["regel"] == "interne_fout"
    if taal == "en":
        assert fout["melding"] == "internal error; the input was not logged"
    else:
        assert engels(fout["melding"]) == [], fout["melding"]
        assert "niet gelogd" in fout["melding"]
    tekst = log.read_text(encoding="utf-8")
    assert "internal error RuntimeError on /beoordeel" in tekst
    assert "POST /beoordeel 500" in tekst
    assert GEHEIM not in tekst + antwoord.text
    assert "Traceback" not in tekst


def test_serve_taal_en_is_de_taal_van_lichamen_zonder_taal_en_taal_in_het_verzoek_wint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``serve --taal en`` (issue 17): verdicts and usage errors in English for a request without
    ``?taal`` (and one whose ``?taal`` is not valid); ``?taal=nl`` still Dutch; the OpenAPI document
    says so. The module's server (no ``--taal``) is Dutch by default (the tests above)."""
    from .levende_server import levende_server

    casus: dict[str, Any] = {"leeftijd_eerste_verzuimdag": 9, "ziek": False, "vakantie_zonder_verlof": True}
    casus["peildatum"] = "2026-03-02"
    engelse, nederlandse = _json(beoordeel(casus, taal="en")), _json(beoordeel(casus))
    assert engelse != nederlandse  # so that the check below can fail
    with levende_server(tmp_path / "log", max_bytes=MAX_BYTES, max_rijen=MAX_RIJEN, taal="en") as s:
        assert s.post("/beoordeel", json.dumps(casus)).json() == engelse
        assert s.post("/beoordeel", json.dumps(casus), taal="nl").json() == nederlandse
        geen_json = s.post("/beoordeel", json.dumps(casus), "text/plain").json()["gebruiksfout"]
        assert geen_json["melding"] == GEBRUIKSFOUTEN_OVER_HTTP["geen_json"][1]
        nl = s.post("/beoordeel", json.dumps(casus), "text/plain", taal="nl").json()["gebruiksfout"]
        assert (nl["regel"], engels(nl["melding"])) == ("geen_json", [])
        kapot = s.post("/beoordeel", "{kapot").json()["gebruiksfout"]
        assert "expected one JSON object, a JSON array or JSON Lines" in kapot["melding"]
        ongeldig = s.post("/beoordeel", json.dumps(casus), taal="fr").json()["gebruiksfout"]
        assert ongeldig["melding"].startswith("query parameter taal: "), ongeldig
        document = httpx.get(s.url + "/openapi.json").json()
    validate(document)
    taal = next(p for p in document["paths"]["/beoordeel"]["post"]["parameters"] if p["name"] == "taal")
    assert taal["schema"]["default"] == "en"
    assert "without it, in English (en), this server's default" in document["info"]["description"]
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    hulp = " ".join(capsys.readouterr().out.split())
    assert (
        "--taal {nl,en} language of the bodies (explanations, usage errors) for a request without ?taal"
        in hulp
    )


def test_de_standaardtaal_van_de_server_is_nederlands_en_het_openapi_document_zegt_het(
    server: Server,
) -> None:
    document = httpx.get(server.url + "/openapi.json").json()
    for pad in ("/beoordeel", "/status", "/verlof", "/analyseer", "/valideer"):
        taal = next(p for p in document["paths"][pad]["post"]["parameters"] if p["name"] == "taal")
        assert taal["schema"]["default"] == "nl", pad
    assert "without it, in Dutch (nl), this server's default" in document["info"]["description"]


def test_de_curl_voorbeelden_van_docs_http_zijn_wat_de_server_antwoordt(server: Server) -> None:
    """docs/http.md's two answers of a wrong content type (Dutch by default, English with ?taal=en) are
    the server's, byte for byte (the block needs a server, so the docs test skips it)."""
    tekst = (WORTEL / "docs" / "http.md").read_text(encoding="utf-8")
    antwoorden = re.findall(r"^(\{\"gebruiksfout\":.*\})$", tekst, re.MULTILINE)
    assert len(antwoorden) == 2
    for params, verwacht in (({}, antwoorden[0]), ({"taal": "en"}, antwoorden[1])):
        assert server.post("/beoordeel", "{}", "text/plain", **params).text == verwacht


# --- The worked cases over HTTP (issue 17: "the same verdicts as the Python API for the worked cases") ---


def _a_gevallen() -> list[tuple[str, dict[str, Any]]]:
    """The facts of the keuzehulp's worked cases A01–A18 as tests/test_keuzehulp_voorbeelden.py gives
    them to ``oordeel(...)``: read from that file, so that both judge the same facts."""
    import ast

    from . import test_keuzehulp_voorbeelden as voorbeelden

    boom = ast.parse(Path(voorbeelden.__file__).read_text(encoding="utf-8"))
    gevallen = []
    for functie in boom.body:
        if isinstance(functie, ast.FunctionDef) and functie.name.startswith("test_a"):
            for knoop in ast.walk(functie):
                if isinstance(knoop, ast.Call) and getattr(knoop.func, "id", None) == "oordeel":
                    feiten = {str(k.arg): ast.literal_eval(k.value) for k in knoop.keywords}
                    gevallen.append((functie.name, {"peildatum": voorbeelden.PEILDATUM, **feiten}))
    return gevallen


def _zoals_de_cli(rij: int, functie: Any, invoer: Any) -> Any:
    """The Python API's answer for one row as the CLI writes it: the result, or its error row."""
    from verzuimregels import Invoerfout
    from verzuimregels.fouten import Foutrij, Foutuitvoer

    try:
        return _json(functie(invoer))
    except Invoerfout as fout:
        return _json(Foutuitvoer(fout=Foutrij(rij=rij, fouten=fout.fouten)))


def test_de_uitgewerkte_gevallen_a01_tot_a18_geven_over_http_de_oordelen_van_de_python_api(
    server: Server,
) -> None:
    gevallen = _a_gevallen()
    assert {naam[:8] for naam, _ in gevallen} == {f"test_a{i:02d}" for i in range(1, 19)}
    casussen_ = [feiten for _, feiten in gevallen]
    for taal in ("nl", "en"):
        verwacht = [_zoals_de_cli(i, partial(beoordeel, taal=taal), c) for i, c in enumerate(casussen_, 1)]
        antwoord = server.post("/beoordeel", json.dumps(casussen_), taal=taal)
        assert antwoord.status_code == 422  # A17 and A18 are error rows, in place
        assert antwoord.json() == verwacht
        assert sum("fout" in r for r in verwacht) == 2
    for naam, casus in gevallen:  # and one request each
        assert server.post("/beoordeel", json.dumps(casus)).json() == _zoals_de_cli(1, beoordeel, casus), naam


def test_de_toetsgevallen_van_de_docs_geven_over_http_wat_de_python_api_geeft(server: Server) -> None:
    """Every worked case of the docs in examples/toetsgevallen.yaml (beoordeel, status, verlof,
    analyseer, valideer), sent to its endpoint with its options as query parameters."""
    from verzuimregels.toets import lees_gevallen, voer_uit

    gevallen = lees_gevallen(VOORBEELDEN / "toetsgevallen.yaml")
    assert {g.commando for g in gevallen} == {"beoordeel", "status", "verlof", "analyseer", "valideer"}
    for geval in gevallen:
        opties = {k: str(v) if not isinstance(v, bool) else str(v).lower() for k, v in geval.opties.items()}
        if (
            geval.commando == "beoordeel" and "peildatum" in opties
        ):  # toets's peildatum is beoordeel's vandaag
            opties["vandaag"] = opties.pop("peildatum")
        invoer = json.dumps(geval.invoer, default=str)
        antwoord = server.post(f"/{geval.commando}", invoer, **opties)
        assert antwoord.status_code in (200, 422), (geval.naam, antwoord.text)
        gekregen = antwoord.json()
        if geval.commando == "valideer":
            gekregen = gekregen["rijen"][0]
        assert gekregen == voer_uit(geval), geval.naam


def test_elke_code_van_httpfouten_heeft_een_nederlandse_tekst_en_wordt_over_http_bereikt() -> None:
    """The table of the HTTP API's own usage errors: each code is reached by a test above over a live
    server, and its Dutch text holds no English (its English one does, so the check can fail)."""
    from verzuimregels.server import HTTPFOUTEN

    assert set(HTTPFOUTEN) == {*GEBRUIKSFOUTEN_OVER_HTTP, "interne_fout"}
    for code, tekst in HTTPFOUTEN.items():
        assert engels(tekst.nl) == [], (code, tekst.nl)
        assert engels(tekst.en) != [], (code, tekst.en)
