"""The verdict: language, regelversie, citations, policy notes, peildatum default."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from verzuimregels import WETSVERSIES, Bron, Taal, __version__, beoordeel
from verzuimregels.beleid import beleidskeuze, codes
from verzuimregels.bronnen import DUO_KEUZEHULP, Artikel

CASUS = {
    "leeftijd_eerste_verzuimdag": 15,
    "ziek": False,
    "vakantie_zonder_verlof": False,
    "ongeoorloofde_uren_4_lesweken": "16.5",
    "peildatum": "2026-09-14",
}


def test_regelversie_noemt_wet_en_bibliotheek() -> None:
    assert beoordeel(CASUS).regelversie == f"Lpw 2026-08-01; verzuimregels {__version__}"
    assert beoordeel(CASUS | {"peildatum": "2026-07-31"}).regelversie.startswith("Lpw 2024-01-01;")
    assert tuple(sorted(WETSVERSIES)) == WETSVERSIES


def test_citaten_wijzen_naar_de_wetsversie_van_de_peildatum() -> None:
    o = beoordeel(CASUS)
    wet = [b for s in o.pad for b in s.grondslag if b.bron == "Lpw"]
    assert wet
    for b in wet:
        assert b.versie == date(2026, 8, 1)
        assert b.url == f"https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel{b.artikel}"
    assert all(b.url.startswith("https://") for s in o.pad for b in s.grondslag)


def test_engels_op_verzoek() -> None:
    nl, en = beoordeel(CASUS), beoordeel(CASUS, taal="en")
    assert (nl.verzuimsoort, nl.meldplicht) == (en.verzuimsoort, en.meldplicht)
    assert "Melden is verplicht" in nl.toelichting
    assert "must be reported" in en.toelichting
    assert "16,5" in nl.toelichting
    assert "16.5" in en.toelichting
    assert en.pad[3].tekst == "Is the pupil absent because of illness?"
    assert beoordeel(CASUS, taal=Taal.EN).beleidskeuzes[0].omschrijving.startswith("16 hours")


def test_zonder_peildatum_telt_vandaag_en_dat_staat_erbij() -> None:
    zonder = {k: v for k, v in CASUS.items() if k != "peildatum"}
    o = beoordeel(zonder, vandaag=date(2026, 9, 14))
    assert o.beleidskeuzes[0].code == "peildatum_vandaag"
    assert o.verzuimsoort == beoordeel(CASUS).verzuimsoort
    assert beoordeel(zonder).beleidskeuzes[0].code == "peildatum_vandaag"


def test_elke_beleidskeuze_heeft_nl_en_en() -> None:
    for code in codes():
        nl = beleidskeuze(code, Taal.NL).omschrijving
        en = beleidskeuze(code, Taal.EN).omschrijving
        assert nl
        assert en
        assert nl != en


def test_bronnen_als_tekst() -> None:
    assert str(Artikel("11", onderdeel="d").bron(date(2026, 8, 1))) == "Lpw art. 11 onder d"
    assert repr(Artikel("21a", lid=1)) == "Artikel('Lpw art. 21a lid 1')"
    assert repr(DUO_KEUZEHULP).startswith("Pagina('DUO")
    assert isinstance(DUO_KEUZEHULP.bron(date(2026, 8, 1)), Bron)


def test_regressie_gedeelde_stappen_zelfde_json_en_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept verdicts cost the garbage collector their objects: steps with the same question, answer
    and facts are shared between verdicts (immutable), with the same JSON and repr as built alone."""
    from verzuimregels import beoordeel
    from verzuimregels.keuzehulp import evaluator

    casus = {
        "leeftijd_eerste_verzuimdag": 15,
        "ziek": False,
        "vakantie_zonder_verlof": False,
        "ongeoorloofde_uren_4_lesweken": 20,
        "peildatum": "2026-09-01",
    }
    a, b = beoordeel(casus), beoordeel(dict(casus))
    assert all(x is y for x, y in zip(a.pad, b.pad, strict=True))
    evaluator.leeg_caches()
    c = beoordeel(dict(casus))
    assert all(x is not y for x, y in zip(a.pad, c.pad, strict=True))
    assert a.model_dump_json() == c.model_dump_json()
    assert repr(a) == repr(c)
    assert type(a).model_validate(a.model_dump()) == a
    monkeypatch.setattr(evaluator, "_MAX_STAPPEN", 2)  # bounded: a full cache starts again
    evaluator.leeg_caches()
    assert beoordeel(dict(casus)) == a
    assert len(evaluator._STAPPEN) <= 2


