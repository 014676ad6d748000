"""Regression: ``import verzuimregels.schema`` as the first import failed on a circular import
(schema -> cli.invoer -> cli -> cli.keuzehulp -> schema). Every module must import on its own."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import verzuimregels

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(verzuimregels.__path__, "verzuimregels.")
    if not m.name.endswith("__main__")  # runs the CLI when imported
)


def test_er_zijn_modules() -> None:
    assert "verzuimregels.schema" in MODULES


@pytest.mark.parametrize("module", MODULES)
def test_regressie_circulaire_import_elke_module_importeert_als_eerste(module: str) -> None:
    # This checkout's code, not whatever is installed (a new module is not there yet).
    omgeving = {**os.environ, "PYTHONPATH": str(Path(verzuimregels.__file__).parents[1])}
    resultaat = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, env=omgeving
    )
    assert resultaat.returncode == 0, resultaat.stderr
