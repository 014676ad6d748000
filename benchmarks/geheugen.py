"""Benchmark: peak memory of every command on a large input (issue 11: at most 150 MB each).

Run:  python -m benchmarks.geheugen [--alle] [--grootte 200] [--basis-mb 2] [--commando C ...] [--map DIR]

For each command an input of about ``--grootte`` (``--mb``) MB and one of ``--basis-mb`` MB is made
once in ``--map`` (default ``/tmp/verzuimregels-geheugen``, kept for later runs, never in the
repository) from the shipped examples (rows repeated, keys numbered): JSON arrays for ``beoordeel``,
``status``, ``verlof``, ``analyseer``, ``werklijst``, ``valideer`` and ``toets``; JSON Lines for
``beoordeel``, ``status``, ``verlof`` and ``thuiszitters``; the records CSV for ``analyseer`` (grouped,
and with ``--volgorde willekeurig``) and the melding CSV for ``valideer``; a Magister export with its
pupils file for ``analyseer --bron magister``. Making the inputs is not measured. Each run is a fresh
``verzuimregels`` process started by a tiny launcher (Linux keeps a parent's peak RSS across fork and
exec); the report gives its peak resident memory (``wait4`` rusage, ``ru_maxrss``), CPU time and wall
time, and the ratios of the large run to the baseline run of the same command in the same invocation,
beside the memory of a process that only starts the command line. The command's output is read here
as it streams and its rows counted, never kept: every input row must come back as a result row or an
error row (pupils for the records CSV, situations for ``thuiszitters``, cases for ``toets``).
``nproc`` and the load average are printed beside the figures, and a Markdown table at the end.
Exit 1 when a command goes over 150 MB, fails or loses a row.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

_MEETPROCES = """
import os, sys
stderr = [(os.POSIX_SPAWN_OPEN, 2, sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)]
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ, file_actions=stderr)
_, status, r = os.wait4(pid, 0)
print(r.ru_maxrss, r.ru_utime + r.ru_stime, os.waitstatus_to_exitcode(status), file=sys.stderr)
"""
"""A small process that starts the command and reports its rusage on its own stderr: Linux keeps a
process's peak RSS across fork and exec, so a command started straight from a large parent (``python -m
benchmarks`` after the in-process benchmarks) would report the parent's peak instead of its own. The
command's standard output is the launcher's (read and counted here, a line at a time, never kept); its
standard error goes to a file (error rows of ``thuiszitters``)."""


Teller = Callable[[Iterable[bytes], Path], tuple[int, int]]
"""Counts the rows of a command's output: (its output lines, the file of its standard error, complete once
the lines end) -> (result rows, error rows)."""


def tel_json_regels(uit: Iterable[bytes], _fout: Path) -> tuple[int, int]:
    """JSON array or JSON Lines out, one element per line: ``{"fout": ...}`` is an error row."""
    rijen = fouten = 0
    for regel in uit:
        if regel.startswith(b'{"fout"'):
            fouten += 1
        elif regel.startswith(b"{"):
            rijen += 1
    return rijen, fouten


def tel_valideer(uit: Iterable[bytes], _fout: Path) -> tuple[int, int]:
    """``valideer``'s report: the elements of ``rijen`` (one per line, before ``"leerlingen"``)."""
    rijen = fouten = 0
    in_rijen = False
    for regel in uit:
        if regel.startswith(b'{"rijen": ['):
            in_rijen = True
        elif regel.startswith(b'], "leerlingen"'):
            in_rijen = False
        elif in_rijen and regel.startswith(b'{"fout"'):
            fouten += 1
        elif in_rijen and regel.startswith(b"{"):
            rijen += 1
    return rijen, fouten


_GROEPKOP = re.compile(rb"^\S.*: (\d+) leerlingen \xc2\xb7 ")


def tel_werklijst(uit: Iterable[bytes], _fout: Path) -> tuple[int, int]:
    """The worklist as text: the pupils of each group's heading, and the ``FOUT rij`` lines."""
    rijen = fouten = 0
    for regel in uit:
        if regel.startswith(b"FOUT rij "):
            fouten += 1
        elif kop := _GROEPKOP.match(regel):
            rijen += int(kop.group(1))
    return rijen, fouten


