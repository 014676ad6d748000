"""Benchmark: throughput of ``POST /beoordeel`` on one server worker, batches of 1,000 and single cases.

Run:  python -m benchmarks.server [--batches 20] [--enkel 2000] [--seed 1]

A real ``verzuimregels serve`` process on 127.0.0.1 (one uvicorn worker) is sent, one request at a time
over one keep-alive connection, batches of 1,000 generated cases and then single cases; the client keeps
every parsed response (what a caller does). The baseline, measured in the same run on the same cases, is
``beoordeel`` in-process with the verdict written as JSON (``model_dump_json``): the work without HTTP.
Reported: cases/s by wall clock, the server's CPU time per 1,000 cases (from /proc, so other load on
the machine does not count), the ratio of that CPU time to the baseline's, and the client's CPU time
(building requests and parsing every response); ``nproc`` (the cores this process may use) and the load
average before and after the run.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from verzuimregels import beoordeel

from .keuzehulp import genereer

WORTEL = Path(__file__).resolve().parent.parent
_TIK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` (Linux /proc)."""
    velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(velden[11]) + int(velden[12])) / _TIK


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort: int = s.getsockname()[1]
        return poort


def _start() -> tuple[subprocess.Popen[bytes], str]:
    poort = _vrije_poort()
    omgeving = {**os.environ, "PYTHONPATH": os.pathsep.join([str(WORTEL / "src"), str(WORTEL)])}
    proces = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "verzuimregels", "serve", "--port", str(poort), "--max-rijen", "1000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=omgeving,
    )
    url = f"http://127.0.0.1:{poort}"
    for _ in range(300):
        try:
            httpx.get(url + "/schema", timeout=1)
            return proces, url
        except httpx.TransportError:
            time.sleep(0.1)
    proces.terminate()
    raise RuntimeError("the server did not start")


def _stuur(
    client: httpx.Client, url: str, lichamen: list[bytes], proces: int
) -> tuple[float, float, float, list[Any]]:
    """Wall time, the server's CPU time, the client's CPU time, and every parsed response."""
    bewaard: list[Any] = []
    cpu, eigen, begin = _cpu(proces), time.process_time(), time.perf_counter()
    for lichaam in lichamen:
        antwoord = client.post(url, content=lichaam, headers={"content-type": "application/json"})
        assert antwoord.status_code == 200, antwoord.text[:300]
        bewaard.append(antwoord.json())
    return time.perf_counter() - begin, _cpu(proces) - cpu, time.process_time() - eigen, bewaard


def _belasting() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--batches", type=int, default=20, help="batches of 1,000 cases")
    p.add_argument("--enkel", type=int, default=2000, help="single-case requests")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)

    belasting_voor = _belasting()
    casussen = genereer(max(args.batches * 1000, args.enkel), args.seed)
    batches = [json.dumps(casussen[i * 1000 : (i + 1) * 1000]).encode() for i in range(args.batches)]
    enkel = [json.dumps(c).encode() for c in casussen[: args.enkel]]

    for casus in casussen[:500]:  # warm-up, as the server gets
        beoordeel(casus).model_dump_json()
    bewaard: list[str] = []
    begin_cpu, begin = time.process_time(), time.perf_counter()
    for casus in casussen[: args.batches * 1000]:
        bewaard.append(beoordeel(casus).model_dump_json())
    basis_wand, basis_cpu = time.perf_counter() - begin, time.process_time() - begin_cpu
    basis_aantal = len(bewaard)

    proces, url = _start()
    try:
        with httpx.Client(timeout=120) as client:
            _stuur(client, url + "/beoordeel", batches[:1] + enkel[:50], proces.pid)  # warm-up
            batch_wand, batch_cpu, batch_client, batch_uit = _stuur(
                client, url + "/beoordeel", batches, proces.pid
            )
            enkel_wand, enkel_cpu, enkel_client, enkel_uit = _stuur(
                client, url + "/beoordeel", enkel, proces.pid
            )
    finally:
        proces.terminate()
        proces.wait(timeout=20)
    assert sum(len(b) for b in batch_uit) == args.batches * 1000
    assert len(enkel_uit) == args.enkel

    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"machine: nproc {nproc} ({os.cpu_count()} cores), load average {belasting_voor} before, "
        f"{_belasting()} after (1, 5, 15 min), Python {sys.version.split()[0]}"
    )
    print(f"cases: {basis_aantal:,} in {args.batches} batches of 1,000; {args.enkel:,} single-case requests")

    def regel(naam: str, n: int, wand: float, cpu: float, client: float | None = None) -> None:
        print(
            f"{naam:<34}: {n / wand:10,.0f} cases/s wall; {cpu / n * 1000:8.3f} CPU s per 1,000 cases; "
            f"CPU ratio to baseline {cpu / n / (basis_cpu / basis_aantal):6.2f}"
            + ("" if client is None else f"; client CPU {client / n * 1000:.3f} s per 1,000 cases")
        )

    regel("baseline beoordeel + JSON (in-proc)", basis_aantal, basis_wand, basis_cpu)
    regel("POST /beoordeel, batches of 1,000", args.batches * 1000, batch_wand, batch_cpu, batch_client)
    regel("POST /beoordeel, single cases", args.enkel, enkel_wand, enkel_cpu, enkel_client)
    print(f"requests/s, single cases          : {args.enkel / enkel_wand:10,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
