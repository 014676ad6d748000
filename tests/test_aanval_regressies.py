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
