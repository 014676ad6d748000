"""Benchmark: the record analysis on a local Dask cluster of 2 worker processes (issue 15: 2.5 million
pupils in <= 20 s wall on 2 workers).

Run:  python -m benchmarks.dask_schaal --leerlingen 2500000 [--per 50000] [--workers 2] [--zonder-basis]
      [--zonder-shuffle] [--zonder-stringconversie] [--zonder-profiler] [--zonder-malloc-trim]
      [--tijden-als-arrow]

1. Generation (reported apart, not in the figure): the shipped generator
   (:func:`~verzuimregels.registratie.populatie.record_frames`) writes ``--leerlingen`` pupils with a
   school year of records each, in chunks of ``--per`` pupils, as one pickled pandas frame per chunk in
   a temporary directory: the files a caller's cluster would read (pickle keeps the dtypes exactly).
   With ``--tijden-als-arrow``, ``van``/``tot`` are written as Arrow ``time64`` instead of
   ``datetime.time`` objects, which ``dataframe.convert-string`` leaves as they are.
2. Cluster start (reported apart): ``distributed.LocalCluster`` with ``--workers`` worker processes of
   one thread each, and a ``Client``.
3. The figure: ``analyseer_dask`` over ``dd.from_map(pd.read_pickle, files)``, reading included, and
   the count of output rows per ``uitkomst`` computed (the meldingen are built on the workers, then
   counted; only the counts travel back). Measured twice: as documented (each pupil's rows shuffled to
   its hash bucket, which any partitioning needs) and with ``gegroepeerd=True`` (the files already hold
   every pupil's rows together: no shuffle).
4. Baseline in the same run (unless ``--zonder-basis``): ``analyseer_frame`` on the same files in this
   process, one after the other; its counts must equal the cluster's.

Each figure has its wall time and its CPU time: the workers' own CPU (``process_time`` in each worker,
before and after) plus this process's (client and the local scheduler), the workers' minor page faults
(``ru_minflt``: memory faulted in afresh, which the nanny's ``MALLOC_TRIM_THRESHOLD_`` multiplies; the
baseline's beside it), and the peak RSS of each worker (``ru_maxrss``, since its start). ``nproc`` and the
load average are printed with every figure: on a shared machine two workers rarely get two cores.

Dask's defaults stay on unless switched off, each by its flag: ``dataframe.convert-string`` (object
columns become pyarrow text as a partition is made), the workers' sampling profiler, and the
``MALLOC_TRIM_THRESHOLD_=65536`` the nanny gives each worker process
(``distributed.nanny.pre-spawn-environ``: glibc then hands freed memory back at once, so each large
array the analysis allocates is faulted in again).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

PEILDATUM = date(2026, 7, 15)


def _last() -> str:
    een, vijf, _ = os.getloadavg()
    return f"load {een:.2f}/{vijf:.2f}"


def genereer(
    map_: Path, leerlingen: int, per: int, seed: int, *, tijden_als_arrow: bool = False
) -> tuple[list[str], int, float, float]:
    """Write the chunks; their paths, the number of records, and the wall and CPU seconds it took."""
    import pandas as pd

    from verzuimregels.registratie.populatie import record_frames

    tijd64 = pd.ArrowDtype(importlib.import_module("pyarrow").time64("us")) if tijden_als_arrow else None

    w, c = time.perf_counter(), time.process_time()
    paden = []
    records = 0
    for i, frame in enumerate(record_frames(leerlingen, seed=seed, per=per)):
        if tijd64 is not None:
            frame = frame.assign(van=frame["van"].astype(tijd64), tot=frame["tot"].astype(tijd64))
        pad = map_ / f"deel-{i:05d}.pkl"
        with pad.open("wb") as f:
            pickle.dump(frame, f, protocol=pickle.HIGHEST_PROTOCOL)
        records += int(frame["datum"].notna().sum())
        paden.append(str(pad))
    return paden, records, time.perf_counter() - w, time.process_time() - c


def _tel(uitkomsten: Any) -> Any:
    return uitkomsten.value_counts()


def _cpu_werkers(client: Any) -> float:
    return float(sum(client.run(time.process_time).values()))


def _fouten() -> int:
    """This process's minor page faults so far (``ru_minflt``): memory faulted in afresh."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def _fouten_werkers(client: Any) -> int:
    return int(sum(client.run(_fouten).values()))


