"""Benchmark: the keuzehulp on a whole population, batch against the one-case API, in one process.

Run:  python -m benchmarks.keuzehulp_batch [--aantal 1000000] [--steekproef 20000] [--seed 1] [--herhaal 1]

One synthetic population (:mod:`verzuimregels.synthetisch`, 0.1 % error rows) is judged four ways,
all in this run and on this machine:

* baseline: the one-case API ``beoordeel`` in a loop over a sample (the rows as their case
  mappings, :func:`~verzuimregels.keuzehulp.frame.als_casussen`);
* single call: ``beoordeel_frame`` on a one-row frame, repeatedly (latency of the batch API);
* batch: ``beoordeel_frame`` on the whole population in one call;
* streaming: generate and judge chunk by chunk (memory bounded by the chunk).

It checks that the batch agrees with the baseline on the sample, row for row, and reports cases/s,
the ratio to the baseline, and peak memory: the ``tracemalloc`` peak of one batch call (traced
separately, as tracing slows the code down) and the process's maximum resident set size.

``--herhaal N`` runs the batch call N times and reports the best CPU time as well: on a shared machine
one call's CPU time swings with what the other core runs (by 2x at load 7); the first call also pays
for fresh memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any

import pandas as pd

from benchmarks.keuzehulp import _meet
from verzuimregels import Invoerfout, beoordeel
from verzuimregels.keuzehulp.frame import (
    UITVOERKOLOMMEN,
    als_casussen,
    beoordeel_frame,
    rij_uit_fout,
    rij_uit_oordeel,
)
from verzuimregels.synthetisch import keuzehulp_casussen
from verzuimregels.synthetisch.keuzehulp import NIET_FEITEN

VANDAAG = date(2026, 9, 1)


def _een(casus: dict[str, Any]) -> dict[str, str]:
    try:
        return rij_uit_oordeel(beoordeel(casus, vandaag=VANDAAG))
    except Invoerfout as fout:
        return rij_uit_fout(fout)


_CPU = [0.0]
"""CPU seconds of the last stretch :func:`_tijd` measured (its return value is the wall clock)."""


def _tijd(functie: Callable[[], Any]) -> float:
    begin, cpu = time.perf_counter(), time.process_time()
    functie()
    _CPU[0] = time.process_time() - cpu
    return time.perf_counter() - begin


def _batch(frame: pd.DataFrame) -> pd.DataFrame:
    return beoordeel_frame(frame, vandaag=VANDAAG, meenemen=NIET_FEITEN)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--aantal", type=int, default=1_000_000)
    p.add_argument("--steekproef", type=int, default=20_000)
    p.add_argument("--chunk", type=int, default=250_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--herhaal", type=int, default=1, help="batch calls; the best CPU time is reported too")
    args = p.parse_args(argv)

    begin = time.perf_counter()
    frame = pd.concat(
        list(keuzehulp_casussen(args.aantal, seed=args.seed, chunk=args.chunk)), ignore_index=True
    )
    generatie = time.perf_counter() - begin
    n = len(frame)
    steekproef = frame.iloc[: min(args.steekproef, n)]
    casussen = als_casussen(steekproef, meenemen=NIET_FEITEN)

    _batch(frame.iloc[: min(1000, n)])  # warm-up: caches of calendars and citations
    for casus in casussen[:200]:
        _een(casus)
    verwacht = [_een(c) for c in casussen]
    basis = _meet(_een, casussen)[0]  # the loop of benchmarks.keuzehulp (wall), on this population

    een_rij = frame.iloc[:1]
    herhaal = min(2000, max(n, 1))
    enkel = _tijd(lambda: [_batch(een_rij) for _ in range(herhaal)])

    uit: list[pd.DataFrame] = []
    last_begin = os.getloadavg()[0]
    batch = _tijd(lambda: uit.append(_batch(frame)))
    batch_cpu = _CPU[0]
    last = f"load {last_begin:.2f} -> {os.getloadavg()[0]:.2f}"
    resultaat = uit[0]
    beste_cpu = batch_cpu
    for _ in range(args.herhaal - 1):
        _tijd(lambda: _batch(frame))
        beste_cpu = min(beste_cpu, _CPU[0])

    records = resultaat.iloc[: len(steekproef)][list(UITVOERKOLOMMEN)].astype(object).to_dict("records")
    gekregen = [{k: v for k, v in r.items() if not pd.isna(v)} for r in records]
    verschillen = sum(a != b for a, b in zip(gekregen, verwacht, strict=True))

    stroom_rijen = 0

    def stroom() -> None:
        nonlocal stroom_rijen
        for deel in keuzehulp_casussen(args.aantal, seed=args.seed, chunk=args.chunk):
            stroom_rijen += len(_batch(deel))

    stroom_tijd = _tijd(stroom)

    tracemalloc.start()
    _batch(frame)
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux

    basis_snelheid = len(casussen) / basis if casussen else 0.0
    batch_snelheid = n / batch if batch else 0.0
    fouten = int(resultaat["fout_regel"].notna().sum())
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, pandas {pd.__version__}")
    print(
        f"population: {n:,} cases (seed {args.seed}), generated in {generatie:.2f} s; error rows: {fouten:,}"
    )
    print(f"baseline  beoordeel in a loop ({len(casussen):,} cases): {basis_snelheid:14,.0f} cases/s")
    print(f"single call beoordeel_frame (1 row, {herhaal:,} calls):  {herhaal / enkel:14,.0f} calls/s")
    print(f"batch     beoordeel_frame ({n:,} cases, one call): {batch_snelheid:14,.0f} cases/s (wall)")
    cpu_snelheid = n / max(batch_cpu, 1e-9)
    print(f"batch     beoordeel_frame, CPU time:                  {cpu_snelheid:14,.0f} cases/s ({last})")
    if args.herhaal > 1:
        beste = n / max(beste_cpu, 1e-9)
        print(f"batch     beoordeel_frame, best CPU of {args.herhaal} calls:      {beste:14,.0f} cases/s")
    if basis_snelheid:
        print(f"ratio batch / baseline: {batch_snelheid / basis_snelheid:,.0f}x")
    print(
        f"streaming generate + judge, chunks of {args.chunk:,}: {stroom_rijen / stroom_tijd:14,.0f} cases/s"
    )
    print(f"peak traced memory of one batch call: {piek / 1e6:,.0f} MB ({piek / max(n, 1):,.0f} bytes/case)")
    print(f"peak resident memory of this process: {rss:,.0f} MB")
    print(f"batch vs baseline on the sample: {verschillen} differing rows of {len(casussen):,}")
    return 1 if verschillen else 0


if __name__ == "__main__":
    raise SystemExit(main())