def test_regressie_gedeelde_stap_per_knoop_niet_per_vraag() -> None:
    """Q5 and Q5_18plus ask the same question (id Q5) with other citations (Inspectie, DUO). The shared
    step cache was keyed on the question id, so after an 18-plus case a pupil under 18 got the DUO step at
    Q5: analyseer of LL-002 (examples/leerlingen.json) then differed from a fresh process."""
    from verzuimregels import beoordeel
    from verzuimregels.keuzehulp import evaluator

    def casus(leeftijd: int) -> dict[str, object]:
        return {
            "leeftijd_eerste_verzuimdag": leeftijd,
            "ziek": False,
            "vakantie_zonder_verlof": False,
            "ongeoorloofde_uren_4_lesweken": 21,
            "aaneengesloten_dagen_afwezig": 3,
            "afspraak_gemeente_18plus": True,
            "peildatum": "2026-09-01",
        }

    evaluator.leeg_caches()
    alleen = beoordeel(casus(15))
    evaluator.leeg_caches()
    beoordeel(casus(18))  # walks Q5_18plus first
    na = beoordeel(casus(15))
    assert na.model_dump_json() == alleen.model_dump_json()
    q5 = next(s for s in na.pad if s.vraag == "Q5")
    assert [g.bron.value for g in q5.grondslag] == ["Lpw", "Inspectie"]


def test_regressie_uren_in_toelichting_met_hooguit_twee_decimalen() -> None:
    """Hours from lesuur minutes (140 / 60) read as ``2,333333333333333333333333333 uur``: the toelichting
    now shows two decimals at most, the Dutch comma in Dutch; the ``pad`` keeps the exact fact."""
    overig = CASUS | {"ongeoorloofde_uren_4_lesweken": Decimal(140) / 60}
    nl, en = beoordeel(overig), beoordeel(overig, taal="en")
    assert nl.toelichting.startswith("Overig verzuim: 2,33 uur ongeoorloofd in 4 lesweken, minder dan 16.")
    assert en.toelichting.startswith("Overig verzuim: 2.33 unexcused hours in 4 lesweken, fewer than 16.")
    uren = [f.waarde for s in nl.pad for f in s.feiten if f.naam == "ongeoorloofde_uren_4_lesweken"]
    assert uren == [Decimal(140) / 60]
    zwevend = beoordeel(overig | {"ongeoorloofde_uren_4_lesweken": 7 / 3})
    assert "2,33 uur" in zwevend.toelichting
    assert '"waarde":2.3333333333333335' in zwevend.model_dump_json()  # JSON: the number as given


def test_uren_in_toelichting_afgerond_naar_nul_blijven_onder_de_drempel() -> None:
    """Below 16 hours the text never reads 16 (rounded toward zero); exact values keep their digits."""

    def toelichting(uren: str) -> str:
        return beoordeel(CASUS | {"ongeoorloofde_uren_4_lesweken": uren}).toelichting

    assert "15,99 uur ongeoorloofd" in toelichting("15.999")
    assert ": 16,5 uur ongeoorloofd" in toelichting("16.50")
    assert ": 16 uur ongeoorloofd" in toelichting("16.004")
    assert "0,05 uur ongeoorloofd" in toelichting("0.05")
