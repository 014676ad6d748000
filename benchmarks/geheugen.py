"""Benchmark: peak memory of every command on a large input (issue 11: at most 150 MB each).

Run:  python -m benchmarks.geheugen [--mb 200] [--basis-mb 2] [--commando beoordeel ...]

For each command an input of about ``--mb`` MB and one of ``--basis-mb`` MB is generated in a temporary
directory from the shipped examples (rows repeated, keys numbered): a JSON array for ``beoordeel``,
``status``, ``verlof``, ``analyseer``, ``werklijst`` and ``valideer``, JSON Lines for ``thuiszitters``
(its only shape), and the records CSV for ``analyseer`` and the melding CSV for ``valideer``. Each run is
a fresh ``verzuimregels`` process (output to ``/dev/null``); the report gives its peak resident memory
(``wait4`` rusage, ``ru_maxrss``), CPU time and wall time, and the ratios of the large run to the
baseline run of the same command in the same invocation, beside the memory of a process that only
imports the command line. ``nproc`` and the load average are printed beside the figures.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_MEETPROCES = """
import os, sys
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)
_, status, r = os.wait4(pid, 0)
print(r.ru_maxrss, r.ru_utime + r.ru_stime, os.waitstatus_to_exitcode(status))
"""
"""A small process that starts the command and reports its rusage: Linux keeps a process's peak RSS
across fork and exec, so a command started straight from a large parent (``python -m benchmarks``
after the in-process benchmarks) would report the parent's peak instead of its own."""


def meet(args: list[str]) -> tuple[float, float, float, int]:
    """Peak RSS (MB), CPU seconds, wall seconds and exit code of ``verzuimregels`` run with ``args``."""
    omgeving = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    begin = time.perf_counter()
    uit = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-S", "-c", _MEETPROCES, sys.executable, "-m", "verzuimregels", *args],
        env=omgeving,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        check=True,
        text=True,
    )
    wand = time.perf_counter() - begin
    rss, cpu, code = uit.stdout.split()[-3:]
    return int(rss) / 1024, float(cpu), wand, int(code)


VOORBEELDEN = Path(__file__).parents[1] / "examples"
GRENS_MB = 150.0
PEIL = ["--peildatum", "2026-07-15"]


def _json_rijen(naam: str) -> list[Any]:
    tekst = (VOORBEELDEN / naam).read_text(encoding="utf-8")
    if naam.endswith(".jsonl"):
        return [json.loads(r) for r in tekst.splitlines() if r.strip()]
    waarde = json.loads(tekst)
    return waarde if isinstance(waarde, list) else [waarde]


def _genummerd(rij: Any, n: int) -> Any:
    """A copy of ``rij`` with its own key (pupils need distinct keys)."""
    if isinstance(rij, dict) and "sleutel" in rij:
        return {**rij, "sleutel": f"{rij['sleutel']}-{n}"}
    return rij


def json_array(pad: Path, voorbeeld: str, mb: float, *, jsonl: bool = False) -> int:
    """A JSON array (or JSON Lines) of about ``mb`` MB, the example's rows repeated; returns the rows."""
    rijen = _json_rijen(voorbeeld)
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8") as f:
        if not jsonl:
            f.write("[")
        while geschreven < doel:
            blok = []
            for rij in rijen:
                n += 1
                tekst = json.dumps(_genummerd(rij, n), ensure_ascii=False)
                blok.append(tekst + "\n" if jsonl else ("," if n > 1 else "") + tekst)
            stuk = "".join(blok)
            f.write(stuk)
            geschreven += len(stuk)
        if not jsonl:
            f.write("]\n")
    return n


def csv_bestand(pad: Path, voorbeeld: str, mb: float, sleutelkolom: str) -> int:
    """The example CSV's data rows repeated to about ``mb`` MB, keys numbered; returns the rows."""
    tekst = (VOORBEELDEN / voorbeeld).read_text(encoding="utf-8")
    scheiding = ";" if tekst.split("\n", 1)[0].count(";") > tekst.split("\n", 1)[0].count(",") else ","
    lezer = csv.DictReader(io.StringIO(tekst), delimiter=scheiding)
    kop, rijen = list(lezer.fieldnames or ()), list(lezer)
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8", newline="") as f:
        schrijver = csv.DictWriter(f, kop, delimiter=scheiding, lineterminator="\n")
        schrijver.writeheader()
        herhaling = 0
        while geschreven < doel:
            herhaling += 1
            buffer = io.StringIO()
            w = csv.DictWriter(buffer, kop, delimiter=scheiding, lineterminator="\n")
            for rij in rijen:
                n += 1
                w.writerow({**rij, sleutelkolom: f"{rij[sleutelkolom]}-{herhaling}"})
            stuk = buffer.getvalue()
            f.write(stuk)
            geschreven += len(stuk)
    return n


