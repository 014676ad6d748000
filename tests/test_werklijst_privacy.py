"""Privacy canary for the worklist: no birth date, BSN or name from the input in any output format.

The pupils carry canary values where personal data sits (the birth date) or is smuggled in (a BSN
in a record's hours, a name and a BSN as extra fields). The key is the caller's pseudonym and is
the only thing that names a pupil in the output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verzuimregels.cli import main

GEBOREN = "2011-02-13"
BSN = "123456782"
NAAM = "Jantje Kanarie"
CANARIES = (GEBOREN, "13-02-2011", "2011-2-13", BSN, NAAM, "Kanarie")

SCHOOL = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
LEERLINGEN = [
    {
        "sleutel": "P-001",
        "geboortedatum": GEBOREN,
        "school": SCHOOL,
        "groep": "2B",
        "records": [
            {"datum": "2025-11-18", "reden": "ongeoorloofd", "uren": 6},
            {"datum": "2025-11-24", "reden": "ongeoorloofd", "uren": 5},
        ],
    },
    {
        "sleutel": "P-002",
        "geboortedatum": GEBOREN,
        "school": SCHOOL,
        "records": [{"datum": "2025-11-18", "reden": "ongeoorloofd", "uren": BSN}],
    },
    {"sleutel": "P-003", "geboortedatum": GEBOREN, "school": SCHOOL, "naam": NAAM, "bsn": BSN},
    {"sleutel": "P-004", "geboortedatum": BSN, "school": SCHOOL},
]


@pytest.mark.parametrize("formaat", ["tabel", "csv", "json", "html"])
def test_werklijst_lekt_geen_persoonsgegevens(
    formaat: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bestand = tmp_path / "leerlingen.json"
    bestand.write_text(json.dumps(LEERLINGEN), encoding="utf-8")
    code = main(["werklijst", str(bestand), "--peildatum", "2025-11-24", "--formaat", formaat])
    uit = capsys.readouterr()
    assert code == 1  # three pupils are invalid: listed, never echoed
    assert "P-001" in uit.out
    assert "P-004" in uit.out
    for canary in CANARIES:
        assert canary not in uit.out
        assert canary not in uit.err


def test_werklijst_csv_invoer_lekt_geen_persoonsgegevens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bestand = tmp_path / "records.csv"
    bestand.write_text(
        "leerling,geboortedatum,datum,reden,uren,groep\n"
        f"P-001,{GEBOREN},2025-11-18,ongeoorloofd,6,2B\n"
        f"P-002,{GEBOREN},2025-11-18,ongeoorloofd,{BSN}x,2B\n"
        f"P-003,{BSN},2025-11-18,ongeoorloofd,6,2B\n",
        encoding="utf-8",
    )
    for formaat in ("tabel", "csv", "json", "html"):
        args = ["werklijst", str(bestand), "--peildatum", "2025-11-24", "--onderwijssoort", "vo"]
        assert main([*args, "--formaat", formaat]) == 1
        uit = capsys.readouterr()
        for canary in CANARIES:
            assert canary not in uit.out + uit.err
