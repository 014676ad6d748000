"""Benchmark: cases per second for ``beoordeel`` on generated cases, single-threaded.

Run:  python -m benchmarks.keuzehulp [--aantal 100000] [--seed 1]

The baseline, measured in the same run on the same cases, is pydantic validation of the cases alone
(``Casus.model_validate``): the floor any typed API pays. The report gives both rates and their
ratio, so the figure means something on any machine. Peak memory is from ``tracemalloc`` over a
separate, smaller run (tracing slows the code down, so it is not timed).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import tracemalloc
from collections import Counter
from datetime import date, timedelta
from typing import Any

from verzuimregels import Casus, beoordeel


def genereer(aantal: int, seed: int) -> list[dict[str, Any]]:
    """Cases spread over the whole tree (every outcome occurs), reproducible from ``seed``."""
    rnd = random.Random(seed)
    casussen: list[dict[str, Any]] = []
    for _ in range(aantal):
        peildatum = date(2025, 8, 1) + timedelta(days=rnd.randrange(700))
        casus: dict[str, Any] = {
            "peildatum": peildatum.isoformat(),
            "ziek": rnd.random() < 0.2,
            "ziekte_twijfel": rnd.random() < 0.1,
            "vakantie_zonder_verlof": rnd.random() < 0.1,
            "aaneengesloten_dagen_afwezig": rnd.choice((0, 3, 10, 27, 28, 45, 90)),
            "ongeoorloofde_uren_4_lesweken": rnd.choice((0, 4, 12, 15.5, 16, 20, 40)),
            "afspraak_gemeente_18plus": rnd.random() < 0.5,
            "eerdere_melding_4_weken": rnd.random() < 0.4,
            "startkwalificatie": rnd.random() < 0.03,
        }
        if rnd.random() < 0.5:
            casus["leeftijd_eerste_verzuimdag"] = rnd.choice((4, 6, 9, 12, 14, 15, 16, 17, 18, 19, 21, 23))
        else:
            eerste = peildatum - timedelta(days=rnd.randrange(60))
            casus["eerste_verzuimdag"] = eerste.isoformat()
            casus["geboortedatum"] = (eerste - timedelta(days=rnd.randrange(4 * 365, 24 * 365))).isoformat()
        casussen.append(casus)
    return casussen


def _meet(functie: Any, casussen: list[dict[str, Any]]) -> float:
    begin = time.perf_counter()
    for casus in casussen:
        functie(casus)
    return time.perf_counter() - begin


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--aantal", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)

    casussen = genereer(args.aantal, args.seed)
    uitkomsten = Counter(beoordeel(c).verzuimsoort.value for c in casussen[:2000])  # warm-up too
    basis = _meet(Casus.model_validate, casussen)
    beoordeeld = _meet(beoordeel, casussen)

    tracemalloc.start()
    for casus in casussen[: min(10_000, len(casussen))]:
        beoordeel(casus)
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"cases: {len(casussen):,} (seed {args.seed}); outcomes in the first 2,000: {dict(uitkomsten)}")
    print(f"baseline  Casus.model_validate : {len(casussen) / basis:12,.0f} cases/s")
    print(f"beoordeel (single-threaded)    : {len(casussen) / beoordeeld:12,.0f} cases/s")
    print(f"ratio beoordeel / baseline     : {basis / beoordeeld:12.3f}  (1.0 = as fast as validation alone)")
    print(f"peak traced memory, 10,000 verdicts: {piek / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
