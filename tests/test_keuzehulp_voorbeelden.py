"""Worked cases A01–A18 of the keuzehulp (facts given), by name.

Defaults of that file: vo pupil, school year 2025-2026, no startkwalificatie, no gemeente agreement
for 18+, no earlier melding in the last 4 weeks. Every case is judged on a fixed peildatum.
"""

from __future__ import annotations

from typing import Any

import pytest

from verzuimregels import Invoerfout, Meldplicht, Oordeel, Verzuimsoort, beoordeel

PEILDATUM = "2026-03-16"


def oordeel(**feiten: Any) -> Oordeel:
    return beoordeel({"peildatum": PEILDATUM, **feiten})


def vragen(o: Oordeel) -> list[tuple[str, bool]]:
    return [(s.vraag, s.antwoord) for s in o.pad]


def test_a01_ziek_is_ziekteverzuim_niet_melden() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=14,
        ziek=True,
        ongeoorloofde_uren_4_lesweken=40,
        aaneengesloten_dagen_afwezig=35,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.ZIEKTEVERZUIM, Meldplicht.NIET_MELDEN)
    assert vragen(o)[-2:] == [("Q1", True), ("Q1b", False)]
    assert any(b.artikel == "11" and b.onderdeel == "d" for b in o.grondslag)


def test_a02_getwijfelde_ziekmelding_is_overig_na_overleg() -> None:
    o = oordeel(leeftijd_eerste_verzuimdag=14, ziek=True, ziekte_twijfel=True)
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.OVERIG_VERZUIM, Meldplicht.NIET_VERPLICHT)
    assert "leerplichtambtenaar" in o.toelichting
    assert vragen(o)[-2:] == [("Q1", True), ("Q1b", True)]


def test_a03_vakantie_zonder_verlof_is_luxe_verzuim() -> None:
    o = oordeel(leeftijd_eerste_verzuimdag=9, ziek=False, vakantie_zonder_verlof=True)
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.LUXE_VERZUIM, Meldplicht.VERPLICHT)
    # Changed by issue 13 (point 6): after Q2 the library asks the age (Q3) before it says luxe
    # verzuim: from 18 the Lpw no longer applies (art. 4b). The outcome of A03 is unchanged.
    assert list(vragen(o)[-2:]) == [("Q2", True), ("Q3", False)]
    assert not o.beleidskeuzes  # 9 years old: the 18+ note does not apply


def test_a04_kwalificatieplichtige_op_vakantie_is_luxe_verzuim() -> None:
    o = oordeel(leeftijd_eerste_verzuimdag=16, ziek=False, vakantie_zonder_verlof=True)
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.LUXE_VERZUIM, Meldplicht.VERPLICHT)


def test_a05_onder_16_uur_is_overig_verzuim() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=15,
        ziek=False,
        vakantie_zonder_verlof=False,
        ongeoorloofde_uren_4_lesweken="15.9",
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.OVERIG_VERZUIM, Meldplicht.NIET_VERPLICHT)
    assert vragen(o)[-1] == ("Q5", False)
    assert "15,9" in o.toelichting


def test_a06_twintig_uur_eerste_melding_is_zestien_uur() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=15,
        ziek=False,
        vakantie_zonder_verlof=False,
        ongeoorloofde_uren_4_lesweken=20,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT)
    assert vragen(o)[-2:] == [("Q5", True), ("Q7", True)]
    assert any(b.artikel == "21a" and b.lid == 1 for b in o.grondslag)


def test_a07_vervolgmelding_binnen_4_weken_niet_28_dagen() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=14,
        ziek=False,
        vakantie_zonder_verlof=False,
        ongeoorloofde_uren_4_lesweken=18,
        eerdere_melding_4_weken=True,
        aaneengesloten_dagen_afwezig=10,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT)
    assert vragen(o)[-2:] == [("Q7", False), ("Q4b", False)]
    assert "vervolgmelding" in o.toelichting


def test_a08_gemiste_eerste_melding_gaat_voor_28_dagen() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=14,
        ziek=False,
        vakantie_zonder_verlof=False,
        ongeoorloofde_uren_4_lesweken=40,
        aaneengesloten_dagen_afwezig=35,
        eerdere_melding_4_weken=False,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT)
    assert vragen(o)[-1] == ("Q7", True)
    assert "Q4b" not in [v for v, _ in vragen(o)]


def test_a09_eerdere_melding_en_30_dagen_is_lrv() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=14,
        ziek=False,
        vakantie_zonder_verlof=False,
        ongeoorloofde_uren_4_lesweken=60,
        aaneengesloten_dagen_afwezig=30,
        eerdere_melding_4_weken=True,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Meldplicht.VERPLICHT)
    assert vragen(o)[-1] == ("Q4b", True)
    assert {b.code for b in o.beleidskeuzes} >= {"vakantie_28_dagen", "precies_4_weken"}