def tel_thuiszitters(uit: Iterable[bytes], fout: Path) -> tuple[int, int]:
    """``--formaat csv``: every situation is in exactly one category per peildatum (one peildatum here);
    the rows that could not be counted are on standard error."""
    from verzuimregels.thuiszitters.modellen import Categorie

    lezer = csv.DictReader(regel.decode() for regel in uit)
    rijen = sum(int(r[c.value]) for r in lezer for c in Categorie)
    with open(fout, encoding="utf-8", errors="replace") as f:
        return rijen, sum(") niet geteld: " in regel for regel in f)


_TOETS = re.compile(rb"^(\d+) geval(?:len)?: ")


def tel_toets(uit: Iterable[bytes], _fout: Path) -> tuple[int, int]:
    """``toets``: its summary line names the cases it ran."""
    gevallen = 0
    for regel in uit:
        if samenvatting := _TOETS.match(regel):
            gevallen = int(samenvatting.group(1))
    return gevallen, 0


def meet(args: list[str], teller: Teller = tel_json_regels) -> Meting:
    """Run ``verzuimregels`` with ``args``: its peak RSS, CPU and wall time, exit code and output rows."""
    omgeving = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    with tempfile.NamedTemporaryFile(prefix="geheugen-", suffix=".stderr") as fout:
        begin = time.perf_counter()
        proces = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [
                sys.executable,
                "-S",
                "-c",
                _MEETPROCES,
                fout.name,
                sys.executable,
                "-m",
                "verzuimregels",
                *args,
            ],
            env=omgeving,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        assert proces.stdout is not None
        assert proces.stderr is not None
        rijen, fouten = teller(proces.stdout, Path(fout.name))
        for _ in proces.stdout:  # to the end (then the command has ended and its stderr file is complete)
            pass
        verslag = proces.stderr.read().decode()
        proces.wait()
        wand = time.perf_counter() - begin
    if proces.returncode:
        raise RuntimeError(f"the launcher failed (exit {proces.returncode}): {verslag.strip()}")
    rss, cpu, code = verslag.split()[-3:]
    return Meting(int(rss) / 1024, float(cpu), wand, int(code), rijen, fouten)


@dataclass(frozen=True)
class Meting:
    """One run of a command."""

    rss_mb: float
    cpu_s: float
    wand_s: float
    code: int
    rijen: int
    """Result rows written (verdicts, reports, counted situations, cases)."""
    fouten: int
    """Error rows written."""


VOORBEELDEN = Path(__file__).parents[1] / "examples"
GRENS_MB = 150.0
PEIL = ["--peildatum", "2026-07-15"]


def _json_rijen(naam: str) -> list[Any]:
    tekst = (VOORBEELDEN / naam).read_text(encoding="utf-8")
    if naam.endswith(".jsonl"):
        return [json.loads(r) for r in tekst.splitlines() if r.strip()]
    waarde = json.loads(tekst)
    return waarde if isinstance(waarde, list) else [waarde]


def _genummerd(rij: Any, n: int) -> Any:
    """A copy of ``rij`` with its own key (pupils need distinct keys)."""
    if isinstance(rij, dict) and "sleutel" in rij:
        return {**rij, "sleutel": f"{rij['sleutel']}-{n}"}
    return rij


def json_array(pad: Path, voorbeeld: str, mb: float, *, jsonl: bool = False) -> int:
    """A JSON array (or JSON Lines) of about ``mb`` MB, the example's rows repeated; returns the rows."""
    rijen = _json_rijen(voorbeeld)
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8") as f:
        if not jsonl:
            f.write("[")
        while geschreven < doel:
            blok = []
            for rij in rijen:
                n += 1
                tekst = json.dumps(_genummerd(rij, n), ensure_ascii=False)
                blok.append(tekst + "\n" if jsonl else ("," if n > 1 else "") + tekst)
            stuk = "".join(blok)
            f.write(stuk)
            geschreven += len(stuk)
        if not jsonl:
            f.write("]\n")
    return n


