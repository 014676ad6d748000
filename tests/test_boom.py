"""The tree as data: every path is reachable, every leaf is reached, every node is grounded."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from verzuimregels import Meldplicht, Verzuimsoort, beoordeel
from verzuimregels.bronnen import WETSVERSIES
from verzuimregels.keuzehulp import boom, volg_pad

PADEN = list(boom.paden())


def _getuige(pad: boom.Pad) -> dict[str, Any]:
    """A case that follows ``pad``: each numeric fact between the bounds the answers set."""
    onder: dict[str, Decimal] = {}
    boven: dict[str, Decimal] = {}
    feiten: dict[str, Any] = {}
    for vraag, antwoord in pad.stappen:
        v = vraag.voorwaarde
        if v.feit == boom.LEERPLICHT_BEGONNEN:  # computed from the age: >= 6 yes, <= 4 no
            naam, toets, drempel = boom.LEEFTIJD, boom.Toets.MINSTENS, Decimal(6)
            antwoord_ = antwoord
            if not antwoord:
                drempel = Decimal(5)
        else:
            naam, toets, drempel, antwoord_ = (
                v.feit,
                v.toets,
                Decimal(v.drempel_op(WETSVERSIES[-1]) if v.drempel is not None else 0),
                antwoord,
            )
        if toets is boom.Toets.MINSTENS:
            if antwoord_:
                onder[naam] = max(onder.get(naam, Decimal(0)), drempel)
            else:
                boven[naam] = min(boven.get(naam, Decimal(10_000)), drempel)
        else:
            feiten[naam] = antwoord_ if toets is boom.Toets.WAAR else not antwoord_
    for naam in {*onder, *boven}:
        waarde = onder.get(naam, Decimal(0))
        assert waarde < boven.get(naam, Decimal(10_000)), f"path to {pad.uitkomst.knoop} is infeasible"
        feiten[naam] = int(waarde) if naam != boom.UREN else waarde
    return {"peildatum": "2026-03-16", **feiten}


def test_elk_blad_heeft_een_pad_en_elk_pad_een_ander_blad() -> None:
    bladeren = {u.knoop for u in boom.uitkomsten()}
    assert {p.uitkomst.knoop for p in PADEN} == bladeren
    assert len(PADEN) == len(bladeren) == 16  # issue 13: overig_18_vakantie


@pytest.mark.parametrize("pad", PADEN, ids=[p.uitkomst.knoop for p in PADEN])
def test_elk_pad_wordt_bereikt(pad: boom.Pad) -> None:
    o = beoordeel(_getuige(pad))
    assert [(s.vraag, s.antwoord) for s in o.pad] == [(v.vraag, a) for v, a in pad.stappen]
    assert (o.verzuimsoort, o.meldplicht) == (pad.uitkomst.verzuimsoort, pad.uitkomst.meldplicht)


def test_meldplicht_per_verzuimsoort_zoals_keuzehulp_4() -> None:
    toegestaan = {
        Verzuimsoort.ZIEKTEVERZUIM: {Meldplicht.NIET_MELDEN},
        Verzuimsoort.LUXE_VERZUIM: {Meldplicht.VERPLICHT},
        Verzuimsoort.RMC: {Meldplicht.VERPLICHT},
        Verzuimsoort.ZESTIEN_UUR: {Meldplicht.VERPLICHT, Meldplicht.AFSPRAAK_GEMEENTE},
        Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM: {Meldplicht.VERPLICHT},
        Verzuimsoort.OVERIG_VERZUIM: {Meldplicht.NIET_VERPLICHT},
        Verzuimsoort.GEEN_MELDING: {Meldplicht.NIET_MELDEN},
    }
    for u in boom.uitkomsten():
        assert u.meldplicht in toegestaan[u.verzuimsoort], u.knoop
    assert {u.verzuimsoort for u in boom.uitkomsten()} == set(Verzuimsoort)


def test_elke_knoop_heeft_een_grondslag_en_een_unieke_naam() -> None:
    knopen = list(boom.knopen())
    assert len({k.knoop for k in knopen}) == len(knopen)
    assert all(k.grondslag for k in knopen)


def test_vraagvolgorde_van_duo_verzuimhulp() -> None:
    """DUO's verzuimhulp page names fix the order: ziekte, vakantie, 18, 16, melding, 28."""
    pad = next(p for p in PADEN if p.uitkomst is boom.LANGDURIG_RELATIEF_VERZUIM)
    assert [v.vraag for v, _ in pad.stappen] == ["S1", "S2", "S3", "Q1", "Q2", "Q3", "Q5", "Q7", "Q4b"]


def test_voorwaarde_als_tekst() -> None:
    assert str(boom.Q5.voorwaarde) == "ongeoorloofde_uren_4_lesweken ≥ 16"
    assert str(boom.Q7.voorwaarde) == "niet eerdere_melding_4_weken"
    assert str(boom.Q1.voorwaarde) == "ziek"


def test_stroomschema_is_de_boom_met_luxe_verzuim_direct_na_q2() -> None:
    """``Beleid(luxe_verzuim_18plus=True)``: DUO's flowchart, where Q2 = ja is luxe verzuim."""
    stroom = list(boom.paden(boom.BOOM_STROOMSCHEMA))
    assert len(stroom) == 15
    luxe = next(p for p in stroom if p.uitkomst is boom.LUXE_VERZUIM)
    assert [v.vraag for v, _ in luxe.stappen] == ["S1", "S2", "S3", "Q1", "Q2"]
    assert {p.uitkomst.knoop for p in stroom} == {p.uitkomst.knoop for p in PADEN} - {"overig_18_vakantie"}


def test_volg_pad_weigert_een_pad_dat_de_boom_niet_volgt() -> None:
    o = beoordeel({"peildatum": "2026-03-16", "leeftijd_eerste_verzuimdag": 9, "ziek": True})
    with pytest.raises(ValueError, match="does not follow"):
        volg_pad((o.pad[1], *o.pad[1:]))
    with pytest.raises(ValueError, match="stops before"):
        volg_pad(o.pad[:-1])
