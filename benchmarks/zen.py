"""The keuzehulp tree as a GoRules ZEN decision graph: the engine a developer might pick instead.

:func:`beslisgraaf` turns :data:`verzuimregels.keuzehulp.boom.BOOM` into a JDM graph (one switch node
per question, one expression node per outcome). :func:`invoer` gives ZEN a case's facts with the
computed ones (age on the first verzuimdag, leerplicht begonnen) already filled in by this library,
outside the timing: ZEN does less work than ``beoordeel`` (no validation, no dates, no path, no
grounds, no texts), so the ratio measured against it is conservative.

``zen-engine`` is a benchmark-only dependency (``pip install zen-engine``); without it the benchmark
says so and skips ZEN.
"""

from __future__ import annotations

import json
from typing import Any

from verzuimregels import beoordeel
from verzuimregels.keuzehulp.boom import BOOM, LEEFTIJD, LEERPLICHT_BEGONNEN, Knoop, Toets, Uitkomst, Vraag


def _voorwaarde(knoop: Vraag) -> str:
    v = knoop.voorwaarde
    if v.toets is Toets.WAAR:
        return f"{v.feit} == true"
    if v.toets is Toets.ONWAAR:
        return f"{v.feit} == false"
    return f"{v.feit} >= {v.drempel}"


def beslisgraaf() -> str:
    """The tree as ZEN's JSON decision model."""
    knopen: list[dict[str, Any]] = [
        {"id": "in", "type": "inputNode", "name": "in", "position": {"x": 0, "y": 0}}
    ]
    randen: list[dict[str, Any]] = []
    teller = iter(range(10**6))

    def plaats(knoop: Knoop, bron: str, handvat: str | None) -> None:
        knoop_id = f"n{next(teller)}"
        rand: dict[str, Any] = {"id": f"e{knoop_id}", "sourceId": bron, "targetId": knoop_id, "type": "edge"}
        if handvat is not None:
            rand["sourceHandle"] = handvat
        randen.append(rand)
        if isinstance(knoop, Uitkomst):
            knopen.append(
                {
                    "id": knoop_id,
                    "type": "expressionNode",
                    "name": knoop.knoop,
                    "position": {"x": 0, "y": 0},
                    "content": {
                        "expressions": [
                            {
                                "id": f"{knoop_id}s",
                                "key": "verzuimsoort",
                                "value": f"'{knoop.verzuimsoort.value}'",
                            },
                            {
                                "id": f"{knoop_id}m",
                                "key": "meldplicht",
                                "value": f"'{knoop.meldplicht.value}'",
                            },
                        ]
                    },
                }
            )
            randen.append({"id": f"u{knoop_id}", "sourceId": knoop_id, "targetId": "uit", "type": "edge"})
            return
        knopen.append(
            {
                "id": knoop_id,
                "type": "switchNode",
                "name": knoop.vraag,
                "position": {"x": 0, "y": 0},
                "content": {
                    "hitPolicy": "first",
                    "statements": [
                        {"id": f"{knoop_id}j", "condition": _voorwaarde(knoop)},
                        {"id": f"{knoop_id}n", "condition": ""},
                    ],
                },
            }
        )
        plaats(knoop.ja, knoop_id, f"{knoop_id}j")
        plaats(knoop.nee, knoop_id, f"{knoop_id}n")

    plaats(BOOM, "in", None)
    knopen.append({"id": "uit", "type": "outputNode", "name": "uit", "position": {"x": 0, "y": 0}})
    return json.dumps({"nodes": knopen, "edges": randen})


def invoer(casus: dict[str, Any]) -> dict[str, Any]:
    """A case's facts for ZEN, the computed facts taken from this library's own verdict."""
    oordeel = beoordeel(casus)
    feiten = {f.naam: f.waarde for s in oordeel.pad for f in s.feiten}
    uit: dict[str, Any] = {k: v for k, v in casus.items() if isinstance(v, bool | int | float)}
    for naam in (LEEFTIJD, LEERPLICHT_BEGONNEN):
        if naam in feiten:
            uit[naam] = feiten[naam]
    for k, v in list(uit.items()):
        if not isinstance(v, bool):
            uit[k] = float(v)
    return uit


def beslissing() -> Any:
    """A compiled ZEN decision of the tree, or None when ``zen-engine`` is not installed."""
    try:
        import zen
    except ImportError:
        return None
    return zen.ZenEngine().create_decision(beslisgraaf())
