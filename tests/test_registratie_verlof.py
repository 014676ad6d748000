"""Verlof, vrijstellingen and status wired into the record analysis (issue 4, part 4).

Absence under granted verlof or a valid vrijstelling is not verzuim (Lpw art. 5, 5a, 11 onder f/g,
11a, 15); days beyond a granted verlof are (docs/registratie.md), a holiday then being luxe verzuim;
a pupil not yet leerplichtig or 23 or older gets no melding and no signal.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from verzuimregels import Meldplicht, Taal, Verzuimsoort
from verzuimregels.fouten import Invoerfout
from verzuimregels.registratie import Reden, Signaalsoort, Situatie, analyseer, lees_leerling
from verzuimregels.registratie.tellen import Feiten

from .test_registratie_regels import hele_dagen, leerling

MAART = (date(2026, 3, 2), date(2026, 3, 20))
PEIL = date(2026, 3, 31)


def vijf_a(**extra: Any) -> dict[str, Any]:
    """A vrijstelling art. 5 onder a from 1 August 2025, notice with a fresh statement (art. 6, 7)."""
    return {
        "grond": "art_5_a",
        "begin": "2025-08-01",
        "kennisgevingen": [{"op": "2025-07-01", "verklaring_op": "2025-06-20"}],
        **extra,
    }


def vakantie(eerste: str, laatste: str) -> dict[str, str]:
    return {"soort": "vakantie", "eerste_dag": eerste, "laatste_dag": laatste}


def codes(a: Any) -> list[str]:
    return [b.code for b in a.beleidskeuzes]


# --- vrijstellingen -----------------------------------------------------------------------------


def test_geldige_vrijstelling_excuseert() -> None:
    a = analyseer(leerling(hele_dagen(*MAART), vrijstellingen=[vijf_a()]), PEIL)
    assert a.situatie is Situatie.VRIJSTELLING
    assert a.meldingen == ()


def test_vrijstelling_zonder_kennisgeving_excuseert_niet() -> None:
    # art. 6 lid 1: "kennis te geven aan burgemeester en wethouders"; without it the vrijstelling
    # cannot be invoked, so the absence is verzuim (16 hours in four lesweken, and more).
    a = analyseer(leerling(hele_dagen(*MAART), vrijstellingen=[vijf_a(kennisgevingen=[])]), PEIL)
    assert a.situatie is Situatie.INGESCHREVEN
    assert a.meldingen[0].verzuimsoort is Verzuimsoort.ZESTIEN_UUR
    assert a.meldingen[0].begindatum == date(2026, 3, 2)


def test_vrijstelling_5_onder_a_zonder_verklaring_excuseert_niet() -> None:
    zonder = vijf_a(kennisgevingen=[{"op": "2025-07-01"}])  # art. 7: the statement is missing
    a = analyseer(leerling(hele_dagen(*MAART), vrijstellingen=[zonder]), PEIL)
    assert a.situatie is Situatie.INGESCHREVEN
    assert Verzuimsoort.ZESTIEN_UUR in {m.verzuimsoort for m in a.meldingen}


def test_vrijstelling_excuseert_alleen_binnen_haar_periode() -> None:
    kort = vijf_a(begin="2026-03-04", einde="2026-03-20")
    a = analyseer(leerling(hele_dagen(*MAART), vrijstellingen=[kort]), PEIL)
    assert a.situatie is Situatie.INGESCHREVEN  # the period ended before the peildatum
    [m] = a.meldingen
    assert (m.verzuimsoort, m.begindatum, m.einddatum) == (
        Verzuimsoort.OVERIG_VERZUIM,
        date(2026, 3, 2),
        date(2026, 3, 3),
    )


def test_vrijstelling_11a_met_mededeling_excuseert_de_records() -> None:
    records = [{"datum": d, "reden": "vrijstelling_11a", "uren": 4} for d in ("2026-03-02", "2026-03-09")]
    elf_a = {"grond": "art_11a_lid_1", "begin": "2026-01-01", "kennisgevingen": [{"op": "2026-01-05"}]}
    a = analyseer(leerling(records, geboortedatum="2020-10-01", vrijstellingen=[elf_a]), PEIL)
    assert a.meldingen == ()
    assert a.beleidskeuzes == ()  # the reason was checked, not trusted


def test_vrijstelling_11a_zonder_mededeling_is_verzuim() -> None:
    # art. 11a lid 1: "Van een beroep op deze vrijstelling wordt mededeling gedaan aan het hoofd."
    records = [{"datum": d, "reden": "vrijstelling_11a", "uren": 4} for d in ("2026-03-02", "2026-03-09")]
    elf_a = {"grond": "art_11a_lid_1", "begin": "2026-01-01"}
    a = analyseer(leerling(records, geboortedatum="2020-10-01", vrijstellingen=[elf_a]), PEIL)
    [m] = a.meldingen
    assert (m.verzuimsoort, m.uren, m.records) == (Verzuimsoort.OVERIG_VERZUIM, Decimal(8), (1, 2))


def test_vrijstelling_11a_excuseert_geen_hele_dag() -> None:
    # art. 11a allows hours a week, not whole days: an unexcused record on the same day still counts
    records = [{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": 2}]
    elf_a = {"grond": "art_11a_lid_2", "begin": "2026-01-01"}
    a = analyseer(leerling(records, geboortedatum="2020-10-01", vrijstellingen=[elf_a]), PEIL)
    assert [m.verzuimsoort for m in a.meldingen] == [Verzuimsoort.OVERIG_VERZUIM]
    assert a.situatie is Situatie.INGESCHREVEN


# --- verlof -------------------------------------------------------------------------------------


def test_verleend_verlof_excuseert() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 6), "verlof_13a")
    a = analyseer(leerling(records, verloven=[vakantie("2026-03-02", "2026-03-06")]), PEIL)
    assert a.meldingen == ()
    assert a.beleidskeuzes == ()


def test_ongeoorloofd_geregistreerd_op_een_verlofdag_is_geen_verzuim() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 6))
    verlof = {"soort": "gewichtige_omstandigheden", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-06"}
    a = analyseer(leerling(records, verloven=[verlof]), PEIL)
    assert a.meldingen == ()


def test_dag_na_verleend_verlof_is_verzuim() -> None:
    # verlof gewichtige omstandigheden 2-3 March; the pupil stays away until 6 March. 4-6 March are
    # verzuim (docs/registratie.md: "Days beyond a validly granted verlof are unexcused"): 18 hours.
    verlof = {"soort": "gewichtige_omstandigheden", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03"}
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 6), "verlof_14")
    a = analyseer(leerling(records, verloven=[verlof]), PEIL)
    [m] = a.meldingen
    assert (m.verzuimsoort, m.begindatum, m.einddatum, m.uren) == (
        Verzuimsoort.ZESTIEN_UUR,
        date(2026, 3, 4),
        date(2026, 3, 6),
        Decimal(18),
    )
    assert m.records == (3, 4, 5)


def test_vakantiedag_na_verleend_vakantieverlof_is_luxe_verzuim() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 10), "verlof_13a")
    a = analyseer(leerling(records, verloven=[vakantie("2026-03-02", "2026-03-06")]), PEIL)
    [m] = a.meldingen
    assert (m.verzuimsoort, m.meldplicht, m.begindatum, m.einddatum) == (
        Verzuimsoort.LUXE_VERZUIM,
        Meldplicht.VERPLICHT,
        date(2026, 3, 9),
        date(2026, 3, 10),
    )
    assert m.records == (6, 7)


def test_lege_verloven_betekent_geen_verlof_verleend() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 3), "verlof_13a")
    a = analyseer(leerling(records, verloven=[]), PEIL)
    assert [m.verzuimsoort for m in a.meldingen] == [Verzuimsoort.LUXE_VERZUIM]
    assert a.beleidskeuzes == ()


def test_zonder_verloven_volgt_de_analyse_de_reden_en_zegt_dat() -> None:
    records = hele_dagen(date(2026, 3, 2), date(2026, 3, 10), "verlof_13a")
    a = analyseer(leerling(records), PEIL)
    assert a.meldingen == ()
    assert codes(a) == ["geregistreerde_reden_vertrouwd"]
    engels = analyseer(leerling(records), PEIL, taal=Taal.EN)
    assert "trusted" in engels.beleidskeuzes[0].omschrijving


def test_geen_beleidskeuze_zonder_verlofreden_of_na_de_peildatum() -> None:
    assert analyseer(leerling(hele_dagen(*MAART)), PEIL).beleidskeuzes == ()
    later = [{"datum": "2026-04-01", "reden": "verlof_14"}]
    assert analyseer(leerling(later), PEIL).beleidskeuzes == ()


def test_feiten_zeggen_welke_reden_telt() -> None:
    ll = lees_leerling(
        leerling(
            [
                {"datum": "2026-03-02", "reden": "verlof_13a"},
                {"datum": "2026-03-03", "reden": "verlof_14"},
                {"datum": "2026-03-04", "reden": "ziek"},
            ],
            verloven=[vakantie("2026-03-02", "2026-03-02")],
        )
    )
    feiten = Feiten.van(ll)
    assert [feiten.reden(r) for r in ll.records] == [None, Reden.ONGEOORLOOFD, Reden.ZIEK]
    assert not any(feiten.vertrouwd(r) for r in ll.records)


def test_verloven_fouten_tellen_vanaf_een() -> None:
    with pytest.raises(Invoerfout) as info:
        analyseer(leerling([], verloven=[vakantie("2026-03-06", "2026-03-02")]), PEIL)
    assert info.value.fouten[0].veld.startswith("verloven.1")


def test_oud_vrijstellingsformaat_is_een_fout() -> None:
    with pytest.raises(Invoerfout) as info:
        analyseer(leerling([], vrijstellingen=[{"grond": "5a", "van": "2025-08-01"}]), PEIL)
    assert {f.regel for f in info.value.fouten} >= {"enum", "missing", "extra_forbidden"}


# --- status: no melding outside leerplicht and the RMC age group ---------------------------------

RAND = [
    {"datum": "2026-02-13", "reden": "ziek"},  # the lesdag before the voorjaarsvakantie (midden)
    {"datum": "2026-02-23", "reden": "ongeoorloofd"},  # the lesdag after it
    *hele_dagen(date(2026, 3, 2), date(2026, 4, 10)),
    *hele_dagen(date(2026, 5, 11), date(2026, 5, 12), "vakantie"),
]


def test_een_leerplichtige_krijgt_meldingen_en_signalen() -> None:
    """The control for the two tests below: the same records for a 9-year-old."""
    a = analyseer(leerling(RAND, geboortedatum="2016-09-15"), date(2026, 5, 29))
    assert {m.verzuimsoort for m in a.meldingen} >= {
        Verzuimsoort.ZESTIEN_UUR,
        Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM,
        Verzuimsoort.LUXE_VERZUIM,
    }
    assert Signaalsoort.MOGELIJK_LUXE_VERZUIM in {s.soort for s in a.signalen}


def test_vierjarige_krijgt_niets() -> None:
    # born 15 September 2021: 4 in spring 2026; leerplicht begins 1 October 2026 (art. 3 lid 1)
    a = analyseer(leerling(RAND, geboortedatum="2021-09-15"), date(2026, 5, 29))
    assert a.meldingen == ()
    assert a.signalen == ()


def test_drieentwintigjarige_krijgt_niets() -> None:
    # 23 on 1 January 2026: past the RMC age group (DUO, Soorten verzuim)
    a = analyseer(leerling(RAND, geboortedatum="2003-01-01"), date(2026, 5, 29))
    assert a.meldingen == ()
    assert a.signalen == ()


def test_vijfjarige_wordt_leerplichtig_midden_in_het_jaar() -> None:
    # born 20 January 2021: leerplicht begins on the first schooldag of February 2026 (art. 3 lid 1).
    # Absence before it is no verzuim and does not count towards the 16 hours after it.
    voor = hele_dagen(date(2026, 1, 26), date(2026, 1, 30))
    na = [{"datum": "2026-02-02", "reden": "ongeoorloofd", "uren": 4}]
    a = analyseer(leerling([*voor, *na], geboortedatum="2021-01-20"), PEIL)
    [m] = a.meldingen
    assert (m.verzuimsoort, m.begindatum, m.uren, m.records) == (
        Verzuimsoort.OVERIG_VERZUIM,
        date(2026, 2, 2),
        Decimal(4),
        (6,),
    )
    assert a.signalen == ()