def csv_bestand(pad: Path, voorbeeld: str, mb: float, sleutelkolom: str) -> int:
    """The example CSV's data rows repeated to about ``mb`` MB, keys numbered; returns the rows."""
    tekst = (VOORBEELDEN / voorbeeld).read_text(encoding="utf-8")
    scheiding = ";" if tekst.split("\n", 1)[0].count(";") > tekst.split("\n", 1)[0].count(",") else ","
    lezer = csv.DictReader(io.StringIO(tekst), delimiter=scheiding)
    kop, rijen = list(lezer.fieldnames or ()), list(lezer)
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8", newline="") as f:
        schrijver = csv.DictWriter(f, kop, delimiter=scheiding, lineterminator="\n")
        schrijver.writeheader()
        herhaling = 0
        while geschreven < doel:
            herhaling += 1
            buffer = io.StringIO()
            w = csv.DictWriter(buffer, kop, delimiter=scheiding, lineterminator="\n")
            for rij in rijen:
                n += 1
                w.writerow({**rij, sleutelkolom: f"{rij[sleutelkolom]}-{herhaling}"})
            stuk = buffer.getvalue()
            f.write(stuk)
            geschreven += len(stuk)
    return n


Maker = Callable[[Path, float], int]
INVOER: dict[str, tuple[str, Maker]] = {
    "casussen": ("json", lambda p, mb: json_array(p, "casussen.json", mb)),
    "casussen-jsonl": ("jsonl", lambda p, mb: json_array(p, "casussen.json", mb, jsonl=True)),
    "status": ("json", lambda p, mb: json_array(p, "status.jsonl", mb)),
    "status-jsonl": ("jsonl", lambda p, mb: json_array(p, "status.jsonl", mb, jsonl=True)),
    "verlof": ("json", lambda p, mb: json_array(p, "verlof.json", mb)),
    "verlof-jsonl": ("jsonl", lambda p, mb: json_array(p, "verlof.json", mb, jsonl=True)),
    "leerlingen": ("json", lambda p, mb: json_array(p, "leerlingen.json", mb)),
    "records": ("csv", lambda p, mb: csv_bestand(p, "verzuim.csv", mb, "leerling")),
    "magister": ("json", lambda p, mb: _magister(p, mb)),
    "meldingen-json": ("json", lambda p, mb: _meldingen_json(p, mb)),
    "meldingen-csv": ("csv", lambda p, mb: csv_bestand(p, "meldingen.csv", mb, "sleutel")),
    "gemeente": ("jsonl", lambda p, mb: json_array(p, "gemeente.jsonl", mb, jsonl=True)),
    "toetsgevallen": ("json", lambda p, mb: _toetsgevallen(p, mb)),
    "schoolleerlingen": ("csv", lambda p, mb: _schoolleerlingen(p, mb)),
    "valideer-records": ("json", lambda p, mb: _valideer_records(p, mb)),
}
"""Per kind of input: its suffix and how to make it (``pad``, MB) -> rows. Made once per size in
``--map`` and reused by every command (and every later run) that reads it; making it is not measured."""


@dataclass(frozen=True)
class Commando:
    """One command measured: its input, its command line and how its output rows are counted."""

    invoer: str
    """The kind of input (a key of ``INVOER``)."""
    regel: list[str]
    """The command line (``{bestand}``: the input; ``{leerlingen}``: the pupils file of an export;
    ``{export}``: the small export that goes with a large pupils file)."""
    teller: Teller = tel_json_regels
    formaat: str = "JSON array"
    """The input's format, for the table."""


