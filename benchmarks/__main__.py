"""Every benchmark, one after the other, with one command: ``python -m benchmarks``.

``--landelijk`` runs the record analysis at national scale (2,500,000 pupils, a full school year each:
minutes); by default it runs 100,000 pupils. ``--snel`` runs every benchmark at a tiny size (a smoke
run). Each benchmark reports its own baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import sys

from . import (
    analyse,
    analyse_schaal,
    cli_start,
    export_stroom,
    geheugen,
    keuzehulp,
    keuzehulp_batch,
    server,
    werklijst,
)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    grootte = p.add_mutually_exclusive_group()
    grootte.add_argument("--landelijk", action="store_true", help="record analysis of 2,500,000 pupils")
    grootte.add_argument("--snel", action="store_true", help="tiny sizes: a smoke run, not a measurement")
    args = p.parse_args(argv)
    leerlingen = "2500000" if args.landelijk else "100000"
    runs = (
        ("keuzehulp: beoordeel", keuzehulp.main, ["--aantal", "2000" if args.snel else "100000"]),
        (
            "keuzehulp: beoordeel_frame",
            keuzehulp_batch.main,
            ["--aantal", "3000", "--steekproef", "300", "--chunk", "1000"] if args.snel else [],
        ),
        (
            "record analysis: analyseer",
            analyse.main,
            ["--aantal", "100", "--herhaal", "1"] if args.snel else [],
        ),
        (
            "record analysis: analyseer_frame",
            analyse_schaal.main,
            ["--leerlingen", "300", "--per", "120", "--steekproef", "50"]
            if args.snel
            else ["--leerlingen", leerlingen],
        ),
        (
            "worklist: a school and a gemeente",
            werklijst.main,
            ["--school", "100", "--gemeente", "400", "--per", "200", "--herhaal", "1", "--zonder-jaar"]
            if args.snel
            else [],
        ),
        (
            "peak memory of every command on a 200 MB input",
            geheugen.main,
            ["--mb", "0.05", "--basis-mb", "0.02", "--commando", "beoordeel"] if args.snel else [],
        ),
        (
            "reading exports: analyseer on a 100 MB export",
            export_stroom.main,
            ["--mb", "0.05", "--basis-mb", "0.02"] if args.snel else [],
        ),
        (
            "HTTP: POST /beoordeel (one worker)",
            server.main,
            ["--batches", "2", "--enkel", "100"] if args.snel else [],
        ),
        (
            "CLI start: beoordeel on the example file",
            cli_start.main,
            ["--herhaal", "1", "--zonder-importtijd"] if args.snel else [],
        ),
    )
    for titel, functie, opties in runs:
        print(f"\n== {titel}", flush=True)
        code = functie(opties)
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