Maker = Callable[[Path, float], int]
COMMANDO_S: dict[str, tuple[str, Maker, list[str]]] = {
    "beoordeel": ("json", lambda p, mb: json_array(p, "casussen.json", mb), ["beoordeel"]),
    "status": ("json", lambda p, mb: json_array(p, "status.jsonl", mb), ["status"]),
    "verlof": ("json", lambda p, mb: json_array(p, "verlof.json", mb), ["verlof"]),
    "analyseer-json": ("json", lambda p, mb: json_array(p, "leerlingen.json", mb), ["analyseer", *PEIL]),
    "analyseer-csv": (
        "csv",
        lambda p, mb: csv_bestand(p, "verzuim.csv", mb, "leerling"),
        ["analyseer", *PEIL, "--onderwijssoort", "vo"],
    ),
    "valideer-json": ("json", lambda p, mb: _meldingen_json(p, mb), ["valideer", *PEIL]),
    "valideer-csv": (
        "csv",
        lambda p, mb: csv_bestand(p, "meldingen.csv", mb, "sleutel"),
        ["valideer", *PEIL],
    ),
    "werklijst": ("json", lambda p, mb: json_array(p, "leerlingen.json", mb), ["werklijst", *PEIL]),
    "thuiszitters": (
        "jsonl",
        lambda p, mb: json_array(p, "gemeente.jsonl", mb, jsonl=True),
        ["thuiszitters", *PEIL],
    ),
}
"""Per run: the input's suffix, how to make it, and the command line (the file is inserted second)."""


def _meldingen_json(pad: Path, mb: float) -> int:
    """The example meldingen as a JSON array (from the CSV: cells as JSON strings, empty ones left out)."""
    tekst = (VOORBEELDEN / "meldingen.csv").read_text(encoding="utf-8")
    rijen = [{k: v for k, v in r.items() if v} for r in csv.DictReader(io.StringIO(tekst), delimiter=";")]
    bron = pad.with_suffix(".bron.json")
    bron.write_text(json.dumps(rijen), encoding="utf-8")
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8") as f:
        f.write("[")
        while geschreven < doel:
            for rij in rijen:
                n += 1
                stuk = ("," if n > 1 else "") + json.dumps({**rij, "sleutel": f"m-{n}"}, ensure_ascii=False)
                f.write(stuk)
                geschreven += len(stuk)
        f.write("]\n")
    bron.unlink()
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.geheugen", description=__doc__)
    p.add_argument("--mb", type=float, default=200.0, help="size of the large inputs (MB)")
    p.add_argument("--basis-mb", type=float, default=2.0, help="size of the baseline inputs (MB)")
    p.add_argument("--commando", action="append", choices=sorted(COMMANDO_S), help="only these (repeatable)")
    args = p.parse_args(argv)
    print(f"nproc {os.cpu_count()}  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    leeg, _, _, _ = meet(["--version"])
    print(f"baseline: the command line alone (--version) peak RSS {leeg:.1f} MB", flush=True)
    te_veel = []
    with tempfile.TemporaryDirectory() as tmp:
        for naam in args.commando or list(COMMANDO_S):
            suffix, maak, opdracht = COMMANDO_S[naam]
            gemeten = []
            for soort, mb in (("basis", args.basis_mb), ("groot", args.mb)):
                pad = Path(tmp) / f"{naam}-{soort}.{suffix}"
                rijen = maak(pad, mb)
                grootte = pad.stat().st_size / 1_000_000
                rss, cpu, wand, code = meet([opdracht[0], str(pad), *opdracht[1:]])
                pad.unlink()
                gemeten.append((grootte, rss, cpu))
                print(
                    f"{naam:<15} {soort:<6} {grootte:7.1f} MB {rijen:>9} rows  peak RSS {rss:7.1f} MB  "
                    f"CPU {cpu:7.1f} s  wall {wand:7.1f} s  exit {code}",
                    flush=True,
                )
                if code not in (0, 1):
                    te_veel.append(f"{naam}: exit {code}")
            (g0, r0, c0), (g1, r1, c1) = gemeten
            print(
                f"{'':<15} ratio  size ×{g1 / g0:.0f}  peak RSS ×{r1 / r0:.2f} (×{r1 / leeg:.2f} of the bare "
                f"command line)  CPU ×{c1 / max(c0, 1e-3):.0f}  {'OK' if r1 <= GRENS_MB else 'OVER'} "
                f"(limit {GRENS_MB:.0f} MB)",
                flush=True,
            )
            if r1 > GRENS_MB:
                te_veel.append(f"{naam}: {r1:.0f} MB")
    print(f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if te_veel:
        print("over the limit or failed: " + "; ".join(te_veel))
    return 1 if te_veel else 0


if __name__ == "__main__":
    sys.exit(main())
