"""Benchmark: the weekly worklist for a school (2,000 pupils) and a gemeente (50,000, batch path).

Run:  python -m benchmarks.werklijst [--school 2000] [--gemeente 50000] [--herhaal 3]

School: :func:`verzuimregels.werklijst.synthetisch.school` (vo, region midden, a school year of
records each), the worklist on the last lesdag of the school year (every record counts), per
mentorgroep, through :func:`~verzuimregels.werklijst.werklijst` (what the CLI does) and through the
batch path (:func:`~verzuimregels.werklijst.werklijst_frame`). The target is 2 s. Baseline in the
same run: pydantic validation of the same pupils (``Leerling.model_validate``), the floor of any
typed API. Also the whole year: the worklist on the Friday of every lesweek (``per_week``).

Gemeente: the record-level population (:func:`verzuimregels.registratie.populatie.record_frames`,
all sectors and regions, a school year each) through the batch path per woongemeente, in chunks.
Baseline in the same run: ``analyseer_frame`` without signals on the same frames (what the batch
path cost before the worklist), so the ratio is the price of the signals and the list.

Wall time and CPU time (``time.process_time``) are printed with the number of cores and the load
average: on a shared machine wall time swings; CPU time and the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

PEILDATUM = date(2026, 7, 17)
"""The last lesdag of 2025/26 in region midden."""


def _meet(functie: Callable[[], Any], herhaal: int) -> tuple[float, float, Any]:
    """The best wall and CPU time of ``herhaal`` runs, and the last result (kept, as a caller would)."""
    beste_wand = beste_cpu = float("inf")
    uit: Any = None
    for _ in range(herhaal):
        wand, cpu = time.perf_counter(), time.process_time()
        uit = functie()
        beste_wand = min(beste_wand, time.perf_counter() - wand)
        beste_cpu = min(beste_cpu, time.process_time() - cpu)
    return beste_wand, beste_cpu, uit


def main(argv: list[str] | None = None) -> int:
    import pandas as pd

    from verzuimregels.registratie import Leerling
    from verzuimregels.registratie.frame import analyseer_frame, naar_frame
    from verzuimregels.registratie.populatie import record_frames
    from verzuimregels.werklijst import per_week, werklijst, werklijst_frame
    from verzuimregels.werklijst.synthetisch import GEMEENTEN, school

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--school", type=int, default=2000, help="pupils of the school")
    p.add_argument("--gemeente", type=int, default=50_000, help="pupils of the gemeente (batch path)")
    p.add_argument("--per", type=int, default=10_000, help="pupils per chunk of the gemeente")
    p.add_argument("--herhaal", type=int, default=3, help="timed runs; the best counts")
    p.add_argument("--zonder-jaar", action="store_true", help="skip the worklist on every week")
    args = p.parse_args(argv)

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()}, Python {sys.version.split()[0]}")
    leerlingen = school(args.school)
    records = naar_frame(leerlingen)
    records["groep"] = records["sleutel"].map(
        {leerling["sleutel"]: leerling["groep"] for leerling in leerlingen}
    )
    werklijst(leerlingen[:50], PEILDATUM)  # warm-up: calendar caches, imports
    n_records = sum(len(leerling["records"]) for leerling in leerlingen)
    print(f"\nschool: {len(leerlingen):,} pupils, {n_records:,} records, peildatum {PEILDATUM}")
    basis = _meet(lambda: [Leerling.model_validate(leerling) for leerling in leerlingen], args.herhaal)
    lijst = _meet(lambda: werklijst(leerlingen, PEILDATUM), args.herhaal)
    frame = _meet(lambda: werklijst_frame(records, PEILDATUM), args.herhaal)
    rijen = len(lijst[2].regels())
    print(f"  baseline Leerling.model_validate : wall {basis[0]:6.2f} s  cpu {basis[1]:6.2f} s")
    print(
        f"  werklijst (per pupil, as the CLI): wall {lijst[0]:6.2f} s  cpu {lijst[1]:6.2f} s  "
        f"ratio {lijst[1] / basis[1]:5.1f}x validation; {rijen:,} rows, {len(lijst[2].groepen)} groups; "
        f"target 2 s: {'met' if lijst[0] <= 2 else 'NOT met'}"
    )
    print(
        f"  werklijst_frame (batch path)     : wall {frame[0]:6.2f} s  cpu {frame[1]:6.2f} s  "
        f"ratio {frame[1] / basis[1]:5.1f}x validation; {len(frame[2]):,} rows"
    )
    if not args.zonder_jaar:
        jaar = _meet(lambda: per_week(leerlingen), 1)
        print(
            f"  per_week (every lesweek, {len(jaar[2])} lists): wall {jaar[0]:6.2f} s  cpu {jaar[1]:6.2f} s"
        )

    print(f"\ngemeente: {args.gemeente:,} pupils through the batch path, chunks of {args.per:,}")
    frames = []
    for deel in record_frames(args.gemeente, seed=5, per=args.per):
        deel["woongemeente"] = pd.factorize(deel["sleutel"])[0] % len(GEMEENTEN)
        deel["woongemeente"] = deel["woongemeente"].map(dict(enumerate(GEMEENTEN)))
        frames.append(deel)
    n_rijen = sum(len(f) for f in frames)
    print(f"  {n_rijen:,} record rows")

    def zonder_lijst() -> list[Any]:
        return [analyseer_frame(f.drop(columns=["woongemeente"]), PEILDATUM) for f in frames]

    def met_lijst() -> list[Any]:
        return [werklijst_frame(f, PEILDATUM, indeling="woongemeente") for f in frames]

    kaal = _meet(zonder_lijst, 1)
    gemeente = _meet(met_lijst, 1)
    rijen = sum(len(x) for x in gemeente[2])
    print(f"  baseline analyseer_frame (no signals): wall {kaal[0]:6.2f} s  cpu {kaal[1]:6.2f} s")
    print(
        f"  werklijst_frame per woongemeente     : wall {gemeente[0]:6.2f} s  cpu {gemeente[1]:6.2f} s  "
        f"ratio {gemeente[1] / kaal[1]:4.2f}x; {rijen:,} rows; "
        f"{args.gemeente / gemeente[1]:,.0f} pupils per cpu-second"
    )
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