def _piek_mb() -> float:
    """This process's peak RSS in MB (``ru_maxrss``, kilobytes on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _piek_werkers(client: Any) -> str:
    return ", ".join(f"{mb:.0f}" for mb in client.run(_piek_mb).values())


def stil_verbruik(client: Any, seconden: float = 5.0) -> float:
    """CPU seconds the idle workers spend per second of wall time together (event loop, heartbeats,
    Dask's sampling profiler): the part of a figure's CPU time that is not analysis."""
    voor, w = _cpu_werkers(client), time.perf_counter()
    time.sleep(seconden)
    return (_cpu_werkers(client) - voor) / (time.perf_counter() - w)


def op_cluster(
    client: Any, paden: list[str], *, gegroepeerd: bool
) -> tuple[Counter[str], float, float, float, int]:
    """The counts per ``uitkomst`` from the cluster, the wall seconds, the CPU seconds (workers + here),
    this process's part of them (building and optimising the graph, the scheduler's work) and the
    workers' minor page faults."""
    import pandas as pd

    dd: Any = importlib.import_module("dask.dataframe")  # untyped

    from verzuimregels.registratie.verdeeld import analyseer_dask

    cpu_voor, fouten_voor = _cpu_werkers(client), _fouten_werkers(client)
    w, c = time.perf_counter(), time.process_time()
    meta = pd.read_pickle(paden[0]).iloc[:0]  # noqa: S301 - the files this benchmark wrote
    records = dd.from_map(pd.read_pickle, paden, meta=meta)
    uit = analyseer_dask(records, PEILDATUM, gegroepeerd=gegroepeerd)
    per_deel = uit["uitkomst"].map_partitions(_tel, meta=pd.Series(dtype="int64", name="count"))
    tellingen = per_deel.compute().groupby(level=0).sum()  # a count per partition, summed here
    wand, eigen = time.perf_counter() - w, time.process_time() - c
    cpu = _cpu_werkers(client) - cpu_voor + eigen
    fouten = _fouten_werkers(client) - fouten_voor
    return Counter({str(k): int(v) for k, v in tellingen.items()}), wand, cpu, eigen, fouten


def in_proces(paden: list[str]) -> tuple[Counter[str], float, float, int]:
    """The baseline: ``analyseer_frame`` on each file in turn, in this process; its counts, wall and
    CPU seconds and minor page faults."""
    import pandas as pd

    from verzuimregels.registratie.frame import analyseer_frame

    tellingen: Counter[str] = Counter()
    w, c, fouten = time.perf_counter(), time.process_time(), _fouten()
    for pad in paden:
        uit = analyseer_frame(pd.read_pickle(pad), PEILDATUM)  # noqa: S301 - the files this benchmark wrote
        tellingen.update(uit["uitkomst"].tolist())
        del uit
    return tellingen, time.perf_counter() - w, time.process_time() - c, _fouten() - fouten


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.dask_schaal", description=__doc__)
    p.add_argument("--leerlingen", type=int, default=100_000)
    p.add_argument("--per", type=int, default=50_000, help="pupils per file (partition)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--zonder-basis", action="store_true", help="skip the in-process baseline")
    p.add_argument("--zonder-shuffle", action="store_true", help="measure only gegroepeerd=True")
    p.add_argument(
        "--zonder-stringconversie",
        action="store_true",
        help="dataframe.convert-string off: keep the records' object columns (Dask's default turns them into "
        "pyarrow strings; its cost is converting van/tot of datetime.time, see --tijden-als-arrow)",
    )
    p.add_argument(
        "--zonder-profiler",
        action="store_true",
        help="turn off Dask's sampling profiler in the workers (distributed.worker.profile.enabled)",
    )
    p.add_argument(
        "--zonder-malloc-trim",
        action="store_true",
        help="start the workers without the nanny's MALLOC_TRIM_THRESHOLD_=65536 "
        "(distributed.nanny.pre-spawn-environ)",
    )
    p.add_argument(
        "--tijden-als-arrow",
        action="store_true",
        help="write van/tot as Arrow time64, not datetime.time objects (dataframe.convert-string then "
        "leaves them: it turns object columns of time into text, most of its cost)",
    )
    args = p.parse_args(argv)
    # this checkout's code, here and in the worker processes (which inherit the environment)
    src = str(Path(__file__).resolve().parents[1] / "src")
    if sys.path[:1] != [src]:
        sys.path.insert(0, src)
    vorig = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [src, vorig]))
    try:
        return _meet(args)
    finally:  # leave the caller's environment as it was (the benchmark runs in tests too)
        if vorig is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = vorig


