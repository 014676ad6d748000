"""Thuiszitter categories: each just inside and just outside its bounds (4 weeks, 3 months, a holiday
inside the period, a vrijstelling starting mid-period), and counting under each definition."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from verzuimregels import Beleid
from verzuimregels.kalender import Regio
from verzuimregels.thuiszitters import (
    Categorie,
    Kennisgeving,
    Periode,
    Sector,
    Situatie,
    Vrijstelling,
    Vrijstellingsgrond,
    classificeer,
)
from verzuimregels.thuiszitters.modellen import vrijstellingscategorie
from verzuimregels.thuiszitters.synthetisch import geregistreerde_vrijstelling
from verzuimregels.thuiszitters.telling import (
    BALANS,
    OCW_2016,
    STANDAARD_DEFINITIES,
    THUISZITTERSPACT,
    Definitie,
    stroom,
    tel,
)
from verzuimregels.verlof.vrijstelling import toets_vrijstelling
from verzuimregels.weergave import classificatie_html, telling_html

from .test_weergave import controleer

PLICHT = Periode(van=date(2015, 6, 1), tot=date(2028, 7, 31))
INGESCHREVEN = (Periode(van=date(2019, 8, 1)),)


def leerling(**velden: Any) -> Situatie:
    return Situatie(plicht=PLICHT, inschrijvingen=INGESCHREVEN, **velden)


def categorie(s: Situatie, dag: date, **opties: Any) -> Categorie:
    return classificeer(s, dag, **opties).categorie


# --- langdurig relatief verzuim: 4 weeks ----------------------------------------------------------

LRV_JAN = leerling(ongeoorloofd_afwezig=(Periode(van=date(2026, 1, 5)),))


def test_lrv_de_28e_dag_telt_als_vier_weken() -> None:
    c = classificeer(LRV_JAN, date(2026, 2, 1))
    assert c.categorie is Categorie.LRV_4_WEKEN_TOT_3_MAANDEN
    assert c.getelde_dagen == 28
    assert c.sinds == date(2026, 1, 5)
    assert {b.code for b in c.beleidskeuzes} >= {
        "precies_4_weken",
        "vakantie_28_dagen",
        "drie_maanden_kalender",
    }


def test_lrv_de_27e_dag_is_nog_geen_vier_weken() -> None:
    assert categorie(LRV_JAN, date(2026, 1, 31)) is Categorie.GEEN


def test_lrv_met_herfstvakantie_in_de_periode_telt_de_vakantiedagen_niet() -> None:
    # Noord 2025: herfstvakantie 18-26 October (9 days). 6 Oct - 2 Nov = 28 calendar days, 19 counted.
    s = leerling(ongeoorloofd_afwezig=(Periode(van=date(2025, 10, 6)),), regio=Regio.NOORD)
    assert classificeer(s, date(2025, 11, 2)).getelde_dagen == 19
    assert categorie(s, date(2025, 11, 2)) is Categorie.GEEN
    assert categorie(s, date(2025, 11, 10)) is Categorie.GEEN  # 27 counted
    assert categorie(s, date(2025, 11, 11)) is Categorie.LRV_4_WEKEN_TOT_3_MAANDEN  # 28 counted
    meetellen = Beleid(vakantiedagen_meetellen=True)
    assert categorie(s, date(2025, 11, 2), beleid=meetellen) is Categorie.LRV_4_WEKEN_TOT_3_MAANDEN


# --- three months ---------------------------------------------------------------------------------


def test_lrv_drie_maanden_precies_is_nog_niet_langer() -> None:
    assert categorie(LRV_JAN, date(2026, 4, 4)) is Categorie.LRV_4_WEKEN_TOT_3_MAANDEN


def test_lrv_langer_dan_drie_maanden_vanaf_dezelfde_dag_drie_maanden_later() -> None:
    assert categorie(LRV_JAN, date(2026, 4, 5)) is Categorie.LRV_LANGER_DAN_3_MAANDEN


UITGESCHREVEN = Situatie(
    plicht=PLICHT, inschrijvingen=(Periode(van=date(2019, 8, 1), tot=date(2025, 12, 31)),)
)


def test_absoluut_verzuim_vanaf_de_eerste_dag_zonder_inschrijving() -> None:
    assert categorie(UITGESCHREVEN, date(2025, 12, 31)) is Categorie.GEEN
    c = classificeer(UITGESCHREVEN, date(2026, 1, 1))
    assert c.categorie is Categorie.ABSOLUUT_TOT_3_MAANDEN
    assert c.sinds == date(2026, 1, 1)


def test_absoluut_verzuim_drie_maanden_grens() -> None:
    assert categorie(UITGESCHREVEN, date(2026, 3, 31)) is Categorie.ABSOLUUT_TOT_3_MAANDEN
    assert categorie(UITGESCHREVEN, date(2026, 4, 1)) is Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN


def test_absoluut_verzuim_nooit_ingeschreven_telt_vanaf_het_begin_van_de_plicht() -> None:
    s = Situatie(plicht=Periode(van=date(2025, 9, 1), tot=date(2037, 7, 31)))
    assert classificeer(s, date(2025, 10, 1)).sinds == date(2025, 9, 1)


def test_absoluut_verzuim_na_afloop_van_een_vrijstelling() -> None:
    s = Situatie(
        plicht=PLICHT,
        vrijstellingen=(
            geregistreerde_vrijstelling(
                Vrijstellingsgrond.ART_5_C, Periode(van=date(2024, 1, 1), tot=date(2026, 2, 28))
            ),
        ),
    )
    assert categorie(s, date(2026, 2, 28)) is Categorie.VRIJSTELLING_5_ONDER_C
    c = classificeer(s, date(2026, 3, 1))
    assert (c.categorie, c.sinds) == (Categorie.ABSOLUUT_TOT_3_MAANDEN, date(2026, 3, 1))


def test_niet_leerplichtig_is_geen_verzuimer() -> None:
    assert categorie(Situatie(), date(2026, 1, 1)) is Categorie.GEEN
    na = Situatie(plicht=Periode(van=date(2010, 6, 1), tot=date(2025, 7, 31)))
    assert categorie(na, date(2026, 1, 1)) is Categorie.GEEN


# --- vrijstellingen ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("soort", "verwacht"),
    [
        (Vrijstellingsgrond.ART_5_A, Categorie.VRIJSTELLING_5_ONDER_A),
        (Vrijstellingsgrond.ART_5_B, Categorie.VRIJSTELLING_5_ONDER_B),
        (Vrijstellingsgrond.ART_5_C, Categorie.VRIJSTELLING_5_ONDER_C),
        (Vrijstellingsgrond.ART_5A, Categorie.VRIJSTELLING_5A),
        (Vrijstellingsgrond.ART_15, Categorie.VRIJSTELLING_15),
    ],
)
def test_elke_vrijstelling_heeft_haar_categorie_en_artikel(
    soort: Vrijstellingsgrond, verwacht: Categorie
) -> None:
    s = Situatie(
        plicht=PLICHT,
        vrijstellingen=(
            geregistreerde_vrijstelling(soort, Periode(van=date(2025, 8, 1), tot=date(2026, 7, 31))),
        ),
    )
    c = classificeer(s, date(2026, 1, 1))
    assert c.categorie is verwacht
    artikel = soort.value.split("_")[1]
    assert any(b.artikel == artikel for b in c.grondslag)


def test_vrijstelling_die_halverwege_het_verzuim_begint() -> None:
    vrij = geregistreerde_vrijstelling(Vrijstellingsgrond.ART_5_A, Periode(van=date(2026, 2, 15)))
    s = leerling(ongeoorloofd_afwezig=(Periode(van=date(2026, 1, 5)),), vrijstellingen=(vrij,))
    assert categorie(s, date(2026, 2, 14)) is Categorie.LRV_4_WEKEN_TOT_3_MAANDEN
    assert categorie(s, date(2026, 2, 15)) is Categorie.VRIJSTELLING_5_ONDER_A


def test_verzuim_na_een_vrijstelling_telt_opnieuw_vanaf_de_dag_erna() -> None:
    vrij = geregistreerde_vrijstelling(
        Vrijstellingsgrond.ART_5_A, Periode(van=date(2026, 2, 1), tot=date(2026, 2, 28))
    )
    s = leerling(ongeoorloofd_afwezig=(Periode(van=date(2026, 1, 5)),), vrijstellingen=(vrij,))
    assert categorie(s, date(2026, 3, 27)) is Categorie.GEEN  # 27 days from 1 March
    c = classificeer(s, date(2026, 3, 28))
    assert (c.categorie, c.sinds, c.getelde_dagen) == (
        Categorie.LRV_4_WEKEN_TOT_3_MAANDEN,
        date(2026, 3, 1),
        28,
    )


# --- verlof and illness -------------------------------------------------------------------------------


def test_verlof_11g_van_meer_dan_vier_weken() -> None:
    lang = leerling(verlof_11g=(Periode(van=date(2026, 1, 5), tot=date(2026, 2, 2)),))  # 29 days
    kort = leerling(verlof_11g=(Periode(van=date(2026, 1, 5), tot=date(2026, 2, 1)),))  # 28 days
    assert categorie(lang, date(2026, 1, 10)) is Categorie.VERLOF_11G_LANGER_DAN_4_WEKEN
    assert categorie(kort, date(2026, 1, 10)) is Categorie.GEEN
    open_einde = leerling(verlof_11g=(Periode(van=date(2026, 1, 5)),))
    assert categorie(open_einde, date(2026, 1, 10)) is Categorie.VERLOF_11G_LANGER_DAN_4_WEKEN


def test_verlof_gaat_voor_ongeoorloofd_verzuim_in_dezelfde_periode() -> None:
    s = leerling(
        verlof_11g=(Periode(van=date(2026, 2, 1), tot=date(2026, 2, 10)),),
        ongeoorloofd_afwezig=(Periode(van=date(2026, 1, 5)),),
    )
    assert categorie(s, date(2026, 2, 5)) is Categorie.GEEN


def test_langdurig_ziek_is_een_signaal_vanaf_vier_weken() -> None:
    s = leerling(ziek=(Periode(van=date(2026, 1, 5)),))
    assert categorie(s, date(2026, 1, 31)) is Categorie.GEEN
    c = classificeer(s, date(2026, 2, 1))
    assert c.categorie is Categorie.LANGDURIG_ZIEK
    assert "verborgen thuiszitter" in c.toelichting


def test_kort_ongeoorloofd_en_daarna_ziek() -> None:
    s = leerling(ongeoorloofd_afwezig=(Periode(van=date(2026, 1, 5)),), ziek=(Periode(van=date(2026, 1, 1)),))
    assert categorie(s, date(2026, 1, 20)) is Categorie.GEEN
    assert categorie(s, date(2026, 1, 29)) is Categorie.LANGDURIG_ZIEK


def test_engelse_toelichting() -> None:
    c = classificeer(LRV_JAN, date(2026, 2, 1), taal="en")
    assert c.toelichting.startswith("Long-term relative absence")


def test_periode_met_einde_voor_begin_noemt_het_veld() -> None:
    with pytest.raises(ValidationError) as fout:
        Situatie.model_validate({"ziek": [{"van": "2026-02-01", "tot": "2026-01-01"}]})
    assert fout.value.errors()[0]["loc"][:2] == ("ziek", 0)
    assert "2026" not in str(fout.value.errors(include_input=False)[0]["msg"])


# --- counting -----------------------------------------------------------------------------------------

POPULATIE = [
    LRV_JAN.model_copy(update={"gemeente": "A", "sector": Sector.VO}),
    UITGESCHREVEN.model_copy(update={"gemeente": "A", "sector": Sector.PO}),
    Situatie(
        plicht=PLICHT,
        gemeente="B",
        vrijstellingen=(
            geregistreerde_vrijstelling(
                Vrijstellingsgrond.ART_5_A, Periode(van=date(2020, 1, 1), tot=date(2027, 7, 31))
            ),
        ),
    ),
    leerling(gemeente="B"),
]


def test_telling_per_definitie_en_groep() -> None:
    t = tel(POPULATIE, [date(2026, 2, 1), date(2026, 4, 5)], groep_op=["gemeente"])
    feb, apr = t.peildata
    assert t.totaal(feb, OCW_2016) == 2
    assert t.totaal(feb, THUISZITTERSPACT) == 0
    assert t.totaal(feb, BALANS) == 3
    assert t.totaal(apr, THUISZITTERSPACT) == 2
    assert t.totaal(feb, OCW_2016, ("A",)) == 2
    assert t.totaal(feb, OCW_2016, ("B",)) == 0
    assert t.groepen() == [("A",), ("B",)]
    rijen = t.rijen()
    assert len(rijen) == 4
    assert rijen[0]["gemeente"] == "A"
    assert rijen[0]["ocw_2016"] == 2


def test_telling_als_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    df = tel(POPULATIE, date(2026, 2, 1), groep_op=["sector"]).als_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert int(df["balans_2020"].sum()) == 3


def test_telling_zonder_groep_en_eigen_definitie() -> None:
    alleen_ziek = Definitie("ziek", frozenset({Categorie.LANGDURIG_ZIEK}))
    t = tel(POPULATIE, date(2026, 2, 1), definities=[*STANDAARD_DEFINITIES, alleen_ziek])
    assert t.groepen() == [()]
    assert t.totaal(date(2026, 2, 1), alleen_ziek) == 0


def test_onbekend_groepsveld() -> None:
    with pytest.raises(ValueError, match="groep_op"):
        tel(POPULATIE, date(2026, 2, 1), groep_op=["bsn"])


def test_stroom_tussen_twee_peildata() -> None:
    s = stroom(POPULATIE, date(2025, 12, 1), date(2026, 2, 1))
    assert (s.instroom, s.blijvend, s.uitstroom) == (2, 0, 0)
    terug = stroom(
        POPULATIE, date(2026, 2, 1), date(2026, 2, 1) + timedelta(days=1), definitie=THUISZITTERSPACT
    )
    assert (terug.instroom, terug.blijvend, terug.uitstroom) == (0, 0, 0)
    assert sum(s.overgangen.values()) == len(POPULATIE)


def test_html_van_telling_en_classificatie() -> None:
    t = tel(POPULATIE, date(2026, 4, 5), groep_op=["gemeente"])
    c = controleer(telling_html(t))
    assert "IJsberg" in "".join(c.tekst)
    controleer(t._repr_html_())
    k = classificeer(LRV_JAN, date(2026, 2, 1))
    c = controleer(classificatie_html(k))
    assert all(b.url in c.links for b in k.grondslag)
    assert k._repr_html_() == classificatie_html(k)


# --- properties -----------------------------------------------------------------------------------------

DAGEN = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def perioden(draw: st.DrawFn, maximaal: int = 2) -> tuple[Periode, ...]:
    uit = []
    for _ in range(draw(st.integers(0, maximaal))):
        van = draw(DAGEN)
        duur = draw(st.one_of(st.none(), st.integers(0, 200)))
        tot = None if duur is None else van + timedelta(days=duur)
        uit.append(Periode(van=van, tot=tot))
    return tuple(uit)


@st.composite
def situaties(draw: st.DrawFn) -> Situatie:
    vrij = tuple(
        geregistreerde_vrijstelling(draw(st.sampled_from(Vrijstellingsgrond)), p)
        for p in draw(perioden(maximaal=1))
    )
    return Situatie(
        plicht=draw(st.one_of(st.none(), st.just(PLICHT))),
        inschrijvingen=draw(perioden()),
        ongeoorloofd_afwezig=draw(perioden()),
        ziek=draw(perioden(maximaal=1)),
        verlof_11g=draw(perioden(maximaal=1)),
        vrijstellingen=vrij,
        regio=draw(st.one_of(st.none(), st.sampled_from(Regio))),
        gemeente=draw(st.sampled_from(["A", "B", None])),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(situaties(), max_size=8), DAGEN)
def test_elke_leerling_in_precies_een_categorie_en_definities_zijn_sommen(
    populatie: list[Situatie], peildatum: date
) -> None:
    t = tel(populatie, peildatum, groep_op=["gemeente"])
    assert sum(t.aantallen.values()) == len(populatie)
    assert sum(t.aantal(peildatum, c) for c in Categorie) == len(populatie)
    for d in STANDAARD_DEFINITIES:
        assert t.totaal(peildatum, d) == sum(t.aantal(peildatum, c) for c in d.categorieen)
    assert t.totaal(peildatum, BALANS) == t.totaal(peildatum, OCW_2016) + t.aantal(
        peildatum, Categorie.VRIJSTELLING_5_ONDER_A
    )
    assert t.totaal(peildatum, THUISZITTERSPACT) <= t.totaal(peildatum, OCW_2016)


@settings(max_examples=150, deadline=None)
@given(situaties(), DAGEN)
def test_een_thuiszitter_is_leer_of_kwalificatieplichtig_zonder_vrijstelling(
    s: Situatie, peildatum: date
) -> None:
    c = classificeer(s, peildatum)
    if c.categorie in OCW_2016.categorieen:
        assert s.plicht is not None
        assert s.plicht.bevat(peildatum)
        tellend = [v for v in s.vrijstellingen if vrijstellingscategorie(v.grond) is not None]
        assert not any(toets_vrijstelling(v, peildatum).geldig for v in tellend)
        assert c.sinds is not None
        assert c.sinds <= peildatum


def test_getelde_dagen_randgevallen() -> None:
    from verzuimregels.kalender import Schoolkalender
    from verzuimregels.regels.duur import getelde_dagen

    assert getelde_dagen(date(2026, 1, 2), date(2026, 1, 1), None, vakantiedagen_meetellen=False) == 0
    assert getelde_dagen(date(2026, 1, 1), date(2026, 1, 1), None, vakantiedagen_meetellen=False) == 1
    studiedag = Schoolkalender(vrije_dagen=frozenset({date(2026, 1, 7)})).is_schoolvakantie
    assert getelde_dagen(date(2026, 1, 5), date(2026, 1, 11), studiedag, vakantiedagen_meetellen=False) == 6
    assert getelde_dagen(date(2026, 1, 5), date(2026, 1, 11), studiedag, vakantiedagen_meetellen=True) == 7


def test_telling_als_tekst() -> None:
    from verzuimregels.weergave import telling_tekst

    t = tel(POPULATIE, [date(2026, 2, 1)], groep_op=["gemeente"])
    regels = telling_tekst(t).splitlines()
    assert regels[0].split() == ["peildatum", "gemeente", "ocw_2016", "thuiszitterspact", "balans_2020"]
    assert regels[1].split() == ["2026-02-01", "A", "2", "0", "2"]

    class Printer:
        uit = ""

        def text(self, s: str) -> None:
            self.uit += s

    p = Printer()
    t._repr_pretty_(p, cycle=False)
    assert p.uit == telling_tekst(t)


def test_tijdlijn_html() -> None:
    from verzuimregels.weergave import tijdlijn_html

    s = LRV_JAN.model_copy(update={"regio": Regio.NOORD, "sleutel": "L1"})
    html = tijdlijn_html(s, date(2025, 12, 15), date(2026, 4, 10))
    c = controleer(html)
    assert "lrv_langer_dan_3_maanden" in "".join(c.tekst)
    assert html.count('title="') == (date(2026, 4, 10) - date(2025, 12, 15)).days + 1
    assert "border-bottom" in html  # the kerstvakantie


def test_synthetische_gemeente_is_reproduceerbaar_en_gelijk_aan_het_voorbeeldbestand() -> None:
    from pathlib import Path

    from verzuimregels.thuiszitters.synthetisch import gemeente

    bestand = Path(__file__).resolve().parent.parent / "examples" / "gemeente.jsonl"
    regels = bestand.read_text(encoding="utf-8").splitlines()
    gemaakt = [s.model_dump_json(exclude_defaults=True) for s in gemeente(600)]
    assert regels == gemaakt
    t = tel((Situatie.model_validate_json(r) for r in regels), date(2026, 4, 1))
    assert all(t.aantal(date(2026, 4, 1), c) >= 0 for c in Categorie)
    assert t.totaal(date(2026, 4, 1), OCW_2016) > 0


def test_vrijstelling_zonder_kennisgeving_telt_niet_en_dat_staat_in_de_toelichting() -> None:
    # Art. 6 lid 1: "kunnen zich slechts beroepen op vrijstelling, indien zij ... hebben kennis gegeven".
    zonder = Vrijstelling(grond=Vrijstellingsgrond.ART_5_B, begin=date(2025, 9, 1), einde=date(2026, 7, 31))
    s = Situatie(plicht=PLICHT, vrijstellingen=(zonder,))
    c = classificeer(s, date(2025, 10, 1))
    assert c.categorie is Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN  # never enrolled since 2015
    assert "geen_kennisgeving" in c.toelichting
    assert {b.artikel for b in c.grondslag} >= {"6", "7"}
    met = zonder.model_copy(update={"kennisgevingen": (Kennisgeving(op=date(2025, 8, 20)),)})
    assert categorie(s.model_copy(update={"vrijstellingen": (met,)}), date(2025, 10, 1)) is (
        Categorie.VRIJSTELLING_5_ONDER_B
    )


def test_vrijstelling_11a_haalt_niemand_uit_de_telling() -> None:
    v = geregistreerde_vrijstelling(Vrijstellingsgrond.ART_11A_LID_1, Periode(van=date(2025, 9, 1)))
    s = leerling(vrijstellingen=(v,))
    assert categorie(s, date(2025, 10, 1)) is Categorie.GEEN
