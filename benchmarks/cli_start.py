"""Benchmark: the start of the command line, the README's first command (issue 15: at most 150 ms wall).

Run:  python -m benchmarks.cli_start [--herhaal 20] [--zonder-importtijd]

The command is ``verzuimregels beoordeel examples/casussen.json --formaat tekst`` (five cases, text out),
run ``--herhaal`` times as a fresh process (``python -m verzuimregels``, output to ``/dev/null``, with
bytecode cached as after ``pip install``: ``PYTHONDONTWRITEBYTECODE`` is dropped for the runs), beside
baselines run interleaved with it, round by round, so that a change in the machine's load hits them
alike:

- ``python -c pass``: the interpreter's own start;
- ``python -c "import pydantic"``;
- ``python -c "from pydantic import BaseModel ..."`` with one model class: pydantic's start as every
  pydantic program pays it (its first model imports the schema machinery and looks up plugins);
- the same with :func:`gc.freeze` at its end: without the interpreter's last full garbage collection
  at shutdown (which :mod:`verzuimregels._programma` spares the command);
- ``python -m verzuimregels --version``: the package and the command line's parser, no command;
- the floors (:data:`BASISLIJNEN`): pydantic, then pydantic and ``holidays``, started as the program
  starts them; the differences of the medians say where the command's time goes.

For each: the median and the minimum of wall time and of CPU time (user + system, ``wait4`` rusage of
that process alone), and the command's ratio to the pydantic baseline and its time above it. On a
shared machine the wall time swings with the load; the CPU time and the ratios measured in the same
run are the figures to compare. ``nproc`` and the load average are printed before and after.

``--vergelijk SRC`` adds the same command run with another checkout's ``src`` (the code before a
change), interleaved with the rest: a before/after under the same load. ``--geinstalleerd`` adds the
command as a user runs it after ``pip install .``: the console script ``verzuimregels`` beside the
interpreter, with the installed package (no ``PYTHONPATH``); run the benchmark with that environment's
interpreter (``/tmp/venv/bin/python -m benchmarks.cli_start --geinstalleerd``).

Unless ``--zonder-importtijd``, one more run under ``python -X importtime`` adds what the start spends
its imports on, per top-level package (self time, summed): what limits it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

WORTEL = Path(__file__).parents[1]
COMMANDO = [
    "-m",
    "verzuimregels",
    "beoordeel",
    str(WORTEL / "examples" / "casussen.json"),
    "--formaat",
    "tekst",
]
"""The README's first command (after ``pip install .``), as ``python -m verzuimregels``."""

DOEL_MS = 150.0

_VLOER_PYDANTIC = (
    "import gc, os\n"
    "os.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', '__all__')\n"
    "gc.disable()\n"
    "from pydantic import BaseModel\n"
    "class M(BaseModel):\n"
    "    x: int\n"
)
_VLOER_HOLIDAYS = (
    "import datetime, importlib.util, pathlib, holidays\n"
    "pad = pathlib.Path(holidays.__file__).parent / 'countries' / 'netherlands.py'\n"
    "spec = importlib.util.spec_from_file_location('_holidays_nl', pad)\n"
    "nl = importlib.util.module_from_spec(spec)\n"
    "spec.loader.exec_module(nl)\n"
    "assert datetime.date(2017, 6, 1) not in nl.Netherlands(years=2017)\n"
)
_VLOER_EINDE = "gc.freeze()\n"

