"""Spreadsheet-safe CSV (issue 11): no cell can start a formula in a spreadsheet that splits on ``,``
or ``;``, and no cell can break a row; for every CSV the library writes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels.cli import main
from verzuimregels.spreadsheet import GEVAARLIJK, is_veilig, veilige_cel

_TEKENS = st.text(
    alphabet=st.sampled_from([*"=+-@;,\t\r\n \"'a1", "\u2028", "\x1b", "\uff1d", "\u00a0", "\x85"]),
    max_size=30,
)


@settings(max_examples=300)
@given(_TEKENS | st.text(max_size=30))
def test_geen_deel_van_een_cel_begint_een_formule(cel: str) -> None:
    veilig = veilige_cel(cel)
    assert is_veilig(veilig)
    for deel in re.split("[,;]", veilig):
        assert deel.lstrip()[:1] not in GEVAARLIJK
    assert "\r" not in veilig
    assert "\n" not in veilig


@pytest.mark.parametrize(
    ("cel", "veilig"),
    [
        ("=1+1", "'=1+1"),
        ("lln\r=HYPERLINK(1)", "lln =HYPERLINK(1)"),  # issue 11: a CR inside a pupil key
        ("lln;=HYPERLINK(1)", "lln;'=HYPERLINK(1)"),  # issue 11: the Dutch list separator splits it
        ("2026-03-02=dag;2026-03-03=1,2", "2026-03-02=dag;2026-03-03=1,2"),
        ("gewoon", "gewoon"),
    ],
)
def test_voorbeelden(cel: str, veilig: str) -> None:
    assert veilige_cel(cel) == veilig


def _cellen(tekst: str) -> list[str]:
    """Every cell of a CSV text as a spreadsheet could see it: split on ',' and on ';', lines on CR/LF."""
    uit: list[str] = []
    for scheiding in ",;":
        for rij in csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding):
            uit.extend(rij)
        uit.extend(re.split("[,;\r\n]", tekst))
    return uit


def test_valideer_csv_met_vijandige_sleutels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sleutels = ["a\r=1+1", "b;=HYPERLINK(1)", "c,@SUM(A1)", "d\n-2+3", "e\t=1"]
    meldingen = [{"sleutel": s, "verzuimsoort": "V3", "begindatum": "2026-03-02"} for s in sleutels]
    pad = tmp_path / "m.json"
    pad.write_text(json.dumps(meldingen))
    main(["valideer", str(pad), "--formaat", "csv"])
    uit = capsys.readouterr().out
    assert len(uit.splitlines()) == len(list(csv.reader(io.StringIO(uit))))  # no cell breaks a row
    for cel in _cellen(uit):
        assert cel.lstrip()[:1] not in GEVAARLIJK, cel
