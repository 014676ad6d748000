"""Dated rule sets: a rule that differs before and after a date, and the ``regelversie`` that says which
set judged (the worked example of CONTRIBUTING.md, "A dated rule change").

The date and the new number are invented: nothing here anticipates the content of the Wet terugdringen
schoolverzuim (Kamerstuk 36663). The example: from 1 January 2030 a fictitious law version lowers the
28 days of continuous absence of the keuzehulp's Q4 to 21.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pandas as pd
import pytest

from verzuimregels import Casus, Verzuimsoort, bronnen
from verzuimregels.bronnen import WETSVERSIES, regelversie
from verzuimregels.engine.dated import Dated
from verzuimregels.keuzehulp import boom, frame
from verzuimregels.keuzehulp.evaluator import evalueer

UITGEDACHT = date(2030, 1, 1)
"""An invented date of a future law version."""


def vier_weken() -> Dated[int]:
    """The rule as the law module would declare it: 28 days until the invented date, 21 from it.

    Built inside each test (not at import), so that mutation testing sees the rule being built."""
    return Dated({WETSVERSIES[0]: 28, UITGEDACHT: 21})


def q4() -> boom.Vraag:
    """A tree of one question with the dated threshold."""
    return boom.Vraag(
        "Q4a",
        "Q4a",
        "Is de leerling aaneengesloten afwezig?",
        "Has the pupil been absent continuously?",
        boom.Voorwaarde(boom.DAGEN, boom.Toets.MINSTENS, vier_weken()),
        ja=boom.LANGDURIG_RELATIEF_VERZUIM,
        nee=boom.OVERIG_ONDER_16_UUR,
        grondslag=(bronnen.DUO_KEUZEHULP,),
    )


@pytest.fixture
def met_uitgedachte_wetsversie(monkeypatch: pytest.MonkeyPatch) -> None:
    """The invented law version joins the list, as a real one would be added to bronnen.WETSVERSIES."""
    versies = (*WETSVERSIES, UITGEDACHT)
    monkeypatch.setattr(bronnen, "WETSVERSIES", versies)
    monkeypatch.setattr(frame, "WETSVERSIES", versies)


def _casus(dagen: int) -> Casus:
    return Casus(
        leeftijd_eerste_verzuimdag=14, aaneengesloten_dagen_afwezig=dagen, ongeoorloofde_uren_4_lesweken=0
    )


def test_de_regel_verschilt_voor_en_na_de_datum() -> None:
    assert vier_weken().at(date(2029, 12, 31)) == 28
    assert vier_weken().at(UITGEDACHT) == 21
    assert vier_weken().dates == (WETSVERSIES[0], UITGEDACHT)
    with pytest.raises(ValueError, match=r"^the rule has no version before 2024-01-01$"):
        vier_weken().at(date(2000, 1, 1))
    assert str(vier_weken()) == "28 from 2024-01-01 / 21 from 2030-01-01"
    omgekeerd = Dated({UITGEDACHT: 21, WETSVERSIES[0]: 28})  # given newest first: kept oldest first
    assert omgekeerd.versions == ((WETSVERSIES[0], 28), (UITGEDACHT, 21))
    assert omgekeerd.at(UITGEDACHT - timedelta(days=1)) == 28


@pytest.mark.usefixtures("met_uitgedachte_wetsversie")
def test_de_motor_kiest_de_regelset_van_de_peildatum_en_zegt_welke() -> None:
    """25 days of absence: overig verzuim the day before the invented date, LRV from it."""
    voor = evalueer(_casus(25), peildatum=date(2029, 12, 31), boom=q4())
    na = evalueer(_casus(25), peildatum=UITGEDACHT, boom=q4())
    assert voor.verzuimsoort is Verzuimsoort.OVERIG_VERZUIM
    assert na.verzuimsoort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM
    assert voor.regelversie == regelversie(date(2026, 8, 1))
    assert na.regelversie == regelversie(UITGEDACHT)
    assert na.regelversie.startswith("Lpw 2030-01-01")


@pytest.mark.usefixtures("met_uitgedachte_wetsversie")
def test_kolomsgewijs_dezelfde_regelset_per_rij(monkeypatch: pytest.MonkeyPatch) -> None:
    """The column-wise walk reads the dated threshold per row, in the version of that row's peildatum."""
    monkeypatch.setattr(frame, "BOOM", q4())
    rijen = pd.DataFrame(
        {
            "leeftijd_eerste_verzuimdag": [14, 14, 14],
            "aaneengesloten_dagen_afwezig": [25, 25, 20],
            "ongeoorloofde_uren_4_lesweken": [0, 0, 0],
            "peildatum": ["2029-12-31", "2030-01-01", "2030-01-01"],
        }
    )
    uit = frame.beoordeel_frame(rijen)
    assert uit["verzuimsoort"].tolist() == ["overig_verzuim", "langdurig_relatief_verzuim", "overig_verzuim"]
    assert uit["regelversie"].tolist() == [
        regelversie(date(2026, 8, 1)),
        regelversie(UITGEDACHT),
        regelversie(UITGEDACHT),
    ]


def test_een_regel_verandert_alleen_op_een_wetsversie() -> None:
    vier_weken().check((*WETSVERSIES, UITGEDACHT))
    with pytest.raises(ValueError, match=r"^a rule changes on a date that is no law version: 2030-01-01$"):
        vier_weken().check(WETSVERSIES)


def test_elke_gedateerde_regel_van_de_boom_valt_op_een_wetsversie() -> None:
    """Every dated threshold in DUO's tree changes only on a law version (none is dated yet)."""
    gedateerd = [
        v.voorwaarde.drempel
        for pad in boom.paden()
        for v, _ in pad.stappen
        if isinstance(v.voorwaarde.drempel, Dated)
    ]
    for regel in gedateerd:
        regel.check(WETSVERSIES)


def test_een_gedateerde_regel_heeft_een_versie() -> None:
    with pytest.raises(ValueError, match=r"^a dated rule needs at least one version$"):
        Dated({})


def test_een_vaste_drempel_is_op_elke_datum_dezelfde() -> None:
    q = replace(q4().voorwaarde, drempel=28)
    assert q.drempel_op(UITGEDACHT) == q.drempel_op(WETSVERSIES[0]) == 28
