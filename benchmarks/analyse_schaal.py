"""Benchmark: the record analysis at national scale, streaming, in one process.

Run:  python -m benchmarks.analyse_schaal --leerlingen 2500000 [--per 50000] [--seed 1] [--steekproef 5000]
      python -m benchmarks.analyse_schaal --leerlingen 20000 2500000   (several sizes in one run)

The shipped generator (:mod:`verzuimregels.registratie.populatie`) streams ``--leerlingen`` pupils
with a full school year of records each (school year 2025/26, peildatum 15 July 2026, so every record
counts) in chunks of ``--per`` pupils; each chunk goes through
:func:`~verzuimregels.registratie.frame.analyseer_frame` and only counts are kept. The report gives
pupils/s and records/s for the analysis alone and for generation + analysis, wall clock and CPU time
(the machine may be shared), and the peak memory (``ru_maxrss``). The baseline, measured in the same
run, is the one-pupil API ``analyseer`` in a loop over the first ``--steekproef`` pupils as dicts.

The second baseline, on the same chunks in the same run, is the counting alone
(:func:`benchmarks.tellen.tellen`: hours per lesweek, every 4-lesweken window, the first day of 16
hours, the spans to their 28th counted day, with polars, nothing else): the full analysis is
reported as a multiple of its CPU time. Every figure is printed with the load average (1 minute)
at its start and end: on a shared machine the wall clock swings, CPU time much less. With several
sizes, each is measured in turn (smallest first, as given) and a summary ends the run; the peak memory
after a size is that of the process so far (``ru_maxrss`` never goes down).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import Counter
from datetime import date

from verzuimregels.registratie import analyseer
from verzuimregels.registratie.frame import analyseer_frame
from verzuimregels.registratie.populatie import leerlingen, record_frames

from .tellen import tellen

PEILDATUM = date(2026, 7, 15)
NATIONAAL = 2_500_000


class _Klok:
    """Wall clock and CPU time of this process, summed over the measured stretches."""

    def __init__(self) -> None:
        self.wand = 0.0
        self.cpu = 0.0
        self._wand_begin = self._cpu_begin = 0.0

    def __enter__(self) -> _Klok:
        self._wand_begin, self._cpu_begin = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wand += time.perf_counter() - self._wand_begin
        self.cpu += time.process_time() - self._cpu_begin


def _piek_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _nproc() -> int:
    """The CPUs this process may run on (what ``nproc`` prints)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--leerlingen", type=int, nargs="+", default=[100_000], help="one size or several")
    p.add_argument("--per", type=int, default=50_000, help="pupils per chunk")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--steekproef", type=int, default=5_000, help="pupils for the one-pupil baseline")
    args = p.parse_args(argv)

    # Warm-up (calendar caches, imports), not timed.
    opwarm = next(record_frames(200, seed=args.seed + 1, per=200))
    analyseer_frame(opwarm, PEILDATUM)
    tellen(opwarm, PEILDATUM)
    samenvatting = [_meet(n, args) for n in args.leerlingen]
    if len(samenvatting) > 1:
        print(f"\nsummary (nproc {_nproc()}, Python {sys.version.split()[0]}):")
        kop = ("pupils", "analysis CPU", "wall", "counting CPU", "ratio", "peak RSS")
        print(" ".join(f"{k:>{b}}" for k, b in zip(kop, (11, 13, 8, 13, 7, 9), strict=True)) + "  load")
        for regel in samenvatting:
            print(regel)
    return 0


def _meet(aantal: int, args: argparse.Namespace) -> str:
    """One size: the report of the module docstring; returns its summary line."""
    last_begin = os.getloadavg()[0]

    steekproef = next(leerlingen(min(args.steekproef, aantal), seed=args.seed, per=args.steekproef), [])
    with _Klok() as basis:
        for leerling in steekproef:
            analyseer(leerling, PEILDATUM)

    generatie, analyse, telling = _Klok(), _Klok(), _Klok()
    pupils = records = rijen = zestien = lang = 0
    uitkomsten: Counter[str] = Counter()
    soorten: Counter[str] = Counter()
    stroom = record_frames(aantal, seed=args.seed, per=args.per)
    while True:
        with generatie:
            frame = next(stroom, None)
        if frame is None:
            break
        with telling:
            per, spans = tellen(frame, PEILDATUM)
        with analyse:
            uit = analyseer_frame(frame, PEILDATUM)
        zestien += int(per["dag_16"].is_not_null().sum())
        lang += int(spans["dag_28"].sum())
        n = frame["sleutel"].nunique()
        assert uit["sleutel"].nunique() == n  # nothing lost
        pupils += n
        records += int(frame["datum"].notna().sum())
        rijen += len(uit)
        uitkomsten.update(uit["uitkomst"].tolist())
        soorten.update(uit["verzuimsoort"].dropna().tolist())
        del frame, uit

    samen_wand, samen_cpu = generatie.wand + analyse.wand, generatie.cpu + analyse.cpu
    aantal_basis = max(len(steekproef), 1)
    last = f"load {last_begin:.2f} -> {os.getloadavg()[0]:.2f}"
    print(f"\nmachine: nproc {_nproc()}, Python {sys.version.split()[0]}, {last} (1-minute average)")
    print(f"pupils: {pupils:,} (seed {args.seed}, chunks of {args.per:,}); records: {records:,}")
    print(f"output rows: {rijen:,} {dict(uitkomsten)}")
    print(f"meldingen on {PEILDATUM}: {dict(soorten)}")
    print(f"counting baseline: {zestien:,} pupils reach 16 hours, {lang:,} spans their 28th counted day")
    print(f"                                        wall clock            CPU time      ({last})")
    for naam, w, c, n in (
        ("baseline analyseer() loop (sample)", basis.wand, basis.cpu, aantal_basis),
        ("baseline counting only (polars)", telling.wand, telling.cpu, pupils),
        ("analyseer_frame (analysis)", analyse.wand, analyse.cpu, pupils),
        ("generate + analyseer_frame", samen_wand, samen_cpu, pupils),
    ):
        print(f"{naam:<36}: {n / w:9,.0f} pupils/s  {n / c:9,.0f} pupils/s")
    print(f"analysis / counting only (CPU time) : {analyse.cpu / telling.cpu:9.2f}x  ({last})")
    print(
        f"records/s (analysis, wall / CPU)    : {records / analyse.wand:12,.0f} "
        f"{records / analyse.cpu:12,.0f}"
    )
    print(f"speed-up batch / one-pupil (CPU)    : {(pupils / analyse.cpu) / (aantal_basis / basis.cpu):9.2f}")
    print(
        f"time: analysis {analyse.cpu:.1f} s CPU / {analyse.wand:.1f} s wall, "
        f"counting {telling.cpu:.1f} s CPU, "
        f"generation {generatie.cpu:.1f} s CPU / {generatie.wand:.1f} s wall (reported apart); "
        f"at {NATIONAAL:,} pupils "
        f"(linear): analysis {analyse.cpu * NATIONAAL / pupils:.0f} s CPU, "
        f"{analyse.wand * NATIONAAL / pupils:.0f} s wall"
        f"  ({last})"
    )
    print(f"peak memory (ru_maxrss, generation included): {_piek_mb():,.0f} MB")
    return (
        f"{pupils:>11,} {analyse.cpu:>11.1f} s {analyse.wand:>6.1f} s {telling.cpu:>11.1f} s "
        f"{analyse.cpu / telling.cpu:>6.2f}x "
        f"{_piek_mb():>6,.0f} MB  {last}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
