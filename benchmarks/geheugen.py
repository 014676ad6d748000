"""Benchmark: peak memory of every command on a large input (issue 11: at most 150 MB each).

Run:  python -m benchmarks.geheugen [--mb 200] [--basis-mb 2] [--commando beoordeel ...] [--map DIR]

For each command an input of about ``--mb`` MB and one of ``--basis-mb`` MB is made once in ``--map``
(default ``/tmp/verzuimregels-geheugen``, kept for later runs, never in the repository) from the
shipped examples (rows repeated, keys numbered): JSON arrays for ``beoordeel``, ``status``, ``verlof``,
``analyseer``, ``werklijst``, ``valideer`` and ``toets``; JSON Lines for ``thuiszitters``; the records
CSV for ``analyseer`` (grouped, and with ``--volgorde willekeurig``) and the melding CSV for
``valideer``; a Magister export with its pupils file for ``analyseer --bron magister``. Making the
inputs is not measured. Each run is a fresh ``verzuimregels`` process (output to ``/dev/null``) started
by a tiny launcher (Linux keeps a parent's peak RSS across fork and exec); the report gives its peak
resident memory (``wait4`` rusage, ``ru_maxrss``), CPU time and wall time, and the ratios of the large
run to the baseline run of the same command in the same invocation, beside the memory of a process
that only starts the command line. ``nproc`` and the load average are printed beside the figures,
and a Markdown table at the end. Exit 1 when a command goes over 150 MB or fails.
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
INVOER: dict[str, tuple[str, Maker]] = {
    "casussen": ("json", lambda p, mb: json_array(p, "casussen.json", mb)),
    "status": ("json", lambda p, mb: json_array(p, "status.jsonl", mb)),
    "verlof": ("json", lambda p, mb: json_array(p, "verlof.json", mb)),
    "leerlingen": ("json", lambda p, mb: json_array(p, "leerlingen.json", mb)),
    "records": ("csv", lambda p, mb: csv_bestand(p, "verzuim.csv", mb, "leerling")),
    "magister": ("json", lambda p, mb: _magister(p, mb)),
    "meldingen-json": ("json", lambda p, mb: _meldingen_json(p, mb)),
    "meldingen-csv": ("csv", lambda p, mb: csv_bestand(p, "meldingen.csv", mb, "sleutel")),
    "gemeente": ("jsonl", lambda p, mb: json_array(p, "gemeente.jsonl", mb, jsonl=True)),
    "toetsgevallen": ("json", lambda p, mb: _toetsgevallen(p, mb)),
}
"""Per kind of input: its suffix and how to make it (``pad``, MB) -> rows. Made once per size in
``--map`` and reused by every command (and every later run) that reads it; making it is not measured."""

COMMANDO_S: dict[str, tuple[str, list[str]]] = {
    "beoordeel": ("casussen", ["beoordeel", "{bestand}"]),
    "status": ("status", ["status", "{bestand}"]),
    "verlof": ("verlof", ["verlof", "{bestand}"]),
    "analyseer-json": ("leerlingen", ["analyseer", "{bestand}", *PEIL]),
    "analyseer-csv": ("records", ["analyseer", "{bestand}", *PEIL, "--onderwijssoort", "vo"]),
    "analyseer-csv-willekeurig": (
        "records",
        ["analyseer", "{bestand}", *PEIL, "--onderwijssoort", "vo", "--volgorde", "willekeurig"],
    ),
    "analyseer-export": (
        "magister",
        ["analyseer", "{bestand}", *PEIL, "--bron", "magister", "--leerlingen", "{leerlingen}"],
    ),
    "valideer-json": ("meldingen-json", ["valideer", "{bestand}", *PEIL]),
    "valideer-csv": ("meldingen-csv", ["valideer", "{bestand}", *PEIL]),
    "werklijst": ("leerlingen", ["werklijst", "{bestand}", *PEIL]),
    "thuiszitters": ("gemeente", ["thuiszitters", "{bestand}", *PEIL]),
    "toets": ("toetsgevallen", ["toets", "{bestand}"]),
}
"""Per run: the kind of input and the command line (``{bestand}``: the input; ``{leerlingen}``: the
pupils file that goes with a school-system export)."""


TOETS_MB = 9.9
"""``toets`` reads its file whole and refuses one over 10 MB (``cli/toets.py``): it is measured at this
size at most (and its large run is then this size, whatever ``--mb`` says)."""


def _magister(pad: Path, mb: float) -> int:
    """A Magister absences export and its pupils file (``<name>-leerlingen.csv`` beside it)."""
    from .export_stroom import magister_json

    return magister_json(pad, _leerlingen(pad), mb)


def _leerlingen(pad: Path) -> Path:
    return pad.with_name(pad.stem + "-leerlingen.csv")


def _toetsgevallen(pad: Path, mb: float) -> int:
    """The worked cases of ``examples/toetsgevallen.yaml`` as a JSON list, repeated (needs PyYAML)."""
    import yaml

    gevallen = yaml.safe_load((VOORBEELDEN / "toetsgevallen.yaml").read_text(encoding="utf-8"))
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8") as f:
        f.write("[")
        while geschreven < doel:
            for geval in gevallen:
                n += 1
                stuk = ("," if n > 1 else "") + json.dumps(
                    {**geval, "naam": f"{geval['naam']} #{n}"}, default=str
                )
                f.write(stuk)
                geschreven += len(stuk)
        f.write("]\n")
    return n


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


def invoer(map_: Path, soort: str, mb: float) -> tuple[Path, int]:
    """The input of ``soort`` at ``mb`` MB in ``map_``: made now, or the one an earlier run made."""
    suffix, maak = INVOER[soort]
    pad = map_ / f"{soort}-{mb:g}mb.{suffix}"
    teller = pad.with_name(pad.name + ".rijen")
    if not (pad.exists() and teller.exists()):
        teller.unlink(missing_ok=True)
        rijen = maak(pad, mb)
        teller.write_text(str(rijen))  # written last: a file without it was not finished
    return pad, int(teller.read_text())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.geheugen", description=__doc__)
    p.add_argument("--mb", type=float, default=200.0, help="size of the large inputs (MB)")
    p.add_argument("--basis-mb", type=float, default=2.0, help="size of the baseline inputs (MB)")
    p.add_argument("--commando", action="append", choices=sorted(COMMANDO_S), help="only these (repeatable)")
    p.add_argument(
        "--map",
        type=Path,
        default=Path(tempfile.gettempdir()) / "verzuimregels-geheugen",
        help="where the inputs are made and kept for later runs (default: /tmp/verzuimregels-geheugen)",
    )
    args = p.parse_args(argv)
    args.map.mkdir(parents=True, exist_ok=True)
    print(f"nproc {os.cpu_count()}  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    leeg, _, _, _ = meet(["--version"])
    print(f"baseline: the command line alone (--version) peak RSS {leeg:.1f} MB", flush=True)
    te_veel, tabel = [], []
    for naam in args.commando or list(COMMANDO_S):
        soort, opdracht = COMMANDO_S[naam]
        gemeten = []
        for maat, mb in (("basis", args.basis_mb), ("groot", args.mb)):
            if naam == "toets" and mb > TOETS_MB:  # toets refuses a larger file (exit 2)
                mb = TOETS_MB
            pad, rijen = invoer(args.map, soort, mb)
            grootte = pad.stat().st_size / 1_000_000
            regel = [a.format(bestand=pad, leerlingen=_leerlingen(pad)) for a in opdracht]
            rss, cpu, wand, code = meet(regel)
            gemeten.append((grootte, rss, cpu))
            print(
                f"{naam:<26} {maat:<6} {grootte:7.1f} MB {rijen:>9} rows  peak RSS {rss:7.1f} MB  "
                f"CPU {cpu:7.1f} s  wall {wand:7.1f} s  exit {code}",
                flush=True,
            )
            if code not in (0, 1):
                te_veel.append(f"{naam}: exit {code}")
        (g0, r0, c0), (g1, r1, c1) = gemeten
        print(
            f"{'':<26} ratio  size ×{g1 / g0:.0f}  peak RSS ×{r1 / r0:.2f} (×{r1 / leeg:.2f} of the bare "
            f"command line)  CPU ×{c1 / max(c0, 1e-3):.0f}  {'OK' if r1 <= GRENS_MB else 'OVER'} "
            f"(limit {GRENS_MB:.0f} MB)",
            flush=True,
        )
        tabel.append(
            f"| `{naam}` | {g0:.1f} MB / {g1:.1f} MB | {r0:.1f} MB / {r1:.1f} MB | {c0:.1f} s / {c1:.1f} s |"
        )
        if r1 > GRENS_MB:
            te_veel.append(f"{naam}: {r1:.0f} MB")
    print(f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("\n| command | input (basis / large) | peak RSS | CPU |\n|---|---|---|---|")
    print("\n".join(tabel))
    if te_veel:
        print("over the limit or failed: " + "; ".join(te_veel))
    return 1 if te_veel else 0


if __name__ == "__main__":
    sys.exit(main())
