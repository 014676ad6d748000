"""Fast paths take their checks from the models' own constraints (verzuimregels.engine.constraints)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import BaseModel, Field

from verzuimregels.engine.constraints import bounds, max_length
from verzuimregels.keuzehulp import frame as keuzehulp_frame
from verzuimregels.keuzehulp.modellen import Casus
from verzuimregels.registratie import frame as registratie_frame
from verzuimregels.registratie.modellen import Leerling


def test_grenzen_uit_het_model() -> None:
    assert bounds(Casus, "leeftijd_eerste_verzuimdag") == (0, 130)
    assert bounds(Casus, "ongeoorloofde_uren_4_lesweken") == (0, Decimal(672))
    assert bounds(Leerling, "schooljaar") == (2000, 2100)
    assert max_length(Leerling, "sleutel") == 100


def test_snelle_paden_lezen_het_model() -> None:
    """The fast paths' bounds are the models' (a changed Field moves them along)."""
    assert keuzehulp_frame._BOVENGRENS == {
        "leeftijd_eerste_verzuimdag": 130.0,
        "aaneengesloten_dagen_afwezig": 36_600.0,
        "ongeoorloofde_uren_4_lesweken": 672.0,
    }
    assert max_length(Leerling, "sleutel") == registratie_frame._SLEUTEL_MAX
    assert bounds(Leerling, "schooljaar") == (registratie_frame._JAAR_VAN, registratie_frame._JAAR_TOT)


class _Zonder(BaseModel):
    naam: str = Field(default="")
    getal: int = Field(default=0, ge=1)
    code: str = Field(default="a", min_length=1, max_length=5)


def test_zonder_beperking() -> None:
    assert bounds(_Zonder, "naam") == (None, None)
    assert bounds(_Zonder, "getal") == (1, None)
    assert max_length(_Zonder, "code") == 5
    with pytest.raises(ValueError, match="no max_length"):
        max_length(_Zonder, "naam")
