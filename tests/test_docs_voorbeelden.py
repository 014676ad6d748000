"""Every code block in ``docs/`` runs in the test run, and the output it shows is the output it gives.

How a block is run depends on its fence (see docs/index.md, "Docs that run"):

* ``python`` with ``>>>`` prompts: a doctest; the blocks of one page share one namespace, in order, and
  each shown output is compared (``ELLIPSIS`` and ``NORMALIZE_WHITESPACE``); they run in the
  repository root, so ``examples/...`` paths work.
* ``python`` without prompts: a script, run with ``python`` in a fresh directory that holds ``examples/``
  (so ``if __name__ == "__main__":`` guards work, as Dask and multiprocessing need); it must exit 0.
* ``console``: each ``$ command`` runs in bash, with ``verzuimregels`` the checkout's command line, in
  a fresh directory per block that holds ``examples/`` (so a command may use the file an earlier one
  wrote); the lines after it, if any, are its expected output (standard output, then standard error,
  as a terminal shows them), and a trailing ``# ... exit N`` comment its expected exit code (0
  otherwise). ``pip install`` lines are not run (installing is CI's first step, from the README).
* ``json``: must parse; after ``<!-- docs-test: schema NAME -->`` it must also be a valid ``NAME`` for
  the library and for its JSON Schema.
* ``toml``: must parse (a code table, a configuration).
* ``text`` and ``mermaid`` are not code (the drawn tree is compared in ``test_docs.py``).
* ``<!-- spark-recept: ... -->`` marks the PySpark recipe that ``tests/test_spark.py`` runs (CI's
  Spark step); it is skipped here like a ``niet-uitvoeren`` block.
* ``<!-- docs-test: niet-uitvoeren REASON -->`` before a block skips it, with the reason in the test
  report; every such block is listed in :data:`NIET_UITVOEREN` so that adding one is a visible choice.
"""

from __future__ import annotations

import doctest
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from verzuimregels.fouten import lees_model
from verzuimregels.schema import SCHEMA_MODELLEN, json_schema

WORTEL = Path(__file__).resolve().parent.parent
DOCS = WORTEL / "docs"
PAGINAS = sorted(DOCS.glob("*.md"))

_BLOK = re.compile(
    r"^(?:<!-- (?:docs-test: (?P<merk>[^\n]*?)|(?P<elders>spark-recept): [^\n]*?) -->\n)?"
    r"```(?P<soort>[\w-]*)[^\n]*\n(?P<code>.*?)^```[ \t]*$",
    re.M | re.S,
)
BASH = shutil.which("bash") or "/bin/bash"
_OPTIES = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

NIET_UITVOEREN = {"schaal.md": 1, "schaal-registratie.md": 2, "http.md": 2}
"""Per page, the number of blocks that are shown but not run: the PySpark examples (pyspark is no
dependency of the project or its test extra), the national-scale benchmark command (minutes), and
starting the HTTP server and asking it (``tests/test_server.py`` starts it on a free port, sends the
same requests and compares the answers shown in docs/http.md)."""


@dataclass(frozen=True)
class Blok:
    pagina: Path
    regel: int
    soort: str
    code: str
    merk: str

    @property
    def naam(self) -> str:
        return f"{self.pagina.name}:{self.regel}"


def blokken(pagina: Path) -> list[Blok]:
    tekst = pagina.read_text(encoding="utf-8")
    return [
        Blok(
            pagina,
            tekst[: m.start("soort")].count("\n") + 1,
            m.group("soort"),
            m.group("code"),
            m.group("merk") or ("niet-uitvoeren elders" if m.group("elders") else ""),
        )
        for m in _BLOK.finditer(tekst)
    ]


ALLE = [b for p in PAGINAS for b in blokken(p)]


def _soort(*soorten: str) -> list[Blok]:
    return [b for b in ALLE if b.soort in soorten and not b.merk.startswith("niet-uitvoeren")]


def test_elk_blok_heeft_een_soort_die_deze_test_kent() -> None:
    onbekend = [
        b.naam for b in ALLE if b.soort not in {"python", "console", "json", "toml", "text", "mermaid"}
    ]
    assert onbekend == []
    overgeslagen = Counter(b.pagina.name for b in ALLE if b.merk.startswith("niet-uitvoeren"))
    assert overgeslagen == NIET_UITVOEREN