BASISLIJNEN: dict[str, list[str]] = {
    "python -c pass": ["-c", "pass"],
    "import pydantic": ["-c", "import pydantic"],
    "pydantic + one model": ["-c", "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int"],
    "pydantic + model, frozen": [
        "-c",
        "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int\nimport gc\ngc.freeze()",
    ],
    "verzuimregels --version": ["-m", "verzuimregels", "--version"],
    "floor: pydantic": ["-c", _VLOER_PYDANTIC + _VLOER_EINDE],
    "floor: pydantic, holidays": ["-c", _VLOER_PYDANTIC + _VLOER_HOLIDAYS + _VLOER_EINDE],
}
"""The floors (issue 15: what limits the command): the third-party packages the command needs, started
as :mod:`verzuimregels._programma` starts them (no plugin look-up, the collector off, frozen at exit).
``floor: pydantic`` is pydantic's import and one model; ``floor: pydantic, holidays`` adds ``holidays``
and its Netherlands module with the public holidays of one year (the example's fourth case gives dates:
its start of leerplicht is the first school day of a month), loaded alone from its file as
:mod:`verzuimregels.kalender` loads it. The command's time above the second floor is this package's own
modules and the five cases; the floor is what any implementation on pydantic and holidays pays."""


def _met_src(src: str) -> dict[str, str]:
    """The environment of a run with ``src`` first on the path, bytecode written and read as an installed
    package has it: without ``PYTHONDONTWRITEBYTECODE`` (set, every run compiled the package anew)."""
    omgeving = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**omgeving, "PYTHONPATH": src}


def _omgeving() -> dict[str, str]:
    return _met_src(str(WORTEL / "src"))


