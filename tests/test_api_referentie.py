"""The API reference (docs/api.md, rendered by mkdocstrings) covers every public name: each name in the
``__all__`` of ``verzuimregels`` and of each of its packages and modules (issue 17)."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
from pathlib import Path

import verzuimregels

API = Path(__file__).resolve().parent.parent / "docs" / "api.md"


def _modules() -> list[str]:
    namen = ["verzuimregels"]
    for info in pkgutil.walk_packages(verzuimregels.__path__, "verzuimregels."):
        if not any(deel.startswith("_") for deel in info.name.split(".")):
            namen.append(info.name)
    return namen


def _referentie() -> set[str]:
    return set(re.findall(r"^::: ([\w.]+)\s*$", API.read_text(encoding="utf-8"), re.M))


def _submodule(naam: str) -> bool:
    try:
        return importlib.util.find_spec(naam) is not None
    except ModuleNotFoundError:
        return False


def _getoond(referentie: set[str]) -> list[object]:
    """The objects the reference renders. mkdocstrings renders for ``::: package`` the names of its
    ``__all__``; for ``::: module`` without ``__all__`` what the module itself defines (classes and
    functions whose ``__module__`` it is, and names it assigns); for ``::: module.naam`` that object."""
    getoond: list[object] = []
    for doel in referentie:
        try:
            module = importlib.import_module(doel)
        except ModuleNotFoundError:
            ouder, _, naam = doel.rpartition(".")
            getoond.append(getattr(importlib.import_module(ouder), naam))
            continue
        if hasattr(module, "__all__"):
            # a name that is also a submodule's (melding.valideer) renders as the submodule
            getoond.extend(getattr(module, n) for n in module.__all__ if not _submodule(f"{doel}.{n}"))
            continue
        bron = inspect.getsource(module)
        for naam, waarde in vars(module).items():
            if naam.startswith("_") or inspect.ismodule(waarde):
                continue
            if inspect.isclass(waarde) or inspect.isfunction(waarde):
                if waarde.__module__ == doel:
                    getoond.append(waarde)
            elif re.search(rf"^{re.escape(naam)}\s*[:=]", bron, re.M):
                getoond.append(waarde)
    return getoond


def test_elke_publieke_naam_staat_in_de_api_referentie() -> None:
    getoond = _getoond(_referentie())
    ontbreekt = [
        f"{module}.{naam}"
        for module in _modules()
        for naam in getattr(importlib.import_module(module), "__all__", ())
        if naam != "__version__"
        and not any(getattr(importlib.import_module(module), naam) is g for g in getoond)
    ]
    assert ontbreekt == []


def test_elke_verwijzing_in_de_api_referentie_bestaat() -> None:
    for doel in _referentie():
        module, _, naam = doel.rpartition(".")
        try:
            importlib.import_module(doel)
        except ModuleNotFoundError:
            assert hasattr(importlib.import_module(module), naam), doel
