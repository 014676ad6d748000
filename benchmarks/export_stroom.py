"""Benchmark: a 100 MB export analysed by the command line, streamed per pupil, with bounded memory.

Run:  python -m benchmarks.export_stroom [--mb 100] [--basis-mb 1]

Two exports are generated in a temporary directory, each at ``--mb`` and at the baseline size
``--basis-mb``: a records CSV as Excel writes it in a Dutch locale (``;``, cp1252, ``d-m-jjjj``, ``J``/``N``,
CRLF; read with ``--encoding cp1252``) and a Magister absences JSON array with its pupils file. Each is
analysed by ``verzuimregels analyseer`` in a fresh process (output to ``/dev/null``); the report gives per
run the peak resident memory of that process (``wait4`` rusage), its CPU time and wall time, and the
ratios of the large run to the baseline run measured in the same invocation: memory bounded means a
peak ratio near 1 while the size ratio is ``--mb / --basis-mb``. ``nproc`` and the load average are
printed beside the figures (the machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PEILDATUM = date(2026, 7, 15)
_REDENEN = ("ongeoorloofd", "ongeoorloofd", "ziek", "te_laat", "vakantie", "ongeoorloofd")
_MAGISTER = ((1, False, "AB"), (1, False, "AB"), (2, False, "TL"), (3, True, "ZK"), (7, False, "BV"))


def _lesdagen(generator: random.Random, aantal: int) -> list[date]:
    begin = date(2025, 9, 1)
    dagen = {begin + timedelta(days=generator.randrange(300)) for _ in range(aantal)}
    return sorted(d for d in dagen if d.weekday() < 5)


def records_csv(pad: Path, mb: float, seed: int = 1) -> int:
    """A records CSV of about ``mb`` MB, Dutch Excel style; returns the number of pupils."""
    generator = random.Random(seed)
    doel = int(mb * 1_000_000)
    geschreven = 0
    n = 0
    with open(pad, "w", encoding="cp1252", newline="") as f:
        kop = "leerling;geboortedatum;startkwalificatie;datum;reden;uren;van;tot;gemeld_op;sleutel\r\n"
        f.write(kop)
        geschreven += len(kop)
        while geschreven < doel:
            n += 1
            sleutel = f"Leerling-{n:07d}-é"
            geboren = date(
                2009 + generator.randrange(6), 1 + generator.randrange(12), 1 + generator.randrange(28)
            )
            geboren_tekst = f"{geboren.day}-{geboren.month}-{geboren.year}"
            regels = []
            for i, dag in enumerate(_lesdagen(generator, generator.randrange(5, 60))):
                reden = generator.choice(_REDENEN)
                uren = (
                    "" if generator.random() < 0.5 or reden == "te_laat" else f"{generator.randrange(1, 4)},5"
                )
                van, tot = ("8:30", "9:10") if reden == "te_laat" else ("", "")
                dagt = f"{dag.day}-{dag.month}-{dag.year}"
                regels.append(f"{sleutel};{geboren_tekst};N;{dagt};{reden};{uren};{van};{tot};;r{n}-{i}\r\n")
            blok = "".join(regels) or f"{sleutel};{geboren_tekst};N;;;;;;;\r\n"
            f.write(blok)
            geschreven += len(blok.encode("cp1252"))
    return n


def magister_json(pad: Path, leerlingen: Path, mb: float, seed: int = 2) -> int:
    """A Magister absences array of about ``mb`` MB and its pupils file; returns the number of pupils."""
    generator = random.Random(seed)
    doel = int(mb * 1_000_000)
    geschreven = 0
    n = 0
    with open(pad, "w", encoding="utf-8") as f, open(leerlingen, "w", encoding="utf-8") as leerlingbestand:
        leerlingbestand.write("leerling,geboortedatum,onderwijssoort,regio,lesuur_minuten,uren_per_lesdag\n")
        f.write("[")
        while geschreven < doel:
            n += 1
            geboren = date(
                2009 + generator.randrange(6), 1 + generator.randrange(12), 1 + generator.randrange(28)
            )
            leerlingbestand.write(f"{n},{geboren.isoformat()},vo,midden,50,7\n")
            for dag in _lesdagen(generator, generator.randrange(3, 25)):
                for lesuur in sorted(generator.sample(range(1, 8), generator.randrange(1, 4))):
                    soort, geoorloofd, code = generator.choice(_MAGISTER)
                    start = time_utc(dag, lesuur)
                    item = {
                        "leerling": str(n),
                        "Id": generator.randrange(10**9),
                        "Start": start[0],
                        "Eind": start[1],
                        "Lesuur": lesuur,
                        "Geoorloofd": geoorloofd,
                        "Omschrijving": "omschrijving",
                        "Code": code,
                        "Verantwoordingtype": soort,
                        "Afspraak": {"Id": generator.randrange(10**9), "Omschrijving": "les"},
                    }
                    tekst = ("," if geschreven else "") + json.dumps(item)
                    f.write(tekst)
                    geschreven += len(tekst)
        f.write("]\n")
    return n


def time_utc(dag: date, lesuur: int) -> tuple[str, str]:
    """Start and end of lesuur ``lesuur`` (50 minutes from 08:30 Amsterdam) in UTC, as Magister writes."""
    verschuiving = 2 if date(2026, 3, 29) <= dag < date(2026, 10, 25) or dag < date(2025, 10, 26) else 1
    begin = 8 * 60 + 30 + 50 * (lesuur - 1) - 60 * verschuiving
    return tuple(  # type: ignore[return-value]
        f"{dag.isoformat()}T{m // 60:02d}:{m % 60:02d}:00.0000000Z" for m in (begin, begin + 50)
    )


def meet(args: list[str]) -> tuple[float, float, float, int]:
    """Peak RSS (MB), CPU seconds, wall seconds and exit code of ``verzuimregels`` run with ``args``."""
    omgeving = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    begin = time.perf_counter()
    with open(os.devnull, "wb") as niets:
        proces = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "verzuimregels", *args], stdout=niets, stderr=niets, env=omgeving
        )
        _, status, gebruik = os.wait4(proces.pid, 0)
    wand = time.perf_counter() - begin
    return (
        gebruik.ru_maxrss / 1024,
        gebruik.ru_utime + gebruik.ru_stime,
        wand,
        os.waitstatus_to_exitcode(status),
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.export_stroom", description=__doc__)
    p.add_argument("--mb", type=float, default=100.0, help="size of the large exports (MB)")
    p.add_argument("--basis-mb", type=float, default=1.0, help="size of the baseline exports (MB)")
    args = p.parse_args(argv)
    print(f"nproc {os.cpu_count()}  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp)
        rijen = []
        for naam, mb in (("basis", args.basis_mb), ("groot", args.mb)):
            csv_pad = map_ / f"{naam}.csv"
            aantal_csv = records_csv(csv_pad, mb)
            json_pad, leerlingen_pad = map_ / f"{naam}.json", map_ / f"{naam}-leerlingen.csv"
            aantal_json = magister_json(json_pad, leerlingen_pad, mb)
            peil = ["--peildatum", PEILDATUM.isoformat()]
            csv_args = ["analyseer", str(csv_pad), *peil, "--encoding", "cp1252", "--onderwijssoort", "vo"]
            json_args = [
                "analyseer",
                str(json_pad),
                *peil,
                "--bron",
                "magister",
                "--leerlingen",
                str(leerlingen_pad),
            ]
            for soort, opdracht, n, pad in (
                ("records CSV (Excel, cp1252)", csv_args, aantal_csv, csv_pad),
                ("Magister JSON", json_args, aantal_json, json_pad),
            ):
                rss, cpu, wand, code = meet(opdracht)
                grootte = pad.stat().st_size / 1_000_000
                rijen.append((naam, soort, grootte, n, rss, cpu, wand, code))
                print(
                    f"{naam:<6} {soort:<28} {grootte:7.1f} MB {n:>7} pupils  peak RSS {rss:7.1f} MB  "
                    f"CPU {cpu:7.1f} s  wall {wand:7.1f} s  exit {code}",
                    flush=True,
                )
    for soort in ("records CSV (Excel, cp1252)", "Magister JSON"):
        basis = next(r for r in rijen if r[0] == "basis" and r[1] == soort)
        groot = next(r for r in rijen if r[0] == "groot" and r[1] == soort)
        print(
            f"ratio {soort:<28} size ×{groot[2] / basis[2]:.0f}  peak RSS ×{groot[4] / basis[4]:.2f}  "
            f"CPU ×{groot[5] / basis[5]:.0f}  ({groot[2] / groot[5]:.2f} MB per CPU second)"
        )
    print(f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0 if all(r[7] in (0, 1) for r in rijen) else 1


if __name__ == "__main__":
    sys.exit(main())
