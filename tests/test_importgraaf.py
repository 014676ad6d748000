"""The package's import graph has no circle, and no model imports display code.

The HTML reprs once tied models and :mod:`verzuimregels.weergave` into one circle of 14 modules: a
model imported the display code (lazily, inside ``_repr_html_``) that imports every model. Models now
find their display through :mod:`verzuimregels.display`, which imports the display module by name.
The graph is read from the source (every ``import``, also those inside functions), so a new circle
fails here before it fails at import time.
"""

from __future__ import annotations

import ast
from pathlib import Path

import verzuimregels

WORTEL = Path(verzuimregels.__file__).parent


def _modules() -> dict[str, tuple[Path, list[str]]]:
    uit = {}
    for pad in WORTEL.rglob("*.py"):
        delen = list(pad.relative_to(WORTEL.parent).with_suffix("").parts)
        if delen[-1] == "__init__":
            delen = delen[:-1]
            pakket = delen
        else:
            pakket = delen[:-1]
        uit[".".join(delen)] = (pad, pakket)
    return uit


def importgraaf() -> dict[str, set[str]]:
    """Module -> the package modules it imports (``from a import b`` counts ``a.b`` when that is a module)."""
    modules = _modules()
    graaf: dict[str, set[str]] = {m: set() for m in modules}
    for naam, (pad, pakket) in modules.items():
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.ImportFrom):
                basis = pakket[: len(pakket) - knoop.level + 1] if knoop.level else []
                doel = ".".join([*basis, *([knoop.module] if knoop.module else [])])
                for alias in knoop.names:
                    kandidaat = f"{doel}.{alias.name}"
                    graaf[naam].add(kandidaat if kandidaat in modules else doel)
            elif isinstance(knoop, ast.Import):
                graaf[naam].update(a.name for a in knoop.names)
        graaf[naam] = {d for d in graaf[naam] if d in modules and d != naam}
    return graaf


def kringen(graaf: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    laag: dict[str, int] = {}
    stapel: list[str] = []
    op_stapel: set[str] = set()
    uit: list[list[str]] = []
    for start in sorted(graaf):
        if start in index:
            continue
        werk = [(start, iter(sorted(graaf[start])))]
        index[start] = laag[start] = len(index)
        stapel.append(start)
        op_stapel.add(start)
        while werk:
            v, buren = werk[-1]
            w = next(buren, None)
            if w is None:
                werk.pop()
                if werk:
                    laag[werk[-1][0]] = min(laag[werk[-1][0]], laag[v])
                if laag[v] == index[v]:
                    kring = []
                    while True:
                        x = stapel.pop()
                        op_stapel.discard(x)
                        kring.append(x)
                        if x == v:
                            break
                    if len(kring) > 1:
                        uit.append(sorted(kring))
            elif w not in index:
                index[w] = laag[w] = len(index)
                stapel.append(w)
                op_stapel.add(w)
                werk.append((w, iter(sorted(graaf[w]))))
            elif w in op_stapel:
                laag[v] = min(laag[v], index[w])
    return uit


def test_geen_importkringen() -> None:
    assert kringen(importgraaf()) == []


def test_modellen_importeren_geen_weergave() -> None:
    """Only the edge (the command line, the plots) imports display code; models, rules, the engine and
    the applications (the worklist included: its detail texts are the signals' own) do not."""
    graaf = importgraaf()
    importeurs = [m for m, doelen in graaf.items() if "verzuimregels.weergave" in doelen]
    rand = ("verzuimregels.cli", "verzuimregels.grafieken")  # the command line and the plots: display
    assert [m for m in importeurs if not m.startswith(rand)] == []


def test_de_toets_vindt_een_kring() -> None:
    assert kringen({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
