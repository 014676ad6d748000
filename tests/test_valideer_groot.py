"""A 100 MB file of meldingen is streamed: peak memory stays bounded, every row is reported.

Runs the command line in a child process and reads its peak resident set size (``ru_maxrss``) from
the child itself, compared with the same command on a one-row file. Marked ``groot``: it runs in CI
(13 s on 2 idle cores, about 40 s when they are shared); skip it locally with ``-m "not groot"``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import verzuimregels
from verzuimregels.melding import MELDINGVELDEN

from .test_melding_bevindingen import GOED, met

HONDERD_MB = 100 * 1024 * 1024
OMGEVING = {**os.environ, "PYTHONPATH": str(Path(verzuimregels.__file__).parents[1])}
"""The child imports the same verzuimregels as the test."""
BSNS = ("111222333", "123456782", "100000009", "100000010", "999999990")

_METEN = """
import os, resource, sys
from verzuimregels.cli import main
uit = open(os.devnull, "w")
sys.stdout = uit
code = main(sys.argv[1:])
sys.stdout = sys.__stdout__
print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _blok(start: int, aantal: int) -> str:
    """``aantal`` CSV rows of about 1 kB each (a toelichting too long), five pupils, one einddatum."""
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=MELDINGVELDEN, lineterminator="\n")
    for i in range(start, start + aantal):
        rij = met(
            sleutel=f"r{i}",
            bsn=BSNS[i % len(BSNS)],
            toelichting="t" * 750,
            vermoedelijke_reden="r" * 200,
            dagen="2026-03-02=1,2,3,4,5,6,7,8",
        )
        schrijver.writerow(rij)
    return uit.getvalue()


def _maak(pad: Path, grootte: int) -> int:
    """Write a CSV file of at least ``grootte`` bytes; returns the number of data rows."""
    kop = ",".join(MELDINGVELDEN) + "\n"
    blok = _blok(0, 1000).encode()
    rijen = 0
    with pad.open("wb") as f:
        f.write(kop.encode())
        geschreven = len(kop)
        while geschreven < grootte:
            f.write(blok)
            geschreven += len(blok)
            rijen += 1000
    return rijen


def _draai(pad: Path, *opties: str) -> tuple[int, int]:
    uit = subprocess.run(
        [sys.executable, "-c", _METEN, "valideer", str(pad), *opties],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        env=OMGEVING,
    )
    code, rss = uit.stdout.split()
    return int(code), int(rss)


@pytest.mark.groot
def test_100_mb_csv_met_begrensd_geheugen(tmp_path: Path) -> None:
    klein = tmp_path / "klein.csv"
    klein.write_text(",".join(MELDINGVELDEN) + "\n" + _blok(0, 1))
    _, basis = _draai(klein)
    groot = tmp_path / "groot.csv"
    rijen = _maak(groot, HONDERD_MB)
    assert groot.stat().st_size >= HONDERD_MB
    code, piek = _draai(groot, "--formaat", "csv")
    assert code == 1  # the same einddatum every 5 rows: vervolgmeldingen within 7 days
    # ru_maxrss is in kB on Linux: the 100 MB file costs less than 40 MB more than one row.
    assert piek - basis < 40 * 1024, (basis, piek, rijen)


def test_alle_rijen_in_het_rapport(tmp_path: Path) -> None:
    pad = tmp_path / "middel.csv"
    rijen = _maak(pad, 2 * 1024 * 1024)
    uit = subprocess.run(
        [sys.executable, "-m", "verzuimregels", "valideer", str(pad)],
        capture_output=True,
        check=False,
        timeout=600,
        env=OMGEVING,
    )
    rapport = json.loads(uit.stdout)
    assert uit.returncode == 1
    assert [r["rij"] for r in rapport["rijen"]] == list(range(1, rijen + 1))
    assert rapport["samenvatting"]["rijen"] == rijen
    assert GOED["bsn"] not in uit.stdout.decode()
