"""The commands ``status`` and ``verlof``: shapes in and out, error rows, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verzuimregels.cli import main

VOORBEELDEN = Path(__file__).parents[1] / "examples"


def test_status_voorbeelden(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(VOORBEELDEN / "status.jsonl")]) == 1  # the last row is a bad one
    rijen = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert [r.get("status") for r in rijen[:5]] == [
        "leerplichtig",
        "kwalificatieplichtig",
        "kwalificatieplichtig",
        "rmc",
        "geen",
    ]
    fout = rijen[5]["fout"]
    assert fout["rij"] == 6
    assert fout["fouten"][0]["veld"] == "geboortedatum"
    assert "2027" not in json.dumps(fout)


def test_status_engels_met_regio_en_29_februari(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "v.json"
    pad.write_text(json.dumps({"geboortedatum": "2008-02-29", "peildatum": "2026-02-28"}))
    assert (
        main(
            ["status", str(pad), "--taal", "en", "--regio", "zuid", "--verjaardag-29-februari", "28_februari"]
        )
        == 0
    )
    uit = json.loads(capsys.readouterr().out)
    assert uit["status"] == "rmc"
    assert uit["toelichting"].startswith("In the RMC (Doorstroompunt) age group")


def test_verlof_voorbeelden(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verlof", str(VOORBEELDEN / "verlof.json"), "--regio", "noord"]) == 0
    uit = json.loads(capsys.readouterr().out)
    assert [r["beslissing"] for r in uit] == ["hoofd_deels", "niet_mogelijk", "leerplichtambtenaar", "hoofd"]
    assert uit[0]["grens"] == 10


def test_verlof_kalenderdagen_en_fouten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "v.jsonl"
    rijen = [
        {
            "soort": "gewichtige_omstandigheden",
            "eerste_dag": "2026-03-02",
            "laatste_dag": "2026-03-13",
            "aangevraagd_op": "2026-02-01",
        },
        {
            "soort": "vakantie",
            "eerste_dag": "2026-03-02",
            "laatste_dag": "2026-03-01",
            "aangevraagd_op": "2026-02-01",
            "beroepsgrond": True,
        },
        [1, 2],
    ]
    pad.write_text("\n".join(json.dumps(r) for r in rijen))
    assert main(["verlof", str(pad), "--verlofdagen", "kalenderdagen"]) == 1
    uit = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert uit[0]["beslissing"] == "leerplichtambtenaar"  # twelve calendar days
    assert uit[1]["fout"]["fouten"][0]["veld"] == "laatste_dag"
    assert uit[2]["fout"]["fouten"][0]["regel"] == "geen_object"


def test_schemas_van_status_en_verlof(capsys: pytest.CaptureFixture[str]) -> None:
    from verzuimregels.status import Statusvraag
    from verzuimregels.verlof import Verlofoordeel

    for naam in ("statusvraag", "statusoordeel", "verlofaanvraag", "verlofoordeel"):
        assert main(["schema", naam]) == 0
        schema = json.loads(capsys.readouterr().out)
        if naam == "statusvraag":
            assert set(schema["properties"]) == set(Statusvraag.model_fields)
        if naam == "verlofoordeel":
            assert set(schema["properties"]) == set(Verlofoordeel.model_fields)