def een_run(args: list[str], omgeving: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh interpreter running ``args`` (stdout and stderr to /dev/null)."""
    acties = [
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    begin = time.perf_counter()
    pid = os.posix_spawn(sys.executable, [sys.executable, *args], omgeving, file_actions=acties)
    _, status, gebruik = os.wait4(pid, 0)
    wand = time.perf_counter() - begin
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} exited {os.waitstatus_to_exitcode(status)}")
    return wand, gebruik.ru_utime + gebruik.ru_stime


def importtijd(omgeving: dict[str, str]) -> tuple[float, list[tuple[str, float]]]:
    """Total self time of the command's imports and its share per top-level package (ms), from
    ``-X importtime`` (which itself adds some overhead to each import)."""
    uit = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-X", "importtime", *COMMANDO],
        env=omgeving,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    per: dict[str, float] = defaultdict(float)
    for regel in uit.stderr.splitlines():
        if not regel.startswith("import time:") or "self [us]" in regel:
            continue
        zelf, _, naam = regel.removeprefix("import time:").split("|")
        module = naam.strip()
        pakket = module.split(".")[0]
        if pakket == "verzuimregels":
            pakket = ".".join(module.split(".")[:2])
        per[pakket] += int(zelf) / 1000
    return sum(per.values()), sorted(per.items(), key=lambda kv: -kv[1])


def _last() -> str:
    een, vijf, vijftien = os.getloadavg()
    return f"load average {een:.2f} {vijf:.2f} {vijftien:.2f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.cli_start", description=__doc__)
    p.add_argument("--herhaal", type=int, default=20, help="runs of each command (default 20)")
    p.add_argument("--zonder-importtijd", action="store_true", help="skip the -X importtime breakdown")
    p.add_argument(
        "--vergelijk",
        metavar="SRC",
        help="also run the command with another checkout's src directory (e.g. the code before a change), "
        "interleaved with the rest: a before/after under the same load",
    )
    p.add_argument(
        "--geinstalleerd",
        action="store_true",
        help="also run the console script 'verzuimregels' beside this interpreter, with the installed "
        "package (no PYTHONPATH): the command as a user runs it after 'pip install .'",
    )
    args = p.parse_args(argv)
    omgeving = _omgeving()
    print(f"nproc {os.cpu_count()}; {_last()} (before); {args.herhaal} runs each, interleaved")
    runs = {"beoordeel (README)": (COMMANDO, omgeving)}
    if args.vergelijk:
        runs["beoordeel (--vergelijk)"] = (COMMANDO, _met_src(args.vergelijk))
    if args.geinstalleerd:
        script = Path(sys.executable).parent / "verzuimregels"
        if not script.is_file():
            raise SystemExit(f"--geinstalleerd: no console script {script}: pip install . first")
        zonder_pad = {k: v for k, v in _met_src("").items() if k != "PYTHONPATH"}
        runs["beoordeel (installed)"] = ([str(script), *COMMANDO[2:]], zonder_pad)
    runs.update({naam: (regel, omgeving) for naam, regel in BASISLIJNEN.items()})
    for regel, env in runs.values():  # warm the file cache and the bytecode cache once
        een_run(regel, env)
    gemeten: dict[str, list[tuple[float, float]]] = {naam: [] for naam in runs}
    for _ in range(args.herhaal):
        for naam, (regel, env) in runs.items():
            gemeten[naam].append(een_run(regel, env))
    print(f"{'':26} {'wall median':>12} {'wall min':>9} {'CPU median':>11} {'CPU min':>8}")
    mediaan: dict[str, tuple[float, float]] = {}
    for naam, metingen in gemeten.items():
        wand = [w for w, _ in metingen]
        cpu = [c for _, c in metingen]
        mediaan[naam] = (statistics.median(wand), statistics.median(cpu))
        print(
            f"{naam:26} {mediaan[naam][0] * 1000:9.1f} ms {min(wand) * 1000:6.1f} ms "
            f"{mediaan[naam][1] * 1000:8.1f} ms {min(cpu) * 1000:5.1f} ms"
        )
    w, c = mediaan["beoordeel (README)"]
    bw, bc = mediaan["pydantic + one model"]
    if args.vergelijk:
        vw, vc = mediaan["beoordeel (--vergelijk)"]
        print(f"beoordeel vs --vergelijk: {w / vw:.2f}x wall, {c / vc:.2f}x CPU")
    print(
        f"beoordeel vs pydantic + one model: {w / bw:.2f}x wall, {c / bc:.2f}x CPU; "
        f"above it: {(w - bw) * 1000:.0f} ms wall, {(c - bc) * 1000:.0f} ms CPU"
    )
    print(
        f"target: <= {DOEL_MS:.0f} ms wall; median wall {w * 1000:.0f} ms, median CPU {c * 1000:.0f} ms "
        f"({'met' if w * 1000 <= DOEL_MS else 'not met'} at this load); {_last()} (after)"
    )
    print("where the command's time goes (differences of the medians above, wall / CPU):")
    vorige = (0.0, 0.0)
    for naam, wat in (
        ("python -c pass", "the interpreter's start"),
        ("floor: pydantic", "pydantic's import and first model, as the program starts them"),
        ("floor: pydantic, holidays", "holidays and the Netherlands' public holidays"),
        ("beoordeel (README)", "this package's modules, the parser and the five cases"),
    ):
        nw, nc = mediaan[naam]
        print(f"  {wat:66} {(nw - vorige[0]) * 1000:6.1f} / {(nc - vorige[1]) * 1000:6.1f} ms")
        vorige = (nw, nc)
    vw, vc = mediaan["floor: pydantic, holidays"]
    print(
        f"the floor (pydantic and holidays, as started here): median wall {vw * 1000:.0f} ms, "
        f"CPU {vc * 1000:.0f} ms; the target leaves {DOEL_MS - vw * 1000:.0f} ms wall above it"
    )
    if args.geinstalleerd:
        iw, ic = mediaan["beoordeel (installed)"]
        print(
            f"installed console script: median wall {iw * 1000:.0f} ms, median CPU {ic * 1000:.0f} ms "
            f"({'met' if iw * 1000 <= DOEL_MS else 'not met'} at this load)"
        )
    if not args.zonder_importtijd:
        totaal, per = importtijd(omgeving)
        print(
            f"imports of the command (-X importtime, self time summed): {totaal:.0f} ms (a module loaded "
            "by importlib.import_module or as a submodule in 'from package import module', such as the "
            "command's own module, is not listed: its self time is missing and its imports are listed "
            "at the top level)"
        )
        print("  " + "; ".join(f"{naam} {ms:.0f}" for naam, ms in per[:12]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