ANALYSEER_CSV = ["analyseer", "{bestand}", *PEIL, "--onderwijssoort", "vo"]
COMMANDO_S: dict[str, Commando] = {
    "beoordeel": Commando("casussen", ["beoordeel", "{bestand}"]),
    "beoordeel-jsonl": Commando("casussen-jsonl", ["beoordeel", "{bestand}"], formaat="JSON Lines"),
    "status": Commando("status", ["status", "{bestand}"]),
    "status-jsonl": Commando("status-jsonl", ["status", "{bestand}"], formaat="JSON Lines"),
    "verlof": Commando("verlof", ["verlof", "{bestand}"]),
    "verlof-jsonl": Commando("verlof-jsonl", ["verlof", "{bestand}"], formaat="JSON Lines"),
    "analyseer-json": Commando("leerlingen", ["analyseer", "{bestand}", *PEIL]),
    "analyseer-csv": Commando("records", ANALYSEER_CSV, formaat="records CSV, grouped"),
    "analyseer-csv-willekeurig": Commando(
        "records", [*ANALYSEER_CSV, "--volgorde", "willekeurig"], formaat="records CSV, any order"
    ),
    "analyseer-export": Commando(
        "magister",
        ["analyseer", "{bestand}", *PEIL, "--bron", "magister", "--leerlingen", "{leerlingen}"],
        formaat="Magister export + pupils CSV",
    ),
    "analyseer-export-leerlingen": Commando(
        "schoolleerlingen",
        ["analyseer", "{export}", *PEIL, "--bron", "magister", "--leerlingen", "{bestand}"],
        formaat="pupils CSV + small Magister export",
    ),
    "valideer-json": Commando("meldingen-json", ["valideer", "{bestand}", *PEIL], tel_valideer),
    "valideer-csv": Commando("meldingen-csv", ["valideer", "{bestand}", *PEIL], tel_valideer, "CSV"),
    "valideer-records": Commando(
        "valideer-records",
        ["valideer", "{export}", *PEIL, "--records", "{bestand}"],
        tel_valideer,
        "meldingen JSON + records JSON array",
    ),
    "werklijst": Commando("leerlingen", ["werklijst", "{bestand}", *PEIL], tel_werklijst),
    "thuiszitters": Commando(
        "gemeente", ["thuiszitters", "{bestand}", *PEIL, "--formaat", "csv"], tel_thuiszitters, "JSON Lines"
    ),
    "toets": Commando("toetsgevallen", ["toets", "{bestand}"], tel_toets),
}
"""Every command measured (``--alle``: all of them, in this order). ``thuiszitters`` writes CSV, whose
categories add up to every situation counted; the other outputs have a line per row or a count of them."""


def verwachte_rijen(soort: str, rijen: int, pad: Path) -> int:
    """The rows the output must account for: pupils for the records CSV (each pupil's records are one
    row out) and for a Magister export (the pupils that have a row in it: the pupils file also holds
    pupils without absences, about 1 in 1,000 here, and those are no row of the export), else the
    input's rows (elements, lines, meldingen, situations, cases)."""
    if soort == "magister":
        leerlingen: set[bytes] = set()
        rest = b""
        with open(pad, "rb") as f:  # one line of 200 MB: read in pieces, each cut before an item
            while stuk := f.read(1 << 20):
                stuk = rest + stuk
                grens = stuk.rfind(b'{"leerling": ')
                leerlingen.update(_MAGISTER_LEERLING.findall(stuk, 0, max(grens, 0)))
                rest = stuk[max(grens, 0) :]
        leerlingen.update(_MAGISTER_LEERLING.findall(rest))
        return len(leerlingen)
    if soort != "records":
        return rijen
    tekst = (VOORBEELDEN / "verzuim.csv").read_text(encoding="utf-8")
    voorbeeld = list(csv.DictReader(io.StringIO(tekst)))
    return rijen // len(voorbeeld) * len({r["leerling"] for r in voorbeeld})


_MAGISTER_LEERLING = re.compile(rb'\{"leerling": "([^"]*)"')


TOETS_MB = 9.9
"""``toets`` reads its file whole and refuses one over 10 MB (``cli/toets.py``): it is measured at this
size at most (and its large run is then this size, whatever ``--mb`` says)."""


def _magister(pad: Path, mb: float) -> int:
    """A Magister absences export and its pupils file (``<name>-leerlingen.csv`` beside it)."""
    from .export_stroom import magister_json

    return magister_json(pad, _leerlingen(pad), mb)


def _leerlingen(pad: Path) -> Path:
    return pad.with_name(pad.stem + "-leerlingen.csv")


def _export(pad: Path) -> Path:
    return pad.with_name(pad.stem + "-export.json")


