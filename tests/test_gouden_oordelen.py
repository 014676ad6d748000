"""Status and verlof verdicts are the same JSON as the golden file (``tests/gouden/``).

The decisions of status (Lpw art. 3, 4a, 4b) and verlof (art. 13a, 14) became trees of the engine
walked by the keuzehulp's walker; their output did not change. The golden rows were written by the
hand-built decisions before that move (``python -m tests.gouden.maak``): every field of every verdict,
its ``pad`` (steps, facts read, citations), ``beleidskeuzes`` in their order, and every error.
"""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from tests.gouden.maak import MAP, beoordeel


def _rijen(soort: str) -> list[dict[str, Any]]:
    with gzip.open(MAP / f"{soort}.jsonl.gz", "rt", encoding="utf-8") as bestand:
        return [json.loads(regel) for regel in bestand]


@pytest.mark.parametrize("soort", ["status", "verlof"])
def test_oordelen_gelijk_aan_de_gouden_rijen(soort: str) -> None:
    rijen = _rijen(soort)
    assert len(rijen) > 700
    anders = [
        i
        for i, rij in enumerate(rijen)
        if beoordeel(soort, rij["invoer"], rij["opties"])
        != {k: v for k, v in rij.items() if k not in ("invoer", "opties")}
    ]
    assert not anders, f"{len(anders)} rows differ, the first: {anders[:5]}"


@pytest.mark.parametrize("soort", ["status", "verlof"])
def test_gouden_rijen_raken_elk_pad(soort: str) -> None:
    """The corpus holds every root-to-leaf path of the decision, so a change on any branch shows."""
    paden = {
        tuple((s["vraag"], s["antwoord"]) for s in rij["oordeel"]["pad"])
        for rij in _rijen(soort)
        if "oordeel" in rij
    }
    assert len(paden) == {"status": 7, "verlof": 12}[soort]
