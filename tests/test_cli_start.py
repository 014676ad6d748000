"""The command line starts lean: a run imports only the module of its own command (issue 15).

Not timed (timing belongs in ``benchmarks/cli_start.py``): what is imported is what costs, so these tests
read ``sys.modules`` of a fresh interpreter.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import verzuimregels
from verzuimregels.cli import COMMANDO_MODULES, COMMANDOS, parser

SRC = str(Path(verzuimregels.__file__).parents[1])
VOORBEELD = Path(SRC).parent / "examples" / "casussen.json"

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


def test_version_laadt_geen_commandomodule() -> None:
    code = "from verzuimregels.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    modules = _geimporteerd(code)
    assert not {f"verzuimregels.cli.{m}" for m in COMMANDO_MODULES} & modules


def test_commandotabel_is_wat_de_modules_registreren() -> None:
    volledig = parser()
    keuzes = next(a for a in volledig._actions if a.dest == "commando").choices
    assert keuzes is not None
    assert sorted(keuzes) == sorted(COMMANDOS)
    for commando, module in COMMANDOS.items():
        eigen = next(a for a in parser(commando)._actions if a.dest == "commando").choices
        assert eigen is not None
        assert commando in eigen, (commando, module)


def test_import_van_het_pakket_laadt_niets_dan_zijn_versie() -> None:
    """``verzuimregels`` imports its public names on first use: ``import verzuimregels.cli`` (every run
    of the command line) does not build the models of status and verlof for ``beoordeel``."""
    modules = _geimporteerd("import verzuimregels")
    assert {m for m in modules if m.startswith("verzuimregels.")} == {"verzuimregels._versie"}
    assert "pydantic" not in modules


def test_beoordeel_laadt_status_en_verlof_niet() -> None:
    code = (
        "import contextlib, io\nfrom verzuimregels.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['beoordeel', {str(VOORBEELD)!r}, '--formaat', 'tekst'])"
    )
    modules = _geimporteerd(code)
    assert "verzuimregels.keuzehulp.evaluator" in modules
    assert not {"verzuimregels.status", "verzuimregels.verlof", "verzuimregels.registratie"} & modules
    assert "stdnum" not in modules  # no sleutel in the example: nothing to check for a BSN


def _typeimports() -> dict[str, str]:
    """The names the package's ``if TYPE_CHECKING:`` block imports, with their module."""
    boom = ast.parse(Path(verzuimregels.__file__).read_text(encoding="utf-8"))
    blok = next(k for k in boom.body if isinstance(k, ast.If) and ast.unparse(k.test) == "TYPE_CHECKING")
    return {
        alias.name: str(knoop.module)
        for knoop in blok.body
        if isinstance(knoop, ast.ImportFrom)
        for alias in knoop.names
    }


def test_luie_namen_van_het_pakket_zijn_zijn_typeimports() -> None:
    """The table ``__getattr__`` reads, the imports type checkers read and ``__all__`` agree."""
    assert _typeimports() == verzuimregels._MODULE_VAN
    assert set(verzuimregels.__all__) - {"__version__"} == set(verzuimregels._MODULE_VAN) - {
        "beoordeel_frame"
    }
    for naam, module in verzuimregels._MODULE_VAN.items():
        if naam != "beoordeel_frame":  # needs the frame extra
            eigen = importlib.import_module(f"verzuimregels.{module}")
            assert getattr(verzuimregels, naam) is getattr(eigen, naam)
    assert verzuimregels.kalender is importlib.import_module("verzuimregels.kalender")
    with pytest.raises(AttributeError, match="bestaat_niet"):
        _ = verzuimregels.bestaat_niet


def _beoordeel(invoer: str, *opties: str) -> str:
    """A program that runs ``beoordeel`` on the file ``invoer`` (output discarded)."""
    argumenten = ["beoordeel", invoer, *opties]
    return (
        "import contextlib, io\nfrom verzuimregels.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    main({argumenten!r})"
    )


@pytest.mark.parametrize("formaat", [(), ("--formaat", "tekst")])
def test_beoordeel_laadt_geen_extra_en_bouwt_de_foutmodellen_niet(formaat: tuple[str, ...]) -> None:
    """Issue 15: the start of ``beoordeel`` imports none of the extras (pandas, numpy, polars, ...),
    nor every country of ``holidays``, nor the traceback module; a run without error rows builds no
    error model (``defer_build``)."""
    code = _beoordeel(str(VOORBEELD), *formaat) + (
        "\nfrom verzuimregels.fouten import Foutrij, Foutuitvoer, Veldfout"
        "\nassert not any(m.__pydantic_complete__ for m in (Foutrij, Foutuitvoer, Veldfout))"
    )
    modules = _geimporteerd(code)
    assert not {m.split(".")[0] for m in modules} & (set(ZWAAR) - {"holidays"})
    assert "holidays" in modules  # the example's fourth case gives dates: its start of leerplicht
    assert "holidays.countries" not in modules
    assert "traceback" not in modules


def test_beoordeel_zonder_datums_laadt_holidays_niet(tmp_path: Path) -> None:
    """Cases that give the age, not the dates, need no calendar: ``holidays`` is not imported."""
    invoer = tmp_path / "leeftijden.json"
    casussen = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    invoer.write_text(json.dumps([c for c in casussen if "geboortedatum" not in c]), encoding="utf-8")
    modules = _geimporteerd(_beoordeel(str(invoer)))
    assert "verzuimregels.keuzehulp.evaluator" in modules
    assert "holidays" not in modules


def test_foutrijen_bouwen_de_foutmodellen_bij_eerste_gebruik(tmp_path: Path) -> None:
    """The deferred error models still build on first use: the same error rows as before."""
    invoer = tmp_path / "fout.json"
    invoer.write_text('[{"leeftijd_eerste_verzuimdag": 5, "ziek": false}, {"x": 1}]', encoding="utf-8")
    omgeving = {**os.environ, "PYTHONPATH": SRC}
    uit = subprocess.run(
        [sys.executable, "-m", "verzuimregels", "beoordeel", str(invoer)],
        capture_output=True,
        text=True,
        env=omgeving,
    )
    assert uit.returncode == 1
    rijen = json.loads(uit.stdout)
    assert [r["fout"]["rij"] for r in rijen] == [1, 2]
    assert rijen[0]["fout"]["fouten"][0]["regel"] == "leerplicht_onbepaald"
    assert rijen[1]["fout"]["fouten"][0]["regel"] == "extra_forbidden"