def _schoolleerlingen(pad: Path, mb: float) -> int:
    """A pupils file (``--leerlingen``) of about ``mb`` MB and, beside it (``<name>-export.json``), a
    Magister export with a few absences of every 100th pupil, in pupil order: what ``analyseer --bron``
    holds per pupil of the school, whatever the export's size. Returns the number of pupils in the
    export (the output's rows; the pupils file holds a hundred times as many)."""
    from .export_stroom import time_utc

    doel, geschreven, n, in_export = int(mb * 1_000_000), 0, 0, 0
    with open(pad, "w", encoding="utf-8") as ll, open(_export(pad), "w", encoding="utf-8") as f:
        kop = "leerling,geboortedatum,onderwijssoort,regio,lesuur_minuten,uren_per_lesdag\n"
        ll.write(kop)
        geschreven += len(kop)
        f.write("[")
        eerste = True
        while geschreven < doel:
            n += 1
            regel = f"{n},{2009 + n % 6}-{1 + n % 12:02d}-{1 + n % 28:02d},vo,midden,50,7\n"
            ll.write(regel)
            geschreven += len(regel)
            if n % 100 != 1:
                continue
            in_export += 1
            for dag in range(2, 6):
                start, eind = time_utc(date(2026, 3, dag), 1 + n % 7)
                item = {"leerling": str(n), "Start": start, "Eind": eind, "Lesuur": 1 + n % 7}
                f.write(
                    ("" if eerste else ",")
                    + json.dumps({**item, "Code": "AB", "Verantwoordingtype": 1, "Geoorloofd": False})
                )
                eerste = False
        f.write("]\n")
    return in_export


def _toetsgevallen(pad: Path, mb: float) -> int:
    """The worked cases of ``examples/toetsgevallen.yaml`` as a JSON list, repeated (needs PyYAML)."""
    import yaml

    gevallen = yaml.safe_load((VOORBEELDEN / "toetsgevallen.yaml").read_text(encoding="utf-8"))
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8") as f:
        f.write("[")
        while geschreven < doel:
            for geval in gevallen:
                n += 1
                stuk = ("," if n > 1 else "") + json.dumps(
                    {**geval, "naam": f"{geval['naam']} #{n}"}, default=str
                )
                f.write(stuk)
                geschreven += len(stuk)
        f.write("]\n")
    return n


def _meldingen_json(pad: Path, mb: float) -> int:
    """The example meldingen as a JSON array (from the CSV: cells as JSON strings, empty ones left out)."""
    tekst = (VOORBEELDEN / "meldingen.csv").read_text(encoding="utf-8")
    rijen = [{k: v for k, v in r.items() if v} for r in csv.DictReader(io.StringIO(tekst), delimiter=";")]
    bron = pad.with_suffix(".bron.json")
    bron.write_text(json.dumps(rijen), encoding="utf-8")
    doel, geschreven, n = int(mb * 1_000_000), 0, 0
    with open(pad, "w", encoding="utf-8") as f:
        f.write("[")
        while geschreven < doel:
            for rij in rijen:
                n += 1
                stuk = ("," if n > 1 else "") + json.dumps({**rij, "sleutel": f"m-{n}"}, ensure_ascii=False)
                f.write(stuk)
                geschreven += len(stuk)
        f.write("]\n")
    bron.unlink()
    return n


def _valideer_records(pad: Path, mb: float) -> int:
    """A records file (``--records``) of about ``mb`` MB, the example pupils repeated with numbered keys,
    and beside it (``<name>-export.json``) 1,000 example meldingen, each naming a pupil spread over the
    whole records file (``leerling``): what ``valideer --records`` holds per pupil, whatever the records'
    size. Returns the meldingen (the output's rows)."""
    leerlingen = _json_rijen("leerlingen.json")
    aantal = json_array(pad, "leerlingen.json", mb)
    tekst = (VOORBEELDEN / "meldingen.csv").read_text(encoding="utf-8")
    rijen = [{k: v for k, v in r.items() if v} for r in csv.DictReader(io.StringIO(tekst), delimiter=";")]
    meldingen = []
    for i in range(1_000):
        n = (i * 7_919) % aantal + 1  # a pupil anywhere in the file, in no order
        sleutel = f"{leerlingen[(n - 1) % len(leerlingen)]['sleutel']}-{n}"
        meldingen.append({**rijen[i % len(rijen)], "sleutel": f"m-{i + 1}", "leerling": sleutel})
    _export(pad).write_text(json.dumps(meldingen, ensure_ascii=False), encoding="utf-8")
    return len(meldingen)


