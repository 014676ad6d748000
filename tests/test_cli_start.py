"""The command line starts lean: a run imports only the module of its own command (issue 15).

Not timed (timing belongs in ``benchmarks/cli_start.py``): what is imported is what costs, so these tests
read ``sys.modules`` of a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import verzuimregels
from verzuimregels.cli import COMMANDO_MODULES, COMMANDOS, parser

SRC = str(Path(verzuimregels.__file__).parents[1])

ZWAAR = (
    *("holidays", "pandas", "polars", "numpy", "pyarrow"),
    *("dask", "distributed", "fastapi", "uvicorn", "yaml", "matplotlib", "sqlite3"),
)
"""Packages of extras or of the calendar that no start of the command line needs."""


def _geimporteerd(code: str) -> set[str]:
    """The top-level names in ``sys.modules`` after running ``code`` in a fresh interpreter."""
    programma = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    omgeving = {**os.environ, "PYTHONPATH": SRC}
    uit = subprocess.run(
        [sys.executable, "-c", programma], capture_output=True, text=True, env=omgeving, check=True
    )
    return set(json.loads(uit.stdout.splitlines()[-1]))


def test_import_van_de_cli_laadt_geen_zware_pakketten() -> None:
    modules = _geimporteerd("import verzuimregels.cli")
    assert not {m.split(".")[0] for m in modules} & set(ZWAAR)
    assert not {f"verzuimregels.cli.{m}" for m in COMMANDO_MODULES} & modules


@pytest.mark.parametrize("commando", ["beoordeel", "status", "verlof", "boom"])
def test_de_parser_van_een_commando_laadt_alleen_zijn_eigen_module(commando: str) -> None:
    modules = _geimporteerd(f"from verzuimregels.cli import parser\nparser({commando!r})")
    eigen = f"verzuimregels.cli.{COMMANDOS[commando]}"
    assert eigen in modules
    anderen = {f"verzuimregels.cli.{m}" for m in COMMANDO_MODULES} - {eigen}
    assert not anderen & modules
    assert not {m.split(".")[0] for m in modules} & set(ZWAAR)
    # the models of other commands: the records analysis, meldingen, every schema
    assert not {"verzuimregels.registratie", "verzuimregels.melding", "verzuimregels.schema"} & modules


def test_commandotabel_is_wat_de_modules_registreren() -> None:
    volledig = parser()
    keuzes = next(a for a in volledig._actions if a.dest == "commando").choices
    assert keuzes is not None
    assert sorted(keuzes) == sorted(COMMANDOS)
    for commando, module in COMMANDOS.items():
        eigen = next(a for a in parser(commando)._actions if a.dest == "commando").choices
        assert eigen is not None
        assert commando in eigen, (commando, module)
