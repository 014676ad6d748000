"""The command line: shapes in and out, error rows in place, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from verzuimregels.cli import main

VOORBEELDEN = Path(__file__).parents[1] / "examples"
GOED = {
    "leeftijd_eerste_verzuimdag": 9,
    "ziek": False,
    "vakantie_zonder_verlof": True,
    "peildatum": "2026-09-14",
}


def test_voorbeelden_alle_beoordeeld(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", str(VOORBEELDEN / "casussen.json")]) == 0
    uit = json.loads(capsys.readouterr().out)
    invoer = json.loads((VOORBEELDEN / "casussen.json").read_text())
    assert len(uit) == len(invoer)
    assert all("verzuimsoort" in r for r in uit)


def test_jsonl_met_fouten_geeft_foutrijen_op_hun_plaats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", str(VOORBEELDEN / "casussen_met_fouten.jsonl")]) == 1
    regels = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert len(regels) == 4
    assert "verzuimsoort" in regels[0]
    assert regels[1]["fout"]["rij"] == 2
    assert regels[1]["fout"]["fouten"][0]["veld"] == "ongeoorloofde_uren_4_lesweken"
    assert regels[2]["fout"]["fouten"][0]["regel"] == "leeftijd_strijdig"
    assert regels[3]["fout"]["fouten"][0]["veld"] == "<veld 2>"  # an unknown key by position (issue 11)


def schrijf(tmp_path: Path, inhoud: str | bytes) -> str:
    pad = tmp_path / "invoer"
    if isinstance(inhoud, str):
        inhoud = inhoud.encode()
    pad.write_bytes(inhoud)
    return str(pad)


def test_een_object_in_een_object_uit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", schrijf(tmp_path, json.dumps(GOED, indent=2))]) == 0
    assert json.loads(capsys.readouterr().out)["verzuimsoort"] == "luxe_verzuim"


def test_een_fout_object_geeft_een_foutrij(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", schrijf(tmp_path, json.dumps(GOED | {"ziek": "nee"}))]) == 1
    assert json.loads(capsys.readouterr().out)["fout"]["fouten"][0]["veld"] == "ziek"


def test_array_met_een_geen_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", schrijf(tmp_path, json.dumps([GOED, 3, GOED]))]) == 1
    uit = json.loads(capsys.readouterr().out)
    assert [("fout" in r) for r in uit] == [False, True, False]
    assert uit[1]["fout"]["fouten"][0]["regel"] == "geen_object"


def test_lege_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", schrijf(tmp_path, "[]")]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_kapotte_jsonl_regel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inhoud = json.dumps(GOED) + "\n{kapot\n" + json.dumps(GOED) + "\n"
    assert main(["beoordeel", schrijf(tmp_path, inhoud)]) == 1
    regels = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert regels[1]["fout"]["rij"] == 2
    assert regels[1]["fout"]["fouten"][0]["regel"] == "geen_json"
    assert len(regels) == 3


def test_jsonl_met_kapotte_eerste_regel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inhoud = "{kapot\n" + json.dumps(GOED) + "\n"
    assert main(["beoordeel", schrijf(tmp_path, inhoud)]) == 1
    regels = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert [("fout" in r) for r in regels] == [True, False]


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        ("", "de invoer is leeg: verwacht één JSON-object, een JSON-array of JSON Lines [leeg]"),
        ("  \n\n", "[leeg]"),
        ("[1, 2", "verwacht ',' of ']' na element 2 [json_scheiding]"),
        ("{kapot", "geen geldige JSON (regel 1, kolom 2): verwacht één JSON-object"),
        (b'\xef\xbb\xbf{"a": \xff}', "geen geldige UTF-8 (byte 6): JSON verwacht UTF-8 [geen_utf8]"),
        ("[" * 100_000 + "]" * 100_000, "dieper genest dan 64 niveaus"),
        ('{"a": NaN}', "NaN is geen getal; verwacht een getal zoals 6.5 [json_getal]"),
    ],
)
def test_onleesbare_invoer_is_een_gebruiksfout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: str | bytes, melding: str
) -> None:
    assert main(["beoordeel", schrijf(tmp_path, inhoud)]) == 2
    fout = capsys.readouterr().err
    assert melding in fout
    assert "Traceback" not in fout


def test_bestand_bestaat_niet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", "/bestaat/niet.json"]) == 2
    assert "kan /bestaat/niet.json niet lezen (bestaat niet)" in capsys.readouterr().err
    assert main(["beoordeel", "/bestaat/niet.json", "--taal", "en"]) == 2
    assert "cannot read /bestaat/niet.json (does not exist)" in capsys.readouterr().err


def test_onbekend_commando_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bestaatniet"]) == 2
    fout = capsys.readouterr().err
    assert "onbekend commando (een woord van 11 letters); verwacht één van: beoordeel," in fout
    assert "bestaatniet" not in fout


def test_opties_taal_regio_en_beleid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    casus = {"geboortedatum": "2020-11-15", "eerste_verzuimdag": "2025-12-01", "ziek": True}
    args = ["beoordeel", schrijf(tmp_path, json.dumps(casus)), "--taal", "en", "--vandaag", "2025-12-01"]
    assert (
        main(
            [
                *args,
                "--regio",
                "noord",
                "--vakantiedagen-meetellen",
                "--verjaardag-29-februari",
                "28_februari",
            ]
        )
        == 0
    )
    uit = json.loads(capsys.readouterr().out)
    assert uit["toelichting"].startswith("Absence through illness")
    assert [b["code"] for b in uit["beleidskeuzes"]] == ["peildatum_vandaag"]


def test_stdin_via_subprocess() -> None:
    proces = subprocess.run(
        [sys.executable, "-m", "verzuimregels", "beoordeel", "-"],
        input=json.dumps(GOED),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proces.returncode == 0, proces.stderr
    assert json.loads(proces.stdout)["verzuimsoort"] == "luxe_verzuim"


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    alle = json.loads(capsys.readouterr().out)
    assert set(alle) == {
        "casus",
        "oordeel",
        "fout",
        "statusvraag",
        "statusoordeel",
        "verlofaanvraag",
        "verlofoordeel",
        "leerling",
        "analyse",
        "melding",
        "rijrapport",
        "leerlingrapport",
    }
    assert main(["schema", "casus"]) == 0
    casus = json.loads(capsys.readouterr().out)
    assert casus["additionalProperties"] is False
    assert set(casus["properties"]) == {
        "ziek",
        "ziekte_twijfel",
        "vakantie_zonder_verlof",
        "leeftijd_eerste_verzuimdag",
        "geboortedatum",
        "eerste_verzuimdag",
        "aaneengesloten_dagen_afwezig",
        "ongeoorloofde_uren_4_lesweken",
        "afspraak_gemeente_18plus",
        "eerdere_melding_4_weken",
        "startkwalificatie",
        "peildatum",
    }


def test_boom_mermaid_en_dot_met_pad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["boom"]) == 0
    mermaid = capsys.readouterr().out
    assert mermaid.startswith("flowchart TD")
    assert "class " in mermaid
    assert "linkStyle" not in mermaid
    assert main(["boom", "--casus", schrijf(tmp_path, json.dumps(GOED))]) == 0
    assert "linkStyle" in capsys.readouterr().out
    assert main(["boom", "--formaat", "dot", "--casus", schrijf(tmp_path, json.dumps(GOED))]) == 0
    dot = capsys.readouterr().out
    assert dot.startswith("digraph keuzehulp {")
    assert "penwidth=3" in dot


def test_boom_met_foute_casus_is_een_gebruiksfout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["boom", "--casus", schrijf(tmp_path, json.dumps(GOED | {"ziek": 3}))]) == 2
    assert "de casus van --casus is niet geldig" in capsys.readouterr().err
    assert main(["boom", "--casus", schrijf(tmp_path, json.dumps([GOED]))]) == 2
    assert "--casus verwacht één casus (een JSON-object), geen array" in capsys.readouterr().err


def test_luxe_verzuim_18plus_als_vlag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--luxe-verzuim-18plus`` is ``Beleid(luxe_verzuim_18plus=True)``: DUO's flowchart order at 18+."""
    casus = {"leeftijd_eerste_verzuimdag": 19, "ziek": False, "vakantie_zonder_verlof": True}
    pad = schrijf(tmp_path, json.dumps(casus | {"peildatum": "2026-09-14"}))
    assert main(["beoordeel", pad]) == 0
    assert json.loads(capsys.readouterr().out)["verzuimsoort"] == "overig_verzuim"
    assert main(["beoordeel", pad, "--luxe-verzuim-18plus"]) == 0
    assert json.loads(capsys.readouterr().out)["verzuimsoort"] == "luxe_verzuim"
