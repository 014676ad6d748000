"""Hypothesis strategies over the whole fact space of the keuzehulp."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

PEILDATA = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
UREN = st.one_of(
    st.integers(min_value=0, max_value=80).map(Decimal),
    st.decimals(min_value=0, max_value=80, places=2, allow_nan=False, allow_infinity=False),
)


@st.composite
def leeftijd_of_datums(draw: st.DrawFn, peildatum: date) -> dict[str, Any]:
    """Either an age (never exactly 5, which needs dates) or a birth date and first verzuimdag."""
    if draw(st.booleans()):
        leeftijd = draw(st.integers(min_value=0, max_value=30).filter(lambda n: n != 5))
        return {"leeftijd_eerste_verzuimdag": leeftijd}
    eerste = draw(st.dates(min_value=peildatum - timedelta(days=120), max_value=peildatum))
    geb = draw(st.dates(min_value=eerste - timedelta(days=365 * 30), max_value=eerste))
    return {"geboortedatum": geb.isoformat(), "eerste_verzuimdag": eerste.isoformat()}


@st.composite
def casussen(draw: st.DrawFn) -> dict[str, Any]:
    """A complete case: every fact the tree can ask is present."""
    peildatum = draw(PEILDATA)
    return {
        "peildatum": peildatum.isoformat(),
        **draw(leeftijd_of_datums(peildatum)),
        "ziek": draw(st.booleans()),
        "ziekte_twijfel": draw(st.booleans()),
        "vakantie_zonder_verlof": draw(st.booleans()),
        "aaneengesloten_dagen_afwezig": draw(st.integers(min_value=0, max_value=120)),
        "ongeoorloofde_uren_4_lesweken": draw(UREN),
        "afspraak_gemeente_18plus": draw(st.booleans()),
        "eerdere_melding_4_weken": draw(st.booleans()),
        "startkwalificatie": draw(st.integers(0, 9).map(lambda n: n == 0)),
    }
