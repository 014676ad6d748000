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


@pytest.mark.parametrize("ingang", ["verzuimregels.cli:main", "verzuimregels._programma:start"])
def test_version_laadt_pydantic_niet(ingang: str) -> None:
    """Issue 15: ``verzuimregels --version`` prints the version without importing pydantic or a model
    (it took ≈ 130 ms, as long as pydantic's start): the models are imported after the parser."""
    module, functie = ingang.split(":")
    code = f"from {module} import {functie}\ntry:\n    {functie}(['--version'])\nexcept SystemExit:\n    pass"
    modules = _geimporteerd(code)
    assert not {"pydantic", "pydantic_core", "verzuimregels.fouten"} & modules


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


def _pydantic_plugin(map_: Path) -> Path:
    """An installed distribution in ``map_`` with a pydantic plugin (entry point group ``pydantic``) that
    writes the file it returns when pydantic loads it."""
    merk = map_ / "plugin-geladen"
    (map_ / "verzuimregels_proefplugin.py").write_text(
        "import os, pathlib\n"
        "pathlib.Path(os.environ['PROEFPLUGIN_MERK']).write_text('geladen')\n"
        "class _Plugin:\n"
        "    def new_schema_validator(self, *args, **kwargs):\n"
        "        return None, None, None\n"
        "plugin = _Plugin()\n",
        encoding="utf-8",
    )
    info = map_ / "verzuimregels_proefplugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: verzuimregels-proefplugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[pydantic]\nproef = verzuimregels_proefplugin:plugin\n", encoding="utf-8"
    )
    return merk


@pytest.mark.parametrize(
    ("instelling", "argumenten", "geladen"),
    [
        (None, ["beoordeel", str(VOORBEELD), "--formaat", "tekst"], False),
        ("", ["beoordeel", str(VOORBEELD), "--formaat", "tekst"], True),  # the user's own setting holds
        ("proef", ["beoordeel", str(VOORBEELD), "--formaat", "tekst"], False),
        (None, ["serve", "--help"], True),  # a server keeps pydantic's default
    ],
)
def test_het_programma_laadt_pydantic_plugins_alleen_als_de_gebruiker_het_vraagt(
    tmp_path: Path, instelling: str | None, argumenten: list[str], geladen: bool
) -> None:
    """The program (``python -m verzuimregels``, the console script) looks up no pydantic plugins
    (their look-up reads every installed distribution's entry points) unless
    ``PYDANTIC_DISABLE_PLUGINS`` is set, whose value is then pydantic's to read; ``serve`` keeps
    pydantic's default. The output is the same either way."""
    merk = _pydantic_plugin(tmp_path)
    omgeving = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    omgeving |= {"PYTHONPATH": os.pathsep.join([SRC, str(tmp_path)]), "PROEFPLUGIN_MERK": str(merk)}
    if instelling is not None:
        omgeving["PYDANTIC_DISABLE_PLUGINS"] = instelling
    uit = subprocess.run(
        [sys.executable, "-m", "verzuimregels", *argumenten], capture_output=True, text=True, env=omgeving
    )
    assert uit.returncode == 0, uit.stderr
    assert merk.exists() is geladen
    if argumenten[0] == "beoordeel":
        assert "5 rijen: 5 beoordeeld, 0 met fout" in uit.stdout


def test_de_consolescript_en_python_m_starten_via_het_programma() -> None:
    """``verzuimregels`` (the console script ``pip install`` writes) and ``python -m verzuimregels`` both
    run :func:`verzuimregels._programma.start`, where the start is made lean."""
    import tomllib

    pyproject = tomllib.loads((Path(SRC).parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"] == {"verzuimregels": "verzuimregels._programma:start"}
    hoofd = ast.parse((Path(SRC) / "verzuimregels" / "__main__.py").read_text(encoding="utf-8"))
    aanroepen = {ast.unparse(k) for k in ast.walk(hoofd) if isinstance(k, ast.Call)}
    assert "sys.exit(start())" in aanroepen


def test_het_programma_verzamelt_geen_afval_tijdens_de_start_wel_tijdens_het_commando(tmp_path: Path) -> None:
    """The collector is off while the program imports pydantic, the models and the command's module
    (no collection between pydantic's import and the command module's), on again while the command
    runs (a long batch collects its garbage), and what is left is frozen when the command is done."""
    invoer = tmp_path / "veel.json"
    invoer.write_text(json.dumps(json.loads(VOORBEELD.read_text(encoding="utf-8")) * 200), encoding="utf-8")
    programma = (
        "import contextlib, gc, io, json, sys\n"
        "fasen = []\n"
        "def tel(fase, info):\n"
        "    if fase == 'start' and 'pydantic' in sys.modules:\n"
        "        fasen.append('commando' if 'verzuimregels.cli.keuzehulp' in sys.modules else 'start')\n"
        "gc.callbacks.append(tel)\n"
        "from verzuimregels._programma import start\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = start(['beoordeel', {str(invoer)!r}])\n"
        "gc.callbacks.clear()\n"
        "print(json.dumps({'code': code, 'start': fasen.count('start'), 'commando': fasen.count('commando'),"
        " 'aan': gc.isenabled(), 'over': len(gc.get_objects()), 'bevroren': gc.get_freeze_count()}))"
    )
    omgeving = {**os.environ, "PYTHONPATH": SRC}
    uit = subprocess.run([sys.executable, "-c", programma], capture_output=True, text=True, env=omgeving)
    assert uit.returncode == 0, uit.stderr
    gemeten = json.loads(uit.stdout)
    assert gemeten["code"] == 0
    assert gemeten["start"] == 0
    assert gemeten["commando"] > 0
    assert gemeten["aan"] is True
    assert gemeten["over"] < 1_000 < gemeten["bevroren"]