def test_a10_negentien_jaar_28_dagen_is_rmc() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=19,
        ziek=False,
        vakantie_zonder_verlof=False,
        aaneengesloten_dagen_afwezig=28,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.RMC, Meldplicht.VERPLICHT)
    assert vragen(o)[-2:] == [("Q3", True), ("Q4a", True)]


def test_a11_tweeentwintig_jaar_is_nog_rmc() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=22,
        ziek=False,
        vakantie_zonder_verlof=False,
        aaneengesloten_dagen_afwezig=40,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.RMC, Meldplicht.VERPLICHT)
    assert ("S3", False) in vragen(o)


def test_a12_achttien_plus_afspraak_onder_16_uur_is_overig() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=19,
        ziek=False,
        vakantie_zonder_verlof=False,
        aaneengesloten_dagen_afwezig=10,
        afspraak_gemeente_18plus=True,
        ongeoorloofde_uren_4_lesweken=12,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.OVERIG_VERZUIM, Meldplicht.NIET_VERPLICHT)
    assert vragen(o)[-2:] == [("Q6", True), ("Q5", False)]


def test_a13_achttien_plus_afspraak_twintig_uur_is_zestien_uur_afspraak_gemeente() -> None:
    o = oordeel(
        leeftijd_eerste_verzuimdag=19,
        ziek=False,
        vakantie_zonder_verlof=False,
        aaneengesloten_dagen_afwezig=10,
        afspraak_gemeente_18plus=True,
        ongeoorloofde_uren_4_lesweken=20,
    )
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.AFSPRAAK_GEMEENTE)
    assert vragen(o)[-3:] == [("Q6", True), ("Q5", True), ("Q7", True)]
    assert {"achttien_plus_zestien_uur", "achttien_plus_niet_verplicht"} <= {b.code for b in o.beleidskeuzes}


def test_a14_twintig_jaar_ziek_is_ziekteverzuim() -> None:
    o = oordeel(leeftijd_eerste_verzuimdag=20, ziek=True)
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.ZIEKTEVERZUIM, Meldplicht.NIET_MELDEN)


def test_a15_vier_jaar_is_nog_niet_leerplichtig() -> None:
    o = oordeel(geboortedatum="2021-06-10", eerste_verzuimdag="2026-03-02")
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.GEEN_MELDING, Meldplicht.NIET_MELDEN)
    assert vragen(o) == [("S1", False)]
    feiten = {f.naam: f for f in o.pad[0].feiten}
    assert str(feiten["begin_leerplicht"].waarde) == "2026-07-01"
    assert feiten["leerplicht_begonnen"].herkomst == "berekend"
    assert o.grondslag[0].artikel == "3"
    assert o.grondslag[0].url == "https://wetten.overheid.nl/BWBR0002628/2024-01-01#Artikel3"


def test_a16_startkwalificatie_valt_buiten_de_keuzehulp() -> None:
    o = oordeel(leeftijd_eerste_verzuimdag=17, startkwalificatie=True, ongeoorloofde_uren_4_lesweken=20)
    assert (o.verzuimsoort, o.meldplicht) == (Verzuimsoort.GEEN_MELDING, Meldplicht.NIET_MELDEN)
    assert vragen(o) == [("S1", True), ("S2", True)]
    assert any(b.artikel == "1" and b.onderdeel == "f" for b in o.grondslag)


def test_a17_leeftijd_in_strijd_met_datums_noemt_beide_velden() -> None:
    with pytest.raises(Invoerfout) as fout:
        oordeel(
            leeftijd_eerste_verzuimdag=15,
            geboortedatum="2011-06-10",
            eerste_verzuimdag="2026-03-02",
            ziek=True,
        )
    [veldfout] = fout.value.fouten
    assert veldfout.regel == "leeftijd_strijdig"
    assert {"leeftijd_eerste_verzuimdag", "geboortedatum", "eerste_verzuimdag"} <= set(veldfout.velden)


def test_a18_negatieve_uren_is_een_fout_die_het_veld_noemt() -> None:
    with pytest.raises(Invoerfout) as fout:
        oordeel(leeftijd_eerste_verzuimdag=15, ongeoorloofde_uren_4_lesweken=-3)
    [veldfout] = fout.value.fouten
    assert veldfout.veld == "ongeoorloofde_uren_4_lesweken"
    assert "-3" not in str(fout.value)
