"""Benchmark: cases per second for ``beoordeel`` on generated cases, single-threaded.

Run:  python -m benchmarks.keuzehulp [--aantal 100000] [--seed 1]

The baseline, measured in the same run on the same cases, is pydantic validation of the cases alone
(``Casus.model_validate``): the floor any typed API pays. The report gives both rates and their
ratio, so the figure means something on any machine. Verdicts are KEPT in a list, as a caller keeps
them (the cyclic garbage collector walks what is kept: throwing verdicts away flatters the figure).
The cost of a case without its ``peildatum`` (judged on today's date) is measured against the same
cost with one on fresh cases for each arm (two more sets from other seeds, equally distributed, so
neither arm finds the other's dates in the caches), in the order with, without, without, with (each on
half of its set), so that neither arm gains from going second. The cases are also judged by GoRules ZEN
(:mod:`benchmarks.zen`, when ``zen-engine`` is installed) on the same tree. Every figure comes with CPU
and wall time and the load average. Peak memory is from ``tracemalloc`` over a separate, smaller run
(tracing slows the code down, so it is not timed).
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

from . import zen


def genereer(aantal: int, seed: int) -> list[dict[str, Any]]:
    """Cases spread over the whole tree (every outcome occurs), reproducible from ``seed``."""
    generator = random.Random(seed)
    casussen: list[dict[str, Any]] = []
    for _ in range(aantal):
        peildatum = date(2025, 8, 1) + timedelta(days=generator.randrange(700))
        casus: dict[str, Any] = {
            "peildatum": peildatum.isoformat(),
            "ziek": generator.random() < 0.2,
            "ziekte_twijfel": generator.random() < 0.1,
            "vakantie_zonder_verlof": generator.random() < 0.1,
            "aaneengesloten_dagen_afwezig": generator.choice((0, 3, 10, 27, 28, 45, 90)),
            "ongeoorloofde_uren_4_lesweken": generator.choice((0, 4, 12, 15.5, 16, 20, 40)),
            "afspraak_gemeente_18plus": generator.random() < 0.5,
            "eerdere_melding_4_weken": generator.random() < 0.4,
            "startkwalificatie": generator.random() < 0.03,
        }
        if generator.random() < 0.5:
            casus["leeftijd_eerste_verzuimdag"] = generator.choice(
                (4, 6, 9, 12, 14, 15, 16, 17, 18, 19, 21, 23)
            )
        else:
            eerste = peildatum - timedelta(days=generator.randrange(60))
            casus["eerste_verzuimdag"] = eerste.isoformat()
            casus["geboortedatum"] = (
                eerste - timedelta(days=generator.randrange(4 * 365, 24 * 365))
            ).isoformat()
        casussen.append(casus)
    return casussen


def _meet(functie: Any, casussen: list[Any]) -> tuple[float, float]:
    """Wall and CPU seconds for ``functie`` over ``casussen``, every result kept."""
    bewaard: list[Any] = []
    wand, cpu = time.perf_counter(), time.process_time()
    for casus in casussen:
        bewaard.append(functie(casus))
    uit = time.perf_counter() - wand, time.process_time() - cpu
    del bewaard
    return uit


def _zonder_peildatum(casussen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in c.items() if k != "peildatum"} for c in casussen]


def _met_en_zonder(aantal: int, seed: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Wall and CPU seconds of ``beoordeel`` with and without ``peildatum``, each arm on its own fresh
    cases (seeds ``seed + 1`` and ``seed + 2``), measured with, without, without, with."""
    met = genereer(aantal, seed + 1)
    zonder = _zonder_peildatum(genereer(aantal, seed + 2))
    helft = aantal // 2
    a1 = _meet(beoordeel, met[:helft])
    b1 = _meet(beoordeel, zonder[:helft])
    b2 = _meet(beoordeel, zonder[helft:])
    a2 = _meet(beoordeel, met[helft:])
    return (a1[0] + a2[0], a1[1] + a2[1]), (b1[0] + b2[0], b1[1] + b2[1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--aantal", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)

    casussen = genereer(args.aantal, args.seed)
    opwarmen = genereer(2000, args.seed + 3)  # its own cases: every measured set starts as cold
    uitkomsten = Counter(beoordeel(c).verzuimsoort.value for c in opwarmen)
    for c in [*opwarmen, *_zonder_peildatum(opwarmen)]:
        beoordeel(c)
    last_begin = os.getloadavg()[0]
    basis = _meet(Casus.model_validate, casussen)
    beoordeeld = _meet(beoordeel, casussen)
    met_peil, zonder_peil = _met_en_zonder(args.aantal, args.seed)
    zen_tijd: tuple[float, float] | None = None
    beslissing = zen.beslissing()
    if beslissing is not None:
        zen_invoer = [zen.invoer(c) for c in casussen]  # outside the timing (in ZEN's favour)
        beslissing.evaluate(zen_invoer[0])
        zen_tijd = _meet(beslissing.evaluate, zen_invoer)
    last = f"load {last_begin:.2f} -> {os.getloadavg()[0]:.2f}"

    tracemalloc.start()
    for casus in casussen[: min(10_000, len(casussen))]:
        beoordeel(casus)
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    n = len(casussen)
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: nproc {nproc}, Python {sys.version.split()[0]}, {last} (1-minute average)")
    print(f"cases: {n:,} (seed {args.seed}); outcomes of the 2,000 warm-up cases: {dict(uitkomsten)}")
    print(f"                                       wall clock         CPU time   (verdicts kept; {last})")
    regels = [
        ("baseline Casus.model_validate", basis),
        ("beoordeel, with peildatum", beoordeeld),
        ("  fresh cases, with peildatum", met_peil),
        ("  fresh cases, without peildatum", zonder_peil),
    ]
    if zen_tijd is not None:
        regels.append(("GoRules ZEN, same tree", zen_tijd))
    for naam, (wand, cpu) in regels:
        print(f"{naam:<36}: {n / wand:10,.0f} cases/s {n / cpu:10,.0f} cases/s")
    verhouding = basis[1] / beoordeeld[1]
    print(f"ratio beoordeel / baseline (CPU)    : {verhouding:10.3f}  (1.0 = as fast as validation)")
    print(f"without / with peildatum (CPU cost) : {zonder_peil[1] / met_peil[1]:10.3f}  (fresh cases each)")
    if zen_tijd is not None:
        print(f"beoordeel / ZEN (CPU, speed)        : {zen_tijd[1] / beoordeeld[1]:10.2f}x  ({last})")
    else:
        print("GoRules ZEN: not installed (pip install zen-engine), not measured")
    print(f"peak traced memory, 10,000 verdicts: {piek / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