def _meet(args: argparse.Namespace) -> int:

    distributed: Any = importlib.import_module("distributed")  # untyped
    dask: Any = importlib.import_module("dask")
    instellingen: dict[str, Any] = {}  # the worker processes inherit the configuration
    if args.zonder_profiler:
        instellingen["distributed.worker.profile.enabled"] = False
    if args.zonder_stringconversie:
        instellingen["dataframe.convert-string"] = False
    if args.zonder_malloc_trim:
        omgeving = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
        omgeving.pop("MALLOC_TRIM_THRESHOLD_", None)
        instellingen["distributed.nanny.pre-spawn-environ"] = omgeving

    profiler = "off" if args.zonder_profiler else "on (Dask's default)"
    strings = "off" if args.zonder_stringconversie else "on (Dask's default)"
    trim = "off" if args.zonder_malloc_trim else "65536 (Dask's default)"
    tijden = "Arrow time64" if args.tijden_als_arrow else "datetime.time objects"
    print(
        f"nproc {os.cpu_count()}; Python {sys.version.split()[0]}; workers' profiler {profiler}; "
        f"dataframe.convert-string {strings}; workers' MALLOC_TRIM_THRESHOLD_ {trim}; van/tot as {tijden}; "
        f"{_last()}"
    )
    with dask.config.set(instellingen), tempfile.TemporaryDirectory(prefix="verzuimregels-dask-") as tmp:
        paden, records, generatie_wand, generatie_cpu = genereer(
            Path(tmp), args.leerlingen, args.per, args.seed, tijden_als_arrow=args.tijden_als_arrow
        )
        print(
            f"generation (apart): {args.leerlingen:,} pupils, {records:,} records in {len(paden)} files: "
            f"{generatie_wand:.1f} s wall, {generatie_cpu:.1f} s CPU ({_last()})"
        )
        w = time.perf_counter()
        with (
            distributed.LocalCluster(
                n_workers=args.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                memory_limit=0,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            # warm the workers (imports, calendar caches) on a small file, not timed
            client.run(_opwarmen)
            start = time.perf_counter() - w
            print(f"cluster start (apart): {args.workers} worker processes, {start:.1f} s wall")
            stil = stil_verbruik(client)
            print(f"idle workers: {stil:.3f} s CPU per s of wall (all {args.workers} together; {_last()})")
            figuren = {}
            for gegroepeerd in (True,) if args.zonder_shuffle else (False, True):
                naam = "gegroepeerd=True (no shuffle)" if gegroepeerd else "as documented (shuffle)"
                tellingen, wand, cpu, eigen, fouten = op_cluster(client, paden, gegroepeerd=gegroepeerd)
                figuren[naam] = (tellingen, wand, cpu)
                print(
                    f"{args.workers} workers, {naam}: {wand:.1f} s wall, {cpu:.1f} s CPU (workers "
                    f"{cpu - eigen:.1f}, of which ~{stil * wand:.1f} idle overhead; client and scheduler "
                    f"{eigen:.1f}); {args.leerlingen / wand:,.0f} pupils/s wall; workers' minor page faults "
                    f"{fouten:,} ({fouten / len(paden):,.0f} a file); workers' peak RSS so far "
                    f"{_piek_werkers(client)} MB; {_last()}"
                )
        if not args.zonder_basis:
            tellingen, wand, cpu, fouten = in_proces(paden)
            print(
                f"baseline, one process (analyseer_frame per file): {wand:.1f} s wall, {cpu:.1f} s CPU, "
                f"{fouten:,} minor page faults ({fouten / len(paden):,.0f} a file) "
                f"({args.leerlingen / wand:,.0f} pupils/s wall; this process's peak RSS {_piek_mb():.0f} "
                f"MB, generation included; {_last()})"
            )
            for naam, (t, andere_wand, andere_cpu) in figuren.items():
                assert t == tellingen, f"{naam}: the cluster's counts differ from the baseline's"
                print(
                    f"  {naam}: {wand / andere_wand:.2f}x the baseline's wall, "
                    f"{andere_cpu / cpu:.2f}x its CPU; counts equal"
                )
        totaal = sum(next(iter(figuren.values()))[0].values())
        print(f"output rows: {totaal:,}; target 20 s wall for 2,500,000 pupils on 2 workers ({_last()})")
    return 0


def _opwarmen() -> None:
    from verzuimregels.registratie.frame import analyseer_frame
    from verzuimregels.registratie.populatie import record_frames

    analyseer_frame(next(record_frames(200, seed=99, per=200)), PEILDATUM)


if __name__ == "__main__":
    sys.exit(main())