def invoer(map_: Path, soort: str, mb: float) -> tuple[Path, int]:
    """The input of ``soort`` at ``mb`` MB in ``map_``: made now, or the one an earlier run made."""
    suffix, maak = INVOER[soort]
    pad = map_ / f"{soort}-{mb:g}mb.{suffix}"
    teller = pad.with_name(pad.name + ".rijen")
    if not (pad.exists() and teller.exists()):
        teller.unlink(missing_ok=True)
        rijen = maak(pad, mb)
        teller.write_text(str(rijen))  # written last: a file without it was not finished
    return pad, int(teller.read_text())


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.geheugen", description=__doc__)
    p.add_argument("--mb", "--grootte", type=float, default=200.0, help="size of the large inputs (MB)")
    p.add_argument("--basis-mb", type=float, default=2.0, help="size of the baseline inputs (MB)")
    keuze = p.add_mutually_exclusive_group()
    keuze.add_argument(
        "--commando", action="append", choices=list(COMMANDO_S), help="only these (repeatable)"
    )
    keuze.add_argument("--alle", action="store_true", help="every command, one after the other (the default)")
    p.add_argument(
        "--map",
        type=Path,
        default=Path(tempfile.gettempdir()) / "verzuimregels-geheugen",
        help="where the inputs are made and kept for later runs (default: /tmp/verzuimregels-geheugen)",
    )
    args = p.parse_args(argv)
    args.map.mkdir(parents=True, exist_ok=True)
    print(
        f"nproc {len(os.sched_getaffinity(0))}  load average {_load()}  nice {os.nice(0)}  "
        f"{time.strftime('%Y-%m-%d %H:%M %Z')}"
    )
    leeg = meet(["--version"]).rss_mb
    print(f"baseline: the command line alone (--version) peak RSS {leeg:.1f} MB", flush=True)
    te_veel, tabel = [], []
    for naam in args.commando or list(COMMANDO_S):
        commando = COMMANDO_S[naam]
        gemeten = []
        for maat, mb in (("basis", args.basis_mb), ("groot", args.mb)):
            if naam == "toets" and mb > TOETS_MB:  # toets refuses a larger file (exit 2)
                mb = TOETS_MB
            pad, rijen = invoer(args.map, commando.invoer, mb)
            verwacht = verwachte_rijen(commando.invoer, rijen, pad)
            grootte = pad.stat().st_size / 1_000_000
            regel = [
                a.format(bestand=pad, leerlingen=_leerlingen(pad), export=_export(pad))
                for a in commando.regel
            ]
            load = _load()
            m = meet(regel, commando.teller)
            gemeten.append((grootte, m))
            compleet = m.rijen + m.fouten == verwacht
            print(
                f"{naam:<26} {maat:<6} {grootte:7.1f} MB  peak RSS {m.rss_mb:7.1f} MB  CPU {m.cpu_s:7.1f} s  "
                f"wall {m.wand_s:7.1f} s  exit {m.code}  rows in {verwacht} out {m.rijen} + {m.fouten} "
                f"error rows {'OK' if compleet else 'ROWS LOST'}  load before {load}",
                flush=True,
            )
            if m.code not in (0, 1):
                te_veel.append(f"{naam}: exit {m.code}")
            if not compleet:
                te_veel.append(f"{naam} ({maat}): {verwacht} rows in, {m.rijen} + {m.fouten} out")
        (g0, m0), (g1, m1) = gemeten
        print(
            f"{'':<26} ratio  size ×{g1 / g0:.0f}  peak RSS ×{m1.rss_mb / m0.rss_mb:.2f} "
            f"(×{m1.rss_mb / leeg:.2f} of the bare command line)  CPU ×{m1.cpu_s / max(m0.cpu_s, 1e-3):.0f}  "
            f"{'OK' if m1.rss_mb <= GRENS_MB else 'OVER'} (limit {GRENS_MB:.0f} MB)",
            flush=True,
        )
        tabel.append(
            f"| `{naam}` | {commando.formaat} | {g1:.1f} | {verwacht:,} | {m1.rijen:,} + {m1.fouten:,} | "
            f"{m0.rss_mb:.1f} | **{m1.rss_mb:.1f}** | {m1.cpu_s:.1f} | {m1.wand_s:.1f} | {load} |"
        )
        if m1.rss_mb > GRENS_MB:
            te_veel.append(f"{naam}: {m1.rss_mb:.0f} MB")
    print(f"load average after {_load()}")
    print(
        f"\n| command | input | MB | rows in | rows out + error rows | peak RSS {args.basis_mb:g} MB input | "
        "peak RSS large input | CPU s | wall s | load before |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    print("\n".join(tabel))
    if te_veel:
        print("over the limit, failed or rows lost: " + "; ".join(te_veel))
    return 1 if te_veel else 0


if __name__ == "__main__":
    sys.exit(main())
