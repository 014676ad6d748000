"""The invariants of docs/keuzehulp.md, stated as properties over generated cases."""

from __future__ import annotations

import json
import multiprocessing
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from verzuimregels import Meldplicht, Oordeel, Verzuimsoort, beoordeel
from verzuimregels.keuzehulp import boom, volg_pad
from verzuimregels.keuzehulp.evaluator import lees_casus

from .strategieen import casussen

STERKTE = {
    Meldplicht.NIET_MELDEN: 0,
    Meldplicht.NIET_VERPLICHT: 1,
    Meldplicht.AFSPRAAK_GEMEENTE: 2,
    Meldplicht.VERPLICHT: 3,
}
MELDING_LANG = {Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimsoort.RMC}


def leeftijd(o: Oordeel) -> int:
    for stap in o.pad:
        for feit in stap.feiten:
            if feit.naam == "leeftijd_eerste_verzuimdag":
                assert isinstance(feit.waarde, int)
                return feit.waarde
    raise AssertionError("every verdict reads the age")


def in_reikwijdte(o: Oordeel) -> bool:
    """Past the scope checks S1–S3 (docs/keuzehulp.md runs them before the tree)."""
    return any(s.vraag == "Q1" for s in o.pad)


@given(casussen())
def test_inv2_ziek_zonder_twijfel_is_altijd_ziekteverzuim(casus: dict[str, Any]) -> None:
    casus |= {"ziek": True, "ziekte_twijfel": False}
    o = beoordeel(casus)
    if in_reikwijdte(o):
        assert o.verzuimsoort is Verzuimsoort.ZIEKTEVERZUIM
    else:
        assert o.verzuimsoort is Verzuimsoort.GEEN_MELDING


@given(casussen())
def test_inv3_lrv_alleen_onder_18_rmc_alleen_vanaf_18(casus: dict[str, Any]) -> None:
    o = beoordeel(casus)
    if o.verzuimsoort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM:
        assert leeftijd(o) < 18
    if o.verzuimsoort is Verzuimsoort.RMC:
        assert 18 <= leeftijd(o) < 23


@given(casussen())
def test_inv4_lrv_nooit_zonder_eerdere_melding(casus: dict[str, Any]) -> None:
    o = beoordeel(casus)
    if o.verzuimsoort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM:
        assert casus["eerdere_melding_4_weken"] is True


@given(casussen())
def test_inv5_zestien_uur_betekent_minstens_16_uur(casus: dict[str, Any]) -> None:
    o = beoordeel(casus)
    if o.verzuimsoort is Verzuimsoort.ZESTIEN_UUR:
        assert Decimal(casus["ongeoorloofde_uren_4_lesweken"]) >= 16


@given(casussen(), st.decimals(min_value=0, max_value=40, places=1))
def test_inv6_meer_uren_maakt_de_meldplicht_nooit_zwakker(casus: dict[str, Any], extra: Decimal) -> None:
    voor = beoordeel(casus)
    meer = casus | {"ongeoorloofde_uren_4_lesweken": Decimal(casus["ongeoorloofde_uren_4_lesweken"]) + extra}
    na = beoordeel(meer)
    assert STERKTE[na.meldplicht] >= STERKTE[voor.meldplicht]


@given(casussen(), st.integers(min_value=0, max_value=60))
def test_inv6_meer_dagen_maakt_lrv_of_rmc_nooit_ongedaan(casus: dict[str, Any], extra: int) -> None:
    voor = beoordeel(casus)
    na = beoordeel(casus | {"aaneengesloten_dagen_afwezig": casus["aaneengesloten_dagen_afwezig"] + extra})
    if voor.verzuimsoort in MELDING_LANG:
        assert na.verzuimsoort is voor.verzuimsoort


@given(casussen())
def test_inv8_pad_herhaald_geeft_hetzelfde_oordeel(casus: dict[str, Any]) -> None:
    o = beoordeel(casus)
    uitkomst = volg_pad(o.pad)
    assert (uitkomst.verzuimsoort, uitkomst.meldplicht) == (o.verzuimsoort, o.meldplicht)
    knoop: boom.Knoop = boom.BOOM
    for stap in o.pad:
        assert stap.grondslag, stap.vraag
        assert isinstance(knoop, boom.Vraag)
        gelezen = {f.naam: f.waarde for f in stap.feiten}
        assert knoop.voorwaarde.geldt(gelezen[knoop.voorwaarde.feit]) is stap.antwoord
        knoop = knoop.ja if stap.antwoord else knoop.nee
    assert o.grondslag


@given(casussen())
def test_oordeel_is_geldig_volgens_zijn_eigen_model(casus: dict[str, Any]) -> None:
    """The engine builds verdicts without validation (speed); they must validate all the same."""
    o = beoordeel(casus)
    assert Oordeel.model_validate_json(o.model_dump_json()) == o


@given(st.lists(casussen(), min_size=2, max_size=6), st.randoms())
def test_inv7_volgorde_maakt_niet_uit(lijst: list[dict[str, Any]], rnd: Any) -> None:
    voor = [beoordeel(c).model_dump_json() for c in lijst]
    volgorde = list(range(len(lijst)))
    rnd.shuffle(volgorde)
    na = {i: beoordeel(lijst[i]).model_dump_json() for i in volgorde}
    assert [na[i] for i in range(len(lijst))] == voor


def _json(casus: dict[str, Any]) -> str:
    return beoordeel(casus).model_dump_json()


def test_inv7_andere_processen_geven_dezelfde_json() -> None:
    gevallen = json.loads((Path(__file__).parents[1] / "examples" / "casussen.json").read_text())
    gevallen += [{**g, "peildatum": "2027-01-04"} for g in gevallen]
    hier = [_json(c) for c in gevallen]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        daar = pool.map(_json, list(reversed(gevallen)))
    assert list(reversed(daar)) == hier


def test_casus_uit_mapping_en_model_geven_hetzelfde() -> None:
    casus = {"leeftijd_eerste_verzuimdag": 9, "ziek": True, "peildatum": "2026-01-05"}
    assert beoordeel(lees_casus(casus)) == beoordeel(casus)