@pytest.mark.parametrize(
    "pagina",
    [p for p in PAGINAS if any(">>>" in b.code for b in _soort("python") if b.pagina == p)],
    ids=lambda p: p.name,
)
def test_doctests_van_de_pagina(pagina: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(WORTEL)  # the docs' paths (examples/...) are from the repository root
    namen: dict[str, object] = {}  # one namespace per page: a block may use the names of the ones above
    uitvoerder = doctest.DocTestRunner(optionflags=_OPTIES)
    verslag = _Verslag()
    for blok in (b for b in _soort("python") if b.pagina == pagina and ">>>" in b.code):
        test = doctest.DocTestParser().get_doctest(blok.code, namen, blok.naam, str(pagina), blok.regel)
        uitvoerder.run(test, out=verslag, clear_globs=False)
        namen.update(test.globs)  # get_doctest copies the namespace
    assert uitvoerder.failures == 0, "".join(verslag.regels)


class _Verslag:
    def __init__(self) -> None:
        self.regels: list[str] = []

    def __call__(self, tekst: str) -> None:
        self.regels.append(tekst)


def _omgeving(bin_map: Path) -> dict[str, str]:
    omgeving = dict(os.environ)
    omgeving["PYTHONPATH"] = os.pathsep.join([str(WORTEL / "src"), str(WORTEL)])
    omgeving["PATH"] = os.pathsep.join([str(bin_map), omgeving.get("PATH", "")])
    omgeving["PYTHONIOENCODING"] = "utf-8"
    return omgeving


@pytest.fixture
def bin_map(tmp_path: Path) -> Path:
    """A directory with ``verzuimregels``: the command line of this checkout."""
    bin_map = tmp_path / "bin"
    bin_map.mkdir()
    commando = bin_map / "verzuimregels"
    commando.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m verzuimregels "$@"\n', "utf-8")
    commando.chmod(0o755)
    return bin_map


@pytest.mark.parametrize("blok", [b for b in _soort("python") if ">>>" not in b.code], ids=lambda b: b.naam)
def test_script(blok: Blok, tmp_path: Path, bin_map: Path) -> None:
    werk = tmp_path / "werk"
    werk.mkdir()
    (werk / "examples").symlink_to(WORTEL / "examples")
    script = werk / "voorbeeld.py"
    script.write_text(blok.code, encoding="utf-8")
    klaar = subprocess.run(
        [sys.executable, str(script)], cwd=werk, env=_omgeving(bin_map), capture_output=True, text=True
    )
    assert klaar.returncode == 0, klaar.stderr[-3000:]


def _commandos(code: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a console block; continuation lines joined."""
    paren: list[tuple[str, list[str]]] = []
    regels = iter(code.splitlines())
    for regel in regels:
        if regel.startswith("$ "):
            commando = regel[2:]
            while commando.endswith("\\"):
                commando = commando[:-1] + next(regels).strip()
            paren.append((commando, []))
        else:
            assert paren, f"output before the first command: {regel!r}"
            paren[-1][1].append(regel)
    return [(c, "".join(r + "\n" for r in u)) for c, u in paren]


_WERKMAPPEN: dict[str, Path] = {}

_CONSOLE = [
    (b, c, u) for b in _soort("console") for c, u in _commandos(b.code) if not c.startswith("pip install")
]


@pytest.mark.parametrize(
    ("blok", "commando", "verwacht"), _CONSOLE, ids=[f"{b.naam}:{c[:50]}" for b, c, _ in _CONSOLE]
)
def test_console(
    blok: Blok, commando: str, verwacht: str, bin_map: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    code = re.search(r"#.*\bexit (\d)\b", commando)
    werk = _WERKMAPPEN.get(blok.naam)  # one directory per block: a command may use the file an earlier
    if werk is None:  # one wrote (> mijn-codetabel.toml), and never into the checkout
        werk = _WERKMAPPEN[blok.naam] = tmp_path_factory.mktemp("console")
        (werk / "examples").symlink_to(WORTEL / "examples")
        (werk / "benchmarks").symlink_to(WORTEL / "benchmarks")
    klaar = subprocess.run(
        [BASH, "-o", "pipefail", "-c", commando],
        cwd=werk,
        env=_omgeving(bin_map),
        capture_output=True,
        text=True,
    )
    assert klaar.returncode == (int(code.group(1)) if code else 0), klaar.stderr[-3000:]
    if verwacht:  # as a terminal shows it: standard output, then the notices on standard error
        uitvoer = klaar.stdout + klaar.stderr
        controle = doctest.OutputChecker()
        assert controle.check_output(verwacht, uitvoer, _OPTIES), controle.output_difference(
            doctest.Example(commando, verwacht), uitvoer, _OPTIES
        )


@pytest.mark.parametrize("blok", _soort("toml"), ids=lambda b: b.naam)
def test_toml(blok: Blok) -> None:
    tomllib.loads(blok.code)


@pytest.mark.parametrize("blok", _soort("json"), ids=lambda b: b.naam)
def test_json(blok: Blok) -> None:
    waarde = json.loads(blok.code)
    if blok.merk.startswith("schema "):
        naam = blok.merk.split()[1]
        lees_model(SCHEMA_MODELLEN[naam], waarde)
        validator = Draft202012Validator(json_schema(naam), format_checker=FormatChecker())
        assert [f.message for f in validator.iter_errors(waarde)] == []
