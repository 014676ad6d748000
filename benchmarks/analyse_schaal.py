"""Benchmark: the record analysis at national scale, streaming, in one process.

Run:  python -m benchmarks.analyse_schaal --leerlingen 2500000 [--per 50000] [--seed 1] [--steekproef 5000]

The shipped generator (:mod:`verzuimregels.registratie.populatie`) streams ``--leerlingen`` pupils
with a full school year of records each (school year 2025/26, peildatum 15 July 2026, so every record
counts) in chunks of ``--per`` pupils; each chunk goes through
:func:`~verzuimregels.registratie.frame.analyseer_frame` and only counts are kept. The report gives
pupils/s and records/s for the analysis alone and for generation + analysis, wall clock and CPU time
(the machine may be shared), and the peak memory (``ru_maxrss``). The baseline, measured in the same
run, is the one-pupil API ``analyseer`` in a loop over the first ``--steekproef`` pupils as dicts.
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

PEILDATUM = date(2026, 7, 15)
NATIONAAL = 2_500_000


class _Klok:
    """Wall clock and CPU time of this process, summed over the measured stretches."""

    def __init__(self) -> None:
        self.wand = 0.0
        self.cpu = 0.0
        self._w = self._c = 0.0

    def __enter__(self) -> _Klok:
        self._w, self._c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wand += time.perf_counter() - self._w
        self.cpu += time.process_time() - self._c


def _piek_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--leerlingen", type=int, default=100_000)
    p.add_argument("--per", type=int, default=50_000, help="pupils per chunk")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--steekproef", type=int, default=5_000, help="pupils for the one-pupil baseline")
    args = p.parse_args(argv)

    # Warm-up (calendar caches, imports), not timed.
    analyseer_frame(next(record_frames(200, seed=args.seed + 1, per=200)), PEILDATUM)

    steekproef = next(
        leerlingen(min(args.steekproef, args.leerlingen), seed=args.seed, per=args.steekproef), []
    )
    with _Klok() as basis:
        for ll in steekproef:
            analyseer(ll, PEILDATUM)

    gen, ana = _Klok(), _Klok()
    pupils = records = rijen = 0
    uitkomsten: Counter[str] = Counter()
    soorten: Counter[str] = Counter()
    stroom = record_frames(args.leerlingen, seed=args.seed, per=args.per)
    while True:
        with gen:
            frame = next(stroom, None)
        if frame is None:
            break
        with ana:
            uit = analyseer_frame(frame, PEILDATUM)
        n = frame["sleutel"].nunique()
        assert uit["sleutel"].nunique() == n  # nothing lost
        pupils += n
        records += int(frame["datum"].notna().sum())
        rijen += len(uit)
        uitkomsten.update(uit["uitkomst"].tolist())
        soorten.update(uit["verzuimsoort"].dropna().tolist())
        del frame, uit

    samen_w, samen_c = gen.wand + ana.wand, gen.cpu + ana.cpu
    n_basis = max(len(steekproef), 1)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.2f}")
    print(f"pupils: {pupils:,} (seed {args.seed}, chunks of {args.per:,}); records: {records:,}")
    print(f"output rows: {rijen:,} {dict(uitkomsten)}")
    print(f"meldingen on {PEILDATUM}: {dict(soorten)}")
    print("                                        wall clock            CPU time")
    for naam, w, c, n in (
        ("baseline analyseer() loop (sample)", basis.wand, basis.cpu, n_basis),
        ("analyseer_frame (analysis)", ana.wand, ana.cpu, pupils),
        ("generate + analyseer_frame", samen_w, samen_c, pupils),
    ):
        print(f"{naam:<36}: {n / w:9,.0f} pupils/s  {n / c:9,.0f} pupils/s")
    print(f"records/s (analysis, wall / CPU)    : {records / ana.wand:12,.0f} {records / ana.cpu:12,.0f}")
    print(f"speed-up batch / one-pupil (CPU)    : {(pupils / ana.cpu) / (n_basis / basis.cpu):9.2f}")
    print(
        f"time: analysis {ana.wand:.1f} s, generation {gen.wand:.1f} s; "
        f"at {NATIONAAL:,} pupils (linear): analysis {ana.wand * NATIONAAL / pupils / 60:.1f} min, "
        f"with generation {samen_w * NATIONAAL / pupils / 60:.1f} min (wall)"
    )
    print(f"peak memory (ru_maxrss): {_piek_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
