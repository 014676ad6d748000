"""Regression: ``import verzuimregels.schema`` as the first import failed on a circular import
(schema -> cli.invoer -> cli -> cli.keuzehulp -> schema). Every module must import on its own."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

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
    resultaat = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert resultaat.returncode == 0, resultaat.stderr
