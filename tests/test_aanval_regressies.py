"""Regression tests for what the hostile testing of issue 11 found, one per bug, named after it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verzuimregels.cli import EXIT_GEBRUIK, main

STATUS = {"geboortedatum": "2012-03-10", "peildatum": "2026-09-01"}
BOM = b"\xef\xbb\xbf"


# --- A damaged byte-order mark in JSON input was skipped with the two bytes after it ---------------


@pytest.mark.parametrize(
    ("begin", "melding"),
    [
        (b"\xef\x00\x00", "damaged byte-order mark"),
        (b"\xefAB", "damaged byte-order mark"),  # 'AB' were eaten as the rest of a mark
        (b"\xef\xbb", "damaged byte-order mark"),
        (b"\xef\xbb\xbe", "damaged byte-order mark"),
        (BOM + BOM, "doubled byte-order mark"),
        (b"  " + BOM, "doubled byte-order mark, or one after its start"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
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
    assert "damaged byte-order mark" in capsys.readouterr().err


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
    assert "case 1: key(s) 4 of the case are not known" in fout
    assert "111222333" not in fout
    assert "Jansen" not in fout
