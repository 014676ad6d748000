"""Verlof requests (Lpw art. 13a, 14, 27): voorbeelden C01-C04, the limits, and properties."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels import Beleid, Invoerfout, Regio, Schoolkalender
from verzuimregels.beleid import Verlofdagen
from verzuimregels.regels.termijnen import einde_termijn
from verzuimregels.verlof import Verlofaanvraag, Verlofbeslissing, beoordeel_verlof

NOORD = Schoolkalender(regio=Regio.NOORD)
VAKANTIE = {"soort": "vakantie", "beroepsgrond": True, "aangevraagd_op": "2026-01-12"}
GEWICHTIG = {"soort": "gewichtige_omstandigheden", "aangevraagd_op": "2026-01-12"}


def verlof(aanvraag: dict[str, Any], **opties: Any) -> Any:
    return beoordeel_verlof(aanvraag, kalender=opties.pop("kalender", NOORD), **opties)


def titels(oordeel: Any) -> set[str]:
    return {b.titel for b in oordeel.grondslag}


def codes(oordeel: Any) -> set[str]:
    return {b.code for b in oordeel.beleidskeuzes}


def test_c01_vakantieverlof_van_twaalf_schooldagen() -> None:
    # 2-17 March 2026: twelve lesdagen in regio noord
    o = verlof(VAKANTIE | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-17"})
    assert o.beslissing is Verlofbeslissing.HOOFD_DEELS
    assert (len(o.verlofdagen), len(o.toe_te_kennen), o.boven_grens) == (
        12,
        10,
        (date(2026, 3, 16), date(2026, 3, 17)),
    )
    assert o.grens == 10
    assert o.boete_art_27
    assert {"Lpw art. 13a lid 2", "Lpw art. 27 onder a"} <= titels(o)
    assert "ten hoogste 10 van de 12" in o.toelichting
    assert "verlofdagen" in codes(o)


def test_c02_tweede_vakantieverlof_in_hetzelfde_schooljaar() -> None:
    eerder = [{"soort": "vakantie", "eerste_dag": "2025-10-06", "laatste_dag": "2025-10-07"}]
    o = verlof(VAKANTIE | {"eerste_dag": "2026-06-01", "laatste_dag": "2026-06-03", "eerder_verlof": eerder})
    assert o.beslissing is Verlofbeslissing.NIET_MOGELIJK
    assert o.dagen_eerder_verleend == 2
    assert o.toe_te_kennen == ()
    assert o.boete_art_27
    assert "slechts eenmaal" in o.toelichting
    assert [(s.vraag, s.antwoord) for s in o.pad] == [("V1", True), ("V2", True), ("V3", True)]
    # vakantieverlof of the previous school year does not count
    vorig = [{"soort": "vakantie", "eerste_dag": "2025-06-02", "laatste_dag": "2025-06-03"}]
    assert (
        verlof(
            VAKANTIE | {"eerste_dag": "2026-06-01", "laatste_dag": "2026-06-03", "eerder_verlof": vorig}
        ).beslissing
        == "hoofd"
    )
    # nor does earlier verlof for gewichtige omstandigheden
    ander = [{"soort": "gewichtige_omstandigheden", "eerste_dag": "2025-10-06", "laatste_dag": "2025-10-07"}]
    assert (
        verlof(
            VAKANTIE | {"eerste_dag": "2026-06-01", "laatste_dag": "2026-06-03", "eerder_verlof": ander}
        ).beslissing
        == "hoofd"
    )


def test_c03_gewichtige_omstandigheden_vijftien_dagen() -> None:
    o = verlof(GEWICHTIG | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-20"})
    assert o.beslissing is Verlofbeslissing.LEERPLICHTAMBTENAAR
    assert len(o.verlofdagen) == 15
    assert len(o.boven_grens) == 5
    assert o.toe_te_kennen == ()
    assert o.boete_art_27  # art. 27 onder a: art. 14 lid 3 eerste volzin
    assert {"Lpw art. 14 lid 3", "Lpw art. 27 onder a"} <= titels(o)
    assert "leerplichtambtenaar" in o.toelichting


def test_c04_gewichtige_omstandigheden_achteraf_redenen_de_volgende_dag() -> None:
    o = verlof(
        GEWICHTIG | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03", "aangevraagd_op": "2026-03-03"}
    )
    assert o.beslissing is Verlofbeslissing.HOOFD
    assert o.uiterste_dag_redenen == date(2026, 3, 4)
    assert [(s.vraag, s.antwoord) for s in o.pad] == [("G1", False), ("G2", True), ("G3", False)]
    assert "Lpw art. 14 lid 2" in titels(o)
    assert "twee_dagen_kalenderdagen" in codes(o)
    # three days after: too late (art. 14 lid 2)
    te_laat = verlof(
        GEWICHTIG | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03", "aangevraagd_op": "2026-03-05"}
    )
    assert te_laat.beslissing is Verlofbeslissing.NIET_MOGELIJK
    assert not te_laat.boete_art_27
    # the impediment may arise before the verlof's first day
    eerder = verlof(
        GEWICHTIG
        | {
            "eerste_dag": "2026-03-04",
            "laatste_dag": "2026-03-04",
            "aangevraagd_op": "2026-03-04",
            "verhindering_ontstaan_op": "2026-03-01",
        }
    )
    assert eerder.beslissing is Verlofbeslissing.NIET_MOGELIJK
    assert eerder.uiterste_dag_redenen == date(2026, 3, 3)


def test_gewichtige_omstandigheden_telt_eerder_verlof_mee() -> None:
    eerder = [{"soort": "gewichtige_omstandigheden", "eerste_dag": "2025-11-03", "laatste_dag": "2025-11-12"}]
    o = verlof(GEWICHTIG | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-02", "eerder_verlof": eerder})
    assert o.dagen_eerder_verleend == 8
    assert o.beslissing is Verlofbeslissing.HOOFD  # 9 days
    o = verlof(GEWICHTIG | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-04", "eerder_verlof": eerder})
    assert o.beslissing is Verlofbeslissing.LEERPLICHTAMBTENAAR  # 11 days
    assert o.boven_grens == (date(2026, 3, 4),)


def test_vakantieverlof_zonder_beroepsgrond_of_achteraf() -> None:
    o = verlof(VAKANTIE | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03", "beroepsgrond": False})
    assert o.beslissing is Verlofbeslissing.NIET_MOGELIJK
    assert not o.boete_art_27  # art. 27 names art. 13a lid 2, not lid 1
    assert "Lpw art. 11 onder f" in titels(o)
    achteraf = verlof(
        VAKANTIE | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03", "aangevraagd_op": "2026-03-02"}
    )
    assert achteraf.beslissing is Verlofbeslissing.NIET_MOGELIJK
    assert "vakantieverlof_vooraf" in codes(achteraf)


def test_eerste_twee_lesweken() -> None:
    # regio noord 2026/27: lessons start on 17 August; the first two lesweken end on 30 August
    o = verlof(VAKANTIE | {"eerste_dag": "2026-08-17", "laatste_dag": "2026-08-28"})
    assert o.beslissing is Verlofbeslissing.NIET_MOGELIJK
    assert len(o.in_eerste_twee_lesweken) == 10
    assert o.boete_art_27
    deels = verlof(VAKANTIE | {"eerste_dag": "2026-08-24", "laatste_dag": "2026-09-04"})
    assert deels.beslissing is Verlofbeslissing.HOOFD_DEELS
    assert deels.toe_te_kennen[0] == date(2026, 8, 31)
    assert len(deels.in_eerste_twee_lesweken) == 5
    # verlof for gewichtige omstandigheden has no such rule
    assert verlof(GEWICHTIG | {"eerste_dag": "2026-08-17", "laatste_dag": "2026-08-18"}).beslissing == "hoofd"


def test_v5_na_v4_toont_de_dagen_buiten_de_eerste_twee_lesweken() -> None:
    """Regression (V5's step showed ``verlofdagen`` = every day of the verlof, while after V4 its answer
    compares only the days outside the first two lesweken, the only days art. 13a lid 2 lets the head
    grant): the step shows the fact it compared, so the value in the pad agrees with its answer."""
    # regio noord 2026/27: 24-28 August lie in the first two lesweken, 31 August-4 September do not
    o = verlof(VAKANTIE | {"eerste_dag": "2026-08-24", "laatste_dag": "2026-09-04"})
    v4, v5 = o.pad[-2], o.pad[-1]
    assert (v4.vraag, v4.antwoord, v5.vraag, v5.antwoord) == ("V4", True, "V5", False)
    feiten = {f.naam: f.waarde for f in v5.feiten}
    assert feiten == {"verlofdagen_buiten_eerste_twee_lesweken": 5, "grens": 10}
    assert feiten["verlofdagen_buiten_eerste_twee_lesweken"] == len(o.toe_te_kennen)
    # without the first two lesweken, V5 reads all the days, as before
    buiten = verlof(VAKANTIE | {"eerste_dag": "2026-09-07", "laatste_dag": "2026-09-18"})
    assert {f.naam: f.waarde for f in buiten.pad[-1].feiten} == {"verlofdagen": 10, "grens": 10}


def test_pro_rata_voor_kwalificatieplichtigen() -> None:
    drie = {"kwalificatieplichtig": True, "onderwijsdagen": ["maandag", "dinsdag", "woensdag"]}
    # two weeks: six days on which he must attend; the limit is 10 x 3/5 = 6
    o = verlof(VAKANTIE | drie | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-13"})
    assert (o.beslissing, o.grens, len(o.verlofdagen)) == (Verlofbeslissing.HOOFD, 6, 6)
    o = verlof(VAKANTIE | drie | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-16"})
    assert (o.beslissing, len(o.toe_te_kennen)) == (Verlofbeslissing.HOOFD_DEELS, 6)
    assert o.boete_art_27  # art. 13a lid 2 as a whole, pro rata included
    twee = {"kwalificatieplichtig": True, "onderwijsdagen": ["maandag", "dinsdag"]}
    g = verlof(GEWICHTIG | twee | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-17"})
    assert (g.beslissing, g.grens, len(g.verlofdagen)) == (Verlofbeslissing.LEERPLICHTAMBTENAAR, 4, 6)
    assert not g.boete_art_27  # art. 27 names art. 14 lid 3 eerste volzin only: not more than ten days
    assert "pro_rata_ambtenaar" in codes(g)
    assert "Meer dan 4 dagen" in g.toelichting
    # an odd limit is shown with a decimal comma
    assert (
        beoordeel_verlof(
            GEWICHTIG
            | {
                "kwalificatieplichtig": True,
                "onderwijsdagen": ["maandag"],
                "eerste_dag": "2026-03-02",
                "laatste_dag": "2026-03-02",
            }
        ).grens
        == 2
    )


def test_kalenderdagen_op_verzoek() -> None:
    aanvraag = VAKANTIE | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-15"}
    assert verlof(aanvraag).beslissing is Verlofbeslissing.HOOFD  # ten lesdagen
    o = verlof(aanvraag, beleid=Beleid(verlofdagen=Verlofdagen.KALENDERDAGEN))
    assert (o.beslissing, len(o.verlofdagen)) == (Verlofbeslissing.HOOFD_DEELS, 14)
    keuze = next(b for b in o.beleidskeuzes if b.code == "verlofdagen")
    assert keuze.instelbaar
    assert keuze.optie == "verlofdagen"


def test_engels_en_zonder_kalender() -> None:
    o = beoordeel_verlof(
        Verlofaanvraag.model_validate(VAKANTIE | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03"}),
        taal="en",
    )
    assert o.toelichting == "The head may grant this vakantieverlof (2 days)."
    assert o.pad[0].tekst.startswith("Can the family")
    g = beoordeel_verlof(GEWICHTIG | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-20"}, taal="en")
    assert g.toelichting.endswith("A head who grants it anyway risks a fine (art. 27).")
    # without a calendar the first lesweek is the week of the first weekday of August
    assert (
        beoordeel_verlof(VAKANTIE | {"eerste_dag": "2025-08-04", "laatste_dag": "2025-08-04"}).beslissing
        == "niet_mogelijk"
    )


@pytest.mark.parametrize(
    ("wijziging", "veld", "regel"),
    [
        ({"laatste_dag": "2026-03-01"}, "laatste_dag", "datum_volgorde"),
        ({"eerste_dag": "2026-03-07", "laatste_dag": "2026-03-08"}, "laatste_dag", "verlof_nul_dagen"),
        ({"eerste_dag": "2026-07-03", "laatste_dag": "2026-08-20"}, "laatste_dag", "verlof_twee_schooljaren"),
        ({"beroepsgrond": None}, "beroepsgrond", "feit_ontbreekt"),
        ({"onderwijsdagen": ["maandag"]}, "onderwijsdagen", "alleen_kwalificatieplichtig"),
        (
            {"kwalificatieplichtig": True, "onderwijsdagen": ["maandag", "maandag"]},
            "onderwijsdagen",
            "dubbel",
        ),
        ({"kwalificatieplichtig": True, "onderwijsdagen": []}, "onderwijsdagen", "too_short"),
        (
            {
                "eerder_verlof": [
                    {"soort": "vakantie", "eerste_dag": "2025-10-07", "laatste_dag": "2025-10-06"}
                ]
            },
            "eerder_verlof.0",
            "datum_volgorde",
        ),
        ({"eerste_dag": "2023-03-01", "laatste_dag": "2023-03-02"}, "eerste_dag", "geen_wetsversie"),
        (
            {
                "eerder_verlof": [
                    {"soort": "vakantie", "eerste_dag": "2026-03-03", "laatste_dag": "2026-03-04"}
                ]
            },
            "eerder_verlof.0",
            "verlof_overlapt",
        ),
    ],
)
def test_foute_invoer_noemt_het_veld(wijziging: dict[str, Any], veld: str, regel: str) -> None:
    aanvraag = {
        k: v
        for k, v in (VAKANTIE | {"eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03"} | wijziging).items()
        if v is not None
    }
    with pytest.raises(Invoerfout) as fout:
        verlof(aanvraag)
    assert (fout.value.fouten[0].veld, fout.value.fouten[0].regel) == (veld, regel)


# --- properties ----------------------------------------------------------------------------------------

DAGEN_2025 = st.dates(min_value=date(2025, 8, 1), max_value=date(2026, 7, 10))


@st.composite
def aanvragen(draw: st.DrawFn) -> dict[str, Any]:
    eerste = draw(DAGEN_2025)
    laatste = eerste + timedelta(days=draw(st.integers(0, 30)))
    soort = draw(st.sampled_from(["vakantie", "gewichtige_omstandigheden"]))
    aanvraag: dict[str, Any] = {
        "soort": soort,
        "eerste_dag": eerste,
        "laatste_dag": min(laatste, date(2026, 7, 31)),
        "aangevraagd_op": eerste - timedelta(days=draw(st.integers(-5, 60))),
    }
    if soort == "vakantie":
        aanvraag["beroepsgrond"] = draw(st.booleans())
    if draw(st.booleans()):
        aanvraag["eerder_verlof"] = [
            {
                "soort": draw(st.sampled_from(["vakantie", "gewichtige_omstandigheden"])),
                "eerste_dag": d,
                "laatste_dag": d + timedelta(days=draw(st.integers(0, 9))),
            }
            for d in draw(st.lists(DAGEN_2025, max_size=2))
        ]
    if draw(st.booleans()):
        aanvraag["kwalificatieplichtig"] = True
        aanvraag["onderwijsdagen"] = draw(
            st.lists(
                st.sampled_from(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]),
                min_size=1,
                max_size=5,
                unique=True,
            )
        )
    return aanvraag


def _of_fout(aanvraag: dict[str, Any]) -> Any:
    try:
        return verlof(aanvraag)
    except Invoerfout:
        return None


@settings(max_examples=200)
@given(aanvragen())
def test_n_dagen_nooit_toegestaan_als_n_min_1_dagen_geweigerd_is(aanvraag: dict[str, Any]) -> None:
    lang = _of_fout(aanvraag)
    if lang is None or len(lang.verlofdagen) < 2:
        return
    kort = verlof(aanvraag | {"laatste_dag": lang.verlofdagen[-2]})
    assert len(kort.verlofdagen) == len(lang.verlofdagen) - 1
    if kort.beslissing is not Verlofbeslissing.HOOFD:
        assert lang.beslissing is not Verlofbeslissing.HOOFD
    if kort.boete_art_27:
        assert lang.boete_art_27


def _klasse(aanvraag: dict[str, Any], op: date) -> tuple[bool, bool]:
    # the two-day window of art. 14 lid 2 runs on past a weekend or feestdag (Atw art. 1 lid 1)
    return op < aanvraag["eerste_dag"], op <= einde_termijn(aanvraag["eerste_dag"], 2)


@settings(max_examples=200)
@given(aanvragen(), st.integers(-5, 60))
def test_weekdag_van_de_aanvraag_maakt_alleen_uit_via_de_tweedagenregel(
    aanvraag: dict[str, Any], verschuiving: int
) -> None:
    """Moving the request day changes nothing unless it crosses the first day or the two-day window."""
    ander = aanvraag["eerste_dag"] - timedelta(days=verschuiving)
    if _klasse(aanvraag, ander) != _klasse(aanvraag, aanvraag["aangevraagd_op"]):
        return
    een, twee = _of_fout(aanvraag), _of_fout(aanvraag | {"aangevraagd_op": ander})
    if een is None:
        assert twee is None
        return
    assert een.model_dump(exclude={"pad"}) == twee.model_dump(exclude={"pad"})
    assert [(s.vraag, s.antwoord) for s in een.pad] == [(s.vraag, s.antwoord) for s in twee.pad]
