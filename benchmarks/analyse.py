"""Benchmark: pupils per second for ``analyseer`` on a generated school year, single-threaded.

Run:  python -m benchmarks.analyse [--aantal 1000] [--seed 1] [--herhaal 3]

The generator builds a school of ``--aantal`` pupils (vo, region midden, school year 2025/26) with
realistic absence: about 5% of lesdagen missed overall, mostly illness, some lateness and loose
unexcused hours, a few holidays without verlof, and a small group of long-term absentees. The
peildatum is the end of the school year, so every record counts.

The baseline, measured in the same run on the same pupils, is pydantic validation alone
(``Leerling.model_validate``): the floor any typed API pays. The report gives validation alone,
analysis of validated pupils, and both together, and the ratio analysis / validation.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from datetime import date
from typing import Any

from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie import Leerling, analyseer
from verzuimregels.registratie.tellen import jaarkalender

PEILDATUM = date(2026, 7, 15)
SCHOOL = {"onderwijssoort": "vo", "regio": "midden", "lesuur_minuten": 50, "uren_per_lesdag": 7}


def genereer(aantal: int, seed: int) -> list[dict[str, Any]]:
    """Pupils with one school year of records, reproducible from ``seed``."""
    generator = random.Random(seed)
    lesdagen = jaarkalender(Schoolkalender(regio=Regio.MIDDEN), 2025).lesdagen
    n = len(lesdagen)
    leerlingen: list[dict[str, Any]] = []
    for i in range(aantal):
        records: dict[int, dict[str, Any]] = {}

        def blok(start: int, lengte: int, reden: str, records: dict[int, dict[str, Any]] = records) -> None:
            for j in range(start, min(n, start + lengte)):
                records.setdefault(j, {"datum": lesdagen[j].isoformat(), "reden": reden})

        profiel = generator.random()
        for _ in range(generator.choice((1, 2, 2, 3, 3, 4))):  # illness spells
            blok(generator.randrange(n), generator.choice((1, 1, 2, 3, 5)), "ziek")
        for _ in range(generator.randrange(6)):  # lateness
            records.setdefault(
                j := generator.randrange(n),
                {"datum": lesdagen[j].isoformat(), "reden": "te_laat", "van": "08:30", "tot": "08:45"},
            )
        for _ in range(generator.randrange(4 if profiel < 0.85 else 12)):  # skipped lessons
            records.setdefault(
                j := generator.randrange(n),
                {
                    "datum": lesdagen[j].isoformat(),
                    "reden": "ongeoorloofd",
                    "uren": generator.choice((1, 2, 3)),
                },
            )
        if generator.random() < 0.03:
            blok(generator.randrange(n), generator.choice((2, 3, 5)), "vakantie")
        if generator.random() < 0.05:
            blok(generator.randrange(n), generator.choice((1, 2)), "verlof_14")
        if profiel > 0.985:  # long-term absentee
            blok(generator.randrange(n // 2), generator.randrange(20, 80), "ongeoorloofd")
        geboren = date(2008, 1, 1).toordinal() + generator.randrange(6 * 365)
        leerlingen.append(
            {
                "sleutel": f"L{i:06d}",
                "geboortedatum": date.fromordinal(geboren).isoformat(),
                "school": SCHOOL,
                "schooljaar": 2025,
                "records": [records[j] for j in sorted(records)],
            }
        )
    return leerlingen


def _meet(functie: Any, invoer: list[Any], herhaal: int) -> float:
    beste = float("inf")
    for _ in range(herhaal):
        begin = time.perf_counter()
        for x in invoer:
            functie(x)
        beste = min(beste, time.perf_counter() - begin)
    return beste


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--aantal", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--herhaal", type=int, default=3, help="timed runs; the best counts")
    args = p.parse_args(argv)

    ruw = genereer(args.aantal, args.seed)
    geldig = [Leerling.model_validate(x) for x in ruw]  # warm-up: calendar caches, imports
    afwezig = sum(len(x["records"]) for x in ruw)
    lesdagen = len(jaarkalender(Schoolkalender(regio=Regio.MIDDEN), 2025).lesdagen)
    soorten = Counter(
        m.verzuimsoort.value for leerling in geldig for m in analyseer(leerling, PEILDATUM).meldingen
    )

    basis = _meet(Leerling.model_validate, ruw, args.herhaal)
    analyse = _meet(lambda leerling: analyseer(leerling, PEILDATUM), geldig, args.herhaal)
    samen = _meet(lambda x: analyseer(x, PEILDATUM), ruw, args.herhaal)

    n = len(ruw)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        f"pupils: {n:,} (seed {args.seed}); records: {afwezig:,} ({afwezig / (n * lesdagen):.1%} of lesdagen)"
    )
    print(f"meldingen on {PEILDATUM}: {dict(soorten)}")
    print(f"baseline  Leerling.model_validate : {n / basis:10,.0f} pupils/s")
    print(f"analyseer (validated pupils)      : {n / analyse:10,.0f} pupils/s")
    print(f"analyseer (validate + analyse)    : {n / samen:10,.0f} pupils/s")
    print(
        f"ratio analysis / validation       : {analyse / basis:10.2f}  (time; 1.0 = as costly as validation)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
