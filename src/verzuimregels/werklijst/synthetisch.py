"""A synthetic secondary school with mentorgroepen, for the worklist (no real pupils).

:func:`school` takes the vo pupils of region midden from the record-level population
(:func:`verzuimregels.registratie.populatie.leerlingen`, its absence profiles documented there) and
gives them one school, a mentorgroep and a woongemeente:

* the school: ``naam`` :data:`NAAM`, vo, region midden, lesuren of 50 minutes, 7 a day;
* ``groep``: the year from the age on 1 October (12 → 1, ..., 17 → 6) and a letter A-D in turn;
* ``woongemeente``: one of :data:`GEMEENTEN`, in turn (a fixed cycle, so the same seed gives the same
  school).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..registratie.populatie import leerlingen

NAAM = "Voorbeeldcollege (99XX 00)"
"""The synthetic school's name (BRIN 99XX is not assigned)."""
GEMEENTEN = ("Utrecht", "Zeist", "Nieuwegein", "Houten", "De Bilt")
"""The woongemeenten, in turn."""
_LETTERS = "ABCD"


def school(aantal: int, *, seed: int = 0, schooljaar: int = 2025) -> list[dict[str, Any]]:
    """``aantal`` pupils of one synthetic vo school (see the module), as pupil dicts."""
    uit: list[dict[str, Any]] = []
    oktober = date(schooljaar, 10, 1)
    for deel in leerlingen(aantal * 12, seed=seed, schooljaar=schooljaar, per=max(1000, aantal)):
        for leerling in deel:
            s = leerling["school"]
            if s["onderwijssoort"] != "vo" or s["regio"] != "midden":
                continue
            n = len(uit)
            geboren: date = leerling["geboortedatum"]
            leeftijd = (
                oktober.year - geboren.year - ((oktober.month, oktober.day) < (geboren.month, geboren.day))
            )
            klas = min(6, max(1, leeftijd - 11))
            uit.append(
                {
                    **leerling,
                    "sleutel": f"VC-{n + 1:05d}",
                    "school": {**s, "naam": NAAM},
                    "groep": f"{klas}{_LETTERS[n % len(_LETTERS)]}",
                    "woongemeente": GEMEENTEN[n % len(GEMEENTEN)],
                }
            )
            if len(uit) == aantal:
                return uit
    raise AssertionError("the population holds too few vo pupils of region midden")
